"""Where an operating margin counts as thin and where as high: the marks BA115, BA110, BA101,
BA118, BA202 and the score share (docs/domain.md, "Judgement that respects profit")."""

from __future__ import annotations

from decimal import Decimal

from bizaudit.core.financing import (
    collected_for_others,
    moved_in,
    only_pay_draws,
    out_of_net_revenue,
    stand_in_for_depreciation,
)
from bizaudit.core.metrics import Facts

__all__ = [
    "HIGH_MARGIN",
    "THIN_MARGIN",
    "given_up_base",
    "margin_without_moves",
    "thin_margin",
    "unsplit_draws",
    "usual_margin",
]

#: An operating margin under this is thin: a practitioner rule of thumb (5% low, 10% average,
#: 20% high), quoted by FinanceBand citing the Corporate Finance Institute, and by Red Leaf
#: Bookkeeping ("under 5 percent: thin margin, high risk if revenue drops"), both read
#: 2026-12-02. Not a survey. Trades whose usual margin is thinner say so (a vertical's
#: usual_margin_low: wholesale, restaurants), and BA115 is information within it.
THIN_MARGIN = Decimal("0.05")
#: ... and at or above this, a high one, by the same rule of thumb (BA110 does not call
#: spending above the range a problem while the business keeps this much and customers pay
#: back within the norm).
HIGH_MARGIN = Decimal("0.20")


def thin_margin(facts: Facts) -> tuple[Decimal, Decimal, Decimal, Decimal] | None:
    """(operating profit judged, net revenue, what that profit adds back, the loan payments
    kept in it as a stand-in for depreciation where only they make it thin) when the margin is
    from 0 to under THIN_MARGIN (a loss is BA111's), else None. The profit judged is without
    the lines surely no cost of the period (``moved_in``: their spend, and money received,
    listed as spent, once more as income; AD6 of the nineteenth round: a job shop's scrap sales
    left a 5.3% margin called thin at 4.4%). Compared by multiplying: most profiles are far
    from it."""
    profit = facts.operating_profit  # None when only part of the spending is listed
    if facts.revenue <= 0 or profit is None:
        return None
    revenue = facts.net_revenue
    if revenue <= 0:
        return None
    if not 0 <= profit < THIN_MARGIN * revenue:
        return None
    # Made thin by lines surely no cost of the period (a loan's principal, revenue given up),
    # which BA116 names with the profit without them: not thin (U2 of the sixteenth round: an
    # optometry practice at 4.99% with $24,000 of principal in it, 6.6% without, was told to
    # cut costs first and not told of its room to invest)
    # ...but revenue given up in the marketing is out of net revenue as well as out of the
    # costs, as BA101's minimum is a share of net revenue without it (BG6): the profit on
    # that base is the one listed (the sixty-second round, part h, 2026-12-07)
    given = given_up_base(facts)
    added = moved_in(facts)[0]
    judged = profit + added
    # ...and judged on revenue without money collected for others and paid over to them (an
    # owner's rental proceeds, a practice's collections), which revenue may count in full:
    # the profit is the same, the revenue the fees (AO5 of the fifty-second review round,
    # 2026-12-07: a rental manager's 9.2% of its fees read 2% of gross bookings; ASC
    # 606-10-55-36 to 55-40, an agent's revenue is its fee)
    revenue = _fees(facts, revenue) - given
    if judged < THIN_MARGIN * revenue:
        return (judged, revenue, added, Decimal(0))
    # ...but a loan for what wears out, with no depreciation listed, stays in (as a stand-in for
    # the depreciation and interest BA116 asks for): thin with it, the margin is not known, which
    # BA115 says as information (AZ10 of the fifty-eighth round: stand_in_for_depreciation)
    stand_in = stand_in_for_depreciation(facts)
    if stand_in and judged - stand_in < THIN_MARGIN * revenue:
        return (judged - stand_in, revenue, added - stand_in, stand_in)
    return None


def _fees(facts: Facts, revenue: Decimal) -> Decimal:
    """``revenue`` without the money collected for others listed as spent
    (``collected_for_others``), where that leaves any; else ``revenue``."""
    collected = collected_for_others(facts)
    return revenue - collected if 0 < collected < revenue else revenue


def usual_margin(facts: Facts, profit: Decimal, revenue: Decimal) -> tuple[str, str] | None:
    """The declared trade's label and the source of its usual margin, where a thin ``profit``
    is within it (a vertical's ``usual_margin_low``: a distributor's 1%, a restaurant's 3%);
    else None. BA115 is then information, and the score is not capped for it (M12 and N12 of
    the twenty-seventh round, P11 of its last check: a 2.2% distributor had been capped at 79
    beside a finding that called its margin usual)."""
    trade = facts.vertical
    if (
        trade is None
        or trade.usual_margin_low is None
        or trade.usual_margin_source is None
        or profit < trade.usual_margin_low * revenue
    ):
        return None
    return trade.label, trade.usual_margin_source


def margin_without_moves(facts: Facts, stand_in: bool = False) -> Decimal | None:
    """The operating margin with the lines surely no cost of the period taken out (as
    ``thin_margin`` reads it): BA202 holds it to the thin line, with ``stand_in`` the loans
    for what wears out kept in where no depreciation is listed (AZ10 of the fifty-eighth
    round: no room to spend is claimed on a margin not known), and BA201's one-sale test
    (``overspend.one_sale_margin``) too (CK3 of a quick check of the round's late changes).
    None without a profit or a net revenue."""
    profit = facts.operating_profit
    revenue = facts.net_revenue
    if profit is None or revenue <= 0:
        return None
    given = given_up_base(facts)
    added = moved_in(facts)[0] - (stand_in_for_depreciation(facts) if stand_in else 0)
    return (profit + added) / (_fees(facts, revenue) - given)


def given_up_base(facts: Facts) -> Decimal:
    """What the one premise takes out of net revenue beside the contra-revenue lines: every
    line BA116 reads as revenue given up, read as a marked contra-revenue line is (out of net
    revenue and out of the costs, the profit the same: ``moved_in`` adds none of it back), and
    the money paid out to customers BA101 leaves out of the marketing
    (financing.out_of_net_revenue; BG6 of the sixty-first round's re-review; round 63, BJ1 of
    the sixty-second round's second re-review, 2026-12-08); 0 for most profiles."""
    if not facts.moves:
        return Decimal(0)
    return out_of_net_revenue(facts)


def unsplit_draws(facts: Facts, profit: Decimal, revenue: Decimal, mark: Decimal) -> Decimal:
    """The draws that are the owners' only pay, where ``profit`` is under ``mark`` of
    ``revenue`` with them counted as a cost and reaches it without them: whether it reaches
    the mark is not known until they are split into a wage and profit (BA101, BA110, BA115's
    cap in the score; AF8 of the twentieth round, AI6 of the twenty-second); else 0."""
    if profit >= mark * revenue:
        return Decimal(0)
    draws = only_pay_draws(facts)
    return draws if draws and profit + draws >= mark * revenue else Decimal(0)
