"""BA201: a customer is worth less than three times what it costs to win one."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from bizaudit.core.channels import paid_per_result, sold_on_commission
from bizaudit.core.economics import LTV_TO_CAC_MINIMUM, LTV_TO_CAC_WEAK, Ratio
from bizaudit.core.metrics import (
    CommissionsNetted,
    Facts,
    commissions_netted,
    priced_only,
    unpriced_channel,
    with_commissions,
)
from bizaudit.core.overspend import above_range, dearest_channel, one_sale_margin
from bizaudit.core.owner_pay import OwnerSelling, with_owner_time
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.policy import EffectivePolicy
from bizaudit.model.tuples import NamedTuple


class LowRatio(NamedTuple):
    figure: Ratio
    non_referral: bool  # judged by the customers the business paid for
    customers: int = 0  # the new customers the judged CAC is divided by
    #: with the owner's marketing and sales hours counted: that time, its CAC and ratio
    #: the owner's time, the CAC and ratio with it, and the new customers it is shared over
    owner: tuple[OwnerSelling, Decimal, Decimal, int] | None = None
    #: the priced channel whose customers cost the most (name, CAC, customers), where BA110
    #: does not already name it: winning customers more cheaply starts there
    dearest: tuple[str, Decimal, int] | None = None
    #: when selling is most of what the judged CAC counts: its sales spend, the whole spend
    #: the CAC counts, and the sales lines (reps' commissions, canvassers)
    selling: tuple[Decimal, Decimal, tuple[str, ...]] | None = None
    #: why the CAC is a ceiling, where it counts reps paid on every sale (channels.
    #: sold_on_commission): the ratio is then a floor
    ceiling: str | None = None
    #: where the ratio is 3× or more only without them: the commissions marketplaces kept on
    #: these customers, and the ratio with them (a floor: they are charged on repeat customers
    #: too); F1 and F4 of the thirty-fourth review round
    commissions: tuple[Decimal, Decimal] | None = None
    #: where the ratio is 3× or more only with the customers of paid channels with nothing
    #: spent on them (BA207) counted at no cost: how many, the ratio on the others and those
    #: channels' names (F6 of the thirty-seventh review round)
    unpriced: tuple[int, Decimal, tuple[str, ...]] | None = None
    #: where customers buy once and the business keeps at least BA115's 5% of revenue after
    #: all its costs, the winning ones included: that operating margin (N9 of the forty-third
    #: round, 2026-12-06)
    one_sale: Decimal | None = None
    #: of ``unpriced``'s channels, those a line a rule of law warns about bought ("independent
    #: marketer" beside "Independent marketers (1099) - $500 per hospice admission", BA114),
    #: with that rule: left out as the others are, but no cost to list (D3 of the forty-ninth
    #: round's re-review, 2026-12-06)
    restricted: tuple[tuple[str, str], ...] = ()
    #: with ``commissions``: whether the stated margin carries them already, which the words
    #: say where it cannot be told (AZ2 of the fifty-eighth review round, 2026-12-07; where
    #: it carries them, they are not counted again and ``commissions`` is None)
    netted: CommissionsNetted | None = None


class LtvCacLow(Rule):
    """A customer is worth less than three times what it costs to win one (LTV:CAC under 3).

    Why it matters: the cost of winning a customer has to come back out of the profit they
    bring over their lifetime, with room left for the rest of the business. A common rule of
    thumb (David Skok) is a lifetime value of at least three times the cost of acquisition.

    How it is computed: CAC = (marketing spend on acquire + sales spend) ÷ new customers; when
    the sources say how many came by referral, the customers the business paid for (the
    others) are what CAC is divided by, since referrals cost nothing to win; sales spend closes
    the referred customers too, so those others carry only their share of it (in proportion to
    their number; a CFO's review, 2026-12-02). LTV =
    `customers.lifetime_value`, or `average_revenue` × `gross_margin` × the periods a customer
    stays within a five-year horizon (from `churn_rate`, or 1 − `retention_rate`). Not checked
    without those figures; under 1 is BA204 instead. On fewer than 20 customers (too few for
    `plan` to move money on) the finding gives the range the ratio could as well be in: the
    count's 95% range as a Poisson count (a count of 3 could as well be 0.6 or 8.8).

    The owner's own selling counts too. Where the owner markets or sells (`owner_hours`) and
    that time has a value in the profile, the finding says what a customer costs with it: the
    hours' share of the lines that pay the owner (a salary on payroll: 16 of 50 hours of a
    $130,000 officer salary is $41,600), else the hours at the owner's rate (as the marketing
    share counts them), shared over all new customers as sales spend is. When only that makes a
    customer worth under 3× (3× or more in cash), the finding is information, not a warning:
    the time is real, but no money changes hands for it (a CFO's review, 2026-12-02: an IT
    firm's clients, 3.9× in cash, were 2.35× with its owner's selling time).

    Where the CAC counts the pay of reps paid on every sale, repeat orders too, or a trail
    commission to referrers paid for as long as the referred clients stay, the finding says the
    CAC is a ceiling and the ratio a floor (Q6 of the thirty-fourth round's re-review).

    The commissions marketplaces keep on the customers the CAC counts (an OTA's, a cruise
    line's: contra-revenue, not spend) are what those customers cost too: where the ratio is
    3× or more only without them, the finding is a warning that gives it with them (a floor,
    as they are charged on repeat customers too; not a delivery app's, which pays its courier
    too; F1 and F4 of the thirty-fourth review round,
    2026-12-05: a tour operator whose cruise lines kept $190,000 scored "Strong" at 19.5×,
    1.2× with them).

    Customers of paid channels with nothing spent on them (BA207: a home warranty company's
    dispatched jobs, ClassPass visits) cost the CAC nothing as listed. Where they are more than
    5% of the customers it counts and the ratio is 3× or more only with them, the finding is a
    warning that gives the ratio on the others, whose cost is listed (the same spend over
    fewer customers; F6 of the thirty-seventh review round, 2026-12-05: an appliance
    repairer's 3.5× rested on 510 warranty jobs at $0; on its 230 other customers, 1.1×). The
    score's customer economics part is judged on that ratio too.

    Where customers buy once (three in four do not come back, or the trade's customers buy
    once), a customer is worth at least 1.5× what winning one costs (the score's line for
    weak economics) and the business keeps at least 5% of its revenue after all its costs
    (BA115's line), winning customers included, the finding is information: their one sale pays for
    winning them and leaves a margin, and the 3× rule of thumb, made for customers who keep
    paying, asks more than such a trade needs (N9 of the forty-third round, 2026-12-06: a
    solar installer at 2.2× with a 12.6% margin was told customers cost too much). The score's
    customer economics part then earns full marks at 1.5× (AV3 of the fifty-fourth round's
    second re-review, 2026-12-07). Not where BA110 warns that marketing is above the top of
    the trade's own range, which is made for its one-sale clients too: both then judge by 3×
    (AV4 of the same re-review: a real estate agent at 37.5% of commission income and 2.1×).

    How to fix: raise what each customer is worth (retention, upsell, price) or lower what it
    costs to win one (channels that convert better, a sharper offer). When selling is more
    than half of what the CAC counts (reps' commissions, canvassers), the advice starts with
    the commission plan and the close rate, and names the sales lines. The finding names the
    channel whose customers cost the most, priced on 20 or more of them, where cheaper customers
    are to be found first (unless BA110 names it already; a CFO's review, 2026-12-02: a brand
    with no industry declared, at an operating loss, 36% of revenue on marketing and 1.6× was
    told only to win customers more cheaply, not where). None is named where a channel of
    fewer customers costs more a customer, nor a referral channel or one whose spend the
    rules restrict (a CFO's review, 2026-12-03: a property manager's referrals, at $452.70 an
    owner, had been named beside Google at $1,200), nor the only channel priced, nor one whose
    customers are worth 3× or more what they cost there (F20 of the thirty-fifth review round,
    2026-12-05: a brewery's only priced channel had been named "the dearest" at 29×).
    """

    id = "BA201"
    name = "ltv-cac-low"
    severity = "warning"
    summary = "Lifetime value is under 3× the cost of acquiring a customer"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        economics = facts.economics
        ratio = economics.judged_ratio.value
        if ratio is None or ratio < 1:
            return
        loaded = with_owner_time(facts)
        # (not a delivery app's, which pays its courier too, as BA101 leaves it out: Q4 of the
        # thirty-fourth round's re-review)
        fees, floor = with_commissions(facts)
        kept = (fees, floor) if floor is not None and floor < LTV_TO_CAC_MINIMUM <= ratio else None
        # 3× or more only with customers whose cost is not listed counted at no cost (not
        # where the commissions already make it less)
        unpriced, priced = priced_only(facts, ratio)
        free = (
            (unpriced, priced, tuple(c.name for c in facts.by_channel if unpriced_channel(c)))
            if priced is not None and priced < LTV_TO_CAC_MINIMUM <= ratio and kept is None
            else None
        )
        if (
            ratio >= LTV_TO_CAC_MINIMUM
            and (loaded is None or loaded[2] >= LTV_TO_CAC_MINIMUM)
            and kept is None
            and free is None
        ):
            return
        one_sale = one_sale_margin(facts, policy) if kept is None and free is None else None
        if one_sale is not None and ratio >= LTV_TO_CAC_MINIMUM:
            # 3× or more in cash, less only with the owner's time counted: customers who buy
            # once are judged by their one sale (BA201's own words for them), and it still
            # pays with the owner's time at 1.5× or more: nothing to say (an estate firm at
            # 4.4× in cash, 2.9× with 18 hours a week of the owner's draw, had read "their one
            # sale pays for winning them" beside an HTML card of 4.4× "under 3×", 2026-12-07);
            # under 1.5× with it, the finding says what the owner's time costs
            if loaded is None or loaded[2] >= LTV_TO_CAC_WEAK:
                return
            one_sale = None  # the owner's time makes even one sale too dear: said as such
        # customers a line BA114 (or another rule of law) flags bought: not free, and no cost
        # to list; left out of the ratio all the same (D3 of the 49th round's re-review)
        restricted = (
            tuple(
                (c.name, c.restricted)
                for c in facts.by_channel
                if unpriced_channel(c) and c.restricted is not None
            )
            if free is not None
            else ()
        )
        yield Hit(
            LowRatio(
                economics.judged_ratio,
                economics.judged_by_non_referral,
                economics.judged_cac.new_customers,
                loaded,
                None if _named_by_ba110(facts, policy) else _dearest_bought(facts),
                _selling(facts),
                sold_on_commission(
                    facts.by_channel,
                    # (not where the CAC counts only the new accounts' commission: BH11)
                    paid.line
                    if (paid := facts.economics.cac.repeat_commission) is not None
                    else None,
                ),
                kept,
                free,
                one_sale,
                restricted,
                commissions_netted(facts) if kept is not None else None,
            ),
            at=("customers",),
            # in cash a customer pays back 3×; only the owner's time counted makes it less;
            # or customers buy once, and their one sale pays for winning them with a margin
            severity="info"
            if (ratio >= LTV_TO_CAC_MINIMUM and kept is None and free is None)
            or one_sale is not None
            else None,
        )


def _named_by_ba110(facts: Facts, policy: EffectivePolicy) -> bool:
    """BA110's advice already names the dearest channel (spend above the range, not paying)."""
    over = above_range(facts, policy)
    return over is not None and over.margin is None


def _selling(facts: Facts) -> tuple[Decimal, Decimal, tuple[str, ...]] | None:
    """Sales spend, the spend the judged CAC counts and the sales lines, when selling is more
    than half of it: the commission plan and the close rate come before the channels (a
    CFO's re-review, 2026-12-03: a roofer's reps' commissions were 60% of what a job cost to
    win, while BA201 named only its dearest ad channel; a practitioner's order of work)."""
    cac = facts.economics.judged_cac
    spent = cac.marketing + cac.sales
    if cac.sales <= 0 or 2 * cac.sales <= spent:
        return None
    lines = tuple(
        item.activity.name
        for item in facts.activities
        if item.classification.category == "sales" and item.activity.spend > 0
    )
    return cac.sales, spent, lines


def _dearest_bought(facts: Facts) -> tuple[str, Decimal, int] | None:
    """The dearest channel (core.overspend.dearest_channel), unless its spend is a price per
    result (a fee per closing: core.channels.paid_per_result): cutting it saves only with the
    customers it brings, so it is no first lever (BK4 of the sixty-third review round,
    2026-12-08: a real-estate team was told to start with Zillow Flex, whose 35% success fee
    is paid only on a closing, which `plan` itself leaves alone)."""
    named = dearest_channel(facts, LTV_TO_CAC_MINIMUM)
    if named is None:
        return None
    channel = next((c for c in facts.by_channel if c.name == named[0]), None)
    return None if channel is not None and paid_per_result(channel) is not None else named
