"""HTML: the report as a standalone page (styles inline, nothing fetched)."""

from __future__ import annotations

from bizaudit.model.report import Report
from bizaudit.render.picture import recorded


def render(report: Report) -> str:
    return recorded(report).export_html(inline_styles=True)
