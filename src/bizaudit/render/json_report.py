"""JSON: the contract CI and other tools read. Money as decimal strings, shares as numbers."""

from __future__ import annotations

from collections.abc import Sequence

from bizaudit.model.report import Chunk, Report, json_bytes, json_chunks


def render(report: Report) -> bytes:
    """The report as UTF-8 JSON (RFC 8259), written out as it is, whatever the terminal's
    encoding: a batch's report is megabytes, not decoded to be encoded again."""
    return json_bytes(report) + b"\n"


def render_written(head: Report, listed: Sequence[Sequence[Chunk]]) -> list[Chunk]:
    """:func:`render` of a report whose profiles were written already, in slices of chunks (a
    batch's, by :func:`bizaudit.io.checker.check_json`): the same bytes, as the chunks they
    are written out in (``model.report.json_chunks``)."""
    return json_chunks(head, listed, b"\n")
