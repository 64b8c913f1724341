"""BA205: a channel whose customers cost more to win than they are worth."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from bizaudit.core.channels import Channel, PerResult, accounts_named, paid_per_result
from bizaudit.core.metrics import (
    BeforeCommissions,
    Facts,
    margin_before_commissions,
    worth_before,
)
from bizaudit.core.plan import (
    DEFAULT_EXPONENT,
    DEFAULT_MIN_CUSTOMERS,
    LeftAlone,
    can_move,
    dearer_than_worth,
    left_alone,
)
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.policy import EffectivePolicy
from bizaudit.model.tuples import NamedTuple


class ChannelCostsMore(NamedTuple):
    spend: Decimal
    customers: int
    cac: Decimal
    ltv: Decimal
    per_result: PerResult | None = None  # why its spend is a price per result, not a budget
    #: why `plan` leaves the channel alone for any other reason, with enough customers to judge
    alone: LeftAlone | None = None
    plan_moves: bool = True  # whether `plan` has two channels to move money between
    #: customers who named only its platform, counted in another channel (source, count, that
    #: channel), and the CAC with them: which of the two brought them is not known (B7)
    elsewhere: tuple[str, int, str] | None = None
    with_elsewhere: Decimal | None = None
    #: a law firm's fee divided with the referring lawyers (Rule 1.5(e)) on the channel's
    #: lines, left out of ``spend`` and ``cac`` (AY7 of the fifty-seventh round)
    divided: Decimal = Decimal(0)


class OtherKind(NamedTuple):
    """A channel whose sources name another kind of customer than most of the business's (a
    taproom's wholesale accounts): the one lifetime value the profile gives is the others',
    so whether it pays back is not known (BC2 of the fifty-ninth round's re-review)."""

    spend: Decimal
    customers: int
    cac: Decimal
    ltv: Decimal  # the profile's, the other customers' value
    sources: tuple[str, ...]  # the channel's sources that name the accounts
    of: int  # all the new customers


def other_kind(facts: Facts, channel: Channel) -> tuple[str, ...]:
    """The sources of ``channel`` that name trade or business accounts, where every source of
    the channel with customers does, and they are under half the new customers
    (:func:`bizaudit.core.channels.accounts_named`): the profile's one average revenue, and the
    lifetime value built on it (at any source's retention), are then the other customers' (a
    taproom guest's $210 a visit-year), and an account that buys kegs all year is no such
    customer. Empty for most channels. BC2 of the fifty-ninth round's re-review, 2026-12-07:
    a brewery's wholesale rep, $62,000 ÷ 20 accounts = $3,100, was called a loss at 0.1×
    against a taproom guest's $214.78; a CFO would sign neither figure."""
    return accounts_named(channel, sum(c.customers for c in facts.by_channel))


class NextCostsMore(NamedTuple):
    """A channel whose customers cost less than they are worth on average, but whose next one,
    by `plan`'s curve, costs more (BA3 of the fifty-eighth round's re-review)."""

    spend: Decimal
    customers: int
    cac: Decimal  # on average, today
    next_cost: Decimal  # the next customer's, by the plan's curve: the CAC ÷ its exponent
    ltv: Decimal
    #: where ``ltv`` is built on a stated margin after marketplaces' commissions that this
    #: channel's customers do not pay, and at the books' margin before them a customer is worth
    #: at least ``next_cost``: that margin, and what a customer is worth at it; the next
    #: customer is then about break-even, not a loss (CK2 of a quick check of the fifty-eighth
    #: round's late changes, 2026-12-07)
    before: BeforeCommissions | None = None
    worth_before: Decimal | None = None


class ChannelCacAboveLtv(Rule):
    """A channel whose customers cost more to win than they are worth.

    Why it matters: the blended figures can look healthy while one channel loses money on
    every customer it brings; the money spent there would win more, or cost less, elsewhere.

    How it is computed: the channel's acquisition spend ÷ the new customers its sources
    brought (the channel table of the report), against the customers' lifetime value (LTV,
    the same for every channel). Channels join spend lines and customer sources by the channel
    vocabulary or the profile's `channel:` fields.

    How to fix: move that channel's money to channels whose customers pay back
    (`bizaudit plan PROFILE` shows where, under stated assumptions), or cut what a customer
    costs there. Check the join first: customers of this channel listed under another
    source's name make its CAC look higher than it is. Under 20 customers (the count `plan`
    needs before it moves a channel's money), the advice is to track the channel another
    period instead, with the range the count could as well be (Garwood's 95% interval). A
    channel whose spend is a price per result (a fee per booking or closing, a marketplace's
    commission) is not a budget to move, and `plan` leaves it alone: the advice is to weigh
    the fee against what each customer it brings is worth, and to renegotiate or drop it (a
    CFO's review, 2026-12-02: BA205 had sent a brokerage's Zillow Flex fees to `plan`, which
    then refused them). Where `plan` leaves the channel alone for another reason (its
    customers named only the platform, its spend must be split first), or has no second channel
    to move the money to, the advice is to cut it by hand, at most 30% in a period (the most
    `plan` itself takes from a channel), and watch whether its new customers fall (Y7 of the
    seventeenth round: a skincare brand was sent to a plan that could only keep today's split).

    Where customers who named only the channel's platform ("Google") were counted in organic
    search (an SEO retainer's, or free), which of the two brought them is
    not known: the finding gives the cost with them too, and where that is within the value
    it is information that asks which way they came before any cut (B7 of the twenty-third
    round, 2026-12-04: a shop was told to cut Google Ads on 40 customers beside 200 who said
    only "Google").

    A channel `plan` may move whose customers cost less than they are worth on average, but
    whose next customer costs more by `plan`'s curve (the CAC ÷ its exponent, 0.5 by default:
    twice the average), is information where `plan` has two channels to move money between:
    its last dollars lose money, which `plan` says how to move (BA3 of the fifty-eighth round's
    re-review, 2026-12-07: a skincare brand scored 100
    with no finding while its Meta and Google ads, 68% of its acquisition spend at 1.8×,
    bought their next customers at more than one is worth).
    """

    id = "BA205"
    name = "channel-cac-above-ltv"
    severity = "warning"
    summary = "A channel's customers cost more than they are worth"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        blended = facts.economics.ltv.value
        if blended is None:
            return
        ltvs = facts.channel_ltvs()  # a channel's own, where its sources give their retention
        for channel in facts.by_channel:
            ltv = ltvs.get(channel.key, blended)
            cac = channel.cac
            if cac is None or cac <= ltv or not channel.activities or not facts.priced(channel):
                continue  # some referrals came on their own: that spend is no price per customer
            if named := other_kind(facts, channel):
                # another kind of customer than the one the lifetime value is of: not known to
                # be a loss, and said so (BC2 of the fifty-ninth round's re-review)
                yield Hit(
                    OtherKind(
                        channel.spend,
                        channel.customers,
                        cac,
                        ltv,
                        named,
                        sum(c.customers for c in facts.by_channel),
                    ),
                    at=("activities", channel.activities[0].position),
                    subject=channel.name,
                    severity="info",
                )
                continue
            if channel.restricted is not None:
                # a rule of law warns about its lines (BA114, BA116, BA119, BA120, BA121): that
                # rule says to stop or correct them, and the channel table gives it no price;
                # a price here, and "cut at most 30%", would say otherwise (AT2 of the
                # fifty-third round's re-review, 2026-12-07)
                continue
            # A law firm's fee divided with the referring lawyers (Rule 1.5(e)) is their share
            # of each referred case's own fee, paid as each case settles, many of them referred
            # in earlier years: this year's payouts ÷ this year's referred cases is no price
            # per case, and the blended CAC's basis says so ("paid as each case's fee comes
            # in, often on cases of earlier periods"). A share of a case's fee cannot cost more
            # than the case brings, so it is judged on the channel's other lines alone, and
            # with none, not at all (AY7 of the fifty-seventh review round, 2026-12-07: a PI
            # firm's $210,000 of co-counsel shares ÷ 22 cases read "$9,545.45 ... cut or
            # renegotiate", against the average case's $5,687.50)
            divided = _divided(channel, facts)
            judged = channel
            if divided:
                rest = channel.spend - divided
                if rest <= 0 or rest / channel.customers <= ltv:
                    continue
                cac = rest / channel.customers
                # ...and what kind of spend the rest is, the division apart: no advice to
                # renegotiate a fee division as a price per result
                names = facts.economics.non_referral_cac.divided_names
                judged = channel._replace(
                    activities=tuple(
                        item for item in channel.activities if item.activity.name not in names
                    ),
                    spend=rest,
                )
            per_result = paid_per_result(judged)
            alone = left_alone(judged, DEFAULT_MIN_CUSTOMERS) if per_result is None else None
            elsewhere = with_elsewhere = None
            if channel.named_elsewhere:  # "Google", counted in organic search (B7)
                elsewhere = channel.named_elsewhere[0]
                counted = channel.customers + sum(n for _, n, _ in channel.named_elsewhere)
                with_elsewhere = (channel.spend - divided) / counted
            yield Hit(
                ChannelCostsMore(
                    channel.spend - divided,
                    channel.customers,
                    cac,
                    ltv,
                    per_result,
                    alone if channel.customers >= DEFAULT_MIN_CUSTOMERS else None,
                    can_move(facts.by_channel),
                    elsewhere,
                    with_elsewhere,
                    divided,
                ),
                at=("activities", channel.activities[0].position),
                subject=channel.name,
                # which channel brought them is not known: a question, not a verdict
                severity="info" if with_elsewhere is not None and with_elsewhere <= ltv else None,
            )
        yield from _next_costs_more(facts, blended)


def _next_costs_more(facts: Facts, blended: Decimal) -> Iterator[Hit]:
    """The channels `plan` may move whose next customer costs more than one is worth, though
    their customers cost less on average (those that cost more are the rule's first finding),
    and nothing a rule of law warns about is among their lines; only where `plan` has two
    channels to move money between, as the advice sends the owner there."""
    ltvs = facts.channel_ltvs()
    dearer, movable = dearer_than_worth(facts.by_channel, blended, ltvs=ltvs)
    if movable < 2:
        return  # `plan` has no two channels to move money between (as can_move weighs it)
    before = margin_before_commissions(facts) if dearer else None
    for channel in dearer:
        ltv = ltvs.get(channel.key, blended)
        cac = channel.cac
        if (
            cac is None
            or cac > ltv
            or channel.restricted is not None
            or not channel.activities
            or not facts.priced(channel)
            or other_kind(facts, channel)
        ):
            continue
        next_cost = cac / DEFAULT_EXPONENT
        worth = None
        if before is not None and not channel.fees:
            # its customers pay no marketplace's commission where they buy elsewhere (CK2)
            worth = worth_before(ltv, before)
        near = worth is not None and next_cost <= worth
        yield Hit(
            NextCostsMore(
                channel.spend,
                channel.customers,
                cac,
                next_cost,
                ltv,
                before if near else None,
                worth if near else None,
            ),
            at=("activities", channel.activities[0].position),
            subject=channel.name,
            severity="info",  # by the plan's assumed curve: worth knowing, not a verdict
        )


def _divided(channel: Channel, facts: Facts) -> Decimal:
    """The spend on a channel's lines that is a law firm's fee divided with the referring
    lawyers (Rule 1.5(e)), as the CAC reads it (``Cac.divided_names``): 0 for most."""
    names = facts.economics.non_referral_cac.divided_names
    if not names:
        return Decimal(0)
    return sum(
        (item.activity.spend for item in channel.activities if item.activity.name in names),
        Decimal(0),
    )
