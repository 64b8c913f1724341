"""A plan in words: the headline, each move's reason and the model's assumptions (core.plan)."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal

from bizaudit.core.capacity import full
from bizaudit.core.channels import Channel
from bizaudit.core.financing import (
    DEBT_SERVICE_COVERAGE,
    loss_below,
    moved_in,
    specials_sold,
    uncovered_debt,
)
from bizaudit.core.metrics import BeforeCommissions, Facts, margin_before_commissions, worth_before
from bizaudit.core.plan import Allocation, LeftAlone, Move, Plan, count_range
from bizaudit.core.referrers import asked_lines
from bizaudit.explain.economics import ZERO, left_out_why
from bizaudit.explain.left_alone import (
    RESPA,
    asked_referrals,
    before_commissions,
    left_alone_words,
    named,
    restricted_words,
)
from bizaudit.explain.numbers import (
    and_list,
    format_count,
    format_money,
    format_number,
    format_number_beside,
    format_percent,
    plural,
    rounded,
)
from bizaudit.explain.summary import YOUR_PROFESSIONS_RULES
from bizaudit.model.lazy import LazyPattern
from bizaudit.model.plan import PlanChannel, PlanMove, PlanReport, one_decimal
from bizaudit.model.report import Number

__all__ = ["plan_report"]

Money = Callable[[Decimal], str]

#: Lines that are people's pay: a cut there is hours or a post, not a budget line (a CFO's
#: review, 2026-12-02: a plan moved $63,000 of SDR salaries, one of three SDRs, into Google
#: Ads without saying so).
_PAY = LazyPattern(
    r"\b(salary|salaries|wages?|payroll|staff|team|sdrs?|bdrs?|reps?|coordinators?)\b",
    re.IGNORECASE,
)


def plan_report(plan: Plan, facts: Facts, *, path: str) -> PlanReport:
    """The plan as every format shows it."""
    currency = facts.profile.business.currency

    def money(amount: Decimal) -> str:
        return format_money(amount, currency)

    by_name = {a.name: a for a in plan.channels}
    added = plan.planned_budget - plan.current_budget
    profit = facts.operating_profit
    return PlanReport(
        path=path,
        business=facts.profile.business.name,
        currency=currency,
        headline=_headline(plan, profit, facts.economics.ltv.value, money)
        + _given_up(plan, facts, money)
        + _losing(plan, facts.economics.ltv.value, money, facts)
        + _full(plan, facts)
        + _debt(added, facts, money)
        + _after_tax(added, facts, money),
        moves=[
            PlanMove(
                source=m.source,
                target=m.target,
                amount=m.amount,
                reason=_reason(m, by_name, money) + _pay(m, facts) + _special(m, facts, money),
            )
            for m in plan.moves
        ],
        current_budget=plan.current_budget,
        planned_budget=plan.planned_budget,
        current_new_customers=plan.current_customers,
        projected_new_customers=Number(one_decimal(plan.projected_customers)),
        operating_profit=profit,
        planned_operating_profit=None if profit is None else profit - added,
        target_new_customers=plan.target,
        channels=[_channel(a, facts) for a in plan.channels],
        assumptions=_assumptions(plan, facts),
    )


#: What a wholesaler's bird dogs pay for, which BA114 only asks about (Facts.asked_finders)
_ASKED_FINDERS = (
    "those who bring you deals, which BA114 asks about: whether the state's licence law allows "
    "it is to be answered first"
)


def _given_up(plan: Plan, facts: Facts, money: Money) -> str:
    """What today's budget counts of revenue given up (BA116: a free month for a referrer, a
    credit), where its channels' lines hold some: `check` gives marketing in money without it,
    and "today's $28,000" matched no figure of the dojo's check, which gave $24,000 (BBQ2 of
    the fifty-ninth round's coach review, 2026-12-07). The plan keeps it, as the channel table
    prices those customers with it."""
    given = [item for item, kind in facts.moves if kind == "given up"]
    if not given:  # most profiles
        return ""
    planned = {a.name for a in plan.channels}
    held = {id(item) for c in facts.by_channel if c.name in planned for item in c.activities}
    amount = sum((item.activity.spend for item in given if id(item) in held), Decimal(0))
    if not amount:
        return ""
    return (
        f" Today's budget of {money(plan.current_budget)} counts {money(amount)} of revenue "
        "given up (BA116), as the channel table does: what those customers cost in discounts "
        "or credits, not money paid out."
    )


def _questions(facts: Facts) -> frozenset[int]:
    """The ids of the lines BA114 only asks about, as it decides them (core.referrers
    .asked_lines: its questions at warning severity too, a roofer's gift cards to the listing
    agents who order inspections, beside the lines it gives as information), where a rule of
    law flags any line (most profiles: none)."""
    if not facts.law_flagged:
        return frozenset()
    positions = asked_lines(facts)
    return frozenset(id(item) for item in facts.activities if item.position in positions)


def _settlement(facts: Facts, names: list[str]) -> bool:
    """Whether every one of ``names`` is a line BA114 reads under RESPA §8 as a thing of
    value to those who order a settlement service (Facts.settlement_payments), in a trade
    whose own rules on referrals BA114 does not quote (a roofer has none): `plan` names the
    law, not "your profession's rules" (the fifty-seventh round, part j2, 2026-12-07)."""
    vertical = facts.read_by
    if not names or (vertical is not None and vertical.referral_rule is not None):
        return False
    of_settlement = {item.activity.name for item in facts.settlement_payments}
    return all(name in of_settlement for name in names)


def _rules(facts: Facts, whose: str | None, names: list[str]) -> str:
    """Whose rules restrict paying for the referrals lines ``names`` (BA114's) pay for:
    ``whose`` where they bind those who refer, not the business's own profession
    (Vertical.referral_rules_whose: a pet crematory's, "the clinics' rules"; part j of the
    fifty-fourth round, 2026-12-07), RESPA §8 where every one of them is a thing of value to
    those who order a settlement service (``_settlement``: a roofer's gift cards to listing
    agents), else the business's own profession's."""
    if whose:
        return whose
    return RESPA if _settlement(facts, names) else YOUR_PROFESSIONS_RULES


def _by_ba114(facts: Facts) -> set[str]:
    """The names of the lines BA114 flags."""
    return {
        item.activity.name for rule, lines in facts.law_flagged if rule == "BA114" for item in lines
    }


def _gifts(lines: tuple[str, ...], facts: Facts) -> tuple[list[str], list[str]]:
    """Of a channel's flagged ``lines`` BA114 restricts, those BA114 warns about and those
    that are gifts BA121 alone names (another firm's staff paid to steer its customers),
    where there are both: each is then named under the rule that warns about it (AX6 of the
    fifty-sixth review round, 2026-12-07: a collision shop's "Visa gift cards - dealership
    service advisors", joined to the referrals its tow-driver fees pay for, had been said to
    be restricted by the profession's rules, BA114). No gifts where no line is BA121's alone
    (most channels)."""
    by_ba114 = _by_ba114(facts)
    gifts = [
        item.activity.name
        for rule, flagged in facts.law_flagged
        if rule == "BA121"
        for item in flagged
        if item.activity.name not in by_ba114 and item.activity.name in lines
    ]
    paid = list(dict.fromkeys(name for name in lines if name in by_ba114))
    return (paid, gifts) if gifts and paid else (list(lines), [])


def _each_by_its_rule(
    reason: LeftAlone, facts: Facts, channel: Channel | None, whose: str | None
) -> str | None:
    """Why a channel another rule of law restricts is left alone (BA116: a roofer's credit
    toward the deductible of neighbours who refer; BA119, BA120, BA121), naming each of its
    flagged lines under the rule that reads it, where some are BA114's: a roofer's gift cards
    to the listing agents who order inspections, joined to the same referrals, had been said
    to "offset customers' insurance deductibles" (the fifty-seventh round, part j,
    2026-12-07). The BA114 lines are then said as the words for a channel BA114 alone
    restricts say them: a line it only asks about (Facts.asked_fees, nominal_gifts,
    asked_finders) as asked, the others as restricted, under ``whose`` rules where they are
    not the business's own profession's. None for every other channel (most)."""
    if not reason.lines or not facts.law_flagged:
        return None
    if channel is None or channel.restricted in (None, "BA114") or len(channel.flagged) < 2:
        return None
    by_rule = {rule: {item.activity.name for item in lines} for rule, lines in facts.law_flagged}
    own = [n for n in channel.flagged if n in by_rule.get(channel.restricted, ())]
    paid = [n for n in channel.flagged if n not in own and n in by_rule.get("BA114", ())]
    if not own or not paid or len(own) + len(paid) != len(channel.flagged):
        return None  # (a line of a third rule: said as the channel's rule says it, as before)
    ids = facts.asked_fees | facts.nominal_gifts | facts.asked_finders | _questions(facts)
    of_asked = {item.activity.name for item in channel.activities if id(item) in ids}
    warned = [n for n in paid if n not in of_asked]
    asked = [n for n in paid if n in of_asked]
    said = f"its spend on {named(own)} {restricted_words(channel.restricted, len(own))}"
    if warned:
        rules = _rules(facts, whose, warned)
        said += f", and on {named(warned)} {restricted_words('BA114', len(warned), rules)}"
    if asked:
        finders = all(id(i) in facts.asked_finders for i in channel.activities if id(i) in ids)
        words = _ASKED_FINDERS if finders else asked_referrals(_rules(facts, whose, asked))
        said += (
            f"; {named(asked)} "
            + ("pays" if finders and len(asked) == 1 else "pay" if finders else "may pay")
            + f" for {words}"
        )
    return said


def _left_alone(reason: LeftAlone | None, facts: Facts, name: str = "") -> str | None:
    """Why channel ``name`` is left alone, in words (explain.left_alone), naming whose rules
    restrict paying those who refer where they bind the referrers, not the business's own
    profession (Vertical.referral_rules_whose: a pet crematory's, "the clinics' rules"), as
    BA101, BA102 and BA114 name them (part j of the fifty-fourth round, 2026-12-07), or RESPA
    §8 where the lines are things of value to those who order a settlement service (part j2
    of the fifty-seventh round); each flagged line under the rule that warns about it
    (``_gifts``, ``_each_by_its_rule``); and, of a channel whose flagged lines BA114 only asks
    about, saying so, as the check's channel note and BA114's finding do: a wholesaler's bird
    dogs or finders (AW8 of the fifty-fifth round's review, 2026-12-07), a US pet crematory's
    bare handling fee to the clinics or a law firm's nominal thank-you gifts (the fifty-sixth
    round, part e, 2026-12-07). Where some of its flagged lines are warned about and some only
    asked about, the first are named as restricted and the others as asked about, as the
    check's channel note names only the first."""
    if reason is None:
        return None
    if reason.why != "restricted":
        return left_alone_words(reason)
    vertical = facts.read_by
    whose = vertical.referral_rules_whose if vertical is not None else None
    channel = _channel_named(facts, name)
    if (split := _each_by_its_rule(reason, facts, channel, whose)) is not None:
        return split
    if reason.rule != "BA114":
        return left_alone_words(reason)
    by_ba114 = _by_ba114(facts)
    names = [] if channel is None else [
        item.activity.name for item in channel.activities if item.activity.name in by_ba114
    ]  # fmt: skip
    rules = _rules(facts, whose, names) if channel is not None else whose or YOUR_PROFESSIONS_RULES
    paid, gifts = _gifts(reason.lines, facts) if reason.lines else ([], [])
    paying = f"its spend on {named(paid)}" if paid else "its spend"
    given = f", and on {named(gifts)} {restricted_words('BA121', len(gifts))}" if gifts else ""
    asked = facts.asked_fees | facts.nominal_gifts | facts.asked_finders | _questions(facts)
    if asked and channel is not None:  # most profiles: no line BA114 only asks about
        flagged = channel.flagged or (channel.name,)  # (a line alone under its own name: none)
        asked_lines = [
            item
            for item in channel.activities
            if id(item) in asked and item.activity.name in flagged
        ]
        if asked_lines:
            of_asked = {item.activity.name for item in asked_lines}
            finders = all(id(item) in facts.asked_finders for item in asked_lines)
            asks = _ASKED_FINDERS if finders else asked_referrals(rules)
            # a bird dog is paid for the deals it brings; a bare fee or a nominal gift "may
            # pay" for referrals, as BA114's finding says of it
            pays = ("pays" if len(of_asked) == 1 else "pay") if finders else "may pay"
            warned = [n for n in flagged if n not in of_asked]
            if not warned:  # every flagged line only asked about
                return f"{paying} {pays}, in whole or in part, for {asks}{given}"
            # some warned about, some asked about: each named as the check names them
            return (
                f"its spend on {and_list([repr(n) for n in warned])} "
                f"{restricted_words('BA114', len(warned), rules)}; "
                f"{and_list([repr(n) for n in flagged if n in of_asked])} {pays} for {asks}"
            )
    return f"{paying} {restricted_words('BA114', len(paid) or 1, rules)}{given}"


def _channel(a: Allocation, facts: Facts) -> PlanChannel:
    cac, projected = a.cac, a.projected_cac
    # what its spend leaves out, as the check's table says it (BI4 of the sixty-second round's
    # second re-review, 2026-12-08)
    left = channel.left_out if (channel := _channel_named(facts, a.name)) is not None else ZERO
    return PlanChannel(
        name=a.name,
        spend=a.spend,
        planned_spend=a.planned,
        customers=a.customers,
        projected_customers=Number(one_decimal(a.projected)),
        cac=None if cac is None else _cents(cac),
        projected_cac=None if projected is None else _cents(projected),
        left_alone=_left_alone(a.left_alone, facts, a.name),
        left_out=left if left else None,
        left_out_why=left_out_why(channel.left_out_kind) if left and channel else None,
    )


def _cents(amount: Decimal) -> Decimal:
    """To the cent, and whole when the cents are nought ("502", not "502.00"); a half cent up,
    as ``format_money`` rounds it in every other report (BF10 of the sixty-first round: a
    lifetime value of $2,634.445 read $2,634.44 in ``plan`` beside $2,634.45 in ``check``)."""
    cents = rounded(amount, 2, ROUND_HALF_UP)
    return cents.quantize(Decimal(1)) if cents == cents.to_integral_value() else cents


def _full(plan: Plan, facts: Facts) -> str:
    """A business at capacity told that more customers could not be served, when the plan adds
    budget or aims at more customers (core.capacity)."""
    used = full(facts.profile)
    if used is None or (plan.planned_budget <= plan.current_budget and plan.target is None):
        return ""
    return (
        f" The business is {format_percent(used)} full (business.capacity_used): the customers "
        "more budget would bring could not be served until places free up."
    )


def _after_tax(added: Decimal, facts: Facts, money: Money) -> str:
    """Where the plan adds money and the interest and tax on income listed after the operating
    profit turn it into a loss: that loss, before and with the plan's budget (R10 of the
    fortieth round's re-review: "$200,000 profit today" beside a dispensary's tax that made it a
    $31,000 loss)."""
    loss = loss_below(facts) if added > 0 else None
    if loss is None:
        return ""
    # counted as the verdict counts it: without the lines BA116 names as no cost, which the
    # operating result below keeps (S9 of the fortieth round's second re-review)
    without = ", and without the lines BA116 names as no cost," if moved_in(facts)[0] else ","
    return (
        f" After the interest and tax on income listed below the operating profit{without} the "
        f"business makes a loss of {money(loss)} today, {money(loss + added)} with the plan's "
        "budget."
    )


def _debt(added: Decimal, facts: Facts, money: Money) -> str:
    """Where the plan adds money and what the business earns covers its loan payments less
    than lenders ask (BA126): that the money added is cash the loan needs (S12 of the
    thirty-ninth round's second re-review: a venue whose earnings covered its loan 1.04 times
    was planned $18,400 more for a marketplace without a word of it)."""
    if added <= 0:
        return ""
    found = uncovered_debt(facts)
    if found is None:
        return ""
    ratio = found.earned / found.payments
    covered = (
        f"covers its loan payments {format_number_beside(ratio, DEBT_SERVICE_COVERAGE, Decimal(1))}"
        " times"
        if ratio >= 1
        else "does not cover its loan payments"
    )
    return (
        f" What the business earns {covered}, under the "
        f"{format_number(DEBT_SERVICE_COVERAGE, 2)} lenders ask (BA126): the {money(added)} "
        "more would come out of cash the loan needs: plan the cash first."
    )


def _losing(plan: Plan, ltv: Decimal | None, money: Money, facts: Facts) -> str:
    """The channels whose next customer, at the planned spend, costs more than a customer is
    worth: by the plan's curve, (CAC ÷ e) at that spend. The plan never grows a channel past
    that point, but one already past it is only cut as far as the bounds let it (a coach's
    review: a 2%-margin brand kept its last $60,000 of Meta ads, each customer bought at a
    loss), so the owner is told, and that a smaller budget keeps more profit."""
    if ltv is None:
        return ""
    exponent = plan.assumptions.exponent
    over = [
        (a.name, a.projected_cac / exponent)
        for a in plan.channels
        if a.left_alone is None and a.projected_cac is not None
        and a.projected_cac / exponent > ltv
    ]  # fmt: skip
    if not over:
        return ""
    # worth more at the margin before a marketplace's commissions their customers need not
    # pay: about break-even there, as BA205 says it (CK2 of a quick check of the fifty-eighth
    # round's late changes, 2026-12-07)
    near: list[tuple[str, Decimal]] = []
    before = margin_before_commissions(facts)
    if before is not None:
        worth = worth_before(ltv, before)
        fees = {c.name for c in facts.by_channel if c.fees}
        near = [(name, cost) for name, cost in over if name not in fees and cost <= worth]
        over = [item for item in over if item not in near]
        if near:
            if not over:
                return _about_even(near, ltv, worth, before, money)
            return _losing_words(plan, over, ltv, money) + _about_even(
                near, ltv, worth, before, money, first=False
            )
    return _losing_words(plan, over, ltv, money)


def _about_even(
    near: list[tuple[str, Decimal]],
    ltv: Decimal,
    worth: Decimal,
    before: BeforeCommissions,
    money: Money,
    first: bool = True,
) -> str:
    """The channels whose next customer costs more than the lifetime value after a
    marketplace's commissions, not more than it before them (CK2); not ``first``, after the
    sentence on those that lose money."""
    costs = and_list([f"{money(_cents(cost))} in {name}" for name, cost in near])
    lead = "At the planned spend the next" if first else "The next"
    curve = " (by the curve below)" if first else ""
    return (
        f" {lead} customer costs about {costs}{curve}: "
        f"{before_commissions(before, money(_cents(ltv)), money(_cents(worth)))}; more budget "
        "there earns little or nothing."
    )


def _losing_words(plan: Plan, over: list[tuple[str, Decimal]], ltv: Decimal, money: Money) -> str:
    """The channels whose next customer costs more than a customer is worth: the last dollars
    there lose money."""
    each = [f"{money(_cents(cost))} in {name}" for name, cost in over]
    costs = and_list(each)
    smaller = "a smaller budget (--budget) would keep more of the profit"
    funnels = [a for a in plan.channels if a.tools_only and a.customers]
    if funnels:
        # customers came through a channel whose only spend is a tool (a webinar), which the
        # paid channels' ads may fill: their price counts only those who named them, so a cut
        # is not advised on it (AW9 of the fifty-fifth round's review, 2026-12-07: a course
        # creator was told to cut the Meta ads that filled the webinar of 300 of its 760 buyers)
        smaller = (
            f"but {format_count(sum(a.customers for a in funnels))} customers came through "
            f"{and_list([repr(a.name) for a in funnels])}, whose only spend is tooling: if these "
            "ads fill it, they cost less than shown, so join them to it ('channel:') before "
            "cutting"
        )
    elif plan.asked_budget is not None and plan.asked_budget < plan.planned_budget:
        # already at the bounds (X25 of the seventeenth round: a brand asked for less, was told
        # it could not, and was then told a smaller budget would keep more profit)
        smaller = (
            "the plan already cuts each channel it can move as far as --max-shift "
            f"({format_percent(plan.assumptions.max_shift)}) lets it: a larger --max-shift "
            "cuts further"
        )
    return (
        f" At the planned spend the next customer costs about {costs} (by the curve below), more "
        f"than the {money(_cents(ltv))} a customer is worth: the last dollars there lose "
        f"money{';' if funnels else ', and'} {smaller}."
    )


def _headline(plan: Plan, profit: Decimal | None, ltv: Decimal | None, money: Money) -> str:
    added = plan.planned_budget - plan.current_budget
    more = plan.projected_customers - plan.current_customers
    now = f"{format_count(plan.current_customers)}"  # 4,200, as every other count is written
    then = format_number(plan.projected_customers, 0)
    parts: list[str] = []
    after = None if profit is None else profit - added
    if profit is not None and after is not None and added > 0 and after < 0:
        if profit >= 0:
            parts.append(
                f"Warning: this plan spends {money(added)} more, which turns the operating "
                f"profit of {money(profit)} into a loss of {money(-after)} before the new "
                "customers pay."
            )
        else:
            parts.append(
                f"Warning: this plan spends {money(added)} more, which deepens the operating "
                f"loss from {money(-profit)} to {money(-after)} before the new customers pay."
            )
    if plan.target is not None and plan.projected_customers < plan.target:
        most = format_number(plan.most_customers, 0)
        sensible = "customers worth what they cost" if ltv is not None else "sensible costs"
        parts.append(
            f"{plan.target} new customers a period is beyond what these channels can give at "
            f"{sensible}: at most about {most}, within the bounds below."
        )
    movable = [a for a in plan.channels if a.left_alone is None]
    stuck = "no channel can be moved (each is left alone for the reason given below)"
    if plan.asked_budget is not None and not movable:
        parts.append(
            f"A budget of {money(plan.asked_budget)} cannot be planned: {stuck}, so today's "
            f"{money(plan.planned_budget)} stays as it is."
        )
    elif plan.asked_budget is not None:
        side = "more than" if plan.asked_budget > plan.planned_budget else "less than"
        why = (
            "every channel at its ceiling" if side == "more than"
            else f"every channel cut by {format_percent(plan.assumptions.max_shift)}"
        )  # fmt: skip
        if len(movable) < len(plan.channels):  # the others stay as they are, in the total
            why = why.replace("every channel", "every channel that can move", 1)
            why += ", the others as they are,"
        parts.append(
            f"A budget of {money(plan.asked_budget)} is {side} these channels can use under the "
            f"bounds ({why} comes to {money(plan.planned_budget)}): planned for that instead."
        )
    if not plan.moves:
        if not movable:
            if plan.asked_budget is None:  # else said above
                parts.append(f"Nothing to plan: {stuck}.")
        elif len(movable) == 1 and plan.asked_budget is None:
            parts.append(
                f"Keep today's split: only {movable[0].name} can be moved (the others are left "
                "alone for the reasons given below), and a move takes two channels."
            )
        elif plan.best_gain >= Decimal("0.05"):  # shown to a tenth: never "about 0.0 more"
            parts.append(
                "Keep today's split: the best move within the bounds would win about "
                # a tenth where it matters (0.4), whole customers past ten ("43", not "43.1")
                f"{format_number(plan.best_gain, 1 if plan.best_gain < 10 else 0)} more of "
                f"today's {now} new customers a "
                "period, not worth the disruption."
            )
        else:
            parts.append(
                "Keep today's split: no move within the bounds wins more customers "
                f"({now} new customers a period)."
            )
        return " ".join(parts)
    moved = sum((m.amount for m in plan.moves if m.source and m.target), Decimal(0))
    if added == 0:
        parts.append(
            f"Move {money(moved)} between channels: about {format_number(more, 0)} more new "
            f"customers a period ({now} → {then}) on the same budget."
        )
    else:
        word = "more" if added > 0 else "less"
        each = ""
        if more > 0 and added > 0:
            extra = added / more
            worth = f", against {money(_cents(ltv))} a customer is worth" if ltv else ""
            each = f"; each extra customer costs about {money(_cents(extra))}{worth}"
        parts.append(
            f"Spend {money(plan.planned_budget)} ({money(abs(added))} {word}): about {then} new "
            f"customers a period, from {now}{each}."
        )
    return " ".join(parts)


def _pay(move: Move, facts: Facts) -> str:
    """What a cut takes from people's pay, when the channel it comes from pays people."""
    if move.source is None:
        return ""
    channel = _channel_named(facts, move.source)
    paid = [] if channel is None else [
        item.activity.name for item in channel.activities if _PAY.search(item.activity.name)
    ]  # fmt: skip
    if not paid:
        return ""
    return (
        f"; the cut comes out of pay ({', '.join(repr(n) for n in paid)}): it is hours or a "
        "post, not a budget line, so weigh it as one"
    )


def _channel_named(facts: Facts, name: str) -> Channel | None:
    """The profile's channel a plan's move names."""
    return next((c for c in facts.by_channel if c.name == name), None)


def _special(move: Move, facts: Facts, money: Money) -> str:
    """What each customer a move adds also takes: a special its ads sell, which BA116 reads as
    revenue given up and the projected CAC leaves out (D11 of the twenty-third round's last
    check)."""
    if move.target is None or (channel := _channel_named(facts, move.target)) is None:
        return ""
    said = []
    for sold in specials_sold(channel.activities, facts.moves):
        each = (
            f": about {money(sold.regular - sold.price)} each, the regular "
            f"{money(sold.regular)} less {money(sold.price)}"
            if sold.regular is not None and sold.regular > sold.price
            else ""
        )
        said.append(f"the {money(sold.price)} special ({sold.line.activity.name!r}{each})")
    if not said:
        return ""
    return (
        f"; each customer it adds also takes {and_list(said)}, revenue given up (BA116) that "
        "the projected CAC leaves out"
    )


def _reason(move: Move, by_name: dict[str, Allocation], money: Money) -> str:
    def today(name: str) -> str:
        cac = by_name[name].cac
        return "no customers yet" if cac is None else money(_cents(cac))

    def planned(name: str) -> str:
        cac = by_name[name].projected_cac
        return "—" if cac is None else money(_cents(cac))

    if move.source and move.target:
        return (
            f"a customer costs {today(move.source)} in {move.source} and {today(move.target)} "
            f"in {move.target} today; about {planned(move.source)} and {planned(move.target)} "
            "at the planned spends"
        )
    if move.target:
        return (
            f"added budget goes where the next dollar wins most: a customer costs "
            f"{today(move.target)} there today, about {planned(move.target)} at the planned spend"
        )
    assert move.source is not None
    return (
        f"the cut falls where the next dollar wins least: a customer costs "
        f"{today(move.source)} there today, about {planned(move.source)} at the planned spend"
    )


#: "of its line's $118,000", "of its lines' $37,500"
_LINES_OF = {False: "its line's", True: "its lines'"}


def _assumptions(plan: Plan, facts: Facts) -> list[str]:
    a = plan.assumptions
    exponent = float(a.exponent)
    doubled = Decimal(2**exponent - 1)
    months = facts.profile.business.months
    currency = facts.profile.business.currency
    ltv = facts.economics.ltv.value
    low, high = count_range(a.min_customers)
    worth = (
        "No channel grows past the spend at which its next customer would cost more than a "
        f"customer is worth ({format_money(_cents(ltv), currency)}, the lifetime value)."
        if ltv is not None
        else "Without a lifetime value (customers.average_revenue, gross_margin and churn), "
        "nothing stops a channel growing while its next customer costs more than one is worth."
    )
    said = [
        f"Diminishing returns: a channel that won c customers on a spend s is taken to win "
        f"c × (S ÷ s)^{format_number(a.exponent, 2)} on a spend S, so doubling a channel's "
        f"spend brings {format_percent(doubled)} more customers and each costs more "
        "(--exponent; our assumption, not a measured law: see the README).",
        f"The curve is trusted only near today's spend: no channel is cut by more than "
        f"{format_percent(a.max_shift)} of its spend (--max-shift) or grown past "
        f"{format_number(1 + a.max_growth, 1)} times it.",
        worth,
        f"Left alone: channels with fewer than {plural(a.min_customers, 'new customer')} "
        f"(--min-customers; the counts are what customers said, and a count of "
        f"{format_count(a.min_customers)} could as well be {format_count(round(low))} or "
        f"{format_count(round(high))}), with no spend, with "
        "no customers attributed, one-off lines, referral channels (their customers also "
        "come on their own), reservation networks and booking marketplaces (they charge per "
        "booking or per client), fixed fees and dues (they buy a place, not a budget), paid "
        "channels some of whose customers named only the platform (read as organic: how many "
        "the ads brought is unknown), marketplaces whose buyers name only the marketplace, "
        "organic search (those who say they searched came through the site, maps, reviews and "
        "ads alike), a franchise's brand fund (the agreement sets it), channels whose only "
        "lines move money or are revenue given up (BA116), channels whose only spend is "
        "tooling (a tool does not bring people to them), channels with a line a rule of law "
        "restricts or asks about (its finding says which), a line a supplier pays for, "
        "people paid to sell a channel whose pay is not joined to it, and a seller's salary or "
        "a rep's commission (a hire is a step cost, and pay that follows sales buys no more "
        "of them); each channel left alone says why.",
        "Channels join spend lines and customer sources as in the check report: a channel's "
        "CAC counts its own lines, not the sales costs that serve every channel. Customers are "
        f"new customers a period ({plural(months, 'month')}); returning customers are not "
        "counted.",
        "The planned operating profit is today's less any budget added, before what the new "
        "customers bring: a floor, not a forecast."
        if not facts.partial_spending
        else "No operating profit is stated: the profile lists only part of the spending "
        "(spending: partial).",
    ]
    # what a channel's spend leaves out, as the check's table says it beside its spend (BI4 of
    # the sixty-second round's second re-review, 2026-12-08: the plan priced a fab shop's reps
    # at $118,000 ÷ 6 = $19,666.67 beside the check's $6,000)
    planned = {c.name for c in plan.channels}
    said[5:5] = [
        f"{c.name}: its spend, what its CAC divides, is {format_money(c.spend, currency)} of "
        f"{_LINES_OF[len(c.activities) > 1]} {format_money(c.spend + c.left_out, currency)}, as "
        "the check's CAC counts it; the other "
        f"{format_money(c.left_out, currency)} is left out: {left_out_why(c.left_out_kind)}."
        for c in facts.by_channel
        if c.left_out and c.name in planned
    ]
    if facts.economics.cac.preneed:  # a funeral home's pre-need contracts (BE1 of round 60b)
        said.insert(
            4,
            "Left alone too: the channel of a funeral home's pre-need contracts, calls of later "
            "years priced apart from this year's customers.",
        )
    return said
