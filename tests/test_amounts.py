"""Money, percentages, counts and hours, as people type them."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bizaudit.explain.numbers import (
    at_least,
    at_most,
    format_limit,
    format_money,
    format_number,
    format_percent,
    places_apart,
    rounded,
)
from bizaudit.model.amounts import (
    AmountError,
    parse_count,
    parse_hours,
    parse_money,
    parse_percent,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (12000, "12000"),
        ("12000", "12000"),
        ("$12,000", "12000"),
        ("12k", "12000"),
        ("12K", "12000"),
        ("2.5M", "2500000"),
        ("$3,500.50", "3500.50"),
        ("1,234,567.89", "1234567.89"),
        ("USD 900", "900"),
        ("900 EUR", "900"),
        ("€1.200.000", "1200000"),
        ("1.234,56", "1234.56"),
        ("12,50", "12.50"),
        ("0.125", "0.125"),
        ("1.5k", "1500"),
        (" 40 ", "40"),
        (0.1, "0.1"),
        (Decimal("7.25"), "7.25"),
        ("1.500k", "1500"),
        ("12345678901234567.89", None),  # over the limit, see below
    ],
)
def test_money_is_read_exactly(text: object, expected: str | None) -> None:
    if expected is None:
        with pytest.raises(AmountError, match="implausibly large"):
            parse_money(text)
        return
    assert parse_money(text) == Decimal(expected)


def test_money_keeps_every_digit_of_a_long_amount() -> None:
    # A float would turn this into 123456789012.34567; Decimal from text does not.
    assert parse_money("123456789012.345678") == Decimal("123456789012.345678")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("€1.200", "ambiguous"),
        ("1.500", "ambiguous"),
        ("-5", "cannot be negative"),
        ("$-5", "cannot be negative"),
        ("12 apples", "not an amount"),
        ("1e400", "not an amount"),
        (".nan", "not an amount"),
        ("nan", "not an amount"),
        ("0x1F", "not an amount"),
        ("1:30", "not an amount"),
        ("", "empty"),
        ("9" * 60, "too long"),
        (True, "true/false"),
        (float("nan"), "nan"),
        (float("inf"), "inf"),
        ([1], "a list"),
        (None, "null"),
    ],
)
def test_money_rejects_what_it_cannot_read(text: object, message: str) -> None:
    with pytest.raises(AmountError, match=message):
        parse_money(text)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("10%", "0.10"),
        (" 10 % ", "0.10"),
        ("0.1", "0.1"),
        (0.1, "0.1"),
        ("7.5%", "0.075"),
        ("0", "0"),
        ("100%", "1"),
        ("1%", "0.01"),
        ("0.5%", "0.005"),
    ],
)
def test_percent(value: object, expected: str) -> None:
    assert parse_percent(value) == Decimal(expected)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (1, "1% or 100%"),
        ("1", "1% or 100%"),
        ("150%", "more than 100%"),
        (101, "write 101% or 1.01"),
        (10, "a bare 10 is not a share; write 10% or 0.1"),
        ("10", "write 10% or 0.1"),
        (1.5, "a bare 1.5 is not a share; write 1.5% or 0.015"),
        ("-5%", "cannot be negative"),
        ("ten", "not a percentage"),
        (False, "true/false"),
    ],
)
def test_percent_rejects(value: object, message: str) -> None:
    with pytest.raises(AmountError, match=message):
        parse_percent(value)


def test_counts_and_hours() -> None:
    assert parse_count("40") == 40
    assert parse_count(40) == 40
    assert parse_hours("2.5") == Decimal("2.5")
    with pytest.raises(AmountError, match="whole number"):
        parse_count("4.5")
    # AD23 of the nineteenth round: a count as an export writes it, as money may be
    assert parse_count("21,400") == 21400
    for wrong in ("21,40", "1,2345", ",400"):
        with pytest.raises(AmountError, match="whole number"):
            parse_count(wrong)
    with pytest.raises(AmountError, match="negative"):
        parse_count(-1)
    with pytest.raises(AmountError, match="168"):
        parse_hours(200)


def test_formatting() -> None:
    assert format_money(Decimal("6600")) == "$6,600"
    # As each currency's usual locale writes it (tests/test_locale.py has more).
    assert format_money(Decimal("3500.5"), "EUR") == "3.500,50\u00a0€"
    assert format_money(Decimal("10"), "CHF") == "CHF\u00a010"
    assert format_percent(Decimal("0.0264")) == "2.6%"
    assert format_percent(Decimal("0.1")) == "10%"
    assert format_percent(None) == "n/a"


def test_counts_read_like_words_with_thousands_grouped() -> None:
    from bizaudit.explain.numbers import plural

    assert plural(1, "line") == "1 line"
    assert plural(0, "line") == "0 lines"
    assert plural(2, "activity", "activities") == "2 activities"
    assert plural(1_000_000, "row") == "1,000,000 rows"


@pytest.mark.parametrize(
    ("amount", "written"),
    [("6600", "6600"), ("3500.50", "3500.5"), ("54.766", "54.7660"), ("1234.567", "1234.567"),
     ("0.125", "0.125"), ("1E+3", "1000"), ("999.999", "999.9990")],
)  # fmt: skip
def test_written_amounts_read_back_exactly(amount: str, written: str) -> None:
    from bizaudit.model.amounts import profile_amount

    assert profile_amount(Decimal(amount)) == written
    assert parse_money(written) == Decimal(amount)


def test_negative_money_puts_the_sign_where_the_locale_does() -> None:
    from bizaudit.explain.numbers import format_money

    assert format_money(Decimal("-80")) == "-$80"
    assert format_money(Decimal("-1234.5"), "EUR") == "-1.234,50\u00a0€"
    # CLDR's Swiss pattern puts the minus between the code and the amount.
    assert format_money(Decimal("-1234.5"), "CHF") == "CHF-1'234.50"


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("9" * 32, "'" + "9" * 32 + "'"),  # as written: Decimal arithmetic rounds past 28 digits
        (10**16, "10,000,000,000,000,000"),
    ],
)
def test_an_implausible_amount_is_quoted_as_written(value: object, shown: str) -> None:
    with pytest.raises(AmountError) as raised:
        parse_money(value)
    assert str(raised.value).startswith(f"{shown} is implausibly large")


@pytest.mark.parametrize(
    ("value", "step", "expected"),
    [("6.25", "0.1", "6.3"), ("6.21", "0.1", "6.3"), ("6.2", "0.1", "6.2"),
     ("10000.505", "0.01", "10000.51"), ("31000", "0.01", "31000.00")],
)  # fmt: skip
def test_at_least_rounds_up_so_advice_is_enough(value: str, step: str, expected: str) -> None:
    assert at_least(Decimal(value), step) == Decimal(expected)


def test_at_most_rounds_a_ceiling_down() -> None:
    """W21 of the sixteenth round's re-review: 15,438.87 ÷ 3 = 5,146.29 had read "$5,146.30",
    a cent over the ceiling it states."""
    assert at_most(Decimal("15438.87") / 3, "0.01") == Decimal("5146.29")
    assert at_most(Decimal("21733.555"), "0.01") == Decimal("21733.55")


@pytest.mark.parametrize(
    ("value", "limit", "places", "expected"),
    [("2.96", "3", 1, 2), ("2.9", "3", 1, 1), ("12.04", "12", 1, 2), ("9.996", "10", 2, 3),
     ("3", "3", 1, 1), ("2.9999999999", "3", 1, 6)],
)  # fmt: skip
def test_places_apart_shows_enough_to_tell_a_value_from_its_limit(
    value: str, limit: str, places: int, expected: int
) -> None:
    assert places_apart(Decimal(value), Decimal(limit), places) == expected


def test_a_share_above_zero_never_reads_zero_and_numbers_are_grouped() -> None:
    assert format_percent(Decimal("0.000001")) == "0.0001%"
    assert format_percent(Decimal(0)) == "0%"
    assert format_number(Decimal("100000000")) == "100,000,000.0"
    assert format_number(Decimal("2.96"), 2) == "2.96"


def test_a_limit_is_shown_as_set() -> None:
    assert format_limit(Decimal("0.1265")) == "12.65%"
    assert format_limit(Decimal("0.1")) == "10%"
    assert format_limit(Decimal("0.5")) == "50%"
    assert format_limit(Decimal("0.00125")) == "0.125%"


@given(
    st.decimals(min_value=-1000, max_value=1000, places=7, allow_nan=False),
    st.sampled_from(["10", "3", "0.5", "12.65", "0", "50"]),
    st.integers(min_value=0, max_value=3),
)
def test_places_apart_is_the_first_number_of_places_at_which_the_two_read_apart(
    value: Decimal, limit: str, places: int
) -> None:
    """By definition (places_apart skips the rounding where the two are more than a unit apart,
    as rounding moves each by half a unit at most)."""
    expected = places
    while (
        expected < 6
        and value != Decimal(limit)
        and rounded(value, expected) == rounded(Decimal(limit), expected)
    ):
        expected += 1
    assert places_apart(value, Decimal(limit), places) == expected


@given(
    st.decimals(min_value=-10, max_value=10, places=10, allow_nan=False),
    st.integers(min_value=0, max_value=3),
)
def test_a_share_near_zero_is_shown_with_the_places_it_takes(share: Decimal, places: int) -> None:
    """By definition: a share that rounds to zero at ``places`` is shown with as many places
    as it takes to read apart from zero (format_percent checks only shares within half a unit
    of zero, the only ones that can)."""
    percent = share * 100
    shown = places
    if percent and not rounded(percent, places):
        shown = places_apart(percent, Decimal(0), places)
    text = f"{percent:.{shown}f}"
    expected = (text.rstrip("0").rstrip(".") if "." in text else text) + "%"
    assert format_percent(share, places) == expected


def test_a_margin_is_shown_apart_from_the_marks_it_is_held_to() -> None:
    """W21 of the sixteenth round's re-review: an optometry practice's 81,800 ÷ 1,638,200 =
    4.993% read "5%", the line BA115 draws."""
    from bizaudit.explain.numbers import format_margin

    assert format_margin(Decimal(81800) / Decimal(1638200)) == "4.99%"
    assert format_margin(Decimal("0.175")) == "17.5%"
    assert format_margin(Decimal("0.1999")) == "19.99%"
