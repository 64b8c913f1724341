"""``bizaudit diff`` output: rich, json or markdown."""

from __future__ import annotations

from decimal import Decimal

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from bizaudit.explain.numbers import (
    format_count,
    format_money,
    format_number,
    format_percent,
    places_apart,
)
from bizaudit.explain.summary import held_label
from bizaudit.model.diff import Change, ChannelChange, Diff
from bizaudit.model.report import json_text
from bizaudit.render.markdown import code, escape

FORMATS = ("rich", "json", "markdown")
_COUNTS = {"score", "acquisition_channels"}


def _shown(c: Change) -> tuple[str, str, str]:
    """Before, after and change of a figure, with the decimals it takes to tell before from
    after, and a change from no change (9.98% → 10.02%, +0.04 pts; not 10% → 10%, +0.0)."""
    if c.metric in _COUNTS:
        return _value(c, c.before, 0), _value(c, c.after, 0), _value(c, c.change, 0, signed=True)
    scale = 1 if c.metric in ("ltv_to_cac", "payback_months") else 100
    places = 1
    if c.before is not None and c.after is not None:
        places = places_apart(c.before * scale, c.after * scale)
    moved = 0 if not c.change else places_apart(c.change * scale, Decimal(0))
    return (
        _value(c, c.before, places),
        _value(c, c.after, places),
        _value(c, c.change, moved, signed=True),
    )


def _value(c: Change, value: Decimal | None, places: int, *, signed: bool = False) -> str:
    if value is None:
        return "n/a"
    sign = "+" if signed and value > 0 else ""
    if c.metric in _COUNTS:
        return f"{sign}{value:.0f}"
    if c.metric == "ltv_to_cac":
        return f"{sign}{format_number(value, places)}×"
    if c.metric == "payback_months":
        return f"{sign}{format_number(value, places)} mo"
    if signed:  # a change in a share is in percentage points
        return f"{sign}{format_number(value * 100, places)} pts"
    return format_percent(value, places)


def _signed_money(amount: Decimal, currency: str) -> str:
    return f"{'+' if amount > 0 else ''}{format_money(amount, currency)}"


#: The figures as ``check`` and ``trend`` name them; the keys are what --fail-on-drop takes.
LABELS = {
    "score": "Score",
    "marketing_share_of_revenue": "Marketing ÷ revenue",
    "marketing_share_of_spend": "Marketing ÷ all spend",
    "sales_share_of_spend": "Sales ÷ all spend",
    "referral_share": "Referral customers",
    "owner_marketing_time_share": "Owner time on marketing",
    "acquisition_channels": "Acquisition channels",
    "ltv_to_cac": "LTV ÷ CAC",
    "payback_months": "CAC payback",
}


def _label(change: Change, diff: Diff) -> str:
    if change.metric == "marketing_share_of_revenue":  # the share the check holds (BA101)
        return held_label(diff.marketing_share_of)
    if change.metric in ("ltv_to_cac", "payback_months") and diff.judged_by == "non-referral":
        return f"{LABELS[change.metric]} excluding referrals"  # as the check judges it
    return LABELS.get(change.metric, change.metric.replace("_", " "))


_SAME_CUSTOMERS = (
    "The new customers and their sources are the same in both profiles: CAC, LTV ÷ CAC and "
    "payback moved with the spend alone, not with what it brought."
)


def _spend_alone(diff: Diff) -> bool:
    """Whether to say the economics moved with the spend alone: the same customers, and the
    CAC did move (a re-review: the note had shown when nothing moved, after a relabel)."""
    if not diff.customers_unchanged:
        return False
    return any(m.name == "CAC" and m.change for m in diff.results)


def _mark(change: Change) -> str:
    if change.worse:  # also a figure that became n/a
        return "worse"
    if change.change is None or change.change == 0 or change.better == "neither":
        return ""  # unchanged, or a figure no rule judges
    if change.in_range:  # within the industry's range: neither (AD21 of the nineteenth round)
        # ...or a ratio at or above the 3× rule of thumb both times (BBQ8 of the fifty-ninth)
        return "in range" if change.metric == "marketing_share_of_revenue" else "within norm"
    return "better"


def _caps(diff: Diff) -> list[str]:
    """What of the score's change is a cap lifted or added, in words (AB12 of the eighteenth
    round: 79 → 98 read "better" when 16 of the 19 points were BA121's cap lifted)."""
    said = [f"score cap at {cap.limit} lifted: {cap.reason}" for cap in diff.caps_lifted]
    said += [f"score capped at {cap.limit}: {cap.reason}" for cap in diff.caps_added]
    return said


def _cac(amount: Decimal | None, currency: str) -> str:
    return "—" if amount is None else format_money(amount, currency)


def _channel_cells(c: ChannelChange, currency: str) -> tuple[str, str, str, str, str]:
    return (
        format_money(c.spend_before, currency),
        format_money(c.spend_after, currency),
        _signed_money(c.spend_after - c.spend_before, currency),
        f"{format_count(c.customers_before)} → {format_count(c.customers_after)}",
        f"{_cac(c.cac_before, currency)} → {_cac(c.cac_after, currency)}",
    )


def render_json(diff: Diff) -> str:
    return json_text(diff) + "\n"


def render_rich(diff: Diff) -> RenderableType:
    title = Text.assemble(
        ("bizaudit diff ", "bold"),
        f"{diff.old} → {diff.new}: score {diff.score_before} → {diff.score_after}, "
        f"{diff.verdict_before} → {diff.verdict_after}",
    )
    metrics = Table(title="Figures", title_justify="left", box=None, padding=(0, 1))
    for column in ("figure", "before", "after", "change", ""):
        metrics.add_column(column, justify="left" if column in ("figure", "") else "right")
    for c in diff.metrics:
        style = "red" if c.worse else ("green" if _mark(c) == "better" else "")
        metrics.add_row(
            _label(c, diff),
            *_shown(c),
            Text(_mark(c), style=style),
        )
    currency = diff.currency
    tables: list[RenderableType] = []
    for heading, rows in (("Results", diff.results), ("Spend", diff.spend)):
        table = Table(title=heading, title_justify="left", box=None, padding=(0, 1))
        for column in ("", "before", "after", "change"):
            table.add_column(column, justify="left" if not column else "right")
        for m in rows:
            table.add_row(
                m.name,
                format_money(m.before, currency),
                format_money(m.after, currency),
                _signed_money(m.change, currency),
            )
        tables += [table, Text("")]
    if diff.channels:
        table = Table(title="Channels", title_justify="left", box=None, padding=(0, 1))
        for column in ("channel", "before", "after", "change", "new customers", "CAC"):
            table.add_column(column, justify="left" if column == "channel" else "right")
        for row in diff.channels:
            table.add_row(row.name, *_channel_cells(row, currency))
        tables += [table, Text("")]
    note = [Text(_SAME_CUSTOMERS, style="dim"), Text("")] if _spend_alone(diff) else []
    caps = [Text(line) for line in _caps(diff)]
    parts: list[RenderableType] = [title, *caps, Text(""), metrics, *note, Text(""), *tables]
    found = (("Resolved", diff.resolved, "green"), ("Introduced", diff.introduced, "red"))
    for label, refs, style in found:
        parts.append(Text(f"{label}: {len(refs) or 'none'}", style=f"bold {style}"))
        parts += [Padding(Text(f"{r.rule} {r.severity}: {r.message}"), (0, 0, 0, 2)) for r in refs]
    return Group(*parts)


def render_markdown(diff: Diff) -> str:
    lines = [
        f"## bizaudit diff: score {diff.score_before} → {diff.score_after}",
        "",
        f"{code(diff.old)} → {code(diff.new)} · {diff.verdict_before} → {diff.verdict_after}",
        "",
        *(f"- {escape(line)}" for line in _caps(diff)),
        *([""] if diff.caps_lifted or diff.caps_added else []),
        "| figure | before | after | change | |",
        "|---|---|---|---|---|",
    ]
    lines += [f"| {_label(c, diff)} | {' | '.join(_shown(c))} | {_mark(c)} |" for c in diff.metrics]
    if _spend_alone(diff):
        lines += ["", f"_{_SAME_CUSTOMERS}_"]
    for heading, rows in (("results", diff.results), ("spend", diff.spend)):
        lines += ["", f"| {heading} | before | after | change |", "|---|---|---|---|"]
        lines += [
            f"| {m.name} | {format_money(m.before, diff.currency)} | "
            f"{format_money(m.after, diff.currency)} | {_signed_money(m.change, diff.currency)} |"
            for m in rows
        ]
    if diff.channels:
        lines += [
            "",
            "| channel | before | after | change | new customers | CAC |",
            "|---|---|---|---|---|---|",
        ]
        lines += [
            f"| {escape(c.name)} | {' | '.join(_channel_cells(c, diff.currency))} |"
            for c in diff.channels
        ]
    for label, refs in (("Resolved", diff.resolved), ("Introduced", diff.introduced)):
        lines += ["", f"**{label}:** {len(refs) or 'none'}"]
        lines += [f"- {r.rule} ({r.severity}): {escape(r.message)}" for r in refs]
    return "\n".join(lines) + "\n"
