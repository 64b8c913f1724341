"""JSON: the contract CI and other tools read. Money as decimal strings, shares as numbers."""

from __future__ import annotations

from bizaudit.report import Report


def render(report: Report) -> str:
    # pydantic-core serialises in Rust; json.dumps with indent falls back to pure Python.
    return report.model_dump_json(indent=2) + "\n"
