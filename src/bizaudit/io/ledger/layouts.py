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
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TYPE_CHECKING, Literal, NamedTuple

from bizaudit.io.ledger.movements import movement
from bizaudit.io.ledger.parsing import RowError, parse_signed

if TYPE_CHECKING:
    from bizaudit.io.ledger.mapping import ColumnMap

__all__ = [
    "LAYOUTS",
    "Columns",
    "Layout",
    "Line",
    "MissingColumn",
    "detect",
    "from_map",
    "header_names",
]

#: income and expense come from a ledger's accounts; on a card or bank statement, money in
#: is "received" (income, unless the same payee was also paid: then it is their refund) and
#: money between the business's own accounts is a "transfer", counted apart.
Kind = Literal["income", "expense", "received", "transfer"]


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
    text = _cell(cells, index)
    return parse_signed(text) if text else Decimal(0)


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
_EXPENSE_GROUPS = {
    "expenses", "expense", "cost of goods sold", "cost of sales", "other expense",
    "other expenses", "direct costs", "overhead", "overheads", "operating expenses",
}  # fmt: skip


_BALANCE_SHEET = re.compile(
    r"checking|savings|receivable|payable|credit card|business card|\bcard\b|loan|equity"
    r"|opening balance|undeposited|retained|owner.?s? (?:draw|contribution)|payroll liabilit"
    r"|sales tax payable|\bcash\b|petty cash|inventory asset|fixed asset|depreciation acc",
    re.IGNORECASE,
)
_INCOME_WORDS = re.compile(r"income|revenue|sales|fees earned|services$|discounts given", re.I)


def _account_kind(account: str) -> Kind | None:
    """Whether a QuickBooks account holds income or expenses, from its number where it has
    one (QuickBooks' default numbering: 1-3 balance sheet, 4 income, 5 cost of goods sold,
    6-9 expenses), else from its name; None for balance-sheet accounts (bank, receivables,
    cards, loans), whose lines are the other side of income and expenses already counted."""
    number = re.match(r"\s*(\d{3,6})\b", account)
    if number:
        first = number.group(1)[0]
        if first in "123":
            return None
        return "income" if first == "4" else "expense"
    if _BALANCE_SHEET.search(account):
        return None
    return "income" if _INCOME_WORDS.search(account) else "expense"


_REPORTS = {
    name.lower(): name
    for name in (
        "Profit and Loss Detail", "Transaction Detail by Account", "General Ledger",
        "Transaction List by Date", "Transaction Report", "Profit and Loss by Month",
    )
}  # fmt: skip


@dataclass
class QuickBooks(Layout):
    """QuickBooks reports where account names are section rows above their lines: "Profit and
    Loss Detail" (with Income and Expenses group headings), "Transaction Detail by Account" and
    "General Ledger" (accounts only, numbered; balance-sheet accounts are skipped, and so are
    "Beginning Balance" rows)."""

    date: int
    name_col: int | None
    memo: int | None
    amount: int
    group: Kind | None = None
    account: str = ""

    name = "quickbooks"
    label = "QuickBooks report"
    splittable = False  # a line's account is the section heading above it

    @classmethod
    def detect(cls, header: Sequence[str]) -> QuickBooks | None:
        date, kind, amount = (_find(header, n) for n in ("date", "transaction type", "amount"))
        if date is None or kind is None or amount is None:
            return None
        memo = _find(header, "memo/description", "memo", "description")
        return cls(date, _find(header, "name"), memo, amount)

    def titled(self, title_rows: Sequence[Sequence[str]]) -> QuickBooks:
        """This layout named after the report its title block names."""
        for cells in title_rows:
            first = " ".join(cells[0].split()) if cells else ""
            if first.lower() in _REPORTS:
                named = copy.copy(self)
                named.label = f"QuickBooks {_REPORTS[first.lower()]}"
                return named
        return self

    def read(self, cells: Sequence[str]) -> Line | None:
        first = cells[0].strip() if cells else ""
        if first:  # a section heading, or a total
            lowered = first.lower()
            if lowered.startswith(("total", "net ", "gross profit")):
                return None
            if lowered in _INCOME_GROUPS:
                self.group = "income"
            elif lowered in _EXPENSE_GROUPS:
                self.group = "expense"
            else:
                self.account = first
            return None
        when = _cell(cells, self.date)
        if not when or when.lower().startswith("beginning balance"):
            return None
        kind = self.group or (_account_kind(self.account) if self.account else None)
        if kind is None:
            return None
        return Line(
            kind,
            _cell(cells, self.date),
            self.account,
            _cell(cells, self.name_col),
            _cell(cells, self.memo),
            parse_signed(_cell(cells, self.amount)),
        )


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
    one of ``income_accounts``.
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
        kind_col = _find(header, "type", "transaction type")
        card = _is_card(header)
        amount = _find(header, "amount", "betrag", "value", "transaction amount")
        if amount is not None:
            return cls(date, description, amount=amount, kind_col=kind_col, card=card)
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
                    date, description, out_col=out_col, in_col=in_col, kind_col=kind_col,
                    card=card,
                )  # fmt: skip
        return None

    def settle(self, rows: Sequence[Sequence[str]]) -> Columns:
        """This layout with the sign of spending read from the file's first ``rows``.

        Banks write money out as negative, and so do most card issuers (Chase); American
        Express and Discover write purchases as positive. A type column settles it: the sign
        most purchase and fee rows have. A card statement without one: the sign most rows
        have that are not payments (a card's lines are mostly purchases). A bank statement
        without one: negative, as every bank writes it. A map file says it itself."""
        if self.amount is None or self.name in ("plain", "mapped"):
            return self
        kinds = [_cell(cells, self.kind_col).lower() for cells in rows]
        card = self.card or any(kind in ("sale", "return") for kind in kinds)
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
        label = "card export" if card else self.label
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
        payee = _cell(cells, self.payee) if self.payee is not None else description
        if self.amount is not None:
            value = parse_signed(amount)
            spent = -value if self.money_out == "negative" else value
        else:
            spent = _money(cells, self.out_col) - _money(cells, self.in_col)
        if self.income_accounts:
            if account.lower() in self.income_accounts:
                return Line("income", when, account, payee, description, abs(spent))
            return Line("expense", when, account, payee, description, spent)
        kind = _cell(cells, self.kind_col).lower() if self.kind_col is not None else ""
        found = movement(kind, description, card=self.card)
        if found == "transfer":
            return Line("transfer", when, account, payee, description, abs(spent))
        if found == "refund":
            return Line("expense", when, account, payee, description, -abs(spent))
        if self.card or spent > 0:
            return Line("expense", when, account, payee, description, spent)
        return Line("received", when, account, payee, description, -spent)


_CARD_COLUMNS = ("card member", "card no.", "card no", "card number", "card")


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


def detect(header: Sequence[str]) -> Layout | None:
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
