"""One pass over a stretch of an export's rows, and what it adds up to.

A :class:`Scan` of one stretch can be merged with the scan of the stretch after it, and the
result is exactly the scan of both: that is what lets a large file be read in pieces, side by
side. Everything a scan keeps is bounded: totals per activity, the descriptions of each
activity's first lines, and the first unreadable rows (with counts for the rest).
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from itertools import chain, islice

from bizaudit.core.classify import Classification
from bizaudit.io.ledger import layouts
from bizaudit.io.ledger.movements import movement, names_own_account
from bizaudit.io.ledger.parsing import RowError, parse_date
from bizaudit.io.ledger.payees import NO_NAME, activity_name, payee_name

__all__ = [
    "MAX_ACTIVITIES",
    "NO_NAME",
    "SEVERAL_MONTHS",
    "Activity",
    "Moved",
    "Plan",
    "Scan",
    "TooManyActivities",
    "Unreadable",
    "activity_name",
    "payee_name",
    "scan_rows",
]

SAMPLED_LINES = 50  # descriptions kept per activity, to vote when its name says little
#: Distinct activities an import keeps. A budget has tens; an export grouped into a million
#: (every line its own payee) held 1.2 GB and gave a profile no check could read.
MAX_ACTIVITIES = 20_000
KEPT_ERRORS = 50  # unreadable rows listed; the rest are counted
CHUNK_ROWS = 16_384  # rows between two progress reports
_DATES_KEPT = 100_000  # distinct date texts remembered before the memo starts afresh
_ROUTES_KEPT = 65_536  # distinct account or payee texts remembered, likewise
_PLAIN_NUMBER = "0123456789.-"
KEPT_TRANSFERS = 20  # transfers between own accounts listed; the rest are counted
OTHER_INCOME = "(other income)"  # income from payers past MAX_ACTIVITIES distinct ones
#: An activity's ``month`` when its lines fall in more than one month (0: no line dated yet).
SEVERAL_MONTHS = -1


def month_of(when: date) -> int:
    """A month as one number (year × 12 + month), compared once a line."""
    return when.year * 12 + when.month


def both_months(first: int, later: int) -> int:
    """The month of lines in ``first`` and in ``later`` (each a month, SEVERAL_MONTHS or 0)."""
    if not first or first == later or not later:
        return first or later
    return SEVERAL_MONTHS


@dataclass(slots=True)
class Activity:
    """One activity of the profile: the lines of one account (or payee) added up."""

    name: str
    spend: Decimal = Decimal(0)
    lines: int = 0
    refunds: Decimal = Decimal(0)
    samples: list[str] = field(default_factory=list)  # the descriptions of its first lines
    classification: Classification | None = None
    decided_by_lines: bool = False
    cost_lines: int = 0  # lines the ledger files as cost of goods sold (heading or number)
    #: The month all its lines fall in (see month_of), or SEVERAL_MONTHS: an activity whose
    #: lines are all in one month of a longer export is a one-off, not a recurring channel.
    #: Followed while its lines are sampled (then an activity has too many lines to be a
    #: one-off), so that the fast way pays nothing for it on most rows.
    month: int = 0

    @property
    def cost_of_sales(self) -> bool:
        """Whether the ledger files every line of this activity as cost of goods sold."""
        return 0 < self.cost_lines == self.lines

    def merge(self, later: Activity) -> None:
        self.spend += later.spend
        self.lines += later.lines
        self.refunds += later.refunds
        self.cost_lines += later.cost_lines
        self.samples += later.samples[: SAMPLED_LINES - len(self.samples)]
        self.note_month(later.month)

    def note_month(self, month: int) -> None:
        """A refund's month, or a sampled line's: once the samples are full, the lines are
        too many for a one-off, and SEVERAL_MONTHS (as when they span months) says so, read
        in one pass or in stretches alike."""
        if len(self.samples) >= SAMPLED_LINES:
            self.month = SEVERAL_MONTHS
        else:
            self.month = both_months(self.month, month)


class TooManyActivities(ValueError):
    """The export's lines make more than MAX_ACTIVITIES distinct activities."""


@dataclass(frozen=True)
class Unreadable:
    row: int
    message: str
    amount: Decimal | None  # what the row held, when that much could be read
    cell: int | None = None  # the index of the cell at fault, when one is
    column: int | None = None  # where that cell starts on the line (found once read)


@dataclass(frozen=True)
class Moved:
    """A line left out as money between the business's own accounts."""

    row: int
    description: str
    amount: Decimal


@dataclass(slots=True)
class Received:
    """Money in from one payee on a card or bank statement, until the whole file is read:
    income, unless the business also paid that payee (then it is their refund)."""

    amount: Decimal = Decimal(0)
    lines: int = 0
    month: int = 0  # as Activity.month


@dataclass(frozen=True)
class Plan:
    """How every stretch of one file is read: its layout, grouping and date order."""

    layout: layouts.Layout
    by_account: bool
    day_first: bool


@dataclass
class Scan:
    """What one stretch of rows adds up to."""

    activities: dict[str, Activity] = field(default_factory=dict)
    income: Decimal = Decimal(0)
    income_lines: int = 0
    income_by: dict[str, Decimal] = field(default_factory=dict)  # by account or payer
    other_rows: int = 0  # rows that are not transactions: headings, totals, balance sheet
    blank_rows: int = 0
    unreadable: list[Unreadable] = field(default_factory=list)
    unreadable_count: int = 0
    unreadable_money: Decimal = Decimal(0)
    first_date: date | None = None
    last_date: date | None = None
    transfers: list[Moved] = field(default_factory=list)
    transfer_count: int = 0
    transfer_money: Decimal = Decimal(0)
    received: dict[str, Received] = field(default_factory=dict)  # by payee, see settle()

    @property
    def expense_lines(self) -> int:
        return sum(a.lines for a in self.activities.values())

    @property
    def rows(self) -> int:
        return (
            self.expense_lines + self.income_lines + self.other_rows + self.blank_rows
            + self.unreadable_count + self.transfer_count
            + sum(r.lines for r in self.received.values())
        )  # fmt: skip

    def merge(self, later: Scan) -> None:
        """Add the scan of the stretch that follows this one."""
        for name, activity in later.activities.items():
            mine = self.activities.get(name)
            if mine is None:
                if len(self.activities) >= MAX_ACTIVITIES:
                    raise TooManyActivities(MAX_ACTIVITIES)
                self.activities[name] = activity
            else:
                mine.merge(activity)
        self.income += later.income
        self.income_lines += later.income_lines
        for key, amount in later.income_by.items():
            self._income_by(key, amount)
        self.other_rows += later.other_rows
        self.blank_rows += later.blank_rows
        self.unreadable += later.unreadable[: KEPT_ERRORS - len(self.unreadable)]
        self.unreadable_count += later.unreadable_count
        self.unreadable_money += later.unreadable_money
        self.transfers += later.transfers[: KEPT_TRANSFERS - len(self.transfers)]
        self.transfer_count += later.transfer_count
        self.transfer_money += later.transfer_money
        for payee, money in later.received.items():
            self.note_received(payee, money.amount, money.lines, money.month)
        self.note_date(later.first_date)
        self.note_date(later.last_date)

    def note_received(self, payee: str, amount: Decimal, lines: int = 1, month: int = 0) -> None:
        found = self.received.get(payee)
        if found is None:
            if len(self.received) >= MAX_ACTIVITIES:  # too many to net: income, as it is
                self.note_income(payee, amount, lines)
                return
            found = self.received[payee] = Received()
        found.amount += amount
        found.lines += lines
        found.month = both_months(found.month, month)

    def note_transfer(self, row: int, description: str, amount: Decimal) -> None:
        self.transfer_count += 1
        self.transfer_money += amount
        if len(self.transfers) < KEPT_TRANSFERS:
            self.transfers.append(Moved(row, description, amount))

    def settle(self) -> None:
        """Once the whole file is read: money received from a payee the business also paid
        is that payee's refund, netted against what was spent with them (a merchant's credit
        on a bank statement, "SQ *MAIN STREET PRINT" in and out); the rest is income."""
        for payee, money in self.received.items():
            activity = self.activities.get(payee)
            if activity is not None and activity.spend > 0:
                activity.spend -= money.amount
                activity.refunds += money.amount
                activity.lines += money.lines
                activity.month = both_months(activity.month, money.month)
            else:
                self.note_income(payee, money.amount, money.lines)
        self.received = {}

    def note_income(self, key: str, amount: Decimal, lines: int = 1) -> None:
        self.income += amount
        self.income_lines += lines
        self._income_by(key, amount)

    def _income_by(self, key: str, amount: Decimal) -> None:
        if key not in self.income_by and len(self.income_by) >= MAX_ACTIVITIES:
            key = OTHER_INCOME
        self.income_by[key] = self.income_by.get(key, Decimal(0)) + amount

    def note_date(self, when: date | None) -> None:
        if when is None:
            return
        if self.first_date is None or when < self.first_date:
            self.first_date = when
        if self.last_date is None or when > self.last_date:
            self.last_date = when

    def note_unreadable(
        self, row: int, message: str, amount: Decimal | None, cell: int | None = None
    ) -> None:
        self.unreadable_count += 1
        if amount is not None:
            self.unreadable_money += abs(amount)
        if len(self.unreadable) < KEPT_ERRORS:
            self.unreadable.append(Unreadable(row, message, amount, cell))


def scan_rows(
    rows: Iterable[list[str]],
    line_number: Callable[[], int],
    plan: Plan,
    progress: Callable[[], None] | None = None,
) -> Scan:
    """Read ``rows`` (the data rows of one stretch) into a Scan.

    ``line_number`` gives the file line of the row just read, for messages; ``progress`` is
    called every few thousand rows.
    """
    scanner = _Scanner(plan, line_number)
    rows = iter(rows)
    layout = scanner.layout
    read_chunk = scanner.columns_rows if _fast(layout) else scanner.rows
    for chunk in _chunks(rows):
        read_chunk(chunk)
        if progress is not None:
            progress()
    return scanner.result


def _fast(layout: layouts.Layout) -> bool:
    """Whether the fast way can read this layout: one amount column, and an account column
    when income is told by account."""
    return (
        isinstance(layout, layouts.Columns)
        and layout.amount is not None
        and layout.kind_col is None
        and (layout.account is not None or not layout.income_accounts)
    )


def _chunks(rows: Iterator[list[str]]) -> Iterator[Iterator[list[str]]]:
    """``rows`` in runs of CHUNK_ROWS, lazily: the caller reads each run as it comes."""
    while (first := next(rows, None)) is not None:
        yield chain((first,), islice(rows, CHUNK_ROWS - 1))


def _decimal_comma(text: str) -> Decimal | None:
    """ "-120,00" → -120.00, as European banks write cents; None for anything else, which the
    general reader then reads (or reports)."""
    whole, comma, cents = text[:-3], text[-3:-2], text[-2:]
    digits = whole[1:] if whole.startswith("-") else whole
    if comma != "," or not (digits.isdigit() and cents.isdigit() and text.isascii()):
        return None
    return Decimal(f"{whole}.{cents}")


class _Scanner:
    """The running totals of one scan, and the two ways rows reach them."""

    def __init__(self, plan: Plan, line_number: Callable[[], int]) -> None:
        self.layout = copy.copy(plan.layout)  # a layout may carry state from row to row
        self.plan = plan
        self.line_number = line_number
        self.result = Scan()
        self.dates: dict[str, date] = {}  # each date text seen, read once
        self.months: dict[str, int] = {}  # and its month (see month_of), for the fast way
        self.routes: dict[str, Activity] = {}  # raw account (or payee) cell → its activity
        self.income_cells: dict[str, bool] = {}  # raw account cell → whether it is income

    def rows(self, rows: Iterable[list[str]]) -> None:
        """The general way: any layout, any row."""
        for cells in rows:
            self.row(cells)

    def row(self, cells: list[str]) -> None:
        result = self.result
        if not cells or not "".join(cells).strip():
            result.blank_rows += 1
            return
        try:
            line = self.layout.read(cells)
        except RowError as exc:
            result.note_unreadable(self.line_number(), str(exc), None, exc.cell)
            return
        if line is None:
            result.other_rows += 1
            return
        when = self.date(line.date, line.amount)
        if when is None:
            return
        if line.kind == "transfer":
            result.note_transfer(self.line_number(), line.description or line.payee, line.amount)
            return
        by_account = self.plan.by_account and line.account
        key = activity_name(line.account) if by_account else payee_name(line.payee)
        if line.kind == "income":
            result.note_income(key, line.amount)
            return
        if line.kind == "received":
            if by_account:
                result.note_income(key, line.amount)
            else:
                result.note_received(key, line.amount, 1, month_of(when))
            return
        activity = self.activity(key)
        self.add(activity, line.amount, line.description or line.payee, month_of(when))
        if line.kind == "cost":
            activity.cost_lines += 1

    def date(self, text: str, amount: Decimal | None = None) -> date | None:
        """The date of ``text``, read once per distinct text; None (and the row reported)
        when it is not a date."""
        when = self.dates.get(text)
        if when is not None:
            return when
        try:
            when = parse_date(text, self.plan.day_first)
        except RowError as exc:
            self.result.note_unreadable(self.line_number(), str(exc), amount, self.layout.date)
            return None
        if len(self.dates) >= _DATES_KEPT:
            self.dates.clear()
            self.months.clear()
        self.dates[text] = when
        self.months[text] = month_of(when)
        self.result.note_date(when)
        return when

    def activity(self, key: str) -> Activity:
        """The activity of an account or payee name, as written in the export."""
        name = activity_name(key)
        activities = self.result.activities
        activity = activities.get(name)
        if activity is None:
            if len(activities) >= MAX_ACTIVITIES:
                raise TooManyActivities(MAX_ACTIVITIES)
            activity = activities[name] = Activity(name)
        return activity

    @staticmethod
    def add(activity: Activity, amount: Decimal, text: str, month: int) -> None:
        activity.spend += amount
        activity.lines += 1
        if amount < 0:  # a refund: its words ("REFUND", "RETURN") say nothing of the kind
            activity.refunds -= amount
            activity.note_month(month)
        elif len(activity.samples) < SAMPLED_LINES:
            activity.samples.append(text)
            activity.note_month(month)

    def columns_rows(self, rows: Iterable[list[str]]) -> None:
        """The fast way, for a table with one signed amount column (bank and plain exports).

        It reads the rows it can read exactly as :meth:`row` would, and hands every other row
        (short, blank, an amount with symbols or separators, a date not seen before) to it.
        """
        layout = self.layout
        assert isinstance(layout, layouts.Columns)
        assert layout.amount is not None
        d, a, desc = layout.date, layout.amount, layout.description
        acc = layout.account
        payee = layout.payee if layout.payee is not None else desc
        width = 1 + max(i for i in (d, a, desc, acc, payee) if i is not None)
        by_account = self.plan.by_account and acc is not None
        route_col = acc if by_account and acc is not None else payee
        money_out_negative = layout.money_out == "negative"
        income_accounts = layout.income_accounts
        card = layout.card
        # A payee column of its own may name the business's own account: looked at once per
        # payee when lines are grouped by payee, else (grouped by account) on every line.
        payee_column = layout.payee is not None
        own_payees = payee_column and not income_accounts  # income by account: never moved
        own_per_line = own_payees and by_account
        months, routes, income_cells = self.months, self.routes, self.income_cells
        general = self.row
        income: dict[str, Decimal] = {}  # raw account cell → income in this chunk
        income_lines: Counter[str] = Counter()
        for cells in rows:
            if len(cells) < width:
                general(cells)
                continue
            amount_text = cells[a]
            if cells[d] not in months or not amount_text:  # a date not read yet, no amount
                general(cells)
                continue
            if amount_text.strip(_PLAIN_NUMBER):
                decimal_comma = _decimal_comma(amount_text)
                if decimal_comma is None:
                    general(cells)
                    continue
                value = decimal_comma
            else:
                try:
                    value = Decimal(amount_text)
                except InvalidOperation:
                    general(cells)
                    continue
            spent = -value if money_out_negative else value
            if income_accounts:
                account_cell = cells[acc]  # type: ignore[index]  # see _fast()
                is_income = income_cells.get(account_cell)
                if is_income is None:
                    is_income = account_cell.strip().lower() in income_accounts
                    income_cells[account_cell] = is_income
                if is_income:
                    key = cells[route_col]  # as the general way keys it: account or payee
                    income[key] = income.get(key, Decimal(0)) + abs(spent)
                    income_lines[key] += 1
                    continue
            elif (
                (spent <= 0 and not card)
                or movement("", cells[desc], card=card) is not None
                or (own_per_line and names_own_account(cells[payee].strip()))
            ):
                general(cells)  # money in, or money between own accounts
                continue
            route = cells[route_col]
            activity = routes.get(route)
            if activity is None:
                name = route.strip()
                if by_account:
                    if not name:  # a blank account: the general way falls back to the payee
                        general(cells)
                        continue
                elif payee_column and (not name or (own_payees and names_own_account(name))):
                    general(cells)  # no payee (the description stands in), or an own account
                    continue
                else:
                    name = payee_name(name)
                if len(routes) >= _ROUTES_KEPT:
                    routes.clear()
                activity = routes[route] = self.activity(name)
            activity.spend += spent  # what add() does, inline: this loop runs once a row
            activity.lines += 1
            if spent < 0:
                activity.refunds -= spent
                activity.note_month(months[cells[d]])
            elif len(samples := activity.samples) < SAMPLED_LINES:
                samples.append(cells[desc].strip() or cells[payee].strip())
                activity.note_month(months[cells[d]])
        for cell, amount in income.items():
            name = activity_name(cell) if by_account else payee_name(cell.strip())
            self.result.note_income(name, amount, income_lines[cell])
