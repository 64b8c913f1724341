"""Whom commissions were paid to, as the CAC's basis names them: a brand by its name, a channel
named by what its members are as a sentence names them ("$53,500 to GetTransfer and the travel
agents", not "... and Travel agents": a leftover of the fifty-fourth round, 2026-12-07)."""

from __future__ import annotations

import pytest

from bizaudit.explain.economics import _payee


@pytest.mark.parametrize(
    ("label", "named"),
    [
        ("Travel agents", "the travel agents"),
        ("Online travel agencies", "the online travel agencies"),
        ("Wedding planners", "the wedding planners"),
        # brands keep their names, however many words
        ("GetTransfer", "GetTransfer"),
        ("Booking.com", "Booking.com"),
        ("Uber Eats", "Uber Eats"),
        ("Airbnb", "Airbnb"),
        # one word, or not a plural: a name, kept
        ("Agents", "Agents"),
        ("Host agency", "Host agency"),
    ],
)
def test_a_payee_is_named_as_a_sentence_names_it(label: str, named: str) -> None:
    assert _payee(label) == named
