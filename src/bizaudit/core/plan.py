"""Where the next dollar should go: a plan that moves acquisition money between channels.

The model, in plain words:

- **Diminishing returns.** A channel that won ``c`` customers on ``s`` of spend is taken to
  win ``c × (S / s) ** e`` customers on a spend ``S`` near ``s``. With the exponent ``e``
  under 1 each extra dollar wins fewer customers than the last, so a channel's cost per
  customer rises as it grows: at ``e = 0.5`` doubling a channel's spend brings about 41% more
  customers, each costing about 41% more. This power curve is the simplest of the response
  curves marketing-mix models use; the exponent is an assumption, not a measured law (see
  ``DEFAULT_EXPONENT``), and the user may set it.
- **Stay where the data is.** The curve is only trusted near today's spend: no channel is
  cut by more than ``max_shift`` of its spend (default 30%), and none grows past
  ``1 + max_growth`` times it (default double).
- **Only customers worth their cost.** When the lifetime value is known, no channel grows
  past the spend at which its next customer would cost more than a customer is worth (the
  marginal CAC, CAC ÷ e × (S ÷ s)^(1 − e), reaching LTV). Profit, not a count, is the aim.
- **Referrals are not bought by the dollar.** A referral channel's customers mostly come on
  their own, so one period cannot say what its spend adds (and several professions restrict
  paying for referrals): it is left alone and named. So is a channel the vocabulary says more
  spend does not buy customers in (``not_bought``: a reservation network charges per booking).
- **Enough customers to judge.** A channel with fewer than ``min_customers`` new customers
  (default 20) is left alone and named: the 95% range of a count of 20 is about 12 to 31, so
  below it a channel's cost per customer is too uncertain to move money on (and the counts are
  what customers say, not a measurement). So are channels with customers and no spend
  (nothing to move), spend no customers are attributed to, and one-off lines (they cannot be
  repeated at will).
- **The best split.** Within those bounds the budget is split so that the next dollar wins
  the same number of customers in every channel it can move, which maximises the customers
  the curve projects (the curve is concave, so that split is the optimum). With the budget
  unchanged today's split is allowed, so the projection never falls below today.

Amounts are kept to whole currency units; moves smaller than 1% of the budget that can move
are left out, and with the budget unchanged a plan that wins fewer than 2% more of the
customers the channels it moves bring (at least one) is not worth the disruption: today's
split is kept, and the plan says so.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, Decimal
from typing import Literal

from bizaudit.core.channels import (
    PRENEED_SOLD,
    Channel,
    PerResult,
    not_bought,
    paid_per_result,
    priced_by_rate,
    restricted_by_law,
    unattributed,
    unpaid_reps,
)
from bizaudit.core.classify import names_two_kinds
from bizaudit.core.economics import LTV_TO_CAC_MINIMUM
from bizaudit.core.financing import lines_that_move_money
from bizaudit.model.lazy import LazyPattern
from bizaudit.model.tuples import NamedTuple

__all__ = [
    "DEFAULT_EXPONENT",
    "DEFAULT_MAX_GROWTH",
    "DEFAULT_MAX_SHIFT",
    "DEFAULT_MIN_CUSTOMERS",
    "Allocation",
    "Assumptions",
    "LeftAlone",
    "Move",
    "Plan",
    "can_move",
    "count_range",
    "dearer_than_worth",
    "left_alone",
    "plan",
    "share_range",
    "takes_no_more",
    "too_few_to_judge",
    "worth_testing",
]

#: The exponent of the response curve. Our assumption, stated in every plan: published
#: short-term elasticities of sales to brand advertising average 0.12 (Sethuraman, Tellis and
#: Briesch, "How Well Does Advertising Work?", Journal of Marketing Research 48(3), 2011),
#: while the direct-response channels small businesses buy (search ads, lead marketplaces)
#: scale more nearly in proportion near today's spend; 0.5 sits between and keeps plans modest.
DEFAULT_EXPONENT = Decimal("0.5")
DEFAULT_MAX_SHIFT = Decimal("0.30")
DEFAULT_MAX_GROWTH = Decimal("1")  # at most double a channel's spend
#: A count of 20 has a 95% range of about 12 to 31 (Poisson): below it a channel's cost per
#: customer could well be half again or a third less than it looks.
DEFAULT_MIN_CUSTOMERS = 20
_SMALLEST_MOVE = Decimal("0.01")  # of the budget that can move
#: Of the new customers the movable channels bring today: less is not worth a new plan (a rule
#: of this project's own, not a benchmark: below it, the curve's error is larger than the gain)
_SMALLEST_GAIN = Decimal("0.02")
_STRAIGHT = 0.98  # an exponent this close to 1 is a straight line: the greedy split


class Assumptions(NamedTuple):
    exponent: Decimal = DEFAULT_EXPONENT
    max_shift: Decimal = DEFAULT_MAX_SHIFT
    max_growth: Decimal = DEFAULT_MAX_GROWTH
    min_customers: int = DEFAULT_MIN_CUSTOMERS


class Allocation(NamedTuple):
    """One channel in the plan: today and planned."""

    name: str
    spend: Decimal
    planned: Decimal
    customers: int
    projected: Decimal  # customers the curve projects at the planned spend
    left_alone: LeftAlone | None  # why the plan does not move it
    #: a marketplace's or a payee's commissions, kept out of revenue: what its customers cost
    #: beside its spend (a channel left alone; none is moved)
    fees: Decimal = Decimal(0)
    #: the rule that warns about its lines (Channel.restricted): no price is given for it, in
    #: the plan's JSON as in the check's channel table (AT2 of the fifty-third round's
    #: re-review, 2026-12-07: a charter company's BA121-flagged commissions to corporate
    #: travel managers read "cac": "0")
    restricted: str | None = None
    #: its only spend is tooling (Channel.tools_only): no price either, as in the check's
    #: channel table (part b of the fifty-fifth round, 2026-12-07)
    tools_only: bool = False
    #: the stated gross margin carries its commissions already (Channel.in_margin): its CAC
    #: leaves them out, as the check's channel table does, and one whose only cost they are
    #: has no price (BA2 of the fifty-eighth round's re-review, 2026-12-07)
    in_margin: bool = False

    @property
    def cac(self) -> Decimal | None:
        if self.restricted is not None or self.tools_only or not self.customers:
            return None
        if self.in_margin:
            return self.spend / self.customers if self.spend else None
        return (self.spend + self.fees) / self.customers

    @property
    def projected_cac(self) -> Decimal | None:
        if self.restricted is not None or self.tools_only or not self.projected:
            return None
        if self.in_margin:
            return self.planned / self.projected if self.planned else None
        return (self.planned + self.fees) / self.projected


class Move(NamedTuple):
    """Money moved from one channel to another. ``source`` is None for money added to the
    budget, ``target`` None for money taken out of it."""

    source: str | None
    target: str | None
    amount: Decimal


class Plan(NamedTuple):
    assumptions: Assumptions
    channels: list[Allocation]
    moves: list[Move]
    current_budget: Decimal
    planned_budget: Decimal
    current_customers: int
    projected_customers: Decimal
    asked_budget: Decimal | None  # --budget, when it was outside what the bounds allow
    target: int | None  # --target-new-customers
    most_customers: Decimal  # what the largest budget the bounds allow projects
    best_gain: Decimal  # what the best split would add at this budget, kept or not


def count_range(count: int) -> tuple[float, float]:
    """The 95% range of a count of customers taken as a Poisson count: Garwood's exact
    interval, χ²(2.5%; 2n) ÷ 2 to χ²(97.5%; 2n + 2) ÷ 2, with the chi-square quantiles by
    Wilson and Hilferty's approximation (within 0.05 of exact from a count of 2 up): a count
    of 20 could as well be 12.2 or 30.9."""

    def quantile(z: float, k: int) -> float:
        return k * (1 - 2 / (9 * k) + z * math.sqrt(2 / (9 * k))) ** 3

    low = quantile(-1.959964, 2 * count) / 2 if count > 0 else 0.0
    return max(low, 0.0), quantile(1.959964, 2 * count + 2) / 2


def could_reach(value: Decimal, customers: int, threshold: Decimal, *, grows: bool = True) -> bool:
    """Whether a figure judged on fewer customers than `plan` acts on could as well be on the
    other side of a threshold: at the top of the count's 95% range (:func:`count_range`) for
    one that grows with the count (LTV ÷ CAC, whose CAC is divided by it: at or over), else
    for one that shrinks with it (a payback: at or under), and always on 1 customer, which
    says nothing. BA204 is then no error, and the score and the verdict do not say customers
    cost more than they are worth or pay back too slowly (N8 of the forty-third round,
    2026-12-06: "Critical: customers cost more than they bring back" rested on 2 customers,
    anywhere from 0.1x to 3.3x)."""
    if not 0 < customers < DEFAULT_MIN_CUSTOMERS:
        return False
    if customers == 1:
        return True
    factor = Decimal(str(count_range(customers)[1])) / customers
    return value * factor >= threshold if grows else value / factor <= threshold


def share_range(part: int, whole: int) -> tuple[float, float]:
    """The 95% range of a share of customers, ``part`` of ``whole``: Wilson's score interval
    (E. B. Wilson, 1927), which stays within 0 and 1 on few customers: 7 of 11 (63.6%)
    could as well be 35.4% or 84.8%."""
    z = 1.959964
    p, n = part / whole, whole
    middle = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return max(middle - half, 0.0), min(middle + half, 1.0)


def _customers(spend: float, today: float, customers: int, exponent: float) -> float:
    return customers * (spend / today) ** exponent if spend > 0 else 0.0


class _Movable(NamedTuple):
    name: str
    spend: float
    customers: int
    low: float
    high: float


def _split(movable: Sequence[_Movable], budget: float, exponent: float) -> list[float]:
    """The spends, within each channel's bounds and adding up to ``budget``, at which the next
    dollar wins the same number of customers everywhere it can."""
    if not movable:
        return []
    if exponent >= _STRAIGHT:
        return _fill(movable, budget)

    def at(marginal: float) -> list[float]:
        spends = []
        for m in movable:
            # d/dS c (S/s)^e = e c S^(e-1) / s^e = marginal, so S = s (e c / (marginal s))
            # ^ (1/(1-e)), taken through logarithms: the power overflows as e nears 1.
            power = math.log(exponent * m.customers / (marginal * m.spend)) / (1 - exponent)
            wanted = m.spend * math.exp(min(power, 700.0))
            spends.append(min(max(wanted, m.low), m.high))
        return spends

    low, high = 1e-12, 1e12
    for _ in range(200):
        middle = math.sqrt(low * high)
        if sum(at(middle)) > budget:
            low = middle
        else:
            high = middle
    return at(math.sqrt(low * high))


def _fill(movable: Sequence[_Movable], budget: float) -> list[float]:
    """Without diminishing returns the best split is greedy: every channel at its floor, then
    the money left to the cheapest customers first, each channel up to its ceiling."""
    spends = [m.low for m in movable]
    left = budget - sum(spends)
    for index in sorted(range(len(movable)), key=lambda i: movable[i].spend / movable[i].customers):
        if left <= 0:
            break
        room = movable[index].high - spends[index]
        spends[index] += min(room, left)
        left -= min(room, left)
    return spends


def plan(
    channels: Sequence[Channel],
    *,
    budget: Decimal | None = None,
    target: int | None = None,
    ltv: Decimal | None = None,
    assumptions: Assumptions = Assumptions(),
    ltvs: Mapping[str, Decimal] | None = None,
) -> Plan:
    """A plan for these channels: for ``budget`` (default: today's acquisition spend), or the
    budget that reaches ``target`` new customers. With ``ltv`` (what a customer is worth), no
    channel grows past the spend at which its next customer would cost more than that; a
    channel's own worth in ``ltvs``, by its key, where its sources give their retention."""
    exponent = float(assumptions.exponent)
    movable: list[_Movable] = []
    fixed: list[Allocation] = []
    for channel in channels:
        spend, customers = channel.spend, channel.customers
        why = left_alone(channel, assumptions.min_customers)
        if why is not None:
            fixed.append(
                Allocation(
                    channel.name,
                    spend,
                    spend,
                    customers,
                    Decimal(customers),
                    why,
                    channel.fees,
                    channel.restricted,
                    channel.tools_only,
                    channel.in_margin,
                )
            )
            continue
        low = float(spend * (1 - assumptions.max_shift))
        high = float(spend * (1 + assumptions.max_growth))
        worth = ltvs.get(channel.key, ltv) if ltvs else ltv
        if worth is not None:
            high = max(
                float(spend), min(high, _worth_it(float(spend), customers, float(worth), exponent))
            )
        movable.append(_Movable(channel.name, float(spend), customers, low, high))
    today = sum((c.spend for c in channels), Decimal(0))
    fixed_spend = sum((a.spend for a in fixed), Decimal(0))
    fixed_customers = sum(a.customers for a in fixed)
    least = fixed_spend + _whole(Decimal(sum(m.low for m in movable)))
    most = fixed_spend + _whole(Decimal(sum(m.high for m in movable)))
    most_customers = Decimal(fixed_customers) + Decimal(
        sum(_customers(m.high, m.spend, m.customers, exponent) for m in movable)
    )

    def projected(total: Decimal) -> tuple[list[float], float]:
        spends = _split(movable, float(total - fixed_spend), exponent)
        won = sum(
            _customers(s, m.spend, m.customers, exponent)
            for s, m in zip(spends, movable, strict=True)
        )
        return spends, fixed_customers + won

    asked = budget
    if target is not None:
        budget = _budget_for(target, least, most, projected)
    wanted = today if budget is None else budget
    chosen = min(max(wanted, least), most)
    spends, _ = projected(chosen)
    planned = _rounded(movable, spends, chosen - fixed_spend, assumptions)
    allocations = [
        Allocation(
            m.name,
            Decimal(m.spend),
            s,
            m.customers,
            Decimal(_customers(float(s), m.spend, m.customers, exponent)),
            None,
        )
        for m, s in zip(movable, planned, strict=True)
    ]
    won = sum((a.projected for a in allocations), Decimal(fixed_customers))
    current = fixed_customers + sum(m.customers for m in movable)
    best_gain = won - current
    # ...of the customers the channels that move bring: those no money moves (drive-bys, walk-
    # ins, referrals on their own) are no part of the disruption, and a car wash's 2,600 free
    # drive-bys had made 33 more of its two paid channels' 750 (4.4%) "not worth the
    # disruption" (BE4 of the sixtieth round's re-review, 2026-12-07)
    moving = sum(m.customers for m in movable)
    if chosen == today and best_gain < max(Decimal(1), moving * _SMALLEST_GAIN):
        # Not worth a change of plan (or rounding undid a gain too small to matter).
        allocations = [
            a._replace(planned=a.spend, projected=Decimal(a.customers)) for a in allocations
        ]
        won = Decimal(current)
    return Plan(
        assumptions,
        sorted([*allocations, *fixed], key=lambda a: (a.left_alone is not None, a.name)),
        _moves(allocations),
        today,
        fixed_spend + sum((a.planned for a in allocations), Decimal(0)),
        current,
        won,
        asked if asked is not None and asked != chosen else None,
        target,
        most_customers,
        best_gain,
    )


def _worth_it(spend: float, customers: int, ltv: float, exponent: float) -> float:
    """The spend at which a channel's next customer costs what a customer is worth: the
    marginal CAC, (CAC ÷ e) × (S ÷ s)^(1 − e), equals LTV."""
    cac = spend / customers
    if exponent >= _STRAIGHT:  # a straight line: every customer costs the CAC
        return math.inf if cac <= ltv else spend
    ratio = exponent * ltv / cac
    if ratio <= 1:  # the next customer already costs more than one is worth
        return spend
    return spend * math.exp(min(math.log(ratio) / (1 - exponent), 700.0))


#: Why `plan` leaves a channel alone, as a code; the words are explain.left_alone's
Why = Literal[
    "restricted",  # a rule of law restricts its spend: ``rule``, its flagged ``lines``
    "unnoticed",  # sold at customers' homes without the notice to cancel: the line (BA120)
    "asked",  # a rule asks about its ``lines`` as information: ``rule`` (BA120's creator)
    "one-off",  # no line of it repeats
    "paid-by-supplier",  # a supplier pays for its line, by its own words
    "named-elsewhere",  # customers who named only it were counted in ``other``
    "referral",  # a referral channel with customers
    "paid-without-spend",  # paid for, no spend listed (BA207)
    "no-line",  # no line joined to it, its sources placed by the channel vocabulary
    "unread-source",  # a source nothing read, no line joined (BA113 asks)
    "unknown-source",  # a source read as "other" by a term, no line joined
    "kept-by",  # its lines are counted as keeping customers
    "worked-by",  # people paid to sell it whose pay is not joined to it
    "tools-only",  # its only spend is tooling
    "preneed",  # its customers bought a funeral home's pre-need contracts: the sources
    "no-spend",  # nothing spent there
    "law",  # a law restricts buying it: ``text``, the vocabulary's words
    "per-result",  # a price per result: ``per_result``, core.channels.paid_per_result's
    "two-kinds",  # its lines name two kinds at once
    "moves-money",  # its lines move money or are revenue given up (BA116)
    "no-customers",  # no customers attributed to it
    "unattributed",  # its customers are not all what its spend bought: ``text``, the vocabulary's
    "by-platform",  # customers who named only the platform, read as organic
    "organic-together",  # organic answers in channels judged together
    "organic-by-words",  # organic answers joined to its spend by shared words
    "too-few",  # fewer new customers than the plan acts on: ``customers``
]


class LeftAlone(NamedTuple):
    """Why `plan` moves no money into or out of a channel: the reason's code and what it is
    said with (explain.left_alone words it; issue #13: the core keeps no sentence)."""

    why: Why
    #: the lines or sources it names, in order: the flagged lines ("restricted"), the line
    #: ("unnoticed", "paid-by-supplier"), the source ("named-elsewhere"), those that keep
    #: customers, pay people to sell, are tooling, name two kinds, move money, or the
    #: sources that named only the platform or read as organic
    lines: tuple[str, ...] = ()
    rule: str | None = None  # the rule of law that restricts its spend ("restricted")
    #: the words a data file or core.channels gives ("law", "unattributed")
    text: str | None = None
    customers: int = 0  # its new customers ("too-few")
    other: str | None = None  # the channel they were counted in ("named-elsewhere")
    #: why its spend is a price per result, with its operands ("per-result")
    per_result: PerResult | None = None


#: Cheap words one of which a line a supplier pays for must hold
_SUPPLIER_CUES = ("distribut", "wholesal", "supplier", "vendor", "manufactur", "brewer")
#: A line whose own words say a supplier pays for it: "Newspaper ads paid by distributor",
#: "Distributor paid for our newspaper ad", "Window signs funded by the beer wholesaler"
#: (AO2 of the fifty-second review round, 2026-12-07: `plan --budget 50000` put $12,000 into
#: a liquor store's "Print (newspaper, magazine, flyers)", whose only line was "Newspaper ads
#: paid by distributor": the store's own money does not buy it, so no budget of the store's
#: grows it; for an alcohol retailer it is besides what the tied-house laws forbid a
#: wholesaler to pay, 27 U.S.C. §205(b)(4) "paying or crediting the retailer for any
#: advertising", which BA119 reads, not the plan)
_PAID_BY_SUPPLIER = LazyPattern(
    r"\b(?:paid|funded|covered|reimbursed|sponsored|bought)\s+(?:for\s+)?by\s+(?:the\s+|our\s+|a\s+)?"
    r"(?:[\w'&.-]+\s+){0,3}?(?:distributors?|wholesalers?|suppliers?|vendors?|manufacturers?"
    r"|brewer(?:y|ies))\b"
    r"|\b(?:distributors?|wholesalers?|suppliers?|vendors?|manufacturers?|brewer(?:y|ies))"
    r"(?:'s?|s')?\s+(?:paid|pays|funded|funds|covered|covers|bought|buys|sponsored|sponsors)\b",
    re.IGNORECASE,
)


def _paid_by_supplier(channel: Channel) -> str | None:
    """The name of a channel's line a supplier pays for, where every line of it says so (AO2
    of the fifty-second review round): the plan grows none of it."""
    if not channel.activities:
        return None
    for item in channel.activities:
        lowered = item.activity.name.lower()
        if not any(cue in lowered for cue in _SUPPLIER_CUES):
            return None  # most channels: their first line names no supplier
        if _PAID_BY_SUPPLIER.search(item.activity.name) is None:
            return None
    return channel.activities[0].activity.name


def left_alone(channel: Channel, minimum: int) -> LeftAlone | None:
    """Why the plan moves no money into or out of a channel, or None when it may (BA101
    names the cheapest such channel as where money would go)."""
    spend, customers = channel.spend, channel.customers
    if channel.restricted is not None:
        # its flagged lines by name, where they are not the channel's (P5 of the forty-third
        # round's second re-review: "Referrals and word of mouth: its spend gives ..." of a
        # venue's planner commissions, which had joined its referrals)
        return LeftAlone("restricted", tuple(channel.flagged), rule=channel.restricted)
    if channel.asked_by is not None:
        # a line a rule asks about (a Canadian cannabis store's paid creator, BA120): not grown
        # while the question stands (BI2 of the sixty-second round's second re-review)
        return LeftAlone("asked", channel.asked_lines, rule=channel.asked_by)
    if channel.unnoticed is not None:
        # its sales are made at customers' homes, and a line BA120 warns about says contracts
        # are signed without the notice of the right to cancel (16 CFR §429.1(a), (b); G5 of
        # the forty-ninth review round, as its re-review found it, 2026-12-06)
        return LeftAlone("unnoticed", (channel.unnoticed,))
    if channel.activities and not any(item.activity.repeats for item in channel.activities):
        return LeftAlone("one-off")
    if (line := _paid_by_supplier(channel)) is not None:  # AO2 of the 52nd round
        return LeftAlone("paid-by-supplier", (line,))
    if channel.named_elsewhere:  # B7 of the twenty-third round
        name, _, other = channel.named_elsewhere[0]
        return LeftAlone("named-elsewhere", (name,), other=other)
    if channel.kind == "referral" and customers:
        return LeftAlone("referral")
    if channel.paid_without_spend:
        return LeftAlone("paid-without-spend")
    if (
        not channel.activities
        # ...nor its commissions: a marketplace's fees that name its customers join them as
        # the check's table shows ("GetTransfer fees" beside the 'GetTransfer' source: `plan`
        # said "no line joined to it ... BA113 asks" where the check priced it at $277.78 and
        # BA113 was silent; AU9 of the fifty-fourth round's re-review, part k, 2026-12-07)
        and not channel.fee_lines
        and all(source.classification.kind == "other" for source in channel.sources)
    ):  # a source nothing read: what its customers cost is unknown, not nothing (AA6 of the
        # eighteenth round: "Coastal Realty (MSA)", bought by a flagged agreement, "cost nothing")
        if channel.kind is not None:  # the channel vocabulary placed them, so no BA113 asks
            # (Q10 of the twenty-eighth round, as its re-review found `plan` still said it)
            return LeftAlone("no-line")
        if all(source.classification.term is None for source in channel.sources):
            return LeftAlone("unread-source")
        # read as "other" by a term ("Dealer too expensive", "unknown"): no BA113 asks (C10
        # of the twenty-third round's re-review)
        return LeftAlone("unknown-source")
    if channel.kept_by:  # its lines are counted as keeping customers (L4)
        return LeftAlone("kept-by", tuple(item.activity.name for item in channel.kept_by))
    if channel.worked_by:  # its people's pay is not joined to it (F8)
        return LeftAlone("worked-by", tuple(item.activity.name for item in channel.worked_by))
    if channel.tools_only:  # part b of the fifty-fifth round: a tool bought none of them
        return LeftAlone("tools-only", tuple(item.activity.name for item in channel.activities))
    if PRENEED_SOLD in channel.joined_by:
        # a funeral home's pre-need contracts, calls of later years the CAC prices apart: what
        # one is worth is no at-need call's this year, which the curve's bound is (BE1 of the
        # sixtieth round's re-review, 2026-12-07)
        return LeftAlone("preneed", tuple(s.name for s in channel.sources if s.customers > 0))
    if spend <= 0 and not channel.fees:  # first: nothing spent there at all
        if priced_by_rate(channel) and (why := not_bought(channel)) is not None:
            # ...though not free: a network that sends work at the rates it sets (BB10 of the
            # fifty-ninth round, 2026-12-07: a vision plan's 610 patients "cost nothing today")
            return LeftAlone("per-result", per_result=PerResult("vocabulary", why))
        if unpaid_reps(channel):
            # customers sales reps won, their pay in no line joined: not free (a helper's note
            # of the fifty-ninth round, 2026-12-07: a wholesale bakery's 22 accounts "cost
            # nothing today")
            return LeftAlone("no-line")
        return LeftAlone("no-spend")
    if (law := restricted_by_law(channel)) is not None:  # trigger leads (B14)
        return LeftAlone("law", text=law)
    if (reason := paid_per_result(channel)) is not None:
        return LeftAlone("per-result", per_result=reason)
    if channel.activities and all(
        names_two_kinds(item.classification.term) for item in channel.activities
    ):
        # "Website hosting & SEO": how much of it wins customers is unknown until it is split
        # (a CFO's re-review: the plan's main move had put an inn's money into such a line)
        return LeftAlone("two-kinds", tuple(item.activity.name for item in channel.activities))
    # (with the business's trade, which the check read them with: a staffing firm's client
    # payroll funds are its own cost, a payroll bureau's are collected for others)
    if channel.activities and len(
        moved := lines_that_move_money(channel.activities, channel.trade)
    ) == len(channel.activities):
        # A CFO's review, 2026-12-03: BA116 told a med spa to take its comped influencer
        # treatments out as revenue given up, while BA101 named influencers as where to add
        return LeftAlone("moves-money", tuple(item.activity.name for item, _ in moved))
    if customers == 0:
        return LeftAlone("no-customers")
    if (why := unattributed(channel)) is not None:
        return LeftAlone("unattributed", text=why)
    if guessed := channel.by_platform:
        # A CFO's review, 2026-12-02: a skincare brand's plan moved $132,300 into TikTok ads
        # on 3,900 customers who had answered "TikTok", which the report reads as organic.
        return LeftAlone("by-platform", tuple(source.name for source in guessed))
    together, by_words = "+" in channel.key, "the names share" in channel.joined_by
    if (together or by_words) and (
        organic := [s.name for s in channel.sources if s.classification.kind == "organic"]
    ):
        # Answers read as organic in channels judged together ("Instagram", "TikTok" beside
        # Meta and TikTok ads: AD17 of the nineteenth round, `plan` moved $18,000 into such a
        # row), or joined to a paid line only by the words they share ("FB Marketplace" beside
        # "FB Marketplace boosts": F11 of the twenty-ninth round, $5,760 onto 66 buyers most of
        # whom came by free listings): how many the spend brought is unknown, as where the
        # platform's name alone joined them
        return LeftAlone("organic-together" if together else "organic-by-words", tuple(organic[:3]))
    if customers < minimum:
        return LeftAlone("too-few", customers=customers)
    return None


def can_move(channels: Sequence[Channel], minimum: int = DEFAULT_MIN_CUSTOMERS) -> bool:
    """Whether `plan` has two channels it may move money between (a move takes two): where it
    has not, a finding does not send the owner to it (Y7 and X25 of the seventeenth round: a
    skincare brand's BA110 and BA205 pointed to a plan that could only keep today's split)."""
    found = 0
    for channel in channels:
        if left_alone(channel, minimum) is None:
            found += 1
            if found == 2:
                return True
    return False


def dearer_than_worth(
    channels: Sequence[Channel],
    ltv: Decimal,
    exponent: Decimal = DEFAULT_EXPONENT,
    minimum: int = DEFAULT_MIN_CUSTOMERS,
    ltvs: Mapping[str, Decimal] | None = None,
) -> tuple[list[Channel], int]:
    """The channels `plan` may move whose next customer, at today's spend, costs more than a
    customer is worth (by the plan's curve, CAC ÷ e), and how many channels it may move. Where
    every one of them is such a channel, more budget buys customers at a loss, whatever the
    average says (B8 of the twenty-third round: BA202 said "room to spend more" on a store's
    9.8× average, 1,340 of its 2,165 customers free, while `plan` said the last dollars in its
    ads lose money)."""
    movable = [c for c in channels if left_alone(c, minimum) is None and c.customers > 0]
    worth = ltvs or {}
    dearer = [c for c in movable if c.spend / c.customers / exponent > worth.get(c.key, ltv)]
    return dearer, len(movable)


def too_few_to_judge(channel: Channel, thorough: bool = False) -> bool:
    """Whether a channel has spend and too few customers to tell what one costs (more budget
    may yet buy more there), and no rule of law keeps budget from it (never one the law leaves
    no budget to grow: a dispensary's flagged billboard, S4 of the twenty-eighth round's last
    check). BA202 names such channels where `plan` may move none: only those left alone for
    their count, not a referral channel, a price per lead or a platform's own search
    (F17 of the thirty-fourth review round: a bureau was told to "test more budget" on its fees
    to referring accountants)."""
    if not (0 < channel.customers < DEFAULT_MIN_CUSTOMERS and channel.spend > 0):
        return False
    if thorough:
        # left_alone weighs every reason below, and returns None only where none holds (with
        # customers, not a referral channel; with spend, the law and the price per result are
        # asked): asked alone, as each reason had been weighed twice, a price per result the
        # costliest (0.2% of a batch's instructions, 2026-12-08)
        return left_alone(channel, 0) is None
    return (
        channel.restricted is None  # BA114, BA116, BA119-BA121
        and not channel.tools_only  # more of a tool buys none (part b of the 55th round)
        and restricted_by_law(channel) is None  # a law on buying it (trigger leads)
        # no reason other than the count that `plan` leaves it alone: not a referral channel,
        # a price per result or a platform's own search; ``thorough``, none of `plan`'s other
        # reasons either (customers joined only by shared words...), as BA202 names them
        # (S10 of the round's second re-review; every reason weighed for every small channel
        # of every profile cost 0.5% of a batch, so only where a finding names them)
        and channel.kind != "referral"
        and paid_per_result(channel) is None
        and unattributed(channel) is None
    )


def takes_no_more(
    channels: Sequence[Channel],
    ltv: Decimal | None,
    found: tuple[list[Channel], int] | None = None,
    thorough: bool = False,
    ltvs: Mapping[str, Decimal] | None = None,
) -> bool:
    """Whether no channel would take more budget at a profit, by `plan`'s own reasons: there
    are channels with customers, and either `plan` may move none of them (and none is left
    alone only for too few customers to tell: more budget may yet buy more there), or every
    one it may move already buys its next customer at more than a customer is worth (D4 of
    the twenty-third round's last check: BA101 asked a salon for "a quarter of the gap first,
    on the cheapest channel more money can buy" while `plan` could move none). False where no
    source is listed: nothing then says which channel could. ``found``: what
    :func:`dearer_than_worth` gave for these channels, where the caller has it; ``thorough``:
    a channel is too few to judge only where `plan` has no other reason (as BA202 names
    them: :func:`too_few_to_judge`)."""
    if not any(c.customers > 0 for c in channels):
        return False
    # (whether a channel is too few to judge is asked last: it weighs each channel again)
    if ltv is None:  # only the first reason can be told, and a channel too new to tell ends it
        return not any(  # (what left_alone would say first, asked first)
            c.customers >= DEFAULT_MIN_CUSTOMERS
            and (c.spend > 0 or c.fees)
            and left_alone(c, DEFAULT_MIN_CUSTOMERS) is None
            for c in channels
        ) and not any(too_few_to_judge(c, thorough) for c in channels)
    dearer, movable = found if found is not None else dearer_than_worth(channels, ltv, ltvs=ltvs)
    if movable:
        return len(dearer) == movable
    return not any(too_few_to_judge(c, thorough) and worth_testing(c, ltv) for c in channels)


#: Channels that sell what brings a customer at a price each (a lead, a call, a booked job, a
#: move-in, a meeting), which more budget buys more of at about that price (their reasons in
#: the vocabulary say so): not those whose price is a share of each sale, nor a senior-care
#: placement service or a student-enrolment agent, whose fee per client some of their
#: customers' payers restrict (the vocabulary's reasons: Medicaid, the VA)
_SOLD_AT_A_PRICE = frozenset(
    {"angi", "homeadvisor", "thumbtack", "insurance-lead-vendors", "lead-vendors",
     "mortgage-lead-vendors", "property-management-lead-sites", "storage-marketplaces",
     "pay-per-call", "moving-marketplaces", "moving-lead-vendors", "appointment-setting"}
)  # fmt: skip


class AtAPrice(NamedTuple):
    """A channel `plan` leaves alone because it sells leads at a price each, whose customers
    already cost at most a third of what one is worth: more of them, at that price, pay."""

    channel: str
    cac: Decimal
    ratio: Decimal  # the lifetime value ÷ its CAC


def paying_at_a_price(
    channels: Sequence[Channel],
    ltv: Decimal | None,
    priced: Callable[[Channel], bool] | None = None,
) -> tuple[AtAPrice, ...]:
    """The channels that sell leads at a price each and already pay back at it by the rule of
    thumb (LTV ÷ CAC of 3 or more), on enough customers to tell and with nothing a rule of
    law warns about: where `plan` can move no channel, BA101 and BA202 name them rather than
    say no channel can take more budget at a profit (AZQ2 of the fifty-eighth round, a coach's
    review, 2026-12-07: a plumber's Angi leads at $192 a customer against $638.01 of worth,
    3.3×, stood beside "no channel today can be shown to take more budget at a profit").
    ``priced``: whether the channel table prices a channel (``Facts.priced``), where it is
    asked: a channel it shows no price for is named at none (BC4 of the fifty-ninth round's
    re-review, 2026-12-07)."""
    if ltv is None:
        return ()
    return tuple(
        AtAPrice(channel.name, cac, ltv / cac)
        for channel in channels
        if channel.key in _SOLD_AT_A_PRICE
        and channel.restricted is None
        and (priced is None or priced(channel))
        and channel.customers >= DEFAULT_MIN_CUSTOMERS
        and (cac := channel.cac) is not None
        and cac > 0
        and ltv >= LTV_TO_CAC_MINIMUM * cac
    )


class PaysButHeld(NamedTuple):
    """A channel with spend whose customers already pay back by the rule of thumb, which
    `plan` leaves alone all the same, with its reason (:func:`left_alone`)."""

    channel: str
    cac: Decimal
    ratio: Decimal  # the lifetime value ÷ its CAC
    alone: LeftAlone


def paying_but_held(
    channels: Sequence[Channel],
    ltv: Decimal | None,
    priced: Callable[[Channel], bool] | None = None,
) -> tuple[PaysButHeld, ...]:
    """The channels with spend, on enough customers to tell and nothing a rule of law warns
    about, whose customers already pay back as listed (LTV ÷ their CAC of 3 or more) but that
    `plan` leaves alone, each with the reason `plan` gives, save those that sell leads at a
    price each (:func:`paying_at_a_price` names them): where no channel takes more budget,
    BA101 and BA202 give the reason in the check report too, not only in `plan` (AZQ2 of the
    fifty-eighth round, as its re-review left it, 2026-12-07: a plumber's Google Local Services
    Ads at $150 a customer against $638.01, held back because 90 customers said only
    'google', beside "'bizaudit plan' says why of each").

    ``priced``: whether the channel table prices a channel (``Facts.priced``), where it is
    asked: not a referral channel whose spend rewards referrals at no stated price, or reaches
    only some of its customers, which the table shows at no price (BC4 of the fifty-ninth
    round's re-review, 2026-12-07: a dojo's "Buddy Week & member referral rewards (free
    month)", $5,200 of revenue given up, was named "$94.55 a customer, worth 25.6 times that",
    5,200 ÷ 55, where 14 of the 55 came by parents' word of mouth the reward never reached, and
    the table showed "—")."""
    if ltv is None:
        return ()
    return tuple(
        PaysButHeld(channel.name, cac, ltv / cac, alone)
        for channel in channels
        if channel.spend > 0
        and channel.key not in _SOLD_AT_A_PRICE
        and channel.restricted is None
        and (priced is None or priced(channel))
        and channel.customers >= DEFAULT_MIN_CUSTOMERS
        and (cac := channel.cac) is not None
        and cac > 0
        and ltv >= LTV_TO_CAC_MINIMUM * cac
        # (not a funeral home's pre-need contracts, whose worth is no at-need call's this
        # year: the table gives them no LTV ÷ CAC, so no finding says they pay back; BE1)
        and PRENEED_SOLD not in channel.joined_by
        and (alone := left_alone(channel, DEFAULT_MIN_CUSTOMERS)) is not None
    )


def worth_testing(channel: Channel, ltv: Decimal | None) -> bool:
    """Whether a channel too small to judge may yet take more budget at a profit: not where
    what its customers cost so far is more than a customer is worth, which BA205 says to track
    before moving its money (F16 of the thirty-eighth review round, 2026-12-05: BA202 said "test
    more budget" on a directory whose one customer had cost $2,400 against $774.68)."""
    return ltv is None or (cac := channel.cac) is None or cac <= ltv


def _budget_for(
    target: int,
    least: Decimal,
    most: Decimal,
    projected: Callable[[Decimal], tuple[list[float], float]],
) -> Decimal:
    """The smallest whole budget whose best split projects ``target`` customers (``most``
    when none does)."""
    if projected(most)[1] < target:
        return most
    low, high = least, most
    while high - low > 1:
        middle = _whole((low + high) / 2)
        if middle in (low, high):
            break
        if projected(middle)[1] >= target:
            high = middle
        else:
            low = middle
    return high


def _whole(amount: Decimal) -> Decimal:
    return amount.quantize(Decimal(1), rounding=ROUND_HALF_EVEN)


def _rounded(
    movable: Sequence[_Movable], spends: list[float], total: Decimal, assumptions: Assumptions
) -> list[Decimal]:
    """The planned spends in whole units, small changes dropped, adding up to ``total``
    (itself whole) and within every channel's bounds."""
    today = [Decimal(m.spend) for m in movable]
    lows = [_ceil(Decimal(m.low)) - t for m, t in zip(movable, today, strict=True)]
    highs = [_floor(Decimal(m.high)) - t for m, t in zip(movable, today, strict=True)]
    change = [
        min(max(_whole(Decimal(s) - t), low), high)
        for s, t, low, high in zip(spends, today, lows, highs, strict=True)
    ]
    smallest = max(_whole(total * _SMALLEST_MOVE), Decimal(1))
    change = [c if abs(c) >= smallest else Decimal(0) for c in change]
    residue = total - sum(today) - sum(change)
    order = sorted(range(len(movable)), key=lambda i: -abs(change[i]))
    for i in order:  # put what rounding left over where the bounds allow, largest move first
        if residue == 0:
            break
        new = min(max(change[i] + residue, lows[i]), highs[i])
        residue -= new - change[i]
        change[i] = new
    return [t + c for t, c in zip(today, change, strict=True)]


def _ceil(amount: Decimal) -> Decimal:
    return amount.to_integral_value(rounding=ROUND_CEILING)


def _floor(amount: Decimal) -> Decimal:
    return amount.to_integral_value(rounding=ROUND_FLOOR)


def _moves(allocations: Sequence[Allocation]) -> list[Move]:
    """The changes as moves from one channel to another, largest first; money added to or
    taken out of the budget comes from, or goes to, nowhere (None)."""
    out = sorted(
        ((a.spend - a.planned, a.name) for a in allocations if a.planned < a.spend),
        key=lambda pair: (-pair[0], pair[1]),
    )
    into = sorted(
        ((a.planned - a.spend, a.name) for a in allocations if a.planned > a.spend),
        key=lambda pair: (-pair[0], pair[1]),
    )
    moves: list[Move] = []
    i = j = 0
    left_out = out[0][0] if out else Decimal(0)
    left_in = into[0][0] if into else Decimal(0)
    while i < len(out) and j < len(into):
        amount = min(left_out, left_in)
        moves.append(Move(out[i][1], into[j][1], amount))
        left_out -= amount
        left_in -= amount
        if left_out == 0 and (i := i + 1) < len(out):
            left_out = out[i][0]
        if left_in == 0 and (j := j + 1) < len(into):
            left_in = into[j][0]
    if i < len(out):
        moves.append(Move(out[i][1], None, left_out))
        moves += [Move(name, None, amount) for amount, name in out[i + 1 :]]
    if j < len(into):
        moves.append(Move(None, into[j][1], left_in))
        moves += [Move(None, name, amount) for amount, name in into[j + 1 :]]
    return moves
