"""Reading a large export in stretches, side by side, on the cores the system gives us.

A file is cut into stretches of a few megabytes at line ends; each stretch is scanned by a
worker process and the scans are merged in file order, which gives exactly what one pass
would (see :class:`bizaudit.ledger.scan.Scan`). A line end is a row end only when no quoted
field can hold a line break, so only files without quote characters are cut; layouts whose
rows depend on the rows above them (QuickBooks sections) are read in one pass, as are small
files and systems where worker processes cannot be forked.
"""

from __future__ import annotations

import csv
import io
import multiprocessing
import os
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from bizaudit.ledger.scan import Plan, Scan, scan_rows

__all__ = ["PARALLEL_BYTES", "STRETCH_BYTES", "read"]

PARALLEL_BYTES = 8 * 1024 * 1024  # smaller files are read in one pass
STRETCH_BYTES = 4 * 1024 * 1024
_BLOCK_BYTES = 1024 * 1024


@dataclass(frozen=True)
class Stretch:
    start: int  # byte offset of its first line
    end: int  # byte offset just past its last line
    lines_before: int  # the file's lines before its first line


def read(
    path: Path,
    sample: bytes,
    size: int,
    encoding: str,
    delimiter: str,
    header_lines: int,
    plan: Plan,
    workers: int | None,
    progress: Callable[[int], None] | None,
) -> Scan | None:
    """The scan of the file's data rows read in stretches, or None when it should be read in
    one pass."""
    count = workers if workers is not None else _cores()
    if count < 2 or size < PARALLEL_BYTES or not plan.layout.splittable or not _can_fork():
        return None
    start = _data_start(sample, header_lines)
    stretches = None if start is None else cut(path, start, header_lines)
    if stretches is None or len(stretches) < 2:
        return None
    jobs = [(path, encoding, delimiter, plan, stretch) for stretch in stretches]
    context = multiprocessing.get_context("fork")
    total = Scan()
    with ProcessPoolExecutor(min(count, len(jobs)), mp_context=context) as pool:
        for stretch, found in zip(stretches, pool.map(scan_stretch, jobs), strict=True):
            total.merge(found)
            if progress is not None:
                progress(stretch.end)
    return total


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every system
        return os.cpu_count() or 1


def _can_fork() -> bool:
    """Forked workers start at once and share what is already imported; elsewhere starting
    them costs more than a large file saves. (macOS can fork, but not safely.)"""
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def _data_start(sample: bytes, header_lines: int) -> int | None:
    """The byte offset of the first line after the header, when lines end with \\n."""
    if sample.count(b"\r") != sample.count(b"\r\n"):
        return None  # lone carriage returns end lines too
    at = -1
    for _ in range(header_lines):
        at = sample.find(b"\n", at + 1)
        if at < 0:
            return None
    return at + 1


def cut(path: Path, start: int, header_lines: int) -> list[Stretch] | None:
    """Stretches of about STRETCH_BYTES from ``start`` to the end, cut after a \\n; None when
    the file has quote characters or lone carriage returns, where a line end may not end a
    row."""
    stretches: list[Stretch] = []
    begin, lines_before, lines_since = start, header_lines, 0
    with path.open("rb") as raw:
        raw.seek(start)
        at, carriage_return = start, False  # whether the block before ended with \r
        while block := raw.read(_BLOCK_BYTES):
            if carriage_return and not block.startswith(b"\n"):
                return None
            carriage_return = block.endswith(b"\r")
            lone = block.count(b"\r") - block.count(b"\r\n") - carriage_return
            if b'"' in block or lone:
                return None
            wanted = begin + STRETCH_BYTES - at
            cut_at = block.find(b"\n", max(wanted - 1, 0)) if wanted <= len(block) else -1
            if cut_at >= 0:
                lines_since += block.count(b"\n", 0, cut_at + 1)
                end = at + cut_at + 1
                stretches.append(Stretch(begin, end, lines_before))
                begin, lines_before = end, lines_before + lines_since
                lines_since = block.count(b"\n", cut_at + 1)
            else:
                lines_since += block.count(b"\n")
            at += len(block)
    if at > begin:
        stretches.append(Stretch(begin, at, lines_before))
    return stretches


def scan_stretch(job: tuple[Path, str, str, Plan, Stretch]) -> Scan:
    """One worker's part: read and scan one stretch."""
    path, encoding, delimiter, plan, stretch = job
    with path.open("rb") as raw:
        raw.seek(stretch.start)
        data = raw.read(stretch.end - stretch.start)
    text = data.decode("utf-8" if encoding == "utf-8-sig" else encoding)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    before = stretch.lines_before
    return scan_rows(reader, lambda: before + reader.line_num, plan)
