"""BA110: marketing spend above the industry's range while customers barely pay back."""

from __future__ import annotations

from collections.abc import Iterator

from bizaudit.core.metrics import Facts
from bizaudit.core.overspend import above_range, within_once_stopped
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.policy import EffectivePolicy


class MarketingAboveRange(Rule):
    """Marketing spend is above the industry's range while customers barely pay it back.

    Why it matters: spending more than the industry's norm can be right for a business that is
    growing on purpose, as long as each customer pays back what it cost to win. When a
    customer is worth under three times their cost, or takes longer than the industry's norm to
    earn it back, the extra spend buys growth at a loss.

    How it is computed: marketing ÷ revenue (with sales added where the industry's range counts
    both, as SaaS's does) above the high end of the declared industry's range, and above any
    minimum you set, while LTV:CAC is under 3 or CAC payback is beyond the industry's norm
    (12 months where none is published). The cost per customer is that of the customers the
    business paid for (referrals left out) when the sources say who came by referral.

    A business that keeps 20% or more of its revenue as operating profit while customers pay
    back within the norm is told so, as information: the spend above the range pays, and the
    advice is to judge channels by what a customer costs, not to cut towards the range (a
    law firm at 35% margin and 7 months' payback would lose more fees than it saved). 20% is
    the high mark of the practitioner rule BA115 quotes (5% low, 10% average, 20% high).
    So is a business whose LTV:CAC is weak only because selling is more than half of what a
    customer costs (BA201 says so), while marketing's own part of that cost pays back 3× or
    more: the advice is the commission plan and the close rate, not cutting marketing (a
    CFO's review, 2026-12-03: a roofer at 2.2× was told to cut marketing whose channels all
    paid back at 3× or more, and `plan` kept the split). So, too, is a business whose margin
    reaches 20% only without draws that are the owners' only pay, while customers pay back
    within the norm: whether it keeps 20% turns on how much of the draws is a wage, and the
    advice is to split them first (AI6 of the twenty-second round, 2026-12-04: a law firm's
    $900,000 of partner draws, counted whole as a cost, had capped its score, while the same
    firm with a salary in their place was "Strong"). So, last, is a business whose spend that
    an agreement sets (a franchise's brand fund) is at or above the range's top by itself: all
    that the owner decides is above it, and the fund's size is for the agreement's renewal (a
    CFO's re-review, 2026-12-05). None of these caps the score. Where a
    client who buys once pays long after being won (a contingency fee at the case's end, a
    commission at closing: the vertical says so), payback in months is no measure of cash, and
    neither exemption is given on it (AJ3 of the same round's re-review).

    Where customers buy once, their one sale paying for winning them is no exemption here:
    the trade's own range is made for its own customers, one-sale clients too (an agent's 6-8%
    of gross commission income, for clients who buy a home once), so above its top while a
    customer is worth under 3× their cost, BA110 warns, and BA201 and the score judge by 3× as
    well, so that the findings never contradict each other (AV4 of the fifty-fourth round's
    second re-review, 2026-12-07: a real estate agent at 37.5% of commission income and 2.1×
    had lost this warning). A trade whose range is a reference only (a real estate
    wholesaler's, an agent's figure) has no top to be above (AU4 of the round's re-review).

    Nor does BA110 say to cut spending that pays at the margin. Where customers pay back within
    the norm and each channel the business buys customers in (referrals aside, and lines a
    rule restricts) is priced on 20 or more customers and wins its next customer, by `plan`'s
    own curve (its average cost ÷ the curve's exponent, 0.5), for less than a customer is
    worth, a cut towards the range would lose more in customers' worth than it saves: the
    finding is information that names the channel nearest its worth, the payback, and what
    reaching the range's top would lose, and it does not cap the score (AX5 of the
    fifty-sixth round, 2026-12-07: a personal-injury firm at 11.6% was told to cut $42,250 of
    ads whose next case cost about $4,500 against the $6,185.57 one is worth, a loss of about
    $21,000). BA201 then judges customers who buy once by their one sale, as above. Where
    customers take longer than the norm to pay back while each such channel still wins its
    next customer for less than one is worth, BA110 warns of the cash a slow payback ties up
    (the cap and the verdict say customers pay back slowly) and advises asking for more up
    front, not a cut; and where spend no customers price (none named it, or fewer than 20)
    sits beside priced channels whose next customers all pay, it names that spend, whose
    return cannot be seen, not a priced channel (the fifty-seventh round, 2026-12-07: a gym
    whose every next member paid was told to cut, starting with its Meta ads).

    Marketing listed as spent on lines BA116 reads as money received (a manufacturer's co-op
    reimbursement) is left out of the share judged, and the finding says how much: money in
    does not put a business above its range (a CFO's review, 2026-12-04: an appliance store
    at 6.5% of sales was at the 5% top without its $30,000 reimbursement). Nor does revenue given
    up (BA116): the share is judged in money, the finding gives it beside the share as listed,
    and what reaching the top would take out is money (a CFO's re-review, 2026-12-05: $1 above
    the top in money had been told to take out $14,201).

    How to fix: cut channel by channel until a customer's cost pays back, and move what is
    saved to the channels that do (`bizaudit plan` works out each step; where it has no two
    channels it can move money between, the advice is to cut by hand, at most 30% a period, the
    most `plan` takes from a channel, and watch whether new customers fall). The finding names the
    channel whose customers cost the most (priced on 20 or more customers; none where one of
    fewer costs more, nor a referral channel), and what reaching
    the top of the range would take out: the range is a reference, not a target to cut to (a
    CFO's review, 2026-12-02: a skincare brand at 36.4% had been told to come back towards a
    tutorial's 12%, two thirds of its marketing).

    Configure: declare `business.industry`; the rule does nothing without an industry.
    """

    id = "BA110"
    name = "marketing-above-range"
    severity = "warning"
    summary = "Marketing spend is above the industry's range while customers barely pay back"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        found = above_range(facts, policy)
        if found is None:
            # above the range only with spend the law may forbid, which stopping brings
            # within it: said, with no lawful channel to cut (part j4 of the fifty-seventh
            # round, 2026-12-07)
            if (within := within_once_stopped(facts, policy)) is not None:
                yield Hit(within, at=("activities",), severity="info")
            return
        if not found.warns:  # (a fund the agreement sets, N3, among them)
            # above the range, but it pays, or only selling makes the ratio weak: said, not a
            # warning
            yield Hit(found, at=("activities",), severity="info")
        else:
            yield Hit(found, at=("activities",), pulls="less")
