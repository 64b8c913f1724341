"""BA104: nothing is spent on keeping customers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from bizaudit.core.capacity import full
from bizaudit.core.metrics import Facts, KeptByServing
from bizaudit.core.own_marketing import flagged_lines
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.core.score import kept_by_service
from bizaudit.core.strain import Strain, strained
from bizaudit.model.lazy import LazyPattern
from bizaudit.model.policy import EffectivePolicy
from bizaudit.model.tuples import NamedTuple


class MaybeRetention(NamedTuple):
    names: list[str]  # lines read otherwise that may be retention too (their BA107 says so)
    #: the yearly churn when most customers buy once (a roof, a wedding): keeping them is
    #: about reviews and the referrals they send, not a loyalty scheme
    one_off: Decimal | None = None
    #: why a loyalty scheme's rewards are restricted in the profession, when they are
    caution: str | None = None
    #: the business serves other businesses (a b2b sector): clients are kept by check-ins and a
    #: retainer offer, not a loyalty scheme (AB24 of the eighteenth round: a brand designer)
    clients: bool = False
    #: lines that reward customers for coming back as revenue given up (a punch card's free
    #: tenth bowl, loyalty points): they keep customers, but cost no money (AG9 of the
    #: twenty-first round: a food truck with a punch card was told to add a loyalty scheme)
    rewards: tuple[str, ...] = ()
    #: retention lines a rule warns about (gifts to a customer's buyers, BA121; to retailers,
    #: BA119), which earn no credit: listed as keeping customers, so the finding says why they
    #: do not count (N6 of the twenty-seventh round's re-review: the spend summary said
    #: "retain $14,800" beside "nothing is counted as spent on keeping existing customers")
    withheld: tuple[tuple[str, str], ...] = ()
    #: the returning customers' share of the pay of staff who sell to every customer (a
    #: distributor's DSRs): calling on them keeps them, so the finding is information (P7 of
    #: the twenty-seventh round's last check)
    kept: KeptByServing | None = None
    #: ``one_off`` is the trade's (its customers buy once, as the vertical assumes), not the
    #: profile's own churn or retention figure
    assumed: bool = False
    #: customers the sources list as returning, who say some come back where the trade's
    #: assumption says none does (F16 of the thirty-fifth review round: a funeral home's 40
    #: families served before)
    returning: int = 0
    #: how the trade keeps its customers, where the vertical says (a funeral home's aftercare)
    advice: str | None = None
    #: why the business cannot pay for more now (a loss, loan payments uncovered): keeping
    #: customers then costs time, not money (K17 of the forty-second round, 2026-12-06: a
    #: studio behind on its loan was told to add a loyalty scheme)
    strained: Strain | None = None
    #: the share of its capacity the business uses, where it is full (at least 90%): a
    #: customer who leaves is replaced from the demand it turns away, so this is information
    #: (K17: a child-care centre 92% full with a waiting list)
    full: Decimal | None = None
    #: lines that reward customers for coming back (``rewards``' kind) which a rule asks about,
    #: with their amount and the rule: the programme exists, but is being checked, so "nothing
    #: is spent" is said beside it (BI9 of the sixty-second round's re-review, 2026-12-07: an
    #: Ontario store's C$38,000 of points, BA120's, went unnamed beside "nothing is spent on
    #: keeping existing customers")
    asked: tuple[tuple[str, Decimal, str], ...] = ()
    #: the share of customers who stay a year, where the trade keeps them by the service
    #: itself from the share its vertical names (``retention_kept``: a self-storage
    #: facility's tenants, a contract manufacturer's accounts): information, worded with the
    #: trade's advice (BH12 of the sixty-second review round, 2026-12-07)
    stays: Decimal | None = None

    @property
    def nothing_keeps(self) -> bool:
        """Whether nothing keeps customers at all: no staff who call on them (``kept``), not
        the service itself (``stays``), and some come back (not every customer buys once)."""
        return (
            self.kept is None
            and self.stays is None
            and not (self.one_off is not None and self.one_off >= 1)
        )


#: A loyalty reward given as revenue given up, whatever it was read as
_REWARD = LazyPattern(
    r"\b(?:loyalty|punch[\s-]*cards?|stamp[\s-]*cards?|rewards?\s+points?|points?\s+redeemed"
    r"|(?:\d+(?:st|nd|rd|th)|tenth)\s+\w+\s+free)\b",
    re.IGNORECASE,
)


#: Those a line may name who send customers rather than being them: a gift to them wins the
#: next customer, it keeps none (Q12 of the forty-fourth round, 2026-12-06: "Planner thank-you
#: gifts" was offered as retention, which docs/domain.md had settled it is not)
_REFERRERS = LazyPattern(
    r"\b(?:planners?|coordinators?|venues?|vendors?|agents?|realtors?|brokers?|lenders?"
    r"|loan\s+officers?|partners?|referr\w*|affiliates?|influencers?|attorneys?|lawyers?"
    r"|cpas?|accountants?|advisors?|advisers?|physicians?|doctors?|dr|offices?|officiants?"
    r"|florists?|caterers?|djs?|hospices?|adjusters?|contractors?|builders?|designers?"
    r"|concierges?|promoters?|solicitors?|centers?\s+of\s+influence|cois?)\b",
    re.IGNORECASE,
)
#: ...and those who are the customers (a client who refers is still a client kept)
_CUSTOMERS = LazyPattern(
    r"\b(?:clients?|customers?|patients?|members?|couples?|guests?|families|family|students?"
    r"|parents?|households?|patrons?|subscribers?|homeowners?|owners?|donors?|buyers?|past)\b",
    re.IGNORECASE,
)


def _keeps_customers(name: str) -> bool:
    """Whether a line read otherwise may keep customers: not one that names only those who
    send them (planners, agents, partners, referrers)."""
    return _REFERRERS.search(name) is None or _CUSTOMERS.search(name) is not None


class NoRetention(Rule):
    """Nothing is spent on keeping the customers the business already has.

    Why it matters: marketing is attracting *and keeping* customers. Keeping a customer costs
    less than winning a new one, and customers who stay buy again and refer others.

    How it is computed: the spend of activities classified as marketing with purpose `retain`
    (newsletters, loyalty, check-ins, win-back), but gifts BA121 or BA119 warns about (to a
    client's decision-makers, a retailer's buyers), which keep no customer lawfully. A business
    with no revenue yet has no customers to keep and is not checked.

    When a line read otherwise may be retention too (its name points both ways: BA107), the
    finding names it, so that the two findings do not contradict each other; not a line that
    names only those who send customers (planners, agents, partners, referrers), whose gifts
    keep no customer (Q12 of the forty-fourth round, 2026-12-06).

    How to fix: budget for staying in touch: a newsletter, a loyalty scheme, regular check-ins
    with clients, a win-back offer for lapsed ones. Where most customers buy once (three in four or
    more gone within a year, as the CAC payback says), keeping them means a review and a referral
    request when the work is done and a follow-up when they may need the business again (a
    warranty or inspection visit where the trade has one), so past customers send the next (a
    re-review: a roofer had been told to start a loyalty scheme; a driving school has no
    warranty to follow up). Where a profession's
    rules restrict rewarding customers (an insurance agency's anti-rebating law; gifts to
    Medicare or Medicaid patients), no loyalty scheme is suggested, and the finding says why
    (a CFO's review, 2026-12-02). Nor is one for a business that serves other businesses (a
    b2b industry): check-ins on a calendar, a retainer or maintenance offer to past clients and
    a newsletter instead (a coach's review, 2026-12-03: a brand designer had been told to start
    a loyalty scheme). Where a line already rewards customers for coming back as revenue given
    up (a punch card's free tenth bowl, loyalty points), the finding names it and asks for a way
    to reach customers between visits instead (AG9 of the twenty-first round, 2026-12-04).

    Where the profile says no customer comes back (a retention rate of 0%, or a churn of
    100%: a wedding venue's couples), the finding is information: the reviews and referrals
    they send are what is left to keep (F18 of the thirty-fourth review round, 2026-12-05).

    Where staff who sell to every customer and call on them (a distributor's DSRs and route
    reps, account managers, customer success; not service advisors, who write up whoever walks
    in: R5 of the twenty-ninth round's re-review) are paid to serve the customers who come back,
    the share of their pay the CAC leaves to those customers keeps them: the finding is
    information, says how much, and the score's retention part is earned by it (P7 of the
    twenty-seventh round's last check, 2026-12-05: a distributor's $546,375.30 of DSR pay for
    returning accounts sat beside "nothing is counted as spent on keeping existing customers").
    Where the trade keeps its customers by the service itself (a self-storage facility's
    tenants, whom the cost of moving out keeps) and the profile's own churn or retention says at
    least the share its vertical names stay a year (self-storage: 45%, under the half of renters
    who stay a year or more in the SSA 2019 Self Storage Demand Study, 26.5% + 23.6% = 50.1%, as
    the Self-Storage Almanac 2021 prints it: BH12 of the sixty-second review round, 2026-12-07;
    BJ4 of its second re-review, 2026-12-08), the finding is information, gives the trade's own
    advice (existing-tenant rate management, with move-outs watched and the state's
    price-gouging law checked first, and autopay) and the verdict does not say that nothing
    keeps them; the score's retention part is earned by it, "kept by the service" (BJ2). A
    contract manufacturer's accounts, kept by on-time delivery and quality, get that advice in a
    warning: no published retention norm for the trade was found, and one losing half its
    accounts a year has a problem (BJ4).
    Nor is there a finding where a customer success team read as cost of revenue (a SaaS's,
    as its P&L counts it) keeps them (BH9 of the sixty-second round, 2026-12-07).
    Where the only reward for coming back is a programme a rule asks about (a Canadian cannabis
    store's points, BA120's under Ontario's Standards), the finding names it as being checked,
    and suggests, till then, what the profession's caution allows (BI9 of the round's
    re-review).
    """

    id = "BA104"
    name = "no-retention-spend"
    severity = "warning"
    summary = "Nothing is spent on keeping customers"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        if facts.revenue == 0 or facts.retention_spend > 0:
            return
        # a customer success team read as cost of revenue (a SaaS's) keeps the customers:
        # nothing is missing (BH9 of the sixty-second round, 2026-12-07)
        if facts.kept_by_success is not None:
            return
        # never a line a rule says may be unlawful (D9 of the twenty-third round's last check:
        # "Attorney referral thank-you gifts", flagged by BA114, was offered as retention)
        held = {id(item) for item, _ in flagged_lines(facts)}
        maybe = [
            item.activity.name
            for item in facts.activities
            if ("marketing", "retain") in item.classification.also
            and id(item) not in held
            and _keeps_customers(item.activity.name)
        ]
        one_off = facts.economics.payback_months.one_off
        assumed = facts.economics.ltv.assumed
        returning = facts.repeat_customers if assumed else 0
        if returning:
            one_off = None  # the trade's assumption, which the profile's own sources belie
        caution = reading.retention_caution if (reading := facts.read_by) is not None else None
        advice = facts.vertical.retention_advice if facts.vertical is not None else None
        sector = facts.vertical.sector if facts.vertical is not None else None
        clients = sector is not None and sector.startswith("b2b")
        given = {id(item) for item, kind in facts.moves if kind in ("given up", "paid out")}
        rewards = tuple(
            item.activity.name
            for item in facts.activities
            if (item.classification.category == "contra-revenue" or id(item) in given)
            and _REWARD.search(item.activity.name) is not None
            # ...not one a rule asks about: it is not said to keep (BH1 of the sixty-second
            # round, 2026-12-07: an Ontario store's points, BA120 asks under the AGCO's
            # Standards, would have been "keep it")
            and id(item) not in held
        )
        rules = dict((id(item), rule) for item, rule in flagged_lines(facts)) if held else {}
        asked = tuple(
            (item.activity.name, item.activity.spend, rules[id(item)])
            for item in facts.activities
            if id(item) in held
            and (item.classification.category == "contra-revenue" or id(item) in given)
            and _REWARD.search(item.activity.name) is not None
        )
        withheld = tuple(
            (item.activity.name, rule)
            for item, rule in flagged_lines(facts)
            if item.classification.category == "marketing"
            and item.classification.purpose == "retain"
        )
        kept = facts.kept_by_serving
        found = MaybeRetention(
            maybe, one_off, caution, clients, rewards, withheld, kept, assumed, returning,
            advice, strained(facts), full(facts.profile), asked, kept_by_service(facts),
        )  # fmt: skip
        yield Hit(
            found,
            at=("activities",),
            # staff who call on customers keep them, or none comes back by the profile's own
            # figure (a wedding: retention 0%): nothing to keep but their reviews and
            # referrals, so information (F18 of the thirty-fourth review round: a venue's check
            # failed --strict on it); nor where the business is full, and the demand it turns
            # away replaces who leaves (K17)
            # away replaces who leaves (K17); nor where the trade keeps them by the service
            # itself, as its customers' own retention shows (BH12)
            severity="info" if not found.nothing_keeps or found.full is not None else None,
        )
