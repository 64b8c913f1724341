"""OFX and QFX statements (bank and credit card, SGML and XML), read with ofxtools.

A statement becomes rows of five cells, ``date, type, payee, description, amount``, that the
same :class:`~bizaudit.io.ledger.layouts.Columns` reading as a CSV export adds up: the same
exclusions, the same netting of refunds, the same payee clean-up. What is particular to OFX is
settled here:

- The currency is the statement's ``CURDEF``.
- The date is the first eight digits of ``DTPOSTED`` as the bank wrote it. ofxtools converts
  the time to UTC, which can move a late-evening transaction to the next day (and month).
- ``TRNAMT`` is signed from the account holder's side on bank and card statements alike:
  money out is negative.
- On a card statement a ``PAYMENT`` is the business paying its own card, and money in that is
  not a payment is a merchant's credit: both are written as the types that say so
  (``xfer``, ``return``), so one file may hold a bank and a card statement side by side.
- A deposit whose ``NAME`` only says "MOBILE DEPOSIT" names the customer in ``MEMO``; a check
  without a name is "Check" and its number.
"""

from __future__ import annotations

import io
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from bizaudit.explain.text import printable
from bizaudit.io.errors import InputError, unreadable
from bizaudit.io.ledger.parsing import Place, shown_line
from bizaudit.io.loading import read_at_most
from bizaudit.model.lazy import LazyPattern

__all__ = ["MAX_BYTES", "Statement", "is_ofx", "read_ofx"]

MAX_BYTES = 50 * 1024 * 1024  # a decade of daily statements is a few megabytes
#: The five cells of every row, in order.
COLUMNS = ("date", "type", "payee", "description", "amount")

_GENERIC_NAMES = frozenset(
    "mobile deposit|deposit|remote deposit|remote online deposit|atm deposit|check deposit"
    .split("|")
)  # fmt: skip
_TRANSACTION = re.compile(rb"<STMTTRN>", re.IGNORECASE)


@dataclass
class Statement:
    """The transactions of an OFX file, as rows, with what the file says about them."""

    rows: list[list[str]] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)  # each row's line in the file
    currency: str | None = None
    curdef: Place | None = None  # where the file states it
    kinds: set[str] = field(default_factory=set)  # "bank", "card"

    @property
    def label(self) -> str:
        what = " and ".join(sorted(self.kinds)) or "empty"
        return f"OFX {what} statement"


def is_ofx(sample: bytes) -> bool:
    """Whether a file's first bytes are an OFX or QFX header (SGML or XML)."""
    head = sample[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").upper()
    return head.startswith(b"OFXHEADER") or (head.startswith(b"<?XML") and b"<?OFX" in head)


def read_ofx(path: Path, shown: str) -> Statement:
    """The transactions of an OFX or QFX file. Raises InputError when it cannot be read."""
    try:
        with path.open("rb") as handle:
            data = read_at_most(handle, MAX_BYTES)
    except OSError as exc:
        raise unreadable(shown, exc) from None
    if len(data) > MAX_BYTES:
        raise InputError(
            shown,
            f"this OFX file is over {MAX_BYTES // (1024 * 1024)} MB",
            "download a shorter period",
        )
    from ofxtools.Parser import OFXTree  # a large import: only for OFX files

    tree = OFXTree()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # private tags such as Quicken's <INTU.BID>
        try:
            tree.parse(io.BytesIO(data))
        except Exception as exc:  # ofxtools raises many kinds; all mean the same
            raise _unreadable(shown, _reason(exc), _line_of(data, str(exc))) from None
        root = tree.getroot()
        if root is None:
            raise InputError(
                shown,
                "this OFX file holds a header and no statement (is it cut short?)",
                "download the statement again",
            )
        transactions = list(root.iter("STMTTRN"))
        _check_values(transactions, data, shown)
        for element in root.iter("CURDEF"):
            code = str(element.text or "").strip()
            if not (len(code) == 3 and code.isalpha() and code.isupper()):
                where = _line_of(data, f"<CURDEF>{code}")
                raise _unreadable(shown, f"<CURDEF> {code[:20]!r} is not a currency code", where)
        raw_dates = [_text(e, "DTPOSTED") for e in transactions]
        try:
            ofx = tree.convert()
        except Exception as exc:
            reason = _reason(exc)
            where = _line_of(data, reason if reason.startswith("<") else str(exc))
            raise _unreadable(shown, reason, where) from None
    if not ofx.statements:
        raise InputError(
            shown,
            "this OFX file holds no bank or card statement (is it cut short?)",
            "download the statement again",
        )
    lines = [data.count(b"\n", 0, m.start()) + 1 for m in _TRANSACTION.finditer(data)]
    statement = Statement()
    dates = iter(raw_dates)
    curdefs = _curdefs(data)
    for number, part in enumerate(ofx.statements):
        card = type(part).__name__ == "CCSTMTRS"
        statement.kinds.add("card" if card else "bank")
        currency = str(part.curdef)
        at = curdefs[number] if number < len(curdefs) else None
        if statement.currency not in (None, currency):
            line, column = (at.line, at.column) if at else (None, None)
            raise InputError(
                shown,
                f"this file holds statements in {statement.currency} and {currency} (the "
                f"statement at this <CURDEF> is in {currency})",
                "import each account's statement on its own",
                line,
                column,
                None if at is None else at.source,
            )
        statement.currency = currency
        statement.curdef = statement.curdef or at
        for transaction in part.banktranlist or ():
            statement.rows.append(_row(transaction, next(dates, None), card))
    statement.lines = lines if len(lines) == len(statement.rows) else []
    return statement


def _row(transaction: Any, raw_date: str | None, card: bool) -> list[str]:
    kind = str(transaction.trntype).lower()
    amount: Decimal = transaction.trnamt
    if card and kind == "payment":
        kind = "xfer"  # the business paying its own card
    elif card and amount > 0 and kind not in ("xfer",):
        kind = "return"  # money in on a card is a merchant's credit
    name = str(transaction.name or "").strip()
    memo = str(transaction.memo or "").strip()
    payee = name
    if not name or name.lower() in _GENERIC_NAMES:
        payee = memo or name
    if transaction.checknum and (not payee or payee.upper().startswith("CHECK")):
        payee = f"CHECK {transaction.checknum}"
    when = (raw_date or "")[:8]
    date = f"{when[:4]}-{when[4:6]}-{when[6:8]}" if when.isdigit() and len(when) == 8 else when
    return [date, kind, payee, f"{name} {memo}".strip(), str(amount)]


_CURDEF = re.compile(rb"<CURDEF>", re.IGNORECASE)


def _curdefs(data: bytes) -> list[Place]:
    """Where each <CURDEF> stands (one a statement, in file order), with its line's text."""
    places = []
    for found in _CURDEF.finditer(data):
        start = data.rfind(b"\n", 0, found.start()) + 1
        end = data.find(b"\n", found.start())
        text = shown_line(data[start : end if end >= 0 else len(data)].decode("utf-8", "replace"))
        source = None if text is None else printable(text, keep="\t")
        places.append(Place(data.count(b"\n", 0, start) + 1, found.start() - start + 1, source))
    return places


def _unreadable(shown: str, why: str, where: tuple[int, int] | None) -> InputError:
    line, column = where or (None, None)
    return InputError(
        shown,
        f"this OFX file cannot be read: {why}",
        "download the statement again; OFX (Microsoft Money) and QFX (Quicken) files are read",
        line,
        column,
    )


_AMOUNT = LazyPattern(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)")


def _check_values(transactions: list[Any], data: bytes, shown: str) -> None:
    """The first amount or date that is not one, at its line and column (ofxtools would
    only name the type of the error)."""
    for element in transactions:
        for tag, valid, what in (
            ("TRNAMT", _AMOUNT.fullmatch, "an amount"),
            ("DTPOSTED", _is_date, "a date"),
        ):
            text = (_text(element, tag) or "").strip()
            if not valid(text):
                where = _line_of(data, f"<{tag}>{text}")
                raise _unreadable(shown, f"<{tag}> {text[:40]!r} is not {what}", where)


def _is_date(text: str) -> bool:
    """An OFX date starts YYYYMMDD: "20260115", "20260115120000.000[-5:EST]"."""
    try:
        datetime.strptime(text[:8], "%Y%m%d")
    except ValueError:
        return False
    return text[:8].isdigit()


def _text(element: Any, tag: str) -> str | None:
    found = element.find(tag)
    return None if found is None else str(found.text or "")


def _reason(exc: Exception) -> str:
    """ofxtools' account of a failure, in a profile author's words where it is cryptic."""
    text = " ".join(str(exc).split())
    if "Value is required" in text or "Must first call parse" in text:
        return "an element the statement needs is missing (is the file cut short?)"
    refused = re.match(r"Can't set \w+\.(\w+) to (.{0,40}?): .* is not OneOf", text)
    if refused:  # ofxtools lists every value it allows (180 currency codes)
        return f"<{refused.group(1).upper()}> {refused.group(2)!r} is not a value OFX allows"
    return text[:200] or type(exc).__name__


def _line_of(data: bytes, text: str) -> tuple[int, int] | None:
    """The line and column of ``text`` in the file, or of the first tag it names."""
    at = data.find(text.encode("utf-8", "replace")) if text.startswith("<") else -1
    if at < 0:
        tag = re.search(r"<?\b([A-Z][A-Z0-9.]{2,})\b>?", text)
        if tag is None:
            return None
        at = data.upper().find(b"<" + tag.group(1).encode())
        if at < 0:
            return None
    line_start = data.rfind(b"\n", 0, at) + 1
    return data.count(b"\n", 0, at) + 1, at - line_start + 1


def rows_with_lines(statement: Statement) -> Iterator[tuple[int, list[str]]]:
    """Each row with its line in the file (its position when lines are unknown)."""
    for index, row in enumerate(statement.rows):
        yield (statement.lines[index] if statement.lines else index + 1), row
