"""SVG: the report as a picture, for pull-request artifacts."""

from __future__ import annotations

from bizaudit.model.report import Report
from bizaudit.render.picture import recorded


def render(report: Report) -> str:
    return recorded(report).export_svg(title="bizaudit")
