"""Channels: the spend lines and the customer sources of one way of winning customers, joined.

A profile holds both halves of "which channel pays": what each line costs, and where the new
customers came from. Neither says which line brought which customer, so they are joined by
channel, in this order, and every join says how it was made:

1. A line's ``channel:`` and a source's ``channel:`` (the owner's word wins).
2. The channel vocabulary (the ``[channels]`` tables of ``data/vocabulary-verticals.toml``):
   "Google Ads" spend and "google ads" customers are one channel; an SEO retainer and blog
   writing feed organic search; a referral programme feeds referrals. The longest matching
   term of either list decides, as the classifier's terms do.
3. A source read as referral (by the classifier or the owner) joins the referrals channel.
4. A line and a source left over whose names share their words ("Podcast sponsorship" and
   "podcast"), or two of them, are one channel.
5. Customers no spend reached and spend that reached no customers, whose names say the same
   ("Home & Garden Show" and a "Home & Garden Show Booth" the vocabulary put among events):
   the source joins the line's channel, unless it is a referral or organic (no spend needed).
6. Channels one source could mean all of ("Google" where both Google Ads and an SEO retainer
   are paid for; "Google and Yelp"): judged together, as one channel (``_together``).
7. Anything still alone is a channel of its own: spend no source reaches, customers no spend
   reaches. Nothing is dropped.

A marketplace's commission (DoorDash's, Amazon's referral fee) is contra-revenue, not spend,
yet it is what the marketplace's customers cost: a contra-revenue line the channel vocabulary
places joins its channel as a *fee*, counted in the channel's CAC but not in its spend (no
budget buys it). It is charged on every order, new and repeat, so that CAC is a ceiling.
Money off to take a marketplace's customers off it ("$20 off to book off-app") is revenue
given up, not its commission (I15 of the forty-first round, 2026-12-06).

Spend counts when it is meant to win customers: marketing to acquire, and any line joined to a
channel by its own ``channel:`` or by the vocabulary (a sales line such as "SDR salaries"
feeds outbound). Returning customers are not new and stay out, as they do of every CAC.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable, Sequence
from decimal import Decimal
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any, Literal

from bizaudit.core.classify import (
    MAX_TERM_WORDS,
    SourceClass,
    gives_to_referrers,
    marketplace_named,
    names_a_marketplace,
    names_referrers,
    outside_brackets,
    parent_accounts,
    shipped,
    without_account_number,
    words,
)
from bizaudit.core.commercial_bribery import gives_deciders, pays_for_referring
from bizaudit.core.towing import pays_property_owners
from bizaudit.model.lazy import LazyPattern
from bizaudit.model.tuples import NamedTuple
from bizaudit.model.vocabulary import vocabulary

if TYPE_CHECKING:
    from bizaudit.core.metrics import ClassifiedActivity, ClassifiedSource

__all__ = [
    "BOUGHT_ONCE",
    "CLOSE_NAME",
    "DEPENDENCE",
    "FEE_SHARE",
    "FEE_SHARE_SPLIT",
    "FEE_SHARE_WHOLE",
    "OUTBOUND",
    "OUTREACH",
    "PLATFORM",
    "PRENEED_SOLD",
    "PROMOTERS_PAID",
    "SALARY_AND_COMMISSION",
    "TOGETHER",
    "Channel",
    "OneSource",
    "PerResult",
    "RatePriced",
    "accounts_named",
    "accounts_sold",
    "billed_per_client",
    "bought_once_named",
    "buys_a_tool",
    "ceiling_named",
    "channel_keys",
    "cheapest_first",
    "commissioned",
    "contractual",
    "contractual_named",
    "elsewhere",
    "fee_schedule_write_off",
    "fee_share_rate",
    "is_referral_channel",
    "join",
    "joined_by_profile",
    "keeps_its_customers",
    "law_named",
    "line_named_by",
    "load",
    "marketplace_customers",
    "nearest_line",
    "not_bought",
    "not_bought_named",
    "one_source",
    "only_tooling",
    "paid_lines",
    "paid_per_result",
    "pays_a_closer_too",
    "pays_sellers",
    "priced_by_rate",
    "rate_named",
    "rate_priced",
    "reps_named",
    "reps_on_commission",
    "restricted_by_law",
    "sells_at_homes",
    "sells_by_phone",
    "serves_others",
    "shown_name",
    "sold_on_commission",
    "tools_only",
    "unattributed",
    "unattributed_named",
    "unpaid_reps",
]

_ZERO = Decimal(0)
#: Channels bought once that keep bringing customers for years (a vehicle wrap): with no spend
#: this period, their customers' cost sits in an earlier one (BA207, core.metrics.priced_only)
BOUGHT_ONCE = frozenset({"vehicle-wraps"})
REFERRALS = "referrals"  # the vocabulary's channel for referrals and word of mouth
# Words that say nothing about which channel a name is: left out when names are compared.
_FILLER = frozenset(
    """ad advert advertising marketing campaign campaign spend budget cost fee lead program
    programme service management mgmt retainer agency and the of for a on in to by from via
    new customer client patient at an with our my your their we us they them someone who
    saw seen heard told came found through membership member dues hotel guest""".split()
    # "hotel", "membership": a hotel's own trade, in the names of many of its channels; "Google
    # Hotel Ads" had been judged together with "Historic Hotels of America Membership" on it
    # (a CFO's re-review, 2026-12-03)
)


_NO_SOURCES: list[ClassifiedSource] = []
_NONE: frozenset[str] = frozenset()


class Channel(NamedTuple):
    """One channel: its spend lines, its customer sources, and how they were joined."""

    key: str  # the vocabulary's id, or the name a channel of its own goes by
    name: str
    kind: str | None  # paid, organic, referral or outbound, when the vocabulary knows it
    activities: tuple[ClassifiedActivity, ...]
    sources: tuple[ClassifiedSource, ...]
    joined_by: str  # how its lines and sources came together, for the report
    spend: Decimal  # of its lines
    customers: int  # new customers its sources brought
    fee_lines: tuple[ClassifiedActivity, ...] = ()  # a marketplace's commissions (contra-revenue)
    fees: Decimal = _ZERO  # of those lines (this very object when there are none)
    #: sources read as organic that name only the platform of the paid channel they joined
    #: (its ads may or may not have brought them): what the report's note and `plan` read
    by_platform: tuple[ClassifiedSource, ...] = ()
    #: the rule whose lines its spend holds, where a profession's or the tied-house rules
    #: restrict them (BA114, BA119): it is neither priced nor grown (core.metrics marks it)
    restricted: str | None = None
    #: the names of its lines that rule warns about, where those are not the channel's name:
    #: what `plan` and BA202 name, not a whole channel the line joined (a venue's "Planner
    #: commissions ..." in its referrals: P5 of the forty-third round's second re-review)
    flagged: tuple[str, ...] = ()
    #: the line BA120 says signs contracts without the notice of the buyer's right to cancel,
    #: where this channel sells at customers' homes (sells_at_homes): `plan` grows it not
    #: (G5 of the forty-ninth review round, as its re-review found it, 2026-12-06)
    unnoticed: str | None = None
    #: the rule that asks about lines of it as information, and their names (BA120 of a
    #: Canadian cannabis store's paid creator, whose posts may be an endorsement the Cannabis
    #: Act forbids, s. 17(1)): it stays priced and counted, but while the question stands
    #: neither `plan` grows it nor BA202 names it as where to spend more (BI2 of the
    #: sixty-second round's second re-review, 2026-12-08: "only Social media (organic) can be
    #: moved", the creator's channel)
    asked_by: str | None = None
    asked_lines: tuple[str, ...] = ()
    #: customers who named only this paid channel's platform ("Google") and were counted in
    #: an organic channel (an SEO retainer's, or one nothing is spent on), as (source,
    #: customers, that channel): some may have come through this one's ads, so what its
    #: customers cost is not known (B7 of the twenty-third round: BA205 had told a shop to cut
    #: Google Ads on 40 customers beside 200 who said only "Google")
    named_elsewhere: tuple[tuple[str, int, str], ...] = ()
    #: where no acquisition line is joined but customers name it: the marketing lines of
    #: another purpose that read as this channel (a CPA firm's newsletter, counted as keeping
    #: clients, that 7 new ones named). What its customers cost is not known, not nothing (L4
    #: of the twenty-sixth round's re-review: "$0", and `plan`: "cost nothing today")
    kept_by: tuple[ClassifiedActivity, ...] = ()
    #: prospecting (cold calls, door to door) with customers and no one's pay joined to it:
    #: the profile's selling lines that pay people and joined no channel, who may work it.
    #: What its customers cost is not known (F8 of the thirty-second round: a pest company's
    #: door-to-door channel cost "$30.43" a customer on its reps' housing alone, beside
    #: $610,000 of the summer reps' commissions; a printer's "rep prospecting", £95 on a Sales
    #: Navigator seat beside £115,000 of reps' pay)
    worked_by: tuple[ClassifiedActivity, ...] = ()
    #: the names of its lines that pay for proposals or pursuits, joined to the RFQ/RFP
    #: pursuits by their words (:func:`_proposals_pursue`, BB5 of the fifty-ninth round), in
    #: the order they were joined: how they came to it, beside ``joined_by``, which explain
    #: words (the sixty-first round, part q, 2026-12-07: the sentence had been made here)
    proposals: tuple[str, ...] = ()
    #: the business's trade (its vertical's id), which decides whether some lines move money
    #: (core.financing.collected_in: a staffing firm's client payroll funds are its own cost):
    #: what `plan` asks of its lines, as the check does (core.metrics sets it)
    trade: str | None = None
    #: whether every line of a channel with customers is a tool that serves it
    #: (:func:`only_tooling`: software, a licence, a webinar platform, lead data) and nothing
    #: else is spent there: no ad, no one's pay, no commission that brings people to it. A
    #: tool is not what bought its customers, so what they cost is not known, not the tool's
    #: price ÷ them (part b of the fifty-fifth round, 2026-12-07: a course creator's "Webinar
    #: platform - Zoom Webinars", joined to the 40 who came by 'webinar', priced them at $60
    #: each, the cheapest, and `plan` grew it). Not where a line that fills the channel joins
    #: it (an ad naming the webinar funnel: part k of the fifty-fourth round). Set once, when
    #: the channel is joined (:meth:`of`, :func:`tools_only`), where it had been worked out
    #: again at every reading of :attr:`cac` (the fifty-sixth round, part e, 2026-12-07)
    tools_only: bool = False
    #: the stated gross margin carries its commissions (``fees``) already
    #: (core.metrics.commissions_netted: "after"), so its CAC does not add them again, as the
    #: key figures count them once, in what a customer is worth (BA2 of the fifty-eighth
    #: round's re-review, 2026-12-07: Amazon at $19.09, 2.8×, with them; $8.02, 6.7×, without)
    in_margin: bool = False
    #: of its lines' spend, the part the key figures' CAC leaves out as paid on customers of
    #: earlier periods (core.metrics.repeat_commission; core.metrics sets it where the CAC
    #: does): the rest of a reps' commission line that states its rate, paid on the repeat
    #: orders of accounts the reps already had, or of a referrer's share of its clients' fees,
    #: paid on clients it brought in earlier years. ``spend`` leaves it out already, so the
    #: spend its table shows is what its CAC divides, and this is shown beside it with
    #: :attr:`left_out_kind` (part j of the sixty-second round, 2026-12-07: the table priced a
    #: fab shop's reps at $118,000 ÷ 6 = $19,666.67 beside a CAC that counted only the $36,000
    #: of commission on the new accounts' sales; BI4 of its second re-review, 2026-12-08: then
    #: $6,000 beside a spend of $118,000, where an adviser's CPA channel, mended the same way,
    #: showed its spend less what was left out, $22,180)
    left_out: Decimal = _ZERO
    #: why: ``RepeatCommission.kind`` ("commission": reps' pay on repeat orders; "fee share":
    #: a referrer's share of earlier clients' fees); None where nothing is left out
    left_out_kind: str | None = None

    @classmethod
    def of(
        cls,
        key: str,
        name: str,
        kind: str | None,
        activities: tuple[ClassifiedActivity, ...],
        sources: tuple[ClassifiedSource, ...],
        joined_by: str,
        fee_lines: tuple[ClassifiedActivity, ...] = (),
        by_platform: tuple[ClassifiedSource, ...] = (),
    ) -> Channel:
        """A channel with its spend and customers added up once (the report, the rules and
        the plan read them many times)."""
        spend = sum((item.activity.spend for item in activities), Decimal(0))
        customers = sum(source.customers for source in sources)
        fees = sum((item.activity.spend for item in fee_lines), _ZERO) if fee_lines else _ZERO
        tools = tools_only(activities, customers, fee_lines)
        return cls(
            key, name, kind, activities, sources, joined_by, spend, customers, fee_lines, fees,
            by_platform, tools_only=tools,
        )  # fmt: skip

    @property
    def cac(self) -> Decimal | None:
        """(Spend + fees) ÷ customers, or spend ÷ customers where the stated margin carries
        the fees already (:attr:`in_margin`); the spend leaves out what :attr:`left_out` says;
        None without customers (0 for customers that cost nothing), or where its only spend is
        tooling (:attr:`tools_only`)."""
        customers = self.customers
        if not customers or self.kept_by or self.worked_by or self.tools_only:
            return None
        fees = self.fees
        if (
            not self.spend
            and fees is _ZERO
            and (self.key in _vocabulary().by_rate or _SALES_REPS in self.key.split("+"))
        ):
            # a network that sends work at the rates it sets, with nothing listed as spent
            # there: its customers cost that rate, which no line prices, not nothing (BB10 of
            # the fifty-ninth round, 2026-12-07: a vision plan's 610 patients at "$0"); and
            # customers sales reps won, with no line of the reps' pay joined (it may sit in a
            # payroll line with others' pay): not free either (:func:`unpaid_reps`)
            return None
        spend = self.spend
        if self.in_margin:
            # (a channel whose only cost is those commissions has no price beside the others'
            # once they are in the margin: not "$0", which reads as free)
            return spend / customers if spend else None
        return (spend if fees is _ZERO else spend + fees) / customers

    @property
    def paid_without_spend(self) -> bool:
        """Customers who say they came by paying (every source read as paid: "Google Ads",
        "Angi lead") with no spend joined to their channel: they were not free, the profile
        only lists nothing spent there, so a CAC of 0 says nothing (BA207). A channel the
        vocabulary calls paid is not enough: an "insurance directory" listing is free."""
        if not self.customers or self.spend > 0 or self.fees is not _ZERO:
            return False
        return all(source.classification.kind == "paid" for source in self.sources)


class _Vocabulary(NamedTuple):
    names: dict[str, tuple[str, str | None]]  # id → (label, kind)
    activity_terms: dict[tuple[str, ...], str]  # words → id
    source_terms: dict[tuple[str, ...], str]
    by_name: dict[tuple[str, ...], str]  # an id's or label's words → id, for `channel:`
    not_bought: dict[str, str]  # id → why more spend does not bring more customers there
    #: id → why its CAC is a ceiling (reps earn commission on repeat orders too)
    ceiling: dict[str, str]
    #: id → why its customers are not all what its spend bought (a marketplace's own search)
    unattributed: dict[str, str]
    #: id → why its spend is set by an agreement and no source names its customers (a
    #: franchise's brand fund): BA206 does not ask which customers it brought
    contractual: dict[str, str]
    #: id → why its spend is a price per lead or call (a lead marketplace): more budget buys
    #: more at about the same price, which the plan's curve does not describe
    per_result: dict[str, str]
    #: words → id, of the channels that pay those who refer (a partner programme's platform):
    #: a referral naming one came through it
    pays_referrers: dict[tuple[str, ...], str]
    paying_channels: frozenset[str]  # the ids ``pays_referrers`` names
    #: ids whose fee per client is invoiced to the business (Zocdoc, OpenTable), not kept from
    #: what the platform pays out: with no spend listed, the cost is missing (BA207)
    billed: frozenset[str] = frozenset()
    #: ids of marketplaces that keep the customer and a commission on each sale (an OTA, a
    #: delivery app, Amazon): where most new customers come through them, BA123 says so
    marketplaces: frozenset[str] = frozenset()
    #: id → the law that restricts buying it (mortgage trigger leads from March 2026): `plan`
    #: leaves it alone, the channel table says so, and BA202 sends no budget there
    law: dict[str, str] = {}  # noqa: RUF012 (a NamedTuple's default, never changed)
    #: ids of marketplaces whose commission pays for delivering the order too (a delivery
    #: app's courier): not all of it is what winning the customer costs
    delivering: frozenset[str] = frozenset()
    #: ids of marketplaces only where a commission or spend on them is listed (the travel
    #: trade: a cruise ship's passengers may walk up to a café that pays the line nothing)
    when_paid: frozenset[str] = frozenset()
    #: ids of channels whose customers are another business's, the shop filling its orders (a
    #: florist's wire-ins, the sending florist's): no way the business wins customers of its own
    others_customers: frozenset[str] = frozenset()
    #: ids of marketplaces whose customers are theirs, on terms that forbid going round them (a
    #: manufacturing marketplace, the seller of record; a florist's wire service; a hearing
    #: benefit network, whose plan members use their benefit through it): BA123 offers no perk
    #: for coming direct (S13 of the fortieth round's second re-review, J9 of the forty-first's)
    keeps_customers: frozenset[str] = frozenset()
    #: ids of one company's lead platform or directory (Angi, Zillow, Avvo), whose price and
    #: ranking decide what it sends: where most new customers come through one, BA128 says so
    one_sender: frozenset[str] = frozenset()
    #: id → the company that runs it, where one company runs several channels the vocabulary
    #: keeps apart (Angi and HomeAdvisor are Angi Inc.'s): BA128 adds up what they send
    company: dict[str, str] = {}  # noqa: RUF012 (a NamedTuple's default, never changed)
    #: id → its terms' words → the company each names, for a platform channel whose label
    #: names several companies (The Knot, WeddingWire and Zola): each sends on its own, and
    #: terms of one company (The Knot and WeddingWire, The Knot Worldwide's) add up
    senders: dict[str, dict[tuple[str, ...], tuple[str, str | None]]] = {}  # noqa: RUF012
    #: ids of a channel that sends work at the rate it sets and takes no fee or share of each
    #: (an insurer's panel or direct repair programme, a therapy network, a home-warranty
    #: company): BA207 then asks for no share to be listed (D4 of the forty-eighth round's
    #: re-review, 2026-12-06)
    by_rate: frozenset[str] = frozenset()

    def kind(self, key: str) -> str | None:
        """The kind of a channel the vocabulary names ("paid", "organic"), else None."""
        return self.names.get(key, ("", None))[1]


def channel_keys(channels: dict[str, Any]) -> dict[str, list[list[list[str]]]]:
    """Each channel's activity terms, source terms and names (its id and label) as the words
    the classifier reads them by: what :func:`_vocabulary` looks names up with, shipped
    compiled (reading each term's words took a fifth of reading the vocabulary)."""
    return {
        key: [
            [words(term) for term in table.get("activity_terms", ())],
            [words(term) for term in table.get("source_terms", ())],
            [words(key.replace("-", " ")), words(table["label"])],
        ]
        for key, table in channels.items()
    }


@cache
def _vocabulary() -> _Vocabulary:
    names: dict[str, tuple[str, str | None]] = {}
    activity_terms: dict[tuple[str, ...], str] = {}
    source_terms: dict[tuple[str, ...], str] = {}
    by_name: dict[tuple[str, ...], str] = {}
    not_bought: dict[str, str] = {}
    ceiling: dict[str, str] = {}
    unattributed: dict[str, str] = {}
    contractual: dict[str, str] = {}
    per_result: dict[str, str] = {}
    law: dict[str, str] = {}
    pays_referrers: dict[tuple[str, ...], str] = {}
    billed: set[str] = set()
    marketplaces: set[str] = set()
    delivering: set[str] = set()
    when_paid: set[str] = set()
    others: set[str] = set()
    keeps: set[str] = set()
    one: set[str] = set()
    by_rate: set[str] = set()
    company: dict[str, str] = {}
    senders: dict[str, dict[tuple[str, ...], tuple[str, str | None]]] = {}
    channels = vocabulary()["channels"]
    compiled = shipped()
    keyed = compiled["channel_keys"] if compiled is not None else channel_keys(channels)
    for key, table in channels.items():
        activity_words, source_words, name_words = keyed[key]
        names[key] = (table["label"], table.get("kind"))
        if table.get("billed"):
            billed.add(key)
        if table.get("marketplace"):
            marketplaces.add(key)
        if table.get("delivers"):
            delivering.add(key)
        if table.get("marketplace") == "when paid":
            when_paid.add(key)
        if table.get("others_customers"):
            others.add(key)
        if table.get("keeps_customers"):
            keeps.add(key)
        if table.get("one_sender"):
            one.add(key)
            if "company" in table:
                company[key] = table["company"]
            if table["one_sender"] == "each":
                senders[key] = _senders(table, source_words)
        if "not_bought" in table:
            not_bought[key] = table["not_bought"]
        if table.get("by_rate"):
            by_rate.add(key)
        if "ceiling" in table:
            ceiling[key] = table["ceiling"]
        if "unattributed" in table:
            unattributed[key] = table["unattributed"]
        if "contractual" in table:
            contractual[key] = table["contractual"]
        if "per_result" in table:
            per_result[key] = table["per_result"]
        if "law" in table:
            law[key] = table["law"]
        for term_words in activity_words:
            activity_terms.setdefault(tuple(term_words), key)
        for term_words in source_words:
            source_terms.setdefault(tuple(term_words), key)
        if table.get("pays_referrers"):
            for term_words in (*activity_words, *source_words):
                pays_referrers.setdefault(tuple(term_words), key)
        for name in name_words:
            by_name[tuple(name)] = key
    return _Vocabulary(
        names, activity_terms, source_terms, by_name, not_bought, ceiling, unattributed,
        contractual, per_result, pays_referrers, frozenset(pays_referrers.values()),
        frozenset(billed), frozenset(marketplaces), law, frozenset(delivering),
        frozenset(when_paid), frozenset(others), frozenset(keeps), frozenset(one), company,
        senders, frozenset(by_rate),
    )  # fmt: skip


def _senders(
    table: dict[str, Any], source_words: list[list[str]]
) -> dict[tuple[str, ...], tuple[str, str | None]]:
    """A platform channel's source terms' words → the company each names, as a key and a
    name: the company its `companies` table lists the term under, else the term itself (as a
    key, with no name)."""
    named = {
        term: company for company, terms in table.get("companies", {}).items() for term in terms
    }
    return {
        tuple(term_words): (named[term], named[term]) if term in named else (term, None)
        for term, term_words in zip(table.get("source_terms", ()), source_words, strict=True)
    }


def load() -> None:
    """Read the channels' vocabulary now, not with the first profile that needs it."""
    _vocabulary()


def serves_others(channel: Channel) -> bool:
    """Whether a channel's customers are another business's, whose orders the business fills
    (a florist's wire-ins are the sending florist's customers), as the vocabulary says."""
    return channel.key in _vocabulary().others_customers


def keeps_its_customers(channel: Channel) -> bool:
    """Whether a marketplace's customers are its own, on terms that forbid going round it (the
    seller of record), as the vocabulary says."""
    return channel.key in _vocabulary().keeps_customers


def sent_by_one(channel: Channel) -> bool | None:
    """Whether a channel is one company's lead platform or directory, as the vocabulary says
    (True), or a partner the profile names (False): a channel the vocabulary does not know,
    whose customers say they came by a kind of source someone else runs, paid or referred
    ("oakview elementary camp fair"). None for any other channel: one the business runs
    (customers read as organic, "upgraded at pay station"), one whose words nothing reads
    ("day pass user") or that gives no usable answer ("unknown", "not recorded"), the
    referrals, a marketplace, or channels judged together (BA128)."""
    vocab = _vocabulary()
    key = channel.key
    if key in vocab.one_sender:
        return True
    if key in vocab.names or "+" in key or channel.restricted is not None:
        return None
    if all(
        source.classification.kind in _SENT and (source.kind_stated or source.classification.term)
        for source in channel.sources
        if source.customers
    ):
        return False
    return None


def lead_platforms() -> frozenset[str]:
    """The ids of the channels that are one company's lead platform or directory, or several
    companies' of one kind (The Knot, WeddingWire, Zola), as the vocabulary says
    (`one_sender`)."""
    return _vocabulary().one_sender


def names_several(channel: Channel) -> bool:
    """Whether a lead platform's label names several companies (The Knot, WeddingWire, Zola),
    each sending on its own (`one_sender = "each"`)."""
    return channel.key in _vocabulary().senders


def sender(channel: Channel, source: str) -> tuple[str, str | None]:
    """Which company sent a lead platform's source, as a key and the company's name where the
    vocabulary gives one: the company that runs the channel (Angi Inc. runs Angi and
    HomeAdvisor; else the channel is its own), or, for a label naming several companies, the
    one whose term the source's name holds (longest first: "The Knot" and "WeddingWire" are
    both The Knot Worldwide's, Zola its own); a source naming none is its own sender."""
    vocab = _vocabulary()
    key = channel.key
    terms = vocab.senders.get(key)
    if terms is None:
        named = vocab.company.get(key)
        return (named or key), named
    said = words(source)
    for size in range(min(len(said), 3), 0, -1):
        for start in range(len(said) - size + 1):
            found = terms.get(tuple(said[start : start + size]))
            if found is not None:
                return found
    return source.casefold(), None


#: The kinds of source someone else runs: a partner's or a platform's, bought, or a referrer's
_SENT = frozenset({"paid", "referral"})


def paid_lines(channel: Channel) -> tuple[ClassifiedActivity, ...]:
    """Every line a channel's customers are paid for with: its spend lines and the
    commissions it keeps out of revenue (``fee_lines``). A rule that flags either flags the
    channel (AT2 of the fifty-third round's re-review, 2026-12-07: a charter company's
    "Corporate travel manager commissions per booking", read as contra-revenue, joined its
    channel as a fee, and the channel table priced it at $300 a customer, the cheapest,
    though BA121 warned about it)."""
    return channel.activities + channel.fee_lines if channel.fee_lines else channel.activities


#: A tool or a data feed that serves a channel rather than being one: software and its
#: licences, a webinar platform, lead data and skip tracing, video editing. Where the profile
#: lists its customers' sources and none joins the line, it is no funded channel of its own:
#: a wholesaler's PropStream and skip tracing feed its mail and calls, a course creator's
#: Zoom licence and EverWebinar run the webinars its ads fill (AV5 of the fifty-fourth
#: round's second re-review, 2026-12-07: each had counted as a "funded, recurring acquisition
#: channel"); ``core.metrics.CHANNEL_INPUTS`` names the people, agencies and creative
_TOOLING = LazyPattern(
    r"\b(?:licen[cs]es?|software|saas|crm|(?:video\s+)?editing|data\s+(?:feeds?|lists?)"
    r"|propstream|batchleads|batch\s*skip\w*|skip\s*(?:trac(?:e|es|ing)|trc)"
    r"|webinarjam|everwebinar|easywebinar|demio|gotowebinar|webinarninja|livestorm"
    r"|(?:webinar|course|funnel)\s+(?:platforms?|software|tools?))\b",
    re.IGNORECASE,
)


def only_tooling(name: str) -> bool:
    """Whether a line's name, outside its brackets or in them, names a tool or a data feed
    that serves a channel (``_TOOLING``): "6040 PropStream", "Zoom Webinars license"."""
    return _TOOLING.search(name) is not None


@lru_cache(maxsize=4096)  # asked of each line of each channel joined, of the same few names
def buys_a_tool(name: str) -> bool:
    """Whether what a line buys, said outside its brackets, is a tool or a data feed
    (:func:`only_tooling`): "Webinar platform - Zoom Webinars", "6020 Webinar platform
    (WebinarJam)"; not "Motor club network fees (Agero dispatch software)", a network's fee
    whose bracket names the software it comes with (what makes a channel's only spend tooling,
    ``Channel.tools_only``)."""
    return only_tooling(outside_brackets(name))


def tools_only(
    activities: tuple[ClassifiedActivity, ...],
    customers: int,
    fee_lines: tuple[ClassifiedActivity, ...],
) -> bool:
    """``Channel.tools_only`` of a channel joined from these lines, customers and
    commissions: every line a tool (:func:`buys_a_tool`), none a marketplace's commission."""
    if not activities or not customers or fee_lines:
        return False  # most channels
    return all(buys_a_tool(item.activity.name) for item in activities)


def restricted_by_law(channel: Channel) -> str | None:
    """What law restricts buying a channel (mortgage trigger leads), when the vocabulary
    says so; else None."""
    return _vocabulary().law.get(channel.key)


def law_named(name: str) -> str | None:
    """``law`` for a channel known by its vocabulary label (as the report names it)."""
    key = _named(name)
    return None if key is None else _vocabulary().law.get(key)


def contractual(channel: Channel) -> str | None:
    """Why a channel's spend is set by an agreement, with customers no source names (a
    franchise's brand fund), when the vocabulary says so; else None."""
    return _vocabulary().contractual.get(channel.key)


def contractual_named(name: str) -> str | None:
    """``contractual`` for a channel known by its vocabulary label (as the report names it)."""
    key = _named(name)
    return None if key is None else _vocabulary().contractual.get(key)


def delivers(channel: Channel) -> bool:
    """Whether the channel's commission pays for delivering the order too (a delivery app),
    so that not all of it is what winning the customer costs (the vocabulary's `delivers`)."""
    return channel.key in _vocabulary().delivering


def billed_per_client(channel: Channel) -> bool:
    """Whether a channel's fee per client is invoiced to the business (a booking
    marketplace's per-booking fee), when the vocabulary says so."""
    return channel.key in _vocabulary().billed


#: How close (rapidfuzz's token-set ratio, 0-100) a line's name must be to what a source
#: said to be named as the line it may mean: the words of one in the other, or most of them
#: ("sidewalk sign" and "Sidewalk A-frame sign"); chosen on the tests' names, not tuned on the
#: frozen evaluation.
CLOSE_NAME = 60


def nearest_line(said: str, names: Sequence[str]) -> str | None:
    """The one of ``names`` (lines' names) closest to ``said``, if one is close enough (BA122,
    BA207)."""
    if not names:
        return None
    # imported here: a run with nothing to match never loads rapidfuzz (loaded at start-up,
    # it cost every run 1.7% of its instructions, counted 2026-12-04)
    from rapidfuzz import fuzz, process, utils

    found = process.extractOne(
        said, names, scorer=fuzz.token_set_ratio, processor=utils.default_process,
        score_cutoff=CLOSE_NAME,
    )  # fmt: skip
    return None if found is None else str(found[0])


def marketplace_customers(channel: Channel) -> int:
    """The new customers of a channel that came through a marketplace that keeps them: all of
    a marketplace's; of channels judged together, those whose own source names one (F11 of
    the thirty-second round: "Amazon + Amazon coupons & Prime Day deals"; not the Google Ads
    buyers judged with Amazon, who bought on the brand's own site, R7 of its re-review)."""
    vocab = _vocabulary()
    marketplaces = vocab.marketplaces
    if channel.key in marketplaces:
        if channel.key in vocab.when_paid and not _pays_the_trade(channel):
            return 0  # no commission listed: the travel trade's passengers may pay it nothing
        return channel.customers
    if "+" not in channel.key or not any(part in marketplaces for part in channel.key.split("+")):
        return 0
    return sum(
        source.customers
        for source in channel.sources
        if _longest(source.name, vocab.source_terms, source.classification.kind) in marketplaces
    )


def _pays_the_trade(channel: Channel) -> bool:
    """Whether a channel's lines pay those who send its customers: a commission or a fee, not
    money off for the customers it sends ("Cruise ship welcome pack voucher (10% off)": S11 of
    the thirty-fourth round's second re-review, a café's cruise passengers, who cost it no
    commission, had been held to BA123 as a marketplace's)."""
    return any(
        _TRADE_PAID.search(item.activity.name) for item in (*channel.activities, *channel.fee_lines)
    )


#: What the travel trade keeps: a commission, a fee, or the margin of a wholesale or net rate
_TRADE_PAID = LazyPattern(
    r"\b(?:commissions?|comm|fees?|net\s+rates?|wholesale|margins?|mark-?ups?)\b", re.IGNORECASE
)


#: Money off to move a marketplace's customers to booking or ordering direct
_OFF_THE_PLATFORM = LazyPattern(
    r"\boff[\s-]+(?:the\s+)?(?:app|platform|site)\b|\b(?:book(?:ing)?|order(?:ing)?)\s+direct"
    r"|\bdirect\s+(?:booking|bookings|orders?|ordering)\b|\bmoved?\s+(?:to\s+)?direct\b",
    re.IGNORECASE,
)


#: A payer's write-off against the fee schedule it sets ("4900 Contractual adjustments
#: (VSP/EyeMed write-offs)"): taken on every visit it pays for, new customers' or not, so no
#: commission on the customers its network sent (BB10 of the fifty-ninth round, 2026-12-07)
_FEE_SCHEDULE = LazyPattern(
    r"\bcontractual\s+(?:adjustments?|allowances?|write-?offs?|adj)\b|\bwrite-?offs?\b"
    r"|\bfee\s+schedules?\b",
    re.IGNORECASE,
)


def fee_schedule_write_off(name: str) -> bool:
    """Whether a line taken out of revenue is a payer's write-off against its fee schedule
    (``_FEE_SCHEDULE``): what a network that sends work at its own rates costs, on every
    visit, not a fee on the customers it sent."""
    lowered = name.lower()
    if "write" not in lowered and "contractual" not in lowered and "schedule" not in lowered:
        return False  # most lines: three substring checks, no pattern
    return _FEE_SCHEDULE.search(name) is not None


def rate_named(name: str) -> bool:
    """``priced_by_rate`` for a channel known by its vocabulary label (as the report names
    it)."""
    key = _named(name)
    return key is not None and key in _vocabulary().by_rate


def unpaid_reps(channel: Channel) -> bool:
    """Whether a channel holds customers sales reps won ("sales rep", "our reps": the reps'
    channel) with nothing joined to it, no line of the reps' pay nor a commission: that pay
    is somewhere the profile does not say (a payroll line with the bakers' and the drivers'),
    so what those customers cost is not known, not nothing. The channel table shows no CAC
    and says why, and `plan` leaves it alone as a channel no line is joined to (a helper's
    note of the fifty-ninth round, 2026-12-07: a wholesale bakery's 22 accounts won by its
    salaried reps read "$0", and `plan` said they "cost nothing today")."""
    return (
        channel.customers > 0
        and not channel.spend
        and not channel.fees
        and _SALES_REPS in channel.key.split("+")
    )


def reps_named(name: str) -> bool:
    """Whether a channel the report names by its label is the sales reps' (shown with or
    without its "(on commission)")."""
    return name == SALARY_AND_COMMISSION or _SALES_REPS in (
        _named(name),
        _named(f"{name}{_ON_COMMISSION}"),
    )


def priced_by_rate(channel: Channel) -> bool:
    """Whether a channel sends work at the rate it sets, with no fee or share of each to list
    (an insurer's panel, a therapy network: ``by_rate`` in the channel vocabulary)."""
    return channel.key in _vocabulary().by_rate


def not_bought(channel: Channel) -> str | None:
    """Why spending more on a channel would not bring more customers (a reservation network
    charges per booking), when the vocabulary says so; else None."""
    return _vocabulary().not_bought.get(channel.key)


#: A line paid per referral, closing, sale or appointment, not a budget: a re-review saw
#: Zillow Flex fees, taken from each closing, handled as money to move; an owner's review saw
#: `plan` cut a roofer's canvassers' commissions, paid per signed job, as if they were an ad
#: budget.
_PER_RESULT = LazyPattern(
    r"\breferral fees?\b|\bzillow flex\b|\bper (?:closing|referral|job|sale)\b|\bcommissions?\b"
    # "Canvasser Pay ($40 per inspection set)": pay per appointment set (a CFO's re-review,
    # 2026-12-03: the plan had moved $16,500 into it)
    r"|\bper (?:inspection|appointment|lead|booking|estimate)s?\b"
    # "PTA sponsorship - $40 per enrolled student" (W7 of the sixteenth round's re-review)
    r"|\bper (?:\w+ )?(?:student|enrol+ment|member|patient|client|sign-?up|famil(?:y|ies)"
    # ...or per enrolled family ("PTA donation ($40 per enrolled family)": J15 of the
    # forty-first round's re-review, `plan` had doubled it)
    r"|camper)s?\b"
    # "Finder's fee - J. Morales (client intros, 2%)": a finder is paid on each client found
    # (AA16 of the eighteenth round: a staffing firm's staged test went to it, on 2 clients)
    r"|\bfinders?'?s?\s+fees?\b"
    # calls bought at a price each, and a share of each job (Q10 of the thirty-third round's
    # second re-review: "Lead gen - pay per call", "Call leads - per call (Networx)" and a
    # dispatch split were put on `plan`'s curve)
    # (a partner's split of each job, not a cost shared "split 50/50" with a co-host)
    r"|\bper[-\s]call\b|\bpay[-\s]per[-\s]call\b"
    r"|\b(?:partner|dispatch|job|fee|revenue)\s+splits?\b"
    r"|\d+\s*%\s+of\s+(?:the\s+)?(?:jobs?|tickets?)\b",
    re.I,
)


#: Why a channel's spend is a price per result rather than a budget, as a code; the words are
#: explain.left_alone's (``per_result_words``; the sixty-first round, part q, 2026-12-07: the
#: sentences had been composed here)
PerResultWhy = Literal[
    "vocabulary",  # the channel vocabulary says why (``per_result``, ``not_bought``): ``text``
    "judged-with",  # judged with ``label``, of which the vocabulary says ``text``
    "commission",  # reps on commission: the vocabulary's note on them, ``text``
    "salaried-rep",  # a salaried rep's pay: more of it is another hire
    "marketplace",  # a marketplace's commission on each sale
    "per-result-fees",  # fees or commissions paid per result: all of its spend, or ``most``
    "salaried-seller",  # a seller's salary with a commission on it: all of its spend, or ``most``
    "fixed-fee",  # a fixed fee or dues: a place, not a budget
]


class PerResult(NamedTuple):
    """Why a channel's spend is a price per result rather than a budget (a fee per booking, a
    commission on each sale, a fee per closing): the reason's code and what it is said with.
    The core keeps no sentence; explain.left_alone words it for `plan` and for BA205."""

    why: PerResultWhy
    #: the words a data file gives ("vocabulary", "judged-with", "commission"): data, said
    #: as they are
    text: str | None = None
    label: str | None = None  # the channel it is judged with ("judged-with")
    #: most of its spend, not all of it ("per-result-fees"); a salary with a commission
    #: beside it ("salaried-rep")
    most: bool = False


def paid_per_result(channel: Channel) -> PerResult | None:
    """Why a channel's spend is a price per result rather than a budget (a fee per booking,
    a commission on each sale, a fee per closing), so that more or less of it does not buy
    more or fewer customers; else None. ``plan`` leaves such a channel alone, and BA205 does
    not send money away from it."""
    if (reason := not_bought(channel)) is not None:
        return PerResult("vocabulary", reason)
    if (reason := _vocabulary().per_result.get(channel.key)) is not None:
        return PerResult("vocabulary", reason)
    if "+" in channel.key:  # channels judged together: one of them paid per result (AJ5)
        vocab = _vocabulary()
        for part in channel.key.split("+"):
            if (reason := vocab.per_result.get(part) or vocab.not_bought.get(part)) is not None:
                return PerResult("judged-with", reason, vocab.names.get(part, (part, None))[0])
    if (paid := _vocabulary().ceiling.get(channel.key)) is not None:  # reps on commission
        if channel.activities and _mostly_salaried(channel.activities):
            # ...or a salaried rep with a commission beside the salary, most of the pay salary
            # ("6100 Sales Rep Salary:Base" $58,000 and "...:Commission" $21,000: BG4 of the
            # sixty-first round's second re-review, 2026-12-07, had read "reps on commission
            # ... their pay follows their sales"): one rep is a hire, a step cost
            return PerResult("salaried-rep", most=True)
        if channel.activities and not _on_commission(channel):
            # ...or on a salary, which the label's note about commissions does not describe
            # ("6020 Payroll:Sales rep (wholesale)", joined by the role its accounts name: BB9
            # of the fifty-ninth review round, 2026-12-07)
            return PerResult("salaried-rep")
        return PerResult("commission", paid)
    if channel.activities and _won_by_a_salaried_rep(channel):
        # ...or a rep whose line names the accounts the rep wins ("6150 Fleet accounts sales
        # (B2B rep)" and its "fleet accounts": BD2 of the sixtieth review round, 2026-12-07)
        return PerResult("salaried-rep")
    if channel.fees > 0:
        return PerResult("marketplace")
    priced = [item for item in channel.activities if _priced_per_result(item.activity.name)]
    # a seller's salary with a commission on it ("SDR salary + commission"): a hire, not a
    # price per sale (BH10 of the sixty-second round, 2026-12-07: a SaaS's SDR, $88,000 of its
    # outbound's $102,400, was said to be "fees or commissions paid per referral")
    salaried = sum((item.activity.spend for item in priced if _salaried_seller(item)), Decimal(0))
    per_result = sum((item.activity.spend for item in priced), Decimal(0)) - salaried
    # all of it, or most of it: a door-to-door team's commissions beside its housing (F8 of the
    # twenty-fourth round's re-review: plan cut $310,000 of commissions along its curve)
    if (per_result or salaried) and (per_result + salaried) * 2 >= channel.spend:
        if salaried > per_result:
            return PerResult("salaried-seller", most=salaried != channel.spend)
        return PerResult("per-result-fees", most=per_result + salaried != channel.spend)
    if channel.activities and all(_fixed_price(item.activity.name) for item in channel.activities):
        return PerResult("fixed-fee")
    return None


#: A fixed price for a place in a programme or a membership, not a budget: a CFO's review
#: (2026-12-02) saw BA101 propose a $15,487 test on an auto shop's AAA programme fee.
#: A flat listing too: a child-care centre's "Winnie Pro listing", $99 a month, where BA101 had
#: proposed a second $1,188 (V19 of the sixteenth round).
_FIXED = LazyPattern(
    r"\b(?:dues|membership(?:\s+fees?)?|program(?:me)?\s+fees?|participation\s+fees?"
    r"|(?:pro|basic|annual|monthly|flat)\s+listings?|listing\s+(?:fees?|subscriptions?)"
    # a tourism board's or a chamber's listing, as fixed as an association's dues (X24 of the
    # seventeenth round: "Visit Hudson Valley / Chamber listing" was a budget to grow)
    r"|(?:chamber|tourism|visitors?|association|directory)\s+listings?)\b",
    re.I,
)


#: A seller's pay that names a salary, a base or on-target earnings beside its commission
#: ("SDR salary + commission", "AE base + commission", "BDR OTE")
_SALARY_BESIDE = LazyPattern(
    r"\b(?:salar(?:y|ies)|base(?:\s+(?:pay|salary))?|ote|on[-\s]target)\b", re.IGNORECASE
)


def _salaried_seller(item: ClassifiedActivity) -> bool:
    """Whether a selling line pays a seller a salary (a base, on-target earnings) as well as
    the commission its name says: one seller is a hire, a step cost (BH10 of the sixty-second
    round, 2026-12-07)."""
    name = item.activity.name
    return _sells(item) and _SALARY_BESIDE.search(name) is not None and pays_sellers(name)


def _won_by_a_salaried_rep(channel: Channel) -> bool:
    """Whether a channel's sources are all accounts :func:`accounts_sold` re-read as won by a
    rep (outbound, by a term that names accounts), and its lines all pay those who sell, none
    on commission: a salaried rep's channel."""
    return all(
        source.classification.kind == "outbound"
        and (term := source.classification.term) is not None
        and ("account" in term or "acct" in term)
        for source in channel.sources
    ) and all(
        _sells(item)
        and pays_sellers(item.activity.name)
        and _COMMISSIONED.search(item.activity.name) is None
        for item in channel.activities
    )


def _mostly_salaried(items: Sequence[ClassifiedActivity]) -> bool:
    """Whether a reps' channel's lines pay its sellers a salary and a commission, the salary
    more than half of it (BG4 of the sixty-first round's second re-review, 2026-12-07: a
    cleaner's $58,000 base and $21,000 commission had been labelled "(on commission)")."""
    commission = sum(
        (item.activity.spend for item in items if _COMMISSIONED.search(item.activity.name)),
        Decimal(0),
    )
    salary = [item for item in items if not _COMMISSIONED.search(item.activity.name)]
    return (
        commission > 0
        and all(_sells(item) and pays_sellers(item.activity.name) for item in salary)
        and sum((item.activity.spend for item in salary), Decimal(0)) > commission
    )


def commissioned(name: str) -> bool:
    """Whether a line's name says it pays a commission or a share of each sale (the lines of
    a reps' channel its "(salary + commission)" label counts as commission)."""
    return _COMMISSIONED.search(name) is not None


def _on_commission(channel: Channel) -> bool:
    """Whether a line of a reps' channel says it pays on commission, or the channel's lines
    were placed there by the vocabulary's terms for commissioned reps (not by a role its
    sources name: :func:`_sold_by_named_role`)."""
    return any(
        _COMMISSIONED.search(item.activity.name) or acquires(item) for item in channel.activities
    )


@lru_cache(maxsize=4096)  # asked of each line of each channel, several times a profile
def _priced_per_result(name: str) -> bool:
    """Whether a line's name says it pays per result (``_PER_RESULT``)."""
    return _PER_RESULT.search(name) is not None


@lru_cache(maxsize=4096)  # as above
def _fixed_price(name: str) -> bool:
    """Whether a line's name says it pays a fixed fee or dues (``_FIXED``)."""
    return _FIXED.search(name) is not None


def _named(name: str) -> str | None:
    """The vocabulary's key of a channel the report names by its label, if it is one."""
    return _vocabulary().by_name.get(tuple(words(name)))


def is_referral_channel(name: str) -> bool:
    """Whether a channel the report names is the referrals channel."""
    return _named(name) == REFERRALS


def unattributed(channel: Channel) -> str | None:
    """Why a channel's customers are not all what its spend bought (buyers who name a
    marketplace found the listing in its search, ads or no ads), unless the owner joined each
    of its sources to it with ``channel``; else None. ``plan`` leaves it alone."""
    why = _vocabulary().unattributed.get(channel.key)
    if why is None or all(source.channel is not None for source in channel.sources):
        return None
    return why


def unattributed_named(name: str) -> str | None:
    """``unattributed``'s reason for a channel known by its label (as the report names it)."""
    key = _named(name)
    return None if key is None else _vocabulary().unattributed.get(key)


def reps_on_commission(channel: Channel) -> bool:
    """Whether a channel the vocabulary calls reps on commission (its ``ceiling``) has sales
    lines that pay them on commission: not a salaried rep (BB9 of round 59), nor one whose pay
    is mostly salary with a commission beside it (BG4 of round 61b)."""
    return (
        _vocabulary().ceiling.get(channel.key) is not None
        and any(item.classification.category == "sales" for item in channel.activities)
        and _on_commission(channel)
        and not _mostly_salaried(channel.activities)
    )


def sold_on_commission(channels: Sequence[Channel], left_out: str | None = None) -> str | None:
    """Why the blended CAC is a ceiling where it counts the pay of reps paid on every sale,
    repeat orders too (the vocabulary's ``ceiling`` of a channel with sales lines), as the
    channel table says of their channel; else None. M6 of the twenty-seventh round
    (2026-12-05): a distributor's $1,074,000 of route reps' pay, over its 132 new accounts,
    gave BA201 and BA203 a 1.9× and 24 months with no word that most of it serves the 1,100
    accounts it has. So is a referral channel whose line pays a trail commission (paid for as
    long as the referred client stays: Q6 of the thirty-fourth round's re-review)."""
    vocab = _vocabulary()
    for channel in channels:
        if (why := vocab.ceiling.get(channel.key)) is not None and reps_on_commission(channel):
            # ...unless the CAC counts only the commission on the new accounts, the rest left
            # out as paid on repeat orders (BH11 of the sixty-second round, 2026-12-07)
            if left_out is not None and any(
                item.activity.name == left_out for item in channel.activities
            ):
                continue
            return why
        if (
            left_out is not None
            and channel.kind == "referral"
            and any(item.activity.name == left_out for item in channel.activities)
        ):
            continue  # (its trail counted apart: BI6 of the round's re-review)
        if channel.kind == "referral" and any(
            any(word in (lowered := item.activity.name.lower()) for word in _TRAIL_WORDS)
            and _TRAIL.search(lowered)
            for item in channel.activities
        ):
            # Q6 of the thirty-fourth round's re-review: a bureau's "Trail commission to
            # referring accountants (15% of fees, ongoing)" was charged to this year's six
            # new clients alone, 2.3× for about 3.1×
            return "a trail commission is paid on the clients referred in earlier years too"
    return None


#: The words every match of _TRAIL holds one of (most lines hold none)
_TRAIL_WORDS = ("trail", "ongoing", "recurr", "residual", "perpetual", "life", "monthly",
                "annual", "yearly", "%")  # fmt: skip
#: A commission paid for as long as the referred client stays: a trail, ongoing, recurring
_TRAIL = LazyPattern(
    r"\btrail(?:ing)?\s+(?:commissions?|fees?)\b|\b(?:commissions?|fees?)\b[^;]*\bongoing\b"
    # ...and as other lines word it (S7 of the round's second re-review): recurring, residual,
    # lifetime or for-life commissions, a share of the referred clients' fees each year
    r"|\b(?:ongoing|recurring|residual|lifetime|perpetual)\s+(?:referral\s+)?(?:commissions?|fees?"
    r"|payments?|shares?)\b|\bresiduals?\b|\bfor\s+(?:the\s+)?life\b"
    r"|\b(?:monthly|annual|yearly)\s+(?:referral\s+)?(?:commissions?|fees?)\b[^;]*\b(?:referr\w*"
    r"|accountants?|partners?)\b"
    r"|\b\d+\s*%\s+of\s+(?:their\s+|the\s+)?(?:fees|billings?|revenue)\b[^;]*\b(?:each|every|per)\s+"
    r"(?:year|month)\b",
    re.IGNORECASE,
)


def trailing(name: str, referred: bool = True) -> bool:
    """Whether a line pays a share of the referred clients' fees for as long as they stay: a
    share of the clients' fees ("20% of advisory fee": BI6 of the sixty-second round's
    re-review), or, where its channel's customers came by referral (``referred``), a trail,
    ongoing or recurring fee or commission (:data:`_TRAIL`)."""
    lowered = name.lower()
    if not any(word in lowered for word in _TRAIL_WORDS):
        return False
    if fee_share_rate(name) is not None:
        return True
    return referred and _TRAIL.search(lowered) is not None


def fee_share_rate(name: str) -> Decimal | None:
    """The rate of a referrer's share of the referred clients' fees a line's name states
    ("CPA solicitor fees - 20% of advisory fee": 0.2, :data:`FEE_SHARE`), else None; the
    pattern is asked only of a name holding "%" and "fee" (most names hold neither)."""
    if "%" not in name or "fee" not in name.lower():
        return None
    found = FEE_SHARE.search(name)
    return None if found is None else Decimal(found.group(1)) / 100


def trail_whole(channels: Sequence[Channel], split: str | None = None) -> tuple[str, ...]:
    """The acquisition lines that pay a share of their clients' fees for as long as they stay
    (:func:`trailing`), in a channel with customers that no rule of law holds apart, counted
    whole: all but ``split``, the one whose first year alone the CAC counts."""
    return tuple(
        item.activity.name
        for channel in channels
        if channel.customers > 0 and channel.restricted is None
        for item in channel.activities
        if item.classification.purpose == "acquire"
        and item.activity.spend > 0
        and item.activity.name != split
        and trailing(item.activity.name, _referred(channel))
    )


def _referred(channel: Channel) -> bool:
    """Whether a channel's customers came by referral: a referral channel, one whose sources
    with customers are referrals, or one joined to a line that pays the promoters its source
    names (the CPAs' 'cpa referral', read as paid since part i of the same round: paid for,
    but referred all the same)."""
    if channel.kind == "referral":
        return True
    if PROMOTERS_PAID in channel.joined_by:  # referred by promoters the line pays (part i)
        return True
    theirs = [source for source in channel.sources if source.customers > 0]
    return bool(theirs) and all(source.classification.kind == "referral" for source in theirs)


#: A referrer's share of the referred clients' fees, at the rate the line states: "20% of
#: advisory fee", "25% of the AUM fee", "15% of their fees" (BI6 of the sixty-second round's
#: re-review, 2026-12-07); searched only in a line that holds "%" and "fee"
FEE_SHARE = LazyPattern(
    r"(\d+(?:\.\d+)?)\s*%\s+of\s+(?:(?:the|their|each|every|a|its|client'?s'?|referred"
    r"|household'?s'?|advisory|management|planning|annual|ongoing|aum|asset)\s+)*fees?\b",
    re.IGNORECASE,
)


def ceiling_named(name: str) -> str | None:
    """Why the CAC of a channel known by its label counts more than its new customers cost
    (its reps are paid on repeat orders too), when the vocabulary says so; else None."""
    key = _named(name)
    return None if key is None else _vocabulary().ceiling.get(key)


def bought_once_named(name: str) -> bool:
    """Whether a channel known by its vocabulary label is a thing bought once that keeps
    bringing customers (BOUGHT_ONCE: a vehicle wrap)."""
    return _named(name) in BOUGHT_ONCE


def not_bought_named(name: str) -> str | None:
    """``not_bought`` for a channel known by its vocabulary label (as the report names it)."""
    key = _named(name)
    return None if key is None else _vocabulary().not_bought.get(key)


def _longest(name: str, terms: dict[tuple[str, ...], str], kind: str | None = None) -> str | None:
    """The channel of the longest term found among a name's words; ``kind`` (how the source
    was read: paid, organic...) first, so "google lsa", read as paid, is Local Services Ads
    and not the organic search "google" names (ties: the first). ``terms`` is one of the
    vocabulary's tables, which live as long as the process: each answer is kept."""
    key = (name, id(terms), kind)
    if (known := _LONGEST.get(key, _UNKNOWN)) is not _UNKNOWN:
        return known  # type: ignore[return-value]
    if len(_LONGEST) >= _NAMES_KEPT:
        _LONGEST.clear()
    _LONGEST[key] = found = _longest_in(name, terms, kind)
    return found


#: Each name's channel, per vocabulary table and kind: a batch's profiles share most of their
#: names ("Google Ads", "Referrals"), and reading them (with _content) cost 1.8% of auditing
#: the benchmark's batch (measured in instructions, 2026-12-04); the tables are the
#: vocabulary's, never freed.
_LONGEST: dict[tuple[str, int, str | None], str | None] = {}
_NAMES_KEPT = 65_536
_UNKNOWN = object()


def _longest_in(name: str, terms: dict[tuple[str, ...], str], kind: str | None) -> str | None:
    found = words(name)
    names = _vocabulary().names
    best: tuple[bool, int, str] | None = None
    for start in range(len(found)):
        for end in range(len(found), start, -1):
            key = terms.get(tuple(found[start:end]))
            if key is None:
                continue
            candidate = (kind is not None and names[key][1] == kind, end - start, key)
            if best is None or candidate[:2] > best[:2]:
                best = candidate
            break
    return None if best is None else best[2]


def _stated(channel: str) -> str:
    """The vocabulary's channel an owner's ``channel:`` names (its id, label or a term), or
    the owner's own channel, by its words."""
    vocab = _vocabulary()
    said = tuple(words(channel))
    return (
        vocab.by_name.get(said)
        or vocab.activity_terms.get(said)
        or vocab.source_terms.get(said)
        or " ".join(said)
        or channel
    )


@lru_cache(maxsize=_NAMES_KEPT)
def _content(name: str) -> frozenset[str]:
    """A name's words that say what it is, a hyphenated compound as one word: "Pre-need on
    file" and "Pre-need Lead Cards" share one word, "preneed", not two (a CFO's review,
    2026-12-03, saw a funeral home's matured pre-need calls joined to this year's lead cards
    on 'pre' and 'need')."""
    found = words(name)
    if "-" in name:
        found = list(found)
        for compound in _COMPOUND.findall(name):
            parts = words(compound)
            if len(parts) > 1:
                # the compound's own words, not the same word said apart: "School PE demos &
                # after-school flyers" holds 'school' and 'afterschool' (BBQ6 of the
                # fifty-ninth round: it lost 'school', and the 22 members a dojo's school demos
                # won read free beside the demos' $2,400)
                for part in parts:
                    if part in found:
                        found.remove(part)
                found.append("".join(parts))
    lowered = name.lower()
    if "county" in lowered or "city" in lowered or "parish" in lowered or "township" in lowered:
        # a place says where, not what: "Sponsorship - Hamilton County 4-H Fair" and "shelter
        # adoption (Hamilton County Humane Society)" are two channels (X5 of the seventeenth
        # round: a vet's 70 shelter clients had priced a $1,500 fair banner at $21.43)
        place = {word for match in _PLACE.finditer(name) for word in words(match.group(0))}
        found = [word for word in found if word not in place]
    return frozenset(word for word in found if word not in _FILLER)


_COMPOUND = LazyPattern(r"[^\W_]+(?:-[^\W_]+)+")
#: A place's name: "Hamilton County", "Kansas City", "City of Austin", "Orleans Parish"
_PLACE = LazyPattern(
    r"\b[\w'.]+\s+(?:county|city|parish|township)\b|\b(?:county|city|township)\s+of\s+[\w'.]+",
    re.IGNORECASE,
)


def elsewhere(channel: Channel, channels: Sequence[Channel]) -> list[tuple[str, int, str]]:
    """Sources of other channels whose names share a word with this channel's lines, as
    (source, customers, the channel it joined): a "google" source read as organic search
    beside Google Ads with no customers (a CFO's review, 2026-12-02) may hold its clicks."""
    mine = _content_of(channel.activities)
    return [
        (source.name, source.customers, other.name)
        for other in channels
        if other is not channel
        for source in other.sources
        if _content(source.name) & mine
    ]


def acquires(item: ClassifiedActivity) -> bool:
    """Whether a line's spend is meant to win customers (see the module's docstring)."""
    if item.activity.spend <= 0:
        return False
    if item.activity.channel is not None:
        return True
    c = item.classification
    if c.category == "marketing" and c.purpose == "acquire":
        return True
    return c.category == "sales" and (
        _longest(item.activity.name, _vocabulary().activity_terms) is not None
        or _reps_on_commission(item.activity.name)
    )


#: The vocabulary's channel of sales reps and rep agencies paid on commission
_SALES_REPS = "sales-reps"


@lru_cache(maxsize=4096)  # a batch's profiles share most of their lines' names
def _reps_on_commission(name: str) -> bool:
    """Whether a line pays reps on commission in words apart: "1099 sales reps - 15%
    commission on collections" names the reps as their customers answer ("sales rep", one of
    the channel's source terms) and their pay apart, so no activity term ("sales rep
    commission") is found in it. G5 of the forty-ninth review round, 2026-12-06: a
    laboratory's $520,000 of such commissions joined no channel, and the 40 customers its
    reps brought showed as "$0 … its customers cost nothing today" (by hand, 520,000 ÷ 40 =
    $13,000 each). Only with its pay on commission (a share or a word for it): a salaried
    rep's pay is the sales force's, whatever accounts it serves."""
    lowered = name.lower()
    if "rep" not in lowered and "agent" not in lowered:
        return False  # most lines
    return (
        _longest(name, _vocabulary().source_terms) == _SALES_REPS
        and _COMMISSIONED.search(name) is not None
    )


def _named_fees(
    others: list[ClassifiedActivity],
    fees: dict[str, list[ClassifiedActivity]],
    lines: dict[str, list[ClassifiedActivity]],
    came: dict[str, list[ClassifiedSource]],
    add: Callable[[str, str], None],
) -> set[str]:
    """A marketplace's commission line no channel took by the vocabulary, where one channel's
    customers name it by every word ("AppSumo" and "AppSumo marketplace fees"), or by the term
    both were read by ("AppSumo lifetime deal", read by 'appsumo' as the line was): what those
    customers cost (N8 of the twenty-seventh round's re-review, 2026-12-05: BA207 said 400
    AppSumo customers "look free" beside $38,000 of its fees). ``fees`` is added to in place;
    returned, the channels it added to."""
    joined: set[str] = set()
    taken = _charged(fees, ())
    for item in others:
        if (
            item.classification.category != "contra-revenue"
            or item.activity.spend <= 0
            or id(item) in taken
            or not _COMMISSION.search(item.activity.name)
            or _TAKEN_BACK.search(item.activity.name)
            or _given_to_a_retailer(item.activity.name)
        ):
            continue
        mine = _content(item.activity.name)
        term = item.classification.term
        named = [
            key
            for key, sources in came.items()
            if key not in lines
            and key not in fees
            and any(
                ((theirs := _content(s.name)) and theirs <= mine)
                # or the platform's name read on both sides ("AppSumo lifetime deal": P5 of
                # the twenty-seventh round's last check)
                or (term is not None and s.classification.term == term)
                for s in sources
            )
        ]
        if len(named) == 1:
            fees[named[0]] = [item]
            joined.add(named[0])
            add(named[0], f"its commissions: {item.activity.name!r} names its customers")
    return joined


#: The channels of printed matter, bought whatever platform it names
_PRINTED = frozenset({"print", "direct-mail", "door-hangers"})


def _line_channel(item: ClassifiedActivity) -> str | None:
    """The channel a line's name places, else the one its classifier term places (see
    :func:`_read_channel`)."""
    return _read_channel(item.activity.name, item.classification.term)


@lru_cache(maxsize=4096)  # a batch's profiles share most of their lines' names
def _read_channel(name: str, term: str | None) -> str | None:
    """The channel a line's name places, else the one its classifier term places: the term
    is the name as read through a close spelling ("Travel agent commisions" is the "travel
    agent commission" a coach's review saw left out of its channel, 2026-12-02)."""
    terms = _vocabulary().activity_terms
    # A chart of accounts' own account decides before its parent's: "6100 Advertising:Google
    # LSA" is Local Services Ads, not the Google Ads "advertising google" names (AI3 of the
    # twenty-second round: a plumber's LSA spend had joined Google Ads, and LSA looked free)
    found = None
    if (parts := parent_accounts(name)) is not None:
        found = _longest(parts[1], terms)
        # ...unless the account is a platform's organic side and its parent says it is paid
        # for: "6005 Advertising:Facebook/Instagram" is Meta's ads, not organic social (E14 of
        # the twenty-fourth round: plan then sent added budget to "Social media (organic)")
        vocab = _vocabulary()
        if found is None or vocab.kind(found) == "organic":
            whole = _longest(name, terms) if found is not None else None
            if whole is not None and vocab.kind(whole) == "paid":
                found = whole
            # ...or the parent is an advertising account and the account names a platform
            # of one paid channel: "6020 Advertising & Marketing:Facebook", "6005
            # Advertising:FB/IG" (F13 of the thirty-seventh review round, 2026-12-05: every
            # bookkeeper's export of four businesses had put their Meta ads in organic social,
            # $10,800 bringing nobody)
            # (by platform words alone: "Advertising:Home & Garden Show Booth" is a show's)
            elif (
                # (or a marketing account: Y6 of the forty-sixth round's re-review)
                (_ADVERTISING_ACCOUNT.search(parts[0]) or _MARKETING_ACCOUNT.search(parts[0]))
                and (paid := _paid_platform(parts[1])) is not None
                and _platform_named(parts[1]) <= _platform_words(vocab.names[paid][0], ())
            ):
                found = paid
    if found is None:
        found = _longest(name, terms)
        # a platform's organic side named with a word that says it is paid for is its ads:
        # "FB/IG - enrollment campaign", "Instagram ads - spring promo" (Q15 of the forty-fourth
        # review round, 2026-12-06: a car wash's $7,200 sat in "Social media (organic)")
        if (
            found is not None
            and _vocabulary().kind(found) == "organic"
            and _PAID_FOR.search(name)
            and (paid := _paid_platform(name)) is not None
        ) or (
            found is not None
            and _vocabulary().kind(found) == "organic"
            and (paid := _marketing_on_platform(name)) is not None
        ):
            found = paid
        # ...and printed matter that names the platform it sends people to is print: "Instagram
        # promo flyers" were bought from a printer, not placed on Instagram (AZQ7 of the
        # fifty-eighth round, a coach's review, 2026-12-07: a café's one-off EUR 1,900 of them
        # stood as "Social media (organic)", 44% of its acquisition spend)
        if (
            found is not None
            and _vocabulary().kind(found) == "organic"
            and (printed := _longest(name, terms, "paid")) in _PRINTED
        ):
            found = printed
    if found is None and term is not None:
        found = _longest(term, terms)
    if found is None and _reps_on_commission(name):
        found = _SALES_REPS  # reps and their commission named apart (G5 of the 49th round)
    if (
        found in (REFERRALS, _DIRECT_MAIL, None)
        # the line's own words, not the offer it names in brackets: "Direct mail - 65+ (free
        # screening, $1,000 off pair)" is mail whose customers answer "Mailer" (F1 of the
        # twenty-ninth round: a hearing clinic's $62,000 of it sat in events, with none)
        and _FOR_AN_AUDIENCE.intersection(
            # ...unless the brackets say the mail invites them to it ("mailers (retirement
            # income workshop invites)": R10 of the round's re-review)
            words(name) if "invit" in name.lower() else words(outside_brackets(name))
        )
        and not names_referrers(name)
    ):
        # ...and the mailers and venues of the seminars a business holds: its attendees came
        # through all of it (G6 of the twenty-fifth round, 2026-12-04: a law firm's $28,000 of
        # seminar mailers and $19,500 of venues read "no customers" beside a $2,400 webinar
        # credited with its 128 seminar clients)
        return EVENTS
    return found


def _marketing_on_platform(name: str) -> str | None:
    """The paid channel of a platform a marketing account names alone, with money in it:
    "6020 Local Mktg - FB/IG" is Meta's ads, what is paid to the platform (Y6 of the
    forty-sixth round's re-review, 2026-12-06: a tutoring franchisee's $14,000 sat in
    "Social media (organic)" and its "FB/IG" customers looked free); "Marketing - Social
    media" names no platform, and "Mktg - FB/IG posts" names posts, so both stay organic."""
    lowered = name.lower()
    if "mktg" not in lowered and "marketing" not in lowered:
        return None  # most names: no account searched
    head, dash, platform = name.rpartition(" - ")
    if not dash:
        head, _, platform = name.rpartition(":")
    if not head or _MARKETING_ACCOUNT.search(head) is None:
        return None
    paid = _paid_platform(platform)
    if paid is None:
        return None
    named = _platform_named(platform)
    if not named or not named <= _platform_words(_vocabulary().names[paid][0], ()):
        return None
    return paid


#: A ledger's marketing account, as a line names it before the platform it pays
_MARKETING_ACCOUNT = LazyPattern(r"\b(?:mktg|marketing)\b", re.IGNORECASE)
#: Words that say a line buys ads on a platform it names: "FB/IG - enrollment campaign"
_PAID_FOR = LazyPattern(r"\b(?:ads?|advertising|paid|campaigns?|boost(?:ed|s)?|sponsored)\b", re.I)
#: A parent account for advertising: what its accounts buy is paid for
_ADVERTISING_ACCOUNT = LazyPattern(r"\b(?:advertising|adverts?|ads|paid|ppc)\b", re.IGNORECASE)
EVENTS = "events-trade-shows"  # the vocabulary's channel for events the business holds
_DIRECT_MAIL = "direct-mail"
#: A line's events for an audience of prospects, which win over the referral channel its
#: "lunch and learn" names unless it names those who refer: "Lunch & Learn seminars - senior
#: centers" teaches prospective patients (a CFO's review, 2026-12-03, saw an audiology
#: practice's $6,800 of seminars joined to referrals, apart from the 12 patients they brought).
_FOR_AN_AUDIENCE = frozenset({"seminar", "workshop", "screening", "webinar"})


def _held_for_prospects(
    said: str, name: str, kind: str | None, lines: dict[str, list[ClassifiedActivity]]
) -> str | None:
    """The channel an owner's ``channel:`` means where the vocabulary files its words under the
    referrals ("lunch and learn") but the line or the source it is written on says the event is
    held for prospects, as a line's own name is read (:func:`_read_channel`): a seminar, a
    workshop, a screening or a webinar, naming nobody who refers. A source read otherwise than
    as a referral (the MSP's "lunch & learn" clients, read as paid) joins the line outside the
    referrals whose name holds the words it wrote. None where the owner named the referrals
    channel itself, or where either names those who refer ("lunch and learn for physicians"):
    the referrals it is. (r's leftover of the fifty-eighth round, 2026-12-07: an IT firm's
    "channel: lunch and learn" on its $14,000 of cybersecurity seminars filed them and their 2
    clients among the referrals, 10 beside the key figures' 8, where the line's name "Lunch &
    learn - cybersecurity seminars" joined the seminars.)"""
    told = tuple(words(said))
    if _vocabulary().by_name.get(told) is not None or names_referrers(said):
        return None
    if names_referrers(name):
        return None
    if _FOR_AN_AUDIENCE.intersection(told) or _FOR_AN_AUDIENCE.intersection(
        words(outside_brackets(name))
    ):
        return EVENTS
    if kind is None or kind == "referral":
        return None
    wanted = _content(said)
    found = {
        key
        for key, items in lines.items()
        if key != REFERRALS
        for item in items
        if wanted and wanted <= _content(item.activity.name)
    }
    return found.pop() if len(found) == 1 else None


def _shared_by(item: ClassifiedActivity, vocab: _Vocabulary) -> tuple[str, ...]:
    """The marketplaces a commission line names in brackets, where it names two or more
    ("4760 Verkaufsprovisionen (Amazon, Otto)", as a DATEV chart keeps one account for them:
    R7 of the thirty-fifth round's re-review, Otto's buyers had "looked free" while Amazon's
    carried the whole line); none for most lines."""
    name = item.activity.name
    if "(" not in name:
        return ()
    inside = name[name.index("(") + 1 : name.rfind(")") if ")" in name else len(name)]
    found: list[str] = []
    for part in _LISTED_INSIDE.split(inside):
        bare = part.strip().lower()
        key = bare if bare in vocab.marketplaces else _longest(part, vocab.source_terms)
        if key is not None and key in vocab.marketplaces and key not in found:
            found.append(key)
    return tuple(found) if len(found) > 1 else ()


def _split_fee(
    item: ClassifiedActivity,
    keys: tuple[str, ...],
    fees: dict[str, list[ClassifiedActivity]],
    came: dict[str, list[ClassifiedSource]],
    add: Callable[[str, str], None],
) -> None:
    """A commission line several marketplaces share, split among them by the customers each
    brought (the first named takes it all where none of them brought any)."""
    counts = {key: sum(source.customers for source in came.get(key, ())) for key in keys}
    total = sum(counts.values())
    if not total:
        fees.setdefault(keys[0], []).append(item)
        return
    spend, left = item.activity.spend, item.activity.spend
    named = [key for key in keys if counts[key]]
    for index, key in enumerate(named):
        part = (
            left
            if index == len(named) - 1
            else (spend * counts[key] / total).quantize(Decimal("0.01"))
        )
        left -= part
        share = item._replace(activity=item.activity.with_spend(part))
        fees.setdefault(key, []).append(share)
        add(key, f"its share of {item.activity.name!r}, by its customers")


def _fee_channel(item: ClassifiedActivity, vocab: _Vocabulary) -> str | None:
    """The marketplace a commission line pays: by the channel's own terms ("Booking.com
    commission"), else by the platform its customers name, in whatever order the chart of
    accounts writes it ("Rooms - Commissions - Booking.com": a CFO's review, 2026-12-03, saw a
    hotel's $217,600 of OTA commissions left out of the channel, at $6.11 a guest)."""
    if _given_to_a_retailer(item.activity.name):
        return None
    if _TAKEN_BACK.search(item.activity.name) and not _COMMISSION.search(item.activity.name):
        # revenue taken back on sales undone is no commission on every order (E4 of the
        # twenty-fourth round: "Chargebacks - cancelled D2D accounts" were the door-to-door
        # team's "commissions, charged on every order", and its CAC "a ceiling")
        return None
    found = None
    if "(" in item.activity.name:
        # the platform named outside the brackets, not what was sold inside them: "Viator
        # commission (guided e-bike tours)" is Viator's, not the events channel's by "tours"
        # (F7 of the thirty-first round, 2026-12-05: Viator's 120 customers looked free)
        own = outside_brackets(item.activity.name)
        found = _read_channel(own, None) or _longest(own, vocab.source_terms)
        if found is None and names_a_marketplace(term := item.classification.term):
            found = term  # a platform the vocabulary has no channel for: its customers' own
        if found is None:  # "Faire commission (trade show orders)" (R11 of the re-review)
            found = marketplace_named(own)
    if found is None:
        found = _line_channel(item)
    if found is None and item.classification.term is not None:
        found = _longest(item.activity.name, vocab.source_terms)
    return found


#: What a supplier gives the retailers that stock its goods: a slotting fee, a free fill, a
#: spoils allowance (not Amazon's placement fee, a marketplace's own)
_GIVEN_TO_A_RETAILER = LazyPattern(r"\bslotting\b|\bfree[-\s]?fills?\b|\bspoils?\b")


def _given_to_a_retailer(name: str) -> bool:
    """Whether a line is money given to a retailer that stocks the goods, once an item or a
    store: no platform's cut of each order, so no channel's commissions ("Slotting fees -
    Harvest Market (6 SKUs)" had joined the events channel by the grocer's 'market', and then
    the grocer's customers, and was called commissions charged on every order: N21 of the
    forty-third review round, 2026-12-06)."""
    lowered = name.lower()
    return ("slot" in lowered or "fill" in lowered or "spoil" in lowered) and (
        _GIVEN_TO_A_RETAILER.search(lowered) is not None
    )


#: Revenue taken back on a sale undone: a chargeback, a refund, a cancellation, a clawback
_TAKEN_BACK = LazyPattern(
    r"\b(?:chargebacks?|charge-backs?|refunds?|returns?|cancel\w*|clawbacks?)\b", re.IGNORECASE
)
_COMMISSION = LazyPattern(r"\b(?:commissions?|fees?)\b", re.IGNORECASE)


def join(
    activities: Sequence[ClassifiedActivity], sources: Sequence[ClassifiedSource]
) -> list[Channel]:
    """The channels of a profile, cheapest customers first (channels without customers last,
    the largest spend first among them)."""
    vocab = _vocabulary()
    lines: dict[str, list[ClassifiedActivity]] = {}
    came: dict[str, list[ClassifiedSource]] = {}
    how: dict[str, set[str]] = {}
    said: dict[str, str] = {}  # an owner's own channel → the name they wrote
    told: dict[tuple[str, ...], str] = {}  # ...and the words they wrote → the channel read

    def add(key: str, why: str) -> None:
        how.setdefault(key, set()).add(why)

    def stated(channel: str, name: str | None = None, kind: str | None = None) -> str:
        key = _stated(channel)
        if name is not None and key == REFERRALS:
            # an owner's "channel: lunch and learn" read as its line's or its source's own
            # name would be: the events the business holds for prospects, not the referrals
            # the vocabulary files the words under (``_held_for_prospects``)
            key = _held_for_prospects(channel, name, kind, lines) or key
            told.setdefault(tuple(words(channel)), key)
        said.setdefault(key, " ".join(channel.split()))
        add(key, "stated in the profile")
        return key

    left_lines: list[ClassifiedActivity] = []
    fees: dict[str, list[ClassifiedActivity]] = {}
    #: commission lines that name several marketplaces, split among them below
    shared_fees: list[tuple[ClassifiedActivity, tuple[str, ...]]] = []
    others: list[ClassifiedActivity] = []  # lines no channel takes, unless a source names one
    for item in activities:
        if (
            item.activity.channel is not None
            and item.classification.category == "contra-revenue"
            and item.activity.spend > 0
            and _COMMISSION.search(item.activity.name)
        ):
            # a commission the owner joins to its marketplace with `channel:`, as BA207 asks:
            # that channel's fees, counted in its CAC but not in its spend (T16 of the
            # forty-fifth round, 2026-12-06: "Booking.com commissions" joined so read "$46,000
            # + $46,000 fees", and the JSON moved them into spend)
            others.append(item)
            fees.setdefault(stated(item.activity.channel), []).append(item)
            continue
        if not acquires(item):
            others.append(item)
            if (
                item.classification.category == "contra-revenue"
                and item.activity.spend > 0
                and (key := _fee_channel(item, vocab)) is not None
                # a referral credit given up is no marketplace's commission on every order (a
                # CFO's re-review, 2026-12-03)
                and vocab.kind(key) != "referral"
                # nor money off to take its customers off it: revenue given up, not its fee
                # ("Rover clients moved to direct booking ($20 off to book off-app)" was read as
                # Rover's commission, 288×: I15 of the forty-first round, 2026-12-06)
                and _OFF_THE_PLATFORM.search(item.activity.name) is None
                # nor a payer's write-offs against the fee schedule its network sets, taken on
                # every visit it pays for, not on the customers it sent alone (BB10 of the
                # fifty-ninth round, 2026-12-07: an optometrist's $180,000 of VSP and EyeMed
                # write-offs would have priced their 610 new patients at $295 each)
                and not (key in vocab.by_rate and fee_schedule_write_off(item.activity.name))
            ):  # a marketplace's commission: what its customers cost, though no budget buys it
                if shared := _shared_by(item, vocab):
                    shared_fees.append((item, shared))
                else:
                    fees.setdefault(key, []).append(item)
            continue
        if item.activity.channel is not None:
            lines.setdefault(stated(item.activity.channel, item.activity.name), []).append(item)
        elif (key := _line_channel(item)) is not None:
            if (
                key == OUTBOUND
                and item.classification.category == "sales"
                and pays_a_closer_too(item.activity.name)
            ):
                # "6110 Payroll:BDR + AE (base + comm)": the AE closes every channel's deals,
                # so the line is the whole sales force's, as a line for the AE alone is; the
                # BDR's share of it is the outbound channel's, but the line does not say how
                # much, so the channel is worked by it (``_worked_by_sellers``: not priced)
                # (AZ6 of the fifty-eighth round, 2026-12-07: an MSP's $165,000 was charged
                # to its 3 cold-outbound deals, $56,066.67 each, of the AE's 14)
                others.append(item)
                continue
            lines.setdefault(key, []).append(item)
            add(key, "the channel vocabulary")
        else:
            left_lines.append(item)
    left_sources: list[ClassifiedSource] = []
    referred: list[ClassifiedSource] = []
    # a programme that pays those who refer, where the profile pays for one (most do not)
    paying = any(key in lines for key in vocab.paying_channels)
    named_lines: dict[tuple[str, ...], str] | None = None  # made when a source names a channel
    for source in sources:
        if source.classification.kind == "repeat":
            continue
        if source.channel is not None:
            # A source may name its line's channel by the line's own name ("Website & SEO
            # (GeniusVets)"): it joins that line's channel, not a new one of its own (a CFO's
            # re-review, 2026-12-03, saw such a source make a "$0, 168 customers" channel)
            if named_lines is None:  # lines placed so far, and those to be paired by words
                named_lines = {
                    tuple(words(item.activity.name)): key
                    for key, items in lines.items()
                    for item in items
                } | {  # the key _pair_by_words files them under (a CFO's re-review, 2026-12-03)
                    tuple(words(item.activity.name)): item.activity.name.strip().lower()
                    for item in left_lines
                }
            wanted = tuple(words(source.channel))
            if (found := named_lines.get(wanted)) is not None:
                key = found
                add(key, "stated in the profile")
            elif (found := _begun_by(wanted, named_lines)) is not None:
                # the first words of one line's name: "humane society adoption packet" for
                # "Humane society adoption packet - first exam free" (AG10 of the twenty-first
                # round: it made a $0 channel of its own, and the verdict turned "at risk")
                key = found
                add(key, "stated in the profile: the start of a line's name")
            elif (
                named := _named_line(
                    wanted,
                    # not a marketplace's commission, which is its fees, not its spend (U6 of
                    # the forty-fifth round's re-review: "Booking.com commissions" joined by
                    # 'channel:' on both sides was counted as spend and as fees)
                    [item for item in others if id(item) not in charged_ids]
                    if (charged_ids := _charged(fees, shared_fees))
                    else others,
                )
            ) is not None:
                # a line no channel took (an unplaced "... - first exam free"), named by the
                # source: as if the line said the same channel
                key = stated(source.channel)
                others.remove(named)
                lines.setdefault(key, []).append(named)
                add(key, "the start of a line's name")
            else:
                key = stated(source.channel, source.name, source.classification.kind)
        elif (
            paying
            and source.classification.kind == "referral"
            and (key := _longest(source.name, vocab.pays_referrers)) is not None
            and key in lines
        ):
            # "Accountant partner referrals (PartnerStack)" beside "PartnerStack affiliate
            # payouts": a funded referral programme, not free word of mouth (AA12 of the
            # eighteenth round: BA206 said the payouts brought no one)
            add(key, f"{source.name!r} names the programme that pays those who refer")
        elif (
            source.classification.kind == "referral"
            and left_lines
            and (promoter := _promoter_named(source, left_lines)) is not None
        ):
            # a promoter or solicitor paid for the clients they refer: a referral source that
            # names them ("cpa referral" beside "CPA solicitor fees - 20% of advisory fee")
            # came through the payment, not by free word of mouth (BH7 of the sixty-second
            # round, 2026-12-07: an adviser's 8 CPA-referred households counted as free, their
            # $31,000 charged to the 17 others)
            key = promoter.activity.name.strip().lower()
            if key not in lines:
                left_lines.remove(promoter)
                lines[key] = [promoter]
                # ...with the lunches and seminars held for them, which cultivate the same
                # referrals ("CPA lunch & CE seminars": BH15 of the round)
                _cultivating_promoters(key, _content(source.name) - _REFERRAL_WORDS, lines)
            add(key, f"{source.name!r} {PROMOTERS_PAID}")
        elif (
            (key := _longest(source.name, vocab.source_terms, source.classification.kind))
            and (vocab.kind(key) != "referral" or source.classification.kind == "referral")
            and not _read_closer(source, key, vocab, lines)
        ):
            # not the referrals channel for a source read otherwise ("Early Learning Coalition
            # subsidy referral", a provider list read as organic, had joined the referrals and
            # the channel table said 59.4% beside 43.8%: H11 of the twenty-fifth round's
            # re-review)
            add(key, "the channel vocabulary")
        elif (key := told.get(tuple(words(source.name))) or _stated(source.name)) in lines and (
            # ...not the referrals' channel for a source read otherwise, which the vocabulary
            # filed there by its own terms ("lunch & learn", an IT firm's seminar clients, read
            # as paid, had joined the CPA firm's referral fee and made the channel table's
            # referrals 10 beside the key figures' 8: AZ5 of the fifty-eighth round's review,
            # 2026-12-07), unless the owner's `channel:` put a line there
            key in said or vocab.kind(key) != "referral" or source.classification.kind == "referral"
        ):
            # a line whose `channel:` repeats the source's name, punctuation aside, as BA207
            # asks (AH4 of the twenty-first round's re-review: "saw us at a brewery/festival"
            # on both made two channels of that name, one with the spend, one with the
            # customers)
            add(key, "a line's channel: names the source")
        elif source.classification.kind == "referral":
            referred.append(source)  # the referrals channel, unless a line names them (below)
            continue
        else:
            left_sources.append(source)
            continue
        came.setdefault(key, []).append(source)
    if left_sources and others:  # most profiles: every source placed
        _sold_through(others, left_sources, lines, came, add, said)
    if others and (left_sources or (OUTBOUND in came and OUTBOUND not in lines)):
        _sold_by_role(others, left_sources, lines, came, add, said)
    if others and (left_sources or came):
        _sold_by_named_role(others, left_sources, lines, came, add, said)
    if others and _SALES_REPS in lines and _SALES_REPS in came:  # most profiles: no reps
        _reps_base_pay(others, lines, came, add)
    if others and (left_sources or referred) and (paying_lines := _paying(others)):
        # (AM4 of round 51's re-review; most profiles have no such line)
        _bought_from(paying_lines, others, left_sources, lines, came, add, said)
        _bought_from(paying_lines, others, referred, lines, came, add, said)
    pursued: dict[int, int] = {}  # lines that pay for the proposals: their ids, in order
    if PURSUITS in came and (left_lines or others):  # most profiles answer no RFQ or RFP
        pursued = _proposals_pursue(left_lines, others, lines)
    if PURSUITS in came and OUTBOUND in lines and OUTBOUND not in came:
        _bid_board_named(lines, came, add)
    _pair_by_words(left_lines, left_sources, lines, came, add, referred)
    by_platform, by_its_lines = _platforms(vocab, lines, came, add)
    # channels that took a source by the rest of a line's words: the line's, more than the
    # vocabulary's, so named after it (N11 of the twenty-seventh round's re-review: a local
    # store marketing line's flyers and school nights had read "Facebook and Instagram ads")
    # ...or by a platform its line names and its label does not: "Google and LinkedIn ads",
    # which the customers who said "google" joined, is not "LinkedIn Ads" (K16 of the
    # forty-second round, 2026-12-06)
    named_by_line = _reunite(vocab, lines, came, add, fees) | by_its_lines
    _referred_by_a_line(vocab, lines, came, add)
    _funnel_ads(lines, came, add, sources)
    for item, keys in shared_fees:
        _split_fee(item, keys, fees, came, add)
    named_fees = _named_fees(others, fees, lines, came, add)
    for key in fees:
        if key in came and key not in named_fees:
            add(key, "its commissions, by the channel vocabulary")

    def shown(key: str) -> str:
        if key in named_by_line and (
            # ...unless the vocabulary joined several lines there by its own terms: then its
            # label says what all of them are ("Knot Pro Spotlight" had named the channel that
            # also held "WW Featured" and WeddingWire's couples: R13 of the forty-fourth
            # round's re-review, 2026-12-06)
            key not in vocab.names or len({item.activity.name for item in lines.get(key, ())}) < 2
        ):
            return _own_name(key, lines.get(key, []), came.get(key, []))
        label = vocab.names.get(key, (None, None))[0]
        # "(on commission)" only where a line says so: a brewery's "Brand ambassadors (field
        # marketing)" or a distributor's "DSR salaries" are not, and the label's ceiling note
        # ("reps on commission are usually paid on every sale") follows the label (R13 of the
        # forty-fourth round's re-review, 2026-12-06)
        if (
            label is not None
            and key in vocab.ceiling
            and label.endswith(_ON_COMMISSION)
            and not any(_COMMISSIONED.search(item.activity.name) for item in lines.get(key, ()))
        ):
            return label.removesuffix(_ON_COMMISSION)
        # ...and a salaried rep with a commission, most of the pay salary, is that (BG4)
        if label is not None and key in vocab.ceiling and _mostly_salaried(lines.get(key, ())):
            return SALARY_AND_COMMISSION
        return label or said.get(key) or _own_name(key, lines.get(key, []), came.get(key, []))

    together = _together(lines, came, how, shown)
    _named_together(vocab, lines, came, how, shown, together)
    _platform_alone(vocab, lines, came, how, shown, together)
    # marketing lines of another purpose, by the channel they read as: only for channels with
    # customers and no line (most profiles have none, and reading a name's channel is dear)
    kept: dict[str, tuple[ClassifiedActivity, ...]] = {}
    if any(key not in lines for key in came):
        for item in others:
            if (
                item.classification.category == "marketing"
                and item.activity.spend > 0
                and (where := _line_channel(item)) is not None
            ):
                kept[where] = (*kept.get(where, ()), item)
    channels = []
    for key in dict.fromkeys([*lines, *came]):
        own, brought = lines.get(key, []), came.get(key, [])
        if not brought and key in vocab.ceiling and all(_sells(item) for item in own):
            # Reps paid on every sale with no source of their own close the leads of every
            # channel: their pay stays in the blended CAC, not a channel with no customers (an
            # owner's review: a roofer's closers read "$190,000, no customers").
            continue
        # (the lines that pay for the proposals, which explain names: how they were joined)
        proposals = (
            tuple(
                item.activity.name
                for item in sorted(
                    (item for item in own if id(item) in pursued), key=lambda i: pursued[id(i)]
                )
            )
            if pursued
            else ()
        )
        joined_by = "; ".join(sorted(how.get(key, () if proposals else {"its own name"})))
        charged = tuple(fees[key]) if brought and key in fees else ()
        if (group := together.get(key)) is None:
            known, name, kind = key, shown(key), vocab.names.get(key, (None, None))[1]
        else:  # several channels judged as one: no one kind, nor what the vocabulary says of any
            known, name, kind = "+".join(k for k, _ in group), " + ".join(n for _, n in group), None
            # ...and the commissions of each: a marketplace judged with a lead vendor keeps its
            # fees in their CAC (Q6 of the twenty-eighth round: HireAHelper's $9,000 had been
            # left out, $127.27 a customer where it is $168.18)
            if brought and any(k in fees for k, _ in group[1:]):
                charged = tuple(item for k, _ in group for item in fees.get(k, ()))
        guessed = tuple(by_platform.get(key, ()))
        channel = Channel.of(
            known, name, kind, tuple(own), tuple(brought), joined_by, charged, guessed
        )
        if brought and not own and group is None and (keeping := kept.get(key)):
            channel = channel._replace(kept_by=keeping)
        if proposals:
            channel = channel._replace(proposals=proposals)
        channels.append(channel)
    return sorted(_worked_by_sellers(_named_elsewhere(channels, vocab), activities), key=_order)


#: A label's claim that its channel's sellers are paid by the sale
_ON_COMMISSION = " (on commission)"
#: The label of a reps' channel whose lines pay a salary and a commission, most of it salary
#: (BG4 of the sixty-first round's second re-review): no "(on commission)" note describes it
SALARY_AND_COMMISSION = "Sales reps (salary + commission)"
#: ...which a line makes by its words: a commission, a share of each sale
_COMMISSIONED = LazyPattern(
    r"\bcomm(?:issions?|issioned|s)?\b|%|\bper\s+(?:case|sale|order|account)\b", re.IGNORECASE
)
OUTBOUND = "outbound"  # the vocabulary's channel for prospecting: cold calls, door to door
#: What a selling line pays its people: commissions, salaries, bonuses...
_PAY = LazyPattern(
    r"\b(?:commissions?|comm|salar\w*|wages?|payroll|bonus\w*|ote|draws?|spiffs?|comp"
    r"|compensation|pay|incentives?)\b",
    re.IGNORECASE,
)
#: ...or the people themselves, where the line names nothing else they cost ("SDRs", not
#: "Sales rep housing")
_SELLERS = LazyPattern(
    r"\b(?:reps?|representatives?|salespe\w+|salesm[ae]n|sdrs?|bdrs?|setters?|canvassers?"
    r"|closers?|account executives?|telemarketers?|sales (?:team|staff|force)"
    # ...and the callers a wholesaler's outbound channel pays ("Cold calling VAs
    # (Philippines)": AV9 of the fifty-fourth round's second re-review, 2026-12-07, had read
    # "no one's pay is joined to it" beside the callers' $28,800)
    r"|(?:cold[\s-]*call\w*|dialing|dialling)\s+(?:vas?|virtual\s+assistants?|callers?|team|staff)"
    # ...with a word or a bracket between ("Marketing:Cold calling (Philippines VAs)": AX10
    # of the fifty-sixth round's review, 2026-12-07, read "no one's pay is joined to it" beside
    # the callers' $30,000 in the channel's own lines), or named before their calling
    r"|(?:cold[\s-]*call\w*|dialing|dialling)\W+(?:\w+\W+){0,2}?(?:vas|virtual\s+assistants?"
    r"|callers?)"
    r"|(?:vas|virtual\s+assistants?|callers?)\W+(?:\w+\W+){0,2}?(?:cold[\s-]*call\w*|dialing"
    r"|dialling)"
    r"|cold[\s-]*callers?)\b",
    re.IGNORECASE,
)
#: A dispositions commission pays whoever sells a wholesaler's contracts to buyers: no one who
#: finds the sellers an outbound channel reaches (AV9)
_DISPOSITIONS = LazyPattern(r"\bdispo(?:s|sitions?)?\b", re.IGNORECASE)
_WHAT_THEY_COST = LazyPattern(
    r"\b(?:housing|lodging|apartments?|apts|travel|trips?|mileage|fuel|vehicles?|cars?"
    r"|phones?|laptops?|tools?|software|training|recruiting|recruitment|uniforms?|meals?"
    r"|swag|samples?|licen[cs]es?|insurance)\b",
    re.IGNORECASE,
)


#: An ad line that says which funnel it fills: "FB ads - '...' webinar funnel"
_FUNNEL = LazyPattern(
    r"\b(webinars?|masterclass(?:es)?|challenges?|summits?|workshops?|quiz)\s+funnels?\b"
    # ...or that name in brackets the event the ads fill: "6105 Marketing - Facebook ads (trust
    # workshops)", beside the workshops' own venue and meals (AX8 of the fifty-sixth round's
    # review, 2026-12-07: the venue's $12,000 took the 70 workshop clients alone, $171.43 each)
    r"|\((?:[\w'&-]+\s+){0,2}?(webinars?|workshops?|seminars?)\)",
    re.IGNORECASE,
)


#: A webinar platform, the tool that runs the webinar a funnel's ads fill (not the ads)
_WEBINAR_TOOL = LazyPattern(
    r"\b(?:webinarjam|everwebinar|easywebinar|demio|gotowebinar|webinarninja|livestorm|on24"
    r"|zoom\s+webinars?|webinars?\s+(?:platforms?|software|tools?|hosting|licen[cs]es?))\b",
    re.IGNORECASE,
)


def _funnel_ads(
    lines: dict[str, list[ClassifiedActivity]],
    came: dict[str, list[ClassifiedSource]],
    add: Callable[[str, str], None],
    every: Sequence[ClassifiedSource] = (),
) -> None:
    """Ad lines of a channel no customers named that say which funnel they fill join the
    channel whose customers name that funnel: an online course creator's "FB ads - '...'
    webinar funnel" filled the webinar its 310 buyers named, which had been priced on the
    $4,800 webinar software alone ($15.48 a buyer, 133.8×) beside $186,000 of ads with no
    customers (AU7 of the fifty-fourth round's re-review; its leftovers, part k, 2026-12-07).
    So does the webinar platform that runs the webinar, where its customers name the webinar
    and another channel took them ("webinar (meta ads)", 420 buyers, Meta's): a course
    creator's $1,000 of WebinarJam had stood as an events channel with no customers (BF7 of the
    sixty-first review round, 2026-12-07). Only where exactly one channel's sources name the
    funnel's word; most profiles have no such line."""
    for key in [k for k in lines if k not in came]:
        for item in list(lines[key]):
            name = item.activity.name
            found = _FUNNEL.search(name)
            if found is not None:
                word, said = words(found.group(1) or found.group(2))[0].rstrip("s"), "names"
            elif _WEBINAR_TOOL.search(name):  # (asked only of lines no customers joined)
                word, said = "webinar", "runs"
            elif (funnel := _launch_copy_funnel(name, came, every)) is not None:
                # a launch's copy, written for the one funnel the profile's customers name
                # (the sixty-second round's part b); beside two funnels or none it stays a
                # cost of its own, shared by whatever the launch sold through
                lines[key].remove(item)
                lines.setdefault(funnel[0], []).append(item)
                add(
                    funnel[0],
                    f"a launch's copy, joined to the {funnel[1]} funnel it writes for, the only "
                    "funnel the customers name",
                )
                continue
            else:
                continue
            into = [
                other
                for other, sources in came.items()
                if other != key
                and any(word in {w.rstrip("s") for w in words(source.name)} for source in sources)
            ]
            if len(into) != 1:
                continue
            lines[key].remove(item)
            lines.setdefault(into[0], []).append(item)
            add(into[0], f"a line {said} the {word} funnel its customers came through")
        if not lines[key]:
            del lines[key]


#: A line that pays for a launch's copy: "Launch copywriter (contract)", "Copywriter (course
#: launch)", "Launch email sequence"
_LAUNCH_COPY = LazyPattern(
    r"\b(?:copy|copywrit\w*|emails?|email\s+sequences?|sales\s+pages?)\b", re.IGNORECASE
)
#: The funnel a source names: "webinar (meta ads)", "masterclass", "5-day challenge"
_FUNNEL_WORDS = {
    form: word
    for word, plural in (
        ("webinar", "webinars"), ("masterclass", "masterclasses"), ("challenge", "challenges"),
        ("summit", "summits"), ("workshop", "workshops"), ("quiz", "quizzes"),
    )
    for form in (word, plural)
}  # fmt: skip


def _funnels_named(name: str) -> set[str]:
    """The funnels a source's name names, singular: "webinar (meta ads)" → {"webinar"}."""
    return {_FUNNEL_WORDS[w] for w in words(name) if w in _FUNNEL_WORDS}


def _launch_copy_funnel(
    name: str, came: dict[str, list[ClassifiedSource]], every: Sequence[ClassifiedSource]
) -> tuple[str, str] | None:
    """The channel, and its funnel's word, that a launch's copy joins: where the line names a
    launch and its copy, and exactly one channel's sources name one funnel (a webinar, a
    masterclass, a challenge...). A CFO joins a launch's copy to the funnel it writes for when
    there is one (the sixty-second round's part b, 2026-12-07: a course creator's "Launch
    copywriter (contract)", $12,000, stood in the channel table as a channel of 0 customers
    beside the webinar funnel its 420 buyers came through); with two funnels or none it is a
    cost they share, and stays apart."""
    lowered = name.lower()
    if "launch" not in lowered or _LAUNCH_COPY.search(lowered) is None:
        return None  # most lines
    named = {
        word for source in every if source.customers > 0 for word in _funnels_named(source.name)
    }
    if len(named) != 1:
        return None  # two funnels, or none: a cost they share
    [word] = named
    into = [
        key for key, sources in came.items() if any(word in _funnels_named(s.name) for s in sources)
    ]
    return (into[0], word) if len(into) == 1 else None


#: An account executive, who closes the deals every channel brings (a B2B sales team's
#: closer), named in a line beside those who prospect: "BDR + AE", "SDR/AE salaries"
_CLOSER = LazyPattern(r"\b(?:aes?|account\s+exec(?:utive)?s?|acct\.?\s+execs?)\b", re.IGNORECASE)


def pays_a_closer_too(name: str) -> bool:
    """Whether a selling line that prospects ("BDR", "SDR") names an account executive too,
    who closes the deals of every channel: "6110 Payroll:BDR + AE (base + comm)". Its pay is
    then the whole sales force's until the prospectors' share is split off (AZ6 of the
    fifty-eighth round)."""
    lowered = name.lower()
    if "ae" not in lowered and "exec" not in lowered:
        return False  # most lines
    return _CLOSER.search(name) is not None


def pays_sellers(name: str) -> bool:
    """Whether a selling line's name pays the people who sell (not a tool they use: "Radius
    CRM" is no one's pay)."""
    return _PAY.search(name) is not None or (
        _SELLERS.search(name) is not None and _WHAT_THEY_COST.search(name) is None
    )


def _worked_by_sellers(
    channels: list[Channel], activities: Sequence[ClassifiedActivity]
) -> list[Channel]:
    """Prospecting with customers and no one's pay joined to it, where the profile pays people
    to sell on lines that joined no channel: they may be who works it, so what its customers
    cost is not known (``Channel.worked_by``). Which sources a salesperson works is the
    owner's to say (a line's ``channel:``): closers paid on every sale are not charged to it
    unasked (an owner's review: a roofer's closers), nor is this channel priced on its tools
    alone."""
    prospecting = {
        id(channel)
        for channel in channels
        if channel.customers
        and OUTBOUND in channel.key.split("+")
        and not any(pays_sellers(item.activity.name) for item in channel.activities)
    }
    if not prospecting:
        return channels
    joined = {id(item) for channel in channels for item in channel.activities}
    sellers = tuple(
        item
        for item in activities
        if item.classification.category == "sales"
        and item.activity.spend > 0
        and id(item) not in joined
        and pays_sellers(item.activity.name)
        and not _DISPOSITIONS.search(item.activity.name)
    )
    if not sellers:
        return channels
    return [
        channel._replace(worked_by=sellers) if id(channel) in prospecting else channel
        for channel in channels
    ]


@lru_cache(maxsize=4096)  # the same few source names come back on every profile
def _platform_said(name: str) -> frozenset[str]:
    """The words of a source that may name a platform, without those said around it."""
    return frozenset(
        _PLATFORM_VERBS.get(word, word) for word in _content(name) if word not in _SAID_AROUND
    )


def _named_elsewhere(channels: list[Channel], vocab: _Vocabulary) -> list[Channel]:
    """Each paid channel with spend and customers of its own, with the sources of an organic
    channel (an SEO retainer's, or one nothing is spent on) that name only its platform,
    "Google" or "Googled you", beside "Google Ads/LSA" whose own customers said "Google LSA".
    Where the paid channel had no customers of its own, the two were judged together already
    (``_together``)."""
    paid = [c for c in channels if c.kind == "paid" and c.spend > 0 and c.customers > 0]
    if not paid:
        return channels
    # what each organic source said, once: most profiles have few
    said = [
        (other, source, theirs)
        for other in channels
        if other.kind == "organic"
        for source in other.sources
        if not source.kind_stated and (theirs := _platform_said(source.name))
    ]
    if not said:
        return channels
    found: dict[int, list[tuple[str, int, str]]] = {}
    for channel in paid:
        platform = _platform_words(vocab.names.get(channel.key, ("", None))[0], channel.activities)
        for other, source, theirs in said:
            if theirs <= platform:
                found.setdefault(id(channel), []).append(
                    (source.name, source.customers, other.name)
                )
    if not found:
        return channels
    return [
        c._replace(named_elsewhere=tuple(found[id(c)])) if id(c) in found else c for c in channels
    ]


def _read_closer(
    source: ClassifiedSource,
    key: str,
    vocab: _Vocabulary,
    lines: dict[str, list[ClassifiedActivity]],
) -> bool:
    """Whether a source read by a term of two words or more, which no channel names, is read
    closer than by the word of it a channel of another kind has: a "social worker" is a
    referrer, not "Social media (organic)", and a food truck's customers who "ate at the truck"
    tried its food, which no vehicle wrap bought (G11 and G20 of the thirty-ninth review round,
    2026-12-05: the source table said one thing and the channel table another). Not where the
    source shares two words or more with a line of that channel: "ate at our bridal expo
    booth" came through the "Bridal expo booth" (R6 of the round's re-review)."""
    if source.classification.kind == vocab.kind(key):
        return False
    term = source.classification.term
    said = tuple(words(term)) if term else ()
    if len(said) < 2 or said in vocab.source_terms:
        return False
    # the source names what put one of the channel's lines in it: "ate at our bridal expo
    # booth" names the "expo booth" of "Bridal expo booth"; "ate at the food truck" names no
    # "truck wrap" (S10 of the round's second re-review: shared words had joined it to "Food
    # truck wrap")
    named = tuple(words(source.name))
    return not any(
        _contains(named, term)
        for item in lines.get(key, ())
        for term in _terms_of(item, key, vocab)
    )


def _terms_of(item: ClassifiedActivity, key: str, vocab: _Vocabulary) -> list[tuple[str, ...]]:
    """The channel vocabulary's terms in a line's name that place it in channel ``key``."""
    found = words(item.activity.name)
    return [
        tuple(found[start:end])
        for start in range(len(found))
        for end in range(start + 1, min(start + MAX_TERM_WORDS, len(found)) + 1)
        if vocab.activity_terms.get(tuple(found[start:end])) == key
    ]


def _contains(named: tuple[str, ...], term: tuple[str, ...]) -> bool:
    """Whether ``term`` stands in ``named``, its words in a row."""
    size = len(term)
    return any(named[i : i + size] == term for i in range(len(named) - size + 1))


def joined_by_profile(item: ClassifiedActivity, source: ClassifiedSource) -> bool:
    """Whether the profile joins a line and a source by ``channel:``: both name the same
    channel, however written ("Physician relations" and "physician relations."), or the
    source's names the line, by its name or its first two words or more, as :func:`join`
    reads it."""
    if source.channel is None:
        return False
    if item.activity.channel is not None:
        return _stated(item.activity.channel) == _stated(source.channel)
    said = tuple(words(source.channel))
    name = tuple(words(item.activity.name))
    return bool(said) and (name == said or _begins(name, said))


def _begins(name: tuple[str, ...], said: tuple[str, ...]) -> bool:
    """Whether a line's name (its words) begins with what a source said, two words or more."""
    return len(said) >= 2 and name[: len(said)] == said


def _begun_by(said: tuple[str, ...], named_lines: dict[tuple[str, ...], str]) -> str | None:
    """The channel of the one line whose name begins with ``said``, or None where none does
    or several do."""
    found = {key for name, key in named_lines.items() if _begins(name, said)}
    return found.pop() if len(found) == 1 else None


def _charged(
    fees: dict[str, list[ClassifiedActivity]],
    shared: Sequence[tuple[ClassifiedActivity, tuple[str, ...]]],
) -> set[int]:
    """The ids of the lines read as marketplaces' commissions (their fees)."""
    taken = {id(item) for items in fees.values() for item in items}
    if shared:  # most profiles: no line names several marketplaces
        taken.update(id(item) for item, _ in shared)
    return taken


def _named_line(
    said: tuple[str, ...], items: Sequence[ClassifiedActivity]
) -> ClassifiedActivity | None:
    """The one line of ``items`` whose name is ``said`` or begins with it, or None."""
    if not said:
        return None
    found = [
        item
        for item in items
        if (name := tuple(words(item.activity.name))) == said or _begins(name, said)
    ]
    return found[0] if len(found) == 1 else None


def _sells(item: ClassifiedActivity) -> bool:
    return item.classification.category == "sales"


def _unplaced_selling(item: ClassifiedActivity) -> bool:
    """A selling line with spend, which no ``channel:`` of the owner's places: what the joins
    of selling to the sources it wins (``_sold_through``, ``_sold_by_role``,
    ``_sold_by_named_role``, the reps' sources) may take."""
    return (
        item.classification.category == "sales"
        and item.activity.spend > 0
        and item.activity.channel is None
    )


def _sold_through(
    others: list[ClassifiedActivity],
    left_sources: list[ClassifiedSource],
    lines: dict[str, list[ClassifiedActivity]],
    came: dict[str, list[ClassifiedSource]],
    add: Callable[[str, str], None],
    said: dict[str, str],
) -> None:
    """Selling lines no channel took, each holding in a row all the words (two or more) of a
    source no channel took: that source's channel, whose customers they buy. K11 of the
    fiftieth review round (2026-12-06): a carrier's "DAT load board subscription" ($2,400) and
    "Truckstop load board" ($1,800), read as sales, were in the CAC while the channel table
    showed "load board $0 15 $0"; by hand, 4,200 ÷ 15 = $280 a customer. Lines and sources
    taken here leave ``others`` and ``left_sources``; the channel is named as the source is
    (``said``), the customers' word for what the lines buy."""
    for source in list(left_sources):
        named = tuple(words(source.name))
        if len(named) < 2 or source.classification.kind == "referral":
            continue
        bought = [
            item
            for item in others
            if _unplaced_selling(item) and _contains(tuple(words(item.activity.name)), named)
        ]
        if not bought:
            continue
        key = _joined(source, bought, others, left_sources, lines, came, said)
        add(key, f"the selling lines name {source.name!r}")


#: Words of a source that names trade or business accounts, not the customers most of a
#: consumer business's are: a wholesaler's, a distributor's or a stockist's buyers, or
#: accounts of a trade ("wholesale accounts (sales rep)", "bar accounts", "grocery accounts")
_TRADE_BUYERS = frozenset("wholesale b2b distributor distributors stockist stockists".split())
#: A cheap test before the words are split
_ACCOUNT_CUES = ("wholesale", "account", "b2b", "distributor", "stockist")
#: (a car wash's or a repair shop's fleet accounts, a business's vehicles: BD2 of the sixtieth
#: round, 2026-12-07, $1,100 an account against a retail member's $275.06)
_ACCOUNT_KINDS = frozenset(
    "bar bars restaurant restaurants retail retailer retailers grocery grocer grocers trade "
    "business corporate commercial on-premise off-premise fleet fleets".split()
)


def accounts_named(channel: Channel, total: int) -> tuple[str, ...]:
    """The sources of ``channel`` that name trade or business accounts (:data:`_TRADE_BUYERS`,
    or "accounts" beside a kind of trade), where every source of the channel with customers
    does, and they are under half of ``total``, the new customers: another kind of customer
    than most of the business's (a taproom's wholesale accounts, a car wash's fleet
    accounts), whom the profile's one average revenue does not describe. Empty for most
    channels (BC2 of the fifty-ninth round's re-review; BD2 of the sixtieth)."""
    named = []
    for source in channel.sources:
        if source.customers <= 0:
            continue
        lowered = source.name.lower()
        if not any(cue in lowered for cue in _ACCOUNT_CUES):
            return ()  # most sources
        said = set(lowered.replace("(", " ").replace(")", " ").replace("/", " ").split())
        if said & _TRADE_BUYERS or (said & {"account", "accounts"} and said & _ACCOUNT_KINDS):
            named.append(source.name)
        else:
            return ()
    if not named:
        return ()
    return tuple(named) if channel.customers * 2 < total else ()


#: Words of a source or a line that say the accounts were won before, or are kept, not won now
_KEPT_ACCOUNTS = frozenset(
    "existing current past returning same previous repeat prior former old again back legacy "
    "renewal renewals renewed retention manager managers mgr mgrs management".split()
)


def accounts_sold(
    sources: Sequence[ClassifiedSource], activities: Sequence[ClassifiedActivity]
) -> list[ClassifiedSource]:
    """Sources read as repeat customers by a term that names accounts ("fleet accounts", read
    by 'fleet account'), re-read as new accounts a rep won (outbound) where a selling line that
    pays those who sell holds all the source's words in a row ("6150 Fleet accounts sales (B2B
    rep)"): the line says the business pays someone to win such accounts, so this period's are
    new, and :func:`join` then makes them a channel of their own with that pay
    (:func:`_sold_through`). ``sources`` as they were where none is re-read (most profiles).

    BD2 of the sixtieth review round (2026-12-07): a car wash's 50 fleet accounts were left out
    of its new customers as repeat, while its fleet rep's $55,000 stayed in what a retail member
    cost; by hand, 55,000 ÷ 50 = $1,100 an account. Not a source or a line that says the
    accounts were had before or are kept ("existing fleet accounts", "Fleet account manager"),
    a source whose kind the profile states, nor a line that pays no one who sells ("Fleet
    account discounts", revenue given up)."""
    if not any(
        source.classification.kind == "repeat"
        and not source.kind_stated
        and (term := source.classification.term) is not None
        and ("account" in term or "acct" in term)
        for source in sources
    ):
        return list(sources)  # most profiles
    selling = [
        (tuple(words(item.activity.name)), item.activity.name)
        for item in activities
        if _unplaced_selling(item) and pays_sellers(item.activity.name)
    ]
    found = list(sources)
    for index, source in enumerate(sources):
        term = source.classification.term
        if (
            source.classification.kind != "repeat"
            or source.kind_stated
            or term is None
            or ("account" not in term and "acct" not in term)
        ):
            continue
        named = tuple(words(source.name))
        if (
            len(named) < 2
            or _KEPT_ACCOUNTS.intersection(named)
            or _KEPT_ACCOUNTS.intersection(words(term))
        ):
            continue
        lines = [
            name
            for said, name in selling
            if _contains(said, named) and not _KEPT_ACCOUNTS.intersection(said)
        ]
        if len(lines) != 1:
            continue
        reason = (
            f"{source.classification.reason}, but {lines[0]!r} pays to win such accounts: "
            "new accounts a rep won → outbound"
        )
        found[index] = source._replace(classification=SourceClass("outbound", reason, term))
    return found


def _sold_by_role(
    others: list[ClassifiedActivity],
    left_sources: list[ClassifiedSource],
    lines: dict[str, list[ClassifiedActivity]],
    came: dict[str, list[ClassifiedSource]],
    add: Callable[[str, str], None],
    said: dict[str, str],
) -> None:
    """Selling lines no channel took that name a selling role for a service line ("Catering
    sales manager - base + commission", "Event sales manager", "Banquet sales", "Group sales
    coordinator"), each joined to the sources no spend reached that name the same service and
    selling: "catering - corporate (sales calls)", "catering inquiries from sales outreach".
    Those are the customers the role sells, as a rep's line joins them by its words.

    AY4 of the fifty-seventh review round (2026-12-07): a restaurant's "Catering sales manager
    - base + commission" ($78,000) stood apart from the 140 corporate-catering customers of
    "catering - corporate (sales calls)", shown at "$0", so BA101 failed the check, while the
    same line named "Catering sales rep - outbound calls" joined them ($78,000 ÷ 140 = $557.14
    a customer) and BA101 counted its selling. Not a source without selling in its words
    ("catering - corporate"), nor one of another service ("event sales calls" for a catering
    sales manager), nor referrals, nor a line without a service ("Sales manager"), which stays
    the whole sales force's (``Channel.worked_by``). Lines and sources taken here leave
    ``others`` and ``left_sources`` (or the outbound channel, whose source it was); the
    channel is named as its first source is."""
    sellers = [
        (item, service)
        for item in list(others)
        if _unplaced_selling(item) and (service := _service_sold(item.activity.name)) is not None
    ]
    if not sellers:  # most profiles
        return
    prospected = came.get(OUTBOUND, []) if OUTBOUND not in lines else []
    taken: dict[int, str] = {}  # a source's id → the channel it joined here
    for item, service in sellers:
        found = [
            source
            for source in (*left_sources, *prospected)
            if source.classification.kind != "referral"
            and service in (theirs := _content(source.name))
            and ("sale" in theirs or source.classification.kind == "outbound")
        ]
        if not found:
            continue
        key = next(
            (taken[id(source)] for source in found if id(source) in taken),
            found[0].name.strip().lower(),
        )
        said.setdefault(key, " ".join(found[0].name.split()))
        others.remove(item)
        lines.setdefault(key, []).append(item)
        for source in found:
            if id(source) in taken:
                continue
            taken[id(source)] = key
            if source in left_sources:
                left_sources.remove(source)
            else:
                prospected.remove(source)
            came.setdefault(key, []).append(source)
            add(key, f"{item.activity.name!r} sells the {service!r} its customers name")
    if OUTBOUND in came and not came[OUTBOUND]:
        del came[OUTBOUND]


#: The vocabulary's channel of the public RFQs and RFPs a firm answers
PURSUITS = "rfp-pursuits"
#: A line that pays for proposals or pursuits: "6010 Salaries:Marketing coordinator
#: (proposals)", "6130 Proposal printing & interview boards", "Proposal writer (contract)"
_PROPOSALS = LazyPattern(r"\bproposals?\b|\bpursuits?\b", re.IGNORECASE)


def _proposals_pursue(
    left_lines: list[ClassifiedActivity],
    others: list[ClassifiedActivity],
    lines: dict[str, list[ClassifiedActivity]],
) -> dict[int, int]:
    """Lines no channel took that pay for proposals or pursuits (a proposal coordinator's
    salary, proposal printing), joined to the RFQ/RFP pursuits whose customers came: where a
    firm wins public work by its responses to RFQs and RFPs, the proposals are how it wins
    them. BB5 of the fifty-ninth review round (2026-12-07): an architecture firm's "6010
    Salaries:Marketing coordinator (proposals)" ($64,000) stood as a channel of its own with
    no customers, beside the pursuits' "$0 4 —" that had won 4 of its 8 new clients, and the
    verdict read "At risk"; by hand, (64,000 + 3,800 of "Proposal printing & interview
    boards") ÷ 4 = $16,950 a client. Acquiring lines no channel took, and selling lines; not a
    line of another channel ("Google Ads"), an overhead line, nor any line where no source
    names an RFQ or an RFP. ``left_lines``, ``others`` and ``lines`` are changed in place; the
    lines joined are returned, their ids in the order they were joined (the channel names
    them: :attr:`Channel.proposals`)."""
    joined: dict[int, int] = {}
    for pool in (left_lines, others):
        for item in list(pool):
            name = item.activity.name
            if (
                ("propos" in name.lower() or "pursuit" in name.lower())
                and item.activity.spend > 0
                and item.activity.channel is None
                and (pool is left_lines or item.classification.category == "sales")
                and _PROPOSALS.search(name)
            ):
                pool.remove(item)
                lines.setdefault(PURSUITS, []).append(item)
                joined[id(item)] = len(joined)
    return joined


def _bid_board_named(
    lines: dict[str, list[ClassifiedActivity]],
    came: dict[str, list[ClassifiedSource]],
    add: Callable[[str, str], None],
) -> None:
    """A bid board's line that the outbound channel took, where no customer came by outbound
    and an RFQ/RFP source names the board by the term the line was read by ("RFP bids
    (BidNet)" and "6110 BidNet / ConstructConnect subscription"): the board is where those
    bids were found, so its line joins the pursuits. Part s of the sixty-first review round
    (2026-12-07, beside BF2): the $3,600 had read as outbound "with no customers attributed to
    it" (BA206), and the 3 RFP contracts as free; by hand, 3,600 ÷ 3 = $1,200 a contract. A
    line whose term no pursuits source names stays where it was."""
    named = [frozenset(words(source.name)) for source in came[PURSUITS]]
    for item in list(lines[OUTBOUND]):
        term = item.classification.term
        if term is None or item.activity.spend <= 0 or item.activity.channel is not None:
            continue
        said = frozenset(words(term))
        if not said or not any(said <= theirs for theirs in named):
            continue
        lines[OUTBOUND].remove(item)
        lines.setdefault(PURSUITS, []).append(item)
        add(PURSUITS, f"an RFQ or RFP source names the bid board {item.activity.name!r}")
    if not lines[OUTBOUND]:
        del lines[OUTBOUND]


#: A selling role a line pays and a source names, as owners write it: business development
#: ("Business Development Mgr", "BD mgr", "BDM", "biz dev", "BDR"), sales development ("SDR"),
#: a sales rep ("Sales rep (wholesale)", "sales rep", "salesperson")
_ROLE = LazyPattern(
    r"\b(?:(?P<bd>business\s+development|biz\s*dev|bd(?:ms?|rs?)?)"
    r"|(?P<sdr>sales\s+development|sdrs?)"
    r"|(?P<rep>sales\s*(?:reps?|representatives?|persons?|people|m[ae]n)|salespe(?:rson|ople)s?"
    r"|salesm[ae]n))\b",
    re.IGNORECASE,
)
#: The words of a sales rep's role and pay, which say nothing of what or whom the rep sells
_ROLE_WORDS = frozenset(
    "sale rep representative salesperson salespeople salesman salesmen person people team staff "
    "force payroll salary wage pay comp compensation commission bonus base ote".split()
)
#: What a name holds where it may name a role (a test before the pattern): a business or sales
#: development role's, or, beside "sales", a rep's or a salesperson's
_ROLE_CUES = ("bd", "biz", "business dev", "sdr")
_SALES_ROLE_CUES = ("rep", "person", "people", "man", "men", "development")


@lru_cache(maxsize=4096)  # a batch's profiles share most of their names
def _roles(name: str) -> frozenset[str]:
    """The selling roles a name names (:data:`_ROLE`'s groups: "bd", "sdr", "rep")."""
    lowered = name.lower()
    if not any(cue in lowered for cue in _ROLE_CUES) and (
        "sales" not in lowered or not any(cue in lowered for cue in _SALES_ROLE_CUES)
    ):
        return _NONE  # most names
    return frozenset(
        role for found in _ROLE.finditer(name) for role, text in found.groupdict().items() if text
    )


def _sold_by_named_role(
    others: list[ClassifiedActivity],
    left_sources: list[ClassifiedSource],
    lines: dict[str, list[ClassifiedActivity]],
    came: dict[str, list[ClassifiedSource]],
    add: Callable[[str, str], None],
    said: dict[str, str],
) -> None:
    """A selling line no channel took that pays a role (its people, not what they cost: a
    salary, a commission, the role alone), joined to the channel of the sources that name the
    same role: "6020 Payroll:Sales rep (wholesale)" ($62,000) and "wholesale accounts (sales
    rep)" (20), "Salaries - BD mgr" and "cold outreach by BD mgr". The source says who won
    those customers, and the line is what that person cost. A sales rep, who may close the
    customers of every channel, only where the line and the source share a word besides the
    role and its pay, what or whom the rep sells ("wholesale"): "Sales reps (salary)" beside
    "sales rep" stays the sales force's, as G5 of the forty-ninth round left it.

    BB9 of the fifty-ninth review round (2026-12-07): a brewery's wholesale rep's $62,000 was
    spread over its 2,640 taproom guests while its 20 wholesale accounts read "$0 … cost
    nothing"; by hand, 62,000 ÷ 20 = $3,100 an account (BB3: a business-development manager
    named in the source as "BD mgr"). Only where one line pays that role and the sources that
    name it are in one channel (which line, or which channel, the names would not say
    otherwise); not a referral, nor a line that pays a closer too ("BDR + AE", every
    channel's: AZ6 of the fifty-eighth round) or a wholesaler's dispositions. A source no
    channel took makes a channel named as it is."""
    sellers: dict[str, list[ClassifiedActivity]] = {}
    for item in others:
        name = item.activity.name
        if (
            _unplaced_selling(item)
            and (roles := _roles(name))
            and pays_sellers(name)
            and not pays_a_closer_too(name)
            and not _DISPOSITIONS.search(name)
        ):
            for role in roles:
                sellers.setdefault(role, []).append(item)
    if not sellers:  # most profiles
        return
    for role, items in sellers.items():
        if len(items) != 1 or items[0] not in others:
            continue
        # a sales rep, who may close every channel's customers, only where the line and the
        # source say more of the same: what or whom the rep sells ("wholesale"); "Sales reps
        # (salary)" and "sales rep" stay the sales force's (G5 of the forty-ninth round)
        beside = _content(items[0].activity.name) - _ROLE_WORDS if role == "rep" else None

        def names_it(
            source: ClassifiedSource, role: str = role, beside: frozenset[str] | None = beside
        ) -> bool:
            return role in _roles(source.name) and (
                beside is None or not beside.isdisjoint(_content(source.name))
            )

        placed = {
            key
            for key, sources in came.items()
            for source in sources
            if source.classification.kind not in ("referral", "repeat") and names_it(source)
        }
        left = [
            source
            for source in left_sources
            if source.classification.kind != "referral" and names_it(source)
        ]
        if len(placed) + len(left) != 1:
            continue
        item = items[0]
        if placed:
            key = placed.pop()
            others.remove(item)
            lines.setdefault(key, []).append(item)
        else:
            key = _joined(left[0], items, others, left_sources, lines, came, said)
        add(key, f"{item.activity.name!r} pays the role its customers name")


#: Source terms that say the business's own rep went out for the customers (prospecting), not
#: only that a rep closed them ("sales rep"): what a rep's base pay is for
_REPS_WENT_OUT = frozenset(
    {"rep outbound", "outbound rep", "rep prospecting", "rep prospected", "rep cold call"}
)


def _reps_base_pay(
    others: list[ClassifiedActivity],
    lines: dict[str, list[ClassifiedActivity]],
    came: dict[str, list[ClassifiedSource]],
    add: Callable[[str, str], None],
) -> None:
    """The base pay of the rep whose commission the reps' channel took, joined to it where its
    customers say the rep went out for them ("rep outbound", "rep cold calls"): the same role's
    salary beside its commission ("6100 Sales Rep Salary:Base" and "6105 Sales Rep
    Salary:Commission") pays the one rep, and prospecting is what the base pays for. BF2 of the
    sixty-first review round (2026-12-07): a cleaning contractor's 6 "rep outbound / walk-ins"
    contracts were priced on the $21,000 commission alone, $3,500 each, beside the $58,000 base
    left in the blended CAC; by hand, (58,000 + 21,000) ÷ 6 = $13,166.67. Only where one line of
    the channel names the role and every line joined here names that role and nothing more
    (no other trade, market or place); a source that says only "sales rep" leaves a salaried
    rep's pay to the sales force, as G5 of the forty-ninth round has it."""
    if not any(
        f" {phrase} " in f" {' '.join(words(source.name))} "
        for source in came[_SALES_REPS]
        for phrase in _REPS_WENT_OUT
    ):
        return
    vocab = _vocabulary()
    for source in came[_SALES_REPS]:
        # "rep outbound / walk-ins": read by its first part, the one a line pays for; the
        # walk-ins it names too cost nothing, so if some came that way the rep won fewer
        others_named = {
            key
            for part in _LISTED.split(outside_brackets(source.name))[1:]
            if (key := _longest(part, vocab.source_terms)) is not None and key != _SALES_REPS
        }
        if others_named:
            add(_SALES_REPS, f"{source.name!r} {ALSO_NAMED}")
    paid = [item for item in lines[_SALES_REPS] if _roles(item.activity.name)]
    if len(paid) != 1:
        return
    role, rest = _roles(paid[0].activity.name), _content(paid[0].activity.name) - _ROLE_WORDS
    base = [
        item
        for item in others
        if _unplaced_selling(item)
        and _roles(item.activity.name) == role
        and pays_sellers(item.activity.name)
        and not pays_a_closer_too(item.activity.name)
        and _content(item.activity.name) - _ROLE_WORDS <= rest
    ]
    for item in base:
        others.remove(item)
        lines[_SALES_REPS].append(item)
        add(_SALES_REPS, f"{item.activity.name!r} is the same rep's base pay")
    if base:
        lines[_SALES_REPS].sort(key=_position)


#: Words before "sales" that name no service sold: "cost of sales", "net sales"
_NO_SERVICE = frozenset({"of", "net", "gross", "total", "cost", "and", "the", "for", "in"})


@lru_cache(maxsize=4096)  # a batch's profiles share most of their lines' names
def _service_sold(name: str) -> str | None:
    """The service a selling line names its role for, the word before "sales": "catering"
    in "6020 Catering sales manager - base + commission", "banquet" in "Banquet sales"; or
    after "sales and": "catering" in "Sales & catering manager". None for "Sales manager",
    "Catering sales tax" or "Cost of sales" (:func:`_sold_by_role`)."""
    if "sale" not in name.lower():
        return None  # most lines
    said = words(name)
    for index, word in enumerate(said):
        if word != "sale" or (index + 1 < len(said) and said[index + 1] == "tax"):
            continue
        if index > 0 and said[index - 1] not in _NO_SERVICE:
            return said[index - 1]
        if (
            index + 2 < len(said)
            and said[index + 1] == "and"
            and said[index + 2] not in _NO_SERVICE
        ):
            return said[index + 2]
    return None


#: (the same, for the CAC's reading of a restaurant's side lines: core.metrics)
service_sold = _service_sold


def _joined(
    source: ClassifiedSource,
    bought: list[ClassifiedActivity],
    others: list[ClassifiedActivity],
    left_sources: list[ClassifiedSource],
    lines: dict[str, list[ClassifiedActivity]],
    came: dict[str, list[ClassifiedSource]],
    said: dict[str, str],
) -> str:
    """Lines that buy a source's customers joined to that source's channel, named as the
    source is (``said``): lines and source leave ``others`` and ``left_sources``. The channel's
    key (:func:`_sold_through`, :func:`_bought_from`)."""
    key = source.name.strip().lower()
    said.setdefault(key, " ".join(source.name.split()))
    for item in bought:
        others.remove(item)
    lines.setdefault(key, []).extend(bought)
    came.setdefault(key, []).append(source)
    left_sources.remove(source)
    return key


def _paying(others: list[ClassifiedActivity]) -> list[tuple[ClassifiedActivity, frozenset[str]]]:
    """The lines no channel took whose words pay for referrals (:func:`_buys_referrals`), with
    their content words: asked once a profile."""
    return [
        (item, _content(item.activity.name))
        for item in others
        if item.activity.spend > 0
        and item.activity.channel is None
        and item.classification.category in _NOT_ACQUIRING
        and _buys_referrals(item.activity.name)
    ]


def _bought_from(
    paying: list[tuple[ClassifiedActivity, frozenset[str]]],
    others: list[ClassifiedActivity],
    left_sources: list[ClassifiedSource],
    lines: dict[str, list[ClassifiedActivity]],
    came: dict[str, list[ClassifiedSource]],
    add: Callable[[str, str], None],
    said: dict[str, str],
) -> None:
    """Lines read as cost of sales, overhead or selling that pay for referrals (what BA114
    reads: a payment per tow, per trip or per referral to those who send the work, a gift to
    referrers, a tow company's payments to property managers), each naming in its words all
    those of a source no channel took: that source's channel, whose customers they buy.

    AM4 of the fifty-first round's re-review (2026-12-06): "$25 per tow paid to apartment
    complex managers" ($36,000, read as cost of sales 'per tow') stood beside "apartment
    complexes $0 1,400 —" in the channel table, 45% of the customers shown free, and BA113
    asked what kind of channel "apartment complexes" is; by hand, 36,000 ÷ 1,400 = $25.71 a
    tow. Whatever its words made the line, it buys those customers; so does "$20 per Medicaid
    trip paid to nursing home staff who book us" the referrals "nursing home staff" sent
    (nemt-edge: they had read free word of mouth). Lines and sources taken here leave
    ``others`` and ``left_sources``; the channel is named as the source is."""
    for source in list(left_sources):
        named = _content(source.name)
        # a referral source by two words or more ("nursing home staff" beside "$20 per
        # Medicaid trip paid to nursing home staff"), as _pair_by_words joins one
        if len(named) < (2 if source.classification.kind == "referral" else 1):
            continue
        bought = [pair for pair in paying if named <= pair[1]]
        if not bought:
            continue
        for pair in bought:
            paying.remove(pair)
        key = _joined(source, [item for item, _ in bought], others, left_sources, lines, came, said)
        add(key, f"the line pays for the customers {source.name!r} sends")
        if not paying:
            return


#: The categories of a line that does not acquire by its reading, but may pay for referrals
_NOT_ACQUIRING = frozenset({"cost-of-sales", "operations", "sales", "marketing"})

#: A payment per unit of work to someone: "$25 per tow paid to apartment complex managers",
#: "$20 per Medicaid trip paid to nursing home staff" (AM4 of the fifty-first round's
#: re-review; BA114 reads them by the trade's law)
_PAID_PER = LazyPattern(
    r"\bper\s+[\w-]+(?:\s+[\w-]+){0,2}?\s+(?:paid\s+|given\s+)?to\b", re.IGNORECASE
)


def _buys_referrals(name: str) -> bool:
    """Whether a line's words say it pays or gives those who send customers something for
    them (cheap tests first: most names hold neither 'per' nor a referrer)."""
    lowered = name.lower()
    if " per " in lowered and " to " in lowered and _PAID_PER.search(name):
        return True
    return (
        pays_for_referring(name)  # (gated by its own cues)
        or (any(cue in lowered for cue in _GIFT_CUES) and gives_to_referrers(name))
        or (("manag" in lowered or "owner" in lowered) and pays_property_owners(name))
    )


#: What a gift's name holds (core.classify's _GIFT), a test before its pattern
_GIFT_CUES = (
    "gift", "thank", "basket", "hamper", "appreciation", "lunch", "sample", "seminar",
    "workshop", "breakfast", "dinner", "card",
)  # fmt: skip


def _pair_by_words(
    left_lines: list[ClassifiedActivity],
    left_sources: list[ClassifiedSource],
    lines: dict[str, list[ClassifiedActivity]],
    came: dict[str, list[ClassifiedSource]],
    add: Callable[[str, str], None],
    referred: list[ClassifiedSource] = _NO_SOURCES,
) -> None:
    """Lines and sources nothing joined: one channel where their names share their words
    ("Podcast sponsorship" and "podcast"), else each a channel of its own. A source read as
    a referral joins a line that names it in two words or more ("High school athletic trainer
    contract" and "high school athletic trainer": a CFO's re-review saw a clinic's outreach
    filed as free word of mouth), else the referrals channel."""
    # Each source's words once (not once for every line), and how many a line must share
    # with it: one for a source nothing read, two for one read as a referral.
    groups = (
        (left_sources, [_content(s.name) for s in left_sources], set[int](), 1),
        (referred, [_content(s.name) for s in referred], set[int](), 2),
    )
    # a source read as organic came on its own: it joins a line by two words they share only
    # where the line names all that read it so ("Styled shoot feature" and "Styled Shoots",
    # the shoot that won the feature), or by two words besides: "Day pass convert", members
    # who bought a day pass, had joined "Promotional - Free Day Passes" by 'day, pass' (F13 of
    # the thirty-fourth review round: the free passes' customers counted 215 for 25)
    reading = {
        index: _content(source.classification.term or "")
        for index, source in enumerate(left_sources)
        if source.classification.kind == "organic"
    }
    # (a liaison's gifts or meals for those who refer last, once the liaison's own line has
    # taken its customers: AZ4 of the fifty-eighth round; most profiles name no liaison)
    if any("liaison" in item.activity.name.lower() for item in left_lines):
        left_lines = sorted(left_lines, key=_a_liaisons_gift)
    # a referral named by one word that says who refers ("breeder", "shelter"), not by a
    # person who sent them: it joins a line that names them (AZ9 of the fifty-eighth round's
    # review, 2026-12-07: a vet's "Breeder puppy pack - 1st exam free cert" stood apart with no
    # customers, its 120 "breeder" clients counted as unfunded referrals)
    referrers_alone = {
        index
        for index, theirs in enumerate(groups[1][1])
        if len(theirs) == 1 and not _A_PERSON_SENT_THEM.search(referred[index].name)
    }
    for item in left_lines:
        mine = _content(item.activity.name)
        key = item.activity.name.strip().lower()
        # those who award work for someone else are no referrers (C4 of the re-review: "Gift
        # cards - customer's purchasing manager" had joined the referrals); a vet or a doctor
        # paid per referral is one, whatever rule warns about it
        to_referrers = gives_to_referrers(item.activity.name) and not gives_deciders(
            item.activity.name, licensed=True
        )
        if to_referrers and "liaison" in mine and (liaison := _liaisons_channel(lines, came)):
            # a liaison's meals or gifts for those who refer, with the liaison's mileage, go to
            # the channel of the liaison who takes them ("Liaison mileage & lunches for case
            # managers" beside "Hospital discharge liaison - salary", which its 46 hospital
            # referrals joined): AZ4 of the fifty-eighth review round, 2026-12-07, had filed
            # them under overhead, out of that channel's CAC, while BA114 warned about them
            lines[liaison].append(item)
            add(liaison, "a liaison's gifts or meals for those who refer, with the liaison")
            continue
        if (
            # ...and so is one a line says refers or sends customers, in whatever words:
            # "Gift cards for teachers referring students" buys referrals as "... who refer
            # students" does (O11 of the forty-third round's re-review, 2026-12-06)
            to_referrers or pays_for_referring(item.activity.name)
        ) and not any(len(mine & theirs) >= 2 for theirs in groups[1][1]):
            # "Chiropractor Lunches & Gift Baskets" buys the referrals BA114 warns about, as
            # "Referral partner gifts" does (AK4 of the twenty-second round's last check: it
            # was a channel of its own, and the chiropractor's cases free referrals); a
            # referral source it names in two words joins it below
            lines.setdefault(REFERRALS, []).append(item)
            add(REFERRALS, "a gift to those who send customers")
            continue
        lines.setdefault(key, []).append(item)
        for sources, words_of, joined, least in groups:
            for index, theirs in enumerate(words_of):
                shared = mine & theirs
                if (
                    index not in joined
                    and (
                        len(shared) >= least
                        or (
                            least > 1
                            and index in referrers_alone
                            and theirs <= mine
                            # (not a gift to those who send or award work: the referral
                            # channel of those it names takes it, as round 56 joined them)
                            and not gives_to_referrers(item.activity.name)
                        )
                    )
                    and (
                        theirs <= mine
                        or mine <= theirs
                        or (
                            len(shared) >= _WORDS_IN_COMMON
                            and (
                                least > 1
                                or index not in reading
                                or reading[index] <= mine
                                or len(shared - reading[index]) >= _WORDS_IN_COMMON
                            )
                        )
                    )
                ):
                    joined.add(index)
                    came.setdefault(key, []).append(sources[index])
                    add(key, f"the names share {', '.join(sorted(shared))!r}")
    paired, taken = groups[0][2], groups[1][2]
    for index, source in enumerate(left_sources):
        if index not in paired:
            key = source.name.strip().lower()
            came.setdefault(key, []).append(source)
    for index, source in enumerate(referred):
        if index not in taken:
            came.setdefault(REFERRALS, []).append(source)
            add(REFERRALS, "read as a referral")


def _a_liaisons_gift(item: ClassifiedActivity) -> bool:
    """Whether a line gives those who refer something through a liaison (its name says
    both): read after the other lines, so that the liaison's channel is there to take it."""
    name = item.activity.name
    return "liaison" in name.lower() and gives_to_referrers(name)


def _liaisons_channel(
    lines: dict[str, list[ClassifiedActivity]], came: dict[str, list[ClassifiedSource]]
) -> str | None:
    """The one channel (not the referrals') holding a line that pays a liaison and that some
    customers joined by its words: where a liaison's gifts or meals for those who refer go
    (AZ4 of the fifty-eighth round). None where there is no such line or several channels
    hold one: which liaison took them, the names would not say."""
    found = {
        key
        for key, items in lines.items()
        if key != REFERRALS and came.get(key)
        for item in items
        if "liaison" in _content(item.activity.name) and not gives_to_referrers(item.activity.name)
    }
    return next(iter(found)) if len(found) == 1 else None


#: Words a line and a source must share to be one channel when neither name holds the
#: other's: "Styled shoots (models, florals)" and "Styled shoot feature (Junebug)".
_WORDS_IN_COMMON = 2
#: How a referral source that names the promoters a line pays joined that line's channel
#: (``Channel.joined_by``, after the source's name): core.metrics then reads the source as
#: paid, not word of mouth (part i of the sixty-second round)
PROMOTERS_PAID = "names those the line pays for referring"
#: A line that pays promoters or solicitors, as the SEC's Marketing Rule calls those an
#: adviser pays for referring clients: its name says whom it pays ("CPA solicitor fees")
_PAID_PROMOTERS = LazyPattern(
    r"\b(?:solicitors?|promoters?)'?\s*(?:fees?|payments?|payouts?|agreements?|comp\w*)\b"
    r"|\b(?:fees?|payments?|payouts?)\s+(?:to|for)\s+(?:\w+\s+)?(?:solicitors?|promoters?)\b",
    re.IGNORECASE,
)
#: The words a referral source says it was referred with, beside who referred it
_REFERRAL_WORDS = frozenset({"referral", "referred", "refer", "referer", "referrer"})


def _cultivating_promoters(
    key: str, named: frozenset[str], lines: dict[str, list[ClassifiedActivity]]
) -> None:
    """Move to the promoters' channel ``key`` the acquisition lines of other channels that hold
    a meal or a seminar for those it names ("CPA lunch & CE seminars" beside "CPA solicitor
    fees", joined by 'seminar' to the adviser's own seminars: BH15 of the sixty-second round,
    2026-12-07): what they cost is what the promoters' referrals cost."""
    for other in list(lines):
        if other == key:
            continue
        moved = [
            item
            for item in lines[other]
            if any(cue in item.activity.name.lower() for cue in _GIFT_CUES)
            and named <= _content(item.activity.name)
        ]
        if not moved:
            continue
        lines[other] = [item for item in lines[other] if item not in moved]
        if not lines[other]:
            del lines[other]
        lines[key].extend(moved)


def _promoter_named(
    source: ClassifiedSource, lines: Sequence[ClassifiedActivity]
) -> ClassifiedActivity | None:
    """The line, among those no channel took, that pays promoters or solicitors and names who
    referred ``source`` (its every word besides the referral word: "cpa" of "cpa referral"),
    where exactly one does; else None (BH7 of the sixty-second round, 2026-12-07)."""
    named = _content(source.name) - _REFERRAL_WORDS
    if not named:
        return None
    found = [
        item
        for item in lines
        if ("olicit" in (lowered := item.activity.name.lower()) or "promoter" in lowered)
        and _PAID_PROMOTERS.search(item.activity.name) is not None
        and named <= _content(item.activity.name)
    ]
    return found[0] if len(found) == 1 else None


def _reunite(
    vocab: _Vocabulary,
    lines: dict[str, list[ClassifiedActivity]],
    came: dict[str, list[ClassifiedSource]],
    add: Callable[[str, str], None],
    fees: Container[str] = (),
) -> set[str]:
    """Customers no spend reached and spend that reached no customers, where the names say
    they are one channel: the source's words all in a line's ("Home & Garden Show" and "6015
    Home & Garden Show Booth") or two words shared ("School events" and "School Events & PTA
    Sponsorships"). The vocabulary had put them in two channels, and the report
    said both that the show's customers looked free and that its booth brought none (a CFO's
    review, 2026-12-02). Referrals and organic sources stay: they need no spend.

    A line the vocabulary put among referrals ("Lunch & Learn Seminars", which a dentist holds
    for referring offices) goes the other way, to the paid source that names it: an IT
    firm's "lunch and learn" customer had read free (BA207) beside $5,200 of seminars filed
    under referrals (a CFO's review, 2026-12-02)."""
    # customers no spend reached, but those who need none (most profiles have none)
    keys = [
        key
        for key in came
        if key not in lines
        and key != REFERRALS
        and vocab.kind(key) not in ("organic", "referral")
        # a marketplace whose commissions are listed: its customers cost those (Q1 of the
        # thirty-third round's second re-review: "Booking.com" guests went to "Booking.com
        # Sponsored Ads" by its words, €7.91 each, and the OTA's commissions fell out)
        and key not in fees
    ]
    named_by_line: set[str] = set()  # returned: channels a source joined by a line's words
    if not keys:
        return named_by_line
    spent = {
        key: _content_of(items)
        for key, items in lines.items()
        if key not in came and key != REFERRALS
    }
    # a channel that has customers of its own takes a source only where all its words (two or
    # more) are a line's: "LSM - school spirit night" came by "Local store marketing (LSM) -
    # flyers, FB boosts, school spirit nights", which Meta's channel took by "FB boosts" (M10
    # of the twenty-seventh round, 2026-12-05: those 160 sign-ups "looked free", the line's
    # $18,600 priced on Meta's 100); read when a source needs it
    served: dict[str, list[frozenset[str]]] | None = None
    cultivating = [
        item for item in lines.get(REFERRALS, ()) if item.activity.channel is None
    ]  # placed by the vocabulary, not by the owner's `channel:`
    for key in keys:
        # A source the vocabulary joined to a paid channel (a seminar's events) goes to the
        # line that names it, even where its own words read organic ("Pre-planning seminar"
        # beside "Pre-planning Seminar Lunches": a CFO's re-review, 2026-12-03)
        paid = vocab.kind(key) == "paid"
        for source in list(came[key]):
            if source.classification.kind == "referral":
                continue
            theirs = _content(source.name)
            if source.classification.kind == "organic" and not paid:
                # ...and a site an owner may list on for free, read as organic by its name where
                # no channel of the vocabulary is that site's, joins the one line that names it
                # and the word that read it: what that listing costs ("Winnie" beside "6110
                # Winnie & Care.com listings", $1,200: BB2 of the fifty-ninth review round,
                # 2026-12-07, had shown "Winnie $0 5 $0" beside the listings' "$1,200 0 —")
                if key not in vocab.names and (target := _listed_on(source, theirs, spent)):
                    came[key].remove(source)
                    came.setdefault(target, []).append(source)
                    add(target, f"{source.name!r} is named by its line")
                    named_by_line.add(target)
                continue
            # ...of one channel only: where the lines of two name it, which won them is not
            # known, and BA207 names both (BBQ6 of the fifty-ninth round's coach review,
            # 2026-12-07, where the dojo's school demos' line had lost 'school')
            named = [target for target, mine in spent.items() if _same_channel(theirs, mine)]
            if len(named) == 1:
                target = named[0]
                came[key].remove(source)
                came.setdefault(target, []).append(source)
                add(target, f"the names share {', '.join(sorted(theirs & spent[target]))!r}")
                if (
                    key in vocab.names
                    and target in vocab.names
                    and not theirs <= _content(vocab.names[target][0])
                ):
                    # the vocabulary read the customers as another of its channels than the
                    # line, whose label does not name them: the channel is the line's, as the
                    # owner wrote it, where it holds that line alone (the sixty-first round,
                    # part p, 2026-12-07: the dojo's "school demo" members, read as events,
                    # under "School PE demos & after-school flyers" had read "Print
                    # (newspaper, magazine, flyers)", the kind its word 'flyers' gave the
                    # line). A source no term read ("restaurant show") has only the line's
                    # label to say its kind ("Events, trade shows and webinars"), and a label
                    # that names the source stays ("zillow" under "Zillow Flex (a referral fee
                    # at closing)")
                    named_by_line.add(target)
            elif not named:
                if served is None:
                    served = {
                        taker: [_content(item.activity.name) for item in items]
                        for taker, items in lines.items()
                        if taker in came and taker != REFERRALS
                    }
                # all its words, two or more; or its one word where nothing read it, a name of
                # its own ("LocWorld" beside "LocWorld booth + travel": F14 of the thirty-first
                # round, 2026-12-05, a show's customers left apart from its booth)
                named_only = len(theirs) == 1 and source.classification.term is None
                whose = {
                    target
                    for target, names in served.items()
                    for mine in names
                    if (len(theirs) >= 2 or named_only) and theirs <= mine
                }
                if len(whose) == 1:  # one channel's line names it all
                    target = whose.pop()
                    came[key].remove(source)
                    came[target].append(source)
                    add(target, f"{source.name!r} is named by its line")
                    named_by_line.add(target)
                    continue
                for item in cultivating:
                    if _same_channel(theirs, mine := _content(item.activity.name)):
                        cultivating.remove(item)
                        lines[REFERRALS].remove(item)
                        lines.setdefault(key, []).append(item)
                        add(key, f"the names share {', '.join(sorted(theirs & mine))!r}")
                        break
        if not came[key]:
            del came[key]
    if REFERRALS in lines and not lines[REFERRALS]:
        del lines[REFERRALS]
    return named_by_line


def _listed_on(
    source: ClassifiedSource, theirs: frozenset[str], spent: dict[str, frozenset[str]]
) -> str | None:
    """The one channel of ``spent`` (lines no customer reached, by their words) whose lines
    hold all of an organic source's words and the term that read it organic: the site it
    names, paid for there ("Winnie" in "6110 Winnie & Care.com listings"). None where no
    line or several do, or the source was read by no term of its own: "Winnie reviews" or
    "Care.com" beside "Winnie listing" names no line's site in full."""
    term = _content(source.classification.term or "")
    if not theirs or not term or not term <= theirs:
        return None
    found = [target for target, mine in spent.items() if theirs <= mine]
    return found[0] if len(found) == 1 else None


#: A referral a person made, named with where they are from: "Friend from First Baptist Church",
#: "Neighbor referral - Oak Hills" (R7 of the thirty-first round's re-review: joined to the
#: church bulletin's and the HOA newsletter's ads by the place's words, they were priced as
#: bought there)
_A_PERSON_SENT_THEM = LazyPattern(
    r"\b(?:referr\w*|friends?|neighbou?rs?|co-?workers?|colleagues?|family|relatives?|sisters?"
    r"|brothers?|moms?|dads?|wife|husband|cousins?|said|told|recommended)\b",
    re.IGNORECASE,
)


def _referred_by_a_line(
    vocab: _Vocabulary,
    lines: dict[str, list[ClassifiedActivity]],
    came: dict[str, list[ClassifiedSource]],
    add: Callable[[str, str], None],
) -> None:
    """Referrals whose source names, in two words or more, a line that reached no customer
    ("Humane Society event" and "Adoption event sponsorship - Larimer Humane Society", "BOMA/IFMA
    networking" and "BOMA + IFMA chapter dues & events"): the customers that line's event or
    membership brought, still counted as referrals, now priced with what they cost (F7 of the
    thirtieth round, 2026-12-05: BA206 had said the sponsorship and the dues brought no one,
    while their customers read free). Most profiles have none."""
    # lines no customer reached, first: most profiles have none, and nothing more is read
    if all(key in came or key == REFERRALS for key in lines):
        return
    # the referrals that may name one: in the referrals' channels, or in a channel no spend
    # reached (a source's "event" had put "Humane Society event" among events), of two words
    # or more, and no person's referral ("Friend from First Baptist Church": R7 of the
    # thirty-first round's re-review)
    candidates = [
        (key, source, theirs)
        for key, sources in came.items()
        if key == REFERRALS or key not in lines or vocab.kind(key) == "referral"
        for source in sources
        if source.classification.kind == "referral"
        and len(theirs := _content(source.name)) >= 2
        and not _A_PERSON_SENT_THEM.search(source.name)
    ]
    if not candidates:
        return
    spent = {
        key: [_content(item.activity.name) for item in items]
        for key, items in lines.items()
        if key not in came and key != REFERRALS and any(acquires(item) for item in items)
    }
    for key, source, theirs in candidates:
        for target, names in spent.items():
            shared = next((theirs & mine for mine in names if len(theirs & mine) >= 2), None)
            if shared:
                came[key].remove(source)
                came.setdefault(target, []).append(source)
                add(target, f"the names share {', '.join(sorted(shared))!r}")
                if not came[key]:
                    del came[key]
                break


def _same_channel(theirs: frozenset[str], mine: frozenset[str]) -> bool:
    """Whether a source's words and a line's say one channel: all the source's, or two."""
    shared = theirs & mine
    return bool(shared) and (theirs <= mine or len(shared) >= _WORDS_IN_COMMON)


def _together(
    lines: dict[str, list[ClassifiedActivity]],
    came: dict[str, list[ClassifiedSource]],
    how: dict[str, set[str]],
    shown: Callable[[str], str],
) -> dict[str, list[tuple[str, str]]]:
    """Channels that one source names together, judged as one: customers who said only
    "Google" where the business pays for both Google Ads and an SEO retainer, or "Google and
    Yelp" beside Yelp ads. Nothing tells which of them brought those customers, so the
    channels' spend and customers are added up together, and none of them is called free or
    wasted (a CFO's review, 2026-12-02: an SEO retainer had read $109.09 a customer, and
    Google Ads $24,000 with no customers, on the one answer "Google").

    A channel with spend and no customers of its own joins the channel of a source whose
    every word (fillers left out) names a platform of the channels it joins (the words of
    their labels and lines), where that channel has spend too. "Google reviews" names more
    than a platform, and joins nothing; nor does a source of a channel nothing is spent on
    ("Google search" beside Google Ads alone stays organic, and BA206 asks). Referrals and
    returning customers never do. Returns each kept key's group, as (key, name)
    in order, for the channel's name; ``lines``, ``came`` and ``how`` are merged in place."""
    idle = {
        key: frozenset(words(shown(key))).union(*(words(item.activity.name) for item in items))
        for key, items in lines.items()
        if key not in came and key != REFERRALS
    }
    labelled = {key: frozenset(words(shown(key))) for key in idle}
    groups: dict[str, list[tuple[str, str]]] = {}
    joined: dict[str, frozenset[str]] = {}  # the platforms a group took in
    named_by: dict[str, list[str]] = {}  # the sources that named a group's channels
    if not idle:
        return groups
    for key in [key for key in came if key in lines and key != REFERRALS]:
        for source in came[key]:
            if not idle:
                break
            if source.classification.kind in ("referral", "repeat"):
                continue
            theirs = _content(source.name)
            # by a word of the channel's name, not only of its lines: "free discovery visit"
            # does not name "Facebook ads - $99 3-visit intro package" (the sixteenth round's
            # re-review had them judged together by the word 'visit')
            # not by a word of a phrase that read it: "sign call" is a call from a sign, and
            # names no outbound calling (AI4 of the twenty-second round: a team's ISA joined it)
            term = frozenset(words(source.classification.term or ""))
            phrase = term if len(term) > 1 else _NONE
            named = [
                target
                for target in idle
                if (shared := theirs & labelled[target]) and not shared <= phrase
            ]
            if named and term:
                # a product its own term named, by the maker its own lines name too: "google
                # LSA" beside "Google LSA" names Local Services Ads, not Google's other ads (F16
                # of the thirty-second round: a pest company's PPC was judged with them)
                own = frozenset(words(shown(key))).union(
                    *(words(item.activity.name) for item in lines[key])
                )
                named = [
                    target
                    for target in named
                    if (shared := theirs & labelled[target]) & term or not shared <= own
                ]
            if not named:
                continue
            # What placed the source in its channel ("google", read as organic search) and
            # the platforms of the channels it may have come through: nothing else.
            placed = term | joined.get(key, _NONE)
            if not theirs <= placed.union(*(idle[target] for target in named)):
                continue
            group = groups.setdefault(key, [(key, shown(key))])
            for target in named:
                group.append((target, shown(target)))
                lines[key] = sorted([*lines.get(key, ()), *lines.pop(target)], key=_position)
                how.setdefault(key, set()).update(how.pop(target, ()))
                joined[key] = joined.get(key, _NONE) | idle.pop(target)
            named_by.setdefault(key, []).append(repr(source.name))
    for key, names in named_by.items():
        said = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
        how[key].add(f"{said} {TOGETHER}")
    return groups


def _named_together(
    vocab: _Vocabulary,
    lines: dict[str, list[ClassifiedActivity]],
    came: dict[str, list[ClassifiedSource]],
    how: dict[str, set[str]],
    shown: Callable[[str], str],
    groups: dict[str, list[tuple[str, str]]],
) -> None:
    """Channels that one line names together, judged as one: "HomeAdvisor / Angi leads" or
    "Google Ads + Meta ads (Invisalign Teen promo)" pays for both, and nothing tells how much
    of it each had. A paid channel with customers joins the paid channel of a line that lists
    it among others, with its own lines if it has any (G8 of the twenty-fifth round,
    2026-12-04: the Angi line read $3,428.57 a customer, dearer than one is worth, and
    HomeAdvisor's 38 customers "look free"; $48,000 bought the 52 of both). ``lines``,
    ``came``, ``how`` and ``groups`` are merged in place."""
    # paid channels only: a line's platform may have an organic side too ("LinkedIn Premium"
    # pays for outreach, not for the organic posts an Instagram client saw). A channel with a
    # line of its own joins too: "Google Ads + Meta ads" beside "Meta ads - retargeting" paid
    # for Meta's customers as well (H3 of the round's re-review: Google read $1,000 a customer,
    # Meta $150, and `plan` moved $6,000 between them)
    for key in list(lines):
        # (a channel of a line's own name too: "Marketing - FB/Google lead gen", which the
        # Google customers joined by its words, pays for the Facebook ones as well)
        if key not in lines or key not in came or vocab.kind(key) not in ("paid", None):
            continue
        for item in list(lines[key]):
            said = _channels_named(item.activity.name)
            if len(said) < 2:  # most lines name one channel
                continue
            named = [
                other
                for other in said
                if other != key and other in came and vocab.kind(other) == "paid"
            ]
            both = f"{item.activity.name!r} names them both, so they are judged together"
            for other in named:
                _judge_with(key, other, lines, came, how, shown, groups, both)


def _platform_alone(
    vocab: _Vocabulary,
    lines: dict[str, list[ClassifiedActivity]],
    came: dict[str, list[ClassifiedSource]],
    how: dict[str, set[str]],
    shown: Callable[[str], str],
    groups: dict[str, list[tuple[str, str]]],
) -> None:
    """Channels that a line names only by their platform, judged as one: "6400
    Advertising:Google" pays for Google Ads or Local Services Ads or both, and nothing tells
    how much of it each had. A paid channel with customers and no line of its own joins the
    paid channel of a line whose only words, besides the account's ("advertising", "ads",
    numbers), are a platform both their labels name (F9 of the thirty-sixth review round,
    2026-12-05: a pest company's $114,000 read $456 a Google Ads customer and its 300 Local
    Services customers "look free", where $114,000 bought the 550 of both, $207 each).
    ``lines``, ``came``, ``how`` and ``groups`` are merged in place."""
    alone = [o for o in came if o not in lines and vocab.kind(o) == "paid"]
    if not alone:  # most profiles: what has customers and no line is organic or a referral
        return
    for key in list(lines):
        # (a line's channel may have no customers of its own: "Advertising:Google" beside only
        # Local Services' customers, R5 of the round's re-review)
        if key not in lines or vocab.kind(key) != "paid":
            continue
        platform = next(
            (p for item in lines[key] if (p := _only_platform(item.activity.name)) is not None),
            None,
        )
        if platform is None or platform not in words(shown(key)):
            continue
        for other in [o for o in alone if o in came and o != key]:
            if platform in words(shown(other)):
                said = f"{ONLY_PLATFORM} ({platform.title()}), so they are judged together"
                _judge_with(key, other, lines, came, how, shown, groups, said)


def _judge_with(
    key: str,
    other: str,
    lines: dict[str, list[ClassifiedActivity]],
    came: dict[str, list[ClassifiedSource]],
    how: dict[str, set[str]],
    shown: Callable[[str], str],
    groups: dict[str, list[tuple[str, str]]],
    said: str,
) -> None:
    """Channel ``other`` judged with ``key``, as one row: its customers, its lines and how it
    was joined go to ``key``'s, and ``said`` says why."""
    groups.setdefault(key, [(key, shown(key))]).append((other, shown(other)))
    came[key] = [*came.get(key, []), *came.pop(other)]
    if other in lines:
        lines[key] = sorted([*lines.get(key, []), *lines.pop(other)], key=_position)
    how.setdefault(key, set()).update(how.pop(other, ()))
    how[key].add(said)


#: The words of an account's name around a platform's: "6400 Advertising:Google" (not "ads":
#: "Google Ads" names its channel)
_ACCOUNT_WORDS = frozenset(
    "advertising advertisement advertise marketing mktg promotion promo spend paid online "
    "digital expense exp".split()
)


@lru_cache(maxsize=4096)  # a batch's profiles share most of their lines' names
def _only_platform(name: str) -> str | None:
    """The one word of a line's name that is left besides an account's words and numbers,
    where it is a platform of several paid channels ("Google"); None otherwise."""
    left = [w for w in words(name) if w not in _ACCOUNT_WORDS and not w[:1].isdigit()]
    if len(left) != 1:
        return None
    return left[0] if len(_paid_channels_of_platform().get(left[0], ())) > 1 else None


@lru_cache(maxsize=4096)  # a batch's profiles share most of their lines' names
def _channels_named(name: str) -> frozenset[str]:
    """The channels a name lists, one to each of its parts ("HomeAdvisor / Angi leads",
    "Google Ads + Meta ads"): a part is what a slash, a plus, an ampersand, a comma or "and"
    sets apart, so "6100 Advertising:Google LSA" names one channel, not Google Ads too."""
    parts = _LISTED.split(outside_brackets(name))
    if len(parts) < 2:
        return frozenset()
    vocab = _vocabulary()
    # a part with no line's term may still name a paid platform as its customers do, or by
    # the platform alone, where one paid channel is that platform's: "Lead purchases -
    # EnergySage/Modernize", "Marketing - FB/Google lead gen" (F10 of the thirty-second round:
    # Modernize's and Facebook's customers had "looked free")
    return frozenset(
        key
        for part in parts
        if (
            key := _longest(part, vocab.activity_terms)
            or _paid_platform(part)
            or _longest(part, vocab.source_terms, "paid")
        )
        is not None
    )


def _paid_platform(part: str) -> str | None:
    """The one paid channel a part of a line's name names by its platform ("FB" for the Meta
    ads channel), if one; "Google" names three (Ads, Local Services, hotel metasearch)."""
    found = {
        key
        for word in words(part)
        for key in _paid_channels_of_platform().get(_PLATFORM_SHORT.get(word, word), ())
    }
    return found.pop() if len(found) == 1 else None


#: Words of the paid channels' labels that name no platform: "ads" is in most of them, and a
#: line that said it had named every paid channel, so none ("6020 Facebook new-patient special
#: ads", $12,000, and its 40 "facebook ads" patients sat in "Social media (organic)": AW10 of
#: the fifty-fifth review round, 2026-12-07)
_NO_PLATFORM = frozenset({"ad", "advertising", "and", "paid"})


@cache
def _paid_channels_of_platform() -> dict[str, tuple[str, ...]]:
    """Each platform word of a paid channel's label → the paid channels whose label holds it."""
    vocab = _vocabulary()
    found: dict[str, list[str]] = {}
    for key, (label, kind) in vocab.names.items():
        if kind == "paid":
            for word in _platform_words(label, ()) - _NO_PLATFORM:
                found.setdefault(word, []).append(key)
    return {word: tuple(keys) for word, keys in found.items()}


#: What sets apart the channels a line lists
_LISTED = LazyPattern(r"\s*(?:/|\+|&|,|\band\b)\s*", re.IGNORECASE)
#: How brackets list the marketplaces a commission account is for: as a name does, or with a
#: semicolon or the German, Dutch or French "and" ("4760 Verkaufsprovisionen (Amazon und
#: Otto)"); only marketplaces are looked for among the parts.
_LISTED_INSIDE = LazyPattern(r"\s*(?:/|\+|&|,|;|\b(?:and|und|en|et)\b)\s*", re.IGNORECASE)


#: How channels joined by a line that names only their platform say so (the report adds
#: how to tell them apart)
ONLY_PLATFORM = "a line names only their platform"
#: How a channel judged with others says so (the report adds how to tell them apart).
TOGETHER = "could mean any of them, so they are judged together"
#: How a funeral home's channel whose sources name pre-need contracts says so: the CAC prices
#: them apart with what sold them (core.metrics._preneed_apart), and the report adds why its
#: LTV ÷ CAC is not given (BE1 of the sixtieth round's re-review, 2026-12-07)
PRENEED_SOLD = "its sources name pre-need contracts, calls of later years"
#: ...and how the report's ``joined_by`` adds the price the CAC's basis sets on a contract,
#: the selling that sold them included (explain.report; BG2 of round 61b, 2026-12-07)
PRICED_APART = "priced apart: "
#: What a channel's line that pays a share of its clients' fees for as long as they stay does
#: (BI6 of the sixty-second round's re-review): where its spend is the first year's share on
#: the clients it brought this year, ``Channel.left_out`` says so (no longer a note here: the
#: client report said it twice, BI4 of the round's second re-review); the words of the note
#: that it is counted whole (:data:`FEE_SHARE_WHOLE`) begin with it
FEE_SHARE_SPLIT = "its line pays a share of its clients' fees for as long as they stay"
#: ...or, where the profile does not give what splits it, that its CAC counts all of it
FEE_SHARE_WHOLE = "its trail on its clients' fees is counted whole"
#: ...or a source that names another way in beside the rep's own work (part s of round 61)
ALSO_NAMED = "names another way they came besides the rep's work"
#: How a paid channel says it took sources that name only its platform (the report adds that
#: its CAC is then a floor).
PLATFORM = "the platform's name"
#: Platforms as owners shorten them in a line's name ("LI Premium"), for a source that
#: names the platform in full
_PLATFORM_SHORT = {"li": "linkedin", "fb": "facebook", "ig": "instagram", "yt": "youtube"}
#: Words around a platform's name in what a customer said ("found you on Google")
_SAID_AROUND = frozenset("you your us me i we on via through from found saw online there".split())
#: A source that names a platform as a verb ("Googled you"): the platform
_PLATFORM_VERBS = {"googled": "google", "googling": "google", "yelped": "yelp"}
#: What an outbound channel joined by a platform's name says is paid for there.
OUTREACH = "outreach on it is"


def _position(item: ClassifiedActivity) -> int:
    return item.position


def line_named_by(sources: Sequence[str], lines: Sequence[str]) -> str | None:
    """The first of ``lines`` whose words hold every word of one of ``sources`` (fillers left
    out), or two of them: "Beer festival fees" for "beer festival". A line is read only where
    it holds the start of one of their words as letters: most sources have no such line, and
    reading every name as the channels do had cost a batch about 0.6%."""
    stems = {
        word[:5]
        for name in sources
        for word in name.lower().split()
        if len(word) > 3 and word not in _FILLER
    }
    candidates = [
        line for line, lowered in ((line, line.lower()) for line in lines)
        if any(stem in lowered for stem in stems)
    ]  # fmt: skip
    if not candidates:
        return None
    wanted = [theirs for name in sources if (theirs := _content(name))]
    for line in candidates:
        mine = _content(line)
        if any(theirs <= mine or len(theirs & mine) >= _WORDS_IN_COMMON for theirs in wanted):
            return line
    return None


def _content_of(items: Sequence[ClassifiedActivity]) -> frozenset[str]:
    return frozenset().union(*(_content(item.activity.name) for item in items))


def _platforms(
    vocab: _Vocabulary,
    lines: dict[str, list[ClassifiedActivity]],
    came: dict[str, list[ClassifiedSource]],
    add: Callable[[str, str], None],
) -> tuple[dict[str, list[ClassifiedSource]], set[str]]:
    """Customers who name only a platform ("facebook", "linkedin", "nextdoor"), read as
    organic, where the business pays for ads on that platform and no customer is attributed
    to them: the ads are what they saw. Their sources join the paid channel, and it says so;
    returned by the paid channel's key, with the keys of the channels that took them by a
    platform only their lines name (not their label): those go by their line's name."""
    joined: dict[str, list[ClassifiedSource]] = {}
    by_its_lines: set[str] = set()
    for paid, spent in lines.items():
        kind = vocab.kind(paid)
        if paid in came or kind not in ("paid", "outbound"):
            continue
        # Outreach paid on a platform ("LinkedIn Premium" in outbound) is named by its lines
        # only: the outbound label's words ("cold email") name no platform (AC6 of the
        # eighteenth round's re-review: "LinkedIn" read free beside $960 of Premium)
        platform = _platform_words(vocab.names[paid][0] if kind == "paid" else "", spent)
        for organic in [key for key in came if key not in lines]:
            # (organic, or a source no channel's words name that shortens a platform's name
            # as owners do: "FB")
            kind_of = vocab.kind(organic)
            if kind_of != "organic" and (kind_of is not None or not _shortens(organic)):
                continue
            # A source the owner says is organic (`kind: organic`) stays organic (a CFO's
            # re-review, 2026-12-02: "TikTok", stated organic, was still priced as TikTok ads).
            moved = [
                s
                for s in came[organic]
                if not s.kind_stated and (named := _on_platform(s.name)) and named <= platform
            ]
            if not moved:
                continue
            came[organic] = [s for s in came[organic] if s not in moved]
            if kind == "paid" and not all(
                _on_platform(s.name) <= frozenset(words(vocab.names[paid][0])) for s in moved
            ):
                by_its_lines.add(paid)
            came.setdefault(paid, []).extend(moved)
            # ...but for a source that names the offer the paid lines sell ("FB/IG trial offer"
            # beside "Facebook/IG ads - 2 week trial $29"): its customers named the ad, not the
            # platform only, and are the ads' own count, no floor (BC5 of the fifty-ninth
            # round's re-review, 2026-12-07: the note and `plan` had said the dojo's 72 members
            # "named only the platform")
            sold = _offers_sold(spent)
            floor = [s for s in moved if not (_platform_named(s.name) & sold)] if sold else moved
            paid_for = "its ads are" if kind == "paid" else OUTREACH
            if floor:
                joined.setdefault(paid, []).extend(floor)
                said = ", ".join(repr(s.name) for s in floor)
                add(paid, f"{PLATFORM} ({said}) where only {paid_for} paid for")
            if offered := [s for s in moved if s not in floor]:
                said = ", ".join(repr(s.name) for s in offered)
                add(paid, f"the platform and the offer its lines sell ({said})")
        for organic in [key for key, sources in came.items() if not sources]:
            del came[organic]
    return joined, by_its_lines


def _offers_sold(items: Sequence[ClassifiedActivity]) -> frozenset[str]:
    """The words of an offer a paid channel's lines name ("Facebook/IG ads - 2 week trial
    $29": trial): a source naming it named the ad's offer, not the platform only. Of the
    offer words, those that name what is sold, not a discount's generic words."""
    return frozenset(
        word for item in items for word in words(item.activity.name) if word in _OFFERS_NAMED
    )


#: Of the offer words, those that name an offer itself (a trial, an intro, a free class), which
#: a paid line and a customer's source can share
_OFFERS_NAMED = frozenset("trial intro introductory coupon voucher".split())


def _shortens(name: str) -> bool:
    """Whether a name holds a platform's short name ("FB", "IG")."""
    return any(word in _PLATFORM_SHORT for word in _content(name))


def _platform_named(name: str) -> frozenset[str]:
    """A source's words, with a platform's short name as its full one ("FB/IG" says facebook
    and instagram: F13 of the thirty-seventh review round, 2026-12-05, its customers had stood
    apart from the Meta ads that brought them)."""
    return frozenset(_PLATFORM_SHORT.get(word, word) for word in _content(name))


#: Words of an offer or a campaign that a customer names after the platform whose ad made it:
#: "FB/IG trial offer", "Instagram promo", "Facebook free class special"
_OFFER_WORDS = frozenset(
    "offer promo promotion special deal coupon discount voucher trial intro introductory "
    "free".split()
)


@lru_cache(maxsize=4096)  # the same few source names come back on every profile
def _on_platform(name: str) -> frozenset[str]:
    """A source's words as :func:`_platform_named` reads them, without the words of an offer
    after the platform's name, where a platform is left: "FB/IG trial offer" says facebook and
    instagram, and the trial offer their ad sold (BB2 of the fifty-ninth review round,
    2026-12-07: a taekwondo school's 72 members from it read as organic, and the $14,400 of
    "Facebook/IG ads - 2 week trial $29" as bringing no one, where "FB/IG" alone joined it).
    "Facebook group" or "Instagram post" names no offer and keeps its words: organic."""
    named = _platform_named(name)
    if named.isdisjoint(_OFFER_WORDS):
        return named  # most sources
    rest = named - _OFFER_WORDS
    platforms = _paid_channels_of_platform()
    return rest if any(word in platforms for word in rest) else named


def _platform_words(label: str, items: Sequence[ClassifiedActivity]) -> frozenset[str]:
    """The platforms a paid channel names: its label's words and its lines', as owners
    shorten them ("LI Premium" is LinkedIn)."""
    return frozenset(words(label)) | {
        _PLATFORM_SHORT.get(word, word) for item in items for word in words(item.activity.name)
    }


def _own_name(key: str, lines: list[ClassifiedActivity], sources: list[ClassifiedSource]) -> str:
    if lines:
        return shown_name(lines[0].activity.name)
    if sources:
        return sources[0].name
    return key


def shown_name(name: str) -> str:
    """A channel named after its line as an owner reads it, without the bookkeeping around
    it: "6225 Marketing:Agency Website & Case Study Production" is "Agency Website & Case
    Study Production" (a CFO's review, 2026-12-02, of a client page). The line keeps its
    full name in the report's lines."""
    if ":" not in name and " - " not in name and not name.lstrip()[:1].isdigit():
        return name  # most names: nothing to take off
    found = parent_accounts(name)
    if found is not None and _generic(found[1]):
        # "Sales & Marketing - Payroll" is not a "Payroll" channel: the account's own name
        # says only what kind of cost it is, its parent says what for (a CFO's re-review,
        # 2026-12-03)
        found = None
    shown = without_account_number(name if found is None else found[1]).strip()
    return shown or name


_GENERIC = frozenset(
    "payroll salary wage benefit tax expense cost fee other misc miscellaneous general "
    "commission bonus contractor staff personnel compensation and".split()
)


def _generic(account: str) -> bool:
    """Whether an account's own name says only what kind of cost it is ("Payroll & Benefits",
    "Other expenses"), not what the money is for."""
    named = words(without_account_number(account))
    return bool(named) and all(word in _GENERIC for word in named)


def cheapest_first(channels: Iterable[Channel]) -> list[Channel]:
    """Channels in the order the report shows them: priced ones cheapest first, then the
    rest (core.metrics orders them again where a channel's CAC leaves its commissions out,
    BA2 of the fifty-eighth round's re-review)."""
    return sorted(channels, key=_order)


def _order(channel: Channel) -> tuple[int, Decimal, int, str]:
    cac = channel.cac
    if cac is None:
        return (2, -channel.spend, 0, channel.name.lower())
    if (
        not cac
        and channel.sources
        and all(source.classification.kind == "other" for source in channel.sources)
    ):
        # Customers from sources nothing read ("saw obituary in paper", BA113) cost nothing
        # that is known, not nothing: after the priced channels, not the cheapest of them (a
        # CFO's review, 2026-12-03, fifteenth round)
        return (1, cac, -channel.customers, channel.name.lower())
    return (0, cac, -channel.customers, channel.name.lower())


#: Lines that sell at customers' doors (door-to-door reps, canvassers)
_AT_HOMES = LazyPattern(r"\b(?:d2d|door[- ]to[- ]door|door[- ]knock\w*|canvass\w*)\b", re.I)
#: Those who sell at the door (its own name: moved here from explain.economics as `_SELLERS`, it
#: had replaced, for the whole module, the sellers pays_sellers reads)
_DOOR_SELLERS = LazyPattern(r"\b(?:reps?|knock\w*|canvass\w*|sales\w*|setters?|closers?)\b", re.I)
#: What is put through the door, not sold at it
_DROPPED = LazyPattern(
    r"\b(?:leaflets?|flyers?|fliers?|mail\w*|hangers?|letterbox\w*|drops?)\b", re.I
)


def sells_at_homes(name: str) -> bool:
    """Whether a line sells at customers' doors: reps, knocking, canvassing; not a leaflet or
    a door hanger put through it, unless the line's reps knock too ("D2D summer reps -
    commissions (knock + door hanger drops)": R11 of the thirty-second round's re-review).
    The channel table's Cooling-Off note reads it (explain.economics), and `plan` leaves such
    a channel alone where BA120 warns that contracts are signed without the notice (G5 of the
    forty-ninth review round's re-review, 2026-12-06: moved here from explain.economics)."""
    lowered = name.lower()
    if not ("d2d" in lowered or "door" in lowered or "canvass" in lowered):
        return False  # most lines
    if _AT_HOMES.search(name) is None:
        return False
    return _DROPPED.search(name) is None or _DOOR_SELLERS.search(name) is not None


#: A sale made by telephone or mail, not at the buyer's home: the Cooling-Off Rule reaches a
#: sale the seller personally solicits where the buyer agrees at a place other than the
#: seller's place of business, such as the buyer's home or a room rented for a short time (16
#: CFR §429.0(a), checked with the search tool, pages corpus, 2026-12-06); a line that names
#: phone sales and no door, home or visit freezes no door-to-door channel (E3 of the forty-ninth
#: round's second re-review, 2026-12-06: "Phone sales - no 3-day cancellation notice" did).
#: The rule's definition leaves out a sale "conducted and consummated entirely by mail or
#: telephone" (§429.0(a)(3)), and BA120 reads no cooling-off notice into such a line (E7 of the
#: round's second re-review); online sales too.
_BY_PHONE = LazyPattern(
    r"\b(?:phone|telephone|tele-?sales|telemarket\w*|call\s+cent(?:er|re)s?|inside\s+sales"
    r"|by\s+mail|mail[\s-]+order|online|web(?:site)?|internet|e-?commerce)\b",
    re.IGNORECASE,
)
_AT_THE_DOOR = LazyPattern(
    r"\b(?:d2d|door|doors|in[\s-]+home|at\s+(?:the\s+)?(?:buyer|customer|client)s?['’]?\s+homes?"
    r"|home\s+visits?|canvass\w*|knock\w*|kitchen[\s-]+table)\b",
    re.IGNORECASE,
)


def sells_by_phone(name: str) -> bool:
    """Whether a line names sales by telephone, mail or online and none at the buyer's door
    (E3 and E7 of the forty-ninth round's second re-review): `plan` and BA120 alike."""
    lowered = name.lower()
    if not ("phone" in lowered or "tele" in lowered or "call" in lowered or "mail" in lowered
            or "inside" in lowered or "online" in lowered or "web" in lowered
            or "internet" in lowered or "commerce" in lowered):  # fmt: skip
        return False
    return _BY_PHONE.search(name) is not None and _AT_THE_DOOR.search(name) is None


class OneSource(NamedTuple):
    """What one source someone else runs sends, where it is more than half the new customers
    (BA128; BA101 asks too, AL10 of the fifty-first review round, 2026-12-06)."""

    share: Decimal  # of the new customers the sources name (returning customers left out)
    customers: int  # through the one source
    of: int  # all new customers the sources name
    channels: tuple[str, ...]  # its channels' names, as the channel table shows them
    #: the sources it sent, where they are some of a channel's (a label naming several
    #: companies, a partner's channel naming several), else none
    sources: tuple[str, ...]
    company: str | None  # the company's name, where the vocabulary gives one
    cost: Decimal  # its spend and commissions listed
    platform: bool  # a lead platform or directory the vocabulary knows, not a partner named
    #: most customers buy once: past customers bring the next by reviews and referrals, not
    #: by coming back (N22 of the forty-third round, 2026-12-06)
    once: bool = False


#: More than this share of new customers through one partner or one company's platform is
#: dependence on it. A practitioner rule taken from customer concentration, where advisers
#: hold that no single client should be more than 25% of revenue, and "at 40% or 50%, a single
#: client departure can threaten the business entirely" (Yari Solutions, "Client concentration
#: risk", undated, read 2026-12-06); the same reasoning is applied to a single referral source
#: (AG Management, "One referral source should never control your growth", undated, read
#: 2026-12-06). A source sends new customers, not all the revenue, so the high end is taken:
#: past half, losing it would halve the intake.
DEPENDENCE = Decimal("0.50")


class RatePriced(NamedTuple):
    """What the channels that assign work at the rates they set send (a motor club, a police
    rotation list, a Medicaid broker, an insurer's programme: ``by_rate`` in the channel
    vocabulary), where that is more than half the new customers (AM3 of the fifty-first
    round's re-review, 2026-12-06)."""

    customers: int  # through them
    of: int  # all new customers the sources name (returning customers left out)
    channels: tuple[str, ...]  # their names, as the channel table shows them
    spend: Decimal  # what the profile lists as spent on them (fees, memberships, permits)
    #: the ids of their lines: what the headline CAC and the business-or-hobby verdict leave
    #: out as no budget that wins customers
    lines: frozenset[int] = frozenset()

    @property
    def share(self) -> Decimal:
        return Decimal(self.customers) / self.of


def rate_priced(by_channel: Sequence[Channel]) -> RatePriced | None:
    """The channels priced by the rates they set, where together they send more than half the
    new customers the sources name, else None. Such a channel's customers are assigned by a
    contract at a set rate, not won by a budget: its fee is what they cost there, not what won
    them (AM3 of the fifty-first round's re-review, 2026-12-06: a tow company's $1,500 Agero
    membership over 2,000 customers had headlined a $0.75 CAC). The half is BA128's
    practitioner threshold (:data:`DEPENDENCE`), taken for the same reason: past it, most new
    customers come on terms someone else sets."""
    rated = _vocabulary().by_rate
    if rated.isdisjoint([channel.key for channel in by_channel]):
        return None  # most profiles: none of their channels is priced by a rate
    of, sent, names, spend = 0, 0, [], Decimal(0)
    lines: set[int] = set()
    for channel in by_channel:  # one pass, as one_source's
        of += channel.customers
        if channel.key in rated:
            if channel.customers:
                sent += channel.customers
                names.append(channel.name)
            spend += channel.spend
            lines.update(id(item) for item in channel.activities)
    if not sent or sent <= DEPENDENCE * of:
        return None
    return RatePriced(sent, of, tuple(names), spend, frozenset(lines))


#: Minimums someone published, for businesses that win their customers by marketing: a
#: trade's range, a sector's survey, the default (a minimum the owner sets stays a floor)
PUBLISHED_MINIMUMS = frozenset({"industry", "sector", "default"})


def rated_no_floor(rated: RatePriced | None, source: str) -> RatePriced | None:
    """The channels that assign work at the rates they set (``rated``: :func:`rate_priced`)
    where they make a published minimum no floor for the business, else None: BA101 warns
    rather than errs, and the score does not hold the share to it.

    AM3 of the fifty-first round's re-review, 2026-12-06 (AL8 and AL10 of the round): a tow
    company with 78% of its calls from motor clubs and a police rotation list failed against
    the auto-repair 4% floor, and a broker-fed NEMT company was told "the gap to the minimum is
    $9,000". The ranges (Automotive Management Network's 4-5.5% for repair shops, The CMO
    Survey's sector averages) were published for businesses that win their customers by
    marketing; a business most of whose work a contract assigns at the rate it sets is not
    what they measure. A practitioner reading, not a published rule: more than half is BA128's
    threshold (DEPENDENCE, a practitioner's reading of customer concentration, quoted in
    docs/domain.md)."""
    return rated if source in PUBLISHED_MINIMUMS else None


def one_source(by_channel: Sequence[Channel], once: bool = False) -> tuple[OneSource, str] | None:
    """The one source someone else runs that sends more than half the new customers, with the
    name of its largest source (where BA128 points), or None: against all the new customers
    the sources name, each company's customers through the lead platforms and directories the
    vocabulary marks (`one_sender`), adding up its sources and channels; else the largest
    channel's, where it is a partner the profile names, one source of it at a time (moved here
    from BA128, whose search BA101 shares: AL10 of the fifty-first review round)."""
    of, largest, most, platforms, on_platforms = 0, None, 0, [], 0
    known = lead_platforms()
    for channel in by_channel:  # one pass: every profile asks
        of += channel.customers
        if channel.customers > most:
            largest, most = channel, channel.customers
        if channel.customers and channel.key in known:
            platforms.append(channel)
            on_platforms += channel.customers
    half = DEPENDENCE * of
    if on_platforms > half and (found := _largest_sender(platforms)).customers > half:
        return _one_sent(found, of, once)
    if largest is None or most <= half or sent_by_one(largest) is not False:
        return None
    # a partner the profile names: one source of it, as a label may name several (L6 of
    # the forty-first round's re-review, 2026-12-06: 30 from The Knot and 25 from Zola had
    # been "one source" of 55%)
    source = max(largest.sources, key=_source_customers)
    if source.customers > half:
        return _one_sent(_Sender(source.customers, [largest], [source], None), of, once, False)
    return None


class _Sender(NamedTuple):
    """What one company or partner sends: its new customers, through which channels and
    sources, and the company's name where the vocabulary gives one."""

    customers: int
    channels: list[Channel]
    sources: list[ClassifiedSource]
    company: str | None


def _largest_sender(platforms: list[Channel]) -> _Sender:
    """The company that sends the most new customers through the lead platforms, adding up
    its sources and channels (Angi and HomeAdvisor are Angi Inc.'s; The Knot and WeddingWire
    The Knot Worldwide's; The Knot and Zola are two)."""
    found: dict[str, _Sender] = {}
    for channel in platforms:
        for source in channel.sources:
            if source.customers:
                key, company = sender(channel, source.name)
                was = found.get(key) or _Sender(0, [], [], company)
                if channel not in was.channels:
                    was.channels.append(channel)
                was.sources.append(source)
                found[key] = was._replace(customers=was.customers + source.customers)
    return max(found.values(), key=_sent_count)


def _one_sent(found: _Sender, of: int, once: bool, platform: bool = True) -> tuple[OneSource, str]:
    """What a sender sends: its share, its channels and, where it sent only some of a
    channel's, its sources, with what the profile lists as spent on its channels."""
    [channel, *more] = found.channels
    sources = found.sources
    # (a company of a label naming several is named with its sources, all of them though
    # they be: "Wedding marketplaces (The Knot, WeddingWire, Zola)" had named Zola beside The
    # Knot Worldwide's two, O15 of the forty-third round's re-review)
    whole = bool(more) or (
        len(sources) == len([s for s in channel.sources if s.customers])
        and not (found.company and len(sources) > 1 and names_several(channel))
    )
    return (
        OneSource(
            Decimal(found.customers) / of,
            found.customers,
            of,
            tuple(c.name for c in found.channels),
            () if whole else tuple(s.name for s in sources),
            found.company,
            sum((c.spend + c.fees for c in found.channels), Decimal(0)),
            platform,
            once,
        ),
        max(sources, key=_source_customers).name,
    )


def _sent_count(found: _Sender) -> int:
    return found.customers


def _source_customers(source: ClassifiedSource) -> int:
    return source.customers
