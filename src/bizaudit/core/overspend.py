"""Marketing above the industry's range while customers barely pay back, and the channel whose
customers cost the most: what BA110 reports, what caps the score, and what BA201's advice names
(docs/domain.md, "Judgement that respects profit")."""

from __future__ import annotations

from decimal import Decimal

from bizaudit.core.barratry import pays_runners
from bizaudit.core.channels import Channel, contractual
from bizaudit.core.economics import LTV_TO_CAC_MINIMUM, LTV_TO_CAC_WEAK, Payback, Ratio
from bizaudit.core.financing import given_up_marketing
from bizaudit.core.margins import HIGH_MARGIN, THIN_MARGIN, margin_without_moves, unsplit_draws
from bizaudit.core.metrics import (
    ClassifiedActivity,
    CommissionsNetted,
    Facts,
    commissions_netted,
    priced_only,
    with_commissions,
)
from bizaudit.core.own_marketing import restricted_lines, restricted_marketing
from bizaudit.core.owner_pay import with_owner_time
from bizaudit.core.plan import (
    DEFAULT_EXPONENT,
    DEFAULT_MAX_SHIFT,
    DEFAULT_MIN_CUSTOMERS,
    LeftAlone,
    can_move,
    left_alone,
)
from bizaudit.core.referrers import asked_lines
from bizaudit.model.policy import EffectivePolicy
from bizaudit.model.tuples import NamedTuple
from bizaudit.model.verticals import Vertical

__all__ = [
    "AboveRange", "NextPays", "Stopped", "WithinOnceStopped", "above_only_as_listed",
    "above_range", "dearest_channel", "first_sale_covers", "one_sale_margin", "owner_time_ratio",
    "test_ceiling", "warned_in_share", "within_once_stopped",
]  # fmt: skip


class Stopped(NamedTuple):
    """The spend in the share BA110 judges on lines a rule of law warns about, not only asks
    about (BA114, BA116's deductible offset, BA119, BA120 or BA121: ``warned_in_share``): what
    stopping them, as their findings say, takes out first, before any lawful channel is cut
    (part j4 of the fifty-seventh round, 2026-12-07: a personal-injury firm was told to cut its
    billboards first, beside BA114's "stop" on $93,000 of runner payments in the same share)."""

    spend: Decimal
    rules: tuple[str, ...]  # the rules that warn about them, sorted
    lines: int  # how many lines
    #: every one of them a law firm's payment to runners (core.barratry), which BA114 says to
    #: stop: the words name them so
    runners: bool = False
    #: the share in money without them, of the same base (set by ``above_range``)
    after: Decimal = Decimal(0)
    #: their names, which the words give, so that an owner who counts the findings sees
    #: which they are (BA6 of the fifty-eighth round's re-review, 2026-12-07: "the 2 lines
    #: BA114 warns about" beside four BA114 warnings)
    names: tuple[str, ...] = ()
    #: the lines in the share BA114 only asks about (``referrers.asked_lines``), kept in it
    #: until the question is answered: their names and spend (BA6, the same review)
    asked: tuple[str, ...] = ()
    asked_spend: Decimal = Decimal(0)
    #: the share in money without those asked about too, of the same base (set with
    #: ``after``): said beside it, so that the share they are kept in is not read as the one
    #: without them (x's leftover of the fifty-eighth round, 2026-12-07)
    after_asked: Decimal = Decimal(0)


class NextPays(NamedTuple):
    """Every channel the share holds pays for its next customer, by `plan`'s own curve: the
    one nearest not to (name, average CAC, customers, the next customer's cost, what one is
    worth there, and why `plan` leaves it alone, if it does), and what cutting the spend above
    the range's top out of them all, in proportion, would lose (customers, their worth), where
    that cut stays within what `plan` trusts its curve for (DEFAULT_MAX_SHIFT)."""

    name: str
    cac: Decimal
    customers: int
    marginal: Decimal
    worth: Decimal
    alone: LeftAlone | None = None
    lost: tuple[Decimal, Decimal] | None = None
    exponent: Decimal = DEFAULT_EXPONENT  # the curve's, which the words name
    #: the channels the share holds that are not priced on `plan`'s minimum of customers
    #: (name, spend, customers: none joined, or too few to tell what one costs): what their
    #: spend brings cannot be seen, so it, not a priced channel whose next customer pays, is
    #: what the finding names (the fifty-seventh round, 2026-12-07)
    unpriced: tuple[tuple[str, Decimal, int], ...] = ()
    #: the part of the spend above the range's top that ``lost`` takes out of the priced
    #: channels: what is above it less the unpriced spend
    from_priced: Decimal = Decimal(0)
    horizon: int = 5  # the years a customer's worth is counted over

    @property
    def unpriced_spend(self) -> Decimal:
        return sum((spend for _, spend, _ in self.unpriced), Decimal(0))


class AboveRange(NamedTuple):
    share: Decimal
    vertical: Vertical
    ratio: Ratio  # the judged LTV ÷ CAC
    payback: Payback  # the judged payback
    norm: Decimal  # payback norm, months
    weak_ratio: bool  # under 3×
    slow_payback: bool  # beyond the norm
    left_out: Decimal = Decimal(0)  # marketing the range does not count (an agent's referral fees)
    margin: Decimal | None = None  # the operating margin, when high enough that the spend pays
    #: what bringing spend back to the range's top would take out (money, not a share)
    over: Decimal = Decimal(0)
    #: the priced channel whose customers cost the most (name, CAC, customers), to cut first
    dearest: tuple[str, Decimal, int] | None = None
    ltv: Decimal | None = None  # what a customer is worth, that the channel is held against
    #: why `plan` leaves the dearest channel alone (a price per lead), so it is cut by hand
    dearest_alone: LeftAlone | None = None
    #: where selling is more than half of what the judged CAC counts and marketing's own part
    #: of a customer's cost pays back at 3× or more: that part (the ratio is weak from selling,
    #: BA201), and the finding is information
    marketing_cac: Decimal | None = None
    plan_moves: bool = True  # whether `plan` has two channels to move money between
    #: marketing listed as spent on lines BA116 reads as money received (a vendor's co-op
    #: reimbursement), left out of the share judged (AD9 of the nineteenth round)
    received: Decimal = Decimal(0)
    #: draws that are the owners' only pay, where the margin reaches HIGH_MARGIN only without
    #: them (and customers pay back within the norm): whether it pays is not known until they
    #: are split into a wage and profit, and the finding is information (AI6 of the
    #: twenty-second round: a law firm's $900,000 of partner draws, counted whole as a cost,
    #: made BA110 a warning and capped the score; booked as a fair wage, it was "Strong")
    unsplit: Decimal = Decimal(0)
    #: the operating margin without those draws
    margin_without: Decimal | None = None
    #: the share is of revenue net of contra-revenue (K13 of the twenty-sixth round: "41.5% of
    #: revenue" was of net revenue, 36.2% of gross)
    net: bool = False
    #: what an agreement sets (a franchise's brand fund), where it alone is above the range's
    #: top: no cut the owner decides brings the share within it, and the finding is information
    #: (N3 of the twenty-seventh round's re-review: a franchisee told to cut $93,366, with
    #: $49,500 of its own to cut)
    fund: tuple[Decimal, Decimal] | None = None  # its spend, and its share of the base
    #: revenue given up in the share (BA116), and the share in money without it: what is
    #: above the top is judged in money (N1 of the twenty-seventh round's re-review)
    given: tuple[Decimal, Decimal] | None = None
    #: the judged LTV ÷ CAC with the commissions marketplaces kept on those customers, where
    #: it is under 3× and the ratio without them is not: what makes the ratio weak (F11 of the
    #: thirty-third round, 2026-12-05: a guesthouse at 14.4% of revenue against a 4.5% top was
    #: judged at 5.4× here and at 2.0× by the score and BA202, and BA110 said nothing)
    with_fees: Decimal | None = None
    #: the part of ``received`` that is money collected for others and paid over to them (a
    #: studio's competition fees passed through), left out of revenue too: named once, as
    #: such (Facts.marketing_collected; the review of AS7 of the fifty-third round)
    collected: Decimal = Decimal(0)
    #: where customers pay back within the norm and every channel the share holds still buys
    #: its next customer for less than one is worth, by `plan`'s curve (CAC ÷ its exponent):
    #: a cut would cost more in customers than it saves, and the finding is information (AX5
    #: of the fifty-sixth round, 2026-12-07: a personal-injury firm told to cut $42,250 of ads
    #: whose next case cost $4,500 against $6,185.57, a loss of about $21,000 of profit)
    next_pays: NextPays | None = None
    #: the spend in the share on lines a rule of law warns about (``warned_in_share``), part
    #: of ``over``: what stopping them takes out first, and only the rest of ``over`` is asked
    #: of the lawful channels (part j4 of the fifty-seventh round, 2026-12-07)
    stopped: Stopped | None = None
    #: with ``with_fees``: whether the stated margin carries the commissions already, which
    #: the words say where it cannot be told (AZ2 of the fifty-eighth review round,
    #: 2026-12-07; where it carries them, ``with_fees`` is None)
    netted: CommissionsNetted | None = None
    #: where no line in the share is one a rule of law warns about, the lines BA114 only asks
    #: about in it (``asked_in_share``): the words say the share counts them, with the share
    #: without them beside it (x's leftover of the fifty-eighth round, 2026-12-07)
    asked_only: Stopped | None = None

    @property
    def from_lawful(self) -> Decimal:
        """What reaching the range's top takes out beyond the spend the rules of law warn
        about (``stopped``), which stopping takes out first: what the lawful channels would
        give up."""
        return max(self.over - (self.stopped.spend if self.stopped else 0), Decimal(0))

    @property
    def warns(self) -> bool:
        """Whether BA110 warns (the spend is not shown to pay, nor is the ratio weak only
        from selling, nor the share above the top only by unsplit draws or an agreement's
        fund, nor does every channel still buy its next customer at a profit), rather than
        saying so as information."""
        return (
            self.margin is None
            and self.marketing_cac is None
            and not self.unsplit
            and self.fund is None
            and (
                self.next_pays is None
                # slow to pay back: the cash it ties up is the warning, not the profit
                or self.slow_payback
                # spend whose return cannot be seen is not shown to pay
                or bool(self.next_pays.unpriced)
            )
        )

    @property
    def only_slow(self) -> bool:
        """Where BA110 warns, whether it warns only that customers take long to pay back,
        not that the spend loses money: customers are worth 3× their cost or more, or every
        channel the share holds still buys its next customer for less than one is worth over
        the years it is counted (the fifty-seventh round, 2026-12-07: a gym whose every next
        member paid was told its spending "does not pay back"). The cap and the verdict say
        so."""
        return not self.weak_ratio or (
            self.slow_payback and self.next_pays is not None and not self.next_pays.unpriced
        )


def above_only_as_listed(facts: Facts) -> bool:
    """Whether the share is above the industry's range only with what BA110 leaves out of it
    (revenue given up, lines that name selling and marketing at once, lines a rule flags), as
    :func:`above_range` tests it (V7 and W5 of the forty-fifth round's re-reviews, 2026-12-06:
    a treatment centre's 8.8%, 7.5% of it paying for patients, had read "above the industry's
    range", and BA110 had said nothing; a firm above the range whose customers pay back is
    above it all the same)."""
    judged = _judged(facts)
    return judged is not None and judged.only_as_listed


class _Judged(NamedTuple):
    """The share above the range as BA110 judges it: the vertical and the share, the marketing
    held to it and its base, the revenue given up and the flagged spend in it, and whether
    without those it is within the range."""

    vertical: Vertical
    share: Decimal
    spent: Decimal
    on: Decimal
    given: Decimal
    out: Decimal
    only_as_listed: bool


def _asked_in(facts: Facts, with_sales: bool, asked: frozenset[int]) -> list[ClassifiedActivity]:
    """The lines of the share BA114 only asks about (``asked``), flagged or not as what the
    share leaves out (a placement service's fee silent on who pays is a paid channel's), in
    the profile's order (BA6 of the fifty-eighth round's re-review)."""
    if not asked:
        return []
    counted = ("marketing", "sales") if with_sales else ("marketing",)
    return [
        item
        for item in facts.activities
        if item.position in asked and item.classification.category in counted
    ]


def asked_in_share(facts: Facts, with_sales: bool, spent: Decimal, on: Decimal) -> Stopped | None:
    """Where BA114 warns about no line in the share but only asks about some: those lines,
    their spend, and the share as judged (``spent`` of ``on``) with and without them, in a
    ``Stopped`` that stops nothing (x's leftover of the fifty-eighth round, 2026-12-07: BA110
    says the share counts them, with the share without them beside it). None for most
    profiles."""
    if on <= 0 or not restricted_lines(facts, with_sales):
        return None
    kept = _asked_in(facts, with_sales, asked_lines(facts))
    if not kept:
        return None
    spend = sum((item.activity.spend for item in kept), Decimal(0))
    return Stopped(
        Decimal(0),
        (),
        0,
        after=spent / on,
        asked=tuple(item.activity.name for item in kept),
        asked_spend=spend,
        after_asked=(spent - spend) / on,
    )


def warned_in_share(facts: Facts, with_sales: bool = False) -> Stopped | None:
    """The spend in the share on lines a rule of law warns about, not only asks about: the
    lines the share BA101 and the score hold leaves out (``own_marketing.restricted_lines``)
    less those BA114 only asks about, as it decides them (``referrers.asked_lines``: a home
    inspector's fee to agents, a pet crematory's bare handling fee), whose findings ask for a
    check, not a stop. None for most profiles."""
    flagged = restricted_lines(facts, with_sales)
    if not flagged:
        return None
    asked = asked_lines(facts)
    warned = [(item, rule) for item, rule in flagged if item.position not in asked]
    spend = sum((item.activity.spend for item, _ in warned), Decimal(0))
    if spend <= 0:
        return None
    vertical = facts.read_by
    runners = (
        vertical is not None
        and bool(vertical.referral_rule_runners)
        and all(rule == "BA114" and pays_runners(item.activity.name) for item, rule in warned)
    )
    rules = tuple(sorted({rule for _, rule in warned}))
    kept = _asked_in(facts, with_sales, asked)
    return Stopped(
        spend,
        rules,
        len(warned),
        runners,
        names=tuple(item.activity.name for item, _ in sorted(warned, key=lambda w: w[0].position)),
        asked=tuple(item.activity.name for item in kept),
        asked_spend=sum((item.activity.spend for item in kept), Decimal(0)),
    )


class WithinOnceStopped(NamedTuple):
    """The share is above the industry's range only with the spend on lines a rule of law
    warns about, and stopping them, as their findings say, brings it within the range: BA110
    says so, as information, and asks no lawful channel to be cut (part j4 of the
    fifty-seventh round, 2026-12-07)."""

    share: Decimal  # as listed
    vertical: Vertical
    stopped: Stopped  # its ``after`` is within the range
    left_out: Decimal = Decimal(0)  # marketing the range does not count (Facts.range_excluded)
    net: bool = False  # the share is of revenue net of contra-revenue
    #: the spend above the range's top as listed, in money: what the finding is about
    over: Decimal = Decimal(0)


def within_once_stopped(facts: Facts, policy: EffectivePolicy) -> WithinOnceStopped | None:
    """Where the share is above the range only as listed (``above_only_as_listed``) and the
    spend on lines a rule of law warns about (``warned_in_share``; not lines BA114 only asks
    about, nor revenue given up or a line that names selling and marketing at once, which
    their own findings speak of) is what puts it there: stopping it brings the share within
    the range, at or above the minimum. None otherwise (most profiles)."""
    judged = _judged(facts)
    if judged is None or not judged.only_as_listed or not judged.out:
        return None
    vertical, share, spent, on, given, _, _ = judged
    stopped = warned_in_share(facts, vertical.scope == "marketing and sales")
    if stopped is None or on <= 0:
        return None
    # (of revenue without the revenue given up, as the marketing is: BG6 of the sixty-first
    # round's re-review)
    after = (spent - given - stopped.spend) / (on - given)
    if after > vertical.marketing.high or after < vertical.marketing.low:
        return None  # (under the range's low end, BA101 speaks of the gap)
    minimum = policy.min_marketing_share
    measured, base = facts.held_to_minimum(minimum.source == "industry")
    if base > 0 and measured - stopped.spend < minimum.value * base:
        return None  # under the minimum: BA101 asks for lawful spend in their place
    return WithinOnceStopped(
        share,
        vertical,
        stopped._replace(after=after, after_asked=after - stopped.asked_spend / on),
        facts.range_excluded,
        not vertical.on_gross and on != facts.revenue,
        spent - vertical.marketing.high * on,
    )


def _judged(facts: Facts) -> _Judged | None:
    """What :func:`above_range` and :func:`above_only_as_listed` judge a share above the
    industry's range by; None where it is within it, or the range's top is no ceiling."""
    vertical, share = facts.vertical, facts.range_share
    if vertical is None or share is None:
        return None
    if share <= vertical.marketing.high or not vertical.high_is_ceiling:
        return None
    high = vertical.marketing.high
    # Money received is not spent: a co-op reimbursement listed as marketing is no part of the
    # share (Facts.marketing_received; AD9 of the nineteenth round: a store at 6.5% was 5%
    # without it), and the finding says it was left out
    spent, on = facts.held_to_minimum(True)
    # Nor is revenue given up: over the range only with it, the money spent is within it, and
    # BA116 asks for those lines to be taken out (F3 of the twenty-fourth round's re-review: an
    # HVAC firm at 12% was told to take out $82,600, at 9.06% in money, inside 5-10%)
    # ...and out of the revenue the share is of too, as it is out of the marketing (BG6 of the
    # sixty-first round's re-review, 2026-12-07)
    given = given_up_marketing(facts)
    if given and on > given and (spent - given) / (on - given) <= high:
        return _Judged(vertical, share, spent, on, given, Decimal(0), True)
    # Nor a line that names selling and marketing at once, read as marketing, without which
    # the share is within the range: BA107 asks to split it first (F9 of the thirty-second
    # round: "Sales & Marketing payroll (setters, closers, mktg coord)" made a solar installer
    # 22% and BA110 asked to cut $404,000, most of it the setters' and closers' pay)
    mixed = facts.mixed_marketing
    if mixed and on > given and (spent - given - mixed) / (on - given) <= high:
        return _Judged(vertical, share, spent, on, given, Decimal(0), True)
    # Nor lines a rule flags (BA114, BA120, BA121...): the findings ask to stop them, and BA101
    # asks for lawful spend in their place up to the minimum; judged without them, as BA101
    # judges, so that the two never pull apart (H18 of the fortieth round, 2026-12-06: a team
    # at 9% told by BA101 to replace its $40,000 of flagged fees up to 6% and by BA110 to cut
    # to 8%)
    flagged = restricted_marketing(facts, vertical.scope == "marketing and sales")
    out = flagged[0] if flagged else Decimal(0)
    listed = bool(out) and on > given and (spent - given - out) / (on - given) <= high
    return _Judged(vertical, share, spent, on, given, out, listed)


def above_range(facts: Facts, policy: EffectivePolicy) -> AboveRange | None:
    """The over-spending BA110 reports, also used by the score; None when there is none."""
    judged = _judged(facts)
    if judged is None or judged.only_as_listed:
        return None
    vertical, share, spent, on, given, out, _ = judged
    minimum = policy.min_marketing_share
    measured, base = facts.held_to_minimum(minimum.source == "industry")
    if base > 0 and measured - out < minimum.value * base:
        return None  # under the minimum (BA101 asks for more): never "spend more" and "less"
    economics = facts.economics
    ratio, payback, norm = economics.judged_ratio, economics.judged_payback, economics.payback_norm
    # (under 3× even where customers buy once: above its trade's own range's top, that range,
    # not the one-sale relaxation of the 3× rule, is what the spend is held to, and BA201 gives
    # no relaxation where BA110 warns, one_sale_margin; AV4 of the fifty-fourth round's second
    # re-review, 2026-12-07: AU4's mend had silenced BA110 for a real estate agent at 37.5% of
    # commission income and 2.1×, whose 6-8% range is made for agents. The wholesaler AU4 was
    # about has no ceiling: its vertical's range is a reference only, high_is_ceiling false)
    weak = ratio.value is not None and ratio.value < LTV_TO_CAC_MINIMUM
    slow = payback.value is not None and payback.value > norm
    with_fees = None
    if not weak and ratio.value is not None:
        # a marketplace's commissions are what its customers cost too, as the score and BA202
        # judge them
        with_fees = with_commissions(facts)[1]
        if with_fees is not None and with_fees < LTV_TO_CAC_MINIMUM:
            weak = True
        else:
            with_fees = None
    if not (weak or slow):
        return None
    margin = facts.operating_margin
    # A payback in months means cash only where the margin comes month by month or with the
    # sale: not where a client who buys once pays long after being won (a contingency fee at
    # the case's end: AJ3 of the twenty-second round's re-review, "pays back in 8.3 months"
    # beside "paid when the case resolves, many months after")
    timely = payback.value is not None and not slow and payback.paid_when is None
    pays = timely and margin is not None and margin >= HIGH_MARGIN
    unsplit, without = Decimal(0), None
    profit, revenue = facts.operating_profit, facts.net_revenue
    if (
        timely
        and margin is not None
        and not pays
        and profit is not None
        and revenue > 0
        # the owners' only pay, a wage in part and profit in part
        and (unsplit := unsplit_draws(facts, profit, revenue, HIGH_MARGIN))
    ):
        without = (profit + unsplit) / revenue
    # Selling, not marketing, makes the ratio weak: a roofer's reps' commissions were most of
    # its $2,431.63 a job while every paid channel paid back at 3× or more, and BA110 said to
    # cut marketing that `plan` then kept (a CFO's review, 2026-12-03)
    own = None
    cac = economics.judged_cac
    marketing = cac.marketing
    if weak and not slow and cac.new_customers > 0 and cac.sales > marketing:
        own = marketing / cac.new_customers  # as BA201 counts it: selling more than half
        if economics.ltv.value is None or own <= 0 or economics.ltv.value < 3 * own:
            own = None
    dearest = _dearest(facts)
    # in money, of revenue without the revenue given up (BG6)
    over = max(spent - given - vertical.marketing.high * (on - given), Decimal(0))
    # what stopping the lines a rule of law warns about takes out comes first: only the rest
    # is asked of the lawful channels (part j4 of the fifty-seventh round, 2026-12-07)
    stopped = warned_in_share(facts, vertical.scope == "marketing and sales") if out else None
    if stopped is not None and on > given:
        after = (spent - given - stopped.spend) / (on - given)
        stopped = stopped._replace(
            after=after, after_asked=after - stopped.asked_spend / (on - given)
        )
    # ...and where it warns about none there, the lines it only asks about, said as in it
    asked_only = (
        asked_in_share(facts, vertical.scope == "marketing and sales", spent - given, on - given)
        if out and stopped is None
        else None
    )
    lawful = max(over - (stopped.spend if stopped else 0), Decimal(0))
    fixed = facts.agreed_marketing
    fund = (fixed, fixed / on) if on > 0 and fixed >= vertical.marketing.high * on else None
    return AboveRange(
        share, vertical, ratio, payback, norm, weak, slow, facts.range_excluded,
        # in money, as the test above: what reaching the top takes out of money spent (N1 of
        # the twenty-seventh round's re-review: "$14,201" where $1 of money was above it)
        margin if pays else None, over,
        _named(dearest), economics.ltv.value,
        # why `plan` leaves it alone, if it does (a CFO's re-review, 2026-12-03: BA110 said to
        # start with an agency's lead vendors and that the plan worked out each step)
        None if dearest is None else left_alone(dearest, DEFAULT_MIN_CUSTOMERS),
        own, can_move(facts.by_channel), facts.marketing_received, unsplit, without,
        not vertical.on_gross and on != facts.revenue, fund,
        (given, (spent - given) / (on - given)) if given and on > given else None,
        with_fees, facts.marketing_collected,
        # (a slow payback too: it ties up cash that a profit over five years does not answer,
        # so BA110 still warns, of the cash, but never says to cut spending whose next
        # customer pays: the fifty-seventh round, 2026-12-07)
        # (what the lawful channels would give up: the spend on lines a rule of law warns
        # about, which their findings say to stop, comes out first)
        _next_pays(facts, lawful), stopped,
        # (whether the stated margin carries the commissions, where it is judged with them:
        # AZ2 of the fifty-eighth round)
        commissions_netted(facts) if with_fees is not None else None,
        asked_only,
    )  # fmt: skip


def _next_pays(facts: Facts, over: Decimal) -> NextPays | None:
    """Whether every channel with spend that the share holds (not a referral channel, whose
    customers also come on their own, nor one whose lines a rule restricts: their findings ask
    to stop them, nor spend an agreement sets, which is no cut the owner decides) and that is
    priced on `plan`'s minimum of customers buys its next customer, at today's spend, for less
    than a customer there is worth, by `plan`'s curve (c × (S ÷ s)^e, whose next customer costs
    CAC ÷ e: core.plan.dearer_than_worth). Then cutting any of them loses more in customers'
    worth than it saves, and BA110 does not say to cut them. The channel nearest its worth is
    named, the channels not so priced (``unpriced``: no customer joined, or too few to tell),
    and what taking ``over``, less the unpriced spend, out of the priced ones in proportion
    would lose. None where no channel is priced, or a priced one's next customer costs what
    one is worth or more: there the cut advice stands."""
    held = [
        channel
        for channel in facts.by_channel
        if channel.spend > 0
        and channel.kind != "referral"
        and channel.restricted is None
        and contractual(channel) is None
    ]
    if not held:
        return None
    nearest: NextPays | None = None
    priced: list[Channel] = []
    unpriced: list[tuple[str, Decimal, int]] = []
    for channel in held:
        cac = channel.cac
        if cac is None or channel.customers < DEFAULT_MIN_CUSTOMERS or not facts.priced(channel):
            # (no customer joined, or too few to tell what one costs: 20, `plan`'s minimum)
            unpriced.append((channel.name, channel.spend, channel.customers))
            continue
        worth = facts.ltv_of(channel)
        if worth is None or worth <= 0:
            return None
        marginal = cac / DEFAULT_EXPONENT
        if marginal >= worth:
            return None
        priced.append(channel)
        if nearest is None or marginal / worth > nearest.marginal / nearest.worth:
            nearest = NextPays(channel.name, cac, channel.customers, marginal, worth)
    if nearest is None:
        return None
    alone = next(
        (left_alone(c, DEFAULT_MIN_CUSTOMERS) for c in priced if c.name == nearest.name), None
    )
    # what is above the top beyond the unpriced spend comes out of the priced channels
    rest = max(over - sum((spend for _, spend, _ in unpriced), Decimal(0)), Decimal(0))
    total = sum((channel.spend for channel in priced), Decimal(0))
    cut = rest / total if total > 0 else Decimal(1)
    lost = None
    if 0 < cut <= DEFAULT_MAX_SHIFT:
        # each channel keeps (1 − cut) of its spend and c × (1 − cut)^e of its customers
        kept = (1 - cut) ** DEFAULT_EXPONENT
        fewer = [(channel.customers * (1 - kept), facts.ltv_of(channel)) for channel in priced]
        lost = (
            sum((count for count, _ in fewer), Decimal(0)),
            sum((count * (worth or 0) for count, worth in fewer), Decimal(0)),
        )
    return nearest._replace(
        alone=alone,
        lost=lost,
        unpriced=tuple(unpriced),
        from_priced=rest,
        horizon=facts.economics.ltv.horizon,
    )


def dearest_channel(facts: Facts, worth: Decimal | None = None) -> tuple[str, Decimal, int] | None:
    """The channel with spend whose customers cost the most, among those priced on enough
    customers: where a cut loses the fewest customers for its money. A price on fewer than
    `plan`'s minimum is too uncertain to name the channel the one to cut (BA205's line too:
    under 20 customers a channel is tracked, not cut). With ``worth`` (BA201's: what a
    customer must be worth for each one its cost), only a channel among two or more priced,
    whose customers are worth less than that: F20 of the thirty-fifth review round saw the
    only priced channel named "the dearest" at 29× its cost, and one at 8×."""
    found = _dearest(facts)
    if found is None or found.cac is None or worth is None:
        return _named(found)
    value = facts.ltv_of(found)
    if value is not None and value >= worth * found.cac:
        return None
    # (counted among every channel with spend and a price, referrals and restricted ones too:
    # they are never the one named, but a price beside which another is the dearest)
    if sum(1 for channel in facts.by_channel if channel.cac is not None and channel.spend) < 2:
        return None
    return _named(found)


def _named(channel: Channel | None) -> tuple[str, Decimal, int] | None:
    if channel is None or channel.cac is None:
        return None
    return channel.name, channel.cac, channel.customers


def _dearest(facts: Facts) -> Channel | None:
    """The channel ``dearest_channel`` names: none where a channel of fewer customers costs
    more a customer (a CFO's review, 2026-12-03: a property manager was told to start with its
    referrals, at $452.70 an owner, beside Google at $1,200 and a lead site at $1,500), and
    never a referral channel or one whose spend the rules restrict."""
    priced = [
        (cac, channel)
        for channel in facts.by_channel
        if channel.spend > 0
        and channel.kind != "referral"
        and channel.restricted is None
        and (cac := channel.cac) is not None
        and facts.priced(channel)
    ]
    enough = [found for found in priced if found[1].customers >= DEFAULT_MIN_CUSTOMERS]
    if not enough:
        return None
    cac, dearest = max(enough, key=lambda found: found[0])
    return None if any(other > cac for other, _ in priced) else dearest


def one_sale_margin(facts: Facts, policy: EffectivePolicy) -> Decimal | None:
    """The operating margin, where customers buy once (three in four do not come back, or
    the trade's customers buy once) and it is at least BA115's 5% after every cost, winning
    customers included: their one sale pays for winning them and leaves the business a
    margin, and the 3× rule of thumb, made for customers who keep paying (David Skok, "SaaS
    metrics", 2009), asks more than the trade needs (N9 of the forty-third round,
    2026-12-06: a solar installer with a 12.6% margin, whose job's margin left $5,539 after
    its $4,690.91 CAC, was told customers cost too much). Else None.

    BA201 says so of such customers, and the score's customer economics part judges them by
    it too (AV3 of the fifty-fourth round's second re-review, 2026-12-07: a wholesaler's score
    held its deals to 3× beside BA201's "the rule of thumb of at least 3× is for customers who
    keep paying").

    Not where marketing is above the top of the trade's own range while customers are worth
    under 3× their cost and BA110 warns (the spend is not shown to pay): that range is made
    for the trade's own customers, one-sale clients too (an agent's 6-8% of gross commission
    income, the MREA model's, is for clients who buy a home once), and it is what the spend is
    held to; BA110's warning, BA201 and the score then all judge by 3× (AV4 of the same
    re-review: a real estate agent at 37.5% of commission income and 2.1× had lost BA110's
    warning to AU4's mend, whose wholesaler has no ceiling to be above)."""
    economics = facts.economics
    vertical = facts.vertical
    once = economics.judged_payback.one_off is not None or (
        vertical is not None and vertical.buy_once and economics.ltv.churn is None
    )
    ratio = economics.judged_ratio.value
    if (
        not once
        or ratio is None
        # under 1.5×, the score's line for weak economics, winning a customer takes more
        # than two thirds of their one sale's margin: thin, whatever the rest makes
        or ratio < LTV_TO_CAC_WEAK
    ):
        return None
    # the margin as BA115 judges it, without the lines BA116 names as no cost (a loan's
    # principal, a draw beside the owner's pay: O5 of the round's re-review, 2026-12-06), but
    # for the loans for what wears out kept in place of the depreciation no line lists, as
    # BA115, BA101 and BA202 count them (CK3 of a quick check of the fifty-eighth round's late
    # changes, 2026-12-07)
    margin = margin_without_moves(facts, stand_in=True)
    if margin is None or margin < THIN_MARGIN:
        return None
    over = above_range(facts, policy)
    return None if over is not None and over.weak_ratio and over.warns else margin


def first_sale_covers(facts: Facts, policy: EffectivePolicy) -> tuple[Decimal, Decimal] | None:
    """The first sale's margin and the operating margin, where BA201 judges customers by their
    one sale (:func:`one_sale_margin`) and that margin covers what winning one costs; else
    None. BA101 then holds a staged test to two thirds of a customer's worth, not a third (AX7
    of the fifty-sixth round), and BA202 names no channel for a test that BA101 would call too
    dear (:func:`test_ceiling`)."""
    kept = one_sale_margin(facts, policy)
    if kept is None:
        return None
    payback = facts.economics.judged_payback
    if payback.margin is None or payback.cac is None:
        return None
    first = payback.margin.value
    return (first, kept) if payback.cac <= first else None


def test_ceiling(facts: Facts, policy: EffectivePolicy) -> Decimal | None:
    """What a new customer may cost at most in a channel where more budget is tested: a third
    of what a customer is worth (BA201's 3× rule of thumb), or two thirds where their one sale
    pays for winning them (:func:`first_sale_covers`); None without a lifetime value. BA101
    calls the cheapest channel more money can buy too dear above it ("make a customer worth
    more first ... grow the budget once a new one costs under a third of their worth"), so
    BA202 asks for no test on a channel above it: the two never advise opposite ways (AZ6 of
    the fifty-eighth round, 2026-12-07: an MSP read "grow the budget once ..." of Outbound at
    $56,066.67 and "test more budget on those" of the same channel)."""
    ltv = facts.economics.ltv.value
    if ltv is None:
        return None
    covers = first_sale_covers(facts, policy) is not None
    return ltv / (LTV_TO_CAC_WEAK if covers else LTV_TO_CAC_MINIMUM)


def owner_time_ratio(facts: Facts, policy: EffectivePolicy) -> Decimal | None:
    """What a customer is worth over what winning one costs with the owner's marketing and
    selling time counted (``owner_pay.with_owner_time``), where BA201 states that figure:
    None where BA201 is silent, or says something else of the ratio (the marketplaces'
    commissions, customers of channels with nothing spent on them, or, for customers who buy
    once, that their one sale pays for winning them). BA105 quotes the figure only where BA201
    gives it, so that the two name one number (AY8 of the fifty-seventh round's review,
    2026-12-07: BA105 said "worth only 2.4× what it costs to win (BA201)" of a chiropractor
    whose BA201 said 2.6× and that one sale pays for winning a patient)."""
    ratio = facts.economics.judged_ratio.value
    if ratio is None or ratio < 1:
        return None  # BA201 is silent
    loaded = with_owner_time(facts)
    if loaded is None:
        return None
    owned = loaded[2]
    if ratio >= LTV_TO_CAC_MINIMUM and owned >= LTV_TO_CAC_MINIMUM:
        return None  # silent: 3× or more either way
    # as BA201 decides what it says, in its order
    _, floor = with_commissions(facts)
    if floor is not None and floor < LTV_TO_CAC_MINIMUM <= ratio:
        return None  # the commissions' ratio
    _, priced = priced_only(facts, ratio)
    if priced is not None and priced < LTV_TO_CAC_MINIMUM <= ratio:
        return None  # the ratio on the customers whose cost is listed
    if one_sale_margin(facts, policy) is not None and (
        ratio < LTV_TO_CAC_MINIMUM or owned >= LTV_TO_CAC_WEAK
    ):
        return None  # one sale pays for winning them: no figure with the owner's time
    return owned
