"""BA207: customers from a paid channel with no spend joined to it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from operator import attrgetter

from bizaudit.core.channels import (
    BOUGHT_ONCE,
    billed_per_client,
    line_named_by,
    nearest_line,
    not_bought,
    priced_by_rate,
)
from bizaudit.core.classify import parent_accounts, without_account_number, words
from bizaudit.core.metrics import Facts
from bizaudit.core.own_marketing import flagged_lines, other_lines
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.lazy import LazyPattern
from bizaudit.model.policy import EffectivePolicy
from bizaudit.model.tuples import NamedTuple


class Unpriced(NamedTuple):
    customers: int
    per_client: str | None  # why its cost is per client, not a budget (a booking marketplace)
    sources: tuple[str, ...] = ()  # the sources as the profile names them
    #: a thing bought once that keeps bringing customers (a vehicle wrap): its cost may sit in
    #: an earlier period, so the finding is information (AC5 of the eighteenth round's
    #: re-review: a landscaper's second year had a warning that its trucks' customers "look free")
    asset: bool = False
    #: the fee per client is invoiced to the business (Zocdoc, OpenTable): the cost is missing,
    #: not in a lower revenue (AI13 of the twenty-second round)
    billed: bool = False
    #: a line with spend and no customers whose name is close to the sources' (it may be
    #: their channel's spend under another name: AJ10 of the twenty-second round's re-review)
    nearest: str | None = None
    #: what ``nearest`` was read as, where not marketing: a line that shares the sources' words
    #: but was read as another kind of cost ("Beer festival fees", operations; "Presale
    #: membership", sales), so the spend is listed, not joined (R6 of the thirty-fifth round's
    #: re-review: "no spend on it is listed" had stood beside the line that paid)
    nearest_read: str | None = None
    #: a marketing line that names this channel's platform beside another's and was joined to
    #: that other channel ("Facebook and Google ads", joined to Google Ads, beside 40 customers
    #: from 'facebook ads'): its spend paid for both, and one line cannot be two channels (Z6
    #: of the forty-sixth round's second re-review, 2026-12-06)
    shared: str | None = None
    #: ...sent at the rate the channel sets, with no fee or share of each to list (an
    #: insurer's panel, a therapy network: D4 of the forty-eighth round's re-review)
    by_rate: bool = False


class PaidCustomersWithoutSpend(Rule):
    """New customers from a paid channel, with nothing spent on that channel in the profile.

    Why it matters: customers who came from ads, a lead marketplace or a paid listing were
    not free. With no spend joined to their channel it shows a cost per customer of 0, the
    cheapest channel of all, and `bizaudit plan` cannot weigh it; if the spend is missing from
    the profile altogether, every CAC is too low as well.

    How it is computed: the channel table joins spend lines and customer sources; a channel
    with new customers and no spend is reported when every source in it is read as paid
    ("Google Ads", "Angi lead", "Zillow"; `bizaudit classify --source` shows how a source is
    read). Its CAC is left out of the report (null) rather than shown as 0.

    A line with spend whose channel has no customers, and whose name is close to the
    sources' (rapidfuzz's token-set ratio of 60 or more), is named as the spend they may
    belong to (AJ10 of the twenty-second round's re-review, 2026-12-04). A marketing line that
    names the channel's platform beside another's and was joined to that other channel
    ("Facebook and Google ads", joined to Google Ads) is named too, and the advice is to split
    it: a line joins one channel only (Z6 of the forty-sixth round's second re-review,
    2026-12-06).

    How to fix: if the spend is in the profile under another name, join it with `channel:`
    on that line (or on the source: `NAME: {customers: N, channel: NAME}`); if it is missing,
    add it as an activity; if these customers did not come from paying, correct how the
    source is read (`classify: sources: [{term: NAME, kind: organic}]`). A booking or deal
    marketplace (ClassPass, Groupon, affiliates) costs a fee or a share per
    client, often kept from what it pays out rather than billed: the finding says so, and that
    such a share is contra-revenue if revenue counts the full price (a coach's review,
    2026-12-02: a studio was told to add a ClassPass spend line for a platform that pays it).
    Such a channel's finding is information, as its cost is most often in a lower revenue
    already (AG15 of the twenty-first round, 2026-12-04: a home-warranty company's jobs); not
    one that invoices the business for each booking (Zocdoc, OpenTable), whose cost is missing:
    a warning that asks for its invoices (AI13 of the twenty-second round). A
    vehicle wrap is bought once and brings customers for years: with no spend this period it
    is information, and the advice is to list this period's share of its cost.
    """

    id = "BA207"
    name = "paid-customers-without-spend"
    severity = "warning"
    summary = "Customers from a paid channel with no spend on it"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        flagged = _flagged_names(facts)
        for channel in facts.by_channel:
            if channel.paid_without_spend:
                said = " ".join(source.name for source in channel.sources)
                if channel.restricted == "BA114" and not channel.activities:
                    # bought by a line BA114 flags that names them by its payee's word
                    # ("marketer" beside "1099 marketers paid per prescription", which the fuzzy
                    # match scores apart: K1 of the fiftieth review round, 2026-12-06;
                    # core.metrics joins them), BA114's to say
                    continue
                if (
                    flagged
                    and nearest_line(said, flagged) in flagged
                    and (
                        nearest_line(said, [item.activity.name for item in facts.activities])
                        in flagged
                    )
                ):
                    # a line a rule flags names them, nearer than any other line: they were
                    # bought by it, which that rule says (one voice; R16 of the fortieth round's
                    # re-review: a pharmacy's marketers paid 10% of collected Rx, BA114's, and
                    # "60 patients look free"); not where another line names them better (D12
                    # of the forty-ninth round's re-review, 2026-12-06: a tax office's "refund
                    # advance ads" customers were taken for its BA120 ad's "Maximum refund
                    # guaranteed", beside its "Refund advance promo")
                    continue
                asset = channel.key in BOUGHT_ONCE
                billed = billed_per_client(channel)
                per_client = None if billed else not_bought(channel)
                sources = tuple(source.name for source in channel.sources)
                # whether the spend may be in the profile under another name (not a wrap of an
                # earlier period, a fee kept from payouts, a bill to add): only then is a line
                # looked for, by each of the readings below in turn
                unexplained = not asset and not billed and per_client is None
                # the line it may be under another name, among the lines of channels without
                # customers
                nearest = (
                    nearest_line(" ".join(sources), _idle_lines(facts)) if unexplained else None
                )
                # ...or the channel's own label, beside a line named by what it is ("6500
                # Advertising:Lead Vendors" beside EverQuote's and SmartFinancial's customers,
                # read as "Insurance lead vendors": F12 of the thirty-eighth review round,
                # 2026-12-05, where BA206 named the line and this rule said no spend is listed)
                if nearest is None and unexplained and channel.joined_by != "its own name":
                    nearest = _named_as(channel.name, _idle_lines(facts))
                read = None
                # (a channel the vocabulary names too: a bakery's "Farmers market booth fees",
                # read as operations, a place of sale, beside 180 customers from 'farmers
                # market' read as an events channel, which "look free": N17 of the forty-third
                # round, 2026-12-06)
                if (
                    nearest is None
                    and unexplained
                    # (of the sources' own name, as before; of one the vocabulary names, only
                    # where a line holds a source's whole name: looking costs a batch 0.1-0.8%)
                    and (channel.joined_by == "its own name" or _holds_whole(sources, facts))
                ):
                    others = other_lines(facts)
                    nearest = line_named_by(sources, list(others))
                    read = others.get(nearest) if nearest is not None else None
                if (
                    per_client is not None
                    and not billed
                    and not asset
                    and _holds_whole(sources, facts)
                ):
                    # ...and, for a marketplace that keeps a share per client, a line that
                    # names it and was read as another kind ("Booksy booking fees", read as
                    # operations, the booking software's, beside 50 clients from 'booksy': a
                    # coach's review of the fifty-eighth round, AZQ1, 2026-12-07, where the
                    # finding said no spend on Booksy was listed a few rows below the line)
                    others = other_lines(facts)
                    nearest = line_named_by(sources, list(others))
                    read = others.get(nearest) if nearest is not None else None
                shared = (
                    _shared_line(sources, facts, channel.key)
                    if nearest is None and unexplained
                    else None
                )
                yield Hit(
                    Unpriced(
                        channel.customers,
                        per_client,
                        sources,
                        asset,
                        billed,
                        nearest,
                        read,
                        shared,
                        per_client is not None and priced_by_rate(channel),
                    ),
                    at=("customers", "sources", channel.sources[0].name),
                    subject=channel.name,
                    # a cost per client, kept from what the platform pays, is most often in a
                    # lower revenue already: nothing need be missing (AG15 of the twenty-first
                    # round: a warranty company's jobs "looked free", a warning)
                    severity="info" if asset or per_client is not None else None,
                )


#: Words a paid source and a line share that name no platform
_NOT_A_PLATFORM = frozenset(
    {"ads", "ad", "advertising", "adv", "paid", "marketing", "mktg", "leads", "lead", "and",
     "campaign", "campaigns", "social", "search", "media", "online", "digital", "the", "of"}
)  # fmt: skip


@lru_cache(maxsize=1024)  # the same sources recur across a batch's profiles
def _platform_words(sources: tuple[str, ...]) -> frozenset[str]:
    """The words of paid sources that may name a platform ('facebook' of 'facebook ads')."""
    return frozenset(
        word
        for source in sources
        for word in words(source)
        if word not in _NOT_A_PLATFORM and len(word) > 2
    )


def _shared_line(sources: tuple[str, ...], facts: Facts, key: str) -> str | None:
    """A marketing line with spend, joined to another channel, whose name holds a platform
    word of these sources' ("Facebook and Google ads" for 'facebook ads'): the spend that paid
    for them may be in it, beside the other platform's. Asked only of a paid channel with
    customers and no spend, after the other readings found nothing."""
    platform = _platform_words(sources)
    if not platform:
        return None
    # (never a line a rule of law warns about, as the other readings: a tax office's "refund
    # advance ads" were said to be in its BA120 ad "Maximum refund guaranteed" by 'refund', D12
    # of the forty-ninth round's re-review, 2026-12-06)
    flagged = _flagged(facts)
    for channel in facts.by_channel:
        if channel.key == key or not channel.spend:
            continue
        for item in channel.activities:
            if (
                item.classification.category != "marketing"
                or not item.activity.spend
                or id(item) in flagged
            ):
                continue
            lowered = item.activity.name.lower()
            if any(word in lowered for word in platform) and platform & set(
                words(item.activity.name)
            ):
                return item.activity.name
    return None


def _holds_whole(sources: tuple[str, ...], facts: Facts) -> bool:
    """Whether any line's name holds one of the sources' whole names ("Farmers market booth
    fees", 'farmers market'), asked of all the names joined: most profiles have none."""
    names = " ".join(map(_NAME, facts.profile.activities)).lower()
    return any(source.lower() in names for source in sources)


_NAME = attrgetter("name")


def _flagged_names(facts: Facts) -> list[str]:
    """The names of the lines a rule says the law may forbid (most profiles: none)."""
    if not facts.law_flagged:
        return []
    return [item.activity.name for item, _ in flagged_lines(facts)]


def _flagged(facts: Facts) -> set[int]:
    """The lines a rule says the law may forbid (BA114, BA119, BA120, BA121...): never the
    line to join paid customers to, which would make a channel of them (H19 of the fortieth
    round, 2026-12-06: BA207 asked to read a golf trip for a customer's purchasing manager,
    which BA121 calls commercial bribery, as marketing and the customer's channel)."""
    if not facts.law_flagged:
        return set()  # most profiles
    return {id(item) for item, _ in flagged_lines(facts)}


#: Words of a label or a line that name no channel of their own ("Other trade lead
#: marketplaces" beside "6590 Marketing:Other": R14 of the thirty-eighth round's re-review)
_FILLER = LazyPattern(
    r"\b(?:other|others|misc|miscellaneous|general|and|the|of|ads?|advertising|marketing"
    r"|marketplaces?|sites?|services?|trade)\b",
    re.IGNORECASE,
)


def _named_as(label: str, lines: list[str]) -> str | None:
    """The one of ``lines`` whose own name (without its account number and parents) is close
    to a channel's label, if one is, on words that name a channel."""
    leaves = {
        leaf: line
        for line in lines
        if (leaf := " ".join(_FILLER.sub(" ", _own_name(line)).split()))
    }
    if not leaves:
        return None
    found = nearest_line(" ".join(_FILLER.sub(" ", label).split()), list(leaves))
    return None if found is None else leaves[found]


def _own_name(line: str) -> str:
    """A line's own name, without its parent accounts and its account number, as the
    classifier reads them ("6500 Advertising:Lead Vendors" → "Lead Vendors")."""
    split = parent_accounts(line)
    return without_account_number(split[1] if split is not None else line)


def _idle_lines(facts: Facts) -> list[str]:
    """The names of the lines of channels no customer is joined to, but lines a rule flags."""
    flagged = _flagged(facts)
    return [
        item.activity.name
        for channel in facts.by_channel
        if not channel.customers
        for item in channel.activities
        if id(item) not in flagged
    ]
