"""BA115: the business makes a profit, but a thin one."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from bizaudit.core.financing import only_pay_draws, unscheduled_asset_loans
from bizaudit.core.margins import THIN_MARGIN, given_up_base, thin_margin, usual_margin
from bizaudit.core.metrics import Facts
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.policy import EffectivePolicy
from bizaudit.model.tuples import NamedTuple


class ThinMargin(NamedTuple):
    profit: Decimal  # operating profit: net revenue less every cost
    revenue: Decimal  # net revenue
    margin: Decimal  # profit ÷ revenue
    threshold: Decimal
    net: bool  # revenue is net of contra-revenue
    #: lines BA116 names as surely no cost of the period (a loan's principal), left out of the
    #: profit judged (AE15 of the nineteenth round: BA115 quoted 1.8% with the principal in,
    #: where the margin it judges was 3.8%)
    left_out: Decimal = Decimal(0)
    #: draws that are the owners' only pay (no other line pays them), counted as a cost in the
    #: profit judged: a wage in part, profit in part, so the margin is not known until they are
    #: split (AF8 of the twentieth round: partners' $1,050,000 of draws made 60.1% read 3.4%)
    draws: Decimal = Decimal(0)
    owners: int = 1
    #: where a margin this thin is usual in the trade (the vertical's usual_margin_low and its
    #: source): the trade's label and where that is published (M12 of the twenty-seventh round)
    usual: tuple[str, str] | None = None
    #: where the trade has a usual margin and this one is under it: the trade's label and its
    #: usual low end, which the warning names (J13 of the forty-first round's re-review: a
    #: dealer at 1.9% read only "under 5%", not the 2% the trade usually makes)
    under_usual: tuple[str, Decimal] | None = None
    #: the payments of loans for what wears out, kept in the profit judged where no line lists
    #: depreciation, without which the margin would not be thin: whether it is thin is not
    #: known until the depreciation and interest are listed (AZ10 of the fifty-eighth round)
    stand_in: Decimal = Decimal(0)
    #: ...and, beside it, the loan lines for vehicles or equipment left out of it, a payoff, a
    #: balloon, a refinancing or a loan from the owners, with their spend: no measure of a
    #: year's depreciation (CK5 of a quick check of the fifty-eighth round's late changes)
    unscheduled: tuple[tuple[str, Decimal], ...] = ()
    #: the revenue given up in the marketing (BA116), out of net revenue as well as out of the
    #: costs, as BA101's minimum is a share of net revenue without it (BG6): the profit on that
    #: base is the one listed (the sixty-second round, part h, 2026-12-07)
    given: Decimal = Decimal(0)


class ThinOperatingMargin(Rule):
    """The business makes an operating profit, but under 5% of its revenue.

    Why it matters: the audit asks whether the business invests in getting and keeping
    customers, but no fractional CFO would call a business strong that keeps 0.3% of what it
    sells: one slow month turns it into a loss, and every dollar of marketing added comes out
    of that thin profit. The score is capped below "Strong" (79) while the margin is thin,
    and "room to invest" (BA202) is not said.

    How it is computed: operating profit (net revenue less every activity but contra-revenue)
    divided by net revenue, when it is 0 or more and under 5%, and still under 5% without the
    lines BA116 names as surely no cost of the period (a loan's principal, a transfer), and
    the finding gives that margin, the one it judges, and what it left out (AE15 of the
    nineteenth round: it had quoted the margin with a loan's principal in); a loss is BA111.
    Revenue given up in the marketing (BA116) is out of net revenue as well as out of the
    costs, as BA101's minimum is a share of net revenue without it, so BA101 and BA115 give one
    margin (the sixty-second round, part h, 2026-12-07: a lawn company's 4.3% of $1,340,000
    with a $4,000 credit added back is 4% of $1,336,000). The 5% is a
    practitioner rule of thumb for net margins (5% low, 10% average, 20% high: the Corporate
    Finance Institute's, as quoted by FinanceBand; "under 5 percent: thin margin, high risk if
    revenue drops", Red Leaf Bookkeeping), not a survey. The profile's costs are what it lists:
    if the owner's pay is not among them, the true margin is thinner still. Where draws that
    are the owners' only pay are among them, the finding says how much and the margin without
    them, and asks for them to be split into a fair wage and profit first: until then the
    margin is not known (a CFO's review, 2026-12-04: a law firm's partners' draws made its
    60.1% read 3.4%).

    How to fix: look at prices and the largest costs before adding spend; marketing that is
    added should pay for itself within the period (CAC payback shorter than the period).
    Where the declared trade's usual margin is under 5% and the business is within it
    (wholesale distribution: the largest US foodservice distributors ran at about 1-4% in
    fiscal 2024, by their Form 10-K annual reports; a full-service restaurant: 3-5%, by a
    restaurant software vendor's guide), the finding says so and is information, not a warning,
    and the score is not capped for it (a CFO's review and its re-review, 2026-12-05); where a
    margin that thin is the plan, skip this rule with the reason.
    """

    id = "BA115"
    name = "thin-margin"
    severity = "warning"
    summary = "The operating margin is under 5% of revenue"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        thin = thin_margin(facts)
        if thin is None:
            return
        profit, revenue, left_out, stand_in = thin
        draws = only_pay_draws(facts)
        hours = facts.profile.owner_hours
        usual = usual_margin(facts, profit, revenue)
        trade = facts.vertical
        under = (
            (trade.label, trade.usual_margin_low)
            if usual is None and trade is not None and trade.usual_margin_low is not None
            else None
        )
        yield Hit(
            ThinMargin(
                profit, revenue, profit / revenue, THIN_MARGIN, bool(facts.contra_revenue),
                left_out, draws, hours.owners if hours is not None else 1, usual, under,
                stand_in, unscheduled_asset_loans(facts) if stand_in else (),
                given_up_base(facts),
            ),
            at=("revenue",),
            # usual in the trade: worth knowing, not a defect (M12); not known until the
            # depreciation is listed: a question, not a defect (AZ10)
            severity="info" if (usual is not None and not draws) or stand_in else None,
        )  # fmt: skip
