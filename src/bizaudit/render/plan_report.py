"""``bizaudit plan`` output: rich, markdown and JSON."""

from __future__ import annotations

from functools import partial
from typing import Any

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from bizaudit.explain.numbers import format_count, format_money, format_number
from bizaudit.explain.text import markdown_text
from bizaudit.model.plan import PlanReport
from bizaudit.model.report import json_text, to_data
from bizaudit.render.width import ByWidth

__all__ = ["FORMATS", "render_json", "render_markdown", "render_rich"]


def _shown(name: str | None, word: str) -> str:
    return name if name is not None else word


def render_rich(plan: PlanReport) -> RenderableType:
    money = _money(plan)
    style = "bold red" if plan.headline.startswith("Warning") else "bold"
    parts: list[RenderableType] = [
        Text(f"{plan.business}: where the next dollar should go", style="bold"),
        Text(plan.headline, style=style),
    ]
    if plan.planned_budget != plan.current_budget:
        parts.append(Text(_profit_line(plan), style="dim"))
    if plan.moves:
        moves = Table(
            title="Moves", title_justify="left", box=None, padding=(0, 1), show_header=False
        )
        moves.add_column(justify="right", no_wrap=True)
        moves.add_column(overflow="fold")
        for m in plan.moves:
            route = f"{_shown(m.source, 'added budget')} → {_shown(m.target, 'cut')}"
            moves.add_row(money(m.amount), Text.assemble((route, "bold"), "\n", (m.reason, "dim")))
        parts.append(Padding(moves, (1, 0, 0, 0)))
    rows = [
        (
            c.name,
            f"{money(c.spend)} → {money(c.planned_spend)}",
            f"{format_count(c.customers)} → {format_number(c.projected_customers, 0)}",
            f"{'—' if c.cac is None else money(c.cac)} → "
            f"{'—' if c.projected_cac is None else money(c.projected_cac)}",
        )
        for c in plan.channels
        if c.left_alone is None
    ]
    if rows:
        parts.append(Padding(ByWidth(partial(_channel_table, rows)), (1, 0, 0, 0)))
    alone = [(c.name, c.left_alone or "") for c in plan.channels if c.left_alone is not None]
    if alone:
        parts.append(Padding(_hanging("Left alone", alone), (1, 0, 0, 0)))
    assumptions = [("-", line) for line in plan.assumptions]
    parts.append(Padding(_hanging("Assumptions", assumptions), (1, 0, 0, 0)))
    parts.append(Text(""))
    return Group(*parts)


#: The plan's channel table's headings
_HEADERS = ("channel", "spend → planned", "customers → projected", "CAC → projected")
#: A long word of a channel's name ("prospecting,") and a space
_NAME_AT_LEAST = 14


def _channel_table(rows: list[tuple[str, str, str, str]], width: int) -> Table:
    """The plan's channel table, its figures kept on one line where ``width`` allows; a
    narrow terminal wraps them at their arrows rather than fold a word of a channel's name
    (G22 of the twenty-fifth round, 2026-12-04: at 80 columns a line began with ", bid")."""
    figures = sum(
        max(len(header), *(len(row[i]) for row in rows)) + 2
        for i, header in enumerate(_HEADERS)
        if i
    )
    fits = figures + _NAME_AT_LEAST + 2 <= width
    table = Table(title="Channels", title_justify="left", box=None, padding=(0, 1))
    table.add_column(_HEADERS[0], overflow="fold", min_width=12, max_width=24)
    for header in _HEADERS[1:]:
        table.add_column(header, justify="right", no_wrap=fits)
    for row in rows:
        table.add_row(*row)
    return table


def _hanging(title: str, rows: list[tuple[str, str]]) -> Table:
    """Two columns, the second wrapped under itself: a label and what it says."""
    grid = Table(title=title, title_justify="left", box=None, padding=(0, 1), show_header=False)
    grid.add_column(overflow="fold", max_width=24)
    grid.add_column(overflow="fold", style="dim")
    for label, text in rows:
        grid.add_row(label, text)
    return grid


def render_markdown(plan: PlanReport) -> str:
    money = _money(plan)
    lines = [
        f"### {markdown_text(plan.business)}: where the next dollar should go",
        "",
        f"**{markdown_text(plan.headline)}**",
        "",
    ]
    if plan.planned_budget != plan.current_budget:
        lines += [markdown_text(_profit_line(plan)), ""]
    if plan.moves:
        lines += ["| from | to | amount | why |", "|---|---|--:|---|"]
        lines += [
            f"| {markdown_text(_shown(m.source, 'added budget'))} | "
            f"{markdown_text(_shown(m.target, 'cut'))} | {money(m.amount)} | "
            f"{markdown_text(m.reason)} |"
            for m in plan.moves
        ]
        lines.append("")
    planned = [c for c in plan.channels if c.left_alone is None]
    if planned:  # no table of no rows, a bare header (BBQ9 of the fifty-ninth round's review)
        lines += [
            "| channel | spend → planned | customers → projected | CAC → projected |",
            "|---|--:|--:|--:|",
        ]
    for c in planned:
        cac = "—" if c.cac is None else money(c.cac)
        later = "—" if c.projected_cac is None else money(c.projected_cac)
        lines.append(
            f"| {markdown_text(c.name)} | {money(c.spend)} → {money(c.planned_spend)} | "
            f"{format_count(c.customers)} → {format_number(c.projected_customers, 0)} | {cac} "
            f"→ {later} |"
        )
    if planned:
        lines.append("")
    alone = [c for c in plan.channels if c.left_alone is not None]
    if alone:
        lines += ["Left alone:", ""]
        lines += [f"- {markdown_text(c.name)}: {markdown_text(c.left_alone or '')}" for c in alone]
        lines.append("")
    lines += ["Assumptions:", ""]
    lines += [f"- {markdown_text(line)}" for line in plan.assumptions]
    return "\n".join(lines) + "\n"


def render_json(plan: PlanReport) -> str:
    """The plan as JSON; a move's ends are written ``from`` and ``to``."""
    data: dict[str, Any] = to_data(plan)
    data["moves"] = [
        {"from": m["source"], "to": m["target"], "amount": m["amount"], "reason": m["reason"]}
        for m in (to_data(move) for move in plan.moves)
    ]
    data["channels"] = [to_data(c) for c in plan.channels]
    return json_text(data) + "\n"


def _profit_line(plan: PlanReport) -> str:
    money = _money(plan)

    def said(amount: Any) -> str:
        return f"{money(amount)} profit" if amount >= 0 else f"{money(-amount)} loss"

    if plan.operating_profit is None or plan.planned_operating_profit is None:
        return (
            "Operating result: not known, as the profile lists only part of the spending "
            "(spending: partial)."
        )
    return (
        f"Operating result: {said(plan.operating_profit)} today, "
        f"{said(plan.planned_operating_profit)} with the plan's budget, before what the new "
        "customers bring."
    )


def _money(plan: PlanReport) -> Any:
    currency = plan.currency

    def money(amount: Any) -> str:
        return format_money(amount, currency)

    return money


FORMATS = {"rich": render_rich, "markdown": render_markdown, "json": render_json}
