"""The score in words: what each component was earned from, and what a score means."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from bizaudit.core.own_marketing import OwnPart
from bizaudit.core.predictability import HeldBack
from bizaudit.core.score import (
    CHANNELS_FOR_FULL_MARKS,
    NOT_KNOWN_AT_MOST,
    CapReason,
    Component,
    NoRatio,
)
from bizaudit.explain.economics import format_ratio
from bizaudit.explain.numbers import (
    and_list,
    format_count,
    format_limit,
    format_number,
    format_percent,
    format_percent_beside,
    plural,
)
from bizaudit.explain.predictability import held_back_words, too_small
from bizaudit.explain.summary import TRADE_REPORTS, rules_on_referrals
from bizaudit.model.report import ComponentScore
from bizaudit.model.vocab import Severity

__all__ = [
    "AT_A_LOSS",
    "AT_MOST",
    "BUY_ONCE",
    "CAPS",
    "CRITICAL_ASKED",
    "FAIR_ASKED",
    "LOSS_AS_LISTED",
    "LOSS_UNPAID_OWNER",
    "OVER_RANGE",
    "OVER_RANGE_PAYING",
    "OVER_RANGE_SLOW",
    "REFERRED",
    "RENTED",
    "SENT",
    "UNDER_MINIMUM",
    "VERDICTS",
    "WALKED_IN",
    "WALKED_IN_NOT_KEPT",
    "WEAK_ASKED",
    "WEAK_UNLAWFUL",
    "basis",
    "cap",
    "squared_words",
    "total_words",
    "verdict",
]

VERDICTS: tuple[tuple[int, str], ...] = (
    (80, "Strong: you invest in getting and keeping customers on purpose."),
    (60, "Fair: a real marketing effort, with gaps to close."),
    (40, "Weak: too little goes into getting and keeping customers."),
    # (by referral too: A10 of the forty-seventh review round, 2026-12-06)
    (0, "Critical: marketing is an afterthought; new customers arrive by referral or by chance."),
)
#: ...and where none of the new customers came by referral: "by referral" said what the sources
#: do not (K9 of the fiftieth review round, 2026-12-06: a carrier whose 25 customers came from
#: load boards, brokers and shippers' calls, none by referral)
CRITICAL_NO_REFERRALS = "Critical: marketing is an afterthought; new customers arrive by chance."


#: The same bands where marketing is above the industry's range (BA110): the usual words,
#: "too little goes into", "gaps to close", would say the opposite of the finding (Y8 and X11
#: of the seventeenth round: a skincare brand spending 3.3 times the top of its range at a
#: loss read "Fair: a real marketing effort, with gaps to close"). Where customers barely pay
#: back (BA110 warns) ...
OVER_RANGE: tuple[tuple[int, str], ...] = (
    (80, VERDICTS[0][1]),
    (60, "Fair: plenty goes into winning customers; make it pay back before adding more."),
    (40, "Weak: marketing spending is high, and it does not pay back."),
    (0, "Critical: heavy marketing spending that does not pay back."),
)
#: ... and where they are worth 3× their cost or more, but take longer than the norm to pay it
#: back: "does not pay back" beside 7.3× (Q7 of the forty-fourth round, 2026-12-06)...
OVER_RANGE_SLOW: tuple[tuple[int, str], ...] = (
    (80, VERDICTS[0][1]),
    (60, "Fair: plenty goes into winning customers, who pay it back slowly; speed that up first."),
    (40, "Weak: marketing spending is high, and customers take long to pay it back."),
    (0, "Critical: heavy marketing spending that takes long to pay back."),
)
#: ... and where they pay back (BA110 is information): what holds the score down is elsewhere.
OVER_RANGE_PAYING: tuple[tuple[int, str], ...] = (
    (80, VERDICTS[0][1]),
    (60, "Fair: marketing is well funded and pays back; the gaps are elsewhere."),
    (40, "Weak: marketing is well funded, but other parts of the score fall short."),
    (0, "Critical: marketing is well funded, but little else holds up."),
)


#: The "Fair" band where marketing is under the minimum (BA101 warns or fails the run): "a real
#: marketing effort" contradicted the report's one error (AB14 of the eighteenth round: a
#: restaurant at 1.69% against a 3% minimum read "Fair: a real marketing effort", FAILED).
UNDER_MINIMUM: tuple[tuple[int, str], ...] = (
    # "Strong" beside BA101's warning said nothing of it: a UK physio clinic at 4.62% against a
    # 5% minimum read "Strong: you invest in getting and keeping customers on purpose." with the
    # warning 130 lines down (BE3 of the sixtieth round's re-review, 2026-12-07)
    (
        80,
        "Strong: you invest in getting and keeping customers on purpose, though marketing is "
        "under the minimum (BA101).",
    ),
    (60, "Fair overall, but too little goes into marketing."),
    (40, VERDICTS[2][1]),
    (0, VERDICTS[3][1]),
)


#: ...and where the minimum is the trade's average, not a floor (BA101 warns that marketing is
#: under what the trade spends: consulting's, hospitality's): "too little" said what the
#: finding does not (N5 of the forty-third round's re-review, 2026-12-06)
UNDER_AVERAGE: tuple[tuple[int, str], ...] = (
    (
        80,
        "Strong: you invest in getting and keeping customers on purpose, though less goes into "
        "marketing than the trade typically spends (BA101).",
    ),
    (60, "Fair overall, but less goes into marketing than the trade typically spends."),
    (40, "Weak: less goes into getting and keeping customers than the trade spends."),
    # not "new customers arrive by referral or by chance": a 3-truck carrier declaring only
    # its sector, held to The CMO Survey's average of mostly large companies, read it with 0%
    # of its customers from referrals and its load boards paid for (K9 of the fiftieth review
    # round, 2026-12-06); the minimum is an average, not a floor, and the band says so
    (
        0,
        "Critical: less goes into getting and keeping customers than the trade spends, and "
        "little else holds up.",
    ),
)

#: ...and where that average is not a trade's but a sector's (a profile that declares only its
#: sector, held to The CMO Survey's figure of mostly large companies): "than the trade spends"
#: named a trade figure no source gives (B9 of the fiftieth round's re-review, 2026-12-06: a
#: 3-truck carrier declaring `b2b-services`)
UNDER_SECTOR_AVERAGE: tuple[tuple[int, str], ...] = (
    (
        80,
        "Strong: you invest in getting and keeping customers on purpose, though less goes into "
        "marketing than its sector's average (BA101).",
    ),
    (60, "Fair overall, but less goes into marketing than its sector's average."),
    (40, "Weak: less goes into getting and keeping customers than its sector's average."),
    (
        0,
        "Critical: less goes into getting and keeping customers than its sector's average, and "
        "little else holds up.",
    ),
)

#: ...and where the range is only a reference in the profile's country, its law closing most of
#: the channels its sources' figure assumes (core.shares.reference_here): BA101 asks for no
#: budget and the score leaves the marketing part unscored, so no band says too little goes
#: into marketing (BI3 of the sixty-second round's re-reviews, 2026-12-08: an Ontario cannabis
#: store that stopped every line BA120 warns about read "Fair overall, but too little goes into
#: marketing" beside BA101's "no budget is asked to reach the range"); a band under "Fair"
#: comes from the other parts and the caps
UNDER_REFERENCE: tuple[tuple[int, str], ...] = (
    (
        80,
        "Strong: you invest in getting and keeping customers on purpose; marketing is under "
        "the trade's range, only a reference here (BA101).",
    ),
    (
        60,
        "Fair overall; marketing is under the trade's range, which is only a reference here, "
        "not a floor (BA101).",
    ),
    (
        40,
        "Weak: other parts of the score fall short; marketing is under the trade's range, "
        "only a reference here (BA101).",
    ),
    (
        0,
        "Critical: little of the score holds up; marketing is under the trade's range, only a "
        "reference here (BA101).",
    ),
)

#: The bands' words where no customer comes back (the score's retention part is not scored: a
#: wholesaler's sellers, who sell once): what is invested in is winning customers, not
#: "getting and keeping" them (a leftover of the fifty-fourth round, 2026-12-07: "Strong: you
#: invest in getting and keeping customers on purpose"), band by band; every other band's
#: words stand as they are
BUY_ONCE: dict[str, str] = {
    VERDICTS[0][1]: "Strong: you invest in winning customers on purpose.",
    UNDER_MINIMUM[0][1]: (
        "Strong: you invest in winning customers on purpose, though marketing is under the "
        "minimum (BA101)."
    ),
    UNDER_AVERAGE[0][1]: (
        "Strong: you invest in winning customers on purpose, though less goes into marketing "
        "than the trade typically spends (BA101)."
    ),
    UNDER_SECTOR_AVERAGE[0][1]: (
        "Strong: you invest in winning customers on purpose, though less goes into marketing "
        "than its sector's average (BA101)."
    ),
    UNDER_REFERENCE[0][1]: (
        "Strong: you invest in winning customers on purpose; marketing is under the trade's "
        "range, only a reference here (BA101)."
    ),
    VERDICTS[2][1]: "Weak: too little goes into winning customers.",
    UNDER_AVERAGE[2][1]: "Weak: less goes into winning customers than the trade spends.",
    UNDER_AVERAGE[3][1]: (
        "Critical: less goes into winning customers than the trade spends, and little else "
        "holds up."
    ),
    UNDER_SECTOR_AVERAGE[2][1]: "Weak: less goes into winning customers than its sector's average.",
    UNDER_SECTOR_AVERAGE[3][1]: (
        "Critical: less goes into winning customers than its sector's average, and little else "
        "holds up."
    ),
}


#: The bands where most new customers come through marketplaces that keep them and a commission
#: (BA123 warns): "too little goes into getting and keeping customers" asked for a budget that
#: BA101 says is not the gap, beside a channel table that prices the marketplace (X14 of the
#: forty-sixth review round, 2026-12-06: a cruise specialist with 80 of 90 new clients from its
#: host agency's lead program)
RENTED: tuple[tuple[int, str], ...] = (
    (80, VERDICTS[0][1]),
    (
        60,
        "Fair overall, but most new customers come through marketplaces you rent; "
        "build channels you own.",
    ),
    (40, "Weak: new customers come through marketplaces you rent, not channels you own."),
    (0, "Critical: new customers come through marketplaces you rent, and little else holds up."),
)


#: ...and where most come through one source someone else runs (BA128 warns: an insurer's
#: direct repair programme, a franchisor's call centre): "too little goes into getting and
#: keeping customers" beside BA101's "more budget is not the gap" (C6 of the forty-eighth
#: review round, 2026-12-06: a collision shop whose one insurer's programme sent 500 of 620)
SENT: tuple[tuple[int, str], ...] = (
    (80, VERDICTS[0][1]),
    (
        60,
        "Fair overall, but most new customers come through one source someone else runs; "
        "build channels you own.",
    ),
    (
        40,
        "Weak: most new customers come through one source someone else runs, not channels you own.",
    ),
    (
        0,
        "Critical: most new customers come through one source someone else runs, and little "
        "else holds up.",
    ),
)


#: ...and where BA101 warns, not errs, because most new customers come through channels that
#: assign work at the rates a contract sets (a motor club, a police rotation list, a Medicaid
#: broker, an insurer's programme: core.channels.rate_priced): "too little goes into
#: marketing" beside the warning that the range was published for businesses that win their
#: customers by marketing read as a contradiction (a tow company with 1,900 of its 3,100 calls
#: from motor clubs and the police rotation list: the fifty-first round's re-review, 2026-12-06)
RATED: tuple[tuple[int, str], ...] = (
    (80, VERDICTS[0][1]),
    (
        60,
        # the range is a share of all revenue, the rest a minority of the customers: no
        # like-for-like comparison, so none is made; what they cost is the CAC's (AN3 of the
        # fifty-first round's second re-review, 2026-12-07)
        "Fair overall: most new customers come at the rates contracts set; what the rest cost "
        "is in the CAC.",
    ),
    (
        40,
        "Weak: most new customers come at the rates contracts set, and little goes into "
        "winning the rest.",
    ),
    (
        0,
        "Critical: most new customers come at the rates contracts set, and little else holds up.",
    ),
)


#: The bands where a customer costs more than they are worth, or too much for it (BA204, or
#: BA201 or BA203 warning or failing): "too little goes into getting customers" and "a real
#: marketing effort" pointed the owner to spend more beside "each one loses $328.15" (F13 of
#: the thirty-third round, 2026-12-05)
COSTS_TOO_MUCH: tuple[tuple[int, str], ...] = (
    # strong investment, weak economics: said, not "Strong" alone (Q3 of the thirty-fourth
    # round's re-review: a mover whose marketplaces keep most of what a customer costs, 2.8×)
    (
        80,
        "Strong: you invest on purpose, but customers cost too much for what they bring back; "
        "fix that before adding more.",
    ),
    (60, "Fair overall, but customers cost too much for what they bring back; fix that first."),
    (40, "Weak: customers cost too much for what they bring back; fix that before spending more."),
    (
        0,
        "Critical: customers cost too much for what they bring back, and little else holds up.",
    ),
)
#: ... the lowest band's words where a customer costs more than they are worth (BA204): over
#: 1×, they pay back, only not enough (T18 of the forty-fifth round, 2026-12-06: a freight
#: broker at 2.2× read "customers cost more than they bring back")
COSTS_MORE = "Critical: customers cost more than they bring back, and little else holds up."
#: The bands where only the payback is slow (BA203), a ratio of 3× or more: "customers cost
#: too much for what they bring back" said what the ratio does not (S12 of the thirty-fourth
#: round's second re-review, 2026-12-05: a payback beyond the norm at 3.3×)
SLOW_PAYBACK: tuple[tuple[int, str], ...] = (
    (
        80,
        "Strong: you invest on purpose, but customers take long to pay back what they cost; "
        "watch that before adding more.",
    ),
    (60, "Fair overall, but customers take too long to pay back what they cost; fix that first."),
    (
        40,
        "Weak: customers take too long to pay back what they cost; fix that before spending more.",
    ),
    (0, "Critical: customers take too long to pay back, and little else holds up."),
)
#: The bands where the business is full (at least 90% of its capacity used): its marketing is
#: not judged (BA101 and BA103 are information), so "a real marketing effort, with gaps to
#: close" said what the report does not (a music school 95% full with no channel: F13)
AT_CAPACITY: tuple[tuple[int, str], ...] = (
    # not "you invest in getting and keeping customers": a full business is spared the gaps of
    # the parts whose findings are information there (BA104's nothing spent on keeping them),
    # so the band does not say them, nor put one forward as its weakness (S6 of the forty-fourth
    # round's second re-review, 2026-12-06: a centre 94% full read "Strong: ... nothing yet goes
    # into keeping them (BA104)" where BA104 called it less pressing)
    (80, "Strong, and the business is full: marketing matters less until it has room."),
    (60, "Fair: the business is full, so marketing matters less until it has room."),
    (40, "Weak, though the business is full: marketing matters less until it has room."),
    (0, "Critical, though the business is full: little holds up beyond being busy."),
)


#: Said after the band's words where the business runs at an operating loss (BA111 warns):
#: the bands speak of marketing, and a 25% loss had read "Fair: a real marketing effort" with
#: no word of it (F6 of the thirty-second round, 2026-12-05)
AT_A_LOSS = " The business runs at an operating loss (BA111)."
#: ... and where only lines that may be costs in part make the loss (an owner's draw that may
#: be the owner's only pay): not known until they are split (R13 of its re-review)
LOSS_AS_LISTED = (
    " Its costs as listed exceed revenue, but only with lines that may not be costs in full "
    "(BA111)."
)
#: ... unless that line is the owner's only pay and, without it, what the business made is
#: under the minimum wage for the owner's hours (BA116): no split of it leaves a profit (F20
#: of the thirty-seventh review round, 2026-12-05: a studio that made $200 before paying its
#: owner for 48 hours a week had read as a loss perhaps of the books)
LOSS_UNPAID_OWNER = (
    " It runs at a loss once the owner is paid for the hours worked: before paying the owner "
    "it made less than the minimum wage for them (BA111, BA116)."
)


#: Said after the band's words where the operating margin is thin (BA115 warns, and caps the
#: score at 79): the bands speak of marketing, and a childcare centre at 1.9% read "Fair: the
#: business is full, so marketing matters less until it has room." and PASSED, the margin
#: 50 lines down (BBQ1 of the fifty-ninth round's coach review, 2026-12-07)
THIN = " Its operating margin is under 5%: a slow month would turn it into a loss (BA115)."


#: ... and where the operating profit does not cover the interest (and tax on income) listed
#: after it: a guesthouse's €14,800 beside €31,000 of mortgage interest read "Fair" with no
#: word of the €16,200 it lost (F11 of the thirty-third round, 2026-12-05)
LOSS_AFTER_INTEREST = " The business makes a loss after the interest it lists."
#: ... or the tax on income it lists: a cannabis business's federal tax on its gross profit
#: (IRC §280E) can exceed its operating profit (H3 of the fortieth round, 2026-12-06: a
#: dispensary $91,000 under water after it scored 100, "Strong")
LOSS_AFTER_TAX = " The business makes a loss after the tax on income it lists."
LOSS_AFTER_BOTH = " The business makes a loss after the interest and the tax on income it lists."
#: The bands under "Fair" where the business loses more than 5% of its revenue (the score
#: stops at 59 for it): what holds it down is the loss, not too little marketing (K8 of the
#: forty-second round, 2026-12-06: a distributor losing $900,000 read "Weak: too little goes
#: into getting and keeping customers.")
DEEP_LOSS: tuple[tuple[int, str], ...] = (
    (
        40,
        "Weak: the business loses more than 5% of its revenue (BA111); fix that before "
        "spending more to grow.",
    ),
    (0, "Critical: the business loses more than 5% of its revenue (BA111), and little else "
     "holds up."),
)  # fmt: skip
#: ... and where what it earns falls short of covering the loan payments it lists (BA126):
#: a studio and a DJ company that could not cover theirs read "Fair: a real marketing effort"
#: with no word of it (K8 of the forty-second round, 2026-12-06)
DEBT_UNCOVERED = " What it earns {covers} (BA126)."
#: The "Strong" band's words where nothing is spent on keeping customers (BA104 warns): "you
#: invest in getting and keeping customers" said what the finding denies (K14 of the
#: forty-second round, 2026-12-06: a child-care centre at 86)
#: The "Fair" band's words where a line pays for what the law may forbid (BA114, BA119, BA120,
#: BA121 warn): "a real marketing effort" was said of a bail agency paying jail trusties and
#: runners (D6 of the forty-eighth round's re-review, 2026-12-06)
FAIR_UNLAWFUL = (
    "Fair overall, but part of what wins customers is what the law or a platform's rules may "
    "forbid; stop that first."
)
#: ... and the "Weak" band's: "too little goes into getting and keeping customers" blamed the
#: budget where a solar installer's door-to-door closers, "free solar" ads and leads bought
#: without consent won most of its customers (G3 of the forty-ninth review round, 2026-12-06)
WEAK_UNLAWFUL = (
    "Weak: part of what wins customers is what the law or a platform's rules may forbid; "
    "stop that first."
)
#: ... and the "Critical" band's, and the words of every other band under it, where the law
#: may forbid part of what wins customers: the override replaced only some bands' words, so
#: "marketing is well funded and pays back; the gaps are elsewhere" stood beside three BA120
#: and a BA121 (a locksmith's $19 bait ad, unlicensed technicians, $50 per referral to property
#: managers), and "new customers arrive by referral or by chance" beside five BA114 lines
#: paying nursing-home staff per Medicaid trip (AM1 of the fifty-first round's re-review,
#: 2026-12-06). The words only: the score's ceiling (79, core.audit) and the pass are the
#: findings', unchanged.
CRITICAL_UNLAWFUL = (
    "Critical: part of what wins customers is what the law or a platform's rules may forbid; "
    "stop that first, and little else holds up."
)
#: ...said after DEEP_LOSS's words, where the loss is the band's reason (AM1, as above)
DEEP_LOSS_UNLAWFUL = (
    " Part of what wins customers is what the law or a platform's rules may forbid; stop that "
    "first."
)
#: The same bands' words where every line the law may forbid is one BA114 only asks about (its
#: finding said as a question: "may pay for referrals ... is a question for a lawyer"): "stop
#: that first" told a roofer to stop gift cards to listing agents that BA114 asks a lawyer
#: about, a finding contradicting another (the fifty-seventh round, part j3, 2026-12-07). The
#: words follow the finding's: have it checked first. A line BA114 warns about, or one BA119,
#: BA120 or BA121 names, keeps "stop that first".
FAIR_ASKED = (
    "Fair overall, but part of what wins customers may be what the law forbids; have that "
    "checked first."
)
WEAK_ASKED = (
    "Weak: part of what wins customers may be what the law forbids; have that checked first."
)
CRITICAL_ASKED = (
    "Critical: part of what wins customers may be what the law forbids; have that checked "
    "first, and little else holds up."
)
DEEP_LOSS_ASKED = (
    " Part of what wins customers may be what the law forbids; have that checked first."
)
#: The bands under "Fair" where most new customers came by referral in a trade whose rules
#: restrict paying those who refer (BA101's figures name it, core.referrers): "marketing is an
#: afterthought; new customers arrive by referral or by chance" sent a sober home fed by drug
#: courts and treatment centres to spend on a gap beside BA114's "build relationships with
#: those who refer ... without payment" (AO9 of the fifty-second review round, 2026-12-07).
#: The score measures what is invested in winning customers, and the words say the
#: investment the rules allow: time, and a second channel.
REFERRED: tuple[tuple[int, str], ...] = (
    (
        40,
        "Weak: little is invested in winning customers, who come from referrers your "
        "profession's rules restrict paying: invest time with them, not money, and build a "
        "second channel (BA101).",
    ),
    (
        0,
        "Critical: little is invested in winning customers, who come from referrers your "
        "profession's rules restrict paying: invest time with them, not money, and build a "
        "second channel (BA101).",
    ),
)
#: ... and the "Critical" band's where most walk in where the business stands
#: (core.storefront): not "new customers arrive by chance", which the channel vocabulary itself
#: denies of walk-ins (AO9, as above: a liquor store with all 4,000 new customers walking in
#: and 60% coming back). The "Weak" band's words ("too little goes into getting and keeping
#: customers") say no chance, and stay (a café's, examples/cafe.yaml).
WALKED_IN = (
    "Critical: little goes into marketing beyond the storefront; new customers walk in, and "
    "little else holds up."
)
#: ... where nothing is spent on keeping them (BA104 warns): what the report asks first
WALKED_IN_NOT_KEPT = (
    "Critical: little goes into marketing beyond the storefront; new customers walk in, and "
    "nothing is spent on bringing them back (BA104)."
)


STRONG_NOT_KEEPING = (
    "Strong: you invest in getting customers on purpose; nothing yet goes into keeping them "
    "(BA104)."
)
#: ... where nothing is spent on keeping them, as the trade needs none: its customers stay by
#: the service itself (a self-storage facility's tenants; BA104's information), so "keeping
#: ... on purpose" would claim spend the profile does not list (BH12 of the sixty-second
#: review round, 2026-12-07)
STRONG_KEPT_BY_SERVICE = "Strong: you invest in getting customers on purpose, and they stay."


#: The bands under "Fair" that say too little goes into marketing, or that customers arrive by
#: referral or by chance: where one source someone else runs sends most new customers (BA128),
#: SENT's words say what holds the business (AL10 of the fifty-first review round)
_UNDER_BANDS = frozenset(
    text
    for bands in (VERDICTS, UNDER_MINIMUM, UNDER_AVERAGE, UNDER_SECTOR_AVERAGE, RATED)
    for _, text in bands[2:]
)


def _under_strong(value: int, fair: str, weak: str, critical: str) -> str:
    """Of the words for a band under "Strong", those of the band ``value`` falls in."""
    if value >= VERDICTS[1][0]:
        return fair
    return weak if value >= VERDICTS[2][0] else critical


def verdict(
    value: int,
    *,
    over_range: Severity | None = None,
    under_minimum: bool = False,
    under_average: bool = False,
    sector_average: bool = False,
    rate_priced: bool = False,
    reference: bool = False,
    at_a_loss: bool = False,
    as_listed: bool = False,
    costs_too_much: bool = False,
    slow_payback: bool = False,
    over_range_slow: bool = False,
    at_capacity: bool = False,
    loss_after_interest: bool = False,
    loss_after_tax: bool = False,
    interest_listed: bool = False,
    owner_unpaid: bool = False,
    debt_uncovered: str | None = None,
    not_keeping: bool = False,
    kept_by_service: bool = False,
    deep_loss: bool = False,
    costs_more: bool = False,
    rented: bool = False,
    one_sender: bool = False,
    unlawful: bool = False,
    asked: bool = False,
    no_referrals: bool = False,
    referred: bool = False,
    walked_in: bool = False,
    buy_once: bool = False,
    thin: bool = False,
) -> str:
    """The words of a score's band; ``over_range`` is BA110's severity where marketing is above
    the industry's range: information where customers pay back, else a warning or an error;
    ``under_minimum`` where BA101 warns or errs that marketing is under the minimum, and
    ``under_average`` where that minimum is the trade's average, not a floor
    (``sector_average`` where it is a sector's, the profile declaring no trade), and
    ``rate_priced`` where it warns because most new customers come at the rates contracts
    set, and ``reference`` where the range is only a reference in the profile's country
    (BA101 asks for no budget, the marketing part is not scored);
    ``at_a_loss`` where BA111 warns that the business runs at an operating loss, and
    ``as_listed`` where only lines that may be costs in part make it; ``costs_too_much``
    where a customer costs more than they are worth, or too much for it (BA204, BA201, BA203),
    unless marketing is over the range and does not pay back, which its bands say already;
    ``slow_payback`` where only the payback is slow (BA203), not the ratio;
    ``over_range_slow`` where BA110 warns that customers, worth 3× or more, pay back slowly;
    ``at_capacity`` where the business is full and its marketing is not judged;
    ``loss_after_interest`` where an operating profit does not cover the interest after it;
    ``loss_after_tax`` where it covers the interest but not the tax on income listed too
    (``interest_listed`` says whether interest is among them);
    ``owner_unpaid`` where a draw that is the owner's only pay is more than the business made,
    under the minimum wage for the owner's hours (BA116); ``debt_uncovered``, how far what the
    business earns covers its loan payments, where BA126 warns ("does not cover its loan
    payments"); ``not_keeping`` where nothing is
    spent on keeping customers (BA104 warns), and ``kept_by_service`` where none is and none
    needs to be, the trade's customers staying by the service (BA104's information);
    ``deep_loss`` where the business loses more than 5% of its revenue and the score stops
    under "Fair" for it; ``costs_more`` where a customer
    costs more than they are worth (BA204), which the lowest band then says; ``rented`` where
    most new customers come through marketplaces (BA123 warns), and ``one_sender`` where most
    come through one source someone else runs (BA128 warns); ``unlawful`` where a line pays
    for what the law may forbid (BA114, BA119, BA120 or BA121 warns), and ``asked`` where the
    only such lines are ones BA114 asks about (its finding a question); ``no_referrals`` where
    the sources name new customers and none came by referral; ``referred`` where most came by
    referral in a trade whose rules restrict paying those who refer, and ``walked_in`` where
    most walked in where the business stands (AO9 of the fifty-second round); ``buy_once``
    where no customer comes back (the score's retention part is not scored), when the words
    speak of winning customers, not of "getting and keeping" them (a leftover of the fifty-fourth
    round, 2026-12-07: a wholesaler whose sellers sell once read "Strong: you invest in getting
    and keeping customers on purpose"); ``thin`` where BA115 warns that the operating margin
    is under 5%, said unless a loss is."""
    bands = (
        (SLOW_PAYBACK if slow_payback else COSTS_TOO_MUCH)
        if costs_too_much and over_range in (None, "info")
        else AT_CAPACITY
        if at_capacity and over_range is None and not under_minimum
        else (
            RATED
            if rate_priced
            else UNDER_REFERENCE
            if reference
            else (UNDER_SECTOR_AVERAGE if sector_average else UNDER_AVERAGE)
            if under_average
            else UNDER_MINIMUM
        )
        if under_minimum
        else RENTED
        if rented and over_range is None
        else SENT
        if one_sender and over_range is None
        else VERDICTS
        if over_range is None
        else OVER_RANGE_PAYING
        if over_range == "info"
        else OVER_RANGE_SLOW
        if over_range_slow
        else OVER_RANGE
    )
    if deep_loss and value < VERDICTS[1][0]:  # under "Fair": the loss is the reason
        said = next(text for floor, text in DEEP_LOSS if value >= floor)
        if unlawful:  # the law named in this band too (AM1 of round 51's re-review)
            said += DEEP_LOSS_UNLAWFUL
        elif asked:  # ...or asked about, as BA114 asks (part j3 of the 57th round)
            said += DEEP_LOSS_ASKED
        # ...and the debt it cannot service, as the banner says (L16 of the round's re-review)
        return said + DEBT_UNCOVERED.format(covers=debt_uncovered) if debt_uncovered else said
    said = next(text for floor, text in bands if value >= floor)
    if one_sender and over_range is None and value < VERDICTS[1][0] and said in _UNDER_BANDS:
        # under the minimum, and most new customers sent by one source someone else runs (a
        # Medicaid broker's trips, a police rotation list, a motor club): neither "by referral
        # or by chance" nor "too little goes into" them, which no budget buys; the risk is the
        # one source (BA128). AL10 of the fifty-first review round, 2026-12-06: an NEMT
        # company with 250 of 300 new riders from ModivCare read "Critical: marketing is an
        # afterthought; new customers arrive by referral or by chance."
        said = next(text for floor, text in SENT if value >= floor)
    elif referred and over_range is None and said in _UNDER_BANDS:
        # under "Fair" for too little investment, in a trade whose rules restrict paying those
        # who refer: the investment the rules allow, not "by referral or by chance" (AO9 of
        # the fifty-second review round, 2026-12-07)
        said = next(text for floor, text in REFERRED if value >= floor)
    elif walked_in and over_range is None and said in _UNDER_BANDS and value < VERDICTS[2][0]:
        # "Critical" for too little investment, and most new customers walk in: not "by
        # chance" (AO9, as above)
        said = WALKED_IN_NOT_KEPT if not_keeping else WALKED_IN
    if costs_more and said == COSTS_TOO_MUCH[-1][1]:
        said = COSTS_MORE
    elif no_referrals and said == VERDICTS[3][1]:
        said = CRITICAL_NO_REFERRALS
    if not_keeping and not buy_once and said == VERDICTS[0][1]:
        said = STRONG_NOT_KEEPING
    elif kept_by_service and said == VERDICTS[0][1]:
        said = STRONG_KEPT_BY_SERVICE
    if buy_once:  # nothing to keep: what is invested in is winning them
        said = BUY_ONCE.get(said, said)
    # (before "too little goes into marketing" too: a mover holding goods hostage read it, F3
    # of the forty-eighth round's third re-review; and before "customers cost too much ...; fix
    # that first": what the law may forbid comes first, D3 of the forty-ninth round's re-review,
    # 2026-12-06, where a hospice's marketer paid per admission read only the cost)
    # Every band under "Strong" names it, whatever its reason (over the range and paying
    # back, rented marketplaces, one source someone else runs, a full business, Critical):
    # AM1 of the fifty-first round's re-review, 2026-12-06. "Strong" is out of reach beside
    # these findings (core.audit caps the score at 79 for them), so its words stay.
    if unlawful and value < VERDICTS[0][0]:
        said = _under_strong(value, FAIR_UNLAWFUL, WEAK_UNLAWFUL, CRITICAL_UNLAWFUL)
    elif asked and value < VERDICTS[0][0]:  # only questions: "have that checked first"
        said = _under_strong(value, FAIR_ASKED, WEAK_ASKED, CRITICAL_ASKED)
    if not at_a_loss:
        if loss_after_tax:
            return said + (LOSS_AFTER_BOTH if interest_listed else LOSS_AFTER_TAX)
        if loss_after_interest:
            return said + LOSS_AFTER_INTEREST
        if thin:
            said += THIN
        return said + DEBT_UNCOVERED.format(covers=debt_uncovered) if debt_uncovered else said
    if as_listed:
        return said + (LOSS_UNPAID_OWNER if owner_unpaid else LOSS_AS_LISTED)
    return said + AT_A_LOSS


#: What each part needs in the profile, said where it was left out
_NEEDS: dict[str, str] = {
    "owner time": "owner_hours",
    "referral independence": "customers.sources",
    "customer economics": "customers' average_revenue, gross_margin and churn or retention",
}


#: Why a known lifetime value gives no ratio (Component.no_ratio)
_NO_RATIO: dict[NoRatio, str] = {
    "no spend": "nothing was spent on winning the new customers",
    "all referral": "every new customer came by referral, so none was paid for",
    "no customers": "there are no new customers to divide a cost by (customers.new)",
}


#: What the marketing investment part leaves out of the share, by kind (Component.left_out)
_LEFT_OUT: dict[OwnPart, str] = {
    "agreed": "the spend an agreement sets (a franchise's brand fund)",
    "restricted": "what the rules warn about",
    "given up": "revenue given up listed as marketing (BA116)",
}


#: How a part's basis says it is left unstated and counts at most half its weight (the words
#: ``total_words`` reads back to tell such a part from one not scored for another reason)
AT_MOST = "counts as at most"


def basis(component: Component, held: HeldBack | None = None, asked: HeldBack | None = None) -> str:
    """The figure a component was earned from, beside the limit that earns full marks; for a
    part the profile leaves unstated, that it counts at most half its weight (AF12). ``held``:
    with no funded channel, the funded acquisition a rule of law warns about, which the
    predictable acquisition's basis names (AT5 of the fifty-third round's re-review,
    2026-12-07: "0 funded recurring acquisition channels" beside $96,000 of ads BA120 warns
    about); ``asked``: the funded acquisition left out while a rule asks about it, named beside
    the channels counted (BI2 of the sixty-second round's second re-review, 2026-12-08: "2
    funded recurring acquisition channels" counted a cannabis store's paid creator)."""
    said = _basis(component)
    if held is not None and component.name == "predictable acquisition" and not component.value:
        said += f"; not counted: {held_back_words(held)}"
    if asked is not None and component.name == "predictable acquisition":
        said += f"; not counted: {held_back_words(asked)}"
    if component.earned is None and component.unstated:
        half = component.weight * NOT_KNOWN_AT_MOST
        places = 0 if half == half.to_integral_value() else 1
        if component.doubted:  # given, but doubted (F8 of the twenty-ninth round)
            said += (
                f"; the churn given looks monthly (BA112), so it {AT_MOST} "
                f"{format_number(half, places)} of its {component.weight} points (say what "
                "period the rate is measured over: churn_period)"
            )
        elif component.no_ratio is not None:  # the LTV is known (Q8 of the forty-fourth round)
            said = (
                f"no LTV ÷ CAC to judge: {_NO_RATIO[component.no_ratio]}; it {AT_MOST} "
                f"{format_number(half, places)} of its {component.weight} points, as a part "
                "with no figure does"
            )
        else:
            said += (
                f"; not stated, so it {AT_MOST} {format_number(half, places)} of its "
                f"{component.weight} points (give {_NEEDS[component.name]})"
            )
    return said


def _at_capacity(said: str, component: Component) -> str:
    """A part whose gap a full business is spared (its finding is information there): so
    said (R11 of the forty-fourth round's re-review)."""
    assert component.full is not None
    return f"{said}; no gap held against it at {format_percent(component.full)} of capacity used"


def _held_as(component: Component) -> str:
    """What the marketing part's limit is called: a minimum, or, where it is no floor, the
    sector's average or the trade's low end, held as a minimum all the same."""
    # from another country's sources, as BA101 names them (the sixty-second round, part i)
    origin = f", from {component.abroad} sources" if component.abroad else ""
    if component.reference:
        return "reference" + (origin or ", from another country's sources")
    if component.no_floor is None:
        return f"minimum{origin}"
    return f"{component.no_floor}{origin}, no floor, scored as a minimum"


def _basis(component: Component) -> str:
    value, limit = component.value, component.limit
    match component.name:
        case "marketing investment":
            assert limit is not None
            base = "spend (no revenue yet)" if component.base == "spend" else component.base
            what = " in marketing and sales" if component.with_sales else ""
            trade = (
                ""
                if component.named is None
                else f" (the low end for {component.named}, which the business's name says: "
                f"declare 'industry: {component.named}' if it is one)"
            )
            own = (
                ""
                if not component.left_out
                else f"; in money, without {_LEFT_OUT['given up']}, as BA101 holds it"
                if component.left_out == ("given up",)
                else "; what the business decides itself, without the spend an agreement sets "
                "(a franchise's brand fund), as BA101 reads it"
                if component.left_out == ("agreed",)
                else f"; what the business spends itself, in money, on marketing it may run: "
                f"without {and_list([_LEFT_OUT[kind] for kind in component.left_out])}, as "
                "BA101 holds it"
            )
            if component.commissions:  # Q3 of the thirty-fourth round's re-review
                own = (f"{own}, and with" if own else "; with") + (
                    " the commissions marketplaces kept on the customers they brought, of the "
                    "revenue before them" + ("" if own else ", as BA101 holds it")
                )
            held = f"{format_percent_beside(value, limit)} of {base}{what} " + (
                f"against a {format_limit(limit)} {_held_as(component)}{trade}{own}"
                if component.top is None
                else f"against {format_percent(limit)}, what the "
                f"{format_limit(component.top)} top of the industry's range leaves beside "
                f"the spend an agreement sets{own}"
            )
            if component.full is not None:  # more customers could not be served
                return f"{held}; not scored at {format_percent(component.full)} of capacity used"
            if component.commissions:  # met only through the marketplaces (S3)
                return f"{held}; not scored: it is met only through the marketplaces"
            if component.reference and component.earned is None:  # as BA101 says (62i)
                return (
                    f"{held}; not scored: {component.reference}, so the range is a reference "
                    "here, not a floor (BA101), and no minimum of the project's own is set in "
                    "its place"
                )
            if component.rated:  # AN4 of the fifty-first round's second re-review
                return (
                    f"{held}; not scored: most new customers come at the rates contracts set, "
                    "and the range is no floor for such a business (BA101)"
                )
            return held
        case "referral independence":
            assert limit is not None
            if value is None:
                return "no customer sources given"
            planned = (
                f" that no funded channel brought ({format_count(component.cultivated)} more came "
                f"through "
                "referral lines the business funds)"
                if component.cultivated
                else ""
            )
            # ...and those that came through a channel a line a rule of law warns about pays,
            # counted as no funded, independent acquisition (AU1 of the fifty-fourth round)
            warned = component.cultivated_warned
            rules = and_list(list(component.warned_rules))
            one = len(component.warned_rules) == 1
            not_funded = (
                f" ({format_count(warned)} of them came through referral lines the business "
                f"funds, but from referrers that lines {rules} {'warns' if one else 'warn'} "
                "about pay as well: not counted as a funded, independent channel)"
                if warned
                else ""
            )
            said = (
                f"{format_percent_beside(value, limit)} of new customers from referrals"
                f"{planned}{not_funded} against "
                + (
                    f"the {format_limit(limit)} {TRADE_REPORTS}"
                    if component.reported
                    else f"a {format_limit(limit)} maximum"
                )
            )
            return said if component.full is None else _at_capacity(said, component)
        case "predictable acquisition":
            channels = int(value or 0)
            # "3 ... channels of 2 for full marks" read as a slip (BBQ10 of the fifty-ninth
            # round's coach review, 2026-12-07): the need, said as one
            said = (
                f"{plural(channels, 'funded recurring acquisition channel')}; "
                f"{CHANNELS_FOR_FULL_MARKS} or more earn full marks"
            )
            if component.full is not None:  # none needed while the business is full (H2)
                return f"{said}; not scored at {format_percent(component.full)} of capacity used"
            if component.token is not None:  # F19 of the thirty-eighth round
                return f"{said}; {too_small(component.token)}"
            return said
        case "retention":
            if component.kept_by:  # P7 of the twenty-seventh round
                return (
                    f"no marketing on keeping customers, but the {and_list(component.kept_by)} "
                    "who serve returning customers keep them"
                )
            if component.stays is not None:  # BJ2 of the sixty-second round's 2nd re-review
                return (
                    "nothing spent on keeping customers, and little needs to be: kept by the "
                    f"service, {format_percent(component.stays)} of them stay a year (BA104)"
                )
            if component.none_back:  # AV3 of the fifty-fourth round's second re-review
                return (
                    "not scored: customers buy once and none comes back, so there is nothing "
                    "to keep but the reviews and referrals they send (BA104)"
                )
            spent = value is not None and value > 0
            said = "spend on keeping customers" if spent else "nothing spent on keeping customers"
            return said if component.full is None else _at_capacity(said, component)
        case "owner time":
            assert limit is not None
            said = (
                "the owner's week is not given"
                if value is None
                else f"{format_percent_beside(value, limit)} of the owner's hours "
                f"against a {format_limit(limit)} minimum"
            )
            return said if component.full is None else _at_capacity(said, component)
        case "customer economics":
            if value is None:
                return (
                    "no LTV ÷ CAC to judge: it takes both a lifetime value and a cost per customer"
                )
            fees = (
                ""
                if component.without_commissions is None
                else " with the commissions marketplaces kept on their customers "
                f"({format_ratio(component.without_commissions)}× without)"
                if not component.flagged_commissions
                # ...or, where part of them is a restricted commission a rule flags, both
                # named (the fifty-fourth round's leftovers, part k, 2026-12-07)
                else " with the commissions taken out of revenue on their customers (among them "
                + and_list(
                    [
                        f"{and_list([repr(n) for n in f.names])}, a restricted commission "
                        f"{f.rule} warns about"
                        for f in component.flagged_commissions
                    ]
                )
                + f"; {format_ratio(component.without_commissions)}× without)"
            )
            # W21 of the sixteenth round's re-review: an MSP's 16.1 months, beyond the norm
            # but within its 36-month contracts, read as if the part had been halved
            term = (
                ""
                if component.within_term is None
                else f" and not within the {component.within_term}-month contracts customers "
                "sign (it is within them here)"
            )
            if component.unpriced:  # F6 of the thirty-seventh review round
                unpriced = plural(component.unpriced, "new customer")
                counted = component.unpriced_ratio
                assert counted is not None
                # ...said as BA201 says them: those a line a rule of law warns about bought
                # are not free (E5 of the forty-ninth round's second re-review, 2026-12-06)
                from_where = _unpriced_from(component)
                if counted == value:  # none left whose cost is listed
                    return (
                        f"a customer is worth {format_ratio(value)}× what it costs to win{fees}, "
                        f"but all {unpriced} it counts {from_where}, so what they cost is not "
                        "known and the part earns at most half"
                    )
                return (
                    f"a customer whose cost is listed is worth {format_ratio(value)}× what it "
                    f"costs to win{fees} ({format_ratio(counted)}× counting the {unpriced} "
                    f"{_unpriced_from(component, inline=True)}): full marks at 3×, none "
                    f"at 1×, halved when payback is beyond the norm{term}"
                )
            if component.one_customer:
                return (
                    f"a customer is worth {format_ratio(value)}× what it costs to win{fees}, "
                    "but on 1 customer that is not known at all (BA202), so the part earns at "
                    "most half"
                )
            if component.one_sale is not None:  # AV3 of the fifty-fourth round's re-review
                return (
                    f"a customer who buys once is worth {format_ratio(value)}× what it costs "
                    f"to win{fees}, and the business keeps "
                    f"{format_percent(component.one_sale)} of its revenue after all its costs: "
                    "their one sale pays for winning them (BA201), so full marks at 1.5×, none "
                    f"at 1×, halved when payback is beyond the norm{term}"
                )
            return (
                f"a customer is worth {format_ratio(value)}× what it costs to win{fees}: "
                f"full marks at 3×, none at 1×, halved when payback is beyond the norm{term}"
            )


CAPS: dict[CapReason, str] = {
    "costs more than worth": "a customer costs more to win than they are worth (BA204)",
    "weak economics": "a customer is worth under 1.5× what it costs to win",
    "may cost more than worth": "a customer may cost more than they are worth: on so few "
    "customers it is not yet known (BA204)",
    "above range": "marketing is above the industry's range while customers barely pay back "
    "(BA110)",
    "above range, slow": "marketing is above the industry's range while customers take longer "
    "than the norm to pay it back (BA110)",
    "loss": "the business runs at an operating loss (BA111)",
    "deep loss": "the business loses more than 5% of its revenue (BA111)",
    "loss as listed": "its costs as listed exceed revenue, but only with lines that may not be "
    "costs in full, such as draws that may be the owner's only pay (BA111)",
    "thin margin": "the operating margin is under 5% (BA115)",
    "draws not split": "the operating margin is under 5% only with the draws that are the "
    "owners' only pay counted as a cost, so it is not known until they are split into a fair "
    "wage and profit (BA115)",
    "unread sources": "more than 5% of new customers came from sources the audit could not "
    "read (BA113)",
    "given up counted": "more than 5% of marketing is in lines BA116 reads as revenue given up, "
    "not money spent, and the marketing share, the retention part or the referrals counted "
    "as cultivated rest on them",
    "counts disagree": "the sources list more than 5% more new customers than were won "
    "(BA108): the referral share and the channels rest on counts that do not add up",
    "mixed line": "a fifth or more of marketing is a line that names selling and marketing "
    "at once (BA107): the share and the verdict rest on reading it all as marketing until it "
    "is split",
    "thin without money moved": "the costs as listed exceed revenue, and without the lines "
    "BA116 names (money moved, revenue given up) the operating margin is under 5%",
    "failed": "the check fails (an error finding, or a warning under --strict or --fail-on)",
    "paid referrals": "a line pays for referrals, which the profession's rules restrict (BA114)",
    "unlawful advertising": "a line advertises as the law or the trade's rules forbid (BA120)",
    "gifts to deciders": (
        "a line gives something of value to those who award work for others (BA121)"
    ),
    "pay on loan terms": "a line pays loan officers on a term of the loan (BA124)",
    "debt service": "what the business earns before its loan payments falls short of the "
    "cover lenders ask (BA126)",
    "attest commission": "a line takes commissions on clients the firm audits or reviews (BA127)",
    "loss after interest or tax": "what is listed after the operating profit (interest, tax on "
    "income) turns it into a loss",
    "retailer inducement": "a line gives retailers something of value, which the tied-house "
    "laws forbid (BA119)",
    "premium rebate": "a line pays, credits or waives clients' premiums, a rebate most states "
    "forbid (BA116)",
    "deductible rebate": "a line looks like it offsets customers' insurance deductibles, which "
    "Texas and other states forbid where a claim pays for the work (BA116)",
    "cost-sharing waiver": "a line waives patients' copays, coinsurance or deductibles, which "
    "the law or the profession's code restricts where insurers are billed (BA116)",
    "insured waiver abroad": "a line waives what insured patients owe, which the insurers' "
    "terms or the profession's rules may restrict (BA116)",
    "left to chance": "part of winning customers is left to chance (business or hobby: at risk)",
    "owner unpaid": "no line says it pays the owner, so the margin is not known (BA118)",
}


def cap(
    reason: CapReason, whose: str | None = None, law: str | None = None, asked: bool = False
) -> str:
    """A cap's reason in words; ``whose``: whose rules restrict paying for referrals where they
    bind those who refer, not the business's own profession (a pet crematory's: "the clinics'
    rules"), as the banner, BA102 and BA114 name them (``Vertical.referral_rules_whose``).
    ``law``: the law BA114 quotes where the trade has no profession's rules on referrals (a
    roofer's gift cards to listing agents: "RESPA §8"); ``asked``: every line BA114 names at
    warning severity is one it only asks about, which "may pay" (the fifty-seventh round, part
    j2, 2026-12-07: "pays for referrals, which the profession's rules restrict" had been said
    of a roofer's RESPA question)."""
    said = CAPS[reason]
    if reason != "paid referrals":
        return said
    if law is not None:
        said = said.replace("which the profession's rules restrict", f"which {law} restricts")
    else:
        said = rules_on_referrals(said, whose, "the profession's rules")
    return said.replace("a line pays for", "a line may pay for") if asked else said


def _unpriced_from(component: Component, inline: bool = False) -> str:
    """Where the customer economics part's customers at no listed cost came from, as BA201
    says it: through paid channels no spend is joined to (BA207), or bought by lines a
    rule of law warns about (BA114: not free; E5 of the forty-ninth round's second re-review,
    2026-12-06: hospice-edge's part still called the marketer's 110 customers free). With
    ``inline``, said inside the part's parentheses."""
    if not component.unpriced_restricted:
        if inline:
            return "from paid channels no spend is joined to, BA207"
        return "came through paid channels no spend is joined to (BA207)"
    rules = and_list(list(component.restricted_rules))
    bought = (
        f"that lines {rules} warns about brought"
        if inline
        else (f"came from sources lines {rules} warns about bought")
    )
    rest = component.unpriced - component.unpriced_restricted
    if rest <= 0:
        return bought
    if inline:
        return f"{bought}, or {rest} from paid channels no spend is joined to, BA207"
    return f"{bought}, or {rest} through paid channels no spend is joined to (BA207)"


def listed_words(value: Decimal, component: Component, worked: str = "") -> str:
    """Beside the judged LTV ÷ CAC in the key figures, the customer economics part's ratio for
    a customer whose cost is listed, in the words the part's basis gives it, so that one label
    carries one figure in every format (AZQ1 of the fifty-eighth round's re-review,
    2026-12-07: a salon's 31.5× stood only in the HTML score table)."""
    return (
        f"; {format_ratio(value)}× for a customer whose cost is listed{worked}, as the score "
        f"judges it: without the {plural(component.unpriced, 'new customer')} who "
        f"{_unpriced_from(component)}"
    )


def squared_words(part: ComponentScore) -> str:
    """Beside the marketing part's points under full marks: that they are the square of the
    share of the minimum reached, so half the minimum earns a quarter (core.score._squared);
    "" elsewhere. AZQ6 of the fifty-eighth round (2026-12-07): a café's 1.4% against a 3%
    minimum earned 6.4 of 30, where an owner expected 1.4 ÷ 3 × 30 = 13.9."""
    if part.name != "marketing investment" or part.earned is None or part.earned >= 1:
        return ""
    reached = part.earned.sqrt()
    points = format_number(part.earned * part.weight)
    return (
        f"; {part.weight} × {reached:.3f}² = {points}: the square of the share of it "
        "reached, so half of it earns a quarter of the points"
    )


def total_words(parts: Sequence[ComponentScore], score: int, caps: Sequence[int]) -> str:
    """How the parts' points make the score, in figures, as ``core.score.score`` adds them:
    "32.9 of the 80 points that could be scored: 32.9 ÷ 80 × 100 = 41.1 → 41" (AZQ6 of the
    fifty-eighth round, 2026-12-07: the café's points summed to 32.9 beside a score of 41,
    and the row said only "scaled to 100 when a part has no data"); then what the parts left
    unstated, the rule that keeps 100 for every part known and full, and a cap change."""
    known = [p for p in parts if p.earned is not None]
    weight = sum(p.weight for p in known)
    unstated = sum(p.weight for p in parts if p.earned is None and AT_MOST in p.basis)
    if not weight:
        return _TOTAL_IN_WORDS
    earned = sum((p.weight * p.earned for p in known if p.earned is not None), Decimal(0))
    raw = 100 * earned / weight
    said = (
        f"the parts' points: {format_number(earned)} of 100"
        if weight == 100
        else f"{format_number(earned)} of the {weight} points that could be scored: "
        f"{format_number(earned)} ÷ {weight} × 100 = {format_number(raw)}"
    )
    if unstated:
        half = unstated * NOT_KNOWN_AT_MOST
        places = 0 if half == half.to_integral_value() else 1
        both = 100 * (earned + half) / (weight + unstated)
        if both < raw:  # the parts left unstated, at half their weight, hold it lower
            raw = both
            said += (
                f"; with the {unstated} points of the parts not stated counted as "
                f"{format_number(half, places)}: ({format_number(earned)} + "
                f"{format_number(half, places)}) ÷ {weight + unstated} × 100 = "
                f"{format_number(raw)}"
            )
        else:  # ...or would raise it: the lower stands (BA7 of the round's re-review)
            said += (
                f" (the {unstated} points of the parts not stated, counted as "
                f"{format_number(half, places)}, would give {format_number(both)}: the lower "
                "stands)"
            )
    value = int(raw.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    said += f" → {value}"
    if value == 100 and score < 100 and (earned < weight or len(known) < len(parts)):
        value = 99
        said += "; 100 is kept for every part known and in full: 99"
    if min([value, *caps]) != score:  # a rule this does not know: the words, not the sum
        return _TOTAL_IN_WORDS
    if score < value:
        said += f"; capped at {score} (above)"
    return said


#: The score row's words where the sum cannot be shown
_TOTAL_IN_WORDS = (
    "the parts' points, scaled to 100 when a part has no data (one the profile could state "
    "counts at most half its weight), then any cap"
)
