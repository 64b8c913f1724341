"""BA117: the gross margin the profile states is not what its own costs give."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from decimal import Decimal

from bizaudit.core.economics import FeesInMargin
from bizaudit.core.financing import added_back
from bizaudit.core.metrics import ClassifiedActivity, Facts
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.lazy import LazyPattern
from bizaudit.model.policy import EffectivePolicy
from bizaudit.model.tuples import NamedTuple

#: Stated and listed gross margins further apart than this (in share points) are reported.
#: The project's own tolerance, not a published norm: at a 50% margin, 10 points move the
#: lifetime value, and every LTV ÷ CAC and payback built on it, by a fifth.
TOLERANCE = Decimal("0.10")


class MarginMismatch(NamedTuple):
    stated: Decimal  # customers.gross_margin
    listed: Decimal  # (revenue − taken out − cost of sales) ÷ the base
    revenue: Decimal  # the base: net revenue, or gross where the industry counts on gross
    cost_of_sales: Decimal
    net: bool  # revenue is net of contra-revenue
    taken_out: Decimal = Decimal(0)  # contra-revenue, when the base is gross revenue
    #: The lines to look at first, largest first (at most three): with a stated margin above
    #: the listed one, those read as cost of sales; below it, operations lines whose names
    #: say delivery (labour, materials, tooling), which may be direct costs.
    suspects: tuple[tuple[str, Decimal], ...] = ()
    #: Where the listed cost of sales is under half of what the stated (lower) margin implies:
    #: what the lines the audit could not read (BA106, counted as operations) spend together,
    #: the suspects then being those lines; 0 otherwise.
    unread: Decimal = Decimal(0)
    #: Where the stated (lower) margin is what the listed lines give only with selling paid on
    #: each sale as a cost of sale (core.metrics.pay_in_margin): those lines and their
    #: pay, and the margin with it, (revenue − cost of sales − the pay) ÷ revenue; the CAC
    #: leaves that pay out (BH4 of the sixty-second review round, 2026-12-07)
    pay: tuple[tuple[str, Decimal], ...] = ()
    with_pay: Decimal | None = None
    #: Where the stated margin is the books' margin after referral fees the CAC counts (an
    #: agent's, which the MREA model counts in cost of sale): those fees, the lifetime value
    #: then built on the margin before them (core.metrics.fees_in_margin; BK4 of the
    #: sixty-third review round, 2026-12-08)
    fees: FeesInMargin | None = None


#: Words of a line that may be a direct cost read as operations: the people who deliver and
#: what they deliver with. A reading aid for the advice, never a reclassification.
_DELIVERY = LazyPattern(
    r"\b(wages?|payroll|salar(y|ies)|labou?r|crew|techs?|technicians?|instructors?|"
    r"teachers?|coaches|trainers?|stylists?|therapists?|hygienists?|clinical|nurses?|"
    r"associates?|staff|subcontract\w*|contractors?|materials?|supplies|parts|tool(s|ing)?|"
    r"freight|shipping|fuel|inventory|packaging|lab"
    # the vehicles a driving school or a mover delivers with (W22 of the sixteenth round's
    # re-review: 'Owner salary' came first, ahead of a school's car leases and fleet insurance)
    r"|fleet|vehicles?|cars?|trucks?|vans?)\b",
    re.IGNORECASE,
)
#: ... unless they name the office: its people and supplies are overhead.
_OFFICE = LazyPattern(
    r"\b(office|admin\w*|front desk|reception\w*|managers?|management|bookkeep\w*|"
    r"accounting|clerical|executives?|officers?|owners?|owner's)\b",
    re.IGNORECASE,
)


def margin_mismatch(
    facts: Facts, law_named: Callable[[], frozenset[int]] | None = None
) -> MarginMismatch | None:
    """The stated and the listed gross margins, when both are known and further apart than
    TOLERANCE; else None. ``law_named`` gives, when asked, the positions of the lines a rule
    of law names as payments for referrals or gifts to deciders (BA114, BA121): never put
    forward as cost of sales to look at."""
    customers = facts.profile.customers
    stated = customers.gross_margin if customers is not None else None
    if stated is None:  # most profiles: nothing to compare
        return None
    cost, revenue = facts.spend["cost-of-sales"], facts.net_revenue
    # Not the lines BA116 takes out as no cost (clients' money held or passed through, a
    # loan's principal, money moved): the margin is of the business's own costs. AM2 of the
    # fifty-first round's re-review, 2026-12-06: an immigration consultant's "USCIS filing
    # fees paid on behalf of clients" ($45,000), which BA116 calls the clients' money, made a
    # stated 60% read 43.5%; without it (260,000 - 102,000) / 260,000 = 60.8%. (ASC
    # 606-10-32-2: amounts collected on behalf of third parties are no part of the
    # transaction price.) Money received listed as spent counts as BA116 adds it back.
    moved = {id(item) for item, _ in facts.moves}
    if moved:
        cost -= sum(
            (
                added_back(item.activity.spend, kind)
                for item, kind in facts.moves
                if item.classification.category == "cost-of-sales"
            ),
            Decimal(0),
        )
    if cost <= 0 or revenue <= 0 or facts.partial_spending:
        return None
    vertical = facts.vertical
    if vertical is not None and vertical.on_gross and facts.contra_revenue:
        # An agent's margin on a side is of the gross commission, agent splits taken out (a
        # CFO's re-review: a brokerage's 32% had been set against 96.8% of company dollar);
        # the splits are a side's direct cost too.
        base, taken, net = facts.revenue, facts.contra_revenue, False
    else:
        base, taken, net = revenue, Decimal(0), bool(facts.contra_revenue)
    listed = (base - taken - cost) / base
    if abs(listed - stated) <= TOLERANCE:
        return None
    in_margin = facts.economics.cac.in_margin
    if in_margin is not None:  # selling paid on each sale carries the stated margin (BH4)
        pay = tuple(
            (a.activity.name, a.activity.spend)
            for a in facts.activities
            if a.activity.name in in_margin.lines
        )
        return MarginMismatch(
            stated, listed, base, cost, net, taken, pay=pay, with_pay=in_margin.with_pay
        )
    before_fees = facts.economics.ltv.before_fees
    if before_fees is not None:  # referral fees in the stated margin and in the CAC (BK4)
        return MarginMismatch(stated, listed, base, cost, net, taken, fees=before_fees)
    unread: list[ClassifiedActivity] = []
    if _labour_elsewhere(stated, listed, taken + cost, base):
        # ...unless lines the audit could not read may hold the direct costs: then the books as
        # read cannot be reconciled with the stated margin, and the finding says which lines
        # would (BF5 of the sixty-first review round, 2026-12-07: a landscaper's $475,000 of
        # "Crew Labor:..." accounts, unread, left $188,000 of cost of sales, 82.7% against a
        # stated 40%, and BA117 had been silent beside them)
        unread = _unread(facts, moved, stated, listed, base, law_named)
        if not unread:
            return None
    # ...nor where it is the margin on gross revenue, what was taken out of it counted as a
    # direct cost, as an owner may state it (Z3 of the forty-sixth round's second re-review,
    # 2026-12-06: a travel agency's stated 45% is (610,000 - 118,000 host split - 210,000
    # advisors) / 610,000 = 46.2%, and was set against 57.3% of its net revenue)
    gross = facts.revenue
    if (
        not taken
        and facts.contra_revenue
        and gross > 0
        and abs((gross - facts.contra_revenue - cost) / gross - stated) <= TOLERANCE
    ):
        return None
    passed = facts.base_excluded  # costs passed through to clients (``base_excludes``)
    if 0 < passed < base and abs((base - taken - cost) / (base - passed) - stated) <= TOLERANCE:
        # the margin on the revenue net of them, as the industry's range is (an agency's
        # stated 50% on its fees: F3 of the thirty-sixth review round, 2026-12-05, had been set
        # against 34.1% of billings that held its clients' media)
        return None
    # Neither way a line BA114 or BA121 names as a payment for referrals or a gift to those
    # who award work: put forward as a cost of sales to look at, it read as a cost to keep
    # (AM2 and AM4 of the fifty-first round's re-review, 2026-12-06: "$20 per Medicaid trip
    # paid to nursing home staff who book us" among the lines to look at first)
    law = law_named() if law_named is not None else frozenset()
    if unread:
        spent = sum((a.activity.spend for a in unread), Decimal(0))
        return MarginMismatch(stated, listed, base, cost, net, taken, _largest(unread), spent)
    if stated > listed:  # what was read as cost of sales may not be
        # ...but not a line BA116 takes out (counted out above)
        lines = [
            a
            for a in facts.activities
            if a.classification.category == "cost-of-sales"
            and id(a) not in moved
            and a.position not in law
        ]
    else:  # direct costs may be among the operations lines
        # ...but not a line BA116 names, whose principal or draw is no cost at all (N20 of the
        # forty-third round, 2026-12-06: "Truck loan payments" were named to move into cost of
        # sales beside BA116's "the principal in it is not a cost of the period")
        lines = [
            a
            for a in facts.activities
            if a.classification.category == "operations"
            and id(a) not in moved
            and a.position not in law
            and (
                (
                    a.classification.source == "rule"
                    and _DELIVERY.search(a.activity.name)
                    and not _OFFICE.search(a.activity.name)
                )
                or _DEALER_FEE.search(a.activity.name) is not None
            )
        ]
    return MarginMismatch(stated, listed, base, cost, net, taken, _largest(lines))


#: A lender's fee withheld from what it funds for each financed sale: a tenth to a third of a
#: solar installer's contract price, a cost of each sale that the stated margin may count (F14
#: of the thirty-second round: BA117 named payroll taxes and vehicles beside $620,000 of them)
_DEALER_FEE = LazyPattern(r"\bdealer\s+fees?\b", re.IGNORECASE)


def _unread(
    facts: Facts,
    moved: set[int],
    stated: Decimal,
    listed: Decimal,
    base: Decimal,
    law_named: Callable[[], frozenset[int]] | None,
) -> list[ClassifiedActivity]:
    """The lines no term placed (counted as operations, as BA106 says), not the office's, where
    together, counted as cost of sales, they would bring the listed margin to within TOLERANCE
    of the stated one or below it: the direct costs may be among them. Empty otherwise."""
    lines = [
        a
        for a in facts.activities
        if a.classification.confidence == "none"
        and a.classification.category == "operations"
        and a.activity.spend > 0
        and id(a) not in moved
        and not _OFFICE.search(a.activity.name)
    ]
    if lines and law_named is not None:  # (most profiles have none)
        law = law_named()
        lines = [a for a in lines if a.position not in law]
    spent = sum((a.activity.spend for a in lines), Decimal(0))
    return lines if lines and listed - spent / base <= stated + TOLERANCE else []


def _largest(lines: list[ClassifiedActivity]) -> tuple[tuple[str, Decimal], ...]:
    lines.sort(key=lambda a: -a.activity.spend)
    return tuple((a.activity.name, a.activity.spend) for a in lines[:3])


def _labour_elsewhere(stated: Decimal, listed: Decimal, cost: Decimal, base: Decimal) -> bool:
    """A stated margin below the listed one, where the listed cost of sales is under half of
    what the stated margin implies: the direct costs are plainly elsewhere (a practice's
    clinical staff on the payroll line, a freelancer's $350 of materials), the stated margin
    is the truer, and saying so on every such profile would only be noise."""
    return stated < listed and cost < (1 - stated) * base / 2


class GrossMarginMismatch(Rule):
    """The gross margin the profile states is not what its own cost of sales gives.

    Why it matters: the lifetime value, LTV ÷ CAC and CAC payback are all built on the stated
    gross margin (`customers.gross_margin`), while the operating profit is built on the
    listed costs. When the two are far apart, one of them is wrong: direct costs listed as
    operations (job labour, tooling, an instructor's pay), lines read as cost of sales that
    are not, or a margin typed from memory. A machine shop stated 27% while its listed cost
    of sales gave 47.3% (a CFO's review, 2026-12-02); every LTV figure rested on the 27%.

    How it is computed: (net revenue − cost of sales) ÷ net revenue, against the stated gross
    margin (where the industry's figures are on gross revenue, an agent's, (gross revenue −
    what was taken out − cost of sales) ÷ gross revenue, as a side's margin is of its gross
    commission), when the profile lists some cost of sales and every cost (not one account's
    statement); where revenue was taken out (a host agency's split), a stated margin that is
    the one on gross revenue, what was taken out counted as a direct cost, is no mismatch
    either. Reported when they are more than 10 points apart: the project's tolerance,
    not a published norm (at a 50% margin, 10 points move the lifetime value by a fifth). A
    stated margin above the listed one flatters every LTV figure: a warning. One below it is
    information, and only when the listed cost of sales is at least half of what the stated
    margin implies: below that, the direct costs are plainly elsewhere (clinical staff on the
    payroll line, a freelancer's $350 of materials), the stated margin is the truer, and a
    note on every such profile would be noise (on the 93 profiles the project's reviewers
    wrote, it had fired on 21, nearly all of them this case; now on 5). Unless the lines it
    could not read (BA106), counted as cost of sales, would bring the listed margin within the
    tolerance of the stated one, or under it: then the books as read cannot be reconciled
    with the stated margin, and the advice names those lines and the margin they would give
    (a landscaper's $475,000 of unread crew-labour accounts had left 82.7% against a stated
    40%, and the rule silent). And where selling paid on each sale (a loan officer's basis
    points on each funded loan, a commission), counted as a cost of sale, brings the listed
    margin within the tolerance of the stated one, and nearer it than without by more than 2
    points: the stated margin carries that pay, the cost to win a customer leaves it out so
    that it is counted once, and the finding says so, as information (a mortgage broker's
    stated 55% is (1,620,000 − 189,000 − 486,000) ÷ 1,620,000 = 58.3% with its loan officers'
    pay, 88.3% without it, and the pay had been in its CAC too: BH4 of the sixty-second round).

    The advice names the lines to look at first, the three largest: those read as cost of
    sales when the stated margin is the higher; when it is the lower, operations lines whose
    names say delivery (wages, labour, instructors, materials, tooling, but not the office's
    people), which may be direct costs (a CFO's re-review: the advice had named none), and a
    lender's dealer fees on financed sales, a tenth to a third of a solar installer's contract
    price (F14 of the thirty-second round: $620,000 of them went unnamed).

    How to fix: if direct costs are listed as operations, mark them `kind: cost-of-sales`;
    if some cost of sales is not, correct its kind; if the stated margin is out of date,
    restate it. Where the margin on a new customer truly differs from the business's (a
    first order sold at a discount), skip this rule with the reason.
    """

    id = "BA117"
    name = "gross-margin-mismatch"
    severity = "warning"
    summary = "The stated gross margin is not what the listed costs give"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        found = margin_mismatch(facts, lambda: _named_by_law(facts))
        if found is not None:
            flatters = found.stated > found.listed
            yield Hit(
                found, at=("customers", "gross_margin"), severity=None if flatters else "info"
            )


def _named_by_law(facts: Facts) -> frozenset[int]:
    """The positions of the lines BA114 (payments for referrals) and BA121 (gifts to those
    who award work for others) warn about, as the facts record them for the rules of law
    (``Facts.law_flagged``; rules do not ask one another). AM2 of the fifty-first round's
    re-review."""
    return frozenset(
        item.position
        for rule, lines in facts.law_flagged
        if rule in ("BA114", "BA121")
        for item in lines
    )
