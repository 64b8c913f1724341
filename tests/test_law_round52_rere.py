"""The fifty-second review round's re-review, 2026-12-07 (AP3 and AP8): a sober living home's
recruiter paid per admit, and a senior placement agency's rebate of its fee to the family.
Each expectation worked out by hand from the rules the mends quote, with the near names that
must stay as they were."""

from __future__ import annotations

from typing import Any

from bizaudit.core.patient_inducements import brokers_patients
from bizaudit.core.plan import left_alone

from .conftest import small_case
from .test_rules import _facts, _report

# -- AP3: a sober living home's recruiter paid per admit ---------------------------------------

_SOBER = "Serenity Sober Living"
#: paid per admit, admission or intake to a recruiter, an outreach rep or a marketer
_PER_ADMIT_PAID = (
    "Recruiter bonus per insured admit",
    "Admissions bonus per insured admit",
    "$300 per intake to outreach rep",
    "Recruiter placement fee per admit",
    "Outreach marketer paid per admission",
)
#: near names: flat pay, the home's own costs per intake, recruiters of staff
_PER_ADMIT_NEAR = (
    "Intake coordinator salary",
    "Drug test cups per intake",
    "Staff recruiter fee per nurse hired",
    "Recruiter fee per head hired",
    "Therapist recruiter placement fee",
    "Recruiter fee per placement",
    "Recruiter bonus not per admit",
    "Food per resident",
)


def _sober(lines: list[dict[str, object]]) -> dict[str, Any]:
    return small_case(_SOBER, "medical", lines, {"google ads": 60, "recruiter": 40})


def test_a_sober_homes_recruiter_paid_per_admit_is_patient_brokering() -> None:
    """AP3: EKRA, 18 U.S.C. §220(a)(2)(A), forbids paying anything to induce a referral of an
    individual to a recovery home, whoever pays; §220(b)(2) leaves pay that varies with the
    number referred out of the employee exception ("a bonus per admit is not exempt even on
    the payroll", BA114's own text). Before the mend "Recruiter bonus per insured admit" was
    an unknown name (the recruiter read as hiring, "insured" no qualifier of an admit), and
    "per intake" no unit. Each of the five lines: BA114 "pays for patients", a warning naming
    §220 and Fla. Stat. §817.505. Near names: flat pay, the home's own cost per intake, a
    recruiter of nurses or of anyone "hired", a recruiter's fee "per placement" alone (a
    staffing recruiter's too), a bonus "not per admit", food per resident: none."""
    for name in _PER_ADMIT_PAID:
        assert brokers_patients(name, True, True), name
    for name in _PER_ADMIT_NEAR:
        assert not brokers_patients(name, True, True), name
    lines = [{"name": n, "spend": 10000} for n in (*_PER_ADMIT_PAID, *_PER_ADMIT_NEAR)]
    report = _report(_sober(lines))
    found = {f.subject: f for f in report.findings if f.rule == "BA114"}
    assert set(found) == set(_PER_ADMIT_PAID)
    for name in _PER_ADMIT_PAID:
        assert "pays for patients" in found[name].message
        assert "18 U.S.C. §220" in found[name].message
        assert "§817.505" in found[name].message
        assert found[name].severity == "warning"


def test_plan_never_grows_a_recruiter_paid_per_admit() -> None:
    """AP3: a $30,000 "Recruiter bonus per insured admit" joined to 40 customers from
    "recruiter" ($750 a customer) was grown by $8,000 under `plan --budget 50000` beside
    $6,000 of Google Ads (60 customers at $100). Once BA114 reads the line the channel is
    restricted and left alone, naming the line."""
    line = "Recruiter bonus per insured admit"
    facts = _facts(
        _sober(
            [
                {"name": line, "spend": 30000, "channel": "recruiter"},
                {"name": "Google Ads", "spend": 6000},
            ]
        )
    )
    (recruiter,) = [c for c in facts.by_channel if c.name == "recruiter"]
    assert recruiter.restricted == "BA114"
    why = left_alone(recruiter, 1)
    assert why is not None
    assert line in why
