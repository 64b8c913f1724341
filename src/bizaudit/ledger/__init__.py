"""Import an accounting or bank CSV export: stream its rows, classify, add up into activities.

One pass, bounded memory: rows are read as they come; only totals per activity, a handful of
sample descriptions, and the first unreadable rows (with counts for the rest) are kept.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO, Literal

from bizaudit.classify import Classification, Classifier, default
from bizaudit.errors import InputError
from bizaudit.ledger import layouts
from bizaudit.ledger.parsing import (
    SAMPLE_BYTES,
    RowError,
    day_first,
    detect_encoding,
    parse_date,
    sniff_delimiter,
)
from bizaudit.profile import Category, Purpose

__all__ = ["Activity", "Imported", "Unreadable", "read_ledger"]

GroupBy = Literal["account", "payee"]
_HEADER_SEARCH_ROWS = 30
_KEPT_ERRORS = 50
_SAMPLE_DESCRIPTIONS = 20

_BANK_WORDS = frozenset(
    """pos debit credit card purchase checkcard ach transfer payment direct dd so sto bacs
    contactless visa mastercard kartenzahlung lastschrift ueberweisung überweisung gutschrift
    sepa""".split()
)


@lru_cache(maxsize=65536)
def payee_name(text: str) -> str:
    """ "KARTENZAHLUNG GOOGLE *ADS 4412" → "Google Ads": the merchant, without codes."""
    words = [
        w for w in text.replace("*", " ").split()
        if not any(c.isdigit() for c in w) and w.lower() not in _BANK_WORDS
    ]  # fmt: skip
    return " ".join(words).title() or text.strip()


@dataclass
class Activity:
    """One activity of the profile: the lines of one account (or payee) added up."""

    name: str
    spend: Decimal = Decimal(0)
    lines: int = 0
    refunds: Decimal = Decimal(0)
    descriptions: Counter[str] = field(default_factory=Counter)
    classification: Classification | None = None
    decided_by_lines: bool = False


@dataclass(frozen=True)
class Unreadable:
    row: int
    message: str
    amount: Decimal | None  # what the row held, when that much could be read


@dataclass
class Imported:
    """What an import found, ready to be written as a profile."""

    path: str
    layout: str
    encoding: str
    delimiter: str
    group_by: GroupBy
    title: str | None = None
    activities: dict[str, Activity] = field(default_factory=dict)
    income: Decimal = Decimal(0)
    income_lines: int = 0
    expense_lines: int = 0
    other_rows: int = 0  # rows that are not transactions: headings, totals, balance sheet
    rows: int = 0
    unreadable: list[Unreadable] = field(default_factory=list)
    unreadable_count: int = 0
    unreadable_money: Decimal = Decimal(0)
    first_date: date | None = None
    last_date: date | None = None

    @property
    def spend(self) -> Decimal:
        return sum((a.spend for a in self.activities.values()), Decimal(0))


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
    column_map: Mapping[str, Any] | None = None,
    classifier: Classifier | None = None,
    progress: Callable[[int], None] | None = None,
) -> Imported:
    """Read an export in one pass. Raises InputError when the file cannot be used at all."""
    shown = str(path)
    try:
        raw = path.open("rb")
    except OSError as exc:
        raise InputError(shown, f"cannot read the file: {exc.strerror or exc}") from None
    with raw:
        sample = raw.read(SAMPLE_BYTES)
        encoding = detect_encoding(sample)
        text_sample = sample.decode(encoding, errors="replace")
        delimiter = sniff_delimiter("\n".join(text_sample.splitlines()[:50]))
        raw.seek(0)
        counting = _Counting(raw)
        handle = io.TextIOWrapper(io.BufferedReader(counting), encoding=encoding, newline="")
        try:
            return _read(handle, counting, shown, encoding, delimiter, group_by, column_map,
                         classifier or default(), progress)  # fmt: skip
        except UnicodeDecodeError as exc:
            raise InputError(
                shown,
                f"byte 0x{exc.object[exc.start : exc.start + 1].hex()} is not valid {encoding}",
                "save the export as UTF-8 or Windows-1252",
            ) from None


def _read(
    handle: io.TextIOWrapper,
    counting: _Counting,
    shown: str,
    encoding: str,
    delimiter: str,
    group_by: GroupBy | None,
    column_map: Mapping[str, Any] | None,
    classifier: Classifier,
    progress: Callable[[int], None] | None,
) -> Imported:
    reader = csv.reader(handle, delimiter=delimiter)
    title: str | None = None
    layout: layouts.Layout | None = None
    seen: list[list[str]] = []
    for cells in reader:
        number = reader.line_num
        seen.append(cells)
        try:
            layout = layouts.from_map(cells, column_map) if column_map else layouts.detect(cells)
        except RowError as exc:
            raise InputError(shown, str(exc), line=number) from None
        if layout is not None:
            break
        if title is None and cells and cells[0].strip():
            title = cells[0].strip()
        if len(seen) >= _HEADER_SEARCH_ROWS:
            break
    if layout is None:
        header = next((c for c in seen if len([x for x in c if x.strip()]) > 1), [])
        raise InputError(
            shown,
            "cannot tell which export this is from its columns"
            + (f" ({', '.join(h for h in header if h)})" if header else ""),
            "describe the columns in a file and pass it with --map (see the README)",
        )
    chosen: GroupBy = group_by or ("account" if layout.has_accounts else "payee")
    result = Imported(shown, layout.label, encoding, delimiter, chosen, title=title)
    by_account = chosen == "account"
    activities = result.activities
    read = layout.read
    samples: list[str] = []
    slash_day_first: bool | None = None
    first = last = None
    income = Decimal(0)
    count = income_lines = expense_lines = other_rows = 0
    for cells in reader:  # the hot loop: a million rows should take seconds, not minutes
        count += 1
        if progress is not None and count % 20_000 == 0:
            progress(counting.count)
        if not cells or not "".join(cells).strip():
            continue
        try:
            line = read(cells)
        except RowError as exc:
            _unreadable(result, reader.line_num, str(exc), None)
            continue
        if line is None:
            other_rows += 1
            continue
        if slash_day_first is None:  # settle day/month order on the first dates seen
            samples.append(line.date)
            if len(samples) >= 50 or "/" not in line.date:
                slash_day_first = day_first(samples)
        try:
            when = parse_date(line.date, bool(slash_day_first))
        except RowError as exc:
            _unreadable(result, reader.line_num, str(exc), line.amount)
            continue
        if first is None or when < first:
            first = when
        if last is None or when > last:
            last = when
        if line.kind == "income":
            income += line.amount
            income_lines += 1
            continue
        expense_lines += 1
        key = line.account if by_account and line.account else payee_name(line.payee)
        activity = activities.get(key)
        if activity is None:
            activity = activities[key] = Activity(key)
        amount = line.amount
        activity.spend += amount
        activity.lines += 1
        if amount < 0:
            activity.refunds -= amount
        descriptions = activity.descriptions
        text = line.description or line.payee
        if text in descriptions or len(descriptions) < _SAMPLE_DESCRIPTIONS:
            descriptions[text] += 1
    if progress is not None:
        progress(counting.count)
    result.rows, result.income, result.income_lines = count, income, income_lines
    result.expense_lines, result.other_rows = expense_lines, other_rows
    result.first_date, result.last_date = first, last
    if not result.expense_lines:
        raise InputError(
            shown,
            f"no expense lines found in this {layout.label}",
            "check the export covers a period with spending",
        )
    for activity in result.activities.values():
        _classify(activity, classifier)
    return result


def _unreadable(result: Imported, row: int, message: str, amount: Decimal | None) -> None:
    result.unreadable_count += 1
    if amount is not None:
        result.unreadable_money += abs(amount)
    if len(result.unreadable) < _KEPT_ERRORS:
        result.unreadable.append(Unreadable(row, message, amount))


def _classify(activity: Activity, classifier: Classifier) -> None:
    """By the activity's name; when the name says nothing sure, by its lines' descriptions."""
    by_name = classifier.classify(activity.name)
    activity.classification = by_name
    if by_name.confidence == "high":
        return
    votes: Counter[tuple[Category, Purpose | None]] = Counter()
    for description, count in activity.descriptions.items():
        found = classifier.classify(description)
        if found.confidence == "high":  # a line that is itself a guess does not get a vote
            votes[(found.category, found.purpose)] += count
    if votes:
        (category, purpose), count = votes.most_common(1)[0]
        total = sum(activity.descriptions.values())
        label = category + (f"/{purpose}" if purpose else "")
        activity.classification = Classification(
            category,
            purpose,
            "rule",
            f"the name says little; {count} of {total} sampled line descriptions say {label}",
            "low",
        )
        activity.decided_by_lines = True
