"""Customer economics in words: each figure's formula with the profile's own numbers, or what
the profile would need for it."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from decimal import ROUND_HALF_UP, Decimal

from bizaudit.core.channels import (
    ALSO_NAMED,
    FEE_SHARE_SPLIT,
    FEE_SHARE_WHOLE,
    ONLY_PLATFORM,
    OUTBOUND,
    OUTREACH,
    PLATFORM,
    PRENEED_SOLD,
    PRICED_APART,
    SALARY_AND_COMMISSION,
    TOGETHER,
    RatePriced,
    bought_once_named,
    buys_a_tool,
    ceiling_named,
    commissioned,
    contractual_named,
    fee_schedule_write_off,
    is_referral_channel,
    law_named,
    not_bought_named,
    pays_a_closer_too,
    pays_sellers,
    rate_named,
    reps_named,
    sells_at_homes,
    unattributed_named,
)
from bizaudit.core.commercial_bribery import SAYS_TOLD, owners_region
from bizaudit.core.economics import (
    LTV_TO_CAC_CEILING,
    LTV_TO_CAC_MINIMUM,
    LTV_TO_CAC_WEAK,
    Cac,
    Economics,
    InMargin,
    Later,
    Ltv,
    Margin,
    Missing,
    Payback,
    Ratio,
    RepeatCommission,
    cac_with_commissions,
    payback_with_commissions,
    won_otherwise,
)
from bizaudit.core.financing import first_visit_offer, given_up, move_in_offer, unit_price
from bizaudit.core.metrics import (
    CommissionPayee,
    CommissionsNetted,
    FlaggedCommission,
    reward_in_kind,
    unpriced_reward,
)
from bizaudit.explain.consumer_law import endorsement_law, review_law, review_reward_law
from bizaudit.explain.numbers import (
    and_list,
    format_count,
    format_money,
    format_number,
    format_number_beside,
    format_percent,
    line_list,
    plural,
    rounded,
)
from bizaudit.model.lazy import LazyPattern
from bizaudit.model.report import ActivityResult, ChannelResult, Finding, Profit

ZERO = Decimal(0)

__all__ = [
    "Basis",
    "cents",
    "channel_notes",
    "format_ratio",
    "left_out_why",
    "spend_shown",
    "taken_off",
    "taken_out",
    "with_lines",
]

_MISSING: dict[Missing, str] = {
    "new-customers": "no new customers in the profile (customers.new)",
    "paid-customers": "every new customer came by referral: none was paid for",
    "average-revenue": "needs customers.average_revenue (and gross_margin, churn_rate)",
    "gross-margin": "needs customers.gross_margin: revenue is not profit",
    # V17 of the sixteenth round: a wedding venue's couples book once, and nothing said how
    "churn": (
        "needs customers.churn_rate or retention_rate (retention_rate: 0% where customers buy "
        "once, as a wedding's couple does: one sale's margin)"
    ),
    "churn-looks-monthly": "left out: the churn looks monthly (BA112); give it for the period",
    "ltv-and-cac": "needs both LTV and a CAC above zero",
    "cac-and-margin": "needs a CAC and customers.average_revenue with gross_margin",
}


def cents(amount: Decimal) -> Decimal:
    """Money as the economics show it: to the cent, half up (as format_money rounds)."""
    return rounded(amount, 2, ROUND_HALF_UP)


def format_ratio(ratio: Decimal) -> str:
    """An LTV ÷ CAC as the report shows it, apart from every limit it is held to (1×, the
    1.5× under which a score is capped, 3×, 5×): 1.482 reads "1.48" beside "under 1.5×"."""
    return format_number_beside(
        ratio, LTV_TO_CAC_MINIMUM, Decimal(1), LTV_TO_CAC_WEAK, LTV_TO_CAC_CEILING
    )


#: The rules that say the law may forbid a line, so its channel is neither priced nor grown
_RESTRICTING = ("BA114", "BA119", "BA120", "BA121")


def channel_notes(
    channel: ChannelResult,
    activities: Sequence[ActivityResult],
    currency: str,
    findings: Sequence[Finding] = (),
    industry: str | None = None,
) -> list[str]:
    """What a reader of the channel table must know of a channel: the commissions its CAC
    counts, and why more spend there would not buy more customers (a reservation network, a
    booking marketplace), as `plan` says when it leaves the channel alone. An owner's review
    (2026-12-02): the check ranked OpenTable a cheap channel that the plan called no buy."""
    notes = [said] if (said := _fee_note(channel, activities, currency)) else []
    priced = channel.cac is not None and channel.spend > 0  # a $0 channel needs no caveat
    unattributed = unattributed_named(channel.name) if priced else None
    if notes and unattributed is not None and channel.fees_netted != "after":
        # Y9 of the seventeenth round: Amazon's CAC was called a ceiling (commissions on repeat
        # orders too) and a floor (buyers the ads did not bring) in two notes: one note says both
        notes[0] = (
            f"{notes[0].removesuffix(', so it is a ceiling')}, which overstates it, and divides "
            "it by all the customers who named it, which understates it: a rough "
            f"figure, neither a ceiling nor a floor. {unattributed[0].upper()}{unattributed[1:]}"
        )
        unattributed = None
    # a salaried rep with a commission beside the salary: only the commission, where some is
    # paid on repeat work, counts what the new customers did not cost (BG4 of the sixty-first
    # round's second re-review, 2026-12-07: "a ceiling" and "a floor" in two notes); of reps
    # on commission, all their pay may, said in the one note with the floor where both hold
    repeat = _commission_note(channel, activities, currency) if priced else None
    if channel.left_out and channel.customers:
        # its spend counts only what the key figures' CAC counts, the rest said beside it: no
        # ceiling (part j of the sixty-second round, 2026-12-07; one note for a reps'
        # commission and a referrer's fee share, BI4 of its second re-review, 2026-12-08)
        notes.append(_left_out_note(channel, currency))
    elif priced and (paid := ceiling_named(channel.name)) is not None:
        if ALSO_NAMED in channel.joined_by:
            repeat = (
                f"{paid}, and its CAC counts all of it against the new customers, which would "
                "make it a ceiling"
            )
        else:
            notes.append(
                f"{paid}, and its CAC counts all of it against the new customers: a ceiling"
            )
    if (law := law_named(channel.name)) is not None:  # mortgage trigger leads (B14, D3)
        notes.append(f"{law[0].upper()}{law[1:]}".removesuffix("."))
    if (
        priced
        and bought_once_named(channel.name)
        and (
            bought := [a for a in activities if a.line is not None and a.line in channel.activities]
        )
        and not any(a.recurring for a in bought)
    ):
        # a wrap bought this period keeps bringing customers for years, but its CAC charges
        # its whole price to this period's (AZQ8 of the fifty-eighth round, a coach's review,
        # 2026-12-07: a plumber's $3,500 wrap read as its dearest channel, 2.7×, with no word)
        notes.append(
            "bought once, it keeps bringing customers for years, but its CAC charges its whole "
            "price to this period's: a ceiling; spread over the years it is on the road, each "
            "customer costs less"
        )
    if priced and (why := not_bought_named(channel.name)) is not None:
        notes.append(f"{why}; its CAC is what those customers cost there, not what won them")
    elif (
        channel.customers
        and not channel.spend
        and channel.cac is None
        and rate_named(channel.name)
        and (why := not_bought_named(channel.name)) is not None
    ):
        # a network that sends work at the rates it sets, with nothing listed there: not free
        # (BB10 of the fifty-ninth round, 2026-12-07: a vision plan's 610 new patients at "$0")
        notes.append(_rate_note(why, activities, currency))
    elif (
        channel.customers
        and not channel.spend
        and channel.cac is None
        and not channel.activities
        and reps_named(channel.name)
    ):
        # customers sales reps won, with no line of the reps' pay joined: not free (a
        # helper's note of the fifty-ninth round, 2026-12-07: a wholesale bakery's 22 accounts
        # read "$0" while the reps' salaries sat in its payroll line)
        said = (
            "its customers were won by sales reps, and no line of the reps' pay is joined to "
            "it: what they cost is not in the profile, not nothing; "
        )
        # ...where a selling line may be that pay, named: the owner says whether it is. A line
        # of a tool the sellers use is no one's pay ("if Radius CRM (line 21) pays them": BE6
        # of the sixtieth round's re-review, 2026-12-07)
        selling = [
            a.line
            for a in activities
            if a.category == "sales" and a.spend > 0 and a.line and pays_sellers(a.name)
        ]
        if selling:
            names, one = _names_of(selling, activities)
            said += (
                f"if {names} ({line_list(selling)}) {'pays' if one else 'pay'} them, put "
                "'channel: sales reps' on the reps' pay (split off from the rest, if others' "
                "pay is in it too), and they are priced on it"
            )
        else:
            said += (
                "list the reps' pay as a line of its own (split off from payroll if it is "
                "there) with 'channel: sales reps', and they are priced on it"
            )
        notes.append(said)
    # with customers a source names, the not-bought note says the agreement sets it (U16, W20)
    if not channel.customers and channel.spend and (why := contractual_named(channel.name)):
        notes.append(f"{why}: no customers are counted to it, nor is it a budget to move")
    if unattributed is not None:
        notes.append(f"{unattributed}; its CAC divides its spend by all of them, so it is a floor")
    if priced and (platform := _platform_join(channel.joined_by)) is not None:
        # A CFO's re-review (2026-12-02): "TikTok", read as organic, priced TikTok ads at
        # $18.46 with no word that the answer may not be the ads
        ads = "the outreach" if platform.endswith(f"{OUTREACH} paid for") else "the ads"
        counted = "your outreach log" if ads == "the outreach" else "the ad platform's count"
        notes.append(
            f"joined by {platform}: those customers may have come without {ads}, so its CAC "
            f"is a floor; `plan` moves no money there until {counted}, or the source's kind, "
            f"says how many {ads} brought"
        )
    if ONLY_PLATFORM in channel.joined_by:
        said = next(part for part in channel.joined_by.split("; ") if ONLY_PLATFORM in part)
        notes.append(
            f"{said}; to see what each one costs, split the line into one for each channel"
        )
    if TOGETHER in channel.joined_by:
        said = next(part for part in channel.joined_by.split("; ") if TOGETHER in part)
        notes.append(
            f"{said}; to see what each one costs, ask new customers which they came through "
            "and list them as sources of their own, with 'channel:'"
        )
    if ALSO_NAMED in channel.joined_by and priced:  # "rep outbound / walk-ins" (part s, r61)
        said = next(part for part in channel.joined_by.split("; ") if ALSO_NAMED in part)
        notes.append(
            f"{said}: it is read by its first part, the rep's, which a line pays for; if some "
            "of them came the other way, the rep won fewer and each cost more, so its CAC is a "
            f"floor{'' if repeat is None else f' on that count; {repeat}'}; list them apart to "
            "see what a "
            "rep's customer costs"
        )
    elif repeat is not None:
        notes.append(f"most of its spend is the rep's base pay; {repeat}")
    if FEE_SHARE_WHOLE in channel.joined_by and priced:  # BI6 of round 62b, unsplit
        notes.append(
            f"{FEE_SHARE_SPLIT}, and its CAC charges this year's whole payment, on clients it "
            f"brought in earlier years too, to the {plural(channel.customers, 'client')} it "
            "brought this year: a ceiling"
        )
    if PRENEED_SOLD in channel.joined_by:  # a funeral home's pre-need contracts (BE1)
        # at the price the CAC's basis gives them, the selling included, not its own lines'
        # spend ÷ its contracts (BG2 of round 61b, 2026-12-07: "$275", ranked cheapest)
        price = next(
            (
                part.removeprefix(PRICED_APART)
                for part in channel.joined_by.split("; ")
                if part.startswith(PRICED_APART)
            ),
            None,
        )
        apart = (
            f"its basis prices them apart at {price}, not at its own lines' spend alone"
            if price
            else "its basis prices them apart"
        )
        notes.append(
            f"{PRENEED_SOLD}, whose money is normally held in a trust or an insurance policy "
            "until the death: the CAC leaves them out with the spend that sold them, pre-need "
            f"selling included, and {apart}; what an at-need call is worth this year is no "
            "measure of them, so no LTV ÷ CAC"
        )
    # A channel whose spend BA114, BA116 (a deductible offset) or BA119 warns about has no CAC
    # for that reason, not for whom its lines reach (a CFO's re-review, 2026-12-03); BA116
    # warns about loans and transfers too, which restrict nothing
    # (a question BA114 asks of a payment the law may forbid outright is information now, but
    # weighs as the warning it was: x's leftover of the fifty-eighth round, 2026-12-07)
    weighing = set(channel.questions)

    def weighs(f: Finding) -> bool:
        return f.severity != "info" or (f.rule == "BA114" and f.line in weighing)

    warned = sorted(
        {
            f.rule
            for f in findings
            if f.rule in _RESTRICTING and weighs(f) and f.line in channel.activities
        }
        | ({channel.restricted_by} if channel.restricted_by else set())
    )
    flagged = {
        f.line
        for f in findings
        if f.rule in warned and f.line is not None and f.line in channel.activities
    }
    # (not a line the same rule only asks about: a law firm's holiday baskets to chiropractors,
    # beside the Visa cards to body shop managers BA114 warns about, had been named as what it
    # warns about too, as AW4 of the fifty-fifth round's review had seen; AW3's look, 2026-12-07)
    # ...nor a line BA114 only asks about at warning severity, as its finding does ("may pay
    # for referrals ... a question for a lawyer": a roofer's gift cards to the listing agents
    # who order inspections, which BA101 had said BA114 asks about and this note "warns
    # about"; the fifty-seventh round, part j2, 2026-12-07): named as asked, apart
    questions = sorted(
        {
            f.line
            for f in findings
            if f.rule == "BA114" and weighs(f) and f.line in flagged and f.line in channel.asked
        }
    )
    held = sorted(
        {
            f.line
            for f in findings
            if f.rule in warned
            and weighs(f)
            and f.line in flagged
            and not (f.rule == "BA114" and f.line in questions)
        }
    )
    if questions and held and not any(f.rule == "BA114" and f.line in held for f in findings):
        warned = [rule for rule in warned if rule != "BA114"]  # (it asks; the others warn)
    asking = ["BA114"] if questions and held else []
    lawful = [line for line in channel.activities if line not in held and line not in questions]
    # ...and one whose flagged lines those rules only ask about, as information (a
    # wholesaler's bird dogs, which the state's licence law may allow: AW8 of the fifty-fifth
    # round's review, 2026-12-07): asked about, no cost to stop said of it, and still no price
    # to grow by until the question is answered
    asks = bool(flagged) and not held
    verb_of = "ask" if asks else "warn"
    # what its lines cost, a marketplace's or a payee's commissions (fees) with its spend: a
    # charter company's "Corporate travel manager commissions per booking", read as revenue
    # given up, is its channel's only line (AT2 of the fifty-third round's re-review,
    # 2026-12-07: "the table cannot join" was said of a line it had joined)
    outlay = channel.spend + channel.fees if channel.restricted_by else channel.spend
    # ...and so where its flagged lines are only asked about (BA114 outside the US: a UK
    # physio clinic's patient voucher beside its GP lunches had been said to spend all £4,600
    # on what BA114 asks about; BG1 of the sixty-first round's re-review, 2026-12-07)
    paying = held or questions
    if channel.cac is None and channel.spend and warned and paying and lawful:
        # T23 of the fifteenth round's re-review: a dispensary's lawful in-town billboard
        # shared a channel, and its customers, with one on an interstate (BA120)
        verb = f"{verb_of}s" if len(warned) == 1 else verb_of
        also = (
            f", and {line_list(questions)} for what {and_list(asking)} asks about"
            if asking and held
            else ""
        )
        head = (
            f"{line_list(paying)} {'pays' if len(paying) == 1 else 'pay'} for what "
            f"{and_list(warned)} {verb} about{also}"
        )
        rest = (
            "to price the rest, give its lines and the customers they brought a channel of "
            "their own, with 'channel:'"
        )
        if channel.paid_sources and channel.reached_sources:
            # which sources the warned lines pay and which the lawful ones reach, where the
            # report knows them apart, as the score and BA102 count them (part n of the
            # fifty-seventh round, 2026-12-07: a chiropractor's patient gift cards beside its
            # outreach rep and attorney lunches had been said to share all 470 customers)
            one = len(paying) == 1
            alone = channel.customers - channel.paid_customers - channel.reached_customers
            notes.append(
                f"{head}: {'it pays' if one else 'they pay'} those who sent the "
                f"{format_count(channel.paid_customers)} from "
                f"{and_list([repr(name) for name in channel.paid_sources])}, and "
                f"{line_list(lawful)} beside {'it' if one else 'them'} "
                f"{'reaches' if len(lawful) == 1 else 'reach'} the "
                f"{format_count(channel.reached_customers)} from "
                f"{and_list([repr(name) for name in channel.reached_sources])}"
                + (f"; {format_count(alone)} came on their own" if alone > 0 else "")
                + f"; as long as {line_list(paying)} {'is' if one else 'are'} in it, no price "
                f"per customer, and no budget to grow; {rest}"
            )
        else:
            notes.append(
                f"{head}, beside {line_list(lawful)}: the customers it lists may have come by "
                f"either, so no price per customer, and no budget to grow; {rest}"
            )
    elif not outlay and channel.customers and channel.restricted_by:
        # customers a flagged line bought, from a source no line joined ("independent
        # marketer" beside the 1099 marketers paid per admission): not free (D3 of the
        # forty-ninth round's re-review, 2026-12-06)
        notes.append(
            f"its customers were brought by a line {channel.restricted_by} warns about, which "
            "the table cannot join to them: not free, no price per customer, and no budget to "
            "grow"
        )
    elif channel.cac is None and outlay and warned:
        # what it paid for each customer it sent, said, though no price to grow by (AM4 of the
        # fifty-first round's re-review, 2026-12-06: "$25 per tow paid to apartment complex
        # managers", $36,000 for 1,400 tows, $25.71 each, had shown its customers free)
        # what was paid on the customers it lists, said once, as a cost to stop and not as a
        # price (AV7 of the fifty-fourth round's second re-review, 2026-12-07: "no price per
        # customer" was followed by "$16,000 ÷ 90 = $177.78 for each customer they sent"; and
        # an insurer's adjusters or a company's travel managers "send" no one: AU12's rest)
        # ...on those its warned lines pay, where they pay only some of its sources (AZ9 of the
        # fifty-eighth round's review, 2026-12-07: a vet's groomer gift cards, $25 a client,
        # had been spread over its 625 referrals, "about $2.40 each")
        paid_on = (
            channel.paid_customers
            if channel.paid_sources and not channel.reached_sources
            else channel.customers
        )
        whom = (
            f"{plural(paid_on, 'customer')} from "
            f"{and_list([repr(name) for name in channel.paid_sources])} it pays for"
            if paid_on != channel.customers
            else f"{plural(channel.customers, 'customer')} it lists"
        )
        stated = (
            unit_price(named[0])
            if paid_on != channel.customers
            and len(named := [a.name for a in activities if a.line in held]) == 1
            else None
        )
        each = (
            f"{format_money(outlay, currency)} paid on the {whom}"
            + (
                f", at the {format_money(stated, currency)} a customer its line states "
                f"({format_count(int(outlay / stated))} paid for): "
                if stated and outlay == channel.spend
                else f" (about {format_money(cents(outlay / paid_on), currency)} each): "
            )
            + (
                "a price to compare only once the question is answered, and no budget to "
                "grow until then"
                if asks
                else "a cost to stop, not a price to compare, and no budget to grow"
            )
            if paid_on
            else "no price per customer, and no budget to grow"
        )
        notes.append(
            f"its spend pays for what {and_list(warned)} "
            f"{verb_of + 's' if len(warned) == 1 else verb_of} about"
            + (f" and {and_list(asking)} asks about" if asking and held else "")
            + f": {each}"
        )
    elif (
        channel.cac is None
        and channel.spend
        and is_referral_channel(channel.name)
        and (
            rewards := [
                a for a in activities if a.line in channel.activities and unpriced_reward(a.name)
            ]
        )
    ):
        # G14 of the thirty-ninth round: "Referral Rewards" at no price had made 99.9×
        rewarding = (
            f"{and_list([repr(a.name) for a in rewards])} "
            f"({line_list([a.line for a in rewards if a.line is not None])}) "
            f"{'rewards' if len(rewards) == 1 else 'reward'}"
        )
        in_kind = [given for a in rewards if (given := reward_in_kind(a.name)) is not None]
        if len(in_kind) == len(rewards):
            notes.append(_reward_in_kind(rewarding, in_kind, channel, currency))
        else:
            notes.append(
                f"{rewarding} referrals at no stated price per referral: how many of these "
                "customers were paid for, and how many came on their own, is not known, so "
                "that spend is no price per customer; state the reward in the line's name "
                "('$50 per referral') to price it"
            )
    elif (
        channel.cac is None
        and channel.spend
        and channel.customers
        and not channel.fees
        and not channel.kept_by
        and not channel.worked_by
        and (tools := [a for a in activities if a.line in channel.activities])
        and len(tools) == len(channel.activities)
        and all(buys_a_tool(a.name) for a in tools)
    ):
        # part b of the fifty-fifth round (2026-12-07): a course creator's webinar platform,
        # joined to the 40 who came by 'webinar', had priced them at $60 each, the cheapest
        one = len(tools) == 1
        notes.append(
            f"its only spend is tooling ({and_list([repr(a.name) for a in tools])}, "
            f"{line_list([a.line for a in tools if a.line is not None])}): "
            f"{'a tool runs' if one else 'tools run'} the channel but nothing spent here "
            f"brings people to it, so what its {plural(channel.customers, 'customer')} cost "
            "is not known, and `plan` grows none of it; to price it, join the spend that fills "
            "it (its ads, its people's pay) with 'channel:'"
        )
    elif channel.cac is None and channel.spend and is_referral_channel(channel.name):
        notes.append(
            # true whether they reach some or none (H13 of the twenty-fifth round's re-review:
            # "reach only some" was said of lines that reached none)
            f"{format_money(channel.spend, currency)} is spent on referrals, but its lines do "
            "not reach all of these customers, and those they do not reach came on their own, "
            "so that spend is no price per customer"
        )
    joined = set(channel.activities)
    # (not of a line BA114 warns about: its finding says what the law says of paying the agent,
    # which telling the client does not cure; A1 of the forty-seventh round, 2026-12-06, where
    # a home inspector's fees to buyer's agents were told to be disclosed)
    told_of = {f.line for f in findings if f.rule == "BA114" and f.line is not None}
    if industry not in _AGENTS_OWN and any(
        a.line in joined and a.line not in told_of and _TO_AGENTS.search(a.name) for a in activities
    ):
        # B19 of the twenty-third round (2026-12-04): a remodeler's $1,000-a-job fees to
        # realtors passed as a plain channel, with no word of the agent's duty to tell
        notes.append(_agents_duty(currency, activities))
    # (a line BA121 warns about says it in the finding: N3 of the forty-third round,
    # 2026-12-06, where this note was the only word said of a venue's 10% to planners)
    warned_of = {f.line for f in findings if f.rule == "BA121" and f.line is not None}
    if any(
        a.line in joined
        and "planner" in a.name.lower()  # most lines: one substring check, no pattern
        and a.line not in warned_of
        and _TO_PLANNERS.search(a.name)
        and not _TOLD.search(a.name)
        for a in activities
    ):
        # the law cited by the currency's country (Q9 of the thirty-fourth round's re-review)
        law = (
            "in England and Wales, FHR European Ventures v Cedar Capital [2014] UKSC 45; the "
            "Bribery Act 2010 may apply too"
            if currency == "GBP"
            else "in the US, state commercial-bribery laws reach a benefit to an agent without "
            "the principal's consent, as N.Y. Penal Law §180.00 does"
            if currency == "USD"
            else "and most countries' laws on secret commissions"
        )
        notes.append(
            "it pays planners for the customers they bring: a planner the couple or client "
            "hires acts for them, and a fee from you they are not told of is a secret "
            f"commission, which the law of agency forbids ({law}); ask each planner to tell "
            "their client, or say it in your contract with the couple"
        )
    if any(a.line in joined and _TO_CPAS.search(a.name) for a in activities):
        # U29 of the sixteenth round: an MSP's referral fees to a CPA firm, with no word of
        # the rule the CPA must keep
        notes.append(
            "it pays a CPA firm for referrals: the firm may take a referral fee or commission "
            "only if it tells the client, and never for a client whose financial statements it "
            "audits or reviews, or compiles for others to rely on (AICPA Code of Professional "
            "Conduct, ET 1.520.001); ask it to confirm it discloses the fee"
            if currency == "USD"
            # the accountants' own code elsewhere (F12 of the thirty-third round, 2026-12-05:
            # a UK IT firm was told of the AICPA's)
            else "it pays accountants for referrals: their professional code lets them take a "
            "referral fee or commission only where the client is told of it, and not where it "
            "threatens their independence, as for a client whose accounts they audit (the "
            "IESBA Code of Ethics, section 330, which the ICAEW and most countries' institutes "
            "adopt); ask each firm to confirm it tells the client"
        )
    if priced and (forgone := _given_up_note(channel, activities, findings, currency)):
        notes.append(forgone)
    elif channel.spend and not channel.customers and (offer := _offer_note(channel, activities)):
        notes.append(offer)
    # a line a rule of law warns about is never offered as what won them (F22 of the
    # thirty-eighth review round, 2026-12-05: gifts to a county's RFQ reviewers, BA121)
    barred = (
        {f.line for f in findings if f.rule in _RESTRICTING and f.line in channel.kept_by}
        if channel.kept_by
        else None
    )
    if channel.kept_by and barred:
        kept, one = _names_of(sorted(barred), activities)
        notes.append(
            f"new customers name it, and its {'line' if one else 'lines'} ({kept}, "
            f"{line_list(sorted(barred))}) {'is' if one else 'are'} what the rules warn about "
            "below, no way of winning them to count or fund: what they cost is not known, not "
            "nothing"
        )
    elif channel.kept_by:  # L4 of the twenty-sixth round's re-review: "$0" beside a newsletter
        kept, one = _names_of(channel.kept_by, activities)
        notes.append(
            f"new customers name it, but its {'line is' if one else 'lines are'} counted as "
            f"keeping customers ({kept}, {line_list(channel.kept_by)}): what they "
            f"cost is not known, not nothing; if {'the line' if one else 'the lines'} won "
            f"them too, say 'purpose: acquire' on {'it' if one else 'them'}, or split "
            f"{'it' if one else 'them'}"
        )
    if channel.worked_by:  # F8 of the thirty-second round: reps' pay left out of the price
        sellers, one = _names_of(channel.worked_by, activities)
        both = [
            a.name for a in activities if a.line in channel.worked_by and pays_a_closer_too(a.name)
        ]
        notes.append(
            f"no one's pay is joined to it, and {sellers} "
            f"({line_list(channel.worked_by)}) {'pays' if one else 'pay'} people to sell: if "
            f"they work it, what its customers cost is mostly their pay, so it is not priced "
            f"{'on its tools alone' if channel.spend > 0 else 'as free'}; "
            + (
                # AZ6 of the fifty-eighth round: a line for the BDR and the AE together
                f"{'it' if one else and_list([repr(name) for name in both])} "
                f"{'pays' if len(both) == 1 else 'pay'} an account executive too, who closes "
                "the deals of every channel, so that pay is the whole sales force's: split the "
                "pay of those who prospect off into a line of its own with "
                f"'channel: {OUTBOUND}', and its customers are priced on it"
                if both
                else f"say 'channel: {OUTBOUND}' on the "
                f"{'line' if one else 'lines'} of those who prospect, or split off their share"
            )
        )
    # (not a line a rule of law already warns about: a hospice "recruiting patients who are not
    # terminally ill (door-to-door)" is no sale to grow with a notice, BA120 says what it is; G1
    # of the forty-ninth review round, 2026-12-06)
    forbidden = {f.line for f in findings if f.rule in _RESTRICTING and f.line in joined}
    if any(
        a.line in joined and a.line not in forbidden and sells_at_homes(a.name) for a in activities
    ):
        cooling_off = _COOLING_OFF.get(currency, _COOLING_OFF_ELSEWHERE)
        # A CFO's review (2026-12-03, fifteenth round): `plan` grew a pest company's
        # door-to-door sales of service plans with no word of the buyers' right to cancel
        # (a leaflet through the door sells nothing there, and the rule is the country's:
        # F15 of the thirty-second round, a UK tutor's leaflet drop got the FTC's)
        notes.append(f"its sales are made at customers' homes: {cooling_off}")
    if any(a.line in joined and _ENDORSERS.search(a.name) for a in activities):
        # Y20 of the seventeenth round (a coach's review, 2026-12-03): a skincare brand's
        # product seeding and creator fees, the trade's main advertising rules unsaid
        notes.append(
            "it gives those who endorse the brand (creators, influencers, affiliates) free "
            "product or pay: each must disclose it wherever they endorse it "
            f"({endorsement_law(currency)}), and a reward for reviews that depends on what they "
            f"say is forbidden ({review_law(currency, _FTC_REVIEWS)})"
        )
    elif any(a.line in joined and _REVIEW_REWARDS.search(a.name) for a in activities):
        # AA20 of the eighteenth round (a CFO's review, 2026-12-03): a SaaS's "G2 profile +
        # review incentives" carried no word, while the note sat on its affiliates' line
        notes.append(
            "it rewards customers for reviews: the reward may not depend on what they say, and "
            f"the review should disclose it ({review_reward_law(currency)}); some review sites "
            "forbid rewards outright (Google's and Yelp's rules do)"
        )
    # a law firm's fee divided with the referring lawyers: no price per case this period, as
    # the CAC's basis says and BA205 judges it (AY7 of the fifty-seventh round, 2026-12-07:
    # the table's $9,545.45 and 0.6× stood beside a finding that no longer priced it)
    divided = (
        [a.line for a in activities if a.line in joined and a.term == _FEE_DIVISION]
        if priced and industry == "legal"
        else []
    )
    if divided:
        names, one = _names_of(divided, activities)
        notes.append(
            f"{names} ({line_list(divided)}) {'is' if one else 'are'} the referring lawyers' "
            "share of the fee (Rule 1.5(e)), a part of each referred case's own fee, paid as it "
            "comes in, often on cases of earlier periods: its CAC is this period's shares over "
            "this period's referred cases, no price to judge a case by, and BA205 leaves them "
            "out"
        )
    if channel.retention is not None and channel.ltv_to_cac is not None:
        notes.append(
            f"its customers are valued with the retention its sources give, "
            f"{format_percent(channel.retention)}, not the profile's"
        )
    elif channel.ltv_to_cac is not None and any(
        a.line in joined and _AT_THE_DOOR.search(a.name) for a in activities
    ):
        # F10 of the thirty-sixth review round (2026-12-05): a pest company's door-to-door
        # accounts, 71% of its acquisition spend, were valued as its inbound ones
        notes.append(
            "its customers are valued with the one retention the profile gives every channel; "
            "customers sold at the door may keep the service for less time than those who came "
            "asking, and if so its LTV ÷ CAC is lower than shown: compare its customers' "
            "renewals with the others' (a source's own `retention_rate` values it) before growing "
            "it"
        )
    return notes


def _rate_note(why: str, activities: Sequence[ActivityResult], currency: str) -> str:
    """What a reader must know of a network that sends work at the rates it sets, with nothing
    listed as spent there: it is not free, and the write-offs against its fee schedule, where a
    line taken out of revenue lists them, are its price, though on every visit it pays for and
    so no price per customer it sent (BB10 of the fifty-ninth round, 2026-12-07)."""
    written = [
        a for a in activities if a.category == "contra-revenue" and fee_schedule_write_off(a.name)
    ]
    said = f"{why}; nothing is listed as spent on it, but its customers are not free"
    if not written:
        return said
    total = sum((a.spend for a in written), Decimal(0))
    one = len(written) == 1
    return (
        f"{said}: {and_list([repr(a.name) for a in written])} "
        f"({format_money(total, currency)}, taken out of revenue) "
        f"{'is' if one else 'are'} that price, written off on all the work it pays for, not "
        "only new customers', so not counted here as what winning them cost"
    )


#: Selling at the door: a door-to-door team, canvassers, a summer sales programme
_AT_THE_DOOR = LazyPattern(
    r"\bdoor[- ]?(?:to[- ]?door|knock\w*)\b|\bd2d\b|\bcanvass\w*|\bsummer\s+(?:sales|reps?)\b",
    re.IGNORECASE,
)


#: The FTC's rule on reviews, as the endorsers' note quotes it in the United States
_FTC_REVIEWS = "the FTC's rule on consumer reviews and testimonials, 16 CFR Part 465, 2024"
#: Lines that give creators, affiliates or ambassadors product or pay for endorsing the brand
_ENDORSERS = LazyPattern(
    # (not a brand ambassador: mostly the brand's own employee, as a distillery's is)
    # (nor a hired "Photography / content creator", who makes the brand's own content and
    # endorses nothing: E15 of the twenty-fourth round)
    # (nor an association's affiliate dues, a membership: F15 of the thirty-second round)
    r"\b(?:influencers?|(?<!content\s)creators?|ugc|product\s+seeding|seeding|pr\s+boxe?s?"
    r"|affiliates?(?!\s+(?:dues|membership|members?)\b)|bloggers?)\b",
    re.IGNORECASE,
)
#: Lines that reward customers for writing reviews
_REVIEW_REWARDS = LazyPattern(
    r"\breview\s+(?:incentives?|rewards?|bonus(?:es)?|gift\s+cards?)\b"
    r"|\bincentivi[sz]ed\s+reviews?\b|\b(?:gift\s+cards?|rewards?|credits?)\s+(?:per|for)\s+"
    # "$25 gift card per verified review" (E15 of the twenty-fourth round: no word was said)
    r"(?:each\s+|a\s+)?(?:verified\s+|completed\s+|written\s+|posted\s+|new\s+)?reviews?\b",
    re.IGNORECASE,
)
#: Lines that pay CPA firms or accountants for the clients they send
_TO_CPAS = LazyPattern(
    r"\b(?:referral|partner)\s+(?:fees?|commissions?|rev(?:enue)?\s+share)\b.*\b(?:cpas?|cpa\s+firms?"
    r"|accounting\s+firms?|accountants?)\b"
    r"|\b(?:cpas?|cpa\s+firms?|accounting\s+firms?|accountants?)\b.*\b(?:referral\s+fees?"
    r"|commissions?|rev(?:enue)?\s+share)\b",
    re.IGNORECASE,
)
#: A line that says its fee is told to the client ("(10%, disclosed to couple)")
_TOLD = LazyPattern(SAYS_TOLD, re.IGNORECASE)
#: A line paying the planners a couple or a client hires (F16 of the thirty-fourth review
#: round: a UK venue's 10% to wedding planners, with no word of telling the couple)
_TO_PLANNERS = LazyPattern(
    r"\b(?:wedding\s+|event\s+)?planners?\b.*\b(?:referral\s+fees?|introducer|fees?"
    r"|commissions?|kickbacks?|per\s+(?:wedding|event|booking))\b"
    r"|\b(?:referral\s+fees?|introducer\s+(?:fees?|commissions?)|commissions?)\b.*\b"
    r"(?:wedding\s+|event\s+)?planners?\b",
    re.IGNORECASE,
)
#: A referral fee paid to real-estate agents, by a business that is no brokerage or lender
#: (those trades' own rules are BA114's)
_TO_AGENTS = LazyPattern(
    r"\b(?:realtors?|real\s+estate\s+agents?|listing\s+agents?)\b.*\b(?:referral\s+fees?"
    r"|fees?|commissions?|per\s+(?:job|referral|sale|closing))\b"
    r"|\breferral\s+fees?\b.*\b(?:realtors?|real\s+estate\s+agents?)\b",
    re.IGNORECASE,
)
_AGENTS_OWN = frozenset({"real-estate", "mortgage", "insurance-agency"})


def _agents_duty(currency: str, activities: Sequence[ActivityResult]) -> str:
    """What the note says of an agent's duty to tell the client of a referral fee, by the law
    of the profile's country and, in Canada, its province (BB6 of the fifty-ninth round,
    2026-12-07: an Ottawa mover was told of the US realtors' association's code and of "state
    licence rules"). Ontario's regulator, RECO, administers the Trust in Real Estate Services
    Act, 2002; its registrar's bulletin on referral fees permits an agent to take a referral
    fee from an unregistered business only with written disclosure to the client, before it
    is paid, and through the agent's brokerage (the bulletin as a brokerage's note and
    RECO's own pages summarise it, read with the search tool on 2026-12-07; the section of the
    Code of Ethics, O. Reg. 365/22, that says it could not be read, so it is not quoted)."""
    if currency == "USD":
        return (
            "it pays real-estate agents for referrals: an agent who recommends a service must "
            "tell the client of any fee they take for it (NAR Code of Ethics, Article 6), and "
            "state licence rules may ask the same; ask each agent to confirm the client is told"
        )
    if currency == "CAD" and owners_region((a.name for a in activities), currency) == "ON":
        return (
            "it pays real-estate agents for referrals: in Ontario an agent may take a referral "
            "fee from a business like yours only if they tell their client in writing before "
            "it is paid, and it must be paid to the agent's brokerage, not the agent (RECO, the "
            "regulator under the Trust in Real Estate Services Act, 2002, in its bulletin on "
            "referral fees); pay the brokerage, and ask it to confirm the client is told"
        )
    rules = (
        "the rules of their province's real-estate regulator"
        if currency == "CAD"
        else "the rules their country sets for real-estate agents"
    )
    return (
        "it pays real-estate agents for referrals: an agent who recommends a service must tell "
        f"the client of any fee they take for it, under {rules}; ask each agent to confirm "
        "the client is told"
    )


#: The classifier's term for a law firm's fee divided with another firm's lawyers
_FEE_DIVISION = "fee division"


def _commission_note(
    channel: ChannelResult, activities: Sequence[ActivityResult], currency: str
) -> str | None:
    """Of a salaried rep's channel with a commission beside the salary (its label
    SALARY_AND_COMMISSION): what the commission adds to each new customer's CAC, the only part
    that may count repeat work; else None."""
    if channel.name != SALARY_AND_COMMISSION or not channel.customers or channel.cac is None:
        return None
    commission = sum(
        (a.spend for a in activities if a.line in channel.activities and commissioned(a.name)),
        ZERO,
    )
    if not commission:
        return None
    each = commission / channel.customers
    base = channel.spend - commission
    return (
        f"only its commission ({format_money(commission, currency)}), where some of it is paid "
        "on repeat work, would make its CAC a ceiling: at most "
        f"{format_money(cents(each), currency)} of each one's "
        f"{format_money(cents(channel.cac), currency)} "
        f"({format_money(cents(base / channel.customers), currency)} on the base pay alone)"
    )


#: Why a channel's spend leaves out part of its lines (``Channel.left_out_kind``), as the
#: report's ``left_out_why`` and the channel's note say it
_LEFT_OUT_WHY = {
    "commission": (
        "the commission on the repeat orders of accounts the reps already had, a variable cost "
        "that lowers those accounts' margin, not a cost of winning new ones; what the new "
        "accounts' later orders pay the reps is taken off their lifetime value"
    ),
    "fee share": (
        "the share of the fees of clients it brought in earlier years, as its line pays a "
        "share of its clients' fees for as long as they stay; what this year's clients pay on "
        "after their first year is taken off their lifetime value"
    ),
}


def left_out_why(kind: str | None) -> str | None:
    """Why a channel's spend leaves out part of its lines, by ``Channel.left_out_kind``: a
    reps' commission on repeat orders, a referrer's share of earlier clients' fees; None where
    nothing is left out."""
    return None if kind is None else _LEFT_OUT_WHY.get(kind)


def _left_out_note(channel: ChannelResult, currency: str) -> str:
    """What a channel's spend counts of its lines, the spend its CAC divides, and what it
    leaves out beside it with its reason (``left_out``, ``left_out_why``), one way for a reps'
    commission on repeat orders and a referrer's share of earlier clients' fees (part j of the
    sixty-second round, 2026-12-07; BI4 of its second re-review, 2026-12-08: the reps' note
    had said "its CAC counts $36,000 of its $118,000" beside a spend of $118,000, the CPA
    channel's "its spend counts only the first year's share" beside its $22,180)."""
    left = channel.left_out or ZERO
    whole = channel.spend + left
    customers = channel.customers
    others = len(channel.activities) > 1
    if channel.commission_left_out:
        what = (
            f"the commission on the {customers} new "
            f"{'customer' if customers == 1 else 'customers'}' sales"
        )
    else:
        what = (
            f"the first year's share on the {plural(customers, 'client')} it brought this "
            "year, at most (the CAC's basis says how)"
        )
    if others:
        what += ", and its other lines"
    why = channel.left_out_why or ""
    of = "its lines'" if others else "its line's"
    return (
        f"its spend, what its CAC divides, is {format_money(cents(channel.spend), currency)} of "
        f"{of} {format_money(cents(whole), currency)}: {what}, as the key figures' CAC counts "
        f"{'them' if others else 'it'}; the other {format_money(cents(left), currency)} is left "
        f"out{': ' if why else ''}{why}"
    )


def _names_of(lines: Sequence[int], activities: Sequence[ActivityResult]) -> tuple[str, bool]:
    """The names of a channel's profile lines, and whether there is one."""
    names = [a.name for a in activities if a.line in lines]
    return ", ".join(names), len(names) == 1


#: The buyer's right to cancel a sale made at home, by the country whose currency the profile
#: counts in
_COOLING_OFF = {
    "USD": "a sale of $25 or more there must come with a notice that the buyer may cancel "
    "within three business days (the FTC's Cooling-Off Rule, 16 CFR Part 429, as amended in "
    "2015)",
    "GBP": "the buyer may cancel within 14 days, and must be told so in writing before the "
    "contract binds them (the Consumer Contracts (Information, Cancellation and Additional "
    "Charges) Regulations 2013, off-premises contracts)",
    "EUR": "the buyer may cancel within 14 days, and must be told so before the contract "
    "binds them (the EU Consumer Rights Directive 2011/83/EU, off-premises contracts, "
    "article 9)",
    "AUD": "the buyer may cancel within 10 business days, and must be told so (the "
    "Australian Consumer Law, Competition and Consumer Act 2010, schedule 2, s 82, "
    "unsolicited consumer agreements)",
    "CAD": "each province gives the buyer days to cancel a sale made at home (Ontario: 10 "
    "days for a direct agreement, Consumer Protection Act, 2002), and Ontario has banned "
    "selling furnaces, air conditioners, water heaters and similar at the door since 2018 "
    "unless the customer asked for the visit",
}
#: Where the profile's currency names no country's rule above (R11 of the thirty-second
#: round's re-review: the note had gone silent there)
_COOLING_OFF_ELSEWHERE = (
    "most countries give the buyer days to cancel a sale made at home and require telling "
    "them so: check your country's consumer law before growing it"
)


def _offer_note(channel: ChannelResult, activities: Sequence[ActivityResult]) -> str:
    """Why a channel whose only lines are first-visit offers (core.financing.first_visit_offer:
    "New client 20% off first visit") lists no customers ("" when it is no such channel): the
    offer is given on new customers' first visits whatever brought them, so no source names it
    (BF8 of the sixty-first review round, 2026-12-07: a salon's $8,000 stood at "0" with no
    word, read as a channel of its own)."""
    lines = [a for a in activities if a.line is not None and a.line in channel.activities]
    if not lines or not all(
        a.category == "marketing"
        and (first_visit_offer(lowered := a.name.lower()) or move_in_offer(lowered))
        for a in lines
    ):
        return ""
    if all(move_in_offer(a.name.lower()) for a in lines):  # BH13 of the sixty-second round
        return (
            "a move-in offer, revenue given up on new tenants' first months (BA116) whatever "
            "channel brought them, so no source names it and it has no CAC of its own; the CAC "
            "counts it in no money, and its basis gives the CAC with it"
        )
    return (
        "a first-visit offer, revenue given up on new customers' first visits (BA116) whatever "
        "channel brought them, so no source names it and it has no CAC of its own; the CAC "
        "counts it in no money"
    )


def _given_up_note(
    channel: ChannelResult,
    activities: Sequence[ActivityResult],
    findings: Sequence[Finding],
    currency: str,
) -> str:
    """What a priced channel's CAC counts that BA116 reads as revenue given up ("" when
    none): a pest company's "$50 off next service" referral credit priced its referrals at
    $50 while BA116 said the credit was no money spent (T35 of the fifteenth round's
    re-review). The price stands, as what those customers cost in revenue forgone."""
    named = {f.line for f in findings if f.rule == "BA116" and f.line is not None}
    lines = [
        a
        for a in activities
        if a.line in named
        and a.line in channel.activities
        and a.category != "contra-revenue"
        and given_up(a.name, None)
    ]
    if not lines:
        return ""
    amount = sum((a.spend for a in lines), Decimal(0))
    where = line_list([a.line for a in lines if a.line is not None])
    return (
        f"its CAC counts {format_money(amount, currency)} of revenue given up ({where}; "
        "BA116): what these customers cost in discounts or credits, not money paid out"
    )


def _warned(rules: Sequence[str], names: Sequence[str]) -> tuple[str, str, str]:
    """The rules, their verb and the lines' names, as a CAC's basis words the lines a rule of
    law warns about: ("BA114 and BA121", "warn", "'6080 ...' and '6090 ...'")."""
    verb = "warns" if len(rules) == 1 else "warn"
    return and_list(list(rules)), verb, and_list([repr(name) for name in names])


def _platform_join(joined: str) -> str | None:
    """The part of a channel's ``joined_by`` that says sources naming only the platform were
    joined to its ads (see ``core.channels``), if any."""
    return next((part for part in joined.split("; ") if part.startswith(PLATFORM)), None)


def joined_by(channel: ChannelResult) -> str:
    """How a channel's lines and sources were joined, less what ``channel_notes`` says of it:
    that several channels are judged together, with how to tell them apart, and that sources
    naming only the platform were joined to its priced ads, with why its CAC is then a floor
    (AZQ9 of the fifty-eighth round: the client report's cell said that clause twice)."""
    priced = channel.cac is not None and channel.spend > 0
    platform = _platform_join(channel.joined_by) if priced else None
    # ...and that a referrer's trail is counted whole, which the note says with why (the
    # client report said a fee share's clause twice: the sixty-second round's second
    # re-review, 2026-12-08)
    whole = FEE_SHARE_WHOLE if priced else None
    return "; ".join(
        part
        for part in channel.joined_by.split("; ")
        if TOGETHER not in part and part != platform and part != whole
    )


def _fees(channel: ChannelResult, activities: Sequence[ActivityResult]) -> list[ActivityResult]:
    """A channel's commission lines: the contra-revenue lines among its lines, where its CAC
    counts them or a rule's warning withholds it (they are still what the channel costs)."""
    if not channel.activities or not (channel.cac or channel.restricted_by):
        return []
    if channel.fees_netted == "after":  # in the stated margin already: not in its CAC (BA2)
        return []
    joined = set(channel.activities)
    return [a for a in activities if a.category == "contra-revenue" and a.line in joined]


def _fees_of(channel: ChannelResult, fee_lines: Sequence[ActivityResult]) -> Decimal:
    """The commissions a channel's CAC counts: its share of a line several marketplaces share
    (the channel's own figure), else its lines' spend."""
    return channel.fees or sum((a.spend for a in fee_lines), Decimal(0))


def spend_shown(
    channel: ChannelResult,
    activities: Sequence[ActivityResult],
    money: Callable[[Decimal], str],
    between: str = " ",
) -> str:
    """A channel's spend as its table shows it: with a marketplace's commissions beside it
    when its CAC counts them ("$7,800 fees", "$2,000 + $7,800 fees"; a narrow table passes
    ``between="\n"`` to stack them). W21 of the sixteenth round's re-review saw "$0" beside a
    tutoring marketplace's $557.14 CAC. What its lines' spend leaves out (``left_out``: a
    reps' commission on repeat orders, a referrer's share of earlier clients' fees) is shown
    beside it, "$36,000 ($82,000 left out)", its reason in the channel's note (BI4 of the
    sixty-second round's second re-review, 2026-12-08)."""
    if not (fee_lines := _fees(channel, activities)):
        if channel.left_out:
            return f"{money(channel.spend)}{between}({money(channel.left_out)}{between}left out)"
        return money(channel.spend)
    fees = money(_fees_of(channel, fee_lines))
    if not channel.spend:
        return f"{fees}{between}fees"
    return f"{money(channel.spend)}{between}+ {fees}{between}fees"


def _fee_note(channel: ChannelResult, activities: Sequence[ActivityResult], currency: str) -> str:
    """What a channel's CAC counts beside its spend: a marketplace's commissions ("" when
    none), which it charges on every order, new and repeat. They are the contra-revenue lines
    among the channel's lines."""
    if channel.fees_netted == "after" and channel.fees and not channel.restricted_by:
        # the stated margin carries them already, as the key figures say: not counted again in
        # its CAC (BA2 of the fifty-eighth round's re-review, 2026-12-07)
        joined = set(channel.activities)
        lines = [a.line for a in activities if a.category == "contra-revenue" and a.line in joined]
        where = f" ({line_list(lines)})" if lines else ""
        said = (
            f"its {format_money(channel.fees, currency)} of commissions{where}, taken out of "
            "revenue, are in the stated margin already, as the key figures count them: not "
            "counted again in its CAC"
        )
        if not channel.spend and channel.customers:  # (they were its only cost)
            said += (
                ", and with nothing else spent there it has no price to set beside the others' "
                "(a share of each sale, not a budget)"
            )
        return said
    if not channel.cac or not (fee_lines := _fees(channel, activities)):
        return ""
    fees = _fees_of(channel, fee_lines)
    lines = [a.line for a in fee_lines if a.line is not None]
    where = f" ({line_list(lines)})" if lines else ""
    untold = (
        # where the books cannot tell whether the stated margin carries them: counted, the
        # worse of the two, and said so (BA2 of the fifty-eighth round's re-review)
        " (whether the stated margin or lifetime value is after them cannot be told: "
        "counted here, the worse of the two)"
        if channel.fees_netted == "unknown"
        else ""
    )
    return (
        f"its CAC counts {format_money(fees, currency)} of commissions{where}{untold}, charged "
        "on every order, new and repeat, so it is a ceiling"
    )


def _reward_in_kind(
    named: str, given: Sequence[tuple[str, int | None]], channel: ChannelResult, currency: str
) -> str:
    """The channel note on lines that reward each referral with one free service: priced at
    the profile's average revenue a year ÷ the number a year the name states
    (``ChannelResult.reward_price``), with how many referrals the spend rewarded at that price;
    else a question of one service's price, not a rename (BD9 of the sixtieth review round,
    2026-12-07: "1 free quarterly svc" had been called "no stated price", and the owner asked
    to write "$50 per referral" in its name)."""
    what = " or ".join(dict.fromkeys(kind for kind, _ in given))
    price = channel.reward_price
    if price is not None and price > 0:
        times = next(count for _, count in given if count)
        rewarded = int((channel.spend / price).to_integral_value(ROUND_HALF_UP))
        return (
            f"{named} each referral with one free {what}: "
            f"{format_money(price, currency)} at the profile's own figures (the average "
            f"revenue a customer brings in a year ÷ the {times} a year a customer buys), so its "
            f"{format_money(channel.spend, currency)} rewarded about "
            f"{plural(rewarded, 'referral')} ({format_money(channel.spend, currency)} ÷ "
            f"{format_money(price, currency)})"
            + (
                f", more than its {plural(channel.customers, 'customer')}: check what one "
                f"{what} sells for"
                if rewarded > channel.customers
                else f"; which of its "
                f"{plural(channel.customers, 'customer')} they were, and how many came on their "
                "own, is not known, so the table gives the channel no price per customer"
            )
        )
    return (
        f"{named} each referral with one free {what}, whose price the profile does not give: "
        "how many of these customers were paid for, and how many came on their own, is not "
        f"known, so that spend is no price per customer; what one {what} sells for prices it "
        f"(its {format_money(channel.spend, currency)} ÷ that price is how many referrals it "
        "rewarded)"
    )


def with_lines(basis: str, lines: Sequence[int]) -> str:
    """A CAC's basis and the profile lines of the spend it adds up, so that a reader can find
    them (the JSON report has them apart, in ``economics.cac_lines``): all of them, up to a
    page's worth, as an accountant rebuilds the figure from them (an owner's review: "lines
    24, 26, ... 42 and 5 more" could not be added up from the terminal)."""
    return f"{basis}; spend on {line_list(lines, most=_CAC_LINES)}" if lines else basis


_PERIODS = {1: "month", 3: "quarter", 12: "year"}  # the rest are "periods"


def _payee(name: str) -> str:
    """A channel named by what its members are ("Travel agents", "Online travel agencies")
    as a sentence names them, "the travel agents", beside a brand ("GetTransfer",
    "Booking.com", "Uber Eats"), which keeps its name (a leftover of the fifty-fourth round,
    2026-12-07: "$53,500 to GetTransfer and Travel agents")."""
    first, _, rest = name.partition(" ")
    generic = (
        bool(rest)
        and first[:1].isupper()
        and first[1:].islower()
        and all(word.isalpha() and word.islower() for word in rest.split())
        and name.endswith("s")
    )
    return f"the {first.lower()} {rest}" if generic else name


_CAC_LINES = 40  # lines named in a CAC's basis before the rest are counted


class Basis:
    """The basis lines of one profile's economics, in its currency."""

    def __init__(
        self,
        currency: str,
        payees: Sequence[CommissionPayee] = (),
        netted: CommissionsNetted | None = None,
    ) -> None:
        self.currency = currency
        #: the channels the commissions taken out of revenue were paid in, so the basis
        #: names them, not "marketplaces" (AV6 of the fifty-fourth round's second re-review)
        self.payees = tuple(payees)
        #: whether the stated gross margin carries those commissions already
        #: (core.metrics.commissions_netted): where it does, they are not counted again in
        #: what a customer cost, and where it cannot be told, the figures with them say so
        #: (AZ2 of the fifty-eighth review round, 2026-12-07)
        self.netted = netted

    @property
    def in_margin(self) -> bool:
        """The stated gross margin carries the commissions already (AZ2)."""
        return self.netted is not None and self.netted.netted == "after"

    def counted_once(
        self, fees: Decimal, flagged: Sequence[FlaggedCommission] = (), *, figures: bool = False
    ) -> str:
        """ "; $124,000 of commissions to Amazon on these customers, taken out of revenue, are
        in the stated 52% margin already: not counted again here", where the stated margin
        carries them; with ``figures``, the listed costs' margins after and before them (AZ2
        of the fifty-eighth review round, 2026-12-07: they had been counted twice, 3.2× read
        2.4×)."""
        n = self.netted
        if n is None or n.stated is None:
            return ""
        told = ""
        if figures and n.after is not None and n.before is not None:
            told = (
                f" (the listed costs give {format_percent(n.after)} after them, "
                f"{format_percent(n.before)} before)"
            )
        return (
            f"; {self.kept(fees, flagged)}, taken out of revenue, are in the stated "
            f"{format_percent(n.stated)} margin already{told}: not counted again here"
        )

    def untold(self) -> str:
        """Where the books cannot tell whether the stated margin (or lifetime value) carries
        the commissions: the figure with them is then the worse of two, and says so (AZ2)."""
        n = self.netted
        if n is None or n.netted != "unknown":
            return ""
        if n.stated is None:
            return (
                "; and only if the stated lifetime value is before them, which the profile "
                "cannot tell"
            )
        said = f"; and only if the stated {format_percent(n.stated)} margin is before them"
        if n.after is None or n.before is None:
            return f"{said}, which the listed costs cannot tell"
        return (
            f"{said}, which the listed costs cannot tell: {format_percent(n.after)} after them, "
            f"{format_percent(n.before)} before"
        )

    def _to(self, unflagged: Decimal) -> str | None:
        """Whom ``unflagged`` (commissions no rule of law flags) was paid to: the channels
        whose commissions sum to it, all of them or those not by referral; None when they are
        not known here."""
        for chosen in (self.payees, tuple(p for p in self.payees if not p.referral)):
            if chosen and sum((p.fees for p in chosen), ZERO) == unflagged:
                return and_list([_payee(p.name) for p in chosen])
        return None

    def money(self, amount: Decimal) -> str:
        return format_money(cents(amount), self.currency)

    def margin(self, margin: Margin) -> str:
        rate = format_percent(margin.gross_margin)
        return f"{self.money(margin.average_revenue)} × {rate} margin"

    def _priced(self, cac: Cac) -> str:
        """How many referrals a line that states its price per referral paid for: its spend ÷
        that price, one per referred customer (B15 of the twenty-third round)."""
        if not cac.priced:
            return ""
        each = [
            # one level of brackets inside the basis's own (E17 of the twenty-fourth round:
            # three levels in one table cell)
            f"at most {format_number(spend / price, 0)} by the price per referral {name!r} "
            f"states: {self.money(spend)} ÷ {self.money(price)}, one price a referred customer "
            "(a reward to both sides halves it)"
            for name, spend, price in cac.priced
        ]
        return f", {'; '.join(each)}"

    def cac(self, cac: Cac, lines: Sequence[str] = ()) -> str:
        if cac.missing:
            return _MISSING[cac.missing]
        less = (
            f" − {self.money(cac.referral_spend)} spent on referrals" if cac.referral_spend else ""
        )
        if cac.held_spend - cac.held_sales:  # lines held out with their customers (below)
            held = self.money(cac.held_spend - cac.held_sales)
            less += f" − {held} on lines held out with their customers"
        counted = cac.new_customers + cac.referral + cac.held  # every new customer

        spiffs = (  # referral spiffs paid as selling: out of the sales the others share
            f" less {self.money(cac.referral_sales)} spent on referrals"
            if cac.referral_sales
            else ""
        )
        if cac.held_sales:
            spiffs += f" less {self.money(cac.held_sales)} on lines held out with their customers"
        share = (
            f", their share of {self.money(cac.sales_of)}{spiffs}: "
            f"{format_count(cac.new_customers)} of "
            f"{format_count(counted)} new customers"
            if cac.sales_of is not None
            else ""
        )
        if cac.own_commission and cac.sales_of is not None and cac.repeat_commission is not None:
            # the reps' commission on their own accounts, not shared with the referrals (BJ6
            # of the sixty-second round's second re-review, 2026-12-08)
            rest = cac.sales - cac.own_commission
            share = (
                f": {self.money(cac.own_commission)} of commission on the "
                f"{plural(cac.repeat_commission.customers, 'customer')} the reps won themselves, "
                "none of them a referral, counted whole, + "
                f"{self.money(rest)}, their share of the other "
                f"{self.money(cac.sales_of - cac.own_commission)}{spiffs}: "
                f"{format_count(cac.new_customers)} of {format_count(counted)} new customers"
            )
        if cac.unshared is not None:  # R10 of the thirty-eighth round's re-review
            # why, as it is: no average revenue, or one that says no more customers were
            # served than were new (AV8 of the fifty-fourth round's second re-review)
            why = (
                "without customers.average_revenue how many customers they serve is not known"
                if cac.unshared_served is None
                else f"revenue ÷ average revenue (about {format_count(cac.unshared_served)} "
                f"customers served) is no more than the "
                f"{format_count(counted)} new "
                "ones, so the new customers' share cannot be split"
            )
            share += (
                f"; all {self.money(cac.unshared.spend)} paid to staff who sell to every "
                f"customer ({', '.join(cac.unshared.roles)}) is counted, as {why}: a ceiling"
            )
        if cac.served is not None:  # staff who sell to every customer: the new ones' share
            serving, served = cac.served
            costs = (
                f"; {self.money(serving.on_costs)} of it the sales function's payroll taxes "
                "and benefits that go with their pay"
                if serving.on_costs
                else ""
            )
            share += (
                f"; of the {self.money(serving.spend)} paid to staff who sell to every "
                f"customer ({', '.join(serving.roles)}{costs}), the new customers' share: "
                f"{format_count(counted)} of about "
                f"{format_count(served)} customers served "
                "(revenue ÷ average revenue)"
            )
            if serving.prospects:  # L11 of the forty-second round's re-review
                top = ceiling_of(cac)
                ceiling = f", {self.money(cents(top))} a customer" if top is not None else ""
                share += (
                    ", a floor: new customers came through them, and finding new accounts takes "
                    f"more of their time than their count; with all {self.money(serving.spend)} "
                    f"of their pay, the ceiling{ceiling}"
                )
        given = (  # in money (F3 of the twenty-fourth round's re-review)
            f" in money, without {self.money(cac.given_up)} of revenue given up (BA116)"
            if cac.given_up
            else ""
        )
        # no "+ $0 sales" where nothing was spent selling (F11 of the twenty-fourth round)
        selling = f" + {self.money(cac.sales)} sales{share}" if cac.sales or share else ""
        spend = f"({self.money(cac.acquire)} acquisition marketing{given}{less}{selling})"
        repeat = (
            f"; customers.new less the {format_count(cac.repeat)} listed as repeat customers"
            if cac.repeat
            else ""
        )
        if cac.accounts:  # trade accounts priced apart (BD2 of the sixtieth round)
            repeat += self._accounts(cac, "less" if cac.repeat else "customers.new less")
        if cac.preneed_spend:  # a funeral home's pre-need selling (BE1 of the sixtieth round)
            repeat += self._preneed(cac, "less" if cac.repeat or cac.accounts else None)
        if cac.uncounted_spend:  # selling no source counts (part s of the sixty-first round)
            repeat += self._uncounted(cac)
        if cac.repeat_commission is not None:  # BH11 of the sixty-second round
            repeat += self._repeat_commission(cac.repeat_commission)
        if cac.trail_whole:  # BI6 of the round's re-review
            names = and_list([repr(name) for name in cac.trail_whole])
            one = len(cac.trail_whole) == 1
            repeat += (
                f"; {names} {'pays' if one else 'pay'} a share of the clients' fees for as long "
                "as they stay, and this year's payment, on clients referred in earlier years "
                f"too, is counted whole: a ceiling ({'its' if one else 'their'} rate and "
                "customers.average_revenue would split off the first year's share)"
            )
        if cac.in_margin is not None:  # BH4 of the sixty-second round
            repeat += self._in_margin(cac.in_margin)
        if cac.repeat_sold is not None:  # BK5 of the sixty-third round
            sold = cac.repeat_sold
            repeat += (
                f"; without {self.money(sold.left_out)} of the {self.money(sold.spend)} of "
                f"{and_list([repr(name) for name in sold.lines])}, paid on each sale: the "
                f"repeat buyers' share, {format_count(sold.repeat)} of "
                f"{format_count(sold.sold)} sold"
            )
        if cac.divided_names:  # a fee division's lines bought none it counts (AW5)
            lines = [line for line in lines if line not in cac.divided_names]
        if cac.referral:
            # the cultivated are among the customers counted, not more left out (AF13 of the
            # twentieth round: "165 did, and 5 more came" read as 170 left out of 310)
            # the lines named where the report knows them (F18 of the thirty-fourth review
            # round: an accountant could not tick a basis that did not say which)
            how = (
                and_list([repr(line) for line in lines])
                if lines and not cac.priced  # (a line priced per referral is named below)
                else "funded lines, referral programmes or a channel you joined them to"
            )
            through = (
                f"; the {format_count(cac.new_customers)} include "
                f"{plural(cac.cultivated, 'referral')} that came through {how}, and "
                f"{'is' if cac.cultivated == 1 else 'are'} counted as paid for" + self._priced(cac)
                if cac.cultivated
                else ""
            )
            alone = " on their own" if cac.cultivated else ""
            # a law firm's fee division, which went with the cases it was paid on (AW5 of the
            # fifty-fifth round's review, 2026-12-07)
            divided = (
                f"; of the {self.money(cac.referral_spend)} spent on referrals, "
                f"{self.money(cac.divided)} is the referring lawyers' share of the fee "
                "(Rule 1.5(e)), a cost of the cases they referred"
                if cac.referral_spend and cac.divided
                else ""
            )
            return (
                f"{spend} ÷ {plural(cac.new_customers, 'new customer')} who did not come by "
                f"referral{alone} ({format_count(cac.referral)} did{through}{repeat}){divided}"
                + self._held(cac)
                + self._unjoined(cac, referrals_out=True)
            )
        # with the revenue given up counted as spent, as operators who count a move-in
        # special as the cost of the move-in do (BH13 of the sixty-second review round)
        with_given = (
            f"; with the {self.money(cac.given_up)} of revenue given up counted as spent, "
            f"{self.money(cents(top))} a customer"
            if (top := cac.with_given_up) is not None
            else ""
        )
        return (
            f"{spend} ÷ {plural(cac.new_customers, 'new customer')}"
            + (f" ({repeat[2:]})" if repeat else "")
            + self._divided(cac)
            + self._apart(cac)
            + self._unjoined(cac)
            + with_given
        )

    def _accounts(self, cac: Cac, less: str) -> str:
        """The trade or business accounts left out with the spend of their own channel, and
        why: another kind of customer than the one the lifetime value describes, priced apart
        in the channel table (BD2 of the sixtieth review round, 2026-12-07: a car wash's fleet
        rep's $55,000 had been $13.25 of what a retail member cost)."""
        sources = and_list([repr(name) for name in cac.accounts_sources])
        lines = and_list([repr(name) for name in cac.accounts_lines])
        each = self.money(cents(cac.accounts_spend / cac.accounts))
        return (
            f"; {less} the {format_count(cac.accounts)} trade or business accounts of "
            f"{sources}, with the {self.money(cac.accounts_spend)} of {lines} that won them "
            f"({each} an account, in the channel table): another kind of customer than the one "
            "the lifetime value describes"
        )

    def _uncounted(self, cac: Cac) -> str:
        """Selling left out because no source counts the customers it wins, and why: a
        distributor's sales to the trade, a restaurant's event bookings (part s of the
        sixty-first review round, 2026-12-07: a brewery's distributor and event coordinator had
        been $23.67 of the $35.48 a taproom visitor cost)."""
        what = and_list(
            [
                f"{name!r} ("
                + (
                    "a distributor's pay for selling to bars and stores"
                    if sold == "trade"
                    else f"{sold} bookings"
                )
                + ")"
                for name, sold in zip(cac.uncounted_lines, cac.uncounted_sold, strict=True)
            ]
        )
        example = (
            "'wholesale accounts: {customers: N}'"
            if "trade" in cac.uncounted_sold
            else f"'{cac.uncounted_sold[0]} bookings: {{customers: N}}'"
        )
        return (
            f"; without the {self.money(cac.uncounted_spend)} of {what}: no source counts the "
            "customers that selling wins, and the lifetime value is not theirs; to see what "
            f"each costs, list them as a source of their own, such as {example}"
        )

    def _repeat_commission(self, paid: RepeatCommission) -> str:
        """The reps' commission on repeat orders, left out, and how the part counted was
        worked: the commission on the new accounts' first period (BH11 of the sixty-second
        review round, 2026-12-07: a fab shop's $118,000 at 5% of rep-sourced sales had all been
        charged to its 12 new customers)."""
        rate = format_percent(paid.rate)
        if paid.kind == "fee share":
            # a referrer's share of the clients' fees for as long as they stay (BI6 of the
            # round's re-review, 2026-12-07: an adviser's $31,000 of CPA fees at 20% was all
            # charged to the 8 households of the year)
            return (
                f"; of the {self.money(paid.paid)} of {paid.line!r}, only the first year's "
                f"share of the new clients' fees is counted, {rate} × "
                f"{self.money(paid.average)} average revenue × "
                f"{plural(paid.customers, 'new customer')} it brought = "
                f"{self.money(paid.counted)}, at most (a client won during the year pays less "
                f"than a year's fees); the other {self.money(paid.left_out)} or more is paid on "
                "the fees of clients it brought in earlier years, not a cost of winning new "
                "ones, and what this year's go on paying is taken off the lifetime value"
            )
        return (
            f"; of the {self.money(paid.paid)} of {paid.line!r}, only the commission on the new "
            f"accounts' sales is counted, {rate} × {self.money(paid.average)} average "
            f"revenue × {plural(paid.customers, 'new customer')} the reps brought = "
            f"{self.money(paid.counted)}; the other {self.money(paid.left_out)} is paid on the "
            "repeat orders of accounts the reps already had, not a cost of winning new ones, "
            "and what the new accounts' later orders will pay them is taken off the lifetime "
            "value"
        )

    def later(self, later: Later, stated: Decimal) -> str:
        """What a channel's new customers pay on after their first period, taken off the
        lifetime value, and which reading of the stated margin that takes (BI6, BI7 of the
        sixty-second round's re-review, 2026-12-07)."""
        paid = later.paid
        rate, period = format_percent(paid.rate), "year"
        what = (
            f"the {rate} of their fees that the clients {paid.line!r} brought go on paying it"
            if paid.kind == "fee share"
            else f"the reps' {rate} commission on the later orders of the accounts they brought"
        )
        return (
            f"; less {what} after the first {period}, {rate} × {self.money(paid.average)} × "
            f"{format_number(later.periods, 2)} {period}s = {self.money(later.each)} each, × "
            f"{paid.customers} of {plural(later.new, 'new customer')} = "
            f"{self.money(later.taken)} (each of those is worth "
            f"{self.money(later.before - later.each)}, its margin "
            f"{format_percent(stated - paid.rate)} after the first {period}, not "
            f"{format_percent(stated)}: the stated margin is read as before it, as the listed "
            "costs do not show it in the margin)"
        )

    def paid_ltv(self, later: Later) -> str:
        """The lifetime value of a customer who did not come by referral: the reps' later
        commission at their share of those customers, none of them referred (BJ6 of the
        sixty-second round's second re-review, 2026-12-08: a fab shop's 6 rep accounts are 6
        of its 10 customers not referred, not 6 of 12)."""
        return (
            f" (the LTV of a customer not referred: {self.money(later.before)} less "
            f"{self.money(later.each)} × {later.paid.customers} of "
            f"{plural(later.new, 'customer')} not referred, the reps' later commission)"
        )

    def _in_margin(self, pay: InMargin) -> str:
        """Pay on each sale left out because the stated gross margin carries it already, and
        how the books tell (BH4 of the sixty-second review round, 2026-12-07: a mortgage
        broker's loan-officer pay was in its stated 55% margin and in its CAC)."""
        lines = and_list([repr(name) for name in pay.lines])
        return (
            f"; without the {self.money(pay.spend)} of {lines}, paid on each sale: the stated "
            f"{format_percent(pay.stated)} margin carries it already (the listed costs give "
            f"{format_percent(pay.with_pay)} with it as a cost of each sale, "
            f"{format_percent(pay.without)} without it: BA117), so it is counted once, in what "
            "a customer is worth"
        )

    def _preneed(self, cac: Cac, less: str | None) -> str:
        """A funeral home's pre-need selling, priced apart with the contracts it sold, and why:
        those are calls of later years, whose money is held in a trust or an insurance policy
        until the death, so this year's first sale does not pay for them (BE1 of the sixtieth
        round's re-review, 2026-12-07: the counselor's $68,000 had been $357.89 of the
        $608.95 an at-need family cost). ``less``: the word that follows the repeat customers
        already taken out, None where the line says nothing before it."""
        lines = and_list([repr(name) for name in cac.preneed_lines])
        why = (
            "pre-need plans are calls of later years, and their money is normally held in a "
            "trust or an insurance policy until the death, so the first sale's margin here "
            "does not come with them"
        )
        if not cac.preneed:
            return (
                f"; without the {self.money(cac.preneed_spend)} of {lines}, which "
                f"{'sells' if len(cac.preneed_lines) == 1 else 'sell'} pre-need plans: {why}; "
                "no source is read as the contracts sold (list them as one, 'pre-need "
                "contracts sold: {customers: N, kind: outbound}', to see what each cost)"
            )
        sources = and_list([repr(name) for name in cac.preneed_sources])
        each = self.money(cents(cac.preneed_spend / cac.preneed))
        return (
            f"; {less or 'customers.new less'} the {format_count(cac.preneed)} pre-need "
            f"contracts of {sources}, with the {self.money(cac.preneed_spend)} of {lines} that "
            f"sold them ({each} a contract): {why}"
        )

    def _apart(self, cac: Cac) -> str:
        """Of the blended CAC, the customers lines a rule of law warns about brought where it
        does not count those lines' spend, left out as that spend is, and why (p's leftover of
        the fifty-eighth round, 2026-12-07: a PI firm's per-case consultant, its $84,000 read
        as operations, had its 85 cases counted at no cost)."""
        if not cac.held:
            return ""
        one = len(cac.held_names) == 1
        spent = (
            f", and the {self.money(cac.held_spend)} of {'it' if one else 'them'} it counts with "
            "them"
            if cac.held_spend
            else ""
        )
        rules, warn, names = _warned(cac.held_rules, cac.held_names)
        return (
            f"; the {plural(cac.held, 'new customer')} that {names} brought "
            f"{'is' if cac.held == 1 else 'are'} left out, as the "
            f"{self.money(cac.held_apart)} paid for them is, which this CAC does not count as "
            f"spend to win customers{spent}: {rules} {warn} about paying for them, and a "
            "line's customers are counted only with its cost"
        )

    def _unjoined(self, cac: Cac, *, referrals_out: bool = False) -> str:
        """Lines a rule of law warns about whose spend the CAC does not count and to which no
        source's customers are joined: none could be left out with them (p's leftover of the
        fifty-eighth round, 2026-12-07). Where the profile lists every new customer and the
        only sources no line reaches are referrals (``Cac.unjoined_among``), their customers
        are among those: counted at no cost in the blended CAC, left out of the CAC excluding
        referrals (``referrals_out``) as referrals, said plainly (the round 59 helpers' note,
        2026-12-07: "they may be in this count" beside a consultant's cases listed as 'word of
        mouth')."""
        if not cac.unjoined:
            return ""
        one = len(cac.unjoined) == 1
        rules, warn, names = _warned(cac.unjoined_rules, cac.unjoined)
        if cac.unjoined_among:
            sources = and_list([repr(name) for name in cac.unjoined_among])
            only = "the only source" if len(cac.unjoined_among) == 1 else "the only sources"
            where = (
                f"the customers {'it' if one else 'they'} brought are among the "
                f"{format_count(cac.unjoined_among_customers)} from {sources}, {only} no line "
                "reaches, listed as referrals"
            )
            return (
                f"; {names}, which {rules} {warn} about, {'is' if one else 'are'} not counted "
                f"here ({self.money(cac.unjoined_spend)}), and no source's customers are joined "
                f"to {'it' if one else 'them'}: {where}, "
                + (
                    "which this count leaves out"
                    if referrals_out
                    else "so they are in this count at no cost (join them with 'channel:' to "
                    "leave them out)"
                )
            )
        return (
            f"; {names}, which {rules} {warn} about, {'is' if one else 'are'} not counted here "
            f"({self.money(cac.unjoined_spend)}), and no source's customers are joined to "
            f"{'it' if one else 'them'}, so none of the customers {'it' if one else 'they'} "
            "brought could be left out with that cost: they may be in this count at no cost "
            "(join them with 'channel:' to leave them out)"
        )

    def _held(self, cac: Cac) -> str:
        """Of the CAC excluding referrals, the customers lines a rule of law warns about
        paying for brought, left out with those lines' spend, and why (part p of the
        fifty-eighth round, 2026-12-07)."""
        if not cac.held:
            return ""
        spent = (
            f", with the {self.money(cac.held_spend)} of those lines the CAC counted"
            if cac.held_spend
            else ""
        )
        rules, warn, names = _warned(cac.held_rules, cac.held_names)
        return (
            f"; {plural(cac.held, 'new customer')} that {names} "
            f"brought {'is' if cac.held == 1 else 'are'} left out too{spent}: {rules} {warn} "
            "about paying for them, and what they cost is no price of a customer the lines "
            "you may keep funding win (a line's cost and its customers go out together)"
        )

    def _divided(self, cac: Cac) -> str:
        """Of a blended CAC, a law firm's fee divided with the referring lawyers, as the cost
        of the cases they referred, which it is (AW5 of the fifty-fifth round's review,
        2026-12-07: spread over all 310 clients, it had read as a cost of every client)."""
        if not cac.divided:
            return ""
        cases = (
            f" on the {format_count(cac.divided_cases)} cases they referred, about "
            f"{self.money(cac.divided / cac.divided_cases)} a case"
            if cac.divided_cases
            else " on the cases they referred"
        )
        return (
            f"; {self.money(cac.divided)} of it is the referring lawyers' share of the fee "
            f"(Rule 1.5(e)){cases} (paid as each case's fee comes in, often on cases of "
            "earlier periods)"
        )

    def split(self, fees: Decimal, flagged: Sequence[FlaggedCommission]) -> str:
        """Which part of ``fees`` marketplaces kept and which was paid on lines a rule of law
        flags (core.metrics.flagged_commissions), where some was: a CFO reading the CAC sees
        which part is which (the fifty-fourth round's leftovers, part f, 2026-12-07: a charter
        company's "marketplaces kept $62,000" held $24,000 of commissions to corporate travel
        managers, which BA121 flags)."""
        restricted = sum((f.fees for f in flagged), ZERO)
        parts = [
            f"{self.money(f.fees)} paid as {and_list([repr(name) for name in f.names])}, a "
            f"restricted commission {f.rule} warns about"
            for f in flagged
        ]
        if fees > restricted:
            # whom it was paid to: travel agents are no marketplace, and keep nothing (AV6 of
            # the fifty-fourth round's second re-review, 2026-12-07)
            to = self._to(fees - restricted)
            parts.insert(
                0,
                f"{self.money(fees - restricted)} to {to}"
                if to
                else f"{self.money(fees - restricted)} to the marketplaces or agents who "
                "brought them",
            )
        return f" ({'; '.join(parts)})"

    def kept(self, fees: Decimal, flagged: Sequence[FlaggedCommission]) -> str:
        """ "$X of commissions to Booking.com on these customers" (or, where the channels are
        not known here, "marketplaces kept $X of commissions on these customers"), or, where
        some of them were restricted commissions a rule flags, what each part is."""
        if not flagged:
            to = self._to(fees)
            if to:
                return f"{self.money(fees)} of commissions to {to} on these customers"
            return f"marketplaces kept {self.money(fees)} of commissions on these customers"
        return f"{self.money(fees)} of commissions on these customers{self.split(fees, flagged)}"

    def commissions(
        self, fees: Decimal, ratio: Decimal, flagged: Sequence[FlaggedCommission] = ()
    ) -> str:
        """What the ratio would be with the marketplaces' commissions counted in what a
        customer cost (they are taken out of revenue, and charged on repeat customers too);
        ``flagged``: the part of them a rule of law flags, named as such."""
        return (
            f"; {self.kept(fees, flagged)}, taken "
            f"out of revenue, not counted here: with them, {format_ratio(ratio)}× (a floor, as "
            f"they are charged on repeat customers too{self.untold()})"
        )

    def kept_cac(self, fees: Decimal, cac: Cac, flagged: Sequence[FlaggedCommission] = ()) -> str:
        """What a customer cost with the commissions marketplaces kept on these customers,
        where the CAC counts none of them (C11 of the forty-eighth review round, 2026-12-06:
        a kennel whose Rover commissions were $40,000 read "CAC $0" beside BA123's "$40,000
        spent")."""
        each = cac_with_commissions(cac, fees)
        if each is None:
            return ""
        if self.in_margin:  # counted once, in the margin (AZ2)
            return self.counted_once(fees, flagged)
        # A restricted commission stays in this ceiling: it was paid on these customers, who
        # stay in the count, and without it they would look won for nothing; it is said as
        # a cost, not a price to grow by (AV6 of the fifty-fourth round's second re-review,
        # 2026-12-07, asked to leave it out: that would put ($122,200 + $53,500) ÷ 610 =
        # $288.03 on a charter company's customers, 90 of whom its $16,000 bought)
        restricted = (
            "; the restricted part is counted as money paid on them, not as a price to grow by"
            if flagged
            else ""
        )
        return (
            f"; {self.kept(fees, flagged)}, taken "
            f"out of revenue, not counted here: with them, {self.money(cents(each))} a "
            f"customer (a ceiling, as they are charged on repeat customers too{restricted})"
        )

    def kept_payback(
        self,
        fees: Decimal,
        cac: Cac,
        payback: Payback,
        flagged: Sequence[FlaggedCommission] = (),
    ) -> str:
        """The payback with those commissions, where it is counted month by month; where most
        customers buy once, whether the first sale's margin covers a customer's cost with them
        (G9 of the forty-ninth review round, 2026-12-06: a florist's wire services kept $77,000
        on 950 customers, $81.05 each against an $80 order's $44 margin, beside "$0 CAC: no
        cost to pay back")."""
        if self.in_margin:  # counted once, in the margin the payback is built on (AZ2)
            return self.counted_once(fees, flagged)
        months = payback_with_commissions(payback, cac, fees)
        each = cac_with_commissions(cac, fees)
        with_them = (
            f"; with the {self.kept(fees, flagged)}"
            if not flagged and self._to(fees)
            else f"; with the {self.money(fees)} of commissions marketplaces kept on these "
            "customers"
            if not flagged
            else f"; with the {self.money(fees)} of commissions on these customers"
            + self.split(fees, flagged)
        )
        if months is None and payback.one_off is not None and payback.margin is not None:
            if each is None:
                return ""
            first = payback.margin.value
            covered = "covers" if each <= first else "does not cover"
            return (
                f"{with_them}, {self.money(cents(each))} a customer (a ceiling), which the first "
                f"sale's {self.money(first)} margin {covered}: most customers buy once "
                f"({format_percent(payback.one_off)} do not come back within a year)"
            )
        if months is None:
            return ""
        return f"{with_them}, {format_number(months, 1)} months (a ceiling)"

    def ltv(self, ltv: Ltv) -> str:
        basis = self._ltv(ltv)
        if ltv.later is not None and ltv.margin is not None and not ltv.stated:
            basis += self.later(ltv.later, ltv.margin.gross_margin)
        fees = ltv.before_fees
        if fees is not None and ltv.value is not None and not ltv.stated:
            # the margin before referral fees the CAC counts (BK4 of the sixty-third round)
            basis += (
                f"; {format_percent(fees.before)} is the margin before the "
                f"{self.money(fees.spend)} of referral fees, which the cost to win a customer "
                f"counts; the stated {format_percent(fees.stated)} is after them (BA117)"
            )
        return basis

    def _ltv(self, ltv: Ltv) -> str:
        if ltv.stated:
            return "lifetime_value stated in the profile"
        if ltv.missing or ltv.margin is None or ltv.churn is None or ltv.periods is None:
            return _MISSING[ltv.missing or "average-revenue"]
        period = _PERIODS.get(ltv.months, "period")
        # The periods counted are those within the horizon, not the average stay (1 ÷ churn):
        # a CFO read "3.50 years a customer stays" at 18% churn, where the average is 5.6.
        stay = 1 / ltv.churn if ltv.churn > 0 else None
        average = None
        if stay is not None:  # as precise as it takes not to look unlike the same figure
            near = stay < 10 and abs(stay - ltv.periods) < Decimal("0.05")  # 1.05 and 1.1
            average = format_number(stay, 2 if near else 1 if stay < 100 else 0)
        margin = ltv.step_margin or ltv.margin
        if ltv.assumed:  # no churn given, in a trade whose customers buy once
            return (
                f"{self.margin(margin)}, from one sale: customers of this trade buy once, so "
                "none is counted as coming back (state customers.churn_rate if some do)"
            )
        each = f" a {period}" if ltv.months != ltv.period_months else ""
        if ltv.churn >= 1:  # retention_rate: 0%, customers who buy once (a wedding's couple)
            return (
                f"{self.margin(margin)}{each}, from one {period}'s buying: none comes back "
                f"(100% churn a {period})"
            )
        if ltv.churn >= Decimal("0.5"):  # most buy in one period only: nobody "stays" a year
            # S18 of the fifteenth round: a mover's customer "stays 1.09 years" read as a
            # customer kept for a year; it is one year's buying and a little more from those
            # who come back.
            more = format_number(ltv.periods - 1, 2)
            kept = format_percent(1 - ltv.churn)
            return (
                f"{self.margin(margin)}{each} × {format_number(ltv.periods, 2)} {period}s' "
                f"buying within {plural(ltv.horizon, 'year')}: the first {period}, and {more} "
                f"more from the {kept} a {period} who stay or come back "
                f"({format_percent(ltv.churn)} "
                f"churn a {period})"
            )
        return (
            f"{self.margin(margin)}{each} × {format_number(ltv.periods, 2)} {period}s, what a "
            f"customer stays within {plural(ltv.horizon, 'year')} "
            f"({format_percent(ltv.churn)} churn a {period}"
            + (f": {average} {period}s on average)" if average is not None else ")")
        )

    def ratio(self, ratio: Ratio, label: str = "CAC") -> str:
        if ratio.missing or ratio.ltv is None or ratio.cac is None:
            return _MISSING[ratio.missing or "ltv-and-cac"]
        return f"{self.money(ratio.ltv)} LTV ÷ {self.money(ratio.cac)} {label}"

    def payback(
        self,
        payback: Payback,
        cac: Cac | None = None,
        fees: Decimal = ZERO,
        flagged: Sequence[FlaggedCommission] = (),
    ) -> str:
        """How the payback was worked out; with ``fees`` (the commissions marketplaces kept
        on ``cac``'s customers, ``flagged`` the part of them a rule of law flags), what they
        make it too."""
        if payback.missing or payback.cac is None or payback.margin is None:
            return _MISSING[payback.missing or "cac-and-margin"]
        kept = "" if cac is None or not fees else self.kept_payback(fees, cac, payback, flagged)
        if not payback.cac:
            # nothing to pay back, as the HTML's card says (U9 of the forty-fifth round's
            # re-review, 2026-12-06: "the first sale's $6,240 margin ... covers the CAC" of $0)
            # (in money: marketplaces' commissions, where they kept some, say what they make it)
            spent = "nothing spent to pay back" if kept else "no cost to pay back"
            return f"{self.money(payback.cac)} CAC: {spent}{kept}"
        basis = (
            f"{self.money(payback.cac)} CAC ÷ ({self.margin(payback.margin)} ÷ "
            f"{payback.months} months)"
        )
        if payback.one_off is not None:  # the margin comes with the one sale, not monthly
            first = payback.margin.value
            covered = "covers" if payback.cac <= first else "does not cover"
            basis += (
                f"; most customers buy once ({format_percent(payback.one_off)} do not come "
                f"back within a year): the first sale's {self.money(first)} margin "
                + (
                    f"comes with it and {covered} the CAC"
                    if payback.paid_when is None
                    else f"{covered} the CAC, paid {payback.paid_when}"
                )
            )
        return basis + kept

    def rated(self, rated: RatePriced, cac: Cac) -> tuple[str, Decimal | None]:
        """What the blended CAC is where most of its customers came through channels that
        assign work at the rates they set (motor clubs, rotation lists, Medicaid brokers), and
        what a customer won otherwise cost: the spend less those channels' fees, over the
        customers less theirs (AM3 of the fifty-first round's re-review, 2026-12-06: a tow
        company's $1,500 Agero membership over 2,000 customers headlined a $0.75 CAC and
        110.5× beside the channel note "its CAC is what those customers cost there, not what
        won them"). The words, which lead the basis (AN4 of the round's second re-review,
        2026-12-07: "$0.75" came first and what it is last), and the CAC without them (None
        where no other customer is left, or none was counted)."""
        found = won_otherwise(cac, rated)
        if found is None:
            return "", None
        channels = and_list(list(rated.channels))
        said = (
            f"no cost of winning one: {format_count(rated.customers)} of the "
            f"{format_count(rated.of)} ({format_percent(rated.share)}) came through {channels}, "
            f"which assign work at the rates they set, and the {self.money(found.spent)} spent "
            "on them is what those customers cost there, not what won them"
        )
        if found.cac is None:
            return said + "; no customer was won otherwise", None
        return (
            said + f"; without them, {self.money(cac.marketing + cac.sales - found.spent)} ÷ "
            f"{plural(found.others, 'new customer')} won otherwise = "
            f"{self.money(found.cac)} a customer",
            found.cac,
        )

    def all(
        self,
        economics: Economics,
        fees: Decimal = ZERO,
        rated: RatePriced | None = None,
        flagged: Sequence[FlaggedCommission] = (),
    ) -> tuple[str, str, str, str]:
        """CAC, LTV, LTV ÷ CAC and payback (blended), in that order (``fees``: the
        commissions marketplaces kept on the new customers, said beside the payback); where
        the CAC is a floor (staff who sell to every customer also prospect), the ratio and the
        payback with its ceiling too (M9 of the forty-second round's second re-review,
        2026-12-06); where more than half the new customers came through channels priced by
        their rates (``rated``: core.channels.rate_priced), which it is, and the CAC and ratio
        without them (AM3 of the fifty-first round's re-review)."""
        if rated is not None:
            said, rest = self.rated(rated, economics.cac)
            blended = self.all(economics, fees, flagged=flagged)
            if not said:
                return blended
            shown = blended[2]
            worth = economics.ltv_to_cac.ltv
            if worth is not None:
                # what the ratio is first, then the blended figures (AN4 of the round's
                # second re-review)
                shown = (
                    "no measure of what winning a customer costs: most customers came at a "
                    "contract's rate (see the CAC); "
                    + (
                        f"against the {self.money(rest)} a customer won otherwise cost, "
                        f"{format_ratio(worth / rest)}×"
                        if rest
                        else f"the customers won otherwise cost {self.money(ZERO)}"
                        if rest is not None
                        else "no customer was won otherwise"
                    )
                    + f"; blended, {shown}"
                )
            return said + f"; blended, {blended[0]}", blended[1], shown, blended[3]
        ratio = self.ratio(economics.ltv_to_cac)
        payback = self.payback(economics.payback_months, economics.cac, fees, flagged)
        top = ceiling_of(economics.cac)
        ltv, months = economics.ltv_to_cac.ltv, economics.payback_months
        if top is not None and top > 0 and ltv is not None and economics.ltv_to_cac.cac:
            ratio += (
                f"; {format_number(ltv / top, 1)}× with the CAC's ceiling, {self.money(cents(top))}"
            )
            if months.value is not None and months.cac:
                at_top = months.value * top / months.cac
                payback += f"; {format_number(at_top, 1)} months with the CAC's ceiling"
        return self.cac(economics.cac), self.ltv(economics.ltv), ratio, payback


def ceiling_of(cac: Cac) -> Decimal | None:
    """The CAC with all the pay of staff who sell to every customer, where they also prospect
    (their share by the count of customers is then a floor); None otherwise, or where the CAC
    shares the sales spend with referrals (the non-referral CAC)."""
    if cac.served is None or not cac.served.serving.prospects:
        return None
    if cac.sales_of is not None or not cac.new_customers:
        return None
    serving, served = cac.served
    counted = cac.new_customers + cac.referral
    whole = cac.acquire + cac.sales + serving.spend * (1 - Decimal(counted) / served)
    return whole / cac.new_customers


def taken_out(activities: Sequence[ActivityResult], most: int = 3) -> str:
    """What was taken out of revenue, by the profile's own names and lines: "DoorDash
    commissions and Comps (lines 46 and 52)"; past ``most`` names, the rest counted. A dentist
    read "refunds, discounts, commissions and fee splits" as an accusation when the only line
    was $4,200 of patient-financing fees."""
    taken = [a for a in activities if a.category == "contra-revenue" and a.spend > 0]
    named = [a.name for a in taken[:most]]
    if len(taken) > most:
        named.append(plural(len(taken) - most, "other"))
    said = and_list(named)
    lines = [a.line for a in taken if a.line is not None]
    return f"{said} ({line_list(lines)})" if lines else said


def taken_off(
    profit: Profit, activities: Sequence[ActivityResult], money: Callable[[Decimal], str]
) -> str:
    """ "$15,700 taken out of it: Loyalty points redeemed (line 29) and $11,500 of revenue
    given up (lines 25 and 27, BA116)": what net revenue is without, the lines marked or read
    as contra-revenue and the revenue given up BA116 reads the same way (the one premise:
    round 63); "" where nothing is taken out of it."""
    parts = [taken_out(activities)] if profit.contra_revenue else []
    if profit.revenue_given_up:
        where = line_list(profit.revenue_given_up_lines)
        parts.append(
            f"{money(profit.revenue_given_up)} of revenue given up"
            + (f" ({where}, BA116)" if where else " (BA116)")
        )
    if not parts:
        return ""
    if not profit.contra_revenue:  # "$31,000 of revenue given up taken out of it (line 16, ...)"
        where = line_list(profit.revenue_given_up_lines)
        return f"{money(profit.revenue_given_up)} of revenue given up taken out of it" + (
            f" ({where}, BA116)" if where else " (BA116)"
        )
    return (
        f"{money(profit.contra_revenue + profit.revenue_given_up)} taken out of it: "
        + "; and ".join(parts)
    )
