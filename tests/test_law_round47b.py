"""The forty-seventh review round, law part b (A3 and A4, 2026-12-06): marketing texts the line
says were sent without consent (the TCPA), and false claims whose line says they are false in
other words than the claim's own. Each expectation worked out from the rules the mends quote,
with the near names that must stay silent."""

from __future__ import annotations

from typing import Any

import pytest

from bizaudit.core.ad_claims import claim
from bizaudit.core.plan import left_alone

from .conftest import small_case
from .test_rules import _facts, _found

# -- A3: marketing texts without consent --------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Texting past inquiries without consent (autodialer)",
        "Texting golfers from GolfNow list (no consent)",
        "SMS blasts to leads without opt-in",
        "Text blasts to past guests - no opt-in",
        "Autodialed promo texts to leads",
    ],
)
def test_texts_sent_without_consent_are_read(line: str) -> None:
    """A3: texts are calls under the TCPA; autodialled ones to cell phones need prior express
    consent (47 U.S.C. §227(b)(1)(A)(iii)), written where they telemarket (47 CFR
    §64.1200(a)(2)). Each line says none was given ("without consent", "no consent",
    "without opt-in", "no opt-in"), or sends by an autodialer with no consent said: before the
    mend _CONSENTED found "consent" and "opt-in" in the words that deny them, and the last
    needed a bought list or cell phones named."""
    assert claim(line, False) == "unconsented texts"


@pytest.mark.parametrize(
    "line",
    [
        "SMS blasts to opted-in subscribers",
        "Texting leads with consent (autodialer)",
        "Double opt-in SMS club",
        "Appointment reminder texts (autodialer)",
        "Text message platform (Podium)",
        "Texting past inquiries",
    ],
)
def test_consented_or_informational_texts_stay_silent(line: str) -> None:
    """A3's near names: consent obtained ("opted-in", "with consent", "double opt-in"), a
    reminder to the business's own customers without an offer (L2 of the forty-second
    round's re-review), a platform and a text that say nothing of consent: none is read."""
    assert claim(line, False) is None


def test_a_bought_list_without_consent_stays_the_bought_list_s() -> None:
    """A3: a line that names both a bought list and no consent keeps the bought list's
    reading (its rule names the list), and a robocall the line says lacks consent is a
    robocall's: "Robocalls to leads without consent" had passed, as "consent" was read as
    consent given."""
    assert claim("Texting purchased list without consent", False) == "bought list"
    assert claim("Robocalls to leads without consent", False) == "robocalls"
    assert claim("Robocalls to opted-in members", False) is None


def _venue() -> dict[str, Any]:
    """The review's venue (scratch/s03-tcpa-hospitality.yaml): three lines of texts the line
    says went without consent, beside $20,000 of Google Ads; 100 new customers from Google."""
    return small_case(
        "Test Venue",
        "hospitality",
        [
            {"name": "Texting past inquiries without consent (autodialer)", "spend": 1200},
            {"name": "Texting golfers from GolfNow list (no consent)", "spend": 1500},
            {"name": "SMS blasts to leads without opt-in", "spend": 1000},
            {"name": "Google Ads", "spend": 20000},
        ],
        {"google ads": 100},
    )


_TEXTS = {
    "Texting past inquiries without consent (autodialer)",
    "Texting golfers from GolfNow list (no consent)",
    "SMS blasts to leads without opt-in",
}


def test_the_venue_s_texts_are_warned_about_and_neither_priced_nor_grown() -> None:
    """A3 (UL): each of the three lines gets BA120, quoting §227(b)(1)(A)(iii) and
    §64.1200(a)(2), whatever it was classified as (a vendor's fuzzy name, 'inquirly'; GolfNow's
    contra-revenue; an SMS blast); none is a funded channel and `plan` leaves every channel
    holding one alone, as the bought list's. It is a practice, not the copy: its spend is not
    among the reworded (O2 of the forty-third round's re-review)."""
    profile = _venue()
    found = _found("BA120", profile)
    assert {f.subject for f in found} == _TEXTS
    assert all("§227(b)(1)(A)(iii)" in f.message for f in found)
    assert all("§64.1200(a)(2)" in f.message for f in found)
    facts = _facts(profile)
    assert [i.activity.name for i in facts.channels] == ["Google Ads"]
    assert {i.activity.name for i in facts.unlawful_advertising} == _TEXTS
    assert not facts.reworded & {id(i) for i in facts.unlawful_advertising}
    held = [c for c in facts.by_channel if any(i.activity.name in _TEXTS for i in c.activities)]
    assert held
    assert all(left_alone(c, 1) for c in held)
