"""Parse money, percentages and counts the way people type them, exactly (Decimal, never float).

Money: ``12000``, ``"$12,000"``, ``"12k"``, ``"2.5M"``, ``"$3,500.50"``, ``"USD 900"``,
``"1.234,56"`` (dots for thousands and a decimal comma). A lone dot followed by exactly three
digits (``"€1.200"``) could mean 1.2 or 1200, so it is rejected with a message that says how to
write it.

Percentages: ``"10%"`` is ten percent; a bare number from 0 to 1 is a fraction (``0.1`` is 10%).
A bare number above 1 is rejected with a message saying how to write it (``1.5`` could be
1.5% or 150%: write ``1.5%`` or ``0.015``), as is a bare ``1`` (1% or 100%). Nothing above
100% is accepted.

:func:`profile_amount` writes an amount back the way :func:`parse_money` reads it. Showing
amounts to people is the explain layer's work (``bizaudit.explain.numbers``).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from bizaudit.model.lazy import LazyPattern

__all__ = [
    "MAX_MONEY",
    "AmountError",
    "parse_count",
    "parse_hours",
    "parse_money",
    "parse_percent",
    "parse_size",
    "profile_amount",
]

#: Larger amounts are typos (or attacks), not budgets: a thousand trillion.
MAX_MONEY = Decimal(10) ** 15
#: Longest text we try to read as a number; keeps int/Decimal parsing cheap on hostile input.
_MAX_NUMBER_CHARS = 40

_SYMBOLS = "$€£¥₹"
_SUFFIXES = {"k": Decimal(1000), "m": Decimal(1_000_000), "b": Decimal(1_000_000_000)}
_CURRENCY_CODE = LazyPattern(r"^[A-Z]{3}\s*|\s*[A-Z]{3}$")
_PLAIN = LazyPattern(r"\d+(?:\.\d+)?")
_US_GROUPS = LazyPattern(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_EU_GROUPS = LazyPattern(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_EU_DECIMAL = LazyPattern(r"\d+,\d{1,2}")
_AMBIGUOUS_DOT = LazyPattern(r"[1-9]\d{0,2}\.\d{3}")


class AmountError(ValueError):
    """A value that is not a valid amount; ``str()`` is a plain sentence for the owner."""


def _reject_special(value: object, what: str) -> None:
    if isinstance(value, bool):
        raise AmountError(f"expected {what}, got true/false")


def _from_number(value: int | float | Decimal, what: str) -> Decimal:
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise AmountError(f"expected {what}, got {value}")
        # repr gives the shortest text that round-trips, so 0.1 stays 0.1.
        return Decimal(repr(value))
    if isinstance(value, Decimal) and not value.is_finite():
        raise AmountError(f"expected {what}, got {value}")
    return Decimal(value)


def _decimal(text: str) -> Decimal:
    try:
        return Decimal(text)
    except InvalidOperation:  # pragma: no cover - callers only pass matched digits
        raise AmountError(f"{text!r} is not a number") from None


def _read_digits(body: str, original: str) -> Decimal:
    """Read the digits of an amount once its symbol, sign and suffix are gone."""
    if _AMBIGUOUS_DOT.fullmatch(body):
        whole, frac = body.split(".")
        raise AmountError(
            f"{original!r} is ambiguous: it could be {whole}.{frac.rstrip('0') or '0'} or "
            f"{whole}{frac}; write it without separators, e.g. {whole}{frac} or {whole}.{frac[:2]}"
        )
    if _PLAIN.fullmatch(body):
        return _decimal(body)
    if _US_GROUPS.fullmatch(body):
        return _decimal(body.replace(",", ""))
    if _EU_GROUPS.fullmatch(body):
        return _decimal(body.replace(".", "").replace(",", "."))
    if _EU_DECIMAL.fullmatch(body):
        return _decimal(body.replace(",", "."))
    raise AmountError(
        f'{original!r} is not an amount of money; write e.g. 12000, "$12,000", "12k" or "2.5M"'
    )


def parse_money(value: object) -> Decimal:
    """Return a non-negative amount of money as an exact Decimal."""
    if type(value) is str and value.isdigit() and value.isascii() and len(value) < 16:
        return Decimal(value)  # "12000": the common case, under MAX_MONEY by its length
    _reject_special(value, "an amount of money")
    if isinstance(value, int | float | Decimal):
        amount = _from_number(value, "an amount of money")
    elif isinstance(value, str):
        amount = _parse_money_text(value)
    else:
        raise AmountError(f"expected an amount of money, got {_kind(value)}")
    if amount < 0:
        raise AmountError(
            "an amount of money cannot be negative; enter spend and revenue as 0 or more"
        )
    if amount > MAX_MONEY:
        # As written: past 28 digits Decimal arithmetic has already rounded the amount.
        shown = repr(value.strip()) if isinstance(value, str) else f"{amount:,.0f}"
        raise AmountError(f"{shown} is implausibly large; amounts must be under {MAX_MONEY:,.0f}")
    return amount


def _parse_money_text(value: str) -> Decimal:
    text = value.strip()
    if not text:
        raise AmountError("expected an amount of money, got empty text")
    if len(text) > _MAX_NUMBER_CHARS:
        raise AmountError(f"{text[:20]!r}... is too long to be an amount of money")
    body = _CURRENCY_CODE.sub("", text)
    negative = body.startswith("-")
    body = body.lstrip("-").strip()
    body = body.lstrip(_SYMBOLS).strip()
    if body.startswith("-"):  # "$-5"
        negative, body = True, body[1:].strip()
    multiplier = Decimal(1)
    if body[-1:].lower() in _SUFFIXES:
        multiplier = _SUFFIXES[body[-1].lower()]
        body = body[:-1].strip()
        if _AMBIGUOUS_DOT.fullmatch(body):  # "1.500k" is plainly 1.5 thousand
            return _signed(_decimal(body) * multiplier, negative)
    return _signed(_read_digits(body, value.strip()) * multiplier, negative)


def _signed(amount: Decimal, negative: bool) -> Decimal:
    return -amount if negative else amount


def parse_percent(value: object) -> Decimal:
    """Return a share from 0 to 1 (``"10%"`` → ``Decimal("0.1")``)."""
    _reject_special(value, "a percentage")
    if isinstance(value, int | float | Decimal):
        number, explicit = _from_number(value, "a percentage"), False
    elif isinstance(value, str):
        text = value.strip()
        explicit = text.endswith("%")
        text = text.rstrip("%").strip()
        if len(text) > _MAX_NUMBER_CHARS or not _PLAIN.fullmatch(text.lstrip("-")):
            raise AmountError(f"{_show(value)} is not a percentage; write e.g. 10% or 0.1")
        number = _decimal(text)
    else:
        raise AmountError(f"expected a percentage, got {_kind(value)}")
    if number < 0:
        raise AmountError("a percentage cannot be negative")
    if not explicit and number == 1:
        raise AmountError("a bare 1 could mean 1% or 100%; write 1% or 100%")
    if not explicit and number > 1:
        # 0.8 is 80%, and 1.5 was read as 1.5%: a bare number is only ever a fraction.
        text = format(number.normalize(), "f")
        fraction = format((number / 100).normalize(), "f")
        raise AmountError(f"a bare {text} is not a share; write {text}% or {fraction}")
    share = number / 100 if explicit else number
    if share > 1:
        raise AmountError(f"{_show(str(value))} is more than 100%")
    return share


#: A whole number written with thousands separators: "21,400", "1,250,000"
_GROUPED_COUNT = LazyPattern(r"\d{1,3}(?:,\d{3}){1,5}")


def parse_count(value: object) -> int:
    """Return a whole number of 0 or more (customers)."""
    _reject_special(value, "a whole number")
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        text = value.strip()
        if len(text) > _MAX_NUMBER_CHARS:
            raise AmountError(f"{text[:20]!r}... is implausibly large")
        number = int(text)
    elif isinstance(value, str) and _GROUPED_COUNT.fullmatch(value.strip()):
        # "21,400", as an export writes it, like money (AD23 of the nineteenth round)
        number = int(value.strip().replace(",", ""))
    elif isinstance(value, float | Decimal) and value == int(value):
        number = int(value)
    else:
        raise AmountError(f"expected a whole number of 0 or more, got {_show(value)}")
    if number < 0:
        raise AmountError("a count cannot be negative")
    if number > MAX_MONEY:
        raise AmountError(f"{number} is implausibly large")
    return number


def parse_hours(value: object) -> Decimal:
    """Return hours per week: a number from 0 to 168."""
    _reject_special(value, "a number of hours")
    if isinstance(value, int | float | Decimal):
        hours = _from_number(value, "a number of hours")
    elif (
        isinstance(value, str)
        and len(value) <= _MAX_NUMBER_CHARS
        and _PLAIN.fullmatch(value.strip().lstrip("-"))
    ):
        hours = _decimal(value.strip())
    else:
        raise AmountError(f"expected a number of hours per week, got {_show(value)}")
    if hours < 0:
        raise AmountError("hours cannot be negative")
    if hours > 168:
        raise AmountError(f"{hours} hours is more than the 168 hours in a week")
    return hours


def _kind(value: object) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing (null)"
    return type(value).__name__


def _show(value: object) -> str:
    """A value as a message quotes it: at most 30 characters (an environment variable or a
    flag can hold 100 kB)."""
    if isinstance(value, str):
        return repr(value[:30]) + ("..." if len(value) > 30 else "")
    return _kind(value)


def profile_amount(amount: Decimal) -> str:
    """An amount as a written profile spells it, so that :func:`parse_money` reads it back
    exactly: plain digits ("6600", "3500.5"), and "54.7660" rather than "54.766", which could
    be read as fifty-four thousand."""
    text = format(amount, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text + "0" if _AMBIGUOUS_DOT.fullmatch(text) else text


_SIZE = LazyPattern(r"(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?", re.IGNORECASE)
_SIZE_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


def parse_size(value: str) -> int:
    """A size in bytes: ``"10M"``, ``"512k"``, ``"1G"``, ``"2MB"``, ``"100B"``, ``"4096"``; K,
    M and G are multiples of 1,024."""
    match = _SIZE.fullmatch(value.strip()) if len(value) <= _MAX_NUMBER_CHARS else None
    if match is None:
        raise AmountError(f"{_show(value)} is not a size; write e.g. 10M, 512K, 1G or 100B")
    number, unit = match.groups()
    return int(Decimal(number) * _SIZE_UNITS[unit.lower()])
