"""Numbers as people read them, so that no shown number contradicts what is said of it.

Money with its currency's symbol (``"$6,600"``, cents only when there are any); a share
beside its threshold gets the decimals it needs not to read as the threshold
(``format_percent_beside``: 9.96% never reads "10%" under a 10% minimum); a threshold is shown
exactly as set (``format_limit``); advice that says "at least" rounds up (``at_least``); a
share above zero never reads "0%". Every renderer and every message uses these, and nothing
below this layer rounds for display.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_HALF_EVEN, Context, Decimal
from functools import lru_cache

__all__ = [
    "at_least",
    "format_hours",
    "format_limit",
    "format_money",
    "format_number",
    "format_number_beside",
    "format_percent",
    "format_percent_beside",
    "places_apart",
    "plural",
    "rounded",
]

#: Wide enough for any figure the inputs allow: amounts are at most 10**15 and at least
#: 10**-38 (40 characters), so a ratio of two has at most about 55 digits before the point.
#: The default context (28 digits) raised InvalidOperation when rounding such a ratio.
_WIDE = Context(prec=120)


def rounded(value: Decimal, places: int, rounding: str = ROUND_HALF_EVEN) -> Decimal:
    """``value`` to ``places`` decimals, whatever its size."""
    return value.quantize(Decimal(1).scaleb(-places), rounding=rounding, context=_WIDE)


def format_money(amount: Decimal, currency: str = "USD") -> str:
    """``Decimal("6600")`` → ``"$6,600"``; cents only when there are any; ``"-$80"``."""
    if amount < 0:
        return "-" + format_money(-amount, currency)
    symbol = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹"}.get(currency)
    text = f"{amount:,.2f}" if amount != amount.to_integral_value() else f"{amount:,.0f}"
    return f"{symbol}{text}" if symbol else f"{text} {currency}"


def format_number(value: Decimal, places: int = 1) -> str:
    """A ratio or a count of months: ``Decimal("24.3125")`` → ``"24.3"``, grouped by
    thousands (``"100,000,000.0"``)."""
    return f"{value:,.{places}f}"


def places_apart(value: Decimal, limit: Decimal, places: int = 1, most: int = 6) -> int:
    """The fewest decimal places, from ``places``, at which ``value`` no longer reads as
    ``limit``: 9.96 against a minimum of 10 reads "9.96", not "10.0" (which would contradict
    the finding it is shown in)."""
    while places < most and value != limit and rounded(value, places) == rounded(limit, places):
        places += 1
    return places


@lru_cache(maxsize=64)  # a run shows the same few thresholds again and again
def format_limit(limit: Decimal) -> str:
    """A threshold as it was set, never rounded: ``Decimal("0.1265")`` → ``"12.65%"``,
    ``Decimal("0.1")`` → ``"10%"``."""
    exponent = (limit * 100).normalize().as_tuple().exponent
    return format_percent(limit, max(0, -exponent) if isinstance(exponent, int) else 1)


def format_percent_beside(share: Decimal | None, limit: Decimal, places: int = 1) -> str:
    """A share shown beside its limit: 9.96% reads "9.96%" beside a 10% minimum, never the
    "10%" it falls short of."""
    if share is None:
        return format_percent(share)
    return format_percent(share, places_apart(share * 100, limit * 100, places))


def format_number_beside(value: Decimal, limit: Decimal) -> str:
    """A ratio or a count of months shown beside its rule of thumb: 2.96 reads "2.96" beside
    3, never the "3.0" it falls short of."""
    return format_number(value, places_apart(value, limit))


def at_least(value: Decimal, step: str) -> Decimal:
    """``value`` rounded up to a multiple of ``step`` ("0.01", "0.1"), for advice that says
    "at least": rounded down, following it would fall just short (6.25 hours → 6.3)."""
    return value.quantize(Decimal(step), rounding=ROUND_CEILING, context=_WIDE)


def plural(count: int, noun: str, many: str | None = None) -> str:
    """``plural(1, "line")`` → "1 line"; ``plural(2, "entry", "entries")`` → "2 entries"."""
    return f"{count:,} {noun if count == 1 else many or noun + 's'}"


def format_percent(share: Decimal | None, places: int = 1) -> str:
    """``Decimal("0.0264")`` → ``"2.6%"``, ``Decimal("0.1")`` → ``"10%"``, ``None`` → ``"n/a"``;
    a share above zero never reads "0%" (``Decimal("0.000001")`` → ``"0.0001%"``)."""
    if share is None:
        return "n/a"
    percent = share * 100
    if percent and not rounded(percent, places):  # a share above zero never reads "0%"
        places = places_apart(percent, Decimal(0), places)
    text = f"{percent:.{places}f}"
    return (text.rstrip("0").rstrip(".") if "." in text else text) + "%"


def format_hours(value: Decimal) -> str:
    """Hours as written: 6 → "6", 62.5 → "62.5", 4.98 → "4.98" (rounded, 4.98 of 50 hours
    would read as the 10% it falls short of)."""
    return format(value.normalize(), "f")
