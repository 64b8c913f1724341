"""The fifty-second review round's third re-review, 2026-12-07 (AR2 and AR3): a recovery home's
bonus per resident admitted, and a hospice declared `home-care` paying a bonus per admit. Each
expectation worked out by hand from the rules the mends quote, with the near names that must
stay as they were."""

from __future__ import annotations

from typing import Any

from bizaudit.core.patient_inducements import pays_per_resident_admitted

from .conftest import small_case
from .test_rules import _facts, _found


def _said(finding: Any) -> str:
    return " ".join(f"{finding.message} {finding.advice}".split())


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
        assert "EKRA" in _said(finding), finding.subject
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
