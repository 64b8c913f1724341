"""The fifty-second review round's re-review, 2026-12-07 (AP3 and AP8): a sober living home's
recruiter paid per admit, and a senior placement agency's rebate of its fee to the family.
Each expectation worked out by hand from the rules the mends quote, with the near names that
must stay as they were."""

from __future__ import annotations

from typing import Any

from bizaudit.core.patient_inducements import brokers_patients
from bizaudit.core.plan import left_alone
from bizaudit.explain.left_alone import left_alone_text

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
    why = left_alone_text(left_alone(recruiter, 1))
    assert why is not None
    assert line in why


# -- AP8: a placement agency's rebate of its fee to the family ---------------------------------

_AGENCY = "Golden Years Senior Placement"
_REBATE = "Placement fee rebate to family"
#: near names that must stay BA114's warnings: gifts and fees to those who refer
_REFERRERS_PAID = (
    "$200 gift cards to hospital discharge planners per placement",
    "Referral fee paid to social workers per move-in",
)


def _home_care(name: str, lines: list[tuple[str, int]]) -> dict[str, Any]:
    return small_case(
        name,
        "home-care",
        [{"name": n, "spend": spend} for n, spend in lines],
        {"google ads": 50, "word of mouth": 50},
    )


def test_a_placement_agencys_rebate_to_the_family_is_no_referral_payment() -> None:
    """AP8: a rebate of the agency's fee to the family gives part of the price back to the
    customer; no one who refers is paid, so BA114's "pays for referrals ... such as hospital
    discharge planners" is wrong. What may reach it is the beneficiary-inducement law where
    Medicaid pays (42 U.S.C. §1320a-7a(a)(5)) and the states' placement-agency disclosure
    (RCW 18.330.050): asked, an information. At a placement agency (by its name): the rebate
    gets one BA114 information, "gives part of your fee back", naming §1320a-7a(a)(5), and no
    "pays for referrals"; the two payments to discharge planners and social workers stay
    warnings that pay for referrals. A refund to the family is nothing."""
    report = _report(
        _home_care(
            _AGENCY,
            [
                (_REBATE, 10000),
                ("Refund to resident family", 5000),
                *((n, 10000) for n in _REFERRERS_PAID),
            ],
        )
    )
    found = {f.subject: f for f in report.findings if f.rule == "BA114"}
    assert set(found) == {_REBATE, *_REFERRERS_PAID}
    rebate = found[_REBATE]
    assert rebate.severity == "info"
    assert "gives part of your fee back to the family" in rebate.message
    assert "§1320a-7a(a)(5)" in rebate.message
    assert "RCW 18.330.050" in rebate.message
    assert "pays for referrals" not in rebate.message
    for name in _REFERRERS_PAID:
        assert "pays for referrals" in found[name].message
        assert found[name].severity == "warning"


def test_a_home_care_agencys_rebate_to_the_family_is_asked_only_where_medicaid_is_named() -> None:
    """AP8: a home-care agency that is no placement agency ("Sunrise Home Care") is told
    nothing of a rebate of its fee to the family, and its $10,000 no longer counts as spend
    BA114 warns about (before the mend it was a payment to a placement service); a discount to
    Medicaid waiver families is asked (information), as at a placement agency."""
    plain = _report(_home_care("Sunrise Home Care", [(_REBATE, 10000)]))
    assert not [f for f in plain.findings if f.rule == "BA114"]
    medicaid = "Discount to Medicaid waiver families"
    named = _report(_home_care("Sunrise Home Care", [(medicaid, 10000)]))
    (finding,) = [f for f in named.findings if f.rule == "BA114"]
    assert finding.subject == medicaid
    assert finding.severity == "info"
    assert "§1320a-7a(a)(5)" in finding.message
