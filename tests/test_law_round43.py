"""The forty-third review round's law findings (N1-N4, 2026-12-06): lines the law may forbid
that the audit had priced as channels, with no word said, and the controls that must stay
silent."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from bizaudit.core.commercial_bribery import deciders_named

from .test_rules import _found, _law_rules_on, _report

# -- N1: teachers and counsellors who refer or send students ----------------------------------

#: The review's tutoring office (profiles/tutor-2-referrals.yaml), its own figures
_TUTOR: dict[str, Any] = {
    "business": {
        "name": "Carter Academic Tutoring",
        "industry": "b2c-services",
        "currency": "USD",
        "period": "FY2026",
    },
    "revenue": 240000,
    "activities": [
        {"name": "Wyzant profile (commission on first lessons)", "spend": 2600,
         "kind": "contra-revenue"},
        {"name": "Thank-you gift cards to teachers who refer students", "spend": 900},
        {"name": "Tutors (1099)", "spend": 96000},
        {"name": "Office rent", "spend": 21600},
        {"name": "Zoom & TutorBird", "spend": 900},
        {"name": "Insurance", "spend": 1900},
        {"name": "Owner draw", "spend": 90000},
    ],
    "customers": {
        "new": 58,
        "sources": {
            "parent referral": 30, "teacher recommendation": 17, "wyzant": 6, "google": 5,
        },
        "average_revenue": 2800,
        "gross_margin": "60%",
        "retention_rate": "40%",
    },
}  # fmt: skip


@pytest.mark.parametrize(
    ("name", "rule"),
    [
        # the review's two wordings, and the verb forms the brief names
        ("Thank-you gift cards to teachers who refer students", "BA121"),
        ("Gift cards to teachers who refer students", "BA121"),
        ("Gift cards to teachers referring students", "BA121"),
        ("Visa cards to the teacher who refers", "BA121"),
        ("Starbucks cards - teachers who send students", "BA121"),
        ("Gift cards for teachers for sending students", "BA121"),
        ("Amazon cards - referring teachers", "BA121"),
        ("Gift cards to counselors who refer students", "BA121"),
        ("Counselor gift cards for sending students", "BA121"),
        # the noun form, warned about before (the control the review compared with)
        ("Teacher referral gift cards", "BA121"),
        # ...not the business's own or independent teachers, a counsellor who refers clients
        # (a therapist's, BA114's where a profession's rules apply), a discount to teachers as
        # customers, nor a newsletter, which carries no value
        ("Gift cards for our teachers who refer students", None),
        ("Independent teachers who refer students - gift cards", None),
        ("Gift cards to counselors who refer clients", None),
        ("Teacher appreciation week flyers (10% off for teachers)", None),
        ("Teacher newsletter sent to parents", None),
        # ...nor parents who refer students, who are customers and decide for themselves
        ("Gift cards to parents who refer students", None),
    ],
)  # fmt: skip
def test_ba121_reads_teachers_who_refer_or_send_students(name: str, rule: str | None) -> None:
    """N1 of the forty-third round (2026-12-06): "Gift cards to teachers who refer students"
    raised no BA121, where "Teacher referral gift cards" did; word order decided it. A public
    school's teachers and counsellors are public employees under their state's gift rules
    (Fla. Stat. §112.313(4)), and a gift card is a cash equivalent. Each row is a small
    profile of a b2c service with the line ($900) beside a $30,000 website: the rule fires on
    the line or not, as the row says; the controls (the business's own or independent
    teachers, a counsellor who refers clients, a discount offered to teachers, parents who
    refer) stay silent."""
    assert _law_rules_on("b2c-services", name, 900, 240000) == ({rule} if rule else set())


def test_teachers_who_refer_are_read_as_a_school_s_staff() -> None:
    """N1: the verb form names the same deciders as the noun form, a school's (so BA121
    quotes the public employees' gift rules, Fla. Stat. §112.313(4), not commercial bribery
    alone). By hand: "teachers" is what deciders_named reads as a school's."""
    assert deciders_named("Gift cards to teachers who refer students") == {"school"}
    [found] = _found("BA121", _TUTOR)
    assert "§112.313(4)" in found.message
    assert found.subject == "Thank-you gift cards to teachers who refer students"


def test_referrals_from_teachers_given_gift_cards_are_not_paid_for() -> None:
    """N1: the referrals that came through the teachers' gift cards are not counted as
    cultivated by a lawful line, nor the line as a funded channel. By hand, from the review's
    profile: before, the $900 "brought" the 17 teacher referrals, so the CAC excluding
    referrals was $900 ÷ (58 − 30) = $32.14 and the line was the one funded channel. Now all 47
    referrals (30 + 17) came on their own: the CAC excluding referrals is ($900 − $900 spent on
    referrals) ÷ (58 − 47 = 11) = $0, no channel is funded, the referral channel is restricted
    by BA121, and BA102 names no funded referral line."""
    report = _report(_TUTOR)
    assert report.economics.non_referral_cac is not None
    assert report.economics.non_referral_cac.value == Decimal(0)
    assert report.predictability.acquisition_channels == 0
    [referrals] = [c for c in report.channels if c.name.startswith("Referrals")]
    assert referrals.restricted_by == "BA121"
    [ba102] = [f for f in report.findings if f.rule == "BA102"]
    assert "funded" not in ba102.message
    assert "47 of 58" in ba102.message
