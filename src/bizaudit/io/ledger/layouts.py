"""The export layouts bizaudit recognises, by their header row.

Each layout turns a row into a :class:`Line` (income or expense, with the account, payee and a
signed amount where an expense refund is negative) or ``None`` for rows that are not
transactions (section headings, totals, balance-sheet accounts).
"""

from __future__ import annotations

import copy
import re
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import TYPE_CHECKING, Literal

from bizaudit.io.ledger.movements import movement, names_own_account
from bizaudit.io.ledger.parsing import (
    Period,
    RowError,
    marked_credit,
    parse_signed,
    report_period,
)
from bizaudit.model.lazy import LazyPattern
from bizaudit.model.tuples import NamedTuple

if TYPE_CHECKING:
    from bizaudit.io.ledger.mapping import ColumnMap

__all__ = [
    "LAYOUTS",
    "Columns",
    "Layout",
    "Line",
    "MissingColumn",
    "QuickBooks",
    "QuickBooksList",
    "Unsupported",
    "detect",
    "from_map",
    "header_names",
    "report_named",
    "summary_named",
]

#: income and expense come from a ledger's accounts ("cost": an expense the ledger files as
#: cost of goods sold); on a card or bank statement, money in is "received" (income, unless
#: the same payee was also paid: then it is their refund) and money between the business's
#: own accounts is a "transfer", counted apart.
Kind = Literal["income", "expense", "cost", "received", "transfer"]


class Line(NamedTuple):
    kind: Kind
    date: str
    account: str
    payee: str
    description: str
    amount: Decimal  # expense: money spent (a refund is negative); otherwise the money moved


def _find(header: Sequence[str], *names: str) -> int | None:
    """The index of the first column whose name is one of ``names`` (case-insensitive)."""
    lowered = [h.strip().lower() for h in header]
    for name in names:
        if name in lowered:
            return lowered.index(name)
    return None


def _cell(cells: Sequence[str], index: int | None) -> str:
    if index is None or index >= len(cells):
        return ""
    return cells[index].strip()


def _money(cells: Sequence[str], index: int | None) -> Decimal:
    """The amount in a cell that may be blank (a debit or credit column): blank is 0."""
    text = _cell(cells, index)
    return _signed(text, index) if text else Decimal(0)


def _signed(text: str, index: int | None) -> Decimal:
    """``text`` read as a signed amount; a RowError names the cell (``index``) it came from."""
    try:
        return parse_signed(text)
    except RowError as exc:
        raise RowError(str(exc), index) from None


def _booked(cells: Sequence[str], debit: int | None, credit: int | None, kind: Kind) -> Decimal:
    """A ledger line's amount from its debit and credit columns: an expense is debited (a
    credit to it is a refund), income is credited."""
    net = _money(cells, debit) - _money(cells, credit)
    return net if kind == "expense" else -net


def header_names(header: Sequence[str]) -> list[str]:
    """A header's column names as messages show them: single-spaced, at most 30 characters,
    blank ones left out."""
    return [" ".join(h.split())[:30] for h in header if h.strip()]


class Layout(ABC):
    """A recognised export layout, bound to the column positions of one file's header."""

    name: str
    label: str
    date: int  # the column of each line's date (named by a warning when it is not a date)
    has_accounts: bool = True
    splittable: bool = True  # whether its rows can be read apart from the rows above them

    @classmethod
    @abstractmethod
    def detect(cls, header: Sequence[str]) -> Layout | None:
        """A layout for this header row, or None when the header is not this layout's."""

    @abstractmethod
    def read(self, cells: Sequence[str]) -> Line | None:
        """One row: a Line, or None for rows that are not income or expense transactions."""

    def settle(self, rows: Sequence[Sequence[str]]) -> Layout:
        """This layout with what its first data ``rows`` show about the whole file (the
        sign of spending on a card statement, say)."""
        return self


_INCOME_GROUPS = {"income", "other income", "revenue", "sales"}
_COST_GROUPS = {"cost of goods sold", "cost of sales"}
_EXPENSE_GROUPS = {
    "expenses", "expense", "other expense", "other expenses", "direct costs", "overhead",
    "overheads", "operating expenses", *_COST_GROUPS,
}  # fmt: skip


_BALANCE_SHEET = LazyPattern(
    r"checking|savings|receivable|payable|credit card|business card|\bcard\b|loan|equity"
    r"|opening balance|undeposited|retained|owner.?s? (?:draw|contribution)|payroll liabilit"
    r"|sales tax payable|\bcash\b|petty cash|inventory asset|fixed asset|depreciation acc",
    re.IGNORECASE,
)
_INCOME_WORDS = LazyPattern(
    r"income|revenue|sales|fees earned|services$|discounts given|\bgains?\b", re.I
)
# Words of an expense that an income word may stand beside ("Income Tax Expense", "Sales
# Commissions", "Gain/Loss on Sale"): they win.
_EXPENSE_WORDS = LazyPattern(
    r"expense|\btax(?:es)?\b|\bloss(?:es)?\b|\bcosts?\b|commission|depreciation|amortization",
    re.I,
)
_COST_WORDS = LazyPattern(r"cost of (?:goods sold|sales)|\bcogs\b", re.I)
# What an account numbered as an expense must say to be read as income: "Interest Income",
# "Gain on Sale of Equipment"; not "Sales & Marketing" or "Professional Services".
_PLAINLY_INCOME = LazyPattern(r"\bincome\b|\brevenues?\b|\bgains?\b|interest earned", re.I)


def _account_kind(account: str) -> Kind | None:
    """Whether a QuickBooks account holds income, cost of goods sold or other expenses, from
    its number where it has one (QuickBooks' default numbering: 1-3 balance sheet, 4 income,
    5 cost of goods sold, 6 expenses, 7 other income, 8-9 other expenses), else from its
    name; None for balance-sheet accounts (bank, receivables, cards, loans), whose lines are
    the other side of income and expenses already counted. A name that plainly says income
    ("Interest Income", "Gain on Sale of Equipment") wins over a number that says expense,
    and one that says expense ("Other Expense", "Loss on Sale") over 7: numbering is the
    owner's choice, the name is what the account holds. Read once per account heading."""
    number = re.match(r"\s*(\d{3,6})\b", account)
    if number is None:
        return None if _BALANCE_SHEET.search(account) else _named_kind(account)
    first = number.group(1)[0]
    if first in "123":
        return None
    if first == "4":
        return "income"
    says_expense = _EXPENSE_WORDS.search(account) is not None
    if first == "7":
        return "expense" if says_expense else "income"
    if _PLAINLY_INCOME.search(account) and not says_expense:
        return "income"
    return "cost" if first == "5" else "expense"


def _named_kind(account: str) -> Kind:
    """What an account's name says it holds: income, cost of goods sold, or expenses."""
    if _COST_WORDS.search(account):
        return "cost"
    if _EXPENSE_WORDS.search(account):
        return "expense"
    return "income" if _INCOME_WORDS.search(account) else "expense"


_REPORTS = {
    name.lower(): name
    for name in (
        "Profit and Loss Detail", "Transaction Detail by Account", "General Ledger",
        "Transaction List by Date", "Transaction Report",
    )
}  # fmt: skip
_LIST_REPORT = "Transaction List by Date"
#: Reports of totals, not transactions: one amount per account (per month, class...).
_SUMMARIES = ("profit and loss", "balance sheet", "statement of cash flows", "trial balance",
              "income statement", "statement of financial position")  # fmt: skip
#: First cells of the rows that close a summary's sections, when no title names it.
_SUMMARY_TOTALS = ("total income", "gross profit", "net operating income", "net income")


def _title(cells: Sequence[str]) -> str:
    """The first cell of a title row, single-spaced."""
    return " ".join(cells[0].split())[:80] if cells else ""


def report_named(cells: Sequence[str]) -> str | None:
    """The QuickBooks report a row of the title block names ("Transaction Detail by Account"),
    as QuickBooks writes it; None for any other row."""
    return _REPORTS.get(_title(cells).lower())


def summary_named(cells: Sequence[str]) -> str | None:
    """The report of totals a row names: a title ("Profit and Loss", "Profit and Loss by
    Month", "Balance Sheet", "Expenses by Vendor Summary"), or a total that only such a
    report has beside no header a transaction report has ("Total Income", "Net Income");
    None for any other row. Asked only of the rows above a header that was not found."""
    title = _title(cells)
    lowered = title.lower()
    if lowered in _REPORTS or "detail" in lowered:
        return None
    if lowered.startswith(_SUMMARIES) or lowered.endswith(" summary"):
        return title
    return "summary" if lowered.startswith(_SUMMARY_TOTALS) else None


class Unsupported(ValueError):
    """A report bizaudit recognises and cannot read; ``row``: the title row that names it."""

    def __init__(self, message: str, hint: str, row: int | None = None) -> None:
        super().__init__(message)
        self.message, self.hint, self.row = message, hint, row


@dataclass
class QuickBooks(Layout):
    """QuickBooks reports where account names are section rows above their lines: "Profit and
    Loss Detail" (with Income, Cost of Goods Sold, Expenses and Other Income group headings),
    "Transaction Detail by Account" and "General Ledger" (accounts only, numbered;
    balance-sheet accounts are skipped, and so are "Beginning Balance" rows).

    A group heading holds until the total that closes it ("Total Cost of Goods Sold"), so
    that an account after it is read by its own number or name, not by the group before.

    Only Amount is added up: with multicurrency on, it is in the home currency, and the
    Currency, Exchange Rate and Foreign Amount columns beside it are not read as amounts."""

    date: int
    name_col: int | None
    memo: int | None
    amount: int
    group: Kind | None = None
    group_name: str = ""  # the heading of the group, lower case, to see its total close it
    group_depth: int = 0  # headings of that name still open (an account may share its name)
    account: str = ""
    account_kind: Kind | None = None  # the kind of ``account``, read once at its heading
    period: Period | None = None  # the period its title block states
    kind_col: int | None = None  # Transaction Type; and, for a list by date, Split and Posting
    split: int | None = None
    posting: int | None = None

    name = "quickbooks"
    label = "QuickBooks report"
    splittable = False  # a line's account is the section heading above it

    @classmethod
    def detect(cls, header: Sequence[str], *, titled: bool = False) -> QuickBooks | None:
        """The classic header (Date, Transaction Type, Amount); with ``titled`` (the title
        block names a QuickBooks report), also the newer report view's lower-case one
        ("Transaction date", "Transaction type", "Split account"), which a bank's header
        ("Transaction Date", "Transaction Type", "Amount") can be too."""
        dates = ("date", "transaction date") if titled else ("date",)
        date, kind, amount = (
            _find(header, *dates),
            _find(header, "transaction type"),
            _find(header, "amount"),
        )
        if date is None or kind is None or amount is None:
            return None
        memo = _find(header, "memo/description", "memo", "description")
        return cls(
            date, _find(header, "name"), memo, amount, kind_col=kind,
            split=_find(header, "split", "split account"), posting=_find(header, "posting"),
        )  # fmt: skip

    def titled(self, title_rows: Sequence[Sequence[str]]) -> QuickBooks | QuickBooksList:
        """This layout named after the report its title block names, with the period the
        block states ("April - June, 2026"): a report's period is what it covers, even where
        its first or last weeks hold no lines. A Transaction List by Date has no account
        headings: it is read by its Split column (see :class:`QuickBooksList`)."""
        named = copy.copy(self)
        listed: int | None = None
        for number, cells in enumerate(title_rows):
            report = report_named(cells)
            if report is not None:
                named.label = f"QuickBooks {report}"
                listed = number if report == _LIST_REPORT else None
            elif named.period is None:
                named.period = report_period(_title(cells))
        return named if listed is None else named.listed(listed)

    def listed(self, title_row: int) -> QuickBooksList:
        """A Transaction List by Date, read a row at a time; without its Split column no line
        names its income or expense account (its Account column is the bank or card)."""
        if self.split is None or self.kind_col is None:
            raise Unsupported(
                f"this QuickBooks {_LIST_REPORT} has no Split column, and only that column "
                "names each line's income or expense account",
                "export 'Transaction Detail by Account' or 'Profit and Loss Detail' instead "
                "(or add the Split column to the list)",
                title_row,
            )
        return QuickBooksList(
            self.date, self.kind_col, self.name_col, self.memo, self.split, self.amount,
            posting=self.posting, period=self.period,
        )  # fmt: skip

    def read(self, cells: Sequence[str]) -> Line | None:
        first = cells[0].strip() if cells else ""
        if first:  # a section heading, or a total
            self._heading(" ".join(first.split()))
            return None
        when = _cell(cells, self.date)
        if not when or when.lower().startswith("beginning balance"):
            return None
        kind = self.group or self.account_kind
        if kind is None:
            return None
        return Line(
            kind,
            _cell(cells, self.date),
            self.account,
            _cell(cells, self.name_col),
            _cell(cells, self.memo),
            _signed(_cell(cells, self.amount), self.amount),
        )

    def _heading(self, first: str) -> None:
        """A row with its first cell filled: a group heading, an account, or a total (the
        total of the group closes it)."""
        lowered = first.lower()
        if lowered.startswith(("total", "net ", "gross profit")):
            closed = lowered.removeprefix("total").removeprefix(" for").strip()
            if self.group_depth and closed.removesuffix(" with sub-accounts") == self.group_name:
                self.group_depth -= 1
                if not self.group_depth:
                    self.group, self.group_name = None, ""
            return
        if lowered in _INCOME_GROUPS or lowered in _EXPENSE_GROUPS:
            # QuickBooks' own "Cost of Goods Sold" account has its group's name, and so may an
            # account of a report with no groups: lines right under it are its own
            self.group_depth = self.group_depth + 1 if lowered == self.group_name else 1
            self.group_name = lowered
            self.group = (
                "income" if lowered in _INCOME_GROUPS
                else "cost" if lowered in _COST_GROUPS
                else "expense"
            )  # fmt: skip
            self.account, self.account_kind = first, self.group
        else:
            self.account, self.account_kind = first, _account_kind(first)


#: A list by date's transaction types by the way the money went: "out" is spending, or income
#: given back (a credit memo, a refund to a customer); "in" is income, or spending given back
#: (a vendor's credit, a card's credit, a deposit of a supplier's refund).
_LIST_OUT = frozenset((
    "check", "expense", "bill", "cash expense", "credit card expense", "payroll check",
    "paycheck", "purchase", "refund", "refund receipt", "credit memo",
))  # fmt: skip
_LIST_IN = frozenset(
    ("invoice", "sales receipt", "deposit", "credit card credit", "vendor credit", "credit")
)
#: Types that move money between the business's own accounts, left out and listed.
_LIST_MOVED = frozenset(("credit card payment", "transfer"))
#: Types that settle what an invoice or a bill already counted, or post nothing.
_LIST_SETTLED = frozenset((
    "payment", "receive payment", "bill payment", "bill payment (check)",
    "bill payment (credit card)", "sales tax payment", "estimate", "purchase order",
    "delayed charge", "delayed credit",
))  # fmt: skip
_SEVERAL = "-split-"  # QuickBooks' Split cell for a transaction over several accounts


@dataclass
class QuickBooksList(Layout):
    """QuickBooks' "Transaction List by Date": one row per transaction, no account headings.
    Its Account column is where the money was (the bank, the card, receivables); its Split
    column is the other side, the income or expense account the line counts in (read once
    per account, as headings are). Amounts are signed from the Account column's side, so the
    type says which way the money went (a Check is spending, a Credit Card Credit a refund).
    A transaction over several accounts ("-Split-") shows no amount per account: that row is
    reported, not guessed."""

    date: int
    kind_col: int
    name_col: int | None
    memo: int | None
    split: int
    amount: int
    posting: int | None = None  # "No" on estimates and purchase orders, which post nothing
    period: Period | None = None
    label: str = f"QuickBooks {_LIST_REPORT}"
    kinds: dict[str, Kind | None] = field(default_factory=dict, repr=False, compare=False)

    name = "quickbooks-list"
    sign_note = (
        "a Transaction List by Date: each line counts in its Split account, and its type "
        "(Check, Expense, Invoice, Credit Card Credit...) says which way the money went"
    )

    @classmethod
    def detect(cls, header: Sequence[str]) -> QuickBooksList | None:
        return None  # only from a QuickBooks header whose title names the list (``titled``)

    def read(self, cells: Sequence[str]) -> Line | None:
        when = _cell(cells, self.date)
        if not when or _cell(cells, self.posting).lower() == "no":
            return None  # the title block, the footer; an estimate or a purchase order
        typed = _cell(cells, self.kind_col)
        kind = typed.lower()
        if kind in _LIST_SETTLED:
            return None
        split, payee, memo = (_cell(cells, i) for i in (self.split, self.name_col, self.memo))
        if kind in _LIST_MOVED:
            moved = abs(_signed(_cell(cells, self.amount), self.amount))
            return Line("transfer", when, split, payee, memo or typed, moved)
        if not split or split.lower() == _SEVERAL:
            raise RowError(
                "the list shows no single account for this transaction"
                + (" (it is split over several)" if split else "")
                + ": export Transaction Detail by Account to read its lines",
                self.split,
            )
        account = self._kind(split)
        if account is None:  # a balance-sheet account: the other side of a line counted
            return None
        value = abs(_signed(_cell(cells, self.amount), self.amount))
        if kind in _LIST_OUT:
            given_back = account == "income"
        elif kind in _LIST_IN:
            given_back = account != "income"
        else:
            raise RowError(
                f"a {typed[:30]!r} line: a list by date does not say which way its money "
                "went; export Transaction Detail by Account to read it",
                self.kind_col,
            )
        return Line(account, when, split, payee, memo, -value if given_back else value)

    def _kind(self, split: str) -> Kind | None:
        """The kind of a Split account, read once per account."""
        if split not in self.kinds:
            self.kinds[split] = _account_kind(split)
        return self.kinds[split]


_XERO_INCOME_TYPES = {"revenue", "sales", "other income"}
_XERO_EXPENSE_TYPES = {"expense", "overhead", "overheads", "direct costs", "depreciation"}


@dataclass
class Xero(Layout):
    """Xero account transactions: debit and credit columns, each line's account and its type."""

    date: int
    description: int | None
    debit: int
    credit: int
    account: int
    code: int | None
    type: int | None

    name = "xero"
    label = "Xero account transactions"

    @classmethod
    def detect(cls, header: Sequence[str]) -> Xero | None:
        date, source, debit, credit, account = (
            _find(header, n) for n in ("date", "source", "debit", "credit", "account")
        )
        if date is None or source is None or debit is None or credit is None or account is None:
            return None
        code, account_type = _find(header, "account code"), _find(header, "account type")
        return cls(date, _find(header, "description"), debit, credit, account, code, account_type)

    def _kind(self, cells: Sequence[str]) -> Kind | None:
        account_type = _cell(cells, self.type).lower()
        if account_type:
            if account_type in _XERO_INCOME_TYPES:
                return "income"
            return "expense" if account_type in _XERO_EXPENSE_TYPES else None
        code = _cell(cells, self.code)  # Xero's default chart: 2xx revenue, 3xx-4xx expenses
        if code.isdigit():
            return "income" if code.startswith("2") else "expense" if code[0] in "34" else None
        return None

    def read(self, cells: Sequence[str]) -> Line | None:
        kind = self._kind(cells)
        if kind is None:
            return None
        amount = _booked(cells, self.debit, self.credit, kind)
        description = _cell(cells, self.description)
        return Line(
            kind,
            _cell(cells, self.date),
            _cell(cells, self.account),
            description,
            description,
            amount,
        )


@dataclass
class Wave(Layout):
    """Wave accounting transactions: an account group (Income, Expense...) on every line."""

    date: int
    account: int
    group: int
    description: int | None
    debit: int | None
    credit: int | None
    one_column: int | None
    vendor: int | None
    customer: int | None

    name = "wave"
    label = "Wave accounting transactions"

    @classmethod
    def detect(cls, header: Sequence[str]) -> Wave | None:
        date, account, group = (
            _find(header, n) for n in ("transaction date", "account name", "account group")
        )
        if date is None or account is None or group is None:
            return None
        return cls(
            date,
            account,
            group,
            _find(header, "transaction description"),
            _find(header, "debit amount (two column approach)"),
            _find(header, "credit amount (two column approach)"),
            _find(header, "amount (one column)"),
            _find(header, "vendor"),
            _find(header, "customer"),
        )

    def read(self, cells: Sequence[str]) -> Line | None:
        group = _cell(cells, self.group).lower()
        kind: Kind | None = (
            "income" if group in _INCOME_GROUPS else "expense" if group in _EXPENSE_GROUPS else None
        )
        if kind is None:
            return None
        if self.debit is not None and self.credit is not None:
            amount = _booked(cells, self.debit, self.credit, kind)
        else:
            amount = _money(cells, self.one_column)
        payee = _cell(cells, self.vendor if kind == "expense" else self.customer)
        description = _cell(cells, self.description)
        return Line(
            kind,
            _cell(cells, self.date),
            _cell(cells, self.account),
            payee or description,
            description,
            amount,
        )


@dataclass
class Columns(Layout):
    """A plain table of columns: bank exports, the plain layout, and --map files.

    ``amount`` is one signed column (``money_out`` says which sign is spending), or
    ``money_out``/``money_in`` two columns. Income is money in, or rows whose ``account`` is
    one of ``income_accounts``. ``payee``, when set, is a column of its own for whom was paid
    (a bank's Payee beside its Memo); otherwise the description names the payee.
    """

    date: int
    description: int
    amount: int | None = None
    out_col: int | None = None
    in_col: int | None = None
    account: int | None = None
    payee: int | None = None
    money_out: Literal["negative", "positive"] = "negative"
    income_accounts: frozenset[str] = frozenset()
    name: str = "bank"
    label: str = "bank export"
    kind_col: int | None = None  # a type column: Sale, Return, Payment, ACCT_XFER...
    card: bool = False  # a card statement: money in is a refund or a payment, never income
    sign_note: str = ""  # how the sign of spending was read from the file

    @property
    def has_accounts(self) -> bool:  # type: ignore[override]
        return self.account is not None

    @classmethod
    def detect(cls, header: Sequence[str]) -> Columns | None:
        lowered = [h.strip().lower() for h in header]
        if lowered[:4] == ["date", "description", "amount", "category"]:
            return cls(0, 1, amount=2, account=3, money_out="positive",
                       income_accounts=frozenset(_INCOME_GROUPS), name="plain",
                       label="plain date,description,amount,category")  # fmt: skip
        date = _find(
            header,
            "date",
            "transaction date",
            "posting date",
            "booking date",
            "datum",
            "buchungstag",
            "valuta",
        )
        description = _find(
            header,
            "description",
            "details",
            "memo",
            "payee",
            "name",
            "narrative",
            "verwendungszweck",
            "beschreibung",
            "text",
            "buchungstext",
        )
        if date is None or description is None:
            return None
        payee = _payee_column(header)
        payee = None if payee == description else payee
        kind_col = _find(header, "type", "transaction type")
        card = _is_card(header)
        amount = _find(header, "amount", "betrag", "value", "transaction amount")
        if amount is not None:
            return cls(date, description, amount=amount, payee=payee, kind_col=kind_col,
                       card=card)  # fmt: skip
        if kind_col is None and card:  # Capital One: its category says "Payment/Credit"
            kind_col = _find(header, "category")
        for out_name, in_name in (
            ("debit", "credit"),
            ("withdrawal", "deposit"),
            ("withdrawals", "deposits"),
            ("money out", "money in"),
            ("paid out", "paid in"),
            ("soll", "haben"),
        ):
            out_col, in_col = _find(header, out_name), _find(header, in_name)
            if out_col is not None and in_col is not None:
                return cls(
                    date, description, out_col=out_col, in_col=in_col, payee=payee,
                    kind_col=kind_col, card=card,
                )  # fmt: skip
        return None

    def settle(self, rows: Sequence[Sequence[str]]) -> Columns:
        """This layout with the sign of spending read from the file's first ``rows``.

        Banks write money out as negative, and so do most card issuers (Chase); American
        Express and Discover write purchases as positive. A type column settles it: the sign
        most purchase and fee rows have. A card statement without one: the sign most rows
        have that are not payments (a card's lines are mostly purchases). A bank statement
        without one: negative, as every bank writes it, unless it writes no minus signs and
        marks money in CR (and money out DR, or not at all): then positive. A map file says
        it itself; debit and credit columns need no sign."""
        if self.name in ("plain", "mapped"):
            return self
        kinds = [_cell(cells, self.kind_col).lower() for cells in rows]
        card = self.card or any(kind in ("sale", "return") for kind in kinds)
        label = "card export" if card else self.label
        if self.amount is None:
            note = "money out and money in are in columns of their own"
            return replace(self, card=card, label=label, sign_note=note)
        marked = _marked_credits(rows, self.amount)
        if marked:
            note = (
                "an amount marked CR is money in, one marked DR (or not marked) money out "
                f"({marked} of the first {len(rows)} rows marked CR)"
            )
            return replace(self, card=card, label=label, money_out="positive", sign_note=note)
        signs: list[bool] = []  # True where the amount is negative
        for cells, kind in zip(rows, kinds, strict=True):
            try:
                value = parse_signed(_cell(cells, self.amount))
            except RowError:
                continue
            found = movement(kind, _cell(cells, self.description), card=card)
            if value and (found == "out" if self.kind_col is not None else found is None):
                signs.append(value < 0)
        what = "purchase and fee rows" if self.kind_col is not None else "rows"
        if not signs or not (card or self.kind_col is not None):
            note = "money out is negative, as banks write it"
            return replace(self, card=card, label=label, sign_note=note)
        negative = sum(signs)
        out: Literal["negative", "positive"] = (
            "negative" if negative * 2 >= len(signs) else "positive"
        )
        most = negative if out == "negative" else len(signs) - negative
        note = f"spending is {out} in this file ({most} of the first {len(signs)} {what})"
        return replace(self, card=card, label=label, money_out=out, sign_note=note)

    def read(self, cells: Sequence[str]) -> Line | None:
        try:  # the common case: every column present
            description, when = cells[self.description].strip(), cells[self.date].strip()
            account = cells[self.account].strip() if self.account is not None else ""
            amount = cells[self.amount] if self.amount is not None else ""
        except IndexError:
            description, when = _cell(cells, self.description), _cell(cells, self.date)
            account, amount = _cell(cells, self.account), _cell(cells, self.amount)
        payee = description
        if self.payee is not None:  # a payee column of its own; a blank one says nothing
            payee = _cell(cells, self.payee) or description
        if self.amount is not None:
            value = _signed(amount, self.amount)
            spent = -value if self.money_out == "negative" else value
        else:
            spent = _money(cells, self.out_col) - _money(cells, self.in_col)
        if self.income_accounts:
            if account.lower() in self.income_accounts:
                return Line("income", when, account, payee, description, abs(spent))
            return Line("expense", when, account, payee, description, spent)
        kind = _cell(cells, self.kind_col).lower() if self.kind_col is not None else ""
        found = movement(kind, description, card=self.card)
        if found != "transfer" and self.payee is not None and names_own_account(payee):
            found = "transfer"  # a payee column that names the business's own account
        if found == "transfer":
            return Line("transfer", when, account, payee, description, abs(spent))
        if found == "refund":
            return Line("expense", when, account, payee, description, -abs(spent))
        if self.card or spent > 0:
            return Line("expense", when, account, payee, description, spent)
        return Line("received", when, account, payee, description, -spent)


def _marked_credits(rows: Sequence[Sequence[str]], amount: int) -> int:
    """How many amounts of ``rows`` are marked CR, in a file that writes no minus signs (0 in a
    file that writes them: there a stray "45.00 CR" does not turn every amount round)."""
    marked = 0
    for cells in rows:
        text = _cell(cells, amount)
        if marked_credit(text):
            marked += 1
            continue
        try:
            if parse_signed(text) < 0:
                return 0
        except RowError:
            continue
    return marked


_CARD_COLUMNS = ("card member", "card no.", "card no", "card number", "card")
#: Columns that name who was paid, apart from a memo or description: the payee is what a
#: statement's lines are grouped by, and a memo ("Invoice 5521", "Kartenzahlung") is not one.
_PAYEE_COLUMNS = (
    "payee", "payee name", "merchant", "merchant name", "counterparty", "counter party",
    "counterparty name",
    # Sparkasse (CSV-CAMT and older), Deutsche Bank, ING, DKB (older), N26
    "beguenstigter/zahlungspflichtiger", "begünstigter/zahlungspflichtiger",
    "empfänger/zahlungspflichtiger", "empfaenger/zahlungspflichtiger",
    "auftraggeber/zahlungsempfänger", "auftraggeber/zahlungsempfaenger",
    "begünstigter/auftraggeber", "beguenstigter/auftraggeber", "auftraggeber/begünstigter",
    "auftraggeber/beguenstigter", "auftraggeber/empfänger", "auftraggeber/empfaenger",
    "empfänger", "empfaenger", "zahlungsempfänger", "auftraggeber",
    "name",
)  # fmt: skip


def _payee_column(header: Sequence[str]) -> int | None:
    """The column that names the payee, spaces around a slash aside ("Begünstigter /
    Auftraggeber"); None when the description is all a statement says."""
    names = ["/".join(part.strip() for part in h.split("/")) for h in header]
    return _find(names, *_PAYEE_COLUMNS)


def _is_card(header: Sequence[str]) -> bool:
    """Whether a header is a card statement's: a card column (American Express, Capital One),
    or a transaction date and a post date side by side (Chase and Discover cards)."""
    if _find(header, *_CARD_COLUMNS) is not None:
        return True
    return (
        _find(header, "transaction date", "trans. date") is not None
        and _find(header, "post date", "posted date") is not None
    )


LAYOUTS: tuple[type[Layout], ...] = (QuickBooks, Xero, Wave, Columns)


def detect(header: Sequence[str], *, titled: bool = False) -> Layout | None:
    """The layout of a header row; ``titled``: the rows above it name a QuickBooks report."""
    if titled and (quickbooks := QuickBooks.detect(header, titled=True)) is not None:
        return quickbooks
    for layout in LAYOUTS:
        found = layout.detect(header)
        if found is not None:
            return found
    return None


class MissingColumn(ValueError):
    """A map names a column the export's header does not have."""

    def __init__(self, field: str, wanted: str) -> None:
        super().__init__(f"no column {wanted!r} for {field!r}")
        self.field, self.wanted = field, wanted


def from_map(header: Sequence[str], mapping: ColumnMap) -> Columns:
    """A Columns layout from a --map file: column names for our fields, and sign conventions."""
    columns = mapping.columns

    def column(field: str) -> int | None:
        wanted: str | None = getattr(columns, field)
        if wanted is None:
            return None
        index = _find(header, wanted.lower())
        if index is None:
            raise MissingColumn(field, wanted)
        return index

    date, description = column("date"), column("description")
    assert date is not None  # date and description are required by the map's model
    assert description is not None
    return Columns(
        date,
        description,
        amount=column("amount"),
        out_col=column("money_out"),
        in_col=column("money_in"),
        account=column("account"),
        payee=column("payee"),
        money_out=mapping.money_out_sign,
        income_accounts=frozenset(a.lower() for a in mapping.income_accounts),
        name="mapped",
        label="mapped columns",
    )
