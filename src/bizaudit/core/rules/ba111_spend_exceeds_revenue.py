"""BA111: total costs above net revenue: the business runs at a loss."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from bizaudit.core.economics import LTV_TO_CAC_MINIMUM
from bizaudit.core.financing import advance_moved, received_spend, what_makes_the_loss
from bizaudit.core.metrics import Facts
from bizaudit.core.one_off import OneOff, one_off_costs
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.policy import EffectivePolicy
from bizaudit.model.tuples import NamedTuple


def _growth_selling(facts: Facts) -> Decimal:
    """The selling that may buy growth beside marketing: where the trade's range counts them
    together (a SaaS's account executives). Elsewhere a sales team is a running cost, as a
    payroll is: a med spa's coordinators made its second site's rent "the loss that buys
    growth" (F17 of the thirty-sixth review round, 2026-12-05), with marketing within range."""
    vertical = facts.vertical
    return (
        facts.spend["sales"]
        if vertical is not None and vertical.scope == "marketing and sales"
        else Decimal(0)
    )


class Loss(NamedTuple):
    costs: Decimal
    revenue: Decimal  # net revenue
    loss: Decimal  # how much costs exceed it
    net: bool  # revenue is net of contra-revenue
    marketing: Decimal
    #: what the lines BA116 names (loan principal, draws, transfers) add to the costs, when
    #: without them there is no loss: the loss is theirs (the finding is then information)
    moved: Decimal = Decimal(0)
    #: still a loss: what the lines BA116 names that may be costs in part add (a loan payment
    #: with its interest, an owner's draw that may be the owner's pay)
    maybe: Decimal = Decimal(0)
    #: interest and taxes on income, left out of the costs: they come after the operating
    #: profit (AD15 of the nineteenth round: BA111 had called a loss after interest operating)
    after: Decimal = Decimal(0)
    #: of ``moved``, money received listed as spent, which counts in it twice (out of the
    #: costs, and in as income): the lines add up to ``moved`` less it
    received: Decimal = Decimal(0)
    #: still a loss: what the lines surely no cost of the period (a loan's principal, a
    #: transfer) add, taken out first (AH1 of the twenty-first round's re-review: a food truck's
    #: loan payment went unnamed beside its draw)
    out: Decimal = Decimal(0)
    #: where customers pay back (LTV ÷ CAC of 3 or more, paid back within the norm): the
    #: ratio and the months, so the advice plans the cash the loss needs rather than cutting
    #: what wins customers (AI9 of the twenty-second round: a seed-stage SaaS at 8.4× and 3.7
    #: months was told to cut first the costs that bring no customers, its product's)
    pays_back: tuple[Decimal, Decimal] | None = None
    saas: bool = False  # the burn multiple is the SaaS measure of such a loss
    #: a loss only with lines that may not be costs in full (``LossMade.as_listed``)
    as_listed: bool = False
    #: of ``moved``, values never billed taken out of revenue: without them, revenue is that
    #: much more, and the margin is of it, as BA116 gives it (G8 of the thirty-ninth round,
    #: 2026-12-05: 15.5% here beside BA116's 13.4% for one profit)
    restored: Decimal = Decimal(0)
    #: a merchant cash advance's remittances are among the lines taken out: their fee is a
    #: cost not yet listed apart, so the profit without them is before it (L8 of the
    #: forty-second round's re-review, 2026-12-06)
    advance: bool = False
    #: still a loss: what the operating costs whose names say they were one-offs add (a
    #: lawsuit's settlement), and their lines (N10 of the forty-third round)
    one_off: Decimal = Decimal(0)
    one_off_lines: tuple[str, ...] = ()
    #: of ``maybe``, a property's purchase price in a double close, a cost only if revenue
    #: counts its resale (BA116's "resold"; AS5 of the fifty-third review round, 2026-12-07)
    resold: Decimal = Decimal(0)


class SpendExceedsRevenue(Rule):
    """Total costs are above net revenue: the business runs at an operating loss.

    Why it matters: advice about spending more on customers means nothing to a business that
    loses money on its costs as they are; a fractional CFO looks at the loss first.

    How it is computed: every activity except contra-revenue (operations, cost of sales,
    marketing, sales, innovation) added up, but interest and taxes on income, which come after
    the operating profit (the finding names them; AD15 of the nineteenth round: a loss after
    interest had been called operating), against revenue net of contra-revenue. A business
    with no revenue yet (a start-up before launch) is not checked: its spending is runway, not
    a loss on sales.

    When the lines BA116 names that are surely no cost of the period's operations (a loan's
    payments, whose principal is no cost and whose interest comes after the operating profit;
    a transfer; money received; a draw beside a line that pays the owner)
    are what make the loss, so that without them costs are within revenue, the finding is
    information that says so and gives the profit without them, and the score is not capped
    for a loss (a CFO's review, 2026-12-03). Revenue given up (BA116) is not among them:
    read as a line marked contra-revenue is, it is out of revenue and out of the costs, and
    the loss is the same with it (round 63: one premise for every figure). An owner's draw
    where no other line pays the
    owner (it may be the owner's only pay) and a line given up only in part are not taken
    out: the finding stays a warning and names what they add, to be split (a CFO's re-review,
    2026-12-03: a franchisee's "Owner Draws" had turned its loss into a profit a wage for its
    owner would undo).

    Where customers pay back (a customer worth 3× or more what it costs to win, paid back
    within the norm), no line that may be a cost in part (an owner's draw that is the only
    pay) makes the loss, and what builds the business could make it (acquisition beyond the
    minimum share, or building what it sells: not a mature clinic's payroll, E11 of the
    twenty-fourth round), the advice is to plan the cash the loss needs (months of cash left at
    the monthly loss), and for a SaaS to watch the burn multiple, net burn ÷ net new ARR
    (under 1.5 great, over 3 bad: David Sacks, "The Burn Multiple", Craft Ventures, 2020),
    rather than to cut what wins, serves or builds what is sold (AI9 of the twenty-second
    round, 2026-12-04: a seed-stage SaaS at 8.4× was told to cut its product's costs first).

    Operating costs whose names say they were one-offs (a lawsuit's settlement, a relocation,
    "one-time", "non-recurring"; not ``recurring: false`` alone, which a yearly bill may carry)
    stay in the loss, which the period bore, but the finding gives the loss without them, and
    the score's ceiling for a loss of more than 5% of revenue is judged without them, as a
    review of earnings sets such items apart (ASC 225-20-45-16; N10 of the forty-third round
    and O3 of its re-review, 2026-12-06).

    How to fix: find the costs that bring no customers and no delivery and cut those first;
    keep the marketing that pays back, since cutting it cuts next period's revenue. When the
    lines that move money make the loss, take them out (BA116) and judge the profit then.
    """

    id = "BA111"
    name = "spend-exceeds-revenue"
    severity = "warning"
    summary = "Total costs are above net revenue: the business runs at a loss"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        after = facts.below_operating
        costs, revenue = facts.spend["total"] - after, facts.net_revenue
        if facts.revenue <= 0 or costs <= revenue or facts.partial_spending:
            return
        moved, maybe, out, as_listed = what_makes_the_loss(facts)
        economics = facts.economics
        ratio, payback = economics.judged_ratio.value, economics.judged_payback.value
        # not where lines that may be costs in part make the loss (an owner's draw that is the
        # only pay): the loss is the draw's, to be fixed, not growth to fund (AK3 of the
        # twenty-second round's last check: a bookseller was told both)
        pays_back = (
            (ratio, payback)
            if ratio is not None
            and payback is not None
            and ratio >= LTV_TO_CAC_MINIMUM
            and payback <= economics.payback_norm
            and not maybe
            # and only where what builds the business could make the loss: winning customers
            # beyond the minimum share, or building what it sells (AI9's seed-stage SaaS). A
            # mature clinic at 2.5% on acquisition, whose loss is its payroll, buys no growth
            # with it (E11 of the twenty-fourth round)
            and costs - revenue
            <= max(
                facts.marketing_by_purpose["acquire"]
                + _growth_selling(facts)
                - policy.min_marketing_share.value * facts.revenue,
                Decimal(0),
            )
            + facts.spend["innovation"]
            else None
        )
        saas = facts.read_by is not None and facts.read_by.id == "saas"
        once = one_off_costs(facts) if not moved else OneOff(Decimal(0), ())
        yield Hit(
            Loss(costs, revenue, costs - revenue, bool(facts.contra_revenue),
                 facts.spend["marketing"], moved, maybe, after,
                 received_spend(facts.moves) if moved else Decimal(0), out, pays_back, saas,
                 as_listed, _never_billed(facts) if moved else Decimal(0),
                 bool(moved) and advance_moved(facts.moves), once.spend, once.lines,
                 _resold(facts) if maybe else Decimal(0)),
            at=("revenue",),
            severity="info" if moved else None,
        )  # fmt: skip


def _never_billed(facts: Facts) -> Decimal:
    """The values never billed that the lines BA116 names take out of revenue."""
    return sum(
        (item.activity.spend for item, kind in facts.moves if kind == "never billed"), Decimal(0)
    )


def _resold(facts: Facts) -> Decimal:
    """The purchase prices of properties double-closed that the lines BA116 names list."""
    return sum((item.activity.spend for item, kind in facts.moves if kind == "resold"), Decimal(0))
