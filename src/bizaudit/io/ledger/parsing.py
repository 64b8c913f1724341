"""Reading what real exports contain: encodings, delimiters, signed amounts and dates."""

from __future__ import annotations

import calendar
import csv
import io
from collections import Counter
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from bizaudit.model import amounts
from bizaudit.model.lazy import LazyPattern
from bizaudit.model.tuples import NamedTuple

__all__ = [
    "DELIMITERS",
    "Period",
    "Place",
    "RowError",
    "Said",
    "cell_place",
    "currency_in",
    "detect_encoding",
    "marked_credit",
    "parse_date",
    "parse_signed",
    "report_period",
    "shown_line",
    "sniff_delimiter",
]

SAMPLE_BYTES = 64 * 1024


class RowError(ValueError):
    """A value in a row that cannot be read; the row is reported and counted, never dropped.

    ``cell`` is the index of the cell at fault, when one is: the warning then names its
    column (found only for the rows reported, never while reading)."""

    def __init__(self, message: str, cell: int | None = None) -> None:
        super().__init__(message)
        self.cell = cell


class Place(NamedTuple):
    """Where something stands in an input: 1-based line and column, as editors show them, and
    that line's text (for the caret under it); ``path`` when it is another file (a map)."""

    line: int
    column: int
    source: str | None = None
    path: str | None = None


SHOWN_LINE = 240  # a longer line is not shown under a message (a file that is one line)


def shown_line(text: str) -> str | None:
    """A line's text to show under a message, without its line end; None when too long."""
    text = text.rstrip("\r\n")
    return text if len(text) <= SHOWN_LINE else None


def cell_place(text: str, first_line: int, index: int, delimiter: str) -> Place | None:
    """Where cell ``index`` starts (its opening quote, if quoted) in ``text``, the raw lines of
    one CSV row from ``first_line`` on. Walked character by character: it runs only for the few
    places an error or warning names."""
    lines = io.StringIO(text, newline="").readlines() or [""]
    cell, quoted = 0, False
    for number, line in enumerate(lines):
        for at, char in enumerate(line):
            if cell == index:
                return Place(first_line + number, at + 1, shown_line(line))
            if char == '"':
                quoted = not quoted
            elif char == delimiter and not quoted:
                cell += 1
    if cell == index:  # an empty last cell: just past the last character
        last = lines[-1].rstrip("\r\n")
        return Place(first_line + len(lines) - 1, len(last) + 1, shown_line(last))
    return None


def detect_encoding(sample: bytes) -> str:
    """UTF-16 by its byte order mark (Excel's "Unicode text"); UTF-8 (with or without BOM) when
    the sample decodes as UTF-8; Windows-1252 otherwise."""
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if sample.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(sample) - 4:  # not just a character cut at the end of the sample
            return "cp1252"
    return "utf-8"


DELIMITERS = (",", ";", "\t", "|")


_SNIFF_LINES = 30


def sniff_delimiter(text: str) -> str:
    """The delimiter under which the first lines split most often into the same number of
    columns (more than one). Linear in the text: csv.Sniffer's regular expressions backtrack
    for seconds on 64 KB of ', "a'."""
    lines = text.splitlines()[:_SNIFF_LINES]
    best, score = ",", (0, 0)
    for delimiter in DELIMITERS:
        try:
            widths = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        except csv.Error:
            continue
        common = Counter(width for width in widths if width > 1).most_common(1)
        if common and (common[0][1], common[0][0]) > score:
            best, score = delimiter, (common[0][1], common[0][0])
    return best


_DR_CR = LazyPattern(r"\s*(CR|DR|Cr|Dr|cr|dr)$")


def marked_credit(text: str) -> bool:
    """Whether an amount is marked CR ("3,200.00 CR"), as banks that write no signs mark
    money in. :func:`parse_signed` reads CR as negative and DR as positive (a card's way:
    a credit lowers what is owed), so a file with CR marks has money out positive."""
    suffix = _DR_CR.search(text.strip())
    return suffix is not None and suffix.group(1).lower() == "cr"


def parse_signed(text: str) -> Decimal:
    """ "1,234.56", "(150.00)", "-89,90", "1.500,00", "$12.00-", "45.00 CR" → a signed Decimal."""
    value = text.strip()
    if not value:
        raise RowError("the amount is empty")
    if value.lstrip("-").replace(".", "", 1).isdigit() and value.isascii():  # the common case
        try:
            number = Decimal(value)
        except InvalidOperation:  # "--12": let the careful reading below explain it
            pass
        else:
            if abs(number) < amounts.MAX_MONEY:  # else the reading below says it is too large
                return number
    negative = False
    if value.startswith("(") and value.endswith(")"):
        negative, value = True, value[1:-1].strip()
    if value.endswith("-"):
        negative, value = True, value[:-1].strip()
    if (suffix := _DR_CR.search(value)) is not None:
        negative = suffix.group(1).lower() == "cr" or negative
        value = value[: suffix.start()]
    if value.lstrip("$€£¥ ").startswith("-"):  # "-89,90" and "$-12.00"
        negative, value = True, value.replace("-", "", 1)
    try:
        magnitude = amounts.parse_money(value)
    except (amounts.AmountError, InvalidOperation) as exc:
        raise RowError(str(exc)) from None
    return -magnitude if negative else magnitude


# "%d.%m.%y": Sparkasse writes its booking day with two digits of year ("24.03.26")
_DATE_FORMATS = (
    "%d.%m.%Y", "%d %b %Y", "%d %B %Y", "%b %d, %Y", "%Y/%m/%d", "%d-%b-%Y", "%d.%m.%y",
)  # fmt: skip


@lru_cache(maxsize=4096)  # a year's export has a few hundred distinct dates at most
def parse_date(text: str, day_first: bool = False) -> date:
    value = text.strip()
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        pass
    if value.count("/") == 2:
        first, second, year = value.split("/")
        if len(year) in (2, 4) and first.isdigit() and second.isdigit() and year.isdigit():
            day, month = (int(first), int(second)) if day_first else (int(second), int(first))
            try:
                return date(int(year) + (2000 if len(year) == 2 else 0), month, day)
            except ValueError:
                raise RowError(f"{value!r} is not a date") from None
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    raise RowError(f"{value!r} is not a date")


def day_first(samples: list[str]) -> bool:
    """Whether slashed dates are day/month: a first part from 13 to 31 with a second that is
    a month says so, unless another date says month/day the same way round. A date that is
    neither ("13/45/2026", a typo) decides nothing: it is reported as a row not read."""
    days_first = months_first = False
    for text in samples:
        parts = text.strip().split("/")
        if len(parts) != 3 or not (parts[0].isdigit() and parts[1].isdigit()):
            continue
        first, second = int(parts[0]), int(parts[1])
        days_first = days_first or (12 < first <= 31 and 1 <= second <= 12)
        months_first = months_first or (12 < second <= 31 and 1 <= first <= 12)
    return days_first and not months_first


_MONTH_NUMBERS = {
    name.lower(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number])
}
# "January - June, 2026", "March 1-31, 2026", "October 1 - November 30, 2025",
# "December 1, 2025 - January 31, 2026", "January - December 2026": QuickBooks' title line.
_PERIOD = LazyPattern(
    r"(?P<m1>[a-z]+)\.?(?:\s+(?P<d1>\d{1,2}))?(?:,?\s+(?P<y1>\d{4}))?\s*-\s*"
    r"(?:(?P<m2>[a-z]+)\.?\s*)?(?P<d2>\d{1,2})?,?\s*(?P<y2>\d{4})"
)
_ONE_MONTH = LazyPattern(r"(?P<m2>[a-z]+)\.?,?\s+(?P<y2>\d{4})")  # "March 2026"


class Period(NamedTuple):
    """The period a report states in its title block."""

    first: date
    last: date
    said: str  # as the report writes it: "April - June, 2026"


def report_period(text: str) -> Period | None:
    """The first and last day of the period a report's title line states ("April - June,
    2026" is 2026-04-01 to 2026-06-30); None for anything else ("All Dates", "As of March 31,
    2026", a company name). Read once, from the title block."""
    plain = " ".join(text.replace("\u2013", "-").replace("\u2014", "-").split()).lower()
    found = _PERIOD.fullmatch(plain) or _ONE_MONTH.fullmatch(plain)
    if found is None:
        return None
    parts = found.groupdict()  # "March 2026" has only m2 and y2
    first_month = _MONTH_NUMBERS.get(parts.get("m1") or parts["m2"])
    last_month = _MONTH_NUMBERS.get(parts["m2"] or parts["m1"])
    if first_month is None or last_month is None:
        return None
    last_year = int(parts["y2"])
    first_year = int(parts.get("y1") or last_year)
    last_day = parts.get("d2") or calendar.monthrange(last_year, last_month)[1]
    try:
        first = date(first_year, first_month, int(parts.get("d1") or 1))
        last = date(last_year, last_month, int(last_day))
    except ValueError:  # "February 1-30": not a period
        return None
    return Period(first, last, " ".join(text.split())) if first <= last else None


_CURRENCY_COLUMNS = ("currency", "currency code", "ccy", "währung", "waehrung", "devise", "valuta")
_SYMBOLS = LazyPattern(r"(?:(US|CA|C|AU|A|NZ)?\$|€|£|¥)\s?\(?-?\d")
_SYMBOL_CODES = {"€": "EUR", "£": "GBP", "¥": "JPY", "$": "USD", "US$": "USD", "CA$": "CAD",
                 "C$": "CAD", "AU$": "AUD", "A$": "AUD", "NZ$": "NZD"}  # fmt: skip
_CODE_BY_AMOUNT = LazyPattern(
    r"\d\s?(USD|EUR|GBP|CAD|AUD|NZD|CHF|SEK|NOK|DKK|PLN|CZK|JPY|INR|ZAR|MXN|BRL|SGD|HKD)\b"
    r"|\b(USD|EUR|GBP|CAD|AUD|NZD|CHF|SEK|NOK|DKK|PLN|CZK|JPY|INR|ZAR|MXN|BRL|SGD|HKD)\s?-?\d"
)


class Said(NamedTuple):
    """The currency a file says its amounts are in."""

    code: str
    where: str  # "its Currency column", "the € signs on its amounts"...
    certain: bool  # False for a bare $, which Canada and Australia write too
    mixed: tuple[str, ...] = ()  # every currency its amounts name, when there are several
    at: Place | None = None  # where it shows; when mixed, the first cell in the second currency
    other: str = ""  # when mixed: that second currency


#: Where the cell of a row stands in the file: (row index, cell index) → its place.
Locate = Callable[[int, int], Place | None]
#: Columns of a multicurrency ledger (QuickBooks Online) beside its home-currency Amount: there
#: the Currency column names each transaction's own currency, that of its Foreign Amount.
_FOREIGN_COLUMNS = ("foreign amount", "exchange rate")


def currency_in(
    header: list[str], rows: list[list[str]], locate: Locate | None = None
) -> Said | None:
    """The currency a CSV export says its amounts are in, and where it says it: a currency
    column, ISO codes beside the amounts ("12.00 EUR"), or symbols ("€12.00", "$1,200.00";
    a bare $ is read as US dollars). None when it does not say: a decimal comma alone does
    not name a currency (euros, kronor, reais and rand are all written so). ``locate`` turns
    a row and cell of ``rows`` into a place in the file, for messages.

    Beside Exchange Rate and Foreign Amount columns, the Currency column is each transaction's
    own currency, not the Amount column's: the home currency is that of the lines at an
    exchange rate of 1, and the foreign amounts (and their symbols) are not read."""
    lowered = [h.strip().lower() for h in header]
    foreign = {lowered.index(n) for n in _FOREIGN_COLUMNS if n in lowered}
    rate = lowered.index("exchange rate") if "exchange rate" in lowered else None
    index = next((lowered.index(n) for n in _CURRENCY_COLUMNS if n in lowered), None)
    if index is not None:
        if foreign:  # each transaction's own currency: never the Amount column's
            foreign.add(index)
        if rate is not None or not foreign:  # without a rate, the home currency's lines hide
            said = _currency_column(header[index].strip(), rows, index, rate, locate)
            if said is not None:
                return said
    return _currency_marks(rows, frozenset(foreign), locate)


def _currency_column(
    name: str, rows: list[list[str]], index: int, rate: int | None, locate: Locate | None
) -> Said | None:
    """The currency a currency column names (only on lines at an exchange rate of 1, when
    ``rate`` is that column)."""
    codes: Counter[str] = Counter()
    first: dict[str, int] = {}  # each code, in the order it shows, and its first row
    for number, cells in enumerate(rows):
        code = cells[index].strip() if index < len(cells) else ""
        if len(code) != 3 or not code.isalpha() or (rate is not None and not _at_par(cells, rate)):
            continue
        code = code.upper()
        codes[code] += 1
        first.setdefault(code, number)
    if not codes:
        return None
    code = codes.most_common(1)[0][0]
    mixed = tuple(sorted(codes)) if len(codes) > 1 else ()
    shown = list(first)[1] if mixed else code
    other = shown if mixed else ""
    where = f"its {name} column"
    if rate is not None:
        where += (
            " at an exchange rate of 1 (Amount is in this home currency; Foreign Amount is "
            "not added up)"
        )
    return Said(code, where, True, mixed, locate(first[shown], index) if locate else None, other)


def _at_par(cells: list[str], rate: int) -> bool:
    """Whether a line's exchange rate is 1: a line in the home currency."""
    text = cells[rate].strip().replace(",", ".") if rate < len(cells) else ""
    try:
        return Decimal(text) == 1
    except InvalidOperation:
        return False


def _currency_marks(
    rows: list[list[str]], skipped: frozenset[int], locate: Locate | None
) -> Said | None:
    """The currency the amounts' ISO codes or symbols name (not in the ``skipped`` columns)."""
    found: Counter[tuple[str, str]] = Counter()
    first: dict[str, tuple[int, int]] = {}  # each code, in the order it shows, and its cell
    for number, cells in enumerate(rows):
        for column, cell in enumerate(cells):
            if len(cell) > 40 or column in skipped or not any(c.isdigit() for c in cell):
                continue
            for match in _CODE_BY_AMOUNT.finditer(cell):
                code = match.group(1) or match.group(2)
                found[(code, "the codes beside its amounts")] += 1
                first.setdefault(code, (number, column))
            for match in _SYMBOLS.finditer(cell):
                symbol = match.group(0).rstrip("0123456789-( ")
                found[(_SYMBOL_CODES[symbol], f"the {symbol} signs on its amounts")] += 1
                first.setdefault(_SYMBOL_CODES[symbol], (number, column))
    if not found:
        return None
    code, where = found.most_common(1)[0][0]
    # "$" and "USD" name one currency; "$" beside "CAD" may too (Canadians write $).
    named = {c for c, w in found if w != "the $ signs on its amounts"}
    if any(w == "the $ signs on its amounts" for _, w in found) and not named & _DOLLARS:
        named.add("USD")
    mixed = tuple(sorted(named)) if len(named) > 1 else ()
    shown = [c for c in first if c in named][1] if mixed else code
    at = locate(*first[shown]) if locate else None
    certain = where != "the $ signs on its amounts"
    return Said(code, where, certain, mixed, at, shown if mixed else "")


_DOLLARS = frozenset({"USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN"})
