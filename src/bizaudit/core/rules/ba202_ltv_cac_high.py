"""BA202: customers are worth far more than they cost to win: room to invest."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from bizaudit.core.capacity import full, nearly_full
from bizaudit.core.channels import restricted_by_law, unpaid_reps
from bizaudit.core.economics import (
    LTV_TO_CAC_CEILING,
    LTV_TO_CAC_MINIMUM,
    Ratio,
    exceeds_served,
    won_otherwise,
)
from bizaudit.core.financing import loss_below, uncovered_debt
from bizaudit.core.margins import THIN_MARGIN, margin_without_moves
from bizaudit.core.metrics import Facts, FlaggedCommission, flagged_commissions, with_commissions
from bizaudit.core.overspend import test_ceiling
from bizaudit.core.own_marketing import paid_beside_a_line
from bizaudit.core.owner_pay import with_owner_time
from bizaudit.core.plan import (
    DEFAULT_MIN_CUSTOMERS,
    AtAPrice,
    PaysButHeld,
    can_move,
    dearer_than_worth,
    left_alone,
    paying_at_a_price,
    paying_but_held,
    takes_no_more,
    too_few_to_judge,
    worth_testing,
)
from bizaudit.core.referrers import asked_lines
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.policy import EffectivePolicy
from bizaudit.model.tuples import NamedTuple


class HighRatio(NamedTuple):
    figure: Ratio
    non_referral: bool  # judged by the customers the business paid for
    #: of the customers the ratio is judged on, those who came through channels nothing is
    #: spent on (search, walk-ins): in the average at no cost, so the next one bought costs
    #: more (a coach's re-review: 6.6× on average, 2.6× at the margin by the plan's curve)
    unpaid: int = 0
    counted: int = 0
    #: commissions marketplaces kept (contra-revenue, not spend) on the customers of channels
    #: they brought, and the ratio with them in the CAC
    fees: Decimal = Decimal(0)
    with_fees: Decimal | None = None
    full: Decimal | None = None  # how full the business is, at or above core.capacity's line
    #: how full it is, from core.capacity's NEARLY_FULL to under FULL: only the places still
    #: free need filling (V20 of the sixteenth round: a centre 87.5% full told "room to spend")
    nearly: Decimal | None = None
    #: whether the profile says how full the business is (``business.capacity_used``)
    capacity_known: bool = False
    #: of ``counted``, the referral customers a funded referral line brought (judged with
    #: referrals left out, those are counted: they were paid for)
    cultivated: int = 0
    plan_moves: bool = True  # whether `plan` has two channels to move money between
    #: channels `plan` may move whose next customer already costs more than one is worth (not
    #: where more budget should go: B8 of the twenty-third round)
    dearer: tuple[str, ...] = ()
    #: channels with spend whose buying the law restricts (mortgage trigger leads): no more
    #: budget goes there either (D3 of the twenty-third round's last check)
    by_law: tuple[str, ...] = ()
    #: no channel `plan` may move takes more budget: the room is elsewhere (D4 of the
    #: twenty-third round's last check)
    nowhere: bool = False
    #: where `plan` may move no channel, those with spend and too few customers to judge (name,
    #: customers), on which alone the room rests (Q13 of the twenty-eighth round: "room to
    #: spend more" beside `plan`'s "no channel can be moved", with 10 customers behind it)
    untold: tuple[tuple[str, int], ...] = ()
    #: channels with spend that a rule of law warns about (BA114, BA116, BA119-BA121), with the
    #: rule: `plan` grows none of them, and the room is not there either (N3 of the
    #: forty-third round, 2026-12-06: "room to spend more" beside a venue's 10% to planners,
    #: which BA121 warns about)
    warned: tuple[tuple[str, str], ...] = ()
    #: where more than half the new customers came through channels that assign work at the
    #: rates they set (core.channels.rate_priced), how many: ``figure`` is then the ratio
    #: without them and their fees, judged on the customers won otherwise (AN4 of the
    #: fifty-first round's second re-review, 2026-12-07)
    rated: int = 0
    #: of ``fees``, the part paid on lines a rule of law flags (BA121's commissions to a
    #: customer's travel managers), which BA202's words name apart from the marketplaces'
    #: (the fifty-fourth round's leftovers, part k, 2026-12-07)
    flagged: tuple[FlaggedCommission, ...] = ()
    #: of ``warned``, the lines BA114 only asks about (core.referrers.asked_lines: a roofer's
    #: gift cards to the listing agents who order inspections), said as asked (the
    #: fifty-seventh round, part j2, 2026-12-07)
    asked: tuple[str, ...] = ()
    #: where ``nowhere``, the channels that sell leads at a price each and already pay back at
    #: it (core.plan.paying_at_a_price: AZQ2 of the fifty-eighth round)
    at_a_price: tuple[AtAPrice, ...] = ()
    #: ...and the other channels whose customers already pay back as listed, each with the
    #: reason `plan` leaves it alone (core.plan.paying_but_held: AZQ2 of the fifty-eighth
    #: round, as its re-review left it)
    held: tuple[PaysButHeld, ...] = ()
    #: of the customers of channels nothing is spent on, those of paid channels whose name a
    #: line read as another kind holds, left out of ``unpaid`` (core.own_marketing.
    #: paid_beside_a_line): (channel, customers, the line, what it was read as)
    beside: tuple[tuple[str, int, str, str], ...] = ()
    #: ...and those of the sales reps' channel with no line of the reps' pay joined
    #: (core.channels.unpaid_reps), left out of ``unpaid`` too: (channel, customers). Their pay
    #: is in the profile somewhere, not in this CAC (a helper's note of the fifty-ninth round,
    #: 2026-12-07: a wholesale bakery's 22 accounts won by its salaried reps)
    by_reps: tuple[tuple[str, int], ...] = ()
    #: the lines a rule asks about as information (line, rule: a Canadian cannabis store's
    #: paid creator, BA120), whose channels `plan` grows not while the question stands: the
    #: room is not named there either (BI2 of the sixty-second round's second re-review)
    questioned: tuple[tuple[str, str], ...] = ()


class LtvCacHigh(Rule):
    """Customers are worth more than five times what they cost to win (LTV:CAC over 5).

    Why it matters: it sounds like good news, and it is, but a ratio far above 5 often means
    the business spends too little on acquisition and grows slower than it could (David Skok).

    How it is computed: LTV ÷ the cost of a customer the business paid for (referrals, which
    cost nothing, are left out when the sources say how many there were: free customers must
    not make buying more of them look cheap). Not reported when that cost takes longer than
    the industry's payback norm to earn back (BA203 says so instead), or when the business
    runs at a loss or on an operating margin under 5% (restaurants run on 3-6%), counted
    without the lines BA116 names as surely no cost of the period (a loan's principal): then
    there is no profit to fund more acquisition from; nor when the owner's own marketing and sales
    time, counted as BA201 counts it, takes a customer under 3× (BA201 says so instead); nor
    when what the business earns before its loan payments covers them less than 1.15 times
    (BA126 says so instead); nor when the interest and the tax on income listed after the
    operating profit turn it into a loss (the verdict says so).

    The ratio is an average: customers who came through channels nothing is spent on (search,
    walk-ins) are in it at no cost, and the finding says how many, since the next customer
    bought costs more than the average (`bizaudit plan --budget`, given a larger budget, shows
    how much at the margin, where it has two channels it can move money between; the finding
    points to it only then).

    A marketplace's commission (Booking.com's, DoorDash's) is taken out of revenue, not
    spent, so the CAC leaves it out, yet it is what those customers cost. When channels with
    such commissions brought customers, the ratio is also worked out with the commissions in
    the CAC; only if that ratio is still over 5 is there room, and the finding gives both
    (an owner's review, 2026-12-02: an inn's 30× left out $126,200 of OTA commissions on 70%
    of its guests; with them, 6.6×). The commissions are charged on repeat stays too, so
    that ratio is a floor. On fewer than 20 customers the finding gives the range the ratio
    could as well be in, as BA201 does.

    A business at least 90% full (`business.capacity_used`) could not serve the customers
    more spend would bring: the finding says the room is in price instead. From 85% full it
    says the room is for the places still free, and sizes the advice to filling them. Where
    the profile does not say how full it is, the advice says that a business booked as full as
    it can serve has its room in price (Y17 of the seventeenth round: a wedding photographer
    working alone, whose limit is the calendar, was told to try more budget).

    Not reported either where every channel `plan` may move already buys its next customer
    at more than a customer is worth (by the plan's curve, the channel's CAC ÷ 0.5): the
    average is then held up by customers who cost nothing, and more budget would buy
    customers at a loss, as `plan` says (a CFO's review, 2026-12-04: a store's 9.8× average
    beside ads at 1.1× and 1.7×).

    Where only some of them do, the advice names them as the channels more budget should not
    go to, as it names those whose spend a rule of law warns about (BA114, BA116, BA119-BA121),
    which `plan` grows none of (N3 of the forty-third round, 2026-12-06: "room to spend more"
    beside a venue's 10% to planners). Where `plan` may move no channel at all (too few
    customers in each, a fee per result, organic search), no room to spend is claimed: the
    finding says no channel today
    takes more budget in proportion, and points to what brings customers without one. Where
    `plan` may move no channel but one with spend has too few customers to judge (under 20),
    and no rule of law flags it, the room rests on it alone: the finding names it and asks for
    a test there (Q13 of the twenty-eighth round, 2026-12-05: a maid service's "room to spend
    more" rested on door hangers' 10 customers, while `plan` said no channel could be moved; a
    flagged one, a dispensary's interstate billboard, is no room: S4 of its last check).

    How to fix: test spending more on the channels that bring customers, and watch the ratio
    as you do; it can fall towards 3 and still pay back.
    """

    id = "BA202"
    name = "ltv-cac-high"
    severity = "info"
    summary = "Lifetime value is over 5× the cost of acquiring a customer: room to invest"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        economics = facts.economics
        figure = economics.judged_ratio
        rated = facts.rate_priced
        if rated is not None and figure.value is not None:
            # Most customers came at a contract's rate (a motor club's calls, a Medicaid
            # broker's trips): the blended CAC is what they cost there, not what won them, and
            # no room to spend is read from it. The ratio is judged on the customers won
            # otherwise, without those channels and their fees, or not at all where none was
            # won otherwise or they cost nothing (AN4 of the fifty-first round's second
            # re-review, 2026-12-07: tow-onechannel's $1,500 Agero membership over 1,850 of
            # its 2,000 calls read "a customer is worth 110.5× what it costs to win", while
            # the CAC's own words said it is no cost of winning one).
            found = won_otherwise(economics.judged_cac, rated)
            ltv = figure.ltv
            if found is None or not found.cac or ltv is None:
                return
            figure = Ratio(ltv / found.cac, ltv, found.cac)
        ratio = figure.value
        if ratio is None or ratio <= LTV_TO_CAC_CEILING:
            return
        payback = economics.judged_payback.value
        if payback is not None and payback > economics.payback_norm:
            return  # one voice: BA203 says payback is too slow
        if exceeds_served(facts.profile) is not None:
            return  # one voice: BA125 doubts the count the ratio rests on (S2 of the thirty-
            # sixth round's second re-review: "room to spend more" beside it, at 60.9×)
        # a loan's principal is no cost (BA116), but a loan for what wears out stands in for
        # its depreciation where none is listed (AZ10 of the fifty-eighth round)
        margin = margin_without_moves(facts, stand_in=True)
        if facts.revenue > 0 and (margin is None or margin < THIN_MARGIN):
            return  # no room to spend more while losing money or barely making any
        if uncovered_debt(facts) is not None:
            return  # ...nor while the loan takes what it earns (one voice: BA126, G7)
        if loss_below(facts) is not None:
            return  # ...nor at a loss after the interest and tax listed (H3 of the 40th round)
        loaded = with_owner_time(facts)
        if loaded is not None and loaded[2] < LTV_TO_CAC_MINIMUM:
            return  # one voice: BA201 says the owner's selling time takes it under 3×
        judged = economics.judged_cac
        skip = ("repeat", "referral") if economics.judged_by_non_referral else ("repeat",)
        # customers of channels nothing is spent on, by each source's own reading: a source
        # read as a referral is left out of the judged CAC wherever it was joined ("Moms group
        # (Facebook)" in an organic channel: F11 of the thirty-first round, 2026-12-05)
        unpaid = sum(
            source.customers
            for c in facts.by_channel
            if c.spend <= 0 and not c.fees and c.kind not in skip
            for source in c.sources
            if source.classification.kind not in skip
        )
        # ...not those of a paid channel a line read as another kind names ("Booksy booking
        # fees", operations, beside 50 clients from 'booksy': they may have cost what it did,
        # as BA207 says; AZQ1 of the fifty-eighth round's re-review, 2026-12-07)
        beside = tuple(
            (channel.name, count, line, read)
            for channel, line, read in (paid_beside_a_line(facts) if unpaid else ())
            if (
                count := sum(
                    s.customers for s in channel.sources if s.classification.kind not in skip
                )
            )
        )
        unpaid -= sum(count for _, count, _, _ in beside)
        # ...nor those sales reps won, whose pay no line joined prices (most profiles: none)
        by_reps = tuple(
            (channel.name, count)
            for channel in (facts.by_channel if unpaid else ())
            if unpaid_reps(channel)
            and (
                count := sum(
                    s.customers for s in channel.sources if s.classification.kind not in skip
                )
            )
        )
        unpaid -= sum(count for _, count in by_reps)
        fees, with_fees = with_commissions(facts)
        if with_fees is not None and with_fees <= LTV_TO_CAC_CEILING:
            return  # the commissions take up the room the ratio seemed to leave
        ltv = economics.ltv.value
        dearer, movable = (
            dearer_than_worth(facts.by_channel, ltv, ltvs=facts.channel_ltvs())
            if ltv is not None
            else ([], 0)
        )
        if movable and len(dearer) == movable:
            return  # one voice: `plan` says the last dollars in them lose money (B8)
        moves = can_move(facts.by_channel)
        untold, too_dear = _untold(facts, policy) if not moves else ((), False)
        counted = judged.new_customers - (rated.customers if rated is not None else 0)
        yield Hit(
            HighRatio(
                figure,
                economics.judged_by_non_referral,
                min(unpaid, counted),
                counted,
                fees,
                with_fees,
                used := full(facts.profile),
                nearly_full(facts.profile),
                facts.profile.business.capacity_used is not None,
                # the referrals counted in the judged CAC as paid for: not those only revenue
                # given up cultivated, which it leaves out (F11 of the thirty-first round: "100
                # of the 185 are referrals ... counted as paid for" beside a CAC that left them
                # out)
                judged.cultivated if economics.judged_by_non_referral else 0,
                moves,
                tuple(channel.name for channel in dearer),
                tuple(
                    channel.name
                    for channel in facts.by_channel
                    if channel.spend > 0 and restricted_by_law(channel) is not None
                ),
                # none `plan` may move (where sources say which), and none left alone only
                # for too few customers to tell (more budget may yet buy more there), as
                # the channels too small to judge are named (weighed for every reason)
                (
                    nowhere := movable == 0
                    and (
                        # the channels too small to judge already cost more than a test there may
                        # (AZ6 of the fifty-eighth round: BA101 says to grow none of them yet)
                        (too_dear and not untold)
                        or takes_no_more(
                            facts.by_channel,
                            ltv,
                            (dearer, movable) if ltv is not None else None,
                            thorough=True,
                        )
                    )
                ),
                untold,
                warned := _warned(facts),
                rated.customers if rated is not None else 0,
                flagged_commissions(facts, referrals=not economics.judged_by_non_referral)
                if with_fees is not None
                else (),
                _asked(facts, warned),
                paying_at_a_price(facts.by_channel, ltv, facts.priced),
                paying_but_held(facts.by_channel, ltv, facts.priced) if nowhere else (),
                beside,
                by_reps,
                tuple(
                    (name, channel.asked_by)
                    for channel in facts.by_channel
                    if channel.asked_by is not None
                    for name in channel.asked_lines
                ),
            ),
            at=("customers",),
            pulls=None if used is not None else "more",  # full: the room is in price
        )


def _untold(facts: Facts, policy: EffectivePolicy) -> tuple[tuple[tuple[str, int], ...], bool]:
    """Where `plan` may move no channel at all, those with spend and too few customers to judge
    (name, customers) that the law leaves free to grow: the room rests on them alone (Q13 of the
    twenty-eighth round). Empty where `plan` may move one channel (`plan --budget` adds to
    it), or none is too small to judge; never a channel a rule of law flags (S4 of the round's
    last check: a dispensary was told to test more on the interstate billboard BA120 flags);
    nor one whose customers cost more than a customer is worth, which BA205 says to track
    before moving its money (F16 of the thirty-eighth review round, 2026-12-05: "test more
    budget" on a directory whose one customer cost $2,400 against $774.68); nor one whose
    customers so far cost more than a test there may (``test_ceiling``: a third of their
    worth, two thirds where one sale pays for winning them), where BA101 says to grow the
    budget only once a new one costs under it (AZ6 of the fifty-eighth round, 2026-12-07: an
    MSP's Outbound, $56,066.67 a customer against $38,864.71, was both). Also whether some
    channel was left out for that alone."""
    channels = facts.by_channel
    if any(c.customers > 0 and left_alone(c, DEFAULT_MIN_CUSTOMERS) is None for c in channels):
        return (), False
    ltv = facts.economics.ltv.value
    small = [
        channel
        for channel in channels
        if too_few_to_judge(channel, thorough=True) and worth_testing(channel, ltv)
    ]
    if not small:
        return (), False
    ceiling = test_ceiling(facts, policy)
    kept = tuple(
        (channel.name, channel.customers)
        for channel in small
        if ceiling is None or (cac := channel.cac) is None or cac <= ceiling
    )
    return kept, len(kept) < len(small)


def _warned(facts: Facts) -> tuple[tuple[str, str], ...]:
    """The channels with spend a rule of law warns about, with the rule, each named by its
    flagged lines where those are what the rule says (a venue's "Planner commissions ...",
    joined to its referrals: P5 of the forty-third round's second re-review, 2026-12-06, where
    "except Referrals and word of mouth" had named the whole referral channel), else by the
    channel's name."""
    # (spend, or commissions kept out of revenue: a charter company's to corporate travel
    # managers, AT2 of the fifty-third round's re-review, 2026-12-07)
    restricted = [
        c for c in facts.by_channel if (c.spend > 0 or c.fees > 0) and c.restricted is not None
    ]
    if not restricted:  # most profiles
        return ()
    # each flagged line under the rule that flags it, where that is not the channel's (a
    # roofer's gift cards to listing agents, BA114's, beside its neighbours' deductible
    # credits, BA116's, had both been said to be what BA116 warns about: the fifty-seventh
    # round, part j2, 2026-12-07)
    rule_of: dict[str, str] = {}
    for rule, lines in facts.law_flagged:
        for item in lines:
            rule_of.setdefault(item.activity.name, rule)
    found: list[tuple[str, str]] = []
    for channel in restricted:
        assert channel.restricted is not None
        for name in channel.flagged or (channel.name,):
            own = rule_of.get(name)
            found.append((name, channel.restricted if own is None else own))
    return tuple(found)


def _asked(facts: Facts, warned: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """Of the lines ``warned`` names under BA114, those it only asks about."""
    if not any(rule == "BA114" for _, rule in warned):
        return ()  # most profiles
    positions = asked_lines(facts)
    asked = {item.activity.name for item in facts.activities if item.position in positions}
    return tuple(name for name, rule in warned if rule == "BA114" and name in asked)
