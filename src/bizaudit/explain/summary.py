"""Short views of a report: the headline shares, the first reference point, and the findings
a report for people shows."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from functools import partial

from bizaudit.core.shares import HeldAs, held_share
from bizaudit.explain.numbers import (
    and_list,
    format_hours,
    format_limit,
    format_money,
    format_number,
    format_percent,
    format_percent_beside,
    line_list,
    percent_range,
    plural,
)
from bizaudit.model.lazy import LazyPattern
from bizaudit.model.report import Finding, OwnerTime, ProfileReport, Profit, ThresholdOut

__all__ = [
    "ABOVE_AS_LISTED",
    "AFTER_OPERATING",
    "DEDUCTIBLE_CLAUSE",
    "FINDINGS_PER_RULE",
    "GIVEN_UP_LABEL",
    "GIVEN_UP_READ",
    "NON_REFERRAL_LABELS",
    "PREMIUM_CLAUSE",
    "REFERRAL_RULE_GIFTS",
    "REFERRAL_RULE_SHORT",
    "THRESHOLD_SOURCES",
    "UNDER_AS_COUNTED",
    "WAIVER_CLAUSE",
    "WAIVER_CLAUSE_ABROAD",
    "YOUR_PROFESSIONS_RULES",
    "above_as_listed",
    "after_operating",
    "as_counted_note",
    "as_shown",
    "cited_as",
    "collected_left_out",
    "compared_share",
    "counted_share_note",
    "counted_why",
    "decided_by",
    "given_up_note",
    "headline_shares",
    "in_margin_note",
    "limit_text",
    "lines_after_operating",
    "lines_rules_read",
    "loss_as_listed",
    "margin_of",
    "minimum_text",
    "minimum_word",
    "not_a_floor",
    "operations_after",
    "owner_time_formula",
    "owner_time_share",
    "owner_time_valued",
    "owners_of",
    "owners_paid",
    "passed_average",
    "passed_despite",
    "range_basis",
    "range_left_out",
    "received_left_out",
    "reference_line",
    "referral_heading",
    "referral_rule_said",
    "revenue_of",
    "rules_on_referrals",
    "shown_findings",
    "the_minimum",
]  # fmt: skip


#: How far what the business earns covers its loan payments, in the words every part of the
#: report uses (the verdict, the pass banner): none, not, or barely (L5 of the forty-second
#: round's re-review, 2026-12-06: "hardly covers" had been said at 0.57 times)
_NONE = "covers none of its loan payments"
_NOT = "does not cover its loan payments"
_BARELY = "barely covers its loan payments"
#: BA126's own words for the first two, which the pass banner reads back from the finding
COVERS_NONE = "covers none of it"
COVERS_NOT = "does not cover it"


def debt_cover(ratio: Decimal) -> str:
    """The words for a debt-service coverage ``ratio`` under the lenders' 1.15."""
    return _NONE if ratio <= 0 else _NOT if ratio < 1 else _BARELY


#: Rules whose warnings name a line the law may forbid (a payment for referrals a profession
#: restricts, a retailer's inducement, unlawful advertising, gifts to those who award work)
_LAW = frozenset({"BA114", "BA119", "BA120", "BA121", "BA124", "BA127"})

#: The clauses BA116's message adds where a line it names is one the law may forbid, not only
#: a cost to count another way: a deductible or a premium rebated, a patient's cost-sharing
#: waived. The banner looks for these, which :mod:`bizaudit.explain.findings` writes (it had
#: looked for the word "deductible", and missed an insurance agency's premium rebate).
DEDUCTIBLE_CLAUSE = "; if it offsets a customer's insurance deductible: "
PREMIUM_CLAUSE = "; and a client's premium paid, credited or waived is a rebate: "
WAIVER_CLAUSE = "; and it waives what patients owe (a copay or a deductible): "
#: ...said outside the US, where the vertical's data gives the country's own words on it (a UK
#: physiotherapy clinic's "Waived excess": the sixty-first round, part n, 2026-12-07)
WAIVER_CLAUSE_ABROAD = "; and it waives what patients owe under their insurance: "
_LAW_CLAUSES = (DEDUCTIBLE_CLAUSE, PREMIUM_CLAUSE, WAIVER_CLAUSE, WAIVER_CLAUSE_ABROAD)


def passed_average(report: ProfileReport) -> str:
    """Why a check passes beside a score under "Fair" that BA101 weighs against an average, not
    a floor: "no error: the sector's average is a warning only, not a floor"; "" otherwise.
    AL15 of the fifty-first review round, 2026-12-06: an immigration forms office declaring
    only its sector read "Score 5/100 Critical: less goes into getting and keeping customers
    than its sector's average" above "PASSED", two lines that read as a contradiction."""
    if not report.passed or report.score >= 60:
        return ""
    if not any(f.rule == "BA101" and f.severity == "warning" for f in report.findings):
        return ""
    if not not_a_floor(report):
        return ""
    whose = "sector's" if report.policy["min_marketing_share"].source == "sector" else "trade's"
    return f"no error: the {whose} average is a warning only, not a floor"


def passed_despite(report: ProfileReport) -> str:
    """What a passing check must say beside "PASSED" where warnings name lines the law may
    forbid, as only --fail-on (or --strict) fails on them; "" otherwise. Y4 of the seventeenth
    round (a coach's review, 2026-12-03): a roofer whose report quoted a statute it may be
    breaking read "PASSED", and an owner, or a CI job, reads that first."""
    if not report.passed:
        return ""
    warned = {f.rule: f for f in report.findings if f.severity == "warning"}
    rules = sorted(
        rule
        for rule, f in warned.items()
        if rule in _LAW or (rule == "BA116" and any(said in f.message for said in _LAW_CLAUSES))
    )
    # a loss, or loan payments the business does not cover as lenders ask, pass the marketing
    # gate too (K8 of the forty-second round, 2026-12-06: a distributor losing $1.11 million
    # read "PASSED")
    money = [rule for rule in _MONEY if rule in warned]
    if not rules and not money:
        return ""
    said = [_money_said(warned[rule]) for rule in money]
    if rules:
        # BA120 quotes a review site's or Amazon's terms too, which are no law (R8 of the
        # thirty-seventh round's re-review)
        whose = "the law or a platform's terms" if "BA120" in rules else "the law"
        said.append(
            f"{and_list(rules)} {'names a line' if len(rules) == 1 else 'name lines'} {whose} "
            "may forbid"
        )
    failing = [*money, *rules]
    # the flag that fails on them alone, not on every warning (H8 of the fortieth round)
    return (
        f"but {and_list(said)}: --fail-on {','.join(failing)} fails the check on "
        f"{'it' if len(failing) == 1 else 'them'}"
    )


#: Warnings about the business's money that the marketing gate passes, in the order said
_MONEY = ("BA111", "BA126")


def _money_said(found: Finding) -> str:
    """What a BA111 or BA126 warning says, as the pass banner names it; BA126's by how far
    its message says the payments are covered."""
    if found.rule == "BA111":
        return "BA111 says the business runs at an operating loss"
    message = found.message
    covers = _NONE if COVERS_NONE in message else _NOT if COVERS_NOT in message else _BARELY
    return f"BA126 says what it earns {covers}"


def headline_shares(report: ProfileReport) -> tuple[str, str]:
    """Marketing ÷ revenue and the referral share as one-line summaries show them, each with
    the decimals it needs not to read as its threshold."""
    m, policy = report.metrics, report.policy
    return (  # the share BA101 holds to the minimum: of gross revenue for an agent
        format_percent_beside(compared_share(report)[1], policy["min_marketing_share"].value),
        format_percent_beside(m.referral_share, policy["max_referral_share"].value),
    )


def cited_as(source: str, year: str) -> str:
    """ "The CMO Survey, 2025"; a source that gives no year says so ("…, undated"), so that a
    reader never takes a missing year for a current one."""
    return f"{source}, undated" if year == "—" else f"{source}, {year}"


def reference_line(report: ProfileReport) -> str:
    """ "marketing 2.6% of revenue; 6% in b2c-services (The CMO Survey, 2025)" for one-liners."""
    label, held = compared_share(report)
    own = f"{label.split(' ÷ ')[0].lower()} {format_percent(held)} of {label.split(' ÷ ')[1]}"
    if not report.benchmarks:
        return own
    first = report.benchmarks[0]
    where = "overall" if first.scope == "all" else f"in {first.scope}"
    cited = f"({cited_as(first.source, first.year)})"
    figure = percent_range(first.figure, first.high)
    return f"{own}; {figure} {where} {cited}"


#: Findings of one rule a report for people shows; the JSON report has them all. A profile of
#: 150,000 unnamed activities gave 150,000 lines of BA106 (and took minutes to draw).
FINDINGS_PER_RULE = 10


def shown_findings(
    findings: list[Finding], per_rule: int = FINDINGS_PER_RULE
) -> list[Finding | str]:
    """The findings a report for people shows, in the report's order: at most ``per_rule`` of
    each rule, and after the last one shown a line saying how many more there are."""
    counts: dict[str, int] = {}
    for finding in findings:
        counts[finding.rule] = counts.get(finding.rule, 0) + 1
    shown: list[Finding | str] = []
    seen: dict[str, int] = {}
    for finding in findings:
        seen[finding.rule] = seen.get(finding.rule, 0) + 1
        if seen[finding.rule] <= per_rule:
            shown.append(finding)
        if seen[finding.rule] == per_rule and counts[finding.rule] > per_rule:
            rest = counts[finding.rule] - per_rule
            shown.append(
                f"{plural(rest, f'more {finding.rule} finding')} (all of them in --format json)"
            )
    return shown


def as_shown(report: ProfileReport, label: str) -> str:
    """A share's label as the key figures show it: "of net revenue" when something was taken
    out of revenue (a gross share stays of gross revenue)."""
    if report.profit.contra_revenue and "gross" not in label:
        return label.replace("revenue", "net revenue")
    return label


_HELD_LABELS: dict[HeldAs, str] = {
    "revenue": "Marketing ÷ revenue",
    "gross revenue": "Marketing ÷ gross revenue",
    "marketing and sales": "Marketing and sales ÷ revenue",
    "net service revenue": "Marketing ÷ net service revenue",
}


def held_label(held_as: HeldAs) -> str:
    """The name of a share held to the minimum: "Marketing ÷ gross revenue"."""
    return _HELD_LABELS[held_as]


def compared_share(report: ProfileReport) -> tuple[str, Decimal | None]:
    """The share the minimum is held against (BA101, core.shares), and its name: marketing ÷
    revenue, or marketing and sales ÷ revenue where the industry's range counts both and the
    minimum is the industry's (SaaS)."""
    held_as, share = held_share(report)
    return held_label(held_as), share


def range_left_out(report: ProfileReport) -> str:
    """ "; $140,000 of referral fees, which the MREA model counts in cost of sale, left
    out": what the range does not count, when the profile spends any of it ("" otherwise)."""
    industry = report.industry
    if industry is None or not industry.left_out:
        return ""
    money = format_money(industry.left_out, report.business.currency)
    lines = f" ({line_list(industry.left_out_lines)})" if industry.left_out_lines else ""
    return f"; {money} of {industry.left_out_why}{lines}, left out"


def received_left_out(report: ProfileReport) -> str:
    """ "; $72,000 listed as spent is money received, left out (BA116)": marketing listed as
    spent that is money in (a vendor's co-op reimbursement), which no share counts ("" when
    there is none).
    AF3 of the twentieth round: the key figure had counted it where BA110 did not.
    Marketing collected for others (``marketing_collected``) is not named here: the same
    dollars are in :func:`collected_left_out` (the review of AS7 of the fifty-third round,
    2026-12-07: a studio's $40,000 of competition fees passed through were named twice)."""
    received = report.metrics.marketing_received - report.metrics.marketing_collected
    if not received:
        return ""
    money = format_money(received, report.business.currency)
    return f"; {money} listed as spent is money received, left out (BA116)"


def in_margin_note(report: ProfileReport) -> str:
    """Beside "Sales ÷ all spend": the part of the selling that is pay on each sale the stated
    margin carries, which the CAC counts once, in what a customer is worth ("" for most
    profiles). BI10 of the sixty-second round's re-review, 2026-12-07: a mortgage broker's
    "48.3%" read as selling cost beside a CAC that had stopped counting the $486,000."""
    paid = report.metrics.sales_in_margin
    if not paid:
        return ""
    money = format_money(paid, report.business.currency)
    everything = paid == report.spend["sales"]
    return (
        f"{'all of it' if everything else money + ' of it'} is pay on each sale, which the "
        "stated margin carries: the CAC counts it once, in what a customer is worth, not as "
        "the cost of winning one"
    )


def collected_left_out(report: ProfileReport) -> str:
    """ "; $3,280,000 collected for others left out of revenue (BA116)": what the lines BA116
    reads as money collected for others and paid over add up to, which the marketing share
    and the margin leave out of revenue ("" when there is none). AQ5 of the fifty-second
    round's second re-review, 2026-12-07: the findings gave a rental manager's shares and
    margin of its fees, and the key figures did not say so. Where lines of it were listed as
    marketing (``marketing_collected``), it says they are left out of the marketing too, so
    each dollar is named once (:func:`received_left_out` leaves them out)."""
    collected = report.profit.collected_for_others
    if not collected:
        return ""
    currency = report.business.currency
    money = format_money(collected, currency)
    marketing = report.metrics.marketing_collected
    if not marketing:
        return f"; {money} collected for others left out of revenue (BA116)"
    if marketing == collected:
        return f"; {money} collected for others left out of revenue and marketing (BA116)"
    return (
        f"; {money} collected for others left out of revenue, "
        f"{format_money(marketing, currency)} of it out of marketing too (BA116)"
    )


def margin_of(profit: Profit, money: Callable[[Decimal], str]) -> str:
    """What an operating margin is of, as every report says it beside the margin: "revenue",
    "net revenue", or "revenue without the $3,280,000 collected for others (BA116)" where
    lines hold money collected for others, which the margin leaves out (AQ5, as above)."""
    return revenue_of(
        bool(profit.contra_revenue or profit.revenue_given_up), profit.collected_for_others, money
    )


def revenue_of(net: bool, collected: Decimal, money: Callable[[Decimal], str] | None = None) -> str:
    """What a margin is of: the report's own base, revenue without the money collected for
    others where any is (Facts.margin_base: AP5 of the fifty-second round's re-review,
    2026-12-07), the amount named where ``money`` is given; else net revenue or revenue.
    The summaries (:func:`margin_of`) and the findings say it alike."""
    if collected:
        if money is None:
            return "revenue without the money collected for others"
        return f"revenue without the {money(collected)} collected for others (BA116)"
    return "net revenue" if net else "revenue"


def under_as_counted(report: ProfileReport) -> bool:
    """Whether the share beside the minimum meets it only as listed: BA101 still warns or errs,
    as it counts the share without revenue given up, what the rules warn about or money
    received (AB15 of the eighteenth round in the HTML; R8 of the forty-fourth round's
    re-review, 2026-12-06: a wash's key figure read 4.3% over its 4% minimum beside BA101's
    error at 2.1% in money)."""
    return any(f.rule == "BA101" and f.severity != "info" for f in report.findings)


#: Said beside the share where it is above the industry's range only as listed
ABOVE_AS_LISTED = "above the range only as listed, within it as BA110 counts it"


#: The labels of the figures of the customers not won by referral, which the findings, the
#: ratio's and the payback's verdicts and the score judge by where referrals are a large part:
#: one label for one figure in every format (AZQ4 of the fifty-eighth round, 2026-12-07: the
#: terminal's "Cost to win a customer" read $353.09, the client report's card under the same
#: label $406.16, which is the terminal's "CAC excluding referrals")
NON_REFERRAL_LABELS = {
    "cac": "CAC excluding referrals",
    "ratio": "LTV ÷ CAC excluding referrals",
    "payback": "Payback excluding referrals",
}


def above_as_listed(report: ProfileReport) -> bool:
    """Whether the share is above the industry's range only as listed, as core judges it
    (``industry.above_only_as_listed``: V7 and W5 of the forty-fifth round's re-reviews)."""
    return report.industry is not None and report.industry.above_only_as_listed


def referral_heading(report: ProfileReport, profession: str = "your profession") -> str:
    """ "Paying for referrals in your profession": the banner's heading over the rule on
    paying for referrals, or whose rules they are where they bind those who refer and not the
    business's own profession ("Paying for referrals under the clinics' rules": a pet
    crematory's; part j of the fifty-fourth round, 2026-12-07), as BA101, BA102, BA103 and
    BA114 name them. The client report, handed over by a coach, says "this profession"."""
    whose = report.industry.referral_rules_whose if report.industry is not None else None
    return (
        f"Paying for referrals under {whose}" if whose else f"Paying for referrals in {profession}"
    )


def referral_rule_said(
    report: ProfileReport, profession: str = "your profession"
) -> tuple[str, str, str] | None:
    """The heading, the rule and what is allowed instead, as the banner under "Business or
    hobby?" shows the profession's rule on paying for referrals: in full where the budget pays
    for referrals (a line that cultivates them, a channel whose spend BA114 warns or asks
    about) or a finding of BA114 is about it; else, where customers came by referral, one
    short line that the rule exists and nothing here pays for them (AZQ5 of the fifty-eighth
    round, 2026-12-07: ten lines of statutes filled the first screen of a dental report whose
    profile pays no one for referrals); None where the profession has no such rule or no
    customer came by referral."""
    industry = report.industry
    if industry is None or not industry.referral_rule:
        return None
    m = report.metrics
    pays = (
        m.referral_share_on_their_own is not None  # a line cultivates referrals
        or bool(m.referral_share_warned_by)
        or any(c.restricted_by == "BA114" or c.asked for c in report.channels)
        or any(f.rule == "BA114" for f in report.findings)
    )
    heading = referral_heading(report, profession)
    if pays:
        return heading, industry.referral_rule, industry.referral_allowed or ""
    if not m.referral_share:
        return None
    if any(f.rule == "BA121" for f in report.findings):
        # not "no line" alone beside a gift BA121 warns about (BB1 of the fifty-ninth round,
        # 2026-12-07: an architect's entertainment of a school district's facilities
        # directors, beside "no line in this budget pays for referrals")
        return heading, REFERRAL_RULE_GIFTS, ""
    return heading, REFERRAL_RULE_SHORT, ""


#: The one line said of the profession's rule where nothing in the budget pays for referrals
REFERRAL_RULE_SHORT = "restricted; no line in this budget pays for referrals."
#: ...and where a line gives something of value to those who award the work, which BA121 names
REFERRAL_RULE_GIFTS = (
    "restricted; no line in this budget pays for referrals, but BA121 warns about what a line "
    "gives those who award the work."
)


#: The business's own profession's rules on paying for referrals, as the words name them
YOUR_PROFESSIONS_RULES = "your profession's rules"


def rules_on_referrals(said: str, whose: str | None, own: str = YOUR_PROFESSIONS_RULES) -> str:
    """``said`` naming whose rules restrict paying for referrals in place of ``own``, the
    business's own profession's as the words name them ("your profession's rules"; a score
    cap's "the profession's rules"), where they bind those who refer and not the business's
    own profession (``Vertical.referral_rules_whose``: a pet crematory's "the clinics' rules"),
    as :func:`referral_heading`, BA101, BA102 and BA114 name them; ``said`` as it is where
    ``whose`` is None: the score's cap (explain.score.cap). `plan`'s reason to leave a channel
    alone names whose rules from its own parts (explain.plan, explain.left_alone: issue #13)."""
    return said.replace(own, whose) if whose else said


#: Said beside a share that meets the minimum only as listed (``under_as_counted``)
UNDER_AS_COUNTED = "under it as BA101 counts it"


def as_counted_note(report: ProfileReport, share: Decimal | None, minimum: Decimal) -> str:
    """ "; under it as BA101 counts it: over it only with $132,000 that an agreement sets" or
    "; above the range only as listed, ...": what the key figures say beside the marketing
    share where the rules count it otherwise than as listed (every format that shows the key
    figures says it the same way); "" elsewhere. Where lines of revenue given up are listed
    as marketing, and BA101 gives no figures of its own beside the minimum, the share as BA101
    and the score count it without them, beside the share as listed (:func:`given_up_note`)."""
    if share is not None and share >= minimum and under_as_counted(report):
        if (counted := counted_share_note(report, share, minimum)) is not None:
            return f"; {counted}"
        return f"; {UNDER_AS_COUNTED}{counted_why(report)}"
    if given := given_up_note(report, share):
        return f"; {given}" + (f": {ABOVE_AS_LISTED}" if above_as_listed(report) else "")
    return f"; {ABOVE_AS_LISTED}" if above_as_listed(report) else ""


def given_up_note(report: ProfileReport, share: Decimal | None) -> str:
    """ "7.2% as listed; 4.7% as BA101 counts it, without $46,900 of revenue given up (BA116),
    and the minimum met with the $14,800 of commissions marketplaces kept": the share as
    listed and as BA101 and the score count it, where lines BA116 reads as revenue given up are
    listed as marketing (BJ3 of the sixty-second round's second re-review, 2026-12-08: a med
    spa's key figure read 7.2% against a 5% minimum beside a score basis of 5.6%); "" where
    none is. Said as storage's note is (ABOVE_AS_LISTED), in the same place."""
    m = report.metrics
    if share is None or m.marketing_counted is None or not m.marketing_given_up:
        return ""
    money = partial(format_money, currency=report.business.currency)
    said = (
        f"{format_percent(share)} as listed; {format_percent(m.marketing_counted)} as BA101 "
        f"counts it, without {money(m.marketing_given_up)} of revenue given up (BA116)"
    )
    if m.marketing_counted_commissions:
        said += (
            f", and the minimum met with the {money(m.marketing_counted_commissions)} of "
            "commissions marketplaces kept"
        )
    return said


#: Where BA101's message says what meets the minimum only as listed ("..., over the 3% minimum
#: (your industry's low end) only with $132,000 that an agreement sets (...); ...")
_ONLY_WITH = " only with "


def counted_why(report: ProfileReport) -> str:
    """ ": over it only with $132,000 that an agreement sets": why a share over the minimum is
    under it as BA101 counts it, in BA101's own words (its message's "only with" clause, up to
    its first "; ", without the lines' names in parentheses), or "" where its message gives
    none. AO10 of the fifty-second review round, 2026-12-07: a franchise restaurant's key
    figure read "5.1% under the minimum as BA101 counts it, minimum 3%" with no word of the
    brand fund that BA101 names ("only with $132,000 that an agreement sets")."""
    for found in report.findings:
        if found.rule != "BA101" or found.severity == "info":
            continue
        start = found.message.find(_ONLY_WITH)
        if start < 0:
            return ""
        clause = found.message[start + 1 :].split("; ", 1)[0]
        return f": over it {_without_names(clause)}"
    return ""


#: The share BA101 counts, as its message gives it after the "only with" clause: the first
#: "3% ($23,300)" or "2.5% of revenue ($16,200)" (a percentage, then the money in parentheses)
_COUNTED = LazyPattern(r"(\d[\d.,]*%)(?: of [a-z ]+?)? \([^()]*\d\)")


def counted_share_note(report: ProfileReport, share: Decimal, minimum: Decimal) -> str | None:
    """ "5.5% as listed; 3% without the $19,500 BA114 warns about (under the 4% minimum)": a
    share that meets the minimum only as listed, with the share BA101 counts beside it, both
    in BA101's own figures (its message's "only with" clause and the first share after it);
    None where BA101's message gives no such clause or share. AU14 of the fifty-fourth round,
    2026-12-07: "5.5% ... min 4%; under it as BA101 counts it: over it only with $19,500 that
    BA114 warns about" read as a contradiction to a pet crematory's owner."""
    for found in report.findings:
        if found.rule != "BA101" or found.severity == "info":
            continue
        start = found.message.find(_ONLY_WITH)
        if start < 0:
            return None
        clause, _, rest = found.message[start + len(_ONLY_WITH) :].partition("; ")
        counted = _COUNTED.search(rest)
        if counted is None:
            return None
        amount, _, why = _without_names(clause).partition(" ")
        if amount.endswith(":"):  # several parts: "$32,000: $20,000 that ..., and ..."
            amount, why = amount[:-1], f"({why})"
        why = why.removeprefix("that ")
        word = minimum_word(report, long=True)
        limit = (
            f"the range's {format_limit(minimum)} low end"
            if word == "low end"
            else f"the {format_limit(minimum)} {word}"
        )
        return (
            f"{format_percent_beside(share, minimum)} as listed; {counted.group(1)} without the "
            f"{amount}{f' {why}' if why else ''} (under {limit})"
        )
    return None


def _without_names(clause: str) -> str:
    """The clause without the lines' names BA101 gives in parentheses ("('Ad fund 4%')",
    "('Brand fund (required)', 'Co-op' and 1 other)"): a key figure's note stays short, and
    the finding names them. Each "('" opens a list that closes at the next "')" or "other)"
    ("others)"); a clause with none is returned as it is."""
    out, rest = [], clause
    while (open_at := rest.find(" ('")) >= 0:
        ends = [
            at + len(end)
            for end in ("')", " other)", " others)")
            if (at := rest.find(end, open_at)) >= 0
        ]
        if not ends:
            break
        out.append(rest[:open_at])
        rest = rest[min(ends) :]
    return "".join(out) + rest


def range_basis(report: ProfileReport) -> str | None:
    """ "22.4% of gross commission income": the business's own figure in the industry's range's
    terms, where it differs from the share beside the minimum (None elsewhere)."""
    industry = report.industry
    if industry is None or industry.compared_share is None:
        return None
    if industry.compared_share == compared_share(report)[1]:
        return None
    what = "marketing and sales" if industry.scope == "marketing and sales" else "marketing"
    base = (
        industry.basis
        if industry.on_gross or industry.base_left_out or industry.base_added
        else "revenue"
    )
    return f"{format_percent(industry.compared_share)} of {base} ({what})"


#: Where a threshold came from, as reports name it.
THRESHOLD_SOURCES = {
    "default": "default",
    "sector": "sector",
    "industry": "industry",
    "pyproject": "pyproject.toml",
    "profile": "profile",
    "env": "environment",
    "cli": "command line",
}


def not_a_floor(p: ProfileReport) -> bool:
    """Whether the marketing minimum is no floor, under which BA101 only warns: a sector's
    published average (The CMO Survey's, of mostly large companies), or an industry's low end
    its source gives as what the trade typically spends (consulting's 7%, Hinge's average; an
    adviser's 1%, the low end of a second-hand 1-5%). The card and the key figures had said
    "under the minimum" and "min 7% (industry)" beside BA101's "the trade spends" (a look at
    the HTML, forty-third round, 2026-12-06)."""
    source = p.policy["min_marketing_share"].source
    if source == "sector":
        return True
    # ...nor is a range from another country's sources that its law makes only a reference
    # here, as BA101 says (the key figures had read "min 3% (industry)" beside BA101's "a
    # reference here, not a floor": part i of the sixty-second round, 2026-12-07)
    return (
        source == "industry"
        and p.industry is not None
        and (not p.industry.low_is_floor or bool(p.industry.range_reference))
    )


def minimum_word(p: ProfileReport, long: bool = False) -> str:
    """What the marketing minimum is called: "min" ("minimum"), "avg" ("average", a sector's
    published average: J20 of the forty-first round's re-review) or "low end", the low end of
    a range its source gives as what the trade typically spends (consulting's, Hinge's
    average; an adviser's, a second-hand 1-5%), not a minimum (`not_a_floor`)."""
    if p.policy["min_marketing_share"].source == "sector":
        return "average" if long else "avg"
    if not_a_floor(p):
        return "low end"
    return "minimum" if long else "min"


def minimum_text(p: ProfileReport, long: bool = True) -> str:
    """ "minimum 5% (industry)", "average 6% (sector)", "low end 7% (industry)": the marketing
    minimum as :func:`limit_text` gives a threshold, called what it is (`minimum_word`)."""
    threshold = p.policy["min_marketing_share"]
    return limit_text(minimum_word(p, long), threshold)


def the_minimum(p: ProfileReport) -> str:
    """The marketing minimum in a sentence: "the minimum", "the sector's average" or "the
    trade's range" (where its low end is no floor)."""
    word = minimum_word(p, long=True)
    return {"average": "the sector's average", "low end": "the trade's range"}.get(
        word, "the minimum"
    )


#: What a trade's own referral share is, where it is the maximum referral share: what the
#: trade's customers report, not a ceiling (BI8 of the sixty-second round's second re-review,
#: 2026-12-08: the key figure said "max 79% (industry)" and the score "against a 79% maximum"
#: beside the verdict's "an average the trade's borrowers report, not a ceiling")
TRADE_REPORTS = "your trade's customers report"


def reported_maximum(p: ProfileReport) -> bool:
    """Whether the maximum referral share is the trade's own, what its customers report (a
    vertical's ``referral_max``, the only maximum whose source is "industry")."""
    return p.policy["max_referral_share"].source == "industry"


def referral_limit_text(p: ProfileReport) -> str:
    """ "max 50% (default)", or, for a trade's own share, "79% as your trade's customers
    report": the referral share's limit as the key figures give it."""
    threshold = p.policy["max_referral_share"]
    if reported_maximum(p):
        return f"{format_limit(threshold.value)} as {TRADE_REPORTS}"
    return limit_text("max", threshold)


def limit_text(word: str, threshold: ThresholdOut) -> str:
    """ "min 5% (industry)": a threshold as set, and where it came from (the marketing
    minimum's, called what it is: :func:`minimum_text`)."""
    source = THRESHOLD_SOURCES.get(threshold.source, threshold.source)
    return f"{word} {format_limit(threshold.value)} ({source})"


def owner_time_valued(owner: OwnerTime, money: Callable[[Decimal], str]) -> str:
    """How the owner's marketing hours were valued, as every report says it: "at $325 an hour
    ($50,700)", or, where a line pays the owner, "valued as their share of the $180,000 that
    pays the owner ($9,818.18)" (Z5 of the seventeenth round's re-review: the value was the
    share, the words still the rate)."""
    if owner.paid is not None:
        return (
            f"valued as their share of the {money(owner.paid)} that pays "
            f"{owners_paid(owner.owners)} ({money(owner.value)})"
        )
    return f"at {money(owner.rate)} an hour ({money(owner.value)}{stated_rate(owner, money)})"


def owners_paid(owners: int, counted: bool = True) -> str:
    """ "the owner", or "the 2 owners" whose weeks `owner_hours` adds together (L12 of the
    twenty-sixth round's re-review: "the $170,000 that pays the owner" of two founders), or
    "the owners" where the count was said before."""
    if owners == 1:
        return "the owner"
    return f"the {owners} owners" if counted else "the owners"


def owners_of(owners: int, counted: bool = True) -> str:
    """Whose: "the owner's", or, for partners' weeks added together, "the 3 owners'" (or
    "the owners'" where the count was said before)."""
    return owners_paid(owners, counted) + ("'s" if owners == 1 else "'")


def owner_time_share(report: ProfileReport, owner: OwnerTime) -> str:
    """Marketing with the owner's time, as a share of revenue beside the minimum it is held
    to: 1.973% reads "1.97%" beside 2%, never "2%"."""
    return format_percent_beside(owner.share_of_revenue, report.policy["min_marketing_share"].value)


def owner_time_formula(owner: OwnerTime, money: Callable[[Decimal], str]) -> str:
    """The owner's marketing time's value as a formula that multiplies out."""
    hours = format_hours(owner.marketing_hours_per_week)
    if owner.paid is not None and owner.hours_per_week:
        return (
            f"{hours} of {format_hours(owner.hours_per_week)} hours a week × "
            f"{money(owner.paid)} that pays the owner"
        )
    return (
        f"{hours} hours a week × {money(owner.rate)} an hour × {format_number(owner.weeks)} weeks"
    )


def stated_rate(owner: OwnerTime, money: Callable[[Decimal], str]) -> str:
    """Why an owner's hour is counted at less than the rate the profile states, or ""."""
    if owner.stated_rate is None:
        return ""
    return (
        "; what an hour of the owner's delivery brings in, net revenue ÷ delivery hours, not "
        f"the {money(owner.stated_rate)} stated"
    )


def after_operating(profit: Profit, money: Callable[[Decimal], str]) -> str:
    """What the operating profit leaves out, as every report says it beside the figure:
    "before $6,000 of interest and income tax (line 58): $6,100 after them"; "" when the
    profile lists neither. Interest and taxes on income come after the operating profit (a
    CFO's review, 2026-12-02, saw a hotel's mortgage interest counted in it)."""
    after = profit.interest_and_income_tax
    made = profit.operating_profit
    if not after or made is None:
        return ""
    where = line_list(profit.interest_and_income_tax_lines)
    # counted without the lines BA116 names as no cost, as the verdict and BA101 count it (S9
    # of the fortieth round's second re-review: "a loss of $91,000" beside their $31,000)
    without = ""
    if profit.no_cost:
        made += profit.no_cost
        without = f"{money(made)} without the lines BA116 names as no cost, "
    net = made - after
    left = without + (money(net) if net >= 0 else f"a loss of {money(-net)}")
    what = _after_what(profit)
    them = "them" if what == "interest and income tax" else "it"
    return f"before {money(after)} of {what}{f' ({where})' if where else ''}: {left} after {them}"


def loss_as_listed(profit: Profit, money: Callable[[Decimal], str]) -> str:
    """ "as listed; a profit of $142,600 without the lines BA116 names as no cost": said beside
    an operating loss that only those lines make (money held in trust, a loan's principal), as
    BA111 says it; "" elsewhere (U7 of the forty-fifth round's re-review, 2026-12-06)."""
    without = profit.profit_without_moved
    if without is None:
        return ""
    return f"as listed; a profit of {money(without)} without the lines BA116 names as no cost"


def _after_what(profit: Profit) -> str:
    """Only what the profile lists: "interest", "income tax" or both (W21 of the sixteenth
    round's re-review: a clinic with a loan's interest and no tax read "and income tax")."""
    if not profit.income_tax:
        return "interest"
    both = profit.income_tax != profit.interest_and_income_tax
    return "interest and income tax" if both else "income tax"


def operations_after(profit: Profit, money: Callable[[Decimal], str]) -> str:
    """What of the operations' spend comes after the operating profit, as the spend's
    breakdown says it beside the figure: " ($450,000 of it interest and income tax)", or ""
    (the lines table says "after operating profit" of those lines, R19 of the fortieth
    round's re-review)."""
    after = profit.interest_and_income_tax
    return f" ({money(after)} of it {_after_what(profit)})" if after else ""


#: What the lines table says a line of interest or of tax on income counts as
AFTER_OPERATING = "after operating profit"


def lines_after_operating(report: ProfileReport) -> frozenset[int]:
    """The profile lines of interest and of taxes on income, which the operating profit leaves
    out: the lines table says they come after it, as the profit's line does, rather than call
    them operations (R19 of the fortieth round's re-review, 2026-12-06: a dispensary's §280E
    tax read "operations" beside "before $400,000 of income tax (line 9)")."""
    return frozenset(report.profit.interest_and_income_tax_lines)


def decided_by(term: str, reason: str) -> str:
    """The words that decided a line's reading, for the activity table's "because" column.
    The term where it alone decided ("'billboard' → marketing/acquire": 'billboard'), or where a
    rule read the line again and its term names what decided ("'office' → operations, but
    given to 'chiropractic office' ...": 'gift', part k3 of the fifty-seventh round). Where a
    rule's one clause decided, that clause ("'rep' calling on attorneys who refer"), and where
    the term only names whom a re-reading's clause quotes, the first reading's words with it
    ("'staff lunches', but held with 'attorneys', who send customers: cultivating
    referrals"). Part p of the fifty-eighth round, 2026-12-07: the column had shown
    'marketing' for a chiropractor's outreach rep's line and 'attorneys' for a staff lunch
    with PI attorneys, labels of a re-reading, not the words that decided it."""
    said, arrow, reading = reason.rpartition(" → ")
    category, _, purpose = reading.partition("/")
    if (
        not arrow
        or reason.startswith(f"{term!r} →")
        or category not in _READINGS
        or (purpose and not purpose.replace("-", "").isalpha())
    ):
        return repr(term)
    if ", but " not in said:  # one clause decided
        return said
    first, rest = said.split(", but ", 1)
    if f"{term!r}" not in rest:  # the rule's own term decided
        return repr(term)
    return f"{first.split(' → ', 1)[0]}, but {rest}"


#: The readings a reason ends in ("→ marketing/acquire")
_READINGS = frozenset(
    ("marketing", "sales", "operations", "cost-of-sales", "innovation", "contra-revenue")
)


#: What the lines table says of a line BA116 reads as revenue given up, not marked by the
#: owner: counted as a line marked contra-revenue is, whatever its words read it as (the one
#: premise: round 63; BJ3 of the sixty-second round's second re-review, where a med spa's
#: member credits read "marketing/retain" beside BA116's "revenue given up")
GIVEN_UP_LABEL = "contra-revenue"
GIVEN_UP_READ = "revenue given up, counted as a line marked contra-revenue is (BA116)"


#: The rules whose findings say what a line is: its money moved (BA116), or what the law says
#: of it (BA114, BA119, BA120, BA121)
_READERS = ("BA116", "BA114", "BA119", "BA120", "BA121")


def lines_rules_read(report: ProfileReport) -> dict[int, str]:
    """The profile lines BA116 names (a draw, a loan repaid), and those a rule of law names,
    with the rule: where no term placed one, the lines table says the rule reads it rather
    than ask its kind (R15 of the thirty-third round's re-review: "Draws" was "unknown name:
    state its kind" beside BA116's reading; S11 of the forty-fourth round's second re-review,
    2026-12-06: "Free frames for Medicare patients with exam" beside BA120's), and where a term
    did, that the rule reads it too, in every format that shows the table."""
    read: dict[int, str] = {}
    for f in report.findings:
        if f.line is not None and f.rule in _READERS:
            read.setdefault(f.line, f.rule)
    return read
