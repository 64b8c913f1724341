"""Reading a large export in stretches, side by side, on the cores the system gives us.

A file is cut into stretches of a few megabytes, each ending at a line end; each stretch is
scanned by a worker process and the scans are merged in file order, which gives exactly what
one pass would (see :class:`bizaudit.ledger.scan.Scan`).

A line end inside a quoted field is not a row end, so a cut may fall inside a row. Workers
read strictly: a stretch that ends inside a quoted field (or is malformed in any way csv's
strict mode notices) sends the whole file back to be read in one pass, the forgiving way. As
the first stretch starts at a row (just after the header) and every stretch is checked to
end at one, every stretch starts at one. Layouts whose rows depend on the rows above them
(QuickBooks sections), small files, encodings where a line end is not one byte, and systems
where worker processes cannot be forked are read in one pass.
"""

from __future__ import annotations

import csv
import io
import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from itertools import pairwise
from pathlib import Path

from bizaudit.io.forked import can_fork, cores, ignore_interrupts, signals_held
from bizaudit.io.ledger.scan import Plan, Scan, scan_rows

__all__ = ["PARALLEL_BYTES", "STRETCH_BYTES", "Stretch", "cores", "cut", "read", "scan_stretch"]

PARALLEL_BYTES = 8 * 1024 * 1024  # smaller files are read in one pass
STRETCH_BYTES = 4 * 1024 * 1024
_PROBE_BYTES = 64 * 1024  # read at a time to find a line end


@dataclass(frozen=True)
class Stretch:
    start: int  # byte offset of its first line
    end: int  # byte offset just past its last line


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
    count = workers if workers is not None else cores()
    if count < 2 or size < PARALLEL_BYTES or not plan.layout.splittable or not can_fork():
        return None
    if encoding not in ("utf-8", "utf-8-sig", "cp1252"):
        return None  # a line end is one byte only in these
    start = _data_start(sample, header_lines)
    if start is None:
        return None
    stretches = cut(path, start, size)
    if len(stretches) < 2:
        return None
    jobs = [(path, encoding, delimiter, plan, stretch) for stretch in stretches]
    context = multiprocessing.get_context("fork")
    total, lines_before = Scan(), header_lines
    pool = None
    try:
        with signals_held():  # the pool starts whole, or not at all
            pool = ProcessPoolExecutor(min(count, len(jobs)), context, ignore_interrupts)
            scans = pool.map(scan_stretch, jobs)
        for stretch, found in zip(stretches, scans, strict=True):
            if found is None:  # a cut inside a quoted field, or odd quoting: one pass
                return None
            part, lines = found
            part.unreadable = [replace(u, row=u.row + lines_before) for u in part.unreadable]
            part.transfers = [replace(t, row=t.row + lines_before) for t in part.transfers]
            total.merge(part)
            lines_before += lines
            if progress is not None:
                progress(stretch.end)
    finally:  # Ctrl-C, SIGTERM, or a worker's error: stop the stretches not yet started
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    return total


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


def cut(path: Path, start: int, size: int) -> list[Stretch]:
    """Stretches of about STRETCH_BYTES from ``start`` to ``size``, each ending with \\n."""
    bounds = [start]
    with path.open("rb") as raw:
        while bounds[-1] + STRETCH_BYTES < size:
            raw.seek(bounds[-1] + STRETCH_BYTES)
            end = None
            while end is None and (piece := raw.read(_PROBE_BYTES)):
                found = piece.find(b"\n")
                end = None if found < 0 else raw.tell() - len(piece) + found + 1
            if end is None or end >= size:
                break
            bounds.append(end)
    bounds.append(size)
    return [Stretch(a, b) for a, b in pairwise(bounds)]


def scan_stretch(job: tuple[Path, str, str, Plan, Stretch]) -> tuple[Scan, int] | None:
    """One worker's part: the scan of one stretch and the lines it holds; None when csv's
    strict mode finds it ends inside a quoted field or is malformed."""
    path, encoding, delimiter, plan, stretch = job
    with path.open("rb") as raw:
        raw.seek(stretch.start)
        data = raw.read(stretch.end - stretch.start)
    text = data.decode("utf-8" if encoding == "utf-8-sig" else encoding)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        found = scan_rows(reader, lambda: reader.line_num, plan)
    except csv.Error:
        return None
    return found, reader.line_num
