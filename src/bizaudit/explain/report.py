"""Audit → report: the core's numbers with the words every output format shows.

The report is built here once, as typed objects (``bizaudit.model.report``), and never
validated again: mypy checks every field where it is set.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from functools import partial
from typing import Literal

from bizaudit.core import audit as core_audit
from bizaudit.core import benchmarks
from bizaudit.core.audit import Audit, Found
from bizaudit.core.capacity import full
from bizaudit.core.channels import PRENEED_SOLD, PRICED_APART, Channel
from bizaudit.core.classify import Classifier
from bizaudit.core.commercial_bribery import owners_region
from bizaudit.core.economics import Cac, ratio_with_commissions
from bizaudit.core.financing import (
    lines_out_of_net_revenue,
    loss_below,
    moved_in,
    what_makes_the_loss,
)
from bizaudit.core.metrics import (
    WEEKS_IN_A_MONTH,
    ClassifiedSource,
    Facts,
    FlaggedCommission,
    commission_payees,
    commissions_kept,
    commissions_netted,
    cultivating_lines,
    flagged_commissions,
    quotes_insurance_to_travel,
    reward_in_kind,
    share,
    unpriced_reward,
    warned_split,
)
from bizaudit.core.overspend import AboveRange, WithinOnceStopped, above_only_as_listed
from bizaudit.core.own_marketing import restricted_lines
from bizaudit.core.owner_pay import owner_marketing_value
from bizaudit.core.plan import DEFAULT_MIN_CUSTOMERS, could_reach
from bizaudit.core.referrers import asked_lines
from bizaudit.core.rules.ba101_marketing_share import (
    BelowMinimum,
    OnlyByAgreement,
    OnlyTogether,
    OnlyWithNotSpent,
    OnlyWithRestricted,
)
from bizaudit.core.rules.ba104_no_retention import MaybeRetention
from bizaudit.core.rules.ba115_thin_margin import ThinMargin
from bizaudit.core.rules.ba128_one_source_dependence import RateSetters
from bizaudit.core.rules.ba203_payback_slow import SlowPayback
from bizaudit.core.rules.ba204_customer_costs_more_than_worth import CostsMore, unsure
from bizaudit.core.rules.ba205_channel_cac_above_ltv import ChannelCostsMore, other_kind
from bizaudit.core.score import Component
from bizaudit.core.shares import reference_here
from bizaudit.core.storefront import walked_in as walked_in_the_door
from bizaudit.explain import predictability, score
from bizaudit.explain.economics import ZERO, Basis, cents, left_out_why
from bizaudit.explain.findings import allowed_for, american_rule, quoted_from_us, words
from bizaudit.explain.numbers import (
    and_list,
    at_least,
    default_locale,
    format_count,
    format_money,
    money_locale,
)
from bizaudit.explain.summary import debt_cover
from bizaudit.model import verticals
from bizaudit.model.policy import EffectivePolicy, Threshold
from bizaudit.model.positions import Locate, nowhere
from bizaudit.model.profile import Profile
from bizaudit.model.report import (
    SEVERITIES,
    ActivityResult,
    BenchmarkOut,
    BusinessInfo,
    ChannelResult,
    ComponentScore,
    CustomerEconomics,
    EconomicsFigure,
    Finding,
    IndustryRange,
    MarketingShort,
    Metrics,
    MoneyFigure,
    Number,
    OwnerTime,
    Predictability,
    ProfileReport,
    Profit,
    ScoreCap,
    SkippedRule,
    SourceResult,
    ThresholdOut,
    number,
)
from bizaudit.model.verticals import Vertical
from bizaudit.model.vocab import Severity

__all__ = ["audit_report", "profile_report"]

_SEVERITY_RANK = {severity: rank for rank, severity in enumerate(SEVERITIES)}
_THRESHOLDS = (
    "min_marketing_share",
    "max_referral_share",
    "min_owner_marketing_time",
    "ltv_horizon_years",
)


#: The thresholds the last report gave, by their identities, with the thresholds (kept, so no
#: other object takes their ids) and their records: a batch's profiles mostly hold the same
#: ones, core.policy's defaults, the same objects in every policy, and building their four
#: records for every report cost 0.4% of a batch's instructions (2026-12-08)
_LAST_POLICY: list[tuple[tuple[int, ...], tuple[Threshold, ...], dict[str, ThresholdOut]]] = []


def _policy_out(policy: EffectivePolicy) -> dict[str, ThresholdOut]:
    """The thresholds a report gives, and where each came from."""
    held = (  # in the order of _THRESHOLDS
        policy.min_marketing_share,
        policy.max_referral_share,
        policy.min_owner_marketing_time,
        policy.ltv_horizon_years,
    )
    ids = tuple(map(id, held))
    if _LAST_POLICY and _LAST_POLICY[0][0] == ids:
        return dict(_LAST_POLICY[0][2])
    shown = {
        name: ThresholdOut(value=Number(t.value), source=t.source)
        for name, t in zip(_THRESHOLDS, held, strict=True)
    }
    _LAST_POLICY[:] = [(ids, held, shown)]
    return dict(shown)


#: The benchmarks of each industry and the range it is held to (by the vertical's label), as
#: built: the same frozen figures go into every report
_BENCHMARKS: dict[tuple[str | None, str | None], tuple[BenchmarkOut, ...]] = {}


def _benchmarks(industry: str | None, vertical: Vertical | None) -> tuple[BenchmarkOut, ...]:
    """Built once per industry and range held (a key of two texts, not the vertical, whose
    hash would be worked out over all its fields for every report)."""
    key = (industry, None if vertical is None else vertical.label)
    if (built := _BENCHMARKS.get(key)) is None:
        built = _BENCHMARKS[key] = _built_benchmarks(industry, vertical)
    return built


def _built_benchmarks(industry: str | None, vertical: Vertical | None) -> tuple[BenchmarkOut, ...]:
    return tuple(
        BenchmarkOut(
            source=b.source,
            year=b.year,
            figure=Number(b.figure),
            high=number(b.high),
            scope=b.scope,
            basis=b.basis,
            note=b.note,
        )
        for b in benchmarks.for_industry(industry, vertical)
    )


def _region(profile: Profile) -> str | None:
    """The Australian state or the Canadian province the profile's name, lines, notes and
    customer sources name (core.commercial_bribery.owners_region)."""
    names = [profile.business.name]
    for activity in profile.activities:
        names.append(activity.name)
        if activity.note:
            names.append(str(activity.note))
    if profile.customers is not None:
        names.extend(profile.customers.sources)
    return owners_region(names, profile.business.currency)


def _findings(audit: Audit, locate: Locate) -> list[Finding]:
    currency = audit.profile.business.currency
    # the state or province whose own law BA121 quotes, where the profile names one (BB7 of
    # the fifty-ninth round, 2026-12-07); asked only where BA121 found something
    # ...and where a store kept in Canadian dollars is quoted Ontario's cannabis Standards
    # (BA120, BA104), whether it says it is in Ontario (part r of the sixty-second round's
    # second re-review, 2026-12-08)
    region = (
        _region(audit.profile)
        if any(
            item.rule.id == "BA121" or (currency == "CAD" and item.rule.id in ("BA120", "BA104"))
            for item in audit.found
        )
        else None
    )
    found = []
    for item in audit.found:
        message, advice = words(item.rule.id, item.hit, currency, region)
        found.append(
            Finding(
                rule=item.rule.id,
                name=item.rule.name,
                severity=item.severity,
                message=message,
                advice=advice,
                line=locate(item.hit.at) if item.hit.at is not None else None,
                subject=item.hit.subject,
            )
        )
    # Deterministic: most severe first, then by rule, then by place in the file.
    return sorted(found, key=lambda f: (_SEVERITY_RANK[f.severity], f.rule, f.line or 0, f.message))


def _reward_price(channel: Channel, profile: Profile) -> Decimal | None:
    """The price of the one free service a channel's line gives for each referral, where its
    name says how many a customer buys a year ("1 free quarterly svc": 4) and the profile
    gives its average revenue a year: that revenue ÷ that number ($540 ÷ 4 = $135: BD9 of the
    sixtieth review round, 2026-12-07); the same for every such line, else None."""
    average = profile.customers.average_revenue if profile.customers is not None else None
    if not average or not channel.spend:
        return None
    prices = {
        cents(average / times)
        for item in channel.activities
        # (the name's "free" first, one substring test: most lines stop there)
        if (given := reward_in_kind(item.activity.name)) is not None
        and (times := given[1])
        and unpriced_reward(item.activity.name)
    }
    return prices.pop() if len(prices) == 1 else None


def _money(value: Decimal | None, basis: str) -> MoneyFigure:
    return MoneyFigure(value=None if value is None else cents(value), basis=basis)


#: The rules that name a line the law may forbid
_UNLAWFUL = frozenset({"BA114", "BA119", "BA120", "BA121"})


def _economics(audit: Audit, locate: Locate) -> CustomerEconomics:
    e, received = audit.facts.economics, audit.facts.received_at
    given = {
        item.position
        for item, moved in audit.facts.moves
        if moved == "given up"
        and (item.classification.category, item.classification.purpose) == ("marketing", "acquire")
    }
    counted = [
        item.position
        for item in audit.facts.activities
        if (
            item.classification.category == "sales"
            or (item.classification.category, item.classification.purpose)
            == ("marketing", "acquire")
        )
        and item.position not in received
        # nor revenue given up (BA116), which the CAC leaves out, as its basis says (BD9 of the
        # sixtieth review round, 2026-12-07: "spend on lines 13, 14, 15, 16, 17 and 19" named a
        # pest company's referral credits, "without $9,000 of revenue given up")
        and item.position not in given
        # (not the lines of trade accounts priced apart: BD2 of the sixtieth round)
        and item.activity.name not in e.cac.accounts_lines
        # (nor a funeral home's pre-need selling, priced apart: BE1 of the sixtieth round)
        and item.activity.name not in e.cac.preneed_lines
        # (nor selling no source counts the customers of: part s of the sixty-first round)
        and item.activity.name not in e.cac.uncounted_lines
        # (nor pay on each sale the stated margin carries already: BH4 of the sixty-second round)
        and (e.cac.in_margin is None or item.activity.name not in e.cac.in_margin.lines)
    ]
    # (naming whom the commissions were paid to: AV6 of the fifty-fourth round's second
    # re-review)
    # (and whether the stated margin carries them already: AZ2 of the fifty-eighth round)
    words = Basis(
        audit.profile.business.currency,
        commission_payees(audit.facts),
        commissions_netted(audit.facts),
    )
    # the commissions marketplaces kept beside the CAC and its payback too, not only the
    # ratio (C11 of the forty-eighth review round)
    kept_all = kept_own = ZERO  # (no commissions kept: most profiles)
    # ...and the part of them paid on lines a rule of law flags (BA121's commissions to a
    # customer's travel managers), named as such, not as marketplaces' (the fifty-fourth
    # round's leftovers, part f)
    flagged_all: tuple[FlaggedCommission, ...] = ()
    flagged_own: tuple[FlaggedCommission, ...] = ()
    if audit.facts.contra_revenue:  # most profiles: no commission kept anywhere
        kept_all = commissions_kept(audit.facts, referrals=True)
        kept_own = commissions_kept(audit.facts, referrals=False)
        flagged_all = flagged_commissions(audit.facts, referrals=True)
        flagged_own = flagged_commissions(audit.facts, referrals=False)
    # where most customers came at a contract's rate, the CAC without those channels' fees too
    # (AM3 of the fifty-first round's re-review: a $0.75 CAC from a motor club's membership)
    cac, ltv, ratio, payback = words.all(e, kept_all, audit.facts.rate_priced, flagged_all)
    referral_ratio = words.ratio(
        e.ltv_to_non_referral_cac,
        # "excluding referrals" only when some were left out: with every referral paid for,
        # it is the same CAC (a CFO's re-review read the label on an all-customer CAC)
        "CAC excluding referrals" if e.non_referral_cac.referral else "CAC",
    )
    if e.non_referral_ltv is not None and e.non_referral_ltv.later is not None:
        # its LTV, the reps' later commission at their share of these customers (BJ6 of the
        # sixty-second round's second re-review, 2026-12-08)
        referral_ratio += words.paid_ltv(e.non_referral_ltv.later)
    # the judged ratio says what the commissions would make it (core.metrics.with_commissions,
    # from the commissions already counted above)
    fees = kept_own if e.judged_by_non_referral else kept_all
    with_fees = ratio_with_commissions(e.judged_ratio.ltv, e.judged_cac, fees)
    if with_fees is not None and words.in_margin:
        # the stated margin carries them already: counted once, in the lifetime value (AZ2 of
        # the fifty-eighth review round, 2026-12-07), as with_commissions judges it
        kept = words.counted_once(
            fees, flagged_own if e.judged_by_non_referral else flagged_all, figures=True
        )
        if e.judged_by_non_referral:
            referral_ratio += kept
        else:
            ratio += kept
        with_fees = None
    elif with_fees is not None:
        kept = words.commissions(
            fees, with_fees, flagged_own if e.judged_by_non_referral else flagged_all
        )
        if e.judged_by_non_referral:
            referral_ratio += kept
        else:
            ratio += kept
    if kept_all:
        cac += words.kept_cac(kept_all, e.cac, flagged_all)
        # ...and the blended ratio, where the judged one is the other (D10 of the forty-eighth
        # round's re-review: "n/a" beside the row under it that gave the ratio with them)
        if e.judged_by_non_referral and (
            blended := ratio_with_commissions(e.ltv.value, e.cac, kept_all)
        ):
            ratio += (
                words.counted_once(kept_all, flagged_all)
                if words.in_margin
                else words.commissions(kept_all, blended, flagged_all)
            )
    # the ratio the score judges by where customers of paid channels no spend is joined to
    # are set aside (core.score._economics), said beside the ratio it is worked out from,
    # under the words the score gives it, "a customer whose cost is listed": one figure a
    # label in every format (AZQ1 of the fifty-eighth round's re-review, 2026-12-07: a
    # salon's 31.5× stood only in the HTML score table, beside 47.3× and 82.0×)
    listed = _listed(audit)
    if listed is not None:
        each, worth = e.judged_cac, e.judged_ratio.ltv
        money = partial(format_money, currency=audit.profile.business.currency)
        left = each.new_customers - listed[1].unpriced
        worked = (
            ""
            if each.value is None or worth is None or left <= 0
            else f" ({money(cents(worth))} LTV ÷ "
            f"{money(cents(each.value * each.new_customers / left))}, "
            f"the same spend over the {format_count(left)} new customers left)"
        )
        said = score.listed_words(*listed, worked)
        if e.judged_by_non_referral:
            referral_ratio += said
        else:
            ratio += said
    return CustomerEconomics(
        cac=_money(e.cac.value, cac),
        ltv=_money(e.ltv.value, ltv),
        ltv_to_cac=EconomicsFigure(value=number(e.ltv_to_cac.value), basis=ratio),
        payback_months=EconomicsFigure(value=number(e.payback_months.value), basis=payback),
        non_referral_cac=_money(
            e.non_referral_cac.value,
            words.cac(
                e.non_referral_cac,
                cultivating_lines(audit.facts) if e.non_referral_cac.cultivated else (),
            )
            + (words.kept_cac(kept_own, e.non_referral_cac, flagged_own) if kept_own else ""),
        ),
        ltv_to_non_referral_cac=EconomicsFigure(
            value=number(e.ltv_to_non_referral_cac.value), basis=referral_ratio
        ),
        non_referral_payback_months=EconomicsFigure(
            value=number(e.non_referral_payback_months.value),
            basis=words.payback(
                e.non_referral_payback_months, e.non_referral_cac, kept_own, flagged_own
            ),
        ),
        payback_norm_months=Number(e.payback_norm),
        judged_by="non-referral" if e.judged_by_non_referral else "all customers",
        cac_lines=[
            line for position in counted if (line := locate(("activities", position))) is not None
        ],
        ltv_to_cac_with_commissions=number(with_fees),
        ltv_to_listed_cac=None if listed is None else number(listed[0]),
    )


def _listed(audit: Audit) -> tuple[Decimal, Component] | None:
    """The customer economics part's ratio for a customer whose cost is listed, the customers
    it set aside and the part, where it judged on those whose cost is listed (and not also
    with the marketplaces' commissions, which the ratio's basis says apart); else None."""
    part = next(c for c in audit.components if c.name == "customer economics")
    if (
        not part.unpriced
        or part.value is None
        or part.unpriced_ratio is None
        or part.unpriced_ratio == part.value
        or part.without_commissions is not None
    ):
        return None
    return part.value, part


def _paid_referrals_said(audit: Audit) -> tuple[str | None, bool]:
    """What the score's cap on paying for referrals names (explain.score.cap): the law BA114
    quotes, RESPA §8, where every line it flags is a thing of value to those who order a
    settlement service (Facts.settlement_payments) in a trade with no profession's rules on
    referrals (a roofer's gift cards to listing agents), else None; and whether every line it
    flags is one it only asks about (core.referrers.asked_lines), which "may pay". The
    fifty-seventh round, part j2, 2026-12-07."""
    facts = audit.facts
    lines = [item for rule, found in facts.law_flagged if rule == "BA114" for item in found]
    if not lines:
        return None, False
    settlement = {id(item) for item in facts.settlement_payments}
    respa = (facts.read_by is None or facts.read_by.referral_rule is None) and all(
        id(item) in settlement for item in lines
    )
    positions = asked_lines(facts)
    return ("RESPA §8" if respa else None), all(item.position in positions for item in lines)


def _channels(audit: Audit, locate: Locate) -> list[ChannelResult]:
    """Spend and customers joined by channel (core.channels), cheapest customers first."""
    joined = audit.facts.by_channel
    currency = audit.profile.business.currency
    total_spend = sum((c.spend for c in joined), Decimal(0))
    total_customers = sum(c.customers for c in joined)
    blended = audit.facts.economics.ltv.value
    ltvs = audit.facts.channel_ltvs()  # a channel's own, where its sources give retention
    # whether the stated margin carries the commissions its channels' CAC would add (most
    # profiles: none taken out of revenue, nothing to ask)
    netted = commissions_netted(audit.facts) if audit.facts.contra_revenue else None
    results = []
    withheld = False  # a CAC core had and the report leaves out: that channel moves down
    # the lines BA114 only asks about, as it decides them (core.referrers.asked_lines), where
    # a channel is restricted (most profiles have none)
    asked = (
        asked_lines(audit.facts) if any(c.restricted is not None for c in joined) else frozenset()
    )
    weighing = (
        frozenset(
            f.hit.at[1]
            for f in audit.found
            if f.rule.id == "BA114"
            and getattr(f.hit.figures, "weighs", False)
            and f.hit.at is not None
            and len(f.hit.at) == 2
            and f.hit.at[0] == "activities"
            and isinstance(f.hit.at[1], int)
        )
        if asked
        else frozenset()
    )
    beyond = _beyond_worth(audit.found)
    for channel in joined:
        # A paid channel's customers with no spend joined were not free: no CAC (BA207). A
        # channel whose spend pays for referrals a profession restricts (BA114), or gives
        # retailers what the tied-house laws forbid (BA119), has no CAC to compare either:
        # its customers are not something to buy more of, whether the rules came from the
        # declared industry or the name (a CFO's re-review, 2026-12-03). Nor has a referral
        # channel whose funded lines reach only some of its customers (Facts.priced).
        unpriced = (
            channel.paid_without_spend
            or not audit.facts.priced(channel)
            or channel.restricted is not None
            # customers whose source says nothing of how they came ("unknown", "too
            # expensive"), with no line joined: what they cost is unknown, not nothing, as
            # `plan` says (D6 of the twenty-third round's last check)
            or (
                not channel.activities
                and not channel.fee_lines
                and bool(channel.sources)
                and all(s.classification.kind == "other" for s in channel.sources)
            )
        )
        # a funeral home's pre-need contracts are priced apart, with the selling that sold
        # them (BG2 of round 61b, 2026-12-07: the table gave "$275", $11,000 ÷ 40, ranked
        # cheapest, beside the CAC's $1,975 a contract, (68,000 + 11,000) ÷ 40): no CAC of
        # its own lines here, and its note says the price the CAC's basis gives
        preneed = PRENEED_SOLD in channel.joined_by
        unpriced = unpriced or preneed
        cac = None if unpriced else channel.cac
        withheld = withheld or (unpriced and channel.cac is not None)
        # which sources its warned lines pay and which its lawful lines reach, where the two
        # are apart (part n of the fifty-seventh round, 2026-12-07)
        split = warned_split(audit.facts, channel) if channel.restricted is not None else None
        results.append(
            ChannelResult(
                name=channel.name,
                spend=channel.spend,
                customers=channel.customers,
                cac=None if cac is None else cents(cac),
                share_of_spend=number(share(channel.spend, total_spend)),
                share_of_customers=number(share(channel.customers, total_customers)),
                sources=[s.name for s in channel.sources],
                activities=[
                    line
                    for item in (
                        channel.activities + channel.fee_lines
                        if channel.fee_lines
                        else channel.activities
                    )
                    if (line := locate(("activities", item.position))) is not None
                ],
                # none where its customers are another kind than the LTV's (BC2 of round 59b)
                ltv_to_cac=Number(ltv / cac)
                if (ltv := ltvs.get(channel.key, blended)) is not None
                and cac
                and not other_kind(audit.facts, channel)
                # (nor where its customers bought pre-need contracts: BE1 of round 60b)
                and PRENEED_SOLD not in channel.joined_by
                else None,
                joined_by=_joined_by(channel)
                + (_priced_apart(audit.facts.economics.cac, currency) if preneed else ""),
                restricted_by=channel.restricted,
                # (the fifty-seventh round, part j2, 2026-12-07: a roofer's cards to listing
                # agents, a question BA114 asks at warning severity, were "warned about" here)
                asked=[
                    line
                    for item in channel.activities
                    if item.position in asked
                    and (line := locate(("activities", item.position))) is not None
                ],
                # ...and of them, those whose question weighs as the warning it was (x's
                # leftover of the fifty-eighth round, 2026-12-07: PaysForReferrals.weighs)
                questions=[
                    line
                    for item in channel.activities
                    if item.position in weighing
                    and (line := locate(("activities", item.position))) is not None
                ],
                retention=number(audit.facts.retention_of(channel)) if ltvs else None,
                reward_price=_reward_price(channel, audit.profile),
                beyond_worth=beyond.get(channel.activities[0].position)
                if beyond and channel.activities
                else None,
                kept_by=[
                    line
                    for item in channel.kept_by
                    if (line := locate(("activities", item.position))) is not None
                ],
                fees=channel.fees,
                worked_by=[
                    line
                    for item in channel.worked_by
                    if (line := locate(("activities", item.position))) is not None
                ],
                paid_sources=[s.name for s in split.paid] if split else [],
                paid_customers=sum(s.customers for s in split.paid) if split else 0,
                reached_sources=[s.name for s in split.reached] if split else [],
                reached_customers=sum(s.customers for s in split.reached) if split else 0,
                # (BA2 of the fifty-eighth round's re-review: its CAC leaves them out where
                # the stated margin carries them, core.channels.Channel.in_margin)
                fees_netted=netted.netted if netted is not None and channel.fees else None,
                # (part j of the sixty-second round: priced on the commission the CAC counts;
                # BI4 of its second re-review: the spend leaves it out, said beside it)
                commission_left_out=channel.left_out
                if channel.left_out and channel.left_out_kind == "commission"
                else None,
                left_out=channel.left_out if channel.left_out else None,
                left_out_why=left_out_why(channel.left_out_kind) if channel.left_out else None,
            )
        )
    # Cheapest first, as core orders them; a channel without a CAC goes after those with one
    # (core already put those last, but for a CAC withheld here).
    if withheld:
        results.sort(key=lambda result: result.cac is None)
    return results


def _profit(audit: Audit, locate: Locate) -> Profit:
    facts = audit.facts
    # revenue given up, read as lines marked contra-revenue are: out of net revenue and out of
    # the costs, the profit as listed (the one premise: round 63)
    out = lines_out_of_net_revenue(facts)
    given = sum((item.activity.spend for item in out), Decimal(0))
    profit = facts.operating_profit
    return Profit(
        net_revenue=facts.net_revenue - given,
        cost_of_sales=facts.spend["cost-of-sales"]
        - sum(
            (i.activity.spend for i in out if i.classification.category == "cost-of-sales"),
            Decimal(0),
        ),
        contra_revenue=facts.contra_revenue,
        operating_profit=profit,
        operating_margin=number(
            facts.operating_margin
            if not given or profit is None
            else share(profit, facts.margin_base - given)
        ),
        interest_and_income_tax=facts.below_operating,
        interest_and_income_tax_lines=[
            line
            for position in facts.below_operating_at
            if (line := locate(("activities", position))) is not None
        ],
        income_tax=facts.income_tax,
        # (S9 of the fortieth round's second re-review: the spend line had counted them)
        no_cost=moved_in(facts)[0] if facts.below_operating else Decimal(0),
        # a loss only those lines make, as BA111 says (U7 of the forty-fifth round's re-review,
        # 2026-12-06: a property manager's headline read a 180.6% loss beside BA111's profit)
        profit_without_moved=(
            facts.operating_profit + made.makes
            if facts.operating_profit is not None
            and facts.operating_profit < 0  # most profiles: a profit, nothing to ask
            and (made := what_makes_the_loss(facts)).makes
            else None
        ),
        thin_margin_short=_thin_margin_short(audit.found),
        collected_for_others=facts.collected,
        revenue_given_up=given,
        revenue_given_up_lines=[
            line for item in out if (line := locate(("activities", item.position))) is not None
        ],
    )


def _spend_read(facts: Facts) -> tuple[dict[str, Decimal], dict[str, Decimal]]:
    """The spend by category and the marketing by purpose, with the lines of revenue given up
    out of them, as lines marked contra-revenue are out of them (the one premise: round 63;
    BJ3 of the sixty-second round's second re-review, where a med spa's breakdown read
    "retain $31,600" of member credits BA116 called revenue given up)."""
    out = lines_out_of_net_revenue(facts)
    if not out:
        return dict(facts.spend), dict(facts.marketing_by_purpose)  # most profiles
    spend, purposes = dict(facts.spend), dict(facts.marketing_by_purpose)
    for item in out:
        amount, reading = item.activity.spend, item.classification
        spend[reading.category] -= amount
        spend["total"] -= amount
        if reading.category == "marketing" and reading.purpose in purposes:
            purposes[reading.purpose] -= amount
    return spend, purposes


def _marketing_counted(facts: Facts, policy: EffectivePolicy) -> tuple[Decimal | None, Decimal]:
    """The share BA101 and the score count where lines of revenue given up are listed as
    marketing (the marketing in money ÷ net revenue without the revenue given up), and that
    marketing given up; (None, 0) where none is (most profiles)."""
    out = lines_out_of_net_revenue(facts)
    given = sum(
        (i.activity.spend for i in out if i.classification.category == "marketing"), Decimal(0)
    )
    if not given or facts.revenue <= 0:
        return None, given
    spent, of = facts.held_to_minimum(policy.min_marketing_share.source == "industry")
    base = of - sum((i.activity.spend for i in out), Decimal(0))
    return share(spent - given, base), given


#: What BA101's gap leaves out of the marketing it counts, by the parts its words name
_LEAVES_OUT: dict[str, Literal["given up", "flagged", "agreed"]] = {
    "given up": "given up",
    "restricted": "flagged",
    "agreed": "agreed",
}


def _marketing_short(found: Sequence[Found]) -> MarketingShort | None:
    """The gap BA101's finding gives, in money a period, read from its own figures as its words
    work it out (the HTML tags the finding with it; a leftover of the fifty-ninth round,
    2026-12-07: the tag had worked the gap out again from the report, and read $1,100 beside a
    cleaner's "without it the gap is $3,700" until it was mended to match). Its widest gap: of
    the marketing without revenue given up and the spend a rule of law warns or asks about, as
    "without both" says, and of the business's own marketing beside a brand fund. None without
    the finding, and where it gives no gap in money: the business is full, the marketplaces'
    commissions meet the minimum, the range is no floor for work at contract rates, or a fund
    is met beside a thin margin or a loss (it says to move money, not how much), and where the
    range is only a reference in the business's country (``BelowMinimum.reference``: BA101
    asks no budget to reach it)."""
    hit = next((f.hit for f in found if f.rule.id == "BA101"), None)
    if hit is None:
        return None  # most profiles
    f = hit.figures
    if isinstance(f, BelowMinimum):
        if f.full is not None or f.plan == "commissions" or f.rated is not None:
            return None
        if f.reference:
            # a range from another country's sources, only a reference here: BA101 asks no
            # budget to reach it, so no gap is owed (BI3 of the sixty-second round's second
            # re-review, 2026-12-08: a Canadian cannabis store's JSON read 66,960, 3% ×
            # 3,112,000 − 26,400, beside "no budget is asked to reach the range")
            return None
        leaves: list[Literal["given up", "flagged", "agreed"]] = []
        # (of net revenue without the revenue given up, as the marketing is: BG6)
        gap = at_least(f.needed, "0.01") - f.measured + f.given_up - f.given_floor
        if f.given_up:
            leaves.append("given up")
        if f.restricted is not None:
            gap += f.restricted[0]
            leaves.append("flagged")
        return MarketingShort(amount=gap, leaves_out=leaves)
    if isinstance(f, OnlyWithNotSpent):
        needed = at_least(f.needed_in_money, "0.01")
        return MarketingShort(amount=needed - (f.measured - f.not_spent), leaves_out=["given up"])
    if isinstance(f, OnlyWithRestricted):
        needed = at_least(f.minimum * f.revenue, "0.01")
        return MarketingShort(amount=needed - f.lawful, leaves_out=["flagged"])
    if isinstance(f, OnlyTogether):
        reach = at_least(f.minimum * f.base_in_money, "0.01") if f.reach is None else f.reach
        own = f.measured - sum((amount for _, amount in f.parts), Decimal(0))
        return MarketingShort(
            amount=reach - own, leaves_out=[_LEAVES_OUT[kind] for kind, _ in f.parts]
        )
    if isinstance(f, OnlyByAgreement) and not f.thin:
        reach = at_least(f.minimum * f.revenue, "0.01") if f.reach is None else f.reach
        return MarketingShort(amount=reach - (f.measured - f.contractual), leaves_out=["agreed"])
    return None


def _marketing_excess(found: Sequence[Found]) -> Decimal | None:
    """What reaching the top of the industry's range would take out, in money a period, as
    BA110's finding works it out (``over``), to the cent: the HTML tags the finding with it
    (the sixty-first round, part q, 2026-12-07: the tag had worked it out again from the
    report's figures). None without the finding, and where it names no excess in money."""
    hit = next((f.hit for f in found if f.rule.id == "BA110"), None)
    if hit is None or not isinstance(hit.figures, AboveRange | WithinOnceStopped):
        return None  # most profiles
    over = hit.figures.over
    return cents(over) if over > 0 else None


def _beyond_worth(found: Sequence[Found]) -> dict[object, Decimal]:
    """What each channel BA205 finds dearer than its customers are worth spent beyond their
    worth, by the place of the channel's first line: its spend as BA205 judges it, less its new
    customers × the lifetime value its finding names (to the cent, as it is said), on 20 or
    more customers (under that, what one costs is "not yet known"). The HTML tags the finding
    with it (the sixty-first round, part q, 2026-12-07: the tag had worked it out again)."""
    beyond: dict[object, Decimal] = {}
    for f in found:
        figures = f.hit.figures
        if (
            f.rule.id == "BA205"
            and isinstance(figures, ChannelCostsMore)
            and figures.customers >= DEFAULT_MIN_CUSTOMERS
            and (over := figures.spend - cents(figures.ltv) * figures.customers) > 0
            and f.hit.at is not None
        ):
            beyond.setdefault(f.hit.at[-1], cents(over))
    return beyond


def _thin_margin_short(found: Sequence[Found]) -> Decimal | None:
    """What a 5% margin would take more, of the profit and revenue BA115's finding judges
    (BBQ3 of the fifty-ninth round, 2026-12-07: the client's page tagged a childcare centre's
    BA115 with $45,300, of the profit as listed, beside the finding's $29,800, which gives
    $42,300); None without the finding, or where the margin is not known (a loan stands in for
    depreciation)."""
    thin = next((f.hit.figures for f in found if f.rule.id == "BA115"), None)
    if not isinstance(thin, ThinMargin) or thin.stand_in:
        return None
    return cents(thin.threshold * thin.revenue - thin.profit)


def _industry(audit: Audit, locate: Locate) -> IndustryRange | None:
    vertical = audit.facts.vertical
    if vertical is None:
        return None
    norm = vertical.marketing
    # its rules as the profile's country has them, where the data gives them (read_by)
    read = audit.facts.read_by
    # (a home inspector declared real estate is read as home services, whose rules are its
    # own: real estate's "agent-to-agent referral fees" are no inspector's; A1 of the
    # forty-seventh round), and a pet crematory declared veterinary as one, whose rule is the
    # clinics' (part b of the fifty-fifth round, 2026-12-07: model.verticals.as_pet_crematory)
    rules = (
        read
        if read is not None
        and (
            read.id == vertical.id
            or audit.facts.pet_crematory
            or verticals.inspects_homes(audit.profile.business.name or "")
        )
        else vertical
    )
    # a travel agency declared as an insurance agency, no line of which names insurance: the
    # insurance codes' rule is not its own (Y5 of the forty-sixth round's re-review)
    travel = (
        rules.id == "insurance-agency"
        and rules.referral_rule is not None
        and quotes_insurance_to_travel(
            audit.profile.business.name or "",
            # its marketing and sales lines: its own E&O insurance is no policy it sells
            (
                item.activity.name
                for item in audit.facts.activities
                if item.classification.category in ("marketing", "sales")
            ),
        )
    )
    flagged = restricted_lines(audit.facts, vertical.scope == "marketing and sales")
    return IndustryRange(
        id=vertical.id,
        label=vertical.label,
        sector=vertical.sector,
        low=Number(norm.low),
        high=Number(norm.high),
        low_is_floor=vertical.low_is_floor,
        basis=vertical.basis,
        scope=vertical.scope,
        compared_share=number(audit.facts.range_share),
        above_only_as_listed=above_only_as_listed(audit.facts),
        left_out=audit.facts.range_excluded,
        left_out_why=vertical.range_excludes_why if audit.facts.range_excluded else "",
        left_out_lines=[
            line
            for position in audit.facts.range_excluded_at
            if (line := locate(("activities", position))) is not None
        ],
        base_left_out=audit.facts.base_excluded,
        base_added=audit.facts.base_added,
        source=norm.source,
        year=norm.year,
        kind=norm.kind,
        note=norm.note,
        confidence=verticals.confidence_in(norm, audit.profile.business.currency),
        sources_country=verticals.range_abroad(norm, audit.profile.business.currency),
        # why it is only a reference here, as BA101 and the score ask it (part i of round 62)
        range_reference=reference_here(
            audit.policy.min_marketing_share.source,
            vertical,
            audit.profile.business.currency,
            audit.facts.read_by,
        ),
        payback_months=Number(vertical.payback.low) if vertical.payback else None,
        referral_rule=_NOT_A_TRAVEL_AGENCYS
        if travel
        else _where_it_holds(rules, audit.profile.business.currency),
        referral_allowed=None if travel else _allowed_where(rules, audit),
        # what BA101 and the score hold the share without, traced to its lines (F4 of the
        # forty-ninth round's third re-review, 2026-12-06: a laboratory's JSON said 19.2% and
        # nothing left out, where BA101 judged 0.2% without $991,000 of flagged spend)
        flagged_left_out=sum((item.activity.spend for item, _ in flagged), Decimal(0)),
        flagged_lines=[
            line
            for item, _ in flagged
            if (line := locate(("activities", item.position))) is not None
        ],
        # whose rules the banner's heading names: a pet crematory's, the clinics' (part j of
        # the fifty-fourth round, 2026-12-07)
        referral_rules_whose=None if travel else rules.referral_rules_whose,
        high_is_ceiling=vertical.high_is_ceiling,
    )


#: Said of the rules on paying for referrals in place of the insurance codes' where a travel
#: agency declared `insurance-agency` as its nearest vertical and no line names insurance (Y5
#: of the forty-sixth round's re-review, 2026-12-06; core.metrics.quotes_insurance_to_travel).
#: The insurance codes' rebating and inducement rules reach inducements to buy insurance
#: (NAIC Unfair Trade Practices Act, Model 880, as the vertical's rule quotes it), not a travel
#: agency's thanks to a client who refers; no rule of a travel agency's own is quoted here.
_NOT_A_TRAVEL_AGENCYS = (
    "the insurance codes' rules on rebating and inducements, which this report quotes for "
    "insurance agencies, reach inducements to buy insurance, not a travel agency's thanks to a "
    "client who refers; your state's seller-of-travel law, if it has one, is not read here."
)


def _allowed_where(rules: verticals.Vertical, audit: Audit) -> str | None:
    """What a profession's rules allow instead of paying for referrals, said as the US's
    where the rules quoted are (F15 of the thirty-fourth review round: an Australian bureau
    was told what the AICPA allows as what is allowed); those it says to build relationships
    with kept to the ones the lines BA114 names pay, the rest counted, as BA114's advice says
    them (``findings.allowed_for``; the round 59 helpers' note on vet.yaml, 2026-12-07)."""
    allowed = rules.referral_allowed
    if allowed is None:
        return None
    allowed = allowed_for(
        allowed,
        [
            item.activity.name
            for rule, found in audit.facts.law_flagged
            if rule == "BA114"
            for item in found
        ],
    )
    if not quoted_from_us(audit.profile.business.currency, rules.rules_of is not None):
        return allowed
    return f"In the US: {allowed}"


def _where_it_holds(rules: verticals.Vertical, currency: str) -> str | None:
    """A profession's rule on paying for referrals, which the verticals' data quotes from US
    sources: said as American outside the US, as BA114 says it (the second re-review of the
    thirty-third round saw the HTML's box give an English law firm the ABA's rules bare),
    unless the data gives the country's own (``Vertical.rules_of``)."""
    rule = rules.referral_rule
    if rule is None or not quoted_from_us(currency, rules.rules_of is not None):
        return rule
    return american_rule(rule)


def _owner_time(audit: Audit) -> OwnerTime | None:
    facts = audit.facts
    hours, valued, rate = (
        facts.profile.owner_hours,
        owner_marketing_value(facts),
        facts.owner_hour_rate,
    )
    if hours is None or hours.rate is None or valued is None or rate is None:
        return None
    value, paid = valued
    total = facts.spend["marketing"] + value
    return OwnerTime(
        rate=rate[0],
        stated_rate=hours.rate if rate[1] else None,
        marketing_hours_per_week=Number(hours.marketing),
        weeks=Number(WEEKS_IN_A_MONTH * facts.profile.business.months),
        value=cents(value),
        marketing_with_owner_time=cents(total),
        share_of_revenue=number(share(total, facts.net_revenue)),
        paid=None if paid is None else cents(paid),
        hours_per_week=None if paid is None else Number(hours.total),
        owners=hours.owners,
    )


def profile_report(
    audit: Audit, *, path: str = "<profile>", locate: Locate = nowhere
) -> ProfileReport:
    """The report of one audit; ``locate`` finds the line of a place in the profile. Its
    money is written in the profile's locale, else its currency's usual one."""
    business = audit.profile.business
    locale = business.locale or default_locale(business.currency)
    with money_locale(locale, business.currency):
        return _profile_report(audit, path, locate, locale)


def _profile_report(audit: Audit, path: str, locate: Locate, locale: str) -> ProfileReport:
    profile, facts, policy = audit.profile, audit.facts, audit.policy
    business = profile.business
    verdict = audit.predictability
    # what the cap on paying for referrals names (most profiles: no such cap)
    law_asked = (
        _paid_referrals_said(audit)
        if any(c.reason == "paid referrals" for c in audit.caps)
        else (None, False)
    )
    spend, purposes = _spend_read(facts)
    counted = _marketing_counted(facts, policy)
    given_up = {id(item) for item in lines_out_of_net_revenue(facts)}
    return ProfileReport(
        path=path,
        passed=audit.passed,
        score=audit.score,
        verdict=_verdict(audit),
        business=BusinessInfo(
            name=business.name,
            industry=business.industry,
            currency=business.currency,
            locale=locale,
            period=business.period,
            capacity_used=number(business.capacity_used),
        ),
        revenue=profile.revenue,
        spend=spend,
        marketing_by_purpose=purposes,
        metrics=Metrics(
            marketing_share_of_revenue=number(facts.marketing_share_of_revenue),
            # of the spend without the revenue given up, as the breakdown gives it (round 63)
            marketing_share_of_spend=number(
                facts.marketing_share_of_spend
                if spend["total"] == facts.spend["total"]
                else share(
                    spend["marketing"] - facts.marketing_received,
                    facts.spend_counted - (facts.spend["total"] - spend["total"]),
                )
            ),
            sales_share_of_spend=number(facts.sales_share_of_spend),
            referral_share=number(facts.referral_share),
            owner_marketing_time_share=number(facts.owner_marketing_time_share),
            # the share the score's part judges: referrals no funded channel brought, and those
            # a line a rule of law warns about pays for too (core.score.cultivated_warned), as
            # BA102 counts them (the key figure had read "6.9% on their own: within the
            # maximum" beside BA102's warning that the clinics' 980 families are no channel of
            # the pet crematory's own: a look at the fifty-fifth round's review, 2026-12-07)
            referral_share_on_their_own=(
                number(next(c.value for c in audit.components if c.name == "referral independence"))
                if facts.cultivated_customers
                else None
            ),
            # ...and the rules that keep some of the cultivated ones from counting: then the
            # key figure says "did not come through a channel of your own", as the verdict and
            # BA102 do (AX2 of the fifty-sixth round's review, 2026-12-07)
            # (or those the lines pay that came otherwise: AY2 of the fifty-seventh round)
            referral_share_warned_by=list(
                audit.predictability.warned_rules or audit.predictability.paid_alone_rules
            ),
            marketing_received=facts.marketing_received,
            marketing_collected=facts.marketing_collected,
            spend_counted=facts.spend_counted - (facts.spend["total"] - spend["total"]),
            marketing_counted=number(counted[0]),
            marketing_given_up=counted[1],
            marketing_counted_commissions=next(
                (c.commissions for c in audit.components if c.name == "marketing investment"),
                ZERO,
            )
            if counted[0] is not None
            else ZERO,
            marketing_short=_marketing_short(audit.found),
            marketing_excess=_marketing_excess(audit.found),
            # selling the stated margin carries, which the CAC counts once (BI10)
            sales_in_margin=(
                ZERO if (paid := facts.economics.cac.in_margin) is None else paid.spend
            ),
        ),
        predictability=Predictability(
            verdict=verdict.label,
            headline=_headline(audit),
            reasons=predictability.reasons(verdict),
            acquisition_channels=len(verdict.channels),
            channels=verdict.channels,
            non_referral_share=number(verdict.non_referral_share),
            too_small=verdict.token is not None,
            held_back=None
            if verdict.held is None
            else predictability.held_back_words(verdict.held),
            asked_back=None
            if verdict.asked is None
            else predictability.held_back_words(verdict.asked),
        ),
        economics=_economics(audit, locate),
        benchmarks=list(_benchmarks(business.industry, facts.vertical)),
        policy=_policy_out(policy),
        score_components=[
            ComponentScore(
                name=c.name,
                weight=c.weight,
                earned=number(c.earned),
                basis=score.basis(c, verdict.held, verdict.asked),
            )
            for c in audit.components
        ],
        activities=[
            ActivityResult(
                name=a.activity.name,
                spend=a.activity.spend,
                category=a.classification.category,
                purpose=a.classification.purpose,
                source=a.classification.source,
                reason=a.classification.reason,
                confidence=a.classification.confidence,
                term=a.classification.term,
                recurring=a.activity.repeats,
                line=locate(("activities", a.position)),
                given_up=id(a) in given_up,
            )
            for a in facts.activities
        ],
        customer_sources=[
            SourceResult(
                name=s.name,
                customers=s.customers,
                kind=s.classification.kind,
                reason=_source_reason(s, facts),
                line=locate(("customers", "sources", s.name)),
            )
            for s in facts.sources
        ],
        findings=_findings(audit, locate),
        skipped=[
            SkippedRule(rule=s.rule, reason=s.reason, line=locate(("skip", i)))
            for i, s in enumerate(profile.skip)
        ],
        profit=_profit(audit, locate),
        industry=_industry(audit, locate),
        owner_time=_owner_time(audit),
        score_caps=[
            ScoreCap(
                limit=c.limit,
                reason=score.cap(
                    c.reason,
                    audit.facts.read_by.referral_rules_whose if audit.facts.read_by else None,
                    *law_asked,
                ),
            )
            for c in audit.caps
        ],
        channels=_channels(audit, locate),
    )


def audit_report(
    profile: Profile,
    policy: EffectivePolicy,
    *,
    path: str = "<profile>",
    locate: Locate = nowhere,
    classifier: Classifier | None = None,
) -> ProfileReport:
    """Audit one profile and explain it: the report every output format renders (the
    profile's declared vertical is looked up here)."""
    held = verticals.held_to(
        profile.business.industry, profile.business.name, profile.business.trade
    )
    done = core_audit.run(profile, policy, classifier, held)
    return profile_report(done, path=path, locate=locate)


def _source_reason(source: ClassifiedSource, facts: Facts) -> str:
    """How a source was read; for one no term read, the funded channel it was joined to by
    the words they share, as BA113 then says nothing (a CFO's re-review, 2026-12-03: the
    source table had asked for the kind of a source the channel table priced)."""
    reason = source.classification.reason
    if source.classification.term is not None or source.classification.kind != "other":
        return reason
    if (channel := facts.reading_channel(source)) is not None:
        return f"{reason}; joined to the channel '{channel.name}' ({_joined_by(channel)})"
    return reason


def _priced_apart(cac: Cac, currency: str) -> str:
    """ "; priced apart: $1,975 a contract, $79,000 ÷ 40": what the CAC's basis prices a
    funeral home's pre-need contracts at, the selling that sold them included (BG2 of round
    61b); "" where no source counts the contracts."""
    if not cac.preneed:
        return ""
    each = format_money(cents(cac.preneed_spend / cac.preneed), currency)
    spent = format_money(cac.preneed_spend, currency)
    return f"; {PRICED_APART}{each} a contract, {spent} ÷ {format_count(cac.preneed)}"


def _joined_by(channel: Channel) -> str:
    """How a channel's lines and sources came together, in words: the core's notes, and
    the lines that pay for the proposals (``Channel.proposals``), "'6010 Salaries:Marketing
    coordinator (proposals)' and 'Proposal printing' pay for the proposals", in their place in
    the notes' order (the sixty-first round, part q, 2026-12-07: core.channels had composed
    that sentence)."""
    if not channel.proposals:
        return channel.joined_by  # most channels
    names = [repr(name) for name in channel.proposals]
    said = f"{and_list(names)} {'pays' if len(names) == 1 else 'pay'} for the proposals"
    parts = channel.joined_by.split("; ") if channel.joined_by else []
    # before the first note that sorts after it, as the core sorts its notes
    at = next((i for i, part in enumerate(parts) if part > said), len(parts))
    return "; ".join([*parts[:at], said, *parts[at:]])


def _one_states_rule(audit: Audit) -> bool:
    """Whether BA114's rule is one state's (``Vertical.referral_rule_state``: a car dealer's,
    California's), which may not be the profile's."""
    vertical = audit.facts.vertical
    return vertical is not None and vertical.referral_rule_state is not None


def _wins_customers(found: Found, audit: Audit) -> bool:
    """Whether a finding's line is one that wins customers (marketing or sales), or it names
    no line of spend (a source, the business)."""
    at = found.hit.at
    if at is None or len(at) < 2 or at[0] != "activities":
        return True
    return any(
        item.position == at[1] and item.classification.category in ("marketing", "sales")
        for item in audit.facts.activities
    )


#: The "at risk" headline where most new customers come through one source someone else runs
#: (BA128 warns: a Medicaid broker, a police rotation list, a motor club): "part is left to
#: chance" said what the finding does not; the risk is the one source. The label stays "at
#: risk" (render styles are keyed by it). AL10 of the fifty-first round's re-review,
#: 2026-12-06.
_AT_RISK_ONE_SENDER = "At risk: most new customers come through one source someone else runs."


def _headline(audit: Audit) -> str:
    """The business-or-hobby headline: the label's, unless the label is "at risk" and BA128
    warns (``_AT_RISK_ONE_SENDER``)."""
    label = audit.predictability.label
    if (
        label == "at risk"
        and audit.facts.one_source is not None  # what BA128 warns of, found once
        and any(f.rule.id == "BA128" and f.severity != "info" for f in audit.found)
    ):
        return _AT_RISK_ONE_SENDER
    return predictability.HEADLINES[label]


def _verdict(audit: Audit) -> str:
    """The score band's words, with what BA101, BA110 and BA111 say beside them (one pass
    over the findings: every profile of a batch asks)."""
    under, loss, dear, slow, unpaid, average = False, None, False, False, False, False
    sector = rated = referred = reference = False
    debt: str | None = None
    kept_by_service = False
    not_keeping = worth_less = rented = one_sender = unlawful = asked = forbids = thin = False
    for found in audit.found:
        rule = found.rule.id
        if rule not in _SAID_BESIDE:  # most findings: the band does not ask about them
            continue
        if rule == "BA126" and found.severity != "info":
            debt = debt_cover(found.hit.figures.ratio)
            continue
        if rule == "BA104":
            # nothing spent on keeping customers, unless staff who call on them keep them or
            # none comes back (information, and true of "keeping" all the same); a full
            # business's finding is information too, and still true (K14, K17)
            f = found.hit.figures
            not_keeping = isinstance(f, MaybeRetention) and f.nothing_keeps
            # none spent, and none needed: the trade's customers stay (BH12)
            kept_by_service = isinstance(f, MaybeRetention) and f.stays is not None
            continue
        if rule == "BA116" and found.severity != "info":
            # a deductible, a premium or a copay given up, which its finding says to stop
            # where the law reaches it: the banner's "stop" stays beside a BA114 question
            f = found.hit.figures
            forbids = forbids or any(
                getattr(f, said, None) is not None
                for said in ("deductible_rule", "premium_rule", "waiver_rule")
            )
        if rule == "BA116" and getattr(found.hit.figures, "under_minimum", False):
            unpaid = True  # the owner's only pay, more than the business made an hour
            continue
        if rule == "BA101" and found.severity != "info":
            # not where the marketplaces' commissions meet the minimum: its advice is that
            # more budget is not the gap (Q3 of the thirty-fourth round's re-reviews)
            under = not getattr(found.hit.figures, "commissions", Decimal(0)) and not _sold_to(
                found.hit.figures
            )
            average = getattr(found.hit.figures, "average", False)
            rated = getattr(found.hit.figures, "rated", None) is not None
            sector = getattr(found.hit.figures, "minimum_source", None) == "sector"
            # the range only a reference here: no budget asked (BI3 of round 62's re-reviews)
            reference = bool(getattr(found.hit.figures, "reference", ""))
            # most came by referral in a trade whose rules restrict paying for it (AO9 of
            # the fifty-second review round): the banner says the investment BA101 advises
            referred = getattr(found.hit.figures, "referrers", None) is not None
        elif rule == "BA123" and found.severity != "info":
            rented = True  # most new customers through marketplaces (X14 of round 46)
        elif rule == "BA128" and found.severity != "info":
            # ...or through one source someone else runs (C6 of round 48); not the networks
            # that set their rates, together, which are several and not most (part p of the
            # sixty-first round, 2026-12-07)
            one_sender = one_sender or not isinstance(found.hit.figures, RateSetters)
        elif rule in _UNLAWFUL and (
            found.severity != "info" or getattr(found.hit.figures, "weighs", False)
        ):
            # a line the law may forbid (D6 of round 48's re-review) among what wins customers:
            # a payment or a gift for customers or referrals whatever its line is read as
            # (BA114, BA119, BA121: a free phlebotomist in a physician's office, F3 of the
            # round's third re-review), not a practice of the work alone, such as a crew
            # spraying without an applicator's licence (BA120 on an operations line, E8 of the
            # forty-ninth round's second re-review, 2026-12-06)
            if rule == "BA114" and (
                getattr(found.hit.figures, "question", False)
                # ...or one it asks to be checked outside the US, as BA101 reads it (BG1 of
                # the sixty-first round's re-review, 2026-12-07)
                or (
                    found.hit.at is not None
                    and len(found.hit.at) == 2
                    and found.hit.at[0] == "activities"
                    and found.hit.at[1] in asked_lines(audit.facts)
                )
                # ...or one whose rule is one state's, the profile naming none (BK14 of the
                # sixty-third round, 2026-12-08: a dealer told "stop that first" by California's)
                or _one_states_rule(audit)
            ):
                # a line BA114 only asks about: the banner asks too, unless another line is
                # warned about (the fifty-seventh round, part j3, 2026-12-07)
                asked = True
                continue
            unlawful = unlawful or rule != "BA120" or _wins_customers(found, audit)
        elif rule == "BA111" and found.severity != "info":
            loss = found.hit.figures
        elif rule == "BA115" and found.severity != "info":
            thin = True  # not where the margin is not known (a loan stands in for depreciation)
        elif rule == "BA203" and found.severity != "info" and not _unsure(found.hit.figures):
            slow = True  # only slow to pay back, unless a ratio's finding says more
        elif rule in _DEAR and found.severity != "info" and not _unsure(found.hit.figures):
            dear = True
            worth_less = worth_less or rule == "BA204"
    over, slow_only = _over_range(audit.found)
    return score.verdict(
        audit.score,
        over_range=over,
        over_range_slow=slow_only,
        under_minimum=under,
        under_average=under and average,
        sector_average=sector,
        rate_priced=under and rated,
        reference=under and reference,
        at_a_loss=loss is not None,
        as_listed=loss is not None and loss.as_listed,
        owner_unpaid=unpaid,
        costs_too_much=dear or slow,
        slow_payback=slow and not dear,
        at_capacity=full(audit.profile) is not None,
        # interest is listed, and the operating profit does not cover what is listed after it
        loss_after_interest=(after := loss_below(audit.facts)) is not None
        and audit.facts.below_operating > audit.facts.income_tax,
        # ...or only with the tax on income listed too (H3 of the fortieth round): the interest
        # alone leaves a profit
        loss_after_tax=after is not None
        and audit.facts.income_tax > 0
        and after <= audit.facts.income_tax,
        interest_listed=audit.facts.below_operating > audit.facts.income_tax,
        debt_uncovered=debt,
        not_keeping=not_keeping,
        kept_by_service=kept_by_service,
        deep_loss=any(cap.reason == "deep loss" for cap in audit.caps),
        costs_more=worth_less,
        rented=rented,
        one_sender=one_sender,
        # (a BA114 question beside a line BA116 says the law may forbid: "stop", as before)
        unlawful=unlawful or (asked and forbids),
        asked=asked,
        # (by the counts: no share divided out for a band that mostly does not ask)
        no_referrals=not audit.facts.referral_customers and audit.facts.sourced_customers > 0,
        referred=under and referred,
        # (asked only under the minimum and in the lowest band: the band it changes says too
        # little goes in)
        walked_in=under
        and not referred
        and audit.score < score.VERDICTS[2][0]
        and walked_in_the_door(audit.facts),
        # no customer comes back, as the score's retention part reads it (BA104's information)
        buy_once=any(part.none_back for part in audit.components),
        thin=thin,
    )


def _sold_to(figures: object) -> bool:
    """Whether BA101's share is met with the selling that brings new customers (a
    distributor's reps): its advice is to compare what they cost before adding marketing, so
    the verdict does not say too little goes into it (K15 of the forty-second round,
    2026-12-06; beside flagged spend too, M6 of its second re-review)."""
    return isinstance(figures, (BelowMinimum, OnlyWithRestricted)) and figures.met_with_selling


def _unsure(figures: object) -> bool:
    """Whether BA204's ratio or BA203's payback rests on so few customers that it could as well
    be on the other side of its line: the verdict does not say customers cost more than they
    bring back, or pay back too slowly, on it (N8 of the forty-third round, 2026-12-06)."""
    if isinstance(figures, CostsMore):
        return figures.ratio.value is not None and unsure(
            figures.ratio.value, figures.cac.new_customers
        )
    if isinstance(figures, SlowPayback):
        months = figures.figure.value
        return months is not None and could_reach(
            months, figures.customers, figures.norm, grows=False
        )
    return False


#: The findings that say a customer costs more than they are worth or too much for it (BA203,
#: a payback beyond the norm alone, is told apart: it is slow, not dear)
_DEAR = frozenset({"BA201", "BA204"})
#: Every rule whose finding the verdict's words ask about (_verdict)
_SAID_BESIDE = frozenset({
    "BA101", "BA104", "BA111", "BA115", "BA116", "BA123", "BA126", "BA128", "BA203", *_UNLAWFUL,
    *_DEAR,
})  # fmt: skip


def _over_range(found: Sequence[Found]) -> tuple[Severity | None, bool]:
    """BA110's severity, where marketing is above the industry's range, for the verdict's
    words; "pays back" (information) only where no finding says a customer is worth too
    little for what winning one costs (AE10 of the nineteenth round: "well funded and pays
    back; the gaps are elsewhere" beside BA201's warning that a customer is worth 1.2× it).
    With it, whether BA110 warns only that customers take long to pay back, each worth 3×
    their cost or more, or each channel's next customer still worth more than it costs
    (AboveRange.only_slow): its cap and the banner say so, not that spending "does not pay
    back" (Q7 of the forty-fourth round, 2026-12-06: an adviser's clients at 7.3×)."""
    ba110 = next((f for f in found if f.rule.id == "BA110"), None)
    if ba110 is None:  # most profiles
        return None, False
    if ba110.severity == "info":
        dear = any(f.rule.id in ("BA201", "BA204", "BA205") and f.severity != "info" for f in found)
        return ("warning" if dear else "info"), False
    figures = ba110.hit.figures
    return ba110.severity, isinstance(figures, AboveRange) and figures.only_slow
