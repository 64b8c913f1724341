"""Numbers as people read them, so that no shown number contradicts what is said of it.

Money as the profile's locale writes it, through Babel's CLDR data (``"$6,600"`` in en_US,
``"6.600 €"`` in de_DE; cents only when there are any; see ``format_money``); a share
beside its threshold gets the decimals it needs not to read as the threshold
(``format_percent_beside``: 9.96% never reads "10%" under a 10% minimum); a threshold is shown
exactly as set (``format_limit``); advice that says "at least" rounds up (``at_least``); a
share above zero never reads "0%". Every renderer and every message uses these, and nothing
below this layer rounds for display.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, ROUND_HALF_UP, Context, Decimal
from functools import lru_cache

from bizaudit.model.tuples import NamedTuple

__all__ = [
    "DEFAULT_LOCALES",
    "and_list",
    "at_least",
    "at_most",
    "default_locale",
    "format_count",
    "format_hours",
    "format_limit",
    "format_margin",
    "format_money",
    "format_number",
    "format_number_beside",
    "format_percent",
    "format_percent_among",
    "format_percent_beside",
    "hours_of",
    "in_sentence",
    "line_list",
    "money_locale",
    "money_style_note",
    "percent_range",
    "places_apart",
    "plural",
    "rounded",
]

#: Wide enough for any figure the inputs allow: amounts are at most 10**15 and at least
#: 10**-38 (40 characters), so a ratio of two has at most about 55 digits before the point.
#: The default context (28 digits) raised InvalidOperation when rounding such a ratio.
_WIDE = Context(prec=120)


def rounded(value: Decimal, places: int, rounding: str = ROUND_HALF_EVEN) -> Decimal:
    """``value`` to ``places`` decimals, whatever its size. The rounding and the context go
    by position: by keyword, Decimal's C code parses them at 2,200 instructions more a call,
    and a small profile's report rounds about fifteen figures (measured, 2026-12-08)."""
    return value.quantize(_step(places), rounding, _WIDE)


def _step(places: int) -> Decimal:
    """1, 0.1, 0.01...: the unit of the last of ``places`` decimals, made once each."""
    step = _STEPS.get(places)
    if step is None:
        step = _STEPS[places] = Decimal(1).scaleb(-places)
    return step


_STEPS: dict[int, Decimal] = {}


#: The locale money is written in when the profile names none, by currency: where a currency
#: is used in several countries, the writing most of its users share. The euro is written
#: "31.000 €" in Germany, Italy, Spain, Greece and most other euro countries (dot for
#: thousands, decimal comma, the sign after the amount); Ireland writes €31,000, France
#: 31 000 €, the Netherlands and Austria € 31.000: those set ``business.locale``. Any other
#: currency is written in English (``en``), with its code or symbol before the amount. The
#: README lists this table.
DEFAULT_LOCALES: dict[str, str] = {
    "USD": "en_US",
    "EUR": "de_DE",
    "GBP": "en_GB",
    "CAD": "en_CA",
    "AUD": "en_AU",
    "NZD": "en_NZ",
    "CHF": "de_CH",
    "JPY": "ja_JP",
    "CNY": "zh_Hans_CN",
    "INR": "en_IN",
    "SEK": "sv_SE",
    "NOK": "nb_NO",
    "DKK": "da_DK",
    "PLN": "pl_PL",
    "CZK": "cs_CZ",
    "HUF": "hu_HU",
    "BRL": "pt_BR",
    "MXN": "es_MX",
    "ZAR": "en_ZA",
    "SGD": "en_SG",
    "HKD": "en_HK",
    "KRW": "ko_KR",
}
_ENGLISH = "en"

# The profile whose words are being written: set around explaining one profile
# (``explain.report``) and around drawing one (each renderer's loop over profiles), so that
# every amount in its messages, basis lines and tables is written in its locale without
# passing the locale through every function that writes money.
_LOCALE: ContextVar[str | None] = ContextVar("bizaudit_money_locale", default=None)
#: How that profile's locale groups the thousands of a count ("14.200 new customers" beside
#: "245.000 €" in de_DE: F19 of the thirty-fifth review round had read "14,200" beside them)
_GROUP: ContextVar[str] = ContextVar("bizaudit_count_group", default=",")


def default_locale(currency: str) -> str:
    """The locale money in ``currency`` is written in when the profile names none."""
    return DEFAULT_LOCALES.get(currency, _ENGLISH)


@contextmanager
def money_locale(locale: str | None, currency: str | None = None) -> Iterator[None]:
    """Write money in ``locale`` inside the block (``None``: each currency's default), and
    counts grouped as the profile's money is (``currency``'s default locale where ``locale``
    is None; English grouping where neither is given)."""
    token = _LOCALE.set(locale)
    written = locale or (default_locale(currency) if currency is not None else None)
    group = _GROUP.set(_style(written, currency or "USD").group if written else ",")
    try:
        yield
    finally:
        _GROUP.reset(group)
        _LOCALE.reset(token)


#: The locale named as the way to write an amount with a decimal point, by currency
_POINT_LOCALES = {"EUR": "en_IE"}


def money_style_note(currency: str, locale: str, setting: bool = True) -> str:
    """Where ``locale`` writes amounts with a decimal comma or a dot between thousands, beside
    the report's percentages and hours, which keep the decimal point: which style it is, an
    amount in it read plainly, and the setting that changes it; "" where the money reads as
    the rest of the numbers do. AZQ10 of the fifty-eighth round (2026-12-07): a café with no
    locale, whose profile wrote "€310,000", read "1.39% of revenue (4.300 € of 310.000 €)",
    a dot for thousands beside a decimal point, with nothing saying which was which. Without
    ``setting`` (the HTML page a coach hands to the client, who keeps no profile), the note
    stops before the setting (BA7 of the round's re-review, 2026-12-07)."""
    style = _style(locale, currency)
    if style.decimal == "." and style.group != ".":
        return ""
    other = _POINT_LOCALES.get(currency, "en_US")
    example = Decimal("4300.5")
    read = (
        f"Money is written as {locale} writes it: {_cldr_money(example, currency, locale)} is "
        f"4300.50 {currency}, while percentages and hours keep the decimal point"
    )
    if not setting:
        return f"{read}."
    return (
        f"{read}; to write it otherwise, set business.locale (e.g. {other}: "
        f"{_cldr_money(example, currency, other)})."
    )


def format_count(count: int, currency: str | None = None, locale: str | None = None) -> str:
    """A whole count, its thousands grouped as the profile's money is (the profile being
    written, or ``currency`` in ``locale`` where given): ``14200`` → ``"14,200"`` (en),
    ``"14.200"`` (de_DE), ``"14\u202f200"`` (fr_FR)."""
    if count < 1000 and count > -1000:  # most counts: no thousands, and str costs a third
        return str(count)  # of format(",") (a report writes about eight counts, 2026-12-08)
    text = f"{count:,}"
    if currency is not None:
        mark = _style(locale or default_locale(currency), currency).group
    else:
        mark = _GROUP.get()
    return text if mark == "," else text.replace(",", mark)


def format_money(amount: Decimal, currency: str = "USD", locale: str | None = None) -> str:
    """An amount as ``locale`` writes it (else the profile being written, else the currency's
    default), through Babel: ``Decimal("6600")`` → ``"$6,600"`` (en_US), ``"6.600 €"``
    (de_DE, with a no-break space), ``"-$80"``; cents only when there are any, to the
    currency's own digits (¥ has none)."""
    # (_cldr_money's work, written out: every amount of every report comes this way)
    locale = locale or _LOCALE.get() or default_locale(currency)
    return _style(locale, currency).apply(amount if amount else abs(amount))


class _Style(NamedTuple):
    """How one locale writes one currency, from Babel's CLDR data: the pattern's prefixes and
    suffixes with the symbol and minus sign in place, the marks, the grouping, the digits."""

    prefix: str
    suffix: str
    negative_prefix: str
    negative_suffix: str
    group: str
    decimal: str
    grouping: tuple[int, int]  # the first group from the right, then the others (en_IN: 3, 2)
    digits: int  # the currency's own: 2 for USD, 0 for JPY

    def apply(self, amount: Decimal) -> str:
        if (
            self.grouping == (3, 3)
            and not amount.is_signed()
            and amount == amount.to_integral_value()
        ):
            # most amounts: whole, not negative, grouped by thousands, as Decimal's own format
            # writes them: a fifth fewer instructions than int() and format(",") (a small
            # profile's report writes about eleven amounts, 2026-12-08)
            number = format(amount, ",.0f")
            if self.group != ",":
                number = number.replace(",", self.group)
            return f"{self.prefix}{number}{self.suffix}"
        whole = amount == amount.to_integral_value()
        if whole and self.grouping == (3, 3):  # a whole amount below zero, grouped by thousands
            value = int(amount)
            number = format(abs(value), ",")
            if self.group != ",":
                number = number.replace(",", self.group)
            if value < 0:
                return f"{self.negative_prefix}{number}{self.negative_suffix}"
            return f"{self.prefix}{number}{self.suffix}"
        places = 0 if whole else self.digits
        # half up, as an accountant ticking the basis rounds: $5,700 ÷ 32 = $178.125 is
        # $178.13 (G23 of the twenty-fifth round, 2026-12-04: it read $178.12, half to even)
        fixed = rounded(amount, places, ROUND_HALF_UP)
        negative = fixed < 0
        text = format(abs(fixed), "f")
        integer, _, fraction = text.partition(".")
        number = _grouped(integer, self.grouping, self.group)
        if fraction:
            number = f"{number}{self.decimal}{fraction}"
        if negative:
            return f"{self.negative_prefix}{number}{self.negative_suffix}"
        return f"{self.prefix}{number}{self.suffix}"


# Right-to-left marks from CLDR's Hebrew and Arabic patterns: the words around an amount are
# English, and the sanitiser would show the marks as U+FFFD.
_BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c"))


@lru_cache(maxsize=32)
def _style(locale: str, currency: str) -> _Style:
    """The style of ``locale`` and ``currency``: from ``data/money-styles.json`` for each
    currency's default locale (made from Babel, and checked against it by a test), else
    from Babel itself, which costs about 25 ms to load a locale's data."""
    found = _precomputed().get(f"{locale} {currency}")
    if found is None:
        return babel_style(locale, currency)
    prefix, suffix, negative_prefix, negative_suffix, group, decimal, grouping, digits = found
    first, rest = grouping
    return _Style(
        prefix, suffix, negative_prefix, negative_suffix, group, decimal, (first, rest), digits
    )


@lru_cache(maxsize=1)
def _precomputed() -> dict[str, tuple[str, str, str, str, str, str, list[int], int]]:
    import json
    from importlib import resources

    text = resources.files("bizaudit").joinpath("data/money-styles.json").read_text("utf-8")
    styles: dict[str, tuple[str, str, str, str, str, str, list[int], int]] = json.loads(text)[
        "styles"
    ]
    return styles


def babel_style(locale: str, currency: str) -> _Style:
    """The style Babel's CLDR data gives: what ``data/money-styles.json`` holds for the default
    locales (``python -m bizaudit.explain.numbers`` writes it)."""
    from babel.core import Locale
    from babel.numbers import get_currency_precision, get_currency_symbol

    parsed = Locale.parse(locale)
    pattern = parsed.currency_formats["standard"]
    symbols = parsed.number_symbols.get("latn", parsed.number_symbols.get("default", {}))
    symbol = get_currency_symbol(currency, parsed)

    def filled(text: str) -> str:  # ¤ is the symbol; the minus stays "-", as Babel writes it
        return text.replace("¤", symbol).translate(_BIDI_MARKS)

    prefix, negative_prefix = (filled(part) for part in pattern.prefix)
    suffix, negative_suffix = (filled(part) for part in pattern.suffix)
    # CLDR's currency spacing, which Babel does not apply: a symbol that ends (or starts)
    # with a letter is kept apart from the digits by a no-break space ("CHF 80", not "CHF80").
    if prefix.endswith(symbol) and symbol and _letter(symbol[-1]):
        prefix, negative_prefix = f"{prefix}\u00a0", f"{negative_prefix}\u00a0"
    if suffix.startswith(symbol) and symbol and _letter(symbol[0]):
        suffix, negative_suffix = f"\u00a0{suffix}", f"\u00a0{negative_suffix}"
    return _Style(
        prefix=prefix,
        suffix=suffix,
        negative_prefix=negative_prefix,
        negative_suffix=negative_suffix,
        group=symbols.get("group", ","),
        decimal=symbols.get("decimal", "."),
        grouping=(pattern.grouping[0], pattern.grouping[1]),
        digits=get_currency_precision(currency),
    )


def _cldr_money(amount: Decimal, currency: str, locale: str) -> str:
    """``amount`` in the style ``locale`` writes ``currency``; -0 reads "0", not "-0"."""
    return _style(locale, currency).apply(amount if amount else abs(amount))


def _grouped(digits: str, sizes: tuple[int, int], mark: str) -> str:
    """``"3100000"`` → ``"3'100'000"``: the first group of ``sizes[0]`` digits from the right,
    then groups of ``sizes[1]`` (as Babel groups them)."""
    if sizes == (3, 3) and (digits[:1] != "0" or len(digits) == 1):  # Python's own, in C
        grouped = format(int(digits), ",")
        return grouped if mark == "," else grouped.replace(",", mark)
    parts: list[str] = []
    size = sizes[0]
    while len(digits) > size:
        parts.insert(0, digits[-size:])
        digits, size = digits[:-size], sizes[1]
    return mark.join([digits, *parts])


def _letter(char: str) -> bool:
    """Not a symbol, a space or a mark: what CLDR's currency spacing separates from digits."""
    return unicodedata.category(char)[0] not in "SZ"


def format_number(value: Decimal, places: int = 1) -> str:
    """A ratio or a count of months: ``Decimal("24.3125")`` → ``"24.3"``, grouped by
    thousands (``"100,000,000.0"``)."""
    return f"{value:,.{places}f}"


def places_apart(value: Decimal, limit: Decimal, places: int = 1, most: int = 6) -> int:
    """The fewest decimal places, from ``places``, at which ``value`` no longer reads as
    ``limit``: 9.96 against a minimum of 10 reads "9.96", not "10.0" (which would contradict
    the finding it is shown in)."""
    gap = abs(value - limit)
    # Rounding moves each by half a unit at most: more than a unit apart, they read apart.
    while places < most and gap and gap <= _step(places):
        if rounded(value, places) != rounded(limit, places):
            break
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
    percent = share * 100
    return _percent(percent, places_apart(percent, limit * 100, places))


def format_percent_among(share: Decimal | None, limits: Sequence[Decimal]) -> str:
    """A share shown in a table of figures it may be read against: apart from each of them
    (X27 of the seventeenth round: a vet's 1.01% read "1%" beside its industry's 1–5%)."""
    if share is None or not limits:
        return format_percent(share)
    percent = share * 100
    return _percent(percent, max(places_apart(percent, each * 100) for each in limits))


def format_margin(margin: Decimal | None) -> str:
    """An operating margin, apart from the thin (5%) and high (20%) marks the report holds it
    to: 4.993% reads "4.99%", never the "5%" BA115 draws its line at (W21 of the sixteenth
    round's re-review)."""
    from bizaudit.core.margins import HIGH_MARGIN, THIN_MARGIN  # loaded by then: no cost

    if margin is None:
        return format_percent(margin)
    percent = margin * 100
    places = max(places_apart(percent, mark * 100) for mark in (THIN_MARGIN, HIGH_MARGIN))
    return _percent(percent, places)


def format_number_beside(value: Decimal, limit: Decimal, *more: Decimal) -> str:
    """A ratio or a count of months shown beside its rule of thumb: 2.96 reads "2.96" beside
    3, never the "3.0" it falls short of; beside several limits, apart from each."""
    return format_number(value, max(places_apart(value, each) for each in (limit, *more)))


def at_least(value: Decimal, step: str) -> Decimal:
    """``value`` rounded up to a multiple of ``step`` ("0.01", "0.1"), for advice that says
    "at least": rounded down, following it would fall just short (6.25 hours → 6.3)."""
    return value.quantize(Decimal(step), ROUND_CEILING, _WIDE)  # by position, as rounded()


def at_most(value: Decimal, step: str) -> Decimal:
    """``value`` rounded down to a multiple of ``step``, for a ceiling ("keep going only while
    a customer costs under"): rounded up, it would allow a cent more than the limit (W21 of
    the sixteenth round's re-review: 15,438.87 ÷ 3 = 5,146.29 had read "$5,146.30")."""
    return value.quantize(Decimal(step), ROUND_FLOOR, _WIDE)  # by position, as rounded()


def plural(count: int, noun: str, many: str | None = None) -> str:
    """``plural(1, "line")`` → "1 line"; ``plural(2, "entry", "entries")`` → "2 entries"."""
    return f"{format_count(count)} {noun if count == 1 else many or noun + 's'}"


def in_sentence(label: str) -> str:
    """A label as a sentence writes it: its first word in lower case unless it is an acronym
    or a name of mixed case, and the rest as it is ("Home services (HVAC, plumbing...)" →
    "home services (HVAC, plumbing...)", not "hvac"; "SaaS" stays "SaaS")."""
    first, space, rest = label.partition(" ")
    if first[:1].isupper() and (first[1:].islower() or not first[1:]):
        first = first.lower()
    return first + space + rest


def and_list(items: Sequence[str]) -> str:
    """ "a", "a and b", "a, b and c": items written as a sentence lists them."""
    if len(items) < 2:
        return items[0] if items else ""
    return f"{', '.join(items[:-1])} and {items[-1]}"


def line_list(lines: Sequence[int], most: int = 10) -> str:
    """Where a figure came from in the profile: ``[24]`` → "line 24"; ``[24, 26, 28]`` →
    "lines 24, 26 and 28"; past ``most`` the rest are counted: "lines 2, 4, … 20 and 3 more"
    (the JSON report lists them all). No lines, no words: ""."""
    shown = [str(line) for line in lines[:most]]
    if not lines:
        return ""
    if len(lines) == 1:
        return f"line {shown[0]}"
    if len(lines) > most:
        return f"lines {', '.join(shown)} and {format_count(len(lines) - most)} more"
    return f"lines {', '.join(shown[:-1])} and {shown[-1]}"


def percent_range(low: Decimal, high: Decimal | None) -> str:
    """ "3–5%", or "6%" without a high end: a range written once, its sign at the end, its
    ends as published, never rounded (a staffing firm's "0.25–0.4%" had read "0.2–0.4%")."""
    shown = format_limit(low)
    return shown if high is None else f"{shown.removesuffix('%')}–{format_limit(high)}"


def format_percent(share: Decimal | None, places: int = 1) -> str:
    """``Decimal("0.0264")`` → ``"2.6%"``, ``Decimal("0.1")`` → ``"10%"``, ``None`` → ``"n/a"``;
    a share above zero never reads "0%" (``Decimal("0.000001")`` → ``"0.0001%"``)."""
    if share is None:
        return "n/a"
    return _percent(share * 100, places)


def _percent(percent: Decimal, places: int) -> str:
    """A share already multiplied by 100, as :func:`format_percent` writes it (a share beside
    its limit is multiplied once: 900 instructions a share, 2026-12-08)."""
    # A share above zero never reads "0%" (only one within half a unit of zero could). Such
    # a figure is under 10**-places, which its adjusted exponent says at a sixth of the
    # instructions of the test itself (every share a report writes passes here, 2026-12-08).
    if (
        percent
        and percent.adjusted() < -places
        and abs(percent) * 2 <= _step(places)
        and not rounded(percent, places)
    ):
        places = places_apart(percent, Decimal(0), places)
    # (a format made once per number of places: building it in the f-string cost a third
    # more than the formatting, 2026-12-08)
    text = format(percent, _FIXED.get(places) or f".{places}f")
    return (text.rstrip("0").rstrip(".") if "." in text else text) + "%"


#: The format of a figure to so many places: ``.1f``...
_FIXED = {places: f".{places}f" for places in range(7)}


def format_hours(value: Decimal) -> str:
    """Hours as written: 6 → "6", 62.5 → "62.5", 4.98 → "4.98" (rounded, 4.98 of 50 hours
    would read as the 10% it falls short of)."""
    return format(value.normalize(), "f")


def hours_of(value: Decimal, what: str) -> str:
    """Hours of something, in words: "1 marketing hour", "2.5 marketing hours"."""
    return f"{format_hours(value)} {what} {'hour' if value == 1 else 'hours'}"


def _write_precomputed() -> None:
    """Write ``data/money-styles.json`` from Babel: the style of every currency's default
    locale (run ``python -m bizaudit.explain.numbers`` after upgrading Babel)."""
    import json
    from pathlib import Path

    import babel

    styles = {
        f"{locale} {currency}": list(babel_style(locale, currency))
        for currency, locale in sorted(DEFAULT_LOCALES.items())
    }
    about = (
        "How each currency's default locale writes money, made from Babel's CLDR data by "
        f"python -m bizaudit.explain.numbers (Babel {babel.__version__}); tests check it "
        "against Babel."
    )
    path = Path(__file__).parent.parent / "data" / "money-styles.json"
    rows = ",\n".join(
        f"  {json.dumps(key)}: {json.dumps(style, ensure_ascii=False)}"
        for key, style in styles.items()
    )
    path.write_text(
        f'{{\n "about": {json.dumps(about)},\n "styles": {{\n{rows}\n }}\n}}\n', "utf-8"
    )


if __name__ == "__main__":
    _write_precomputed()
