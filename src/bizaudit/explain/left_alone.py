"""Why `plan` leaves a channel alone, in words: core.plan.left_alone gives the reason as a
code with its operands (:class:`~bizaudit.core.plan.LeftAlone`), and this module says it, for
the plan (explain.plan, which also names whose rules and the lines BA114 only asks about) and
for the findings that repeat it (BA110, BA205: explain.findings); and what both say of a next
customer dearer than the lifetime value after a marketplace's commissions but not before them
(:func:`before_commissions`)."""

from __future__ import annotations

from collections.abc import Sequence

from bizaudit.core.channels import PerResult, pays_a_closer_too
from bizaudit.core.metrics import BeforeCommissions
from bizaudit.core.plan import LeftAlone
from bizaudit.explain.numbers import and_list, format_percent
from bizaudit.explain.summary import YOUR_PROFESSIONS_RULES

__all__ = [
    "RESPA",
    "asked_referrals",
    "before_commissions",
    "left_alone_text",
    "left_alone_words",
    "named",
    "per_result_words",
    "restricted_words",
]

#: The law BA114 quotes of a line that gives those who order a settlement service (a listing
#: agent ordering a roof or pest inspection for a sale) something of value, where the trade
#: has no profession's rules on referrals: RESPA §8 (12 U.S.C. §2607(a)), a federal law. Named
#: as ``rules`` below, it "restricts" (one law) and "reaches" a line rather than "allows" it.
RESPA = "RESPA §8"

#: What a rule of law that restricts a channel's spend says of it, as `plan` gives it
#: (``{restrict}``: whose rules restrict paying for referrals, :func:`_restrict`)
_RESTRICTED = {
    "BA114": "pays, in whole or in part, for referrals {restrict} (BA114)",
    "BA119": "gives, in whole or in part, retailers something of value the tied-house laws "
    "forbid (BA119)",
    "BA120": "advertises as the law or your trade's rules forbid (BA120)",
    "BA121": "gives those who award work for others something of value (BA121)",
    "BA116": "offsets customers' insurance deductibles, which the law forbids (BA116)",
}

#: Each of those verbs said of several lines
_PLURAL = {"pays": "pay", "gives": "give", "advertises": "advertise", "offsets": "offset"}


def _restrict(rules: str) -> str:
    """ "your profession's rules restrict", "the clinics' rules restrict", "RESPA §8
    restricts": ``rules`` restricting paying for referrals."""
    return f"{RESPA} restricts" if rules == RESPA else f"{rules} restrict"


#: A salaried rep's pay, said of a channel whose spend it is
_SALARIED_REP = (
    "its spend is a salaried rep's pay, not a budget: more of it is another hire, not more "
    "customers from the same rep"
)


def per_result_words(reason: PerResult) -> str:
    """Why a channel's spend is a price per result rather than a budget, in words
    (core.channels.paid_per_result gives the reason as a code with its operands): what `plan`
    says of the channel it leaves alone, and BA205 of a channel it does not send money away
    from. The channel vocabulary's words are said as they are."""
    why = reason.why
    if why == "vocabulary":
        assert reason.text is not None
        return reason.text
    if why == "judged-with":
        assert reason.text is not None
        return (
            f"it is judged with {reason.label}, which {reason.text.removeprefix('it ')}: name "
            "each source apart to plan the rest"
        )
    if why == "commission":
        return (
            f"{reason.text}: their pay follows their sales, and a bigger budget buys no more "
            "of them"
        )
    if why == "salaried-rep":
        if reason.most:  # a salary and a commission, most of it salary (BG4 of round 61b)
            return (
                "most of its spend is a salaried rep's base pay, the rest commission: one rep "
                "is a hire, a step cost, not a budget that more money would stretch"
            )
        return _SALARIED_REP
    if why == "marketplace":
        return (
            "a marketplace keeps a commission on each sale, and most of its customers find the "
            "listing on their own: its customers are not what its ad budget buys"
        )
    if why == "salaried-seller":  # BH10 of the sixty-second round, 2026-12-07
        whole = "most of its spend is" if reason.most else "its spend is"
        return (
            f"{whole} a seller's salary, with a commission on what they sell: one seller is a "
            "hire, a step cost, not a budget that more money would stretch; the test is a "
            "second hire, for a period, watching what a customer costs there"
        )
    if why == "per-result-fees":
        whole = "most of its spend is" if reason.most else "its spend is"
        return (
            f"{whole} fees or commissions paid per referral, sale, closing or appointment: "
            "more budget does not bring more customers (recruit more, or change the rate, "
            "instead)"
        )
    return (  # "fixed-fee"
        "its spend is a fixed fee or dues (a programme's participation fee, a membership, a "
        "flat listing): it buys a place, not a budget that more money would stretch"
    )


def restricted_words(rule: str, lines: int = 1, rules: str = YOUR_PROFESSIONS_RULES) -> str:
    """What ``rule``, a rule of law that restricts a channel's spend, says of ``lines`` of its
    lines, as `plan` gives it: "pays, in whole or in part, for referrals ..." of one, "pay, ..."
    of several; BA114's under ``rules`` (the business's own profession's, whose rules bind
    those who refer, or :data:`RESPA`)."""
    said = _RESTRICTED[rule].format(restrict=_restrict(rules))
    if lines > 1:  # "'A' and 'B' pay", not "pays"
        verb = said.split(" ", 1)[0].rstrip(",")
        said = _PLURAL[verb] + said[len(verb) :]
    return said


def asked_referrals(rules: str) -> str:
    """What a line BA114 only asks about pays for (a US pet crematory's bare handling fee to
    the clinics, Facts.asked_fees; a law firm's nominal thank-you gifts, Facts.nominal_gifts):
    referrals, which BA114 asks about, under ``rules`` (the fifty-sixth round, part e,
    2026-12-07: `plan` had said the clinics' rules restrict a fee BA114 asks about); of
    :data:`RESPA`, whether it reaches it."""
    allow = f"{RESPA} reaches" if rules == RESPA else f"{rules} allow"
    return f"referrals, which BA114 asks about: whether {allow} it is to be answered first"


def named(names: Sequence[str]) -> str:
    """Lines' names as a sentence lists them: 'A', 'A' and 'B', 'A', 'B' and 'C'."""
    return and_list([repr(name) for name in names])


def _names(names: Sequence[str]) -> str:
    """Lines' or sources' names, quoted, with commas: 'A', 'B', 'C'."""
    return ", ".join(repr(name) for name in names)


def left_alone_text(reason: LeftAlone | None) -> str | None:
    """:func:`left_alone_words`, and None for no reason (a channel `plan` may move)."""
    return None if reason is None else left_alone_words(reason)


def left_alone_words(reason: LeftAlone, rules: str = YOUR_PROFESSIONS_RULES) -> str:
    """Why `plan` leaves a channel alone, in words, as the plan and the findings give it
    (``rules``: whose rules restrict paying for referrals, for a channel BA114 restricts)."""
    why, lines = reason.why, reason.lines
    if why == "restricted":
        assert reason.rule is not None
        paying = f"its spend on {named(lines)}" if lines else "its spend"
        return f"{paying} {restricted_words(reason.rule, len(lines) or 1, rules)}"
    if why == "asked":
        # (BI2 of the sixty-second round's second re-review, 2026-12-08)
        assert reason.rule is not None
        return (
            f"its spend on {named(lines)} pays a creator to post, which {reason.rule} asks "
            "about, as the law may forbid a paid endorsement: no money moves into it until a "
            "lawyer has checked the posts"
        )
    if why == "unnoticed":
        return (
            f"its sales are made at customers' homes, and {lines[0]!r} says contracts "
            "are signed without the notice of the buyer's right to cancel within three "
            "business days (BA120): no money moves into it until every sale there comes with "
            "the notice"
        )
    if why == "one-off":
        return "a one-off: it cannot be scaled or repeated at will"
    if why == "paid-by-supplier":
        return (
            f"a supplier pays for {lines[0]!r}, by its own words: it is not your own spend to "
            "grow (and where you sell alcohol, a distributor or wholesaler paying for a "
            "retailer's advertising is what the tied-house laws forbid, 27 U.S.C. §205(b)(4))"
        )
    if why == "named-elsewhere":
        return (
            f"customers who said only {lines[0]!r} were counted in {reason.other}, and some may "
            "have come through its ads: what a customer costs here is not known until the "
            "sources name them apart"
        )
    if why == "referral":
        return (
            "a referral channel: referrals also come on their own, so one period cannot tell "
            "what its spend adds, and some professions restrict paying for them"
        )
    if why == "paid-without-spend":
        return "no spend is joined to it, though it is paid for (BA207): nothing to weigh"
    if why == "no-line":
        return "no line is joined to it: what its customers cost is unknown, not nothing"
    if why == "unread-source":
        return (
            "a source nothing read, with no line joined to it: what its customers cost is "
            "unknown, not nothing (BA113 asks what it is)"
        )
    if why == "unknown-source":
        return (
            "a source that does not say how they found you, with no line joined to it: what "
            "its customers cost is unknown, not nothing"
        )
    if why == "kept-by":
        return (
            f"its lines are counted as keeping customers ({', '.join(lines)}), so what its new "
            "customers cost is not known: say so with 'purpose: acquire', or split them"
        )
    if why == "worked-by":
        said = (
            f"no one's pay is joined to it, though {', '.join(lines)} "
            f"{'pays' if len(lines) == 1 else 'pay'} people to sell: what its customers cost "
            "is not known until a line says which channel they work ('channel:')"
        )
        if any(pays_a_closer_too(line) for line in lines):
            # a line for the BDR and the AE together (AZ6 of the fifty-eighth round)
            said += (
                ", the pay of those who prospect split off from an account executive's, who "
                "closes the deals of every channel"
            )
        return said
    if why == "tools-only":
        return (
            f"its only spend is tooling ({_names(lines)}): a tool runs the channel but does not "
            "bring people to it, so what its customers cost is not known, and more of it buys "
            "none; join the spend that fills it (its ads, its people's pay) with 'channel:' "
            "before moving money"
        )
    if why == "preneed":
        return (
            f"its customers bought pre-need contracts ({_names(lines)}): calls of later years, "
            "whose money waits in a trust or an insurance policy until the death, priced apart "
            "from this year's customers; what a contract is worth is not what an at-need call "
            "brings this year, which the plan weighs channels by"
        )
    if why == "no-spend":
        return "no spend to move: its customers cost nothing today"
    if why == "per-result":
        assert reason.per_result is not None
        return per_result_words(reason.per_result)
    if why == "law":
        assert reason.text is not None
        return reason.text
    if why == "two-kinds":
        return f"its spend ({_names(lines)}) names two kinds at once: split it before moving money"
    if why == "moves-money":
        return (
            f"its spend ({_names(lines)}) moves money or is revenue given up rather than spent "
            "(BA116): correct it before moving money"
        )
    if why == "no-customers":
        return "no customers attributed to it, so what a customer costs there is unknown"
    if why == "unattributed":
        return (
            f"{reason.text}. Take the count from there, or join the sources with 'channel', "
            "before moving money"
        )
    if why == "by-platform":
        return (
            f"its customers include those who named only the platform ({_names(lines)}), read "
            "as organic: how many its ads brought is unknown. Take the count from the ad "
            "platform's reporting, or state the source's kind, before moving money"
        )
    if why == "organic-together":
        return (
            f"its customers include answers read as organic ({_names(lines)}) that could mean "
            "any of its channels: how many the ads brought is unknown. Take the count from the "
            "ad platforms' reporting, or state the sources' kinds, before moving money"
        )
    if why == "organic-by-words":
        return (
            f"its customers include answers read as organic ({_names(lines)}), joined to its "
            "spend only by the words they share: how many the spend brought is unknown. Take "
            "the count from the platform's reporting, or state the source's kind, before "
            "moving money"
        )
    count = reason.customers  # "too-few"
    return f"only {count} new customer{'s' * (count != 1)}: too few to tell what one costs"


def before_commissions(before: BeforeCommissions, ltv: str, worth: str) -> str:
    """ "more than $53.33, what a customer is worth at the stated 52% margin, which is after
    Amazon's commissions, but at the 59% the listed costs give before them, which customers
    who do not buy through Amazon do not pay, one is worth $60.48: about break-even at the next
    customer, not a clear loss": BA205's words of a channel whose next customer costs that, and
    `plan`'s (CK2 of a quick check of the fifty-eighth round's late changes, 2026-12-07)."""
    payees = list(before.payees)
    whose = and_list([name + "'s" for name in payees])
    through = payees[0] if len(payees) < 2 else f"{', '.join(payees[:-1])} or {payees[-1]}"
    return (
        f"more than {ltv}, what a customer is worth at the stated "
        f"{format_percent(before.stated)} margin, which is after {whose} commissions, but at the "
        f"{format_percent(before.before)} the listed costs give before them, which customers "
        f"who do not buy through {through} do not pay, one is worth {worth}: about break-even "
        "at the next customer, not a clear loss"
    )
