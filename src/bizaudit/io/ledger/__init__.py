"""Import an accounting or bank CSV export: stream its rows, classify, add up into activities.

One pass, bounded memory: rows are read as they come; only totals per activity, the
descriptions of each activity's first lines, and the first unreadable rows (with counts for
the rest) are kept. A large file is read in stretches by several processes where the
system allows it (see :mod:`bizaudit.ledger.parallel`); the result is the same either way.
"""

from __future__ import annotations

import codecs
import copy
import csv
import io
import os
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields, replace
from decimal import Decimal
from functools import cached_property
from itertools import chain, islice
from pathlib import Path
from typing import Any, BinaryIO, Literal

from bizaudit.core.classify import Classification, Classifier, default
from bizaudit.explain.text import printable
from bizaudit.io.errors import InputError, unreadable
from bizaudit.io.ledger import layouts, ofx, parallel
from bizaudit.io.ledger.mapping import MapFile
from bizaudit.io.ledger.parsing import (
    DELIMITERS,
    SAMPLE_BYTES,
    Period,
    Place,
    RowError,
    Said,
    cell_place,
    currency_in,
    day_first,
    detect_encoding,
    sniff_delimiter,
)
from bizaudit.io.ledger.scan import (
    NO_NAME,
    Activity,
    Plan,
    Scan,
    TooManyActivities,
    Unreadable,
    activity_name,
    payee_name,
    scan_rows,
)
from bizaudit.model.lazy import LazyPattern
from bizaudit.model.vocab import Category, Purpose

__all__ = ["Activity", "Imported", "Unreadable", "payee_name", "read_ledger"]

GroupBy = Literal["account", "payee"]
_HEADER_SEARCH_ROWS = 30
_DATE_SAMPLES = 50
_SETTLE_ROWS = 200  # rows that show a card statement's sign and a file's currency


@dataclass(kw_only=True)
class Imported(Scan):
    """What an import found, ready to be written as a profile."""

    path: str
    layout: str
    encoding: str
    delimiter: str
    group_by: GroupBy
    title: str | None = None
    currency: Said | None = None  # the currency the file says its amounts are in
    sign_note: str = ""  # how the sign of spending was read
    period: Period | None = None  # the period a report states in its title block
    header: list[str] | None = None  # a CSV's header row, to name the cells warnings point at
    header_line: int | None = None  # the line it ends on
    statement: bool = False  # one card or bank account's statement: part of the spending only

    @property
    def spend(self) -> Decimal:
        return sum((a.spend for a in self.activities.values()), Decimal(0))


@dataclass(frozen=True)
class _Head:
    """What the first rows of a file say: its layout, title, and how its dates are written."""

    layout: layouts.Layout
    title: str | None
    header_lines: int  # lines up to and including the header row
    day_first: bool
    currency: Said | None
    header: list[str]


class _Counting(io.RawIOBase):
    """A binary stream that counts the bytes read through it, for the progress bar."""

    def __init__(self, raw: BinaryIO) -> None:
        self.raw = raw
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.raw.read(len(buffer))
        buffer[: len(data)] = data
        self.count += len(data)
        return len(data)


def read_ledger(
    path: Path,
    *,
    group_by: GroupBy | None = None,
    column_map: MapFile | None = None,
    classifier: Classifier | None = None,
    progress: Callable[[int], None] | None = None,
    workers: int | None = None,
) -> Imported:
    """Read an export. Raises InputError when the file cannot be used at all.

    ``workers`` caps the processes that read a large file (default: one per core);
    ``progress`` is called with the bytes read so far.
    """
    shown = printable(path)
    try:
        with path.open("rb") as raw:
            sample = raw.read(SAMPLE_BYTES)
            size = os.fstat(raw.fileno()).st_size
    except OSError as exc:
        raise unreadable(shown, exc) from None
    if not sample.strip():
        raise InputError(shown, "the file is empty", "export the ledger again, as CSV")
    if ofx.is_ofx(sample):
        return _read_statement(path, shown, classifier or default(), group_by)
    other = _other_format(sample)
    if other is not None:
        raise InputError(shown, f"this is {other[0]}, not a CSV file", other[1])
    encoding = detect_encoding(sample)
    if b"\x00" in sample and encoding != "utf-16":
        raise InputError(
            shown,
            "this is not a CSV file (it holds binary data)",
            "export the ledger as CSV (comma or semicolon separated values)",
        )
    text_sample = sample.decode(encoding, errors="replace")
    whole = len(sample) == size
    delimiter, head = _delimiter_and_head(text_sample, whole, shown, column_map)
    chosen: GroupBy = group_by or ("account" if head.layout.has_accounts else "payee")
    if chosen == "account" and not head.layout.has_accounts:
        raise _no_accounts(shown, head.layout.label, head.header_lines)
    plan = Plan(head.layout, chosen == "account", head.day_first)
    try:
        found = parallel.read(
            path, sample, size, encoding, delimiter, head.header_lines, plan, workers, progress
        )
        if found is None:
            found = _read_serial(path, encoding, delimiter, head.header_lines, plan, progress)
    except UnicodeDecodeError as exc:
        line, column = _where_undecodable(path, encoding)
        raise InputError(
            shown,
            f"byte 0x{exc.object[exc.start : exc.start + 1].hex()} is not valid {encoding}",
            "save the export as UTF-8 or Windows-1252",
            line,
            column,
        ) from None
    except TooManyActivities as exc:
        raise InputError(
            shown,
            f"the lines of this export make more than {exc.args[0]:,} distinct activities",
            "a budget has tens of lines, not thousands: group by account rather than payee "
            "(--group-by account), or give the export's accounts fewer names",
        ) from None
    if any(u.cell is not None for u in found.unreadable):
        found.unreadable = _placed(path, encoding, delimiter, found.unreadable)
    said = head.currency
    if column_map is not None and column_map.columns.currency is not None:
        said = Said(column_map.columns.currency, "the map file", True, at=_in_map(column_map))
    result = Imported(
        path=shown,
        layout=head.layout.label,
        encoding=encoding,
        delimiter=delimiter,
        group_by=chosen,
        title=head.title,
        currency=said,
        sign_note=getattr(head.layout, "sign_note", ""),
        period=getattr(head.layout, "period", None),
        header=head.header,
        header_line=head.header_lines,
        **{f.name: getattr(found, f.name) for f in fields(Scan)},
    )
    statement = isinstance(head.layout, layouts.Columns) and not head.layout.income_accounts
    return _finish(result, head.layout, classifier or default(), statement=statement)


def _read_statement(
    path: Path, shown: str, classifier: Classifier, group_by: GroupBy | None
) -> Imported:
    """An OFX or QFX statement, read by the same Columns reading as a CSV (see ``ofx``)."""
    statement = ofx.read_ofx(path, shown)
    if group_by == "account":
        raise _no_accounts(shown, statement.label)
    layout = layouts.Columns(
        0, 3, amount=4, payee=2, kind_col=1, name="ofx", label=statement.label,
        sign_note="OFX amounts are signed from the account holder's side: money out is negative",
    )  # fmt: skip
    where = [0]

    def rows() -> Iterator[list[str]]:
        for line, row in ofx.rows_with_lines(statement):
            where[0] = line
            yield row

    found = scan_rows(rows(), lambda: where[0], Plan(layout, False, False))
    result = Imported(
        path=shown,
        layout=statement.label,
        encoding="OFX",
        delimiter="",
        group_by=group_by or "payee",
        currency=Said(statement.currency, "the statement's CURDEF", True, at=statement.curdef)
        if statement.currency
        else None,
        sign_note=layout.sign_note,
        **{f.name: getattr(found, f.name) for f in fields(Scan)},
    )
    return _finish(result, layout, classifier, statement=True)


def _no_accounts(shown: str, label: str, header_line: int | None = None) -> InputError:
    """--group-by account on an export whose lines name no account (a card or bank
    statement): refused, rather than grouped by payee under a header that says otherwise."""
    if header_line is None:  # an OFX statement
        where, hint = "it is one account's statement", "leave --group-by out"
    else:
        where = "its header has no account column"
        hint = "leave --group-by out, or name an account column in a --map file"
    return InputError(
        shown,
        f"--group-by account: this {label} names no account on its lines ({where}), so they "
        "can only be grouped by payee",
        hint,
        header_line,
        1 if header_line else None,
    )


def _finish(
    result: Imported, layout: layouts.Layout, classifier: Classifier, *, statement: bool
) -> Imported:
    """Net refunds, refuse an export with no spending, classify each activity (``statement``:
    a card or bank statement, whose payees are paid, never deducted from revenue)."""
    result.settle()
    result.statement = statement
    if not result.expense_lines:
        raise _no_expenses(result, layout)
    for activity in result.activities.values():
        if activity.cost_of_sales:
            activity.classification = _filed_as_cost(activity, result.group_by)
            continue
        _classify(activity, classifier)
        found = activity.classification
        if statement and found is not None and found.category == "contra-revenue":
            # Stated in the profile, or check would read the name alone and take the
            # purchase out of revenue (a bookkeeper's review: $147.45 of supplies from Amazon).
            activity.classification = found._replace(
                category="operations",
                purpose=None,
                source="explicit",
                reason=f"{found.reason}; what a card or bank pays for is a purchase (a "
                "marketplace's fees come out of its payouts), so read as operations",
                confidence="low",
            )
    return result


def _no_expenses(result: Imported, layout: layouts.Layout) -> InputError:
    """The error for an export with no spending: at its header row, which every line below
    was read against (an OFX statement has none: the whole file is meant)."""
    unread = ""
    if result.unreadable:
        first = result.unreadable[0]
        column = f" column {first.column}" if first.column else ""
        unread = (
            f"; {result.unreadable_count} could not be read (the first: row {first.row}"
            f"{column}, {first.message})"
        )
    if result.header_line is None:
        where = f"anywhere in this {layout.label}"
    elif not result.rows:
        where = f"in this {layout.label}: its header row has nothing below it"
    else:
        where = f"in this {layout.label}, in the rows below its header (this row)"
    hint = "check the export covers a period with spending"
    if isinstance(layout, layouts.QuickBooks) and result.rows and not result.income_lines:
        hint = (
            "none of its lines sits under an income or expense account heading: export "
            "'Profit and Loss Detail' or 'Transaction Detail by Account'"
        )
    line = result.header_line
    return InputError(
        result.path, f"no expense lines found {where}{unread}", hint, line, 1 if line else None
    )


_NUMBERED_COST = LazyPattern(r"5\d{2,5}\b")  # as layouts reads an account's number
_NAMED_COST = LazyPattern(r"cost of (?:goods sold|sales)|\bcogs\b", re.IGNORECASE)


def _filed_as_cost(activity: Activity, group_by: GroupBy) -> Classification:
    """Cost of sales, stated: the ledger files every line of the activity there (under a Cost
    of Goods Sold heading, or in an account numbered 5xxx), and that says more than its name
    ("Food & Bakery", "Packaging & Cups"), so the profile states the kind for ``check``."""
    if group_by == "payee":
        why = "every line is in a cost-of-goods-sold account of the ledger"
    elif _NUMBERED_COST.match(activity.name):
        why = "numbered 5xxx: cost of goods sold in QuickBooks' numbering"
    elif _NAMED_COST.search(activity.name):
        why = "the ledger's cost of goods sold account"
    else:
        why = "listed under the ledger's Cost of Goods Sold heading"
    return Classification("cost-of-sales", None, "explicit", why, "high")


def _where_undecodable(path: Path, encoding: str) -> tuple[int | None, int | None]:
    """The line and column of the first byte that is not ``encoding`` (read again, a
    megabyte at a time, only once reading has failed)."""
    decoder = codecs.getincrementaldecoder(encoding)()
    line, last_end = 1, 0
    offset = 0
    with path.open("rb") as raw:
        while chunk := raw.read(1024 * 1024):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                before = chunk[: exc.start]
                line += before.count(b"\n")
                start = before.rfind(b"\n")
                column = exc.start - start if start >= 0 else offset + exc.start - last_end + 1
                return line, column
            line += chunk.count(b"\n")
            newline = chunk.rfind(b"\n")
            if newline >= 0:
                last_end = offset + newline + 1
            offset += len(chunk)
    return None, None


def _delimiter_and_head(
    text: str, whole: bool, shown: str, column_map: MapFile | None
) -> tuple[str, _Head]:
    """The delimiter under which a known header shows up: the sniffer's guess first, then the
    others ("1,234.56" in a semicolon file can make the sniffer guess a comma)."""
    guess = sniff_delimiter("\n".join(text.splitlines()[:50]))
    first_error: InputError | None = None
    for delimiter in dict.fromkeys((guess, *DELIMITERS)):
        try:
            return delimiter, _head(text, whole, delimiter, shown, column_map)
        except InputError as exc:
            first_error = first_error or exc
    assert first_error is not None
    raise first_error


def _head(text: str, whole: bool, delimiter: str, shown: str, column_map: MapFile | None) -> _Head:
    """The layout from the header row (within the first rows), and the order of day and month
    in slashed dates, decided from the first dates after it."""
    if not whole:  # the sample may end inside a line: leave that line out
        text = text[: max(text.rfind("\n"), text.rfind("\r")) + 1]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    sample = _Sample(text, delimiter)
    title: str | None = None
    report: str | None = None  # the QuickBooks report the title block names
    layout: layouts.Layout | None = None
    seen: list[list[str]] = []
    missing: layouts.MissingColumn | None = None
    for cells in _readable(reader):
        seen.append(cells)
        sample.ends.append(reader.line_num)
        if column_map is None:
            layout = layouts.detect(cells, titled=report is not None)
        else:
            try:
                layout = layouts.from_map(cells, column_map.columns)
            except layouts.MissingColumn as exc:
                missing = missing or exc
        if layout is not None:
            break
        report = report or layouts.report_named(cells)
        if title is None and cells and (name := activity_name(cells[0])) != NO_NAME:
            title = name
        if len(seen) >= _HEADER_SEARCH_ROWS:
            break
    if layout is None:
        if column_map is not None and missing is not None:
            header = next((c for c in seen if len([x for x in c if x.strip()]) > 1), [])
            raise column_map.missing(missing, header, Path(shown).name)
        raise _unknown_layout(seen, sample, shown, report)
    header_row = len(seen) - 1
    if report is not None and column_map is None and not isinstance(layout, layouts.QuickBooks):
        # never a QuickBooks report read as a bank statement (its payroll as revenue)
        raise _not_as_titled(seen[header_row], report, sample.place(header_row), shown)
    header_lines = reader.line_num
    if isinstance(layout, layouts.QuickBooks):
        try:
            layout = layout.titled(seen[:-1])
        except layouts.Unsupported as exc:
            at = None if exc.row is None else sample.place(exc.row)
            raise _error(shown, exc.message, exc.hint, at) from None
    first_rows: list[list[str]] = []
    first_at: list[int] = []  # the index in ``sample.ends`` of each of ``first_rows``
    for cells in islice(_readable(reader), _SETTLE_ROWS):
        sample.ends.append(reader.line_num)
        if cells:
            first_rows.append(cells)
            first_at.append(len(sample.ends) - 1)
    layout = layout.settle(first_rows)
    probe = copy.copy(layout)  # reading rows may change a layout's state; keep the original
    samples: list[str] = []
    try:
        for cells in chain(first_rows, reader):
            try:
                line = probe.read(cells) if cells else None
            except (RowError, IndexError):
                continue
            if line is not None and "/" in line.date:
                samples.append(line.date)
                if len(samples) >= _DATE_SAMPLES:
                    break
    except csv.Error:  # the sample ends inside a quoted field
        pass
    currency = currency_in(
        seen[-1], first_rows, lambda row, cell: sample.place(first_at[row], cell)
    )
    return _Head(layout, title, header_lines, day_first(samples), currency, seen[header_row])


class _Sample:
    """The first rows of a file as text, and the line each row ends on: where a cell stands,
    found only when a message names it."""

    def __init__(self, text: str, delimiter: str) -> None:
        self.text, self.delimiter = text, delimiter
        self.ends: list[int] = []  # the line each row read so far ends on

    @cached_property
    def lines(self) -> list[str]:
        return io.StringIO(self.text, newline="").readlines()

    def place(self, row: int, cell: int = 0) -> Place | None:
        """Where cell ``cell`` of row ``row`` (counted from the first row read) starts."""
        first = self.ends[row - 1] + 1 if row else 1
        text = "".join(self.lines[first - 1 : self.ends[row]])
        return cell_place(text, first, cell, self.delimiter)


def _error(shown: str, message: str, hint: str, at: Place | None) -> InputError:
    """An InputError at ``at`` (with the line's text, for the caret), or at the whole file."""
    if at is None:
        return InputError(shown, message, hint)
    source = None if at.source is None else printable(at.source, keep="\t")
    return InputError(at.path or shown, message, hint, at.line, at.column, source)


def _not_as_titled(header: list[str], report: str, at: Place | None, shown: str) -> InputError:
    """The error for a file whose title names a QuickBooks report and whose header is not one
    that report is read by, at the header."""
    return _error(
        shown,
        f"the title says this is a QuickBooks {report}, but its header does not have the "
        "columns such a report is read by (Date, Transaction Type, Amount)" + _columns(header),
        "export the report again with its standard columns, or describe them with --map",
        at,
    )


def _unknown_layout(
    seen: list[list[str]], sample: _Sample, shown: str, report: str | None
) -> InputError:
    """The error for a file whose header is not one bizaudit knows: at the header when the
    title names a QuickBooks report of transactions (whose totals are no summary's); a report
    of totals (a Profit and Loss) at its title; else at the row taken as the header (the
    first with more than one cell filled)."""
    row = next((i for i, c in enumerate(seen) if len([x for x in c if x.strip()]) > 1), None)
    if row is not None and report is not None:
        return _not_as_titled(seen[row], report, sample.place(row), shown)
    for number, cells in enumerate(seen if report is None else ()):
        summary = layouts.summary_named(cells)
        if summary is not None:
            what = (
                "its rows are account totals"
                if summary == "summary"
                else f"a '{summary}' report: one total per account"
            )
            return _error(
                shown,
                f"this is a summary of totals, not transactions ({what})",
                "export 'Profit and Loss Detail' or 'Transaction Detail by Account' instead "
                "(from Xero: Account Transactions)",
                sample.place(number),
            )
    if row is None:
        return InputError(
            shown,
            f"cannot tell which export this is: none of its first {len(seen)} rows has "
            "more than one column",
            "is this a CSV export? Otherwise describe its columns in a file and pass it with "
            "--map (see the README)",
        )
    return _error(
        shown,
        "cannot tell which export this is from its columns" + _columns(seen[row])
        + ", the row taken as its header",
        "describe the columns in a file and pass it with --map (see the README)",
        sample.place(row),
    )  # fmt: skip


#: The first bytes of files that are not CSV but are often exported instead of it, and what
#: to say: (magic bytes, what it is, what to do).
_FORMATS = (
    (b"%PDF-", "a PDF document", "download the statement or report as CSV (or OFX or QFX); "
     "a PDF's pages are not columns"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an Excel 97-2003 workbook (or another old Office "
     "file)", "save or export it as CSV (in Excel: File, Save As, CSV)"),
)  # fmt: skip


def _other_format(sample: bytes) -> tuple[str, str] | None:
    """What a file is when it is a PDF, an Excel workbook or another archive, by its first
    bytes, and what to do instead; None for anything else (text is read as CSV)."""
    start = sample.lstrip()[:8]
    for magic, what, hint in _FORMATS:
        if start.startswith(magic):
            return what, hint
    if not sample.startswith(b"PK\x03\x04"):
        return None
    if b"xl/" in sample:
        return "an Excel workbook", "save or export it as CSV (in Excel: File, Save As, CSV)"
    return "a ZIP archive", "unpack it, or export the ledger as CSV"


def _in_map(column_map: MapFile) -> Place | None:
    """Where a map file names the export's currency."""
    document = column_map.document
    position = document.position(("currency",))
    if position is None:
        return None
    line, column = position
    source = document.lines[line - 1] if 0 < line <= len(document.lines) else None
    return Place(line, column, source, document.path)


def _placed(path: Path, encoding: str, delimiter: str, rows: list[Unreadable]) -> list[Unreadable]:
    """``rows`` (unreadable rows, each ending on its line) with the column of the cell at
    fault: the file is read again, up to the last of them, only when a warning names one (and
    if it can no longer be read, the warnings name no column)."""
    wanted = {u.row: u.cell for u in rows if u.cell is not None}
    found: dict[int, int] = {}
    raw: list[str] = []  # the lines of the row being read

    def lines(handle: io.TextIOWrapper) -> Iterator[str]:
        for line in handle:
            raw.append(line)
            yield line

    try:
        with path.open(encoding=encoding, newline="", errors="replace") as handle:
            reader = csv.reader(lines(handle), delimiter=delimiter)
            last = max(wanted)
            for _ in _readable(reader):
                end = reader.line_num
                cell = wanted.get(end)
                if cell is not None:
                    at = cell_place("".join(raw), end - len(raw) + 1, cell, delimiter)
                    if at is not None and at.line == end:  # on the line the warning names
                        found[end] = at.column
                raw.clear()
                if end >= last:
                    break
    except OSError:
        return rows
    return [replace(u, column=found.get(u.row) or None) for u in rows]


def _readable(reader: Iterator[list[str]]) -> Iterator[list[str]]:
    """The rows of ``reader`` up to the first one csv cannot read."""
    try:
        yield from reader
    except csv.Error:
        return


def _columns(header: list[str]) -> str:
    """ " (Date, Payee, Value)": the first columns of a header, short enough to read."""
    names = layouts.header_names(header)
    if not names:
        return ""
    more = f", and {len(names) - 8} more" if len(names) > 8 else ""
    return f" ({', '.join(names[:8])}{more})"


def _read_serial(
    path: Path,
    encoding: str,
    delimiter: str,
    header_lines: int,
    plan: Plan,
    progress: Callable[[int], None] | None,
) -> Scan:
    with path.open("rb") as raw:
        counting = _Counting(raw)
        handle = io.TextIOWrapper(io.BufferedReader(counting), encoding=encoding, newline="")
        reader = csv.reader(handle, delimiter=delimiter)
        for _ in reader:
            if reader.line_num >= header_lines:
                break
        report = None if progress is None else (lambda: progress(counting.count))
        try:
            found = scan_rows(reader, lambda: reader.line_num, plan, report)
        except csv.Error as exc:  # e.g. a field over csv's limit: the reader cannot go on
            raise InputError(
                str(path),
                f"the CSV cannot be read past here: {exc}",
                "is this really the export? open it in a spreadsheet to check",
                reader.line_num,
            ) from None
        if progress is not None:
            progress(counting.count)
        return found


def _classify(activity: Activity, classifier: Classifier) -> None:
    """By the activity's name; when the name says nothing sure, by its lines' descriptions."""
    by_name = classifier.classify(activity.name)
    activity.classification = by_name
    if by_name.confidence == "high":
        return
    votes: Counter[tuple[Category, Purpose | None]] = Counter()
    for description, count in Counter(activity.samples).items():
        found = classifier.classify(description)
        if found.confidence == "high":  # a line that is itself a guess does not get a vote
            votes[(found.category, found.purpose)] += count
    if votes:
        (category, purpose), count = votes.most_common(1)[0]
        total = len(activity.samples)
        label = category + (f"/{purpose}" if purpose else "")
        activity.classification = Classification(
            category,
            purpose,
            "rule",
            f"the name says little; {count} of {total} sampled line descriptions say {label}",
            "low",
        )
        activity.decided_by_lines = True
