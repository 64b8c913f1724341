"""``bizaudit trend`` output: rich (sparklines and values), json, markdown or html (line
charts). Money is written as the newest period's locale writes it: the command renders inside
``explain.numbers.money_locale``."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from functools import partial
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from bizaudit.core.economics import LTV_TO_CAC_MINIMUM
from bizaudit.core.shares import held_share
from bizaudit.core.trend import Line, Trend
from bizaudit.explain.numbers import (
    format_limit,
    format_money,
    format_number,
    format_percent,
    places_apart,
    plural,
)
from bizaudit.explain.summary import held_label, minimum_word, reported_maximum
from bizaudit.explain.text import markdown_code, markdown_text
from bizaudit.model.report import ProfileReport, json_text, to_data
from bizaudit.model.tuples import NamedTuple

if TYPE_CHECKING:
    from rich.console import RenderableType

__all__ = ["FORMATS", "label", "render_html", "render_json", "render_markdown", "render_rich"]

FORMATS = ("rich", "json", "markdown", "html")
SPARKS = "▁▂▃▄▅▆▇█"


def _series_label(trend: Trend, line: Line) -> str:
    """A figure's name; the marketing share's says what it is a share of, as the check holds
    it in the newest period ("Marketing and sales ÷ revenue" for SaaS)."""
    if line.series.name == "marketing_share_of_revenue":
        return held_label(held_share(trend.periods[-1])[0])
    if line.series.name == "ltv_to_cac" and _judged_non_referral(trend):
        return "LTV ÷ CAC excluding referrals"
    return line.series.label


def _judged_non_referral(trend: Trend) -> bool:
    return trend.periods[-1].economics.judged_by == "non-referral"


def label(report: ProfileReport) -> str:
    """A period as the profile names it (``business.period``), else its file's name."""
    return report.business.period or PurePath(report.path).stem or report.path


def sparkline(values: tuple[Decimal | None, ...]) -> str:
    """One block a period, from ▁ at the lowest value to █ at the highest (a space where a
    period lacks the figure; ▄ throughout when nothing moved)."""
    present = [v for v in values if v is not None]
    if not present:
        return " " * len(values)
    low, high = min(present), max(present)

    def level(value: Decimal) -> int:
        if high == low:
            return 3
        return int(((value - low) / (high - low) * 7).quantize(Decimal(1), ROUND_HALF_UP))

    return "".join(" " if v is None else SPARKS[level(v)] for v in values)


def value(line: Line, figure: Decimal | None, currency: str) -> str:
    """A period's figure as the report shows it."""
    if figure is None:
        return "n/a"
    kind = line.series.kind
    if kind == "share":
        return format_percent(figure)
    if kind == "money":
        return format_money(figure, currency)
    if kind == "ratio":
        return f"{format_number(figure)}×"
    return f"{figure:.0f}"


def change(line: Line, currency: str) -> str:
    """The move from the first period to the last, signed: shares in percentage points."""
    moved = line.change
    if moved is None:
        return "n/a"
    sign = "+" if moved > 0 else ""
    kind = line.series.kind
    if kind == "share":
        places = places_apart(moved * 100, Decimal(0)) if moved else 1
        return f"{sign}{format_number(moved * 100, places)} pts"
    if kind == "money":
        return sign + format_money(moved, currency)
    if kind == "ratio":
        return f"{sign}{format_number(moved)}×"
    return f"{sign}{moved:.0f}"


def judged(line: Line) -> str:
    """Whether the move was for the better or the worse; nothing when it did not move (or
    cannot be told)."""
    if not line.change:
        return ""
    if line.worse:
        return "worse"
    if line.in_norm:  # neither: within its norm both times (BBQ8 of the fifty-ninth round)
        return "in range" if line.series.kind == "share" else "within norm"
    return "better"


def _periods(trend: Trend) -> str:
    """How many periods, from which to which, in which currency: "3 periods, 2024 to 2026,
    in EUR"."""
    first, last = label(trend.periods[0]), label(trend.periods[-1])
    return f"{plural(len(trend.periods), 'period')}, {first} to {last}, in {trend.currency}"


def _heading(trend: Trend) -> str:
    return f"{trend.periods[-1].business.name}: {_periods(trend)}"


def render_rich(trend: Trend) -> RenderableType:
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    currency = trend.currency
    across = Table(title="Across the periods", title_justify="left", box=None, padding=(0, 1))
    across.add_column("")
    across.add_column("trend")
    across.add_column("first → last", justify="right")
    across.add_column("change", justify="right")
    across.add_column("")
    for line in trend.lines:
        verdict = judged(line)
        style = "red" if verdict == "worse" else "green" if verdict == "better" else ""
        across.add_row(
            _series_label(trend, line),
            Text(sparkline(line.values), style=style or "bold"),
            f"{value(line, line.first, currency)} → {value(line, line.last, currency)}",
            change(line, currency),
            Text(verdict, style=style),
        )
    periods = Table(title="By period", title_justify="left", box=None, padding=(0, 1))
    periods.add_column("period")
    for line in trend.lines:
        short = _SHORT.get(line.series.name)  # the marketing share: what it is a share of
        short = short or _series_label(trend, line).lower().replace(" ÷ ", "\n÷ ")
        if line.series.name == "ltv_to_cac" and _judged_non_referral(trend):
            short = "LTV ÷ CAC\nexcl. referrals"
        periods.add_column(short, justify="right")
    periods.add_column("business\nor hobby")
    for i, report in enumerate(trend.periods):
        periods.add_row(
            label(report),
            *(value(line, line.values[i], currency) for line in trend.lines),
            report.predictability.verdict,
        )
    files = Table(title="Profiles", title_justify="left", box=None, padding=(0, 1))
    files.add_column("period")
    files.add_column("file", overflow="fold")
    files.show_header = False
    for report in trend.periods:
        files.add_row(label(report), Text(report.path, style="dim"))
    return Group(
        Text(_heading(trend), style="bold"),
        Text(""),
        across,
        Text(""),
        periods,
        Text(""),
        files,
        Text(""),
    )


_SHORT = {  # the marketing share's is its full name, which says what it is a share of
    "referral_share": "referral\ncustomers",
    "cac": "CAC",
    "ltv_to_cac": "LTV ÷ CAC",
    "score": "score",
}


def render_markdown(trend: Trend) -> str:
    currency = trend.currency
    names = [markdown_text(label(p)) for p in trend.periods]
    lines = [
        f"## Trend: {markdown_text(_heading(trend))}",
        "",
        f"| | {' | '.join(names)} | trend | change |",
        f"|---|{'--:|' * len(names)}---|---|",
    ]
    for line in trend.lines:
        cells = " | ".join(value(line, v, currency) for v in line.values)
        moved = change(line, currency) + (f", {judged(line)}" if judged(line) else "")
        lines.append(
            f"| {_series_label(trend, line)} | {cells} | {sparkline(line.values)} | {moved} |"
        )
    files = (
        f"{markdown_code(p.path)} ({name})" for p, name in zip(trend.periods, names, strict=True)
    )
    lines += ["", f"Profiles: {', '.join(files)}"]
    return "\n".join(lines) + "\n"


def render_json(trend: Trend) -> str:
    """``{version, currency, periods: [{path, period, metrics, economics, score}]}``: each
    period's metrics and economics as the JSON report writes them (money as decimal
    strings, shares as numbers)."""
    data = {
        "version": 1,
        "currency": trend.currency,
        "periods": [
            {
                "path": p.path,
                "period": p.business.period,
                "metrics": to_data(p.metrics),
                "economics": to_data(p.economics),
                "score": p.score,
            }
            for p in trend.periods
        ],
    }
    return json_text(data) + "\n"


# HTML


class _Chart(NamedTuple):
    title: str
    svg: Any  # markupsafe.Markup: the line chart escaped its own text
    summary: str


def _limit(trend: Trend, line: Line) -> tuple[Decimal, str] | None:
    last = trend.periods[-1]
    policy = last.policy
    name = line.series.name
    if name == "marketing_share_of_revenue":
        minimum = policy["min_marketing_share"].value
        return minimum, f"{minimum_word(last)} {format_limit(minimum)}"
    if name == "referral_share":
        maximum = policy["max_referral_share"].value
        # the trade's own share is what its customers report, not a ceiling (BI8)
        word = "reported" if reported_maximum(last) else "max"
        return maximum, f"{word} {format_limit(maximum)}"
    if name == "ltv_to_cac":
        return Decimal(LTV_TO_CAC_MINIMUM), f"rule of thumb {LTV_TO_CAC_MINIMUM}×"
    return None


def _tick(line: Line, currency: str, level: Decimal) -> str:
    kind = line.series.kind
    if kind == "share":
        return format_percent(level, 2)
    if kind == "money":
        return format_money(level, currency)
    if kind == "ratio":
        return f"{format_number(level.normalize(), 0 if level == level.to_integral() else 1)}×"
    return f"{level:.0f}"


def _charts(trend: Trend) -> list[_Chart]:
    from markupsafe import Markup

    from bizaudit.render.linechart import Point, line_chart

    currency = trend.currency
    charts = []
    for line in trend.lines:
        points = [
            Point(label(p), v, value(line, v, currency))
            for p, v in zip(trend.periods, line.values, strict=True)
        ]
        svg = line_chart(
            title=_series_label(trend, line),
            points=points,
            tick=partial(_tick, line, currency),
            limit=_limit(trend, line),
            top=Decimal(100) if line.series.name == "score" else None,
        )
        first, last = value(line, line.first, currency), value(line, line.last, currency)
        summary = f"{first} → {last} ({change(line, currency)})"
        charts.append(_Chart(_series_label(trend, line), Markup(svg), summary))
    return charts


def render_html(trend: Trend) -> str:
    """A page that opens offline: the stylesheet inline, a line chart of each figure, the
    periods in a table."""
    from bizaudit import __version__

    currency = trend.currency
    page = {
        "title": f"{trend.periods[-1].business.name}: trend",
        "business": trend.periods[-1].business.name,
        "heading": _periods(trend),
        "lines": [
            {
                "label": _series_label(trend, line),
                "spark": sparkline(line.values),
                "first": value(line, line.first, currency),
                "last": value(line, line.last, currency),
                "change": change(line, currency),
                "judged": judged(line),
            }
            for line in trend.lines
        ],
        "columns": [_series_label(trend, line) for line in trend.lines],
        "periods": [
            {
                "label": label(p),
                "path": p.path,
                "cells": [value(line, line.values[i], currency) for line in trend.lines],
                "verdict": p.predictability.verdict,
                "passed": p.passed,
            }
            for i, p in enumerate(trend.periods)
        ],
        "charts": _charts(trend),
    }
    from bizaudit.render.html import environment  # Jinja2: only for this format

    return environment().get_template("trend.html.j2").render(page=page, version=__version__)
