"""Schema errors point at the offending value, key or mapping, in plain words."""

from __future__ import annotations

import pytest

from bizaudit.io.errors import InputErrors
from bizaudit.io.loading import load_text
from bizaudit.io.validation import parse_profile

HEAD = "version: 1\nbusiness:\n  name: Shop\nrevenue: 1000\n"


def errors_of(text: str) -> list[tuple[int | None, int | None, str, str | None]]:
    with pytest.raises(InputErrors) as info:
        parse_profile(load_text(text, "p.yaml"))
    return [(e.line, e.column, e.message, e.hint) for e in info.value.errors]


def test_valid_profile_parses_exactly() -> None:
    text = HEAD + "activities:\n  - name: Ads\n    spend: $1,200.50\n    recurring: no\n"
    profile = parse_profile(load_text(text))
    assert str(profile.activities[0].spend) == "1200.50"
    assert profile.activities[0].recurring is False
    assert profile.business.currency == "USD"


def test_text_that_looks_like_a_boolean_or_number_stays_text() -> None:
    text = "version: 1\nbusiness:\n  name: no\n  period: 2026\nrevenue: 0\nactivities: []\n"
    profile = parse_profile(load_text(text))
    assert profile.business.name == "no"
    assert profile.business.period == "2026"


def test_negative_money_points_at_the_value() -> None:
    [(line, col, message, _)] = errors_of(HEAD + "activities:\n  - name: Ads\n    spend: -50\n")
    assert (line, col) == (7, 12)
    assert message.startswith("activities[0].spend: an amount of money cannot be negative")


def test_missing_field_points_at_the_mapping_that_lacks_it() -> None:
    [(line, col, message, hint)] = errors_of(HEAD + "activities:\n  - name: Ads\n")
    assert (line, col) == (6, 5)
    assert message == "activities[0] is missing the required field 'spend'"
    assert hint == "add 'spend: ...'"


def test_unknown_field_suggests_the_close_one() -> None:
    text = "version: 1\nbusiness:\n  name: Shop\nrevnue: 1000\nactivities: []\n"
    found = errors_of(text)
    assert (4, 1, "unknown field 'revnue' in the profile", "did you mean 'revenue'?") in found
    assert any("missing the required field 'revenue'" in message for _, _, message, _ in found)


def test_unknown_nested_field_lists_choices_when_nothing_is_close() -> None:
    [(line, col, message, hint)] = errors_of(HEAD + "activities: []\nowner_hours:\n  golf: 5\n")
    assert (line, col) == (7, 3)
    assert message == "unknown field 'golf' in owner_hours"
    assert hint == "expected one of: delivery, marketing, sales, innovation, admin, rate, owners"


def test_invalid_choice_suggests_the_close_one() -> None:
    text = HEAD + "activities:\n  - name: Ads\n    spend: 5\n    kind: markting\n"
    [(line, col, message, hint)] = errors_of(text)
    assert (line, col) == (8, 11)
    assert message == (
        "activities[0].kind: 'markting' is not one of marketing, sales, innovation, operations, "
        "cost-of-sales, contra-revenue"
    )
    assert hint == "did you mean 'marketing'?"


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("plumbing", "did you mean 'home-services'?"),  # what owners call their trade
        ("Dentist", "did you mean 'dental'?"),
        ("law firms", "did you mean 'legal'?"),
        ("resturant", "did you mean 'restaurant'?"),  # a typo
        ("zzzq", None),  # nothing likely: the message alone lists the choices, once
    ],
)
def test_an_unknown_industry_suggests_what_the_owner_meant(written: str, hint: str | None) -> None:
    text = (
        f"version: 1\nbusiness:\n  name: Shop\n  industry: {written}\nrevenue: 1\nactivities: []\n"
    )
    [(line, _, message, found)] = errors_of(text)
    assert line == 4
    assert message.startswith(f"business.industry: {written!r} is not one of b2b-product, ")
    assert found == hint


def test_choices_are_case_insensitive() -> None:
    text = HEAD + "activities:\n  - name: Ads\n    spend: 5\n    kind: Marketing\n"
    assert parse_profile(load_text(text)).activities[0].kind == "marketing"


def test_purpose_must_fit_kind() -> None:
    text = (
        HEAD
        + "activities:\n  - name: Ads\n    spend: 5\n    kind: marketing\n    purpose: convert\n"
    )
    [(line, _, message, _)] = errors_of(text)
    assert line == 9
    assert "purpose convert does not fit kind marketing" in message


def test_wrong_shapes() -> None:
    found = errors_of(HEAD + "activities: Ads\n")
    assert found == [(5, 13, "activities: expected a list (lines starting with '- ')", None)]
    found = errors_of("version: 1\nbusiness: Shop\nrevenue: 1\nactivities: []\n")
    assert found[0][:3] == (
        2,
        11,
        "business: expected a mapping ('key: value' lines indented below it)",
    )


def test_empty_value_is_called_empty() -> None:
    found = errors_of("version: 1\nbusiness:\n  name:\nrevenue: 1\nactivities: []\n")
    assert found[0][:3] == (3, 8, "business.name: is empty")


def test_unsupported_version() -> None:
    [(line, _, message, _)] = errors_of(
        "version: 2\nbusiness:\n  name: S\nrevenue: 1\nactivities: []\n"
    )
    assert line == 1
    assert "version 2 is not supported" in message


def test_hours_over_a_week() -> None:
    [(line, _, message, _)] = errors_of(
        HEAD + "activities: []\nowner_hours:\n  delivery: 100\n  admin: 80\n"
    )
    assert line == 7
    assert "180 a week, more than the 168 hours" in message


def test_partners_hours_fit_in_their_weeks_together() -> None:
    """Partners' weeks added together (``owners: 2``) may pass 168 hours, not 2 × 168."""
    head = HEAD + "activities: []\nowner_hours:\n  owners: 2\n  delivery: 150\n"
    assert parse_profile(load_text(head + "  admin: 150\n")).owner_hours is not None
    [(_, _, message, _)] = errors_of(head + "  admin: 150\n  sales: 40\n")
    assert "340 a week, more than 2 owners' 168 hours a week" in message
    [(_, _, message, _)] = errors_of(HEAD + "activities: []\nowner_hours:\n  owners: 0\n")
    assert "owner_hours.owners" in message


def test_skip_needs_a_known_rule_and_a_reason() -> None:
    found = errors_of(
        HEAD + "activities: []\nskip:\n  - rule: BA999\n    reason: x\n  - rule: BA104\n"
    )
    messages = [m for _, _, m, _ in found]
    assert any(m.startswith("skip[0].rule: unknown rule BA999") for m in messages)
    assert "skip[1] is missing the required field 'reason'" in messages


def test_top_level_shapes() -> None:
    assert errors_of("")[0][2] == "the file is empty"
    assert (
        errors_of("- a\n- b\n")[0][2]
        == "a profile is a mapping of fields, but this file holds a list"
    )
    assert (
        errors_of("hello\n")[0][2]
        == "a profile is a mapping of fields, but this file holds a single value"
    )


def test_errors_are_in_file_order_and_all_reported() -> None:
    text = "version: 1\nbusiness:\n  name: S\n  currency: dollars\nrevenue: lots\nactivities: []\n"
    found = errors_of(text)
    assert [line for line, *_ in found] == [4, 5]


def test_a_bad_source_count_is_one_error_in_the_profiles_own_words() -> None:
    # Pydantic had reported it under "function-before[validate(), int]", with a second error
    # from the mapping form ("Source: is empty") that the value was never written as.
    text = HEAD + "activities: []\ncustomers:\n  new: 10\n  sources:\n    referrals: -30\n"
    [(line, col, message, _)] = errors_of(text)
    assert (line, col) == (9, 16)
    assert message == "customers.sources.referrals: expected a whole number of 0 or more, got '-30'"
    mapping = HEAD + "activities: []\ncustomers:\n  sources:\n    ads: {customers: -3}\n"
    [(_, _, message, _)] = errors_of(mapping)
    assert (
        message == "customers.sources.ads.customers: expected a whole number of 0 or more, got '-3'"
    )


def test_a_bound_reads_as_the_others_do() -> None:
    [(_, _, message, _)] = errors_of(HEAD + "activities: []\npolicy: {ltv_horizon_years: 0}\n")
    assert message == "policy.ltv_horizon_years: must be 1 or more"


def test_a_name_that_says_it_ran_once_is_a_one_off_unless_told_otherwise() -> None:
    """AD14 of the nineteenth round: "LED marquee sign (one time)" counted as a recurring
    channel. A name saying one-time or one-off makes the line a one-off where `recurring` is
    left out; stated, it wins."""
    from bizaudit.model.profile import Activity

    assert (
        Activity.model_validate({"name": "LED marquee sign (one time)", "spend": 1}).repeats
        is False
    )
    assert Activity.model_validate({"name": "Launch video - one-off", "spend": 1}).repeats is False
    assert Activity.model_validate({"name": "Onetime setup", "spend": 1}).repeats is False
    assert Activity.model_validate({"name": "Google Ads", "spend": 1}).repeats is True
    assert Activity.model_validate({"name": "Someone time", "spend": 1}).repeats is True
    stated = {"name": "Sign (one time)", "spend": 1, "recurring": True}
    assert Activity.model_validate(stated).repeats is True
