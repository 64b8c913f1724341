"""Business or hobby, in words: the headline and the reasons it rests on."""

from __future__ import annotations

from decimal import Decimal

from bizaudit.core.channels import shown_name
from bizaudit.core.metrics import UNREAD_MATERIAL
from bizaudit.core.plan import DEFAULT_MIN_CUSTOMERS, share_range
from bizaudit.core.predictability import HeldBack, Label, Token, Verdict
from bizaudit.explain.numbers import (
    and_list,
    format_count,
    format_limit,
    format_money,
    format_percent,
    format_percent_beside,
    plural,
)
from bizaudit.explain.summary import TRADE_REPORTS

__all__ = [
    "HEADLINES",
    "NOT_OWN",
    "NOT_OWN_SHORT",
    "held_back_words",
    "preneed_bases",
    "reasons",
    "too_small",
]

#: The referrals held to the maximum where some came through a channel a line a rule of law
#: warns about pays: in one set of words in the key figures, the verdict and BA102 (AX2 of the
#: fifty-sixth round's review, 2026-12-07)
NOT_OWN = "did not come through a channel of your own"
#: ...and its short form in the key figures, the same share, beside the verdict and BA102 that
#: spell it out: "87.3% did not come through a channel of your own, over it" ran to four lines
#: of the terminal's key figures at 80 columns, "87.3% not your own, over it" takes two (the
#: fifty-seventh round, 2026-12-07); as long as "on their own", its other form
NOT_OWN_SHORT = "not your own"

HEADLINES: dict[Label, str] = {
    "business": "A business: it has a funded, repeatable way to win customers.",
    "at risk": "At risk: part of winning customers is planned, part is left to chance.",
    # "by chance" alone miscalled the referrals of a specialist whose patients six dentists
    # send: they come by others' goodwill, not by chance, and not by a plan of the business's
    # own (A10 of the forty-seventh review round, 2026-12-06)
    "hobby": "Closer to a hobby: new customers come by referral or by chance, not by a plan "
    "of your own.",
    "at capacity": "At capacity: it serves as many customers as it can, so winning more waits "
    "on room, not on a plan.",
}


def reasons(verdict: Verdict) -> list[str]:
    said: list[str] = []
    if verdict.channels:
        count = plural(len(verdict.channels), "funded, recurring acquisition channel")
        said.append(f"{count}: {', '.join(map(shown_name, verdict.channels))}")
        if verdict.token is not None:  # F19 of the thirty-eighth round
            said[-1] += f"; {too_small(verdict.token)}"
        elif verdict.idle:  # funded, but no source joined to them yet (K11)
            idle = len(verdict.idle)
            said[-1] += (
                f"; {'one' if idle == 1 else idle} of them with no customers attributed yet (BA206)"
            )
    elif verdict.held is not None:  # AT5 of the fifty-third round's re-review
        said.append(
            "no funded, recurring acquisition channel you may keep running as it is: "
            f"{held_back_words(verdict.held)}"
        )
    else:
        said.append("no funded, recurring acquisition channel")
    if verdict.asked is not None:  # BI2 of the sixty-second round's second re-review
        said[0] += f"; not counted: {held_back_words(verdict.asked)}"
    if verdict.by_rate:  # AM3 of the fifty-first round's re-review, 2026-12-06
        lines = ", ".join(map(shown_name, verdict.by_rate))
        one = len(verdict.by_rate_channels) == 1
        said.append(
            f"not counted as one: {lines}, the price of "
            f"{' and '.join(verdict.by_rate_channels)}, which assign{'s' if one else ''} work "
            "at the rates set by contract: most new customers come through "
            f"{'it' if one else 'them'}, and no budget buys more"
        )
    referral = verdict.referral_share
    if referral is None:
        said.append("no customer sources, so referral dependence is unknown")
        return said
    maximum = format_limit(verdict.maximum)
    share = format_percent_beside(referral, verdict.maximum)
    hoped = verdict.hoped_share
    if referral <= verdict.maximum or not verdict.cultivated or hoped is None:
        where = "within" if referral <= verdict.maximum else "over"
        # the trade's own share is what its customers report, not a ceiling (BI8 of the
        # sixty-second round's re-review, 2026-12-07)
        if verdict.maximum_source:
            where = "under" if referral <= verdict.maximum else "over"
        bound = TRADE_REPORTS if verdict.maximum_source else "maximum"
        said.append(f"{share} of new customers came from referrals ({where} the {maximum} {bound})")
    elif verdict.warned:
        # some came through the funded referral lines, but from referrers a line a rule of law
        # warns about pays as well: in BA102's words and with its share, which the key figure
        # gives too (AX2 of the fifty-sixth round's review, 2026-12-07: "the 45.9% that came
        # on their own is within the 50% maximum" beside BA102's and the key figure's 87.3%)
        rules = and_list(list(verdict.warned_rules))
        one = len(verdict.warned_rules) == 1
        where = "within" if verdict.referrals_within else "over"
        said.append(
            f"{share} of new customers came from referrals; {format_count(verdict.warned)} of "
            "them came through the referral lines funded "
            f"({', '.join(map(shown_name, verdict.brought or tuple(verdict.cultivated)))}), but "
            f"from referrers that lines {rules} warn{'s' if one else ''} about pay as well: not "
            f"counted as a channel of your own; the {format_percent_beside(hoped, verdict.maximum)}"
            f" that {NOT_OWN} is {where} the {maximum} maximum"
        )
    elif hoped >= referral:  # funded referral lines, but none of the referrals came through them
        came = (
            f"they came on their own or through what {' and '.join(verdict.paid_by)} warns about"
            if verdict.paid_by
            else "all came on their own"
        )
        said.append(
            f"{share} of new customers came from referrals, none through the funded referral "
            f"lines ({', '.join(map(shown_name, verdict.cultivated))}): {came}, over the "
            f"{maximum} maximum"
        )
    elif not hoped:  # every one came through them (H13 of the round's re-review)
        said.append(
            f"{share} of new customers came from referrals, all through the funded referral "
            f"lines ({', '.join(map(shown_name, verdict.brought))}): none came on their own"
        )
    else:  # over the maximum, some through funded referral lines: say how many came on their own
        where = "within" if verdict.referrals_within else "still over"
        # ...or, where some of them came from referrers a line a rule of law warns about pays,
        # that they did not come through a channel of the business's own, as the key figure
        # says (AY2 of the fifty-seventh round's review, 2026-12-07)
        came = "came on their own"
        if verdict.paid_alone:
            rules = and_list(list(verdict.paid_alone_rules))
            one = len(verdict.paid_alone_rules) == 1
            came = (
                f"{NOT_OWN}, {format_count(verdict.paid_alone)} of them from referrers that lines "
                f"{rules} warn{'s' if one else ''} about pay,"
            )
        said.append(
            f"{share} of new customers came from referrals, some through funded referral lines "
            f"({', '.join(map(shown_name, verdict.brought))}); the "
            f"{format_percent_beside(hoped, verdict.maximum)} that {came} is {where} "
            f"the {maximum} maximum"
        )
    said[-1] += share_caveat(verdict.referrals, verdict.sourced)
    if verdict.maximum_source:  # the trade's own share, not the project's rule (BH14)
        said[-1] += f"; the {maximum} is your trade's own: {verdict.maximum_source}"
        # (what its borrowers report, not a maximum it lives at: BI8 of the round's re-review)
    if verdict.full is not None and not verdict.referrals_within:
        said[-1] += (
            f"; at {format_percent(verdict.full)} of capacity used more customers could not be "
            "served, so referrals that fill the places coming free leave nothing to chance"
        )
    if verdict.preneed:  # the two bases, in BA108's words (part d of the sixty-second round)
        said[-1] += "; " + preneed_bases(
            verdict.sourced,
            verdict.preneed,
            verdict.referrals,
            verdict.preneed_most,
            f"among the {format_count(verdict.sourced)} with a source",
        )
    said.append(
        f"{format_percent(verdict.non_referral_share)} came from sources other than referrals"
    )
    return said


def preneed_bases(
    listed: int, preneed: int, referral: int, most: Decimal | None, among: str = "among them"
) -> str:
    """The two bases of a funeral home that sells pre-need plans, in one set of words for
    BA108 and the verdict: what a customer costs leaves the contracts out, priced apart; the
    referral share counts every new customer the sources name, pre-need buyers too, as BA102
    and the key figure do, and the other basis is said where the two fall either side of the
    maximum (``most``; core.predictability.preneed_apart). BG2 of round 61b, 2026-12-07:
    "computed from those 190" beside a CAC ÷ 150; part d of the sixty-second round: the
    verdict gave the share on 190 without the note."""
    at_need = listed - preneed
    said = (
        f"what a customer costs is computed from the {format_count(at_need)} at-need calls "
        f"{among} (the {format_count(preneed)} pre-need contracts are priced apart, as its "
        f"basis says), and the referral share from all {format_count(listed)}, as a pre-need "
        "buyer is a new customer won this year"
    )
    if most is None:
        return said
    on_all = Decimal(referral) / listed
    on_cac = Decimal(referral) / at_need
    over = "over" if on_cac > most else "within"
    return (
        f"{said}: {format_count(referral)} referrals, {format_percent(on_all)}; of the "
        f"{format_count(at_need)} at-need calls alone they would be {format_percent(on_cac)}, "
        f"{over} the {format_percent(most)} maximum"
    )


def held_back_words(held: HeldBack) -> str:
    """The funded acquisition no channel counts, and why: "$96,000 is spent on 'Facebook ads
    ...', which BA120 warns about" (AT5 of the fifty-third round's re-review, 2026-12-07), for
    BA103, the verdict and the score alike."""
    rules = and_list(list(held.rules))
    one = len(held.rules) == 1
    names = and_list([repr(name) for name in held.names])
    spent = f"{format_money(held.spend, held.currency)} is spent on {names}"
    if held.asked:  # only asked about, as information (BI2 of round 62's second re-review)
        counts = "it counts" if len(held.names) == 1 else "they count"
        return (
            f"{spent}, which {rules} {'asks' if one else 'ask'} about: {counts} once a lawyer has "
            "checked it"
        )
    return f"{spent}, which {rules} {'warns' if one else 'warn'} about"


def too_small(token: Token) -> str:
    """Why funded channels do not count as a plan yet: "no customers attributed to it yet
    (BA206), and its $300 is under 5% of the $32,000 marketing minimum: too little yet to
    count as a plan"."""
    spend, minimum = (format_money(m, token.currency) for m in (token.spend, token.minimum))
    return (
        f"no customers attributed to {'them' if token.several else 'it'} yet (BA206), and "
        f"{'their' if token.several else 'its'} {spend} is under "
        f"{format_percent(UNREAD_MATERIAL)} of the {minimum} marketing minimum: too little yet to "
        "count as a plan"
    )


def share_caveat(part: int, whole: int) -> str:
    """ "; on 11 customers it is not yet known: 7 of 11 could as well be 35.4% to 84.8%", for
    a share of fewer customers than `plan` acts on (a CFO's review, 2026-12-02: an IT firm's
    "at risk, closer to a hobby" rested on 7 of 11 clients); Wilson's 95% range."""
    if not 0 < whole < DEFAULT_MIN_CUSTOMERS:
        return ""
    low, high = (format_percent(Decimal(str(end))) for end in share_range(part, whole))
    return (
        f"; on {whole} customers it is not yet known: {part} of {whole} could as well be "
        f"{low} to {high}"
    )
