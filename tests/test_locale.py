"""Money in the reader's format: each profile's amounts written as its locale writes them, in
every format meant for people; JSON keeps plain decimal strings.

The expected strings are CLDR's conventions written out by hand: U+00A0 is the no-break space
between an amount and its currency, U+202F the narrow one French groups thousands with.
"""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import ROUND_HALF_UP, Decimal, localcontext
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from bizaudit.explain.numbers import DEFAULT_LOCALES, default_locale, format_money, money_locale

from .conftest import EXAMPLES, RunCli, WriteProfile

if TYPE_CHECKING:
    from babel.numbers import NumberPattern

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize(
    ("amount", "currency", "locale", "written"),
    [
        ("31000", "USD", "en_US", "$31,000"),
        ("31000", "EUR", "de_DE", f"31.000{NBSP}€"),  # the German café
        ("31000", "EUR", "fr_FR", f"31{NNBSP}000{NBSP}€"),
        ("31000", "EUR", "nl_NL", f"€{NBSP}31.000"),
        ("31000", "EUR", "en_IE", "€31,000"),
        ("31000", "CAD", "fr_CA", f"31{NBSP}000{NBSP}$"),
        ("3100000", "INR", "en_IN", "₹31,00,000"),  # lakh grouping: 31 lakh
        ("4.78", "EUR", "de_DE", f"4,78{NBSP}€"),  # cents only when there are any
        ("3500.5", "GBP", "en_GB", "£3,500.50"),
        ("-80", "USD", "en_US", "-$80"),
        ("-1234.5", "EUR", "de_DE", f"-1.234,50{NBSP}€"),
        ("-0", "USD", "en_US", "$0"),  # zero has no sign, however it was reached
        ("33333.33", "JPY", "ja_JP", "￥33,333"),  # the yen has no cents: rounded to the yen
    ],
)
def test_money_is_written_as_the_locale_writes_it(
    amount: str, currency: str, locale: str, written: str
) -> None:
    assert format_money(Decimal(amount), currency, locale) == written


def test_swiss_thousands_keep_their_apostrophes() -> None:
    # Babel drops the text between two apostrophes (its pattern quoting): 3'100'000 came out
    # as 3100000. One apostrophe survived, so 31,000 was right and hid it.
    assert format_money(Decimal("31000"), "CHF", "de_CH") == f"CHF{NBSP}31'000"
    assert format_money(Decimal("3100000"), "CHF", "de_CH") == f"CHF{NBSP}3'100'000"
    assert format_money(Decimal("1234567.5"), "CHF", "de_CH") == f"CHF{NBSP}1'234'567.50"


def test_a_code_written_as_letters_is_kept_apart_from_the_digits() -> None:
    # CLDR's currency spacing, which Babel does not apply: "XYZ 31,000", never "XYZ31,000".
    assert format_money(Decimal("31000"), "XYZ") == f"XYZ{NBSP}31,000"
    assert format_money(Decimal("-5"), "XYZ") == f"-XYZ{NBSP}5"
    assert format_money(Decimal("31000"), "CHF", "en_US") == f"CHF{NBSP}31,000"
    assert format_money(Decimal("31000"), "USD", "en_US") == "$31,000"  # a sign, not a word


def test_right_to_left_marks_are_left_out_of_english_text() -> None:
    # he_IL's pattern carries U+200F marks, which the sanitiser would show as U+FFFD.
    assert format_money(Decimal("31000"), "ILS", "he_IL") == f"31,000{NBSP}₪"


def test_each_currency_has_a_usual_locale_and_english_is_the_fallback() -> None:
    assert default_locale("USD") == "en_US"
    assert default_locale("EUR") == "de_DE"
    assert default_locale("GBP") == "en_GB"
    assert default_locale("CHF") == "de_CH"
    assert default_locale("THB") == "en"
    assert format_money(Decimal("31000"), "THB") == f"THB{NBSP}31,000"
    for currency, locale in DEFAULT_LOCALES.items():  # every default is one Babel can write
        assert format_money(Decimal("1234.5"), currency, locale)


def test_the_locale_of_the_profile_being_written_applies_unless_one_is_given() -> None:
    assert format_money(Decimal("5000"), "CAD") == "$5,000"  # en_CA, the default
    with money_locale("fr_CA"):
        assert format_money(Decimal("5000"), "CAD") == f"5{NBSP}000{NBSP}$"
        assert format_money(Decimal("5000"), "CAD", "en_CA") == "$5,000"  # given wins
    assert format_money(Decimal("5000"), "CAD") == "$5,000"  # and it ends with the block


# The profile's business.locale


def test_a_locale_is_read_as_babel_writes_it(write_profile: WriteProfile) -> None:
    from bizaudit.io.checker import load_profile
    from bizaudit.io.loading import Limits

    for written, read in [("fr-ca", "fr_CA"), ("de_DE", "de_DE"), ("zh-Hant-TW", "zh_Hant_TW")]:
        path = write_profile(_cafe(f"  locale: {written}\n"))
        assert load_profile(path, Limits())[1].business.locale == read


@pytest.mark.parametrize(
    ("written", "message", "hint"),
    [
        ("de_XX", "'de_XX' is not a locale bizaudit knows", "for de, one of de_AT, de_BE, "),
        ("de_DE.UTF-8", "expected a locale such as de_DE", "a language and a country"),
        ("und", "'und' is not a locale bizaudit knows", "a language and a country"),
        ("12", "expected a locale such as de_DE", "a language and a country"),
    ],
)
def test_a_wrong_locale_is_an_input_error_at_its_line(
    run_cli: RunCli, write_profile: WriteProfile, written: str, message: str, hint: str
) -> None:
    path = write_profile(_cafe(f"  locale: {written}\n"))
    result = run_cli("check", "-f", "json", path)
    assert result.exit_code == 2, result
    [error] = json.loads(result.stdout)["errors"]
    # Line 6 of the profile, column 11: where the value starts after "  locale: ".
    assert (error["line"], error["column"]) == (6, 11)
    assert error["message"].startswith(f"business.locale: {message}")
    assert hint in error["hint"]
    text = run_cli("check", path)
    assert text.exit_code == 2
    assert f"{path}:6:11: error: business.locale:" in text.stderr
    assert "Traceback" not in text.stderr


# Every format meant for people


def _cafe(extra: str = "") -> str:
    """examples/cafe.yaml without its header comment, with ``extra`` lines added to its
    business section (from line 6)."""
    text = (EXAMPLES / "cafe.yaml").read_text(encoding="utf-8")
    body = text[text.index("version: 1") :]
    return body.replace("  currency: EUR\n", "  currency: EUR\n" + extra, 1)


# The café's BA101 advice: 3% of 310,000 = 9,300 at least, 9,300 − 4,300 = 5,000 more, and
# an operating profit of 47,400 → 42,400; CAC 4,300 ÷ 900 = 4.78.
FRENCH = [
    f"9{NNBSP}300{NBSP}€",
    f"5{NNBSP}000{NBSP}€",
    f"47{NNBSP}400{NBSP}€",
    f"42{NNBSP}400{NBSP}€",
]
GERMAN = [f"9.300{NBSP}€", f"47.400{NBSP}€", "€9,300"]


@pytest.mark.parametrize("format", ["rich", "markdown", "github", "junit", "sarif", "svg", "html"])
def test_every_format_for_people_writes_the_profiles_locale(
    run_cli: RunCli, write_profile: WriteProfile, format: str
) -> None:
    # fr_FR is not the euro's default (de_DE): an amount written without the profile's locale
    # would read 9.300 €.
    path = write_profile(_cafe("  locale: fr_FR\n"))
    result = run_cli("check", "-f", format, "--exit-zero", path)
    assert result.exit_code == 0, result
    out = result.stdout
    for amount in FRENCH:
        assert amount in out, (format, amount)
    for amount in GERMAN:
        assert amount not in out, (format, amount)
    if format in ("rich", "html", "svg"):  # the economics and spend tables too
        assert f"4,78{NBSP}€" in out, format  # CAC
        # Operations: rent 54,000 + wages 118,000 + utilities 9,600 + repairs 3,500 + card
        # fees 4,200 = 189,300.
        assert f"189{NNBSP}300{NBSP}€" in out, format
    if format == "markdown":
        row = f"| marketing spend | 4{NNBSP}300{NBSP}€ of 262{NNBSP}600{NBSP}€ spent in all |"
        assert row in out


def test_json_keeps_plain_decimals_and_says_which_locale_wrote_its_text(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    path = write_profile(_cafe("  locale: fr_FR\n"))
    report = json.loads(run_cli("check", "-f", "json", "--exit-zero", path).stdout)
    [profile] = report["profiles"]
    assert profile["business"]["locale"] == "fr_FR"
    assert profile["revenue"] == "310000"
    assert profile["spend"]["marketing"] == "4300"
    assert profile["economics"]["cac"]["value"] == "4.78"
    ba101 = next(f for f in profile["findings"] if f["rule"] == "BA101")
    assert f"budget at least 9{NNBSP}300{NBSP}€ a period" in ba101["advice"]
    # Without a locale, the currency's usual one, said in the report.
    default = json.loads(
        run_cli("check", "-f", "json", "--exit-zero", EXAMPLES / "cafe.yaml").stdout
    )
    assert default["profiles"][0]["business"]["locale"] == "de_DE"


def test_several_profiles_each_keep_their_own_locale(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    french = write_profile(_cafe("  locale: fr_FR\n"), name="paris.yaml")
    irish = write_profile(_cafe("  locale: en_IE\n"), name="dublin.yaml")
    for format in ("rich", "markdown"):
        out = run_cli("check", "-f", format, "--exit-zero", french, irish).stdout
        # In order: Paris's report (French), then Dublin's (Irish English), each starting with
        # its header.
        start = "╭─ The Corner Café" if format == "rich" else "### The Corner Café"
        paris, dublin = out.split(start)[1:]
        assert f"9{NNBSP}300{NBSP}€" in paris, format
        assert "€9,300" not in paris, format
        assert "€9,300" in dublin, format
        assert f"9{NNBSP}300{NBSP}€" not in dublin, format


def test_diff_writes_the_newer_profiles_locale(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    old = write_profile(_cafe(), name="old.yaml")
    new = write_profile(
        _cafe("  locale: fr_FR\n").replace("spend: 2400", "spend: 3400"), "new.yaml"
    )
    out = run_cli("diff", old, new).stdout
    # Marketing 4,300 → 5,300, a change of +1,000.
    assert f"5{NNBSP}300{NBSP}€" in out
    assert f"+1{NNBSP}000{NBSP}€" in out


def test_babel_is_not_imported_to_start_the_command_line() -> None:
    # Babel takes ~25 ms to load its data: --version, --help and the commands' start-up
    # never pay for it.
    code = "import sys, bizaudit.cli; assert 'babel' not in sys.modules, 'babel imported'"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parent)


_AMOUNTS = [
    "0", "1", "12", "999", "1000", "1234.5", "31000", "100000", "1234567.891", "0.005",
    "0.015", "2.675", "-80", "-1234.56", "10000000", "123456789012.34",
]  # fmt: skip
_MORE_LOCALES = [
    ("fr_FR", "EUR"), ("nl_NL", "EUR"), ("en_IE", "EUR"), ("he_IL", "ILS"), ("ar_EG", "EGP"),
    ("de_AT", "EUR"), ("it_CH", "CHF"), ("es_ES", "EUR"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("locale", "currency"),
    [(locale, currency) for currency, locale in sorted(DEFAULT_LOCALES.items())] + _MORE_LOCALES,
)
def test_money_is_written_as_babel_writes_it(locale: str, currency: str) -> None:
    """The styles are Babel's CLDR data applied without Babel's per-call cost: for every
    default locale (from data/money-styles.json) and others (from Babel at run time), each
    amount reads as Babel's format_currency writes it, rounding half up as the report does
    (G23 of the twenty-fifth round: an accountant's $178.125 is $178.13), less what Babel
    leaves undone (the cents of a whole amount, currency spacing, bidi marks, de_CH's
    apostrophe)."""
    from babel.numbers import format_currency, get_currency_symbol

    for text in _AMOUNTS:
        amount = Decimal(text)
        whole = amount == amount.to_integral_value()
        with localcontext() as context:  # Babel rounds as the context does
            context.rounding = ROUND_HALF_UP
            expected = format_currency(
                amount, currency, locale=locale, currency_digits=not whole,
                format=None if not whole else _whole_pattern(locale),
            )  # fmt: skip
        expected = expected.translate(dict.fromkeys(map(ord, "\u200e\u200f\u061c")))
        got = format_money(amount, currency, locale)
        symbol = get_currency_symbol(currency, locale)
        assert _same_but_spacing(got, expected, symbol), (locale, text, got, expected)


def _whole_pattern(locale: str) -> NumberPattern:
    from copy import copy

    from babel.core import Locale

    pattern: NumberPattern = copy(Locale.parse(locale).currency_formats["standard"])
    pattern.frac_prec = (0, 0)
    return pattern


def _same_but_spacing(got: str, expected: str, symbol: str) -> bool:
    """Equal once the no-break space CLDR's currency spacing adds (and Babel does not) is
    taken out, and Babel's dropped apostrophe group mark (de_CH) put back."""
    plain = got.replace(f"{symbol}\u00a0", symbol).replace(f"\u00a0{symbol}", symbol)
    babel = expected.replace(f"{symbol}\u00a0", symbol).replace(f"\u00a0{symbol}", symbol)
    return plain == babel or plain.replace("'", "") == babel.replace("'", "")


def test_the_precomputed_styles_are_babels() -> None:
    """data/money-styles.json is what `python -m bizaudit.explain.numbers` writes from the
    installed Babel: regenerate it after upgrading Babel if this fails."""
    from bizaudit.explain.numbers import _precomputed, babel_style

    table = _precomputed()
    assert set(table) == {f"{locale} {currency}" for currency, locale in DEFAULT_LOCALES.items()}
    for key, style in table.items():
        locale, currency = key.split()
        made = babel_style(locale, currency)
        assert [*style[:6], tuple(style[6]), style[7]] == list(made), key


def test_money_is_rounded_half_up_as_an_accountant_rounds() -> None:
    """G23 of the twenty-fifth round (2026-12-04): $5,700 ÷ 32 = $178.125 read "$178.12" and
    $2,600 ÷ 64 = $40.625 "$40.62", half to even, where an accountant ticking the basis gets
    .13 and .63."""
    from bizaudit.explain.economics import cents

    assert format_money(Decimal(5700) / 32) == "$178.13"
    assert format_money(Decimal(2600) / 64) == "$40.63"
    assert cents(Decimal("178.125")) == Decimal("178.13")


@pytest.mark.parametrize("format", ["rich", "html"])  # the SVG draws the terminal's text
def test_the_channel_table_writes_the_profiles_locale(
    run_cli: RunCli, write_profile: WriteProfile, format: str
) -> None:
    """F17 of the thirty-third round (2026-12-05): the channel table is drawn once the
    console knows its width, after the profile's locale was left, so an Irish guesthouse's
    table wrote the euro's default, "2.400 €" and "14,12 €", beside "€4,650" everywhere
    else. By hand: 2,400 ÷ 170 = €14.12; 1,800 ÷ 40 = €45."""
    path = write_profile(
        """
        version: 1
        business: {name: Guesthouse, currency: EUR, locale: en_IE}
        revenue: 248000
        activities:
          - {name: SEO retainer, spend: 2400}
          - {name: Google Hotel Ads, spend: 1800}
          - {name: Housekeeping wages, spend: 38000}
        customers:
          new: 210
          sources: {google search: 170, google hotel ads: 40}
        """
    )
    out = run_cli("check", "-f", format, "--exit-zero", path).stdout
    assert "Channels: what a new customer costs" in out
    for amount in ("€2,400", "€14.12", "€1,800", "€45"):
        assert amount in out, (format, amount)
    for amount in (f"2.400{NBSP}€", f"14,12{NBSP}€", f"45{NBSP}€"):
        assert amount not in out, (format, amount)


@pytest.mark.parametrize(
    ("currency", "locale", "written"),
    [
        ("USD", None, "14,200"),
        ("EUR", None, "14.200"),  # de_DE, the euro's usual locale
        ("EUR", "nl_NL", "14.200"),
        ("EUR", "fr_FR", f"14{NNBSP}200"),
        ("EUR", "en_IE", "14,200"),
        ("GBP", None, "14,200"),
    ],
)
def test_counts_are_grouped_as_the_profiles_money_is(
    currency: str, locale: str | None, written: str
) -> None:
    """F19 of the thirty-fifth review round (2026-12-05): a Dutch report read "14,200 new
    customers" beside "€ 134.000", where a comma is the decimal mark."""
    from bizaudit.explain.numbers import format_count

    with money_locale(locale, currency):
        assert format_count(14200) == written
        assert format_count(999) == "999"
    assert format_count(14200, currency, locale) == written
    assert format_count(14200) == "14,200"  # and it ends with the block


def test_a_german_report_writes_its_counts_as_its_money(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """F19 of the thirty-fifth review round: the CAC's basis and the channel table."""
    path = write_profile(
        """
        version: 1
        business: {name: Nordlicht GmbH, currency: EUR}
        revenue: 2000000
        activities:
          - {name: Google Ads, spend: 60000}
          - {name: Wages, spend: 500000}
        customers: {new: 14200, sources: {Google Ads: 14200}}
        """
    )
    said = " ".join(run_cli("check", path, "--exit-zero").stdout.split())
    assert "÷ 14.200 new customers" in said
    assert "14,200" not in said
