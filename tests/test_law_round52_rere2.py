"""The fifty-second review round's second re-review, 2026-12-07 (AQ2 and AQ4): a hospital's
bonus per admit, which EKRA does not reach, and a CPA firm's referral fees and commissions
received. Each expectation worked out by hand from the rules the mends quote, with the near
names that must stay as they were."""

from __future__ import annotations

from typing import Any

from bizaudit.core.patient_inducements import names_hospital, pays_per_admit

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


# -- AQ2: a hospital's bonus per admit is no patient brokering under EKRA ----------------------

_BONUS = "Admissions bonus per admit"


def test_a_hospitals_bonus_per_admit_is_asked_not_told_ekra() -> None:
    """AQ2 (MW): EKRA reaches a recovery home, a clinical treatment facility ("a medical setting,
    other than a hospital", 18 U.S.C. §220(e)(2)) or a laboratory. "Riverside General Hospital"
    had only "admit" for a cue, "Riverside Behavioral Hospital" its "Behavioral" too: both were
    read as treatment providers and the bonus told EKRA's "not exempt even on the payroll".
    Now each is a hospital: no line is patient brokering (facts.brokering empty), and the bonus,
    whose payee the line does not name, is one BA114 information asking whether the payee is a
    W-2 employee, citing the Anti-Kickback Statute's employee exception (§1320a-7b(b)(3)(B),
    42 CFR §1001.952(i)), with no word of EKRA or addiction. Near lines: "Admissions staff
    salaries" (no price per admit), "Linen cost per admission" (a cost, no bonus), "Recruiter
    bonus per nurse hired" (a hire) and the W-2 liaison's bonus (the vertical's employee
    exemption): no BA114."""
    near = (
        "Admissions staff salaries",
        "Linen cost per admission",
        "Recruiter bonus per nurse hired",
        "Liaison bonus per admit (W-2)",
    )
    for business in ("Riverside General Hospital", "Riverside Behavioral Hospital"):
        profile = _case(business, (_BONUS, *near))
        assert not _facts(profile).brokering, business
        found = _found("BA114", profile)
        assert [f.subject for f in found] == [_BONUS], business
        (finding,) = found
        said = finding_words(finding)
        assert finding.severity == "info"
        assert "§1320a-7b(b)(3)(B)" in said
        assert "W-2 employee" in said
        assert "EKRA" not in said
        assert "addiction" not in said


def test_the_sober_home_and_the_treatment_centre_keep_ekra() -> None:
    """AQ2, near: the sober home's same bonus (AP3's case) and a treatment centre's W-2 rep
    (D7's) stay EKRA's patient brokering, a warning; a hospital whose line names the sober
    living home it runs is a recovery home's too (EKRA names recovery homes apart, §220(a)).
    Only the business's name makes a hospital: "partial hospitalization" in a detox's name is
    a level of care."""
    for business, line in (
        ("Serenity Sober Living", _BONUS),
        ("Serenity Recovery Center", "Admissions rep bonus per admit (W-2)"),
        ("Lakeside Detox & Partial Hospitalization", _BONUS),
    ):
        (found,) = _found("BA114", _case(business, (line,)))
        assert found.severity == "warning", business
        assert "EKRA" in finding_words(found), business
    assert names_hospital("Riverside General Hospital", ["Rent"])
    assert not names_hospital("Riverside General Hospital", ["Sober living house rent"])
    assert not names_hospital("Lakeside Partial Hospitalization Program", ["Rent"])
    assert not names_hospital("Family Care Clinic", ["Rent"])


def test_where_the_per_admit_question_is_asked_and_where_not() -> None:
    """AQ2: the question is for a reward per admit (bonus, commission, incentive) to a payee the
    line does not say is hired; a clinic's is asked as a hospital's is. A contractor selling
    patients at a hospice keeps D7's Anti-Kickback warning (not asked twice); a hospitalist's
    fee per admission they perform, a cost per admission and a bonus "not per admit" are
    none."""
    assert pays_per_admit("Admissions bonus per admit")
    assert pays_per_admit("Intake coordinator incentive per admission")
    assert not pays_per_admit("Hospitalist fee per admission")
    assert not pays_per_admit("Linen cost per admission")
    assert not pays_per_admit("Intake bonus pool (quality metrics, not per admit)")
    assert not pays_per_admit("Recruiter bonus per nurse hired")
    (asked,) = _found("BA114", _case("Family Care Clinic", ("Front desk bonus per admission",)))
    assert asked.severity == "info"
    contractor = "Contract community educator bonus per admit"
    (warned,) = _found("BA114", _case("Harbor Hospice", (contractor,)))
    assert warned.severity == "warning"
    assert "§1320a-7b(b)(2)(A)" in finding_words(warned)


# -- AQ4: a CPA firm's referral fees and commissions received -----------------------------------

_RECEIVED = ("Referral fee income", "Referral fees received from financial advisor")


def _cpa(lines: tuple[str, ...], industry: str = "accounting") -> dict[str, Any]:
    return _case("Lee & Co CPAs", lines, industry)


def test_a_cpas_referral_fee_received_is_asked_under_et_1_520_001() -> None:
    """AQ4 (VM): the AICPA Code, ET 1.520.001, lets a CPA accept a referral fee or a commission
    only disclosed to the client, and bars a commission where the firm audits, reviews or
    compiles (for others' use) the client's statements. "Referral fee income" and "Referral
    fees received from financial advisor" had only BA116's other income. Each is now one BA114
    information (2 findings) naming ET 1.520.001 and asking both things: "disclosed to the
    client" and attest work. "... (not disclosed)" is a warning saying it was not disclosed."""
    found = {f.subject: f for f in _found("BA114", _cpa(_RECEIVED))}
    assert set(found) == set(_RECEIVED)
    for finding in found.values():
        said = finding_words(finding)
        assert finding.severity == "info"
        assert "ET 1.520.001" in said
        assert "disclosed to the client" in said
        assert "attest work" in said
    late = "Referral fees received from attorney (not disclosed)"
    (warned,) = _found("BA114", _cpa((late,)))
    assert warned.severity == "warning"
    assert "not disclosed" in warned.message


def test_near_names_of_a_cpas_fees_stay_as_they_were() -> None:
    """AQ4, near: a fee the line says was disclosed is what the rule allows (no BA114); a
    commission on audit clients stays BA127's warning alone (not asked twice by BA114); the
    firm's own staff's commissions and rent are no fee received. A referral fee received by a
    business no accounting vertical reads (a business consultant) is not asked: the code is
    the CPAs'. Beside them in the same profile, the two fees received are the only BA114
    findings."""
    disclosed = "Referral fees received from financial advisor (disclosed to clients)"
    audit = "Commissions received from insurance products sold to audit clients"
    profile = _cpa((disclosed, audit, "Commissions paid to staff", "Sales commissions", *_RECEIVED))
    assert {f.subject for f in _found("BA114", profile)} == set(_RECEIVED)
    assert [f.subject for f in _found("BA127", profile)] == [audit]
    other = small_case(
        "Harbor Business Consulting",
        "consulting",
        [{"name": "Google Ads", "spend": 30000}, {"name": "Referral fee income", "spend": 10000}],
        {"google ads": 60, "referral": 40},
    )
    assert all("ET 1.520.001" not in finding_words(f) for f in _found("BA114", other))
