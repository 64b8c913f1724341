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


# -- A4: false claims the line says are false in other words ---------------------------------


@pytest.mark.parametrize(
    ("line", "what"),
    [
        ("Ads - 'Fully accredited' (AMS accreditation in candidacy only)", "pending credential"),
        ("Ads - 'Licensed and certified' (licence pending)", "pending credential"),
        ("Ads - 'only 5 memberships remain' (60 open)", "false scarcity"),
        ("Ads - 'only 2 dates left in 2027' (we have 30)", "false scarcity"),
        ("Ads - 'Bonded and insured' (bond lapsed)", "lapsed claim"),
        (
            "Ads - 'board-certified orthodontic specialist' (not ABO certified)",
            "dental specialty",
        ),
        ("Charity tournament - 'proceeds to charity' (none paid)", "charity claim"),
    ],
)
def test_a_claim_the_line_says_is_false_in_other_words_is_read(line: str, what: str) -> None:
    """A4: the qualifier denies the claim without repeating it: a credential pending or in
    candidacy is not held (FTC Act §5); 5 remaining against 60 open, 2 against 30, is false
    scarcity (60 > 5, 30 > 2; the FTC staff report "Bringing Dark Patterns to Light", 2022);
    a lapsed bond is a lapsed claim; "not ABO certified" denies an orthodontist's board claim
    (ADA Code §5.H); a tournament that pays its charity nothing. Read in a contractor's
    profile and in any other alike."""
    assert claim(line, True) == what
    assert claim(line, False) == what


@pytest.mark.parametrize(
    "line",
    [
        "Ads - 'accredited' (renewed 2025)",
        "Ads - 'Licensed' (licence pending renewal)",
        "Ads - 'only 5 memberships remain' (3 open)",
        "Ads - 'only 5 left' (5 open)",
        "Ads - 'board-certified orthodontist' (ABO certified)",
        "Ads - 'Bonded and insured'",
        "Patent pending ads",
        "Charity tournament (proceeds to Rotary, $4,000 paid)",
        "Charity tournament - no donation needed to play",
    ],
)
def test_a_qualifier_that_affirms_stays_silent(line: str) -> None:
    """A4's near names: a credential renewed or only its renewal pending, scarcity as stated
    (3 and 5 open are not more than 5), a board certification held, a bond not said to have
    lapsed, a patent, a tournament that paid its charity, and a donation not asked for."""
    assert claim(line, False) is None


_FALSE = {
    "Ads - 'only 5 memberships remain' (60 open)": 4000,
    "Ads - 'Fully accredited' (in candidacy only)": 6000,
    "Ads - 'Licensed and certified' (licence pending)": 2500,
    "Ads - 'Bonded and insured' (bond lapsed)": 1500,
    "Charity tournament - 'proceeds to charity' (none paid)": 8000,
    "Ads - 'board-certified orthodontist' (not ABO certified)": 4000,
}


def test_the_false_claims_are_warned_about_not_grown_and_stay_marketing() -> None:
    """A4 (UL): the review's isolation (scratch/s04-false-claims.yaml, with "not ABO
    certified"): each of the six lines gets BA120; none is a funded channel and `plan` leaves
    every channel holding one alone; each is the copy, cured by rewording it, so each is among
    the reworded (its spend stays the business's marketing, as BA120's other copy findings).
    The scarcity quotes the FTC's 2022 staff report, the orthodontist ADA Code §5.H, the
    licence pending asks of the state's licensing act."""
    profile = small_case(
        "Test Club",
        "fitness",
        [
            *({"name": name, "spend": spend} for name, spend in _FALSE.items()),
            {"name": "Google Ads", "spend": 20000},
        ],
        {"google ads": 100},
    )
    found = _found("BA120", profile)
    assert {f.subject for f in found} == set(_FALSE)
    by = {f.subject: f.message for f in found}
    assert "Bringing Dark Patterns to Light" in by["Ads - 'only 5 memberships remain' (60 open)"]
    assert "§5.H" in by["Ads - 'board-certified orthodontist' (not ABO certified)"]
    assert "check your state's" in by["Ads - 'Licensed and certified' (licence pending)"]
    facts = _facts(profile)
    assert [i.activity.name for i in facts.channels] == ["Google Ads"]
    flagged = [i for i in facts.unlawful_advertising if i.activity.name in _FALSE]
    assert {i.activity.name for i in flagged} == set(_FALSE)
    assert all(id(i) in facts.reworded for i in flagged)
    held = [c for c in facts.by_channel if any(i.activity.name in _FALSE for i in c.activities)]
    assert held
    assert all(left_alone(c, 1) for c in held)
