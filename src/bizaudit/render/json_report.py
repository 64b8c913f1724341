"""JSON: the contract CI and other tools read. Money as decimal strings, shares as numbers."""

from __future__ import annotations

from bizaudit.model.report import Report, adapter


def render(report: Report) -> str:
    # pydantic-core serialises in Rust; json.dumps with indent falls back to pure Python.
    return adapter().dump_json(report, indent=2).decode() + "\n"
