"""JSON: the contract CI and other tools read. Money as decimal strings, shares as numbers."""

from __future__ import annotations

import json

from bizaudit.report import Report


def render(report: Report) -> str:
    return json.dumps(report.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"
