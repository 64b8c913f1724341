"""JSON: the contract CI and other tools read. Money as decimal strings, shares as numbers."""

from __future__ import annotations

from bizaudit.model.report import Report, dump_json


def render(report: Report) -> str:
    return dump_json(report) + "\n"
