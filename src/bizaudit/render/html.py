"""HTML: the report as a standalone page (styles inline, nothing fetched)."""

from __future__ import annotations

from bizaudit.render.picture import recorded
from bizaudit.report import Report


def render(report: Report) -> str:
    return recorded(report).export_html(inline_styles=True)
