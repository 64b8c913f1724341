"""The 0-100 score: a weighted sum of six components, each earned from 0 to 1, then capped.

| component                | weight | earned                                                     |
|--------------------------|--------|------------------------------------------------------------|
| marketing investment     | 30     | (marketing share of revenue ÷ minimum)², at most 1, in    |
|                          |        | money, without revenue given up (BA116); not scored where  |
|                          |        | only marketplaces' commissions meet it, as BA101 warns,    |
|                          |        | nor where most customers come at contract rates (BA101:    |
|                          |        | the range is no floor), nor under a range from another     |
|                          |        | country that BA101 calls only a reference here (*)(**)     |
| customer economics       | 20     | LTV ÷ CAC: 1 at 3× or more, 0 at 1× or less, in between    |
|                          |        | (ratio − 1) ÷ 2; halved when payback is beyond the norm    |
|                          |        | and the term customers sign for;                           |
|                          |        | the ratio with marketplaces' commissions where lower;      |
|                          |        | at most half on one customer (BA202: not known at all);    |
|                          |        | 1 at 1.5× where customers buy once and BA201 says their    |
|                          |        | one sale pays for winning them                             |
| referral independence    | 15     | (1 − referral share) ÷ (1 − maximum referral share), ≤ 1; |
|                          |        | full marks when referrals are cultivated on purpose, not   |
|                          |        | through a channel a line a rule warns about pays (BA114)   |
| predictable acquisition  | 15     | funded recurring acquisition channels ÷ 2, at most 1;      |
|                          |        | 0 while none has brought a customer and together they      |
|                          |        | spend under 5% of the marketing minimum (too small yet)    |
| retention                | 10     | 1 when anything is spent on retention, else 0; with        |
|                          |        | nothing spent, 1 when staff who call on the customers they |
|                          |        | serve carry the returning customers' share of their pay,   |
|                          |        | or a customer success team read as cost of revenue keeps   |
|                          |        | them (a SaaS's), or the trade keeps them by the service at |
|                          |        | the share its vertical names (BA104's information, BJ2);   |
|                          |        | not scored where no customer comes back (BA104)            |
| owner time               | 10     | owner marketing time share ÷ minimum, at most 1            |

(*) Before there is any revenue, marketing's share of all spend stands in for its share of
revenue. A component without data (no customer sources, no owner hours, no economics) is left
out and the others are scaled up to 100, so missing data does not hurt; but one the profile
could state and leaves out counts at most half its weight (NOT_KNOWN_AT_MOST), and only a
profile with every part known, retention earned by more than revenue given up, scores 100.
The score is rounded half up to a whole number.

(**) With no industry declared and only the default minimum, a share that meets the low end
of the range of the trade the business's name gives away is held to that low end, as BA101
is.

Caps, so the verdict never contradicts the findings: a customer who costs more than they are
worth (LTV:CAC under 1) caps the score at 59; LTV:CAC under 1.5, spending above the industry's
range with weak economics (BA110, when a warning), an operating loss (BA111), a thin operating
margin (under 5%, BA115; named "draws not split" where only the owners' draws, their only
pay, make it thin), a profit that the interest and the tax on income listed after it turn
into a loss, marketing lines BA116 reads as revenue given up above 5% of
marketing where the share, the retention part or the referrals counted as cultivated rest
on them, or a failing check
(an error finding, or a warning under --strict) cap it at 79, below "Strong"; so do
(core.audit, from the findings) a line paying for referrals that a profession's rules
restrict (BA114), a line giving retailers what the
tied-house laws forbid (BA119), a line offsetting customers' insurance deductibles where the
trade's vertical names the law against it (BA116), a business-or-hobby verdict other
than "business" and an owner whom no line pays under a 20% margin (BA118).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from bizaudit.core.capacity import full
from bizaudit.core.channels import rated_no_floor
from bizaudit.core.economics import LTV_TO_CAC_MINIMUM, LTV_TO_CAC_WEAK, Economics
from bizaudit.core.financing import (
    given_up_marketing,
    loss_below,
    moved_in,
    what_makes_the_loss,
)
from bizaudit.core.margins import (
    THIN_MARGIN,
    given_up_base,
    thin_margin,
    unsplit_draws,
    usual_margin,
)
from bizaudit.core.metrics import (
    UNREAD_MATERIAL,
    WEIGHTY_READING,
    Facts,
    FlaggedCommission,
    flagged_commissions,
    priced_only,
    share,
    unpriced_channel,
    with_commissions,
)
from bizaudit.core.one_off import one_off_costs
from bizaudit.core.overspend import above_range, one_sale_margin
from bizaudit.core.own_marketing import (
    OwnPart,
    before_commissions,
    commissions_covering,
    not_own_parts,
    own_minimum,
    restricted_marketing,
)
from bizaudit.core.plan import could_reach
from bizaudit.core.predictability import Token
from bizaudit.core.shares import NoFloor, no_floor, reference_here
from bizaudit.model.policy import EffectivePolicy
from bizaudit.model.tuples import NamedTuple
from bizaudit.model.verticals import range_abroad

__all__ = [
    "CHANNELS_FOR_FULL_MARKS",
    "Cap",
    "Component",
    "caps",
    "components",
    "cultivated_warned",
    "kept_by_service",
    "none_come_back",
    "score",
]

CHANNELS_FOR_FULL_MARKS = 2

#: What a share in the score is of: revenue (net), gross revenue where the industry's range is
#: on a gross figure, or spend when there is no revenue yet.
Base = Literal["revenue", "gross revenue", "own revenue", "net service revenue", "spend"]
Name = Literal[
    "marketing investment",
    "customer economics",
    "referral independence",
    "predictable acquisition",
    "retention",
    "owner time",
]


#: Why a lifetime value that is known gives no LTV ÷ CAC (Component.no_ratio)
NoRatio = Literal["no spend", "all referral", "no customers"]


class Component(NamedTuple):
    """One part of the score, and the figure and limit it was earned from."""

    name: Name
    weight: int
    earned: Decimal | None  # 0..1, None when there is no data
    value: Decimal | None  # the figure: a share, a count of channels, retention spend
    limit: Decimal | None  # what earns full marks (a minimum or maximum)
    base: Base | None = None  # what a share is of
    with_sales: bool = False  # the share counts sales with marketing (the industry's range does)
    cultivated: int = 0  # referral customers a funded channel brought, left out of the value
    #: referral independence only: referral customers a funded channel brought where a line
    #: of that channel is what a rule of law warns about (a fee per pet to the vet clinics
    #: that send them, BA114), counted in the value as not independent, and those rules
    #: (AU1 of the fifty-fourth round, 2026-12-07)
    cultivated_warned: int = 0
    warned_rules: tuple[str, ...] = ()
    full: Decimal | None = None  # how full the business is, at or above core.capacity's line
    #: customer economics only: the judged ratio, where the commissions marketplaces kept on
    #: the customers it counts lower it and ``value`` is the ratio with them
    without_commissions: Decimal | None = None
    #: marketing investment only: the vertical (its id) the business's name gives away, whose
    #: range's low end is ``limit`` in place of the default minimum (Facts.named_minimum)
    named: str | None = None
    #: marketing investment only: the commissions marketplaces kept on the customers they
    #: brought, counted in ``value`` (of the revenue before them) where only with them the
    #: minimum is met, as BA101 holds it: the part is then not scored
    #: (own_marketing.commissions_covering)
    commissions: Decimal = Decimal(0)
    #: marketing investment only: what is left out of ``value``, by kind, where the minimum is
    #: met only with it (own_marketing.not_own_parts): what an agreement sets, what rules warn
    #: about, revenue given up; BA101 holds the same share
    left_out: tuple[OwnPart, ...] = ()
    #: customer economics only: the months of the contracts customers sign, where the payback
    #: is beyond the norm but within them, so the part was not halved
    within_term: int | None = None
    #: retention only: the part is earned only by lines BA116 reads as revenue given up
    given_up_only: bool = False
    #: customer economics only: the churn was given but looks monthly (BA112), so no lifetime
    #: value was built on it
    doubted: bool = False
    #: customer economics only: the ratio rests on one customer, which BA202 says is not known
    #: at all: the part earns at most half (F7 of the thirty-seventh review round, 2026-12-05:
    #: 20 of 100 points had been earned on one customer at 25×)
    one_customer: bool = False
    #: predictable acquisition only: the channels are too small yet to count as a plan, and
    #: earn nothing (predictability.token_channels)
    token: Token | None = None
    #: customer economics only: new customers of paid channels with nothing spent on them
    #: (BA207), left out of the customers the part's ratio is judged on, and the ratio with
    #: them counted at no cost (F6 of the thirty-seventh review round, 2026-12-05)
    unpriced: int = 0
    unpriced_ratio: Decimal | None = None
    #: ...of them, those that came through channels a line a rule of law warns about bought
    #: (BA114), and those rules: not free, as BA201 says (E5 of the forty-ninth round's second
    #: re-review, 2026-12-06: the part still called them "paid channels with nothing spent on
    #: them, BA207")
    unpriced_restricted: int = 0
    restricted_rules: tuple[str, ...] = ()
    #: customer economics only: of the commissions ``without_commissions`` leaves out, the part
    #: paid on lines a rule of law flags (BA121's commissions to a customer's travel managers):
    #: no marketplace kept it, and the words say so (the fifty-fourth round's leftovers, part k)
    flagged_commissions: tuple[FlaggedCommission, ...] = ()
    #: retention only: with no marketing for it, earned by the returning customers' share of
    #: the pay of staff who sell to every customer (their roles; ``value`` is that share)
    kept_by: tuple[str, ...] = ()
    #: no data because the profile leaves out what it could state (the owner's week; with
    #: revenue, the customers' sources or economics), not because the part does not apply yet
    #: (before revenue) or is not scored (at capacity): it earns at most NOT_KNOWN_AT_MOST
    unstated: bool = False
    #: customer economics only: why there is no ratio where the lifetime value is known: no
    #: spend on winning the new customers (a CAC of $0), every one by referral, or none at all
    #: (Q8 of the forty-fourth round, 2026-12-06: a full centre's basis asked for the average
    #: revenue, margin and retention its profile gave)
    no_ratio: NoRatio | None = None
    #: marketing investment only: the minimum is no floor (a sector's average, or a trade's low
    #: end its source gives as what the trade typically spends), though scored as one
    no_floor: NoFloor | None = None
    #: marketing investment only: the top of the industry's range, where what it leaves beside
    #: a fund an agreement sets is ``limit``, below the minimum (own_marketing.own_minimum)
    top: Decimal | None = None
    #: marketing investment only: more than half the new customers came through channels that
    #: assign work at the rates they set, and BA101 says the range is no floor for the
    #: business: the part is not scored (AN4 of the fifty-first round's second re-review)
    rated: bool = False
    #: marketing investment only: the range, published for another country's businesses, is
    #: only a reference in the business's own, as its vertical's ``abroad`` table says (the
    #: words, ``Vertical.range_reference``), and BA101 asks no budget to reach it: the part is
    #: not scored under it (part i of the sixty-second round, 2026-12-07); at or over it,
    #: full marks, judged against it as a reference
    reference: str = ""
    #: marketing investment only: the country whose businesses the range's sources describe,
    #: where the business keeps its books in another's currency (model.verticals.range_abroad):
    #: the basis says so, as BA101 does ("US")
    abroad: str = ""
    #: customer economics only: customers buy once and BA201 says their one sale pays for
    #: winning them (overspend.one_sale_margin): the operating margin it found, and the part
    #: earns full marks at 1.5×, BA201's line, not 3× (AV3 of the fifty-fourth round's second
    #: re-review, 2026-12-07)
    one_sale: Decimal | None = None
    #: retention only: no customer comes back (BA104's information), so nothing is there to
    #: keep and the part is not scored (AV3 too)
    none_back: bool = False
    #: referral independence only: the limit is the trade's own referral share, what its
    #: customers report (Vertical.referral_max), not a ceiling: the basis says so (BI8 of the
    #: sixty-second round's second re-review, 2026-12-08: "against a 79% maximum")
    reported: bool = False
    #: retention only: with nothing spent on it, the share of customers who stay a year where
    #: the trade keeps them by the service itself (kept_by_service: BA104's information), which
    #: earns the part (BJ2 of the sixty-second round's second re-review, 2026-12-08: a storage
    #: facility lost 10 points for "nothing spent on keeping customers" beside BA104's "little
    #: needs to be")
    stays: Decimal | None = None


def _short(earned: Decimal | None) -> bool:
    """Whether a part earned less than full marks (or has no figure)."""
    return earned is None or earned < 1


def _ratio(value: Decimal | None, target: Decimal) -> Decimal | None:
    if value is None:
        return None
    if target <= 0:
        return Decimal(1)
    return min(value / target, Decimal(1))


def _squared(value: Decimal | None, target: Decimal) -> Decimal | None:
    """Below the minimum, the square of the ratio: half the minimum earns a quarter of the
    marks, as half the norm is far from enough, not halfway there."""
    ratio = _ratio(value, target)
    return None if ratio is None else ratio * ratio


def components(
    facts: Facts, policy: EffectivePolicy, token: Token | None = None, counted: int | None = None
) -> list[Component]:
    """Each part of the score with the figure it was earned from; ``token``: the channels too
    small yet to count as a plan, as the business-or-hobby verdict found them
    (predictability.token_channels), which earn no predictable-acquisition points."""
    minimum = policy.min_marketing_share.value
    max_referral = policy.max_referral_share.value
    min_owner = policy.min_owner_marketing_time.value
    # the channels as the verdict counts them (``counted``: lines one channel joins count once,
    # as the table shows them; S5 of the forty-fourth round's second re-review, 2026-12-06:
    # "1 funded, recurring acquisition channel" beside full marks for 2)
    channels = Decimal(len(facts.channels) if counted is None else counted)
    # Gifts BA121 or BA119 warns about earn no retention (Facts.retention_spend); with no
    # marketing for it, the returning customers' share of the pay of staff who sell to every
    # customer earns it: calling on them keeps them (P7 of the twenty-seventh round)
    retain = facts.retention_spend
    # ...and so does a customer success team read as cost of revenue (a SaaS's: BH9 of the
    # sixty-second round, 2026-12-07)
    by_staff = (facts.kept_by_serving or facts.kept_by_success) if retain <= 0 else None
    none_back = facts.revenue > 0 and retain <= 0 and not by_staff and none_come_back(facts)
    # ...and so does the service itself, where the trade keeps its customers by it and BA104
    # says little needs to be spent (BJ2 of the sixty-second round's second re-review)
    stays = kept_by_service(facts) if facts.revenue > 0 and retain <= 0 and not by_staff else None
    base: Base
    from_industry = policy.min_marketing_share.source == "industry"
    left_out: tuple[OwnPart, ...] = ()
    top: Decimal | None = None
    commissions = Decimal(0)
    if facts.revenue > 0:  # the share BA101 holds to the minimum
        spent, of = facts.held_to_minimum(from_industry)
        invested = share(spent, of)
        given = given_up_marketing(facts)
        in_base = of  # what the share in money is of
        restricted = restricted_marketing(
            facts,
            from_industry
            and facts.vertical is not None
            and facts.vertical.scope == "marketing and sales",
        )
        # Met only with what an agreement sets (a brand fund), what rules warn about and
        # revenue given up, two or more of them together, or with the agreement's alone: what
        # the business spends itself, in money, on marketing it may run is held to the
        # minimum, as BA101 warns (AG2 and AH3 of the twenty-first round: a franchisee scored
        # 100 at 4.95%; V4 of the sixteenth round)...
        if (
            invested is not None
            and invested >= minimum
            and (parts := not_own_parts(facts, restricted, given))
            and (len(parts) >= 2 or parts[0][0] == "agreed")
            # (of revenue without the revenue given up among them, as BA101 holds it: BG6 of
            # the sixty-first round's re-review)
            and (in_base := of - sum((p[1] for p in parts if p[0] == "given up"), Decimal(0)))
            and (own := share(kept := spent - sum((p[1] for p in parts), Decimal(0)), in_base))
            is not None
            # no more of its own than the range's top leaves beside a fund (M1 of the
            # twenty-seventh round), compared in money (N7 of its re-review)
            and kept < (held := _own_held(facts, minimum, from_industry, of, in_base))[0]
        ):
            invested, left_out = own, tuple(kind for kind, _ in parts)
            minimum, top = held[0] / in_base, held[1]
        # ...and otherwise in money: revenue given up (BA116) is no money spent, as BA101 holds
        # the share and the gap (F5 of the twenty-fourth round's re-review, 2026-12-04: a
        # restaurant at 1.24% in money earned full marks for its discounts, 79 as listed and 59
        # without them)
        # and without what the rules warn about, as BA101 gives the gap (P7 of the twenty-
        # seventh round's last check: a distributor's gifts to its customers' buyers, which
        # BA121 warns about, were in the share the score held, and out of BA101's)
        elif given or restricted is not None:
            warned = restricted[0] if restricted is not None else Decimal(0)
            # of revenue without the revenue given up, as the marketing is: out of both (BG6
            # of the sixty-first round's re-review, 2026-12-07)
            # ...every line of it, a credit a rule flags too: the one premise (round 63)
            in_base = of - given_up_base(facts)
            invested = share(spent - given - warned, in_base)
            kinds: list[OwnPart] = ["restricted"] if warned else []
            left_out = (*kinds, "given up") if given else tuple(kinds)
        # ...and with the commissions marketplaces kept on the customers they brought, where
        # with them it meets the minimum of the revenue before them, as BA101 holds it (Q3 of
        # the thirty-fourth round's re-review: "too little goes into marketing" beside BA101's
        # "more budget is not the gap")
        if invested is not None and invested < minimum:
            money = invested * in_base
            if fees := commissions_covering(facts, minimum, money, in_base):
                # the minimum is met only through the marketplaces: not scored, neither as a
                # gap nor as full marks (S3 of the round's second re-review: a B&B whose own
                # marketing was 1.2% scored 99 on its OTAs' commissions)
                invested = share(money + fees, before_commissions(facts, in_base, fees))
                commissions = fees
        # what the share is of, as BA101 names it: revenue less what was collected for
        # others is the business's own (BBQ4 of the fifty-ninth round, 2026-12-07: a dojo's
        # share of $603,000 own revenue was said to be "of gross revenue", $612,000)
        base = (
            "net service revenue"
            if facts.base_excluded and facts.vertical is not None
            else "gross revenue"
            if of != facts.net_revenue - facts.collected
            else "own revenue"
            if facts.collected
            else "revenue"
        )
        vertical = facts.vertical
        with_sales = (
            from_industry and vertical is not None and vertical.scope == "marketing and sales"
        )
    else:  # no revenue yet: the share of spend is the best measure of intent there is
        invested, base, with_sales = facts.marketing_share_of_spend, "spend", False
    # With only the default minimum, a share that meets the low end of the trade the name gives
    # away is held to that low end, as BA101 is (Facts.named_minimum)
    named = None
    if (
        base != "spend"
        and invested is not None
        and invested < minimum  # at or above it, full marks whatever the trade (and no name scan)
        and (trade := facts.named_minimum(policy.min_marketing_share.source == "default", invested))
    ):
        minimum, named = trade.marketing.low, trade.id
    # Referrals that came through a channel the business funds are a channel, not hope: only
    # the others are held to the maximum...
    hoped = facts.hoped_referral_share
    # ...unless a line of that channel is what a rule of law warns about: a referral channel
    # paid for, in whole or in part, by what the report says the law may forbid is no funded,
    # independent acquisition, as the marketing part leaves that spend out (AU1 of the fifty-
    # fourth round, 2026-12-07: a pet crematory's per-pet fee to the vet clinics, which BA114
    # warns about under Cal. Bus. & Prof. Code §650(a), beside its lunch-and-learns for them,
    # earned the part's full marks on the clinics' 1,560 families)
    held_back, warned_rules = cultivated_warned(facts)
    if held_back and hoped is not None:
        hoped = share(
            facts.referral_customers - facts.cultivated_customers + held_back,
            facts.sourced_customers,
        )
    independent = None if hoped is None else _ratio(1 - hoped, 1 - max_referral)
    # At capacity, more customers could not be served: the share is not scored, neither as a
    # gap nor as full marks (a CFO's re-review, 2026-12-03: a full centre with no marketing
    # at all read "Fair: a real marketing effort" on full marks)
    used = full(facts.profile)
    # More than half the new customers come at the rates contracts set (a motor club's calls, a
    # Medicaid broker's trips), and BA101 says the range, published for businesses that win
    # their customers by marketing, is no floor for the business: the share is not scored,
    # neither as a gap nor as full marks, as where only marketplaces' commissions meet it (AN4
    # of the fifty-first round's second re-review, 2026-12-07: tow-onechannel, at a 28.6%
    # operating margin with no error, earned 0.2 of 30 points on 0.33% against auto-repair's
    # 4%, and read 35, "Critical ... little else holds up"). Only where BA101 holds the
    # published range (core.channels.rated_no_floor: not a minimum the owner set in policy).
    rated = (
        base != "spend"
        and rated_no_floor(facts.rate_priced, policy.min_marketing_share.source) is not None
        and invested is not None
        and invested < minimum
    )
    # The range, published for another country's businesses (US sources), is only a reference
    # in the business's own, where its law closes most of the channels the range assumes, and
    # BA101 says so, asking no budget to reach it: not scored under it either, neither as a gap
    # nor as full marks, as where contracts set the rates (part i of the sixty-second round,
    # 2026-12-07: an Ottawa dispensary's 0.85% earned (0.85 ÷ 3)² × 30 = 2.4 of 30 points
    # against the US 3% BA101 called "a reference here, not a floor"). Where the range is only
    # from US sources (no `abroad` table says why it is no floor), BA101 still calls it the
    # minimum and gives the gap, so the part is still judged on it.
    reference = (
        reference_here(
            policy.min_marketing_share.source,
            facts.vertical,
            facts.profile.business.currency,
            facts.read_by,
        )
        if base != "spend" and named is None
        else ""
    )
    # (at or over it, full marks whatever the range is: BA101 finds nothing)
    unfloored = bool(reference) and invested is not None and invested < minimum
    # the range's own country, where another's, as BA101 names it beside the range
    abroad = (
        range_abroad(facts.vertical.marketing, facts.profile.business.currency)
        if base != "spend" and named is None and from_industry and facts.vertical is not None
        else ""
    )
    scored = [
        Component(
            "marketing investment",
            30,
            None
            if used is not None or commissions or rated or unfloored
            else _squared(invested, minimum),
            invested,
            minimum,
            base,
            with_sales=with_sales,
            full=used,
            named=named,
            left_out=left_out,
            top=top,
            commissions=commissions,
            # no floor: a sector's average, or a trade's low end its source gives as what the
            # trade typically spends (R6 of the forty-fourth round's re-review: the HTML's
            # score table read "against a 1% minimum" beside "low end 1%")
            no_floor=None
            if named is not None
            else no_floor(policy.min_marketing_share.source, facts.vertical),
            rated=rated,
            reference=reference,
            abroad=abroad,
        ),
        _economics(facts, policy),
        Component(
            "referral independence",
            15,
            independent,
            hoped,
            max_referral,
            cultivated=facts.cultivated_customers - held_back,
            cultivated_warned=held_back,
            warned_rules=warned_rules,
            unstated=independent is None and facts.revenue > 0,
            reported=policy.max_referral_share.source == "industry",
        ),
        Component(
            "predictable acquisition",
            15,
            # at capacity with no channel, none is needed yet: not scored (H2 of the
            # twenty-fifth round's re-review)
            None
            if used is not None and (not channels or token is not None)
            else Decimal(0)
            if token is not None
            else min(channels / CHANNELS_FOR_FULL_MARKS, Decimal(1)),
            channels,
            Decimal(CHANNELS_FOR_FULL_MARKS),
            full=used if not channels or token is not None else None,
            token=token,
        ),
        Component(
            "retention",
            10,
            # no customer comes back (BA104 says so as information: a wholesaler's sellers, a
            # retention rate of 0%): nothing to keep, so nothing to score, neither as a gap nor
            # as full marks (AV3 of the fifty-fourth round's second re-review, 2026-12-07: a
            # wholesaler lost all 10 points beside BA104's "customers buy once")
            None
            if none_back
            else (Decimal(1) if retain > 0 or by_staff or stays is not None else Decimal(0))
            if facts.revenue > 0
            else None,
            by_staff.spend if by_staff else retain,
            None,
            none_back=none_back,
            stays=stays,
            kept_by=by_staff.roles if by_staff else (),
            # earned only by revenue given up (a discount to past clients): no perfect score
            # rests on it (H18 of the twenty-fifth round's re-review: a photographer scored
            # 100/100, its retention an $800 discount)
            given_up_only=retain > 0 and retain <= _retention_given_up(facts),
        ),
        Component(
            "owner time",
            10,
            _ratio(facts.owner_marketing_time_share, min_owner),
            facts.owner_marketing_time_share,
            min_owner,
            unstated=facts.profile.owner_hours is None,
        ),
    ]
    # ...and at capacity the parts whose findings are information there (BA102, BA104, BA105:
    # a full business needs no more customers, and demand it turns away replaces who leaves)
    # hold no gap against it; full marks still count (R11 of the forty-fourth round's
    # re-review, 2026-12-06: a full centre with a waitlist, every finding information and the
    # check passed, scored 0/100 "Critical" on them)
    if used is not None and facts.revenue > 0:
        scored = [_spared(part, used) if part.name in _SPARED else part for part in scored]
    return scored


def _asked_only(facts: Facts, item_id: int) -> bool:
    """Whether a flagged line is no spend the law forbids: a placement service's fee silent on
    who pays, which BA114 asks about (Facts.payer_unstated), or an ad BA120 faults only for its
    words, lawful once reworded (Facts.reworded); as ``own_marketing.restricted_lines``."""
    return item_id in facts.payer_unstated or item_id in facts.reworded


def cultivated_warned(facts: Facts) -> tuple[int, tuple[str, ...]]:
    """The referral customers counted as cultivated that came through a channel one of whose
    lines a rule of law warns about (BA114, BA116, BA119, BA120, BA121), not only asks about,
    and those rules: they may have come by that line as well as by the lines that cultivate
    them (the channel table says as much), so they are no funded, independent acquisition.
    (0, ()) for most profiles."""
    if not facts.cultivated_customers or not facts.law_flagged:
        return 0, ()
    # the channels lines that warn, not only ask, mark: the same ones the CAC excluding
    # referrals holds back (Facts.channels_warned), so that the score, BA102 and the economics
    # name one number (part a of the fifty-fifth round, 2026-12-07)
    marked = facts.channels_warned
    if not marked:
        return 0, ()
    # ...and of them, only the sources a warned line pays, not its whole channel's
    # (Facts.reached_warned: AY2 of the fifty-seventh round's review, 2026-12-07)
    count = 0
    rules: set[str] = set()
    for channel in facts.by_channel:
        found = marked.get(channel.key)
        if not found:
            continue
        came = facts.reached_warned.get(channel.key, 0)
        if came:
            count += came
            rules |= found
    return min(count, facts.cultivated_customers), tuple(sorted(rules))


#: The parts a full business is spared the gaps of (``components``)
_SPARED = frozenset({"referral independence", "retention", "owner time"})


def _spared(part: Component, used: Decimal) -> Component:
    """A part at capacity: not scored where it falls short, and then not counted as unstated
    either; kept where it earns full marks."""
    if not _short(part.earned):
        return part
    return part._replace(earned=None, unstated=False, full=used)


#: The highest score where the business loses more than 5% of its revenue: under "Fair"
DEEP_LOSS_CEILING = 59


CapReason = Literal[
    "costs more than worth",
    "may cost more than worth",
    "weak economics",
    "above range",
    "above range, slow",
    "loss",
    "loss as listed",
    "deep loss",
    "thin margin",
    "draws not split",
    "thin without money moved",
    "unread sources",
    "given up counted",
    "counts disagree",
    "mixed line",
    "failed",
    "paid referrals",
    "retailer inducement",
    "unlawful advertising",
    "gifts to deciders",
    "pay on loan terms",
    "debt service",
    "attest commission",
    "loss after interest or tax",
    "deductible rebate",
    "premium rebate",
    "cost-sharing waiver",
    "insured waiver abroad",
    "left to chance",
    "owner unpaid",
]


class Cap(NamedTuple):
    """A ceiling on the score, and why."""

    limit: int
    reason: CapReason


def caps(facts: Facts, policy: EffectivePolicy) -> list[Cap]:
    """The ceilings that apply: the verdict never reads better than the findings allow."""
    found = []
    ratio = facts.economics.judged_ratio.value
    if ratio is not None and ratio < 1:
        # on so few customers that it could as well be 1x or more, not yet known (N8)
        unsure = could_reach(ratio, facts.economics.judged_cac.new_customers, Decimal(1))
        found.append(
            Cap(79, "may cost more than worth") if unsure else Cap(59, "costs more than worth")
        )
    elif ratio is not None and ratio < LTV_TO_CAC_WEAK:
        found.append(Cap(79, "weak economics"))
    if (over := above_range(facts, policy)) is not None and over.warns:
        # worth 3× or more, only slow to pay back: not "barely pay back" (Q7, forty-fourth round);
        # nor where every next customer pays, only slowly (the fifty-seventh round)
        found.append(Cap(79, "above range, slow" if over.only_slow else "above range"))
    profit = facts.operating_profit
    if facts.revenue > 0 and profit is not None and profit < 0:
        # Made by lines that move money without costing it (BA111 says so): no loss, but the
        # margin without them is held to BA115's line all the same
        made = what_makes_the_loss(facts)
        moved = made.makes
        if not moved:
            # only with lines that may be costs in part (an owner's draw that may be the
            # owner's only pay) is it a loss: as the verdict says (Q11 of the thirty-second
            # round's second re-review)
            found.append(Cap(79, "loss as listed" if made.as_listed else "loss"))
        elif profit + moved < THIN_MARGIN * facts.net_revenue:
            found.append(Cap(79, "thin without money moved"))
        # (one-off costs set apart: a settlement the profile marks `recurring: false` is the
        # period's loss, not what the business loses as it runs: N10 of the forty-third round)
        if (
            not made.as_listed
            and profit + moved_in(facts)[0] + one_off_costs(facts).spend
            < -THIN_MARGIN * facts.net_revenue
        ):
            # a loss of more than 5% of revenue, as far under nothing as BA115's thin line is
            # above it (a project rule): more than a slow month, "Weak" at best (K8 of the
            # forty-second round, 2026-12-06: a distributor losing $900,000, 8.2% of its
            # revenue, read "Fair: a real marketing effort")
            found.append(Cap(DEEP_LOSS_CEILING, "deep loss"))
    # A profit that the interest and the tax on income listed after it turn into a loss: a
    # loss all the same (H3 of the fortieth round, 2026-12-06: a dispensary whose federal tax
    # on its gross profit, IRC §280E, exceeded its operating profit scored 100, "Strong")
    if facts.revenue > 0 and loss_below(facts) is not None:
        found.append(Cap(79, "loss after interest or tax"))
    if (thin := thin_margin(facts)) is not None:
        # thin only with the owners' only pay, taken as draws, counted as a cost: the margin is
        # not known until they are split, as BA115 says (AF8 of the twentieth round)
        known = not unsplit_draws(facts, thin[0], thin[1], THIN_MARGIN)
        if not known:
            found.append(Cap(79, "draws not split"))
        elif thin[3]:
            pass  # thin only with loans for what wears out standing in: not known (AZ10), no cap
        elif usual_margin(facts, thin[0], thin[1]) is None:  # usual in the trade: no cap
            found.append(Cap(79, "thin margin"))
    unread = sum(source.customers for source in facts.unread_sources)
    if facts.sourced_customers > 0 and unread > UNREAD_MATERIAL * facts.sourced_customers:
        found.append(Cap(79, "unread sources"))
    # Marketing lines BA116 reads as revenue given up (a free trial day, punch-card visits):
    # counted as marketing, though not money spent, they may make the share, a channel and the
    # retention part; above what is material, the verdict stops below "Strong" (a CFO's
    # re-review, 2026-12-03: a pet resort scored 95 "Strong" with $12,300 of its $32,700 of
    # marketing in free visits and a free trial day; taken out, as BA116 advises, 75)
    # Sources that list more new customers than were won, by more than is material (BA108):
    # the referral share and every channel's CAC rest on counts that do not add up (a CFO's
    # review, 2026-12-03, fifteenth round: a pest company scored 100 with its sources 10%
    # over its new customers)
    customers = facts.profile.customers
    new = customers.new if customers is not None else None
    if new and facts.sourced_customers - new > UNREAD_MATERIAL * new:
        found.append(Cap(79, "counts disagree"))
    marketing = facts.spend["marketing"]
    # marketing not spent: revenue given up (deductible offsets are capped for that, in
    # core.audit); money received is in no share the score reads (Facts.marketing_received;
    # AF2 of the twentieth round: a store's co-op reimbursement had taken it to 95, "Strong")
    given = given_up_marketing(facts)
    if marketing > 0 and given > UNREAD_MATERIAL * marketing and _rests_on(facts, policy, given):
        found.append(Cap(79, "given up counted"))
    # A line that names selling and marketing at once, read as marketing, holding a fifth or
    # more of it (BA107 warns that the figures rest on that reading): the verdict stops below
    # "Strong" until it is split (F9 of the thirty-second round: BA110 no longer judges the
    # share on it, and a solar installer's $520,000 "Sales & Marketing payroll (setters,
    # closers, mktg coord)" would otherwise have read "Strong")
    if marketing > 0 and facts.mixed_marketing >= WEIGHTY_READING * marketing > 0:
        found.append(Cap(79, "mixed line"))
    return found


def _rests_on(facts: Facts, policy: EffectivePolicy, given: Decimal) -> bool:
    """Whether a part of the score rests on the marketing BA116 reads as revenue given up: the
    share meets the minimum only with it, the retention part is earned only with it, the
    referrals counted as cultivated came only through it, or a channel is counted only for
    it. W12 of the sixteenth round's re-review: a child-care
    centre 93% full (its share not scored), whose retention rests on family events and whose
    tuition credit is no channel, stopped at 79 where a gift card in its place scored 94."""
    lines = {
        id(item) for item, moved in facts.moves if moved in ("given up", "paid out", "received")
    }
    if full(facts.profile) is None and facts.revenue > 0:
        spent, of = facts.held_to_minimum(policy.min_marketing_share.source == "industry")
        minimum = policy.min_marketing_share.value
        # of net revenue without the revenue given up, as BA101 holds it (the one premise,
        # round 63), and met with the marketplaces' commissions as BA101 counts them (BJ3 of
        # the sixty-second round's second re-review: a med spa's share was said to rest on its
        # member credits where Groupon's commissions met the minimum without them)
        base = of - given_up_base(facts)
        without = share(spent - given, base)
        if (
            without is not None
            and without < minimum
            and not (
                facts.contra_revenue and commissions_covering(facts, minimum, spent - given, base)
            )
        ):
            return True
    retained = facts.marketing_by_purpose["retain"]
    kept = sum(
        (
            item.activity.spend
            for item in facts.activities
            if id(item) in lines and item.classification.purpose == "retain"
        ),
        Decimal(0),
    )
    if retained > 0 and retained - kept <= 0:
        return True
    # referrals counted as cultivated, only through such lines (E9 of the twenty-fourth round,
    # 2026-12-04: a CPA firm's "$100 off next return" credit, revenue given up by BA116, earned
    # the referral part as funded cultivation, 93 "Strong", where without it the firm is 79)
    # (not where the referral share is within the maximum all the same: the part earns full
    # marks without them, G10 of the thirty-ninth review round, 2026-12-05: a studio's free
    # month for members who refer cost it 21 points at 17.6% referrals, where $50 in cash
    # scored 100)
    if (
        facts.cultivated_by_given_up
        and (facts.referral_share or 0) > policy.max_referral_share.value
    ):
        return True
    # a channel counted only for it, where the part would earn less without it (G10 too)
    others = sum(1 for item in facts.channels if id(item) not in lines)
    return others < len(facts.channels) and others < CHANNELS_FOR_FULL_MARKS


def _own_held(
    facts: Facts, minimum: Decimal, from_industry: bool, of: Decimal, in_base: Decimal
) -> tuple[Decimal, Decimal | None]:
    """What the business's own marketing is held to, in money, as BA101 holds it: what the
    range's top leaves beside a fund where that sets it, else the minimum of ``in_base``, the
    revenue without the revenue given up (BG6 of the sixty-first round's re-review)."""
    held = own_minimum(facts, minimum, from_industry, of)
    return held if held[1] is not None else (minimum * in_base, None)


def _retention_given_up(facts: Facts) -> Decimal:
    """The retention spend, as listed, on lines BA116 reads as revenue given up."""
    return sum(
        (
            item.activity.spend
            for item, moved in facts.moves
            if moved == "given up" and item.classification.purpose == "retain"
        ),
        Decimal(0),
    )


def _no_ratio(economics: Economics) -> NoRatio | None:
    """Why a lifetime value that is known gives no ratio (None where it is not known)."""
    if economics.ltv.value is None:
        return None
    cac = economics.judged_cac
    if cac.missing == "paid-customers":
        return "all referral"
    if cac.missing == "new-customers" or not cac.new_customers:
        return "no customers"
    return "no spend" if cac.value == 0 else None


def kept_by_service(facts: Facts) -> Decimal | None:
    """The share of customers who stay a year, where the trade keeps them by the service itself
    at that share or more (``Vertical.retention_kept``: a self-storage facility's tenants),
    from the profile's own churn or retention (not one the trade assumes); else None. BA104 is
    then information, and the score's retention part is earned (BH12 of the sixty-second
    review round; BJ2 of its second re-review, 2026-12-08)."""
    vertical = facts.vertical
    if vertical is None or vertical.retention_kept is None:
        return None
    ltv = facts.economics.ltv
    if ltv.churn is None or ltv.assumed or 12 % ltv.months:
        return None
    stays = (1 - ltv.churn) ** (12 // ltv.months)
    return stays if stays >= vertical.retention_kept else None


def none_come_back(facts: Facts) -> bool:
    """Whether no customer comes back, as BA104 reads it: the yearly churn of customers who buy
    once is 100% (a retention rate of 0%, or the trade's customers buy once), unless the
    sources list customers who came back where only the trade's assumption said none does."""
    economics = facts.economics
    one_off = economics.payback_months.one_off
    if one_off is None or one_off < 1:
        return False
    return not (economics.ltv.assumed and facts.repeat_customers)


def _economics(facts: Facts, policy: EffectivePolicy) -> Component:
    economics = facts.economics
    ratio = economics.judged_ratio.value
    # customers buy once and BA201 calls the ratio information: their one sale pays for
    # winning them and the business keeps BA115's 5% (AV3 of the fifty-fourth round's second
    # re-review, 2026-12-07: a wholesaler's deals at 1.9× earned 0.44 of 20 points on the 3×
    # rule BA201 said was not theirs); as BA201, only under 3×
    one_sale = (
        one_sale_margin(facts, policy) if ratio is not None and ratio < LTV_TO_CAC_MINIMUM else None
    )
    target = LTV_TO_CAC_WEAK if one_sale is not None else LTV_TO_CAC_MINIMUM
    if ratio is None:
        return Component(
            "customer economics",
            20,
            None,
            None,
            LTV_TO_CAC_MINIMUM,
            unstated=facts.revenue > 0,
            # stated, but doubted: the churn looks monthly (F8 of the twenty-ninth round: the
            # basis had asked an adviser for the churn it had given)
            doubted=economics.ltv.missing == "churn-looks-monthly",
            no_ratio=_no_ratio(economics) if economics.ltv.value is not None else None,
        )
    # The commissions marketplaces kept on the customers it counts are what those customers
    # cost too (a CFO's review, 2026-12-03: an inn's 11.0× earned full marks where its OTA
    # commissions made it 3.8×); the ratio with them is a floor, so only the part is judged on
    # it, not the caps
    without = None
    if (floor := with_commissions(facts)[1]) is not None and floor < ratio:
        ratio, without = floor, ratio
    # Customers of paid channels with nothing spent on them (BA207: a home warranty company's
    # dispatched jobs, ClassPass visits) cost the CAC nothing as listed, so a ratio counting
    # them says more for the channels that are paid for than they earn. Above what is
    # material, the part is judged on the customers whose cost is listed, as a CFO would
    # (F6 of the thirty-seventh review round, 2026-12-05: an appliance repairer's 3.5× rested
    # on 510 warranty jobs at $0; on its 230 other customers, 1.1×). The CAC on the rest is
    # the same spend (and commissions) over fewer customers, so the ratio scales by their
    # share; with none left the ratio is not known, as on one customer
    counted = ratio
    unpriced, priced = priced_only(facts, ratio)
    # ...of which those a line a rule of law warns about bought, as BA201 names them (E5)
    held_by_rules = [
        c for c in facts.by_channel if unpriced_channel(c) and c.restricted is not None
    ]
    if priced is not None:
        ratio = priced
    earned = min(max((ratio - 1) / (target - 1), Decimal(0)), Decimal(1))
    payback = economics.judged_payback.value
    customers = facts.profile.customers
    term = customers.contract_months if customers is not None else None
    # Earned back within the term customers sign for, the payback is what BA203 calls it:
    # information, not halved (U9 of the sixteenth round: an MSP's 16.1 months within its
    # 36-month agreements halved the part all the same)
    beyond = payback is not None and payback > economics.payback_norm
    within = beyond and term is not None and payback is not None and payback <= term
    if beyond and not within:
        earned /= 2
    # on one customer the ratio is not known at all (BA202): it earns at most half, as a part
    # left unstated does, and never more than it would (not left out, which scaled the other
    # parts up: R3 of the thirty-seventh round's re-review)
    one = economics.judged_cac.new_customers == 1
    if one or (unpriced and priced is None):
        earned = min(earned, NOT_KNOWN_AT_MOST)
    return Component(
        "customer economics",
        20,
        earned,
        ratio,
        target,
        one_sale=one_sale,
        without_commissions=without,
        within_term=term if within else None,
        one_customer=one,
        unpriced=unpriced,
        unpriced_ratio=counted if unpriced else None,
        unpriced_restricted=min(
            unpriced, sum(c.customers for c in held_by_rules) if unpriced else 0
        ),
        restricted_rules=tuple(sorted({c.restricted for c in held_by_rules if c.restricted}))
        if unpriced
        else (),
        flagged_commissions=flagged_commissions(
            facts, referrals=not facts.economics.judged_by_non_referral
        )
        if without is not None
        else (),
    )


#: What a part without data may earn at most, as a share of its weight: the rest are scaled up
#: so that missing data does not hurt, but a part left unstated never earns more than half
#: marks, so leaving out a weak answer never scores better than giving it (AF12 of the
#: twentieth round: a lawn company scored 63 without its owner's week and 62 with a short
#: marketing week stated; the project's rule, after the prudence of IASB's Conceptual
#: Framework, 2018, 2.16: what is not known is not counted as good).
NOT_KNOWN_AT_MOST = Decimal("0.5")


def score(parts: list[Component], ceilings: list[Cap] | None = None) -> int:
    """Weighted score from 0 to 100 over the components that have data, then capped; parts
    the profile leaves unstated count at no more than ``NOT_KNOWN_AT_MOST`` of their weight."""
    known = [c for c in parts if c.earned is not None]
    weight = sum(c.weight for c in known)
    unknown = sum(c.weight for c in parts if c.earned is None and c.unstated)
    if not weight:
        # only parts left unstated, which count at most half: the limit of the cap below (a
        # full business whose other parts are not scored: R11 of the round's re-review)
        return int(100 * NOT_KNOWN_AT_MOST) if unknown else 0
    earned = sum((c.weight * c.earned for c in known if c.earned is not None), Decimal(0))
    raw = 100 * earned / weight
    if unknown:
        raw = min(raw, 100 * (earned + NOT_KNOWN_AT_MOST * unknown) / (weight + unknown))
    value = int(raw.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    # 100 means every part known and fully earned, retention by more than revenue given up
    # (H18 of the twenty-fifth round's re-review): 99.8 rounds to 99, not to a perfect score,
    # and a part left out for want of data (a churn BA112 would not build on) keeps a profile
    # at 99 (a coach's review, 2026-12-02: 100/100 beside five warnings and no economics).
    value = (
        99
        if value == 100
        and (
            earned < weight or len(known) < len(parts) or any(part.given_up_only for part in parts)
        )
        else value
    )
    return min([value, *(cap.limit for cap in ceilings or [])])
