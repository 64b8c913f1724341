"""Markdown: a compact report for pull-request comments and the GitHub step summary."""

from __future__ import annotations

from decimal import Decimal
from functools import partial

from bizaudit.core.economics import LTV_TO_CAC_MINIMUM
from bizaudit.explain.economics import channel_notes, format_ratio, spend_shown
from bizaudit.explain.numbers import (
    format_count,
    format_limit,
    format_margin,
    format_money,
    format_number,
    format_number_beside,
    format_percent,
    format_percent_beside,
    money_locale,
    money_style_note,
    percent_range,
)
from bizaudit.explain.summary import (
    NON_REFERRAL_LABELS,
    after_operating,
    as_counted_note,
    cited_as,
    collected_left_out,
    compared_share,
    headline_shares,
    loss_as_listed,
    margin_of,
    minimum_word,
    passed_average,
    passed_despite,
    range_basis,
    received_left_out,
    referral_limit_text,
    referral_rule_said,
    reported_maximum,
    shown_findings,
)
from bizaudit.explain.text import markdown_code, markdown_text
from bizaudit.model.report import BenchmarkOut, ProfileReport, Report

__all__ = ["code", "escape", "render"]

escape = markdown_text  # the names this module's callers use
code = markdown_code

_ICON = {"error": "❌", "warning": "⚠️", "info": "ℹ️"}  # noqa: RUF001
#: GitHub accepts up to 1 MiB per step summary; stay well under it.
MAX_CHARS = 512 * 1024


def _share_row(label: str, share: Decimal | None, word: str, limit: Decimal, note: str = "") -> str:
    shown = format_percent_beside(share, limit)
    return f"| {label} | {shown} | {word} {format_limit(limit)}{note} |"


def _figure(b: BenchmarkOut) -> str:
    """ "6%", or a range "5–10%"."""
    return percent_range(b.figure, b.high)


def _channels(p: ProfileReport) -> list[str]:
    """The channel table, cheapest customers first."""
    if not p.channels:
        return []
    currency = p.business.currency
    with_ltv = any(c.ltv_to_cac is not None for c in p.channels)
    head = "| channel | spend | new customers | CAC | share of spend → of customers |"
    rule = "|---|--:|--:|--:|--:|"
    if with_ltv:
        head, rule = head + " LTV ÷ CAC |", rule + "--:|"
    lines = ["**Channels**, cheapest customers first:", "", head, rule]
    for c in p.channels:
        cac = "—" if c.cac is None else format_money(c.cac, currency)
        row = (
            f"| {escape(c.name)} | "
            f"{spend_shown(c, p.activities, partial(format_money, currency=currency))} | "
            f"{format_count(c.customers)} | {cac} | "
            f"{format_percent(c.share_of_spend)} → {format_percent(c.share_of_customers)} |"
        )
        if with_ltv:
            ratio = (
                "" if c.ltv_to_cac is None else f"{format_number_beside(c.ltv_to_cac, Decimal(1))}×"
            )
            row += f" {ratio} |"
        lines.append(row)
    notes = [
        f"- {escape(c.name)}: {said}."
        for c in p.channels
        for said in channel_notes(c, p.activities, currency, p.findings, p.business.industry)
    ]
    return [*lines, "", *([*notes, ""] if notes else [])]


def _profile(p: ProfileReport) -> str:
    m = p.metrics
    currency = p.business.currency
    verdict = "✅ passed" if p.passed else "❌ failed"
    if why := passed_average(p):  # as the terminal says it (AL15 of round 51's re-review)
        verdict += f" ({why})"
    limits = [
        p.policy[key].value
        for key in ("min_marketing_share", "max_referral_share", "min_owner_marketing_time")
    ]
    held, share = compared_share(p)
    lines = [
        f"### {escape(p.business.name)} — {verdict}, score {p.score}/100",
        "",
        f"_{p.verdict}_ · {code(p.path)}",
        # which style the amounts are in, where a comma or dot could be misread (AZQ10)
        *(
            ["", escape(style)]
            if (style := money_style_note(p.business.currency, p.business.locale))
            else []
        ),
        *(["", f"**Passed, {despite}.**"] if (despite := passed_despite(p)) else []),
        "",
        "| figure | value | threshold |",
        "|---|---|---|",
        _share_row(
            held.lower(),
            share,
            minimum_word(p),
            limits[0],
            as_counted_note(p, share, limits[0])
            # the business's own figure in the range's terms, as the terminal gives it (a
            # café's 2.5% of sales beside 2.7% of net revenue, BK11 of the sixty-third round)
            + (f"; yours {escape(yours)}" if (yours := range_basis(p)) else ""),
        ),
        # the trade's own share as what its customers report, not a ceiling (BI8)
        (
            f"| referral customers | {format_percent_beside(m.referral_share, limits[1])} | "
            f"{referral_limit_text(p)} |"
            if reported_maximum(p)
            else _share_row("referral customers", m.referral_share, "max", limits[1])
        ),
        _share_row("owner time on marketing", m.owner_marketing_time_share, "min", limits[2]),
        # "of all spend": not revenue (AB25 of the eighteenth round)
        f"| marketing spend | {format_money(p.spend['marketing'], currency)} of "
        f"{format_money(p.spend['total'], currency)} spent in all{received_left_out(p)}"
        f"{collected_left_out(p)} | |",
        f"| acquisition channels | {p.predictability.acquisition_channels} | |",
    ]
    e = p.economics
    # the cost of a customer, and beside each figure the same of the customers not won by
    # referral where that is what is judged, under the labels the terminal and the client
    # report give them (AZQ4 of the fifty-eighth round: this table had no CAC, and its payback
    # was the one the client report's card does not show)
    excluding = e.judged_by == "non-referral"
    if (cac := e.cac.value) is not None:
        lines.append(f"| cost to win a customer (CAC) | {format_money(cac, currency)} | |")
    if excluding and (paid_cac := e.non_referral_cac.value) is not None:
        lines.append(f"| {NON_REFERRAL_LABELS['cac']} | {format_money(paid_cac, currency)} | |")
    if (ratio := e.ltv_to_cac.value) is not None:
        shown = format_ratio(ratio)
        lines.append(f"| LTV ÷ CAC | {shown}× | at least {LTV_TO_CAC_MINIMUM}× |")
    if excluding and (paid := e.ltv_to_non_referral_cac.value) is not None:
        shown = format_ratio(paid)
        minimum = f"at least {LTV_TO_CAC_MINIMUM}×"
        lines.append(f"| {NON_REFERRAL_LABELS['ratio']} | {shown}× | {minimum} |")
    if (judged := e.ltv_to_listed_cac) is not None:
        # the ratio the score judges by where customers of paid channels no spend is joined to
        # are set aside, under the words the other formats give it (AZQ1 of the fifty-eighth
        # round's re-review, 2026-12-07)
        lines.append(
            f"| LTV ÷ CAC for a customer whose cost is listed | {format_ratio(judged)}× | at "
            f"least {LTV_TO_CAC_MINIMUM}×, as the score judges it (BA207) |"
        )
    norm = e.payback_norm_months
    at_most = f"at most {format_number(norm, 0)}"
    if (months := e.payback_months.value) is not None:
        shown = format_number_beside(months, norm)
        lines.append(f"| CAC payback | {shown} months | {at_most} |")
    if excluding and (paid_months := e.non_referral_payback_months.value) is not None:
        shown = format_number_beside(paid_months, norm)
        lines.append(f"| {NON_REFERRAL_LABELS['payback']} | {shown} months | {at_most} |")
    profit = p.profit
    margin = format_margin(profit.operating_margin)
    made = profit.operating_profit
    if made is None:
        lines.append("| operating profit | not known | only part of the spending is listed |")
    else:
        word = "profit" if made >= 0 else "loss"
        after = after_operating(profit, partial(format_money, currency=currency))
        listed = loss_as_listed(profit, partial(format_money, currency=currency))
        lines.append(
            f"| operating {word} | {format_money(abs(made), currency)} | "
            f"{margin} of {margin_of(profit, partial(format_money, currency=currency))}"
            f"{f', {listed}' if listed else ''}"
            f"{f', {after}' if after else ''} |"
        )
    lines += ["", f"**Business or hobby?** {p.predictability.headline}", ""]
    if (said := referral_rule_said(p)) is not None:  # in full only where it bears (AZQ5)
        heading, rule, allowed = said
        lines += [f"**{heading}:** {escape(rule)}"]
        if allowed:
            lines += ["", f"**What is allowed:** {escape(allowed)}"]
        lines.append("")
    sector = p.industry.sector if p.industry is not None else p.business.industry
    own = [b for b in p.benchmarks if b.scope in (p.business.industry, sector, "all")][:3]
    if own:
        lines.append(
            "Reference points: "
            + "; ".join(
                f"{_figure(b)} of {b.basis} ({escape(cited_as(b.source, b.year))}, {b.scope})"
                for b in own
            )
        )
        lines.append("")
    lines += _channels(p)
    if p.findings:
        lines += ["| | rule | finding | line |", "|---|---|---|---|"]
        lines += [
            f"| | | {f} | |"
            if isinstance(f, str)
            else f"| {_ICON[f.severity]} | {f.rule} | {escape(f.message)} — {escape(f.advice)} | "
            f"{f.line or ''} |"
            for f in shown_findings(p.findings)
        ]
        lines.append("")
    lines += [f"- skipped {s.rule}: {escape(s.reason)}" for s in p.skipped]
    return "\n".join(lines)


def _overview(report: Report) -> str:
    """One row a profile, first, so a long report cut to fit still shows every result."""
    lines = [
        "| profile | score | marketing ÷ revenue | referral customers | business or hobby "
        "| result |",
        "|---|---|---|---|---|---|",
    ]
    for p in report.profiles:
        marketing, referral = headline_shares(p)
        lines.append(
            f"| {code(p.path)} | {p.score} | {marketing} | {referral} | "
            f"{p.predictability.verdict} | {'✅ passed' if p.passed else '❌ failed'} |"
        )
    lines += [
        f"| {code(path)} | | | | | not read |" for path in sorted({e.path for e in report.errors})
    ]
    return "\n".join(lines) + "\n"


def render(report: Report) -> str:
    verdict = "✅ passed" if report.passed else "❌ failed"
    parts = [f"## bizaudit: {verdict}", ""]
    if len(report.profiles) + len(report.errors) > 1:
        parts.append(_overview(report))
    for p in report.profiles:
        with money_locale(
            p.business.locale, p.business.currency
        ):  # each profile's money as its locale writes it
            parts.append(_profile(p))
    if report.errors:
        parts.append("**Profiles that could not be read:**\n")
        parts += [
            f"- {code(e.path if e.line is None else f'{e.path}:{e.line}')} {escape(e.message)}"
            for e in report.errors
        ]
    text = "\n".join(parts) + "\n"
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS] + "\n\n_… report cut to fit; see the JSON report._\n"
    return text
