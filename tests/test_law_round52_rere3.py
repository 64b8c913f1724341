"""The fifty-second review round's third re-review, 2026-12-07 (AR2 and AR3): a recovery home's
bonus per resident admitted, and a hospice declared `home-care` paying a bonus per admit. Each
expectation worked out by hand from the rules the mends quote, with the near names that must
stay as they were."""

from __future__ import annotations

from typing import Any

from bizaudit.core.patient_inducements import pays_per_resident_admitted

from .conftest import finding_words, small_case
from .test_rules import _facts, _found


def _case(name: str, lines: tuple[str, ...], industry: str = "medical") -> dict[str, Any]:
    """Each line at $10,000 beside $30,000 of Google Ads."""
    return small_case(
        name,
        industry,
        [{"name": "Google Ads", "spend": 30000}, *({"name": n, "spend": 10000} for n in lines)],
        {"google ads": 60, "referral": 40},
    )


# -- AR3: a recovery home's bonus per resident admitted ------------------------------------------

_PER_RESIDENT = ("House manager bonus per resident admitted", "Bonus per new resident")


def test_a_sober_homes_bonus_per_resident_admitted_is_patient_brokering() -> None:
    """AR3 (VM): "Serenity Sober Living" (a recovery home by its name: sober living) paid
    "House manager bonus per resident admitted" (read as cost of sales, no finding) and "Bonus
    per new resident" (BA106 only), while "Bonus per admitted client" was told EKRA. A recovery
    home's patients are its residents; pay varying with the number admitted is outside EKRA's
    employee exception (18 U.S.C. §220(b)(2)), a house manager on the payroll included. So all
    three are patient brokering: three BA114 warnings naming EKRA."""
    lines = (*_PER_RESIDENT, "Bonus per admitted client")
    profile = _case("Serenity Sober Living", lines)
    found = _found("BA114", profile)
    assert sorted(str(f.subject) for f in found) == sorted(lines)
    for finding in found:
        assert finding.severity == "warning", finding.subject
        assert "EKRA" in finding_words(finding), finding.subject
    assert len(_facts(profile).brokering) == 3


def test_near_names_at_a_sober_home_and_residents_elsewhere_stay_silent() -> None:
    """AR3, near: at the sober home, "Food per resident" and "Linens per new resident" price the
    home's own costs (no reward named), "House manager stipend" is flat (no unit), "Resident
    assistant bonus per new staff hired" is a hire: no BA114. A hospital's "Bonus per new
    resident" (a physician in training) and a family clinic's (no recovery home named): no
    BA114 either, since the reading is a recovery home's only."""
    near = (
        "Food per resident",
        "Linens per new resident",
        "House manager stipend",
        "Resident assistant bonus per new staff hired",
    )
    assert _found("BA114", _case("Serenity Sober Living", near)) == []
    for business in ("Riverside General Hospital", "Family Care Clinic"):
        assert _found("BA114", _case(business, ("Bonus per new resident",))) == [], business
    assert pays_per_resident_admitted("$200 incentive for each resident placed")
    assert pays_per_resident_admitted("Commission per insured resident admitted")
    assert not pays_per_resident_admitted("Bonus per resident (quality, not per resident admitted)")
    assert not pays_per_resident_admitted("Food per resident admitted")


# -- AR2: a hospice declared home-care asked of its bonus per admit -------------------------------


def test_a_hospice_declared_home_care_is_asked_of_its_bonus_per_admit() -> None:
    """AR2 (VM): "Comfort Hospice" declared home-care (which docs/verticals.md allows) paid
    "Admissions bonus per admit": BA106 only, while declared medical it is asked whether the
    payee is a bona fide employee (AQ2). Now the same one BA114 information citing the
    Anti-Kickback Statute's employee exception (42 U.S.C. §1320a-7b(b)(3)(B)), asking about W-2
    employees, at home-care as at medical; a home health agency's the same. Near lines, as at
    medical: "Liaison bonus per admit" (the vertical's referral_exempt reads a liaison as its
    own employee), "Linen cost per admission" (no reward), "Recruiter bonus per nurse hired" (a
    hire): not asked. "Marketer paid per admission (1099)" keeps its warning, not asked twice."""
    near = (
        "Liaison bonus per admit",
        "Linen cost per admission",
        "Recruiter bonus per nurse hired",
    )
    bonus = "Admissions bonus per admit"
    for business, industry in (
        ("Comfort Hospice", "home-care"),
        ("Comfort Hospice", "medical"),
        ("Bayside Home Health", "home-care"),
    ):
        profile = _case(business, (bonus, *near), industry)
        (finding,) = _found("BA114", profile)
        assert finding.subject == bonus, (business, industry)
        assert finding.severity == "info"
        said = finding_words(finding)
        assert "§1320a-7b(b)(3)(B)" in said
        assert "W-2 employee" in said
        assert "EKRA" not in said
    marketer = "Marketer paid per admission (1099)"
    found = _found("BA114", _case("Comfort Hospice", (bonus, marketer), "home-care"))
    assert sorted((str(f.subject), f.severity) for f in found) == [
        (bonus, "info"),
        (marketer, "warning"),
    ]
