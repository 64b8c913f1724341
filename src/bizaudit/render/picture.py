"""Shared by the picture formats: the Rich report, with its chart, recorded for export."""

from __future__ import annotations

import io

from rich.console import Console

from bizaudit import render
from bizaudit.model.report import Report
from bizaudit.render import rich_report

WIDTH = 100


def recorded(report: Report) -> Console:
    console = render.console(
        record=True,
        width=WIDTH,
        file=io.StringIO(),
        force_terminal=True,
        color_system="truecolor",
    )
    console.print(rich_report.render(report, chart=True))
    return console
