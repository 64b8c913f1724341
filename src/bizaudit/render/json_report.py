"""JSON: the contract CI and other tools read. Money as decimal strings, shares as numbers."""

from __future__ import annotations

from bizaudit.model.report import Report, json_bytes


def render(report: Report) -> bytes:
    """The report as UTF-8 JSON (RFC 8259), written out as it is, whatever the terminal's
    encoding: a batch's report is megabytes, not decoded to be encoded again."""
    return json_bytes(report) + b"\n"
