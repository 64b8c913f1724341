"""The fifty-second review round, part a (AO1, AO4, AO3's consultant and AO2's plan,
2026-12-07): payments for referrals, paid or received. A sober living home's marketer paid per
resident, a body broker and the money it takes from an IOP and a toxicology laboratory; a
senior placement agency's own advisors and the fees it receives; a billing company's fee per
practice to the practices' consultant; a plan that grew an advertisement a distributor pays
for. Each expectation worked out by hand from the rules the mends quote, with the near names
that must stay silent."""

from __future__ import annotations

from typing import Any

from bizaudit.core.patient_inducements import brokers_patients, receives_for_patients
from bizaudit.core.plan import left_alone

from .conftest import small_case
from .test_rules import _facts, _report

_SOBER = "Serenity Path Sober Living"


def _said(finding: Any) -> str:
    return " ".join(f"{finding.message} {finding.advice}".split())


# -- AO1: a sober living home -------------------------------------------------------------------

_SOBER_PAID = (
    "$500 per resident paid to marketer who places them",
    "Marketer paid per resident placed",
    "Body broker fee per insured resident",
    "Per-head fee to patient recruiter",
)
_SOBER_RECEIVED = (
    "Payments received from Coastal IOP per resident referred",
    "Lab revenue share from toxicology lab per specimen",
)
_SOBER_ASKED = "Urine drug tests billed to insurance through affiliated lab"
#: near names a sober home pays for its own residents or its own staff, which must not move
_SOBER_OWN = (
    "Food per resident",
    "Drug test cups per resident",
    "House manager stipend per resident",
    "Recruiter fee per head hired",
    "Rent received from residents",
    "Drug tests billed to insurance by Quest",
    "Google Ads",
)


def _sober(lines: list[dict[str, object]]) -> dict[str, Any]:
    return small_case(_SOBER, "medical", lines, {"google ads": 60, "marketer": 40})


def test_a_sober_homes_marketer_paid_per_resident_is_patient_brokering() -> None:
    """AO1: EKRA §220(a)(2)(A) forbids paying anything to induce a referral of an individual
    to a recovery home, whoever pays; a marketer, a body broker or a patient recruiter paid
    per resident or per head is no employee, and §220(b)(2) excludes pay varying with the
    number referred from the employee exception anyway. Before the mend the four lines passed
    (an unknown name, two "fee"s) because "resident" and "head" were no unit the readings knew.
    Each gets BA114's patient-brokering text (EKRA, Fla. Stat. §817.505), a warning. Near names:
    the home's own costs per resident and a recruiter of staff per head hired."""
    for name in _SOBER_PAID:
        assert brokers_patients(name, True, True), name
        assert receives_for_patients(name) is None, name
    for name in _SOBER_OWN:
        assert not brokers_patients(name, True, True), name
        assert receives_for_patients(name) is None, name
    report = _report(_sober([{"name": n, "spend": 10000} for n in (*_SOBER_PAID, *_SOBER_OWN)]))
    found = {f.subject: f for f in report.findings if f.rule == "BA114"}
    assert set(found) == set(_SOBER_PAID)
    for name in _SOBER_PAID:
        assert "pays for patients" in found[name].message
        assert "18 U.S.C. §220" in found[name].message
        assert "§817.505" in found[name].message
        assert found[name].severity == "warning"


def test_plan_never_grows_a_marketer_paid_per_resident() -> None:
    """AO1: `plan --budget 50000 sober-edge.yaml` put $4,000 more into the source "marketer",
    joined to the $30,000 line "$500 per resident paid to marketer who places them" ($30,000 ÷
    35 = $857.14 a resident). Once BA114 reads the line, the channel is restricted and left
    alone, naming the line."""
    line = "$500 per resident paid to marketer who places them"
    facts = _facts(_sober([{"name": line, "spend": 30000}, {"name": "Google Ads", "spend": 6000}]))
    (marketer,) = [c for c in facts.by_channel if c.name == "marketer"]
    assert marketer.restricted == "BA114"
    why = left_alone(marketer, 1)
    assert why is not None
    assert line in why


def test_money_a_sober_home_receives_for_referring_is_flagged_and_its_lab_billing_asked() -> None:
    """AO1: EKRA §220(a)(1) reaches whoever "solicits or receives any remuneration ... in
    return for referring a patient or patronage to a recovery home, clinical treatment
    facility, or laboratory"; Fla. Stat. §817.505(1)(b) the same (both read with the search
    tool). An IOP's payment per resident referred and a toxicology laboratory's revenue share
    per specimen are BA114 warnings "receives money for referring", whatever their spend ($0:
    booked as income); residents' drug tests billed through an affiliated laboratory are asked
    (info). Before the mend: an unknown name, contra-revenue 'revenue share', operations
    'insurance'. Received money is no payment for patients: neither line is "pays for
    patients". Near names: rent received from residents, tests billed by an unrelated lab."""
    for name in _SOBER_RECEIVED:
        assert receives_for_patients(name) == "received", name
    assert receives_for_patients(_SOBER_ASKED) == "asked"
    lines = [{"name": n, "spend": 0} for n in (*_SOBER_RECEIVED, _SOBER_ASKED)]
    lines += [{"name": n, "spend": 10000} for n in _SOBER_OWN]
    report = _report(_sober(lines))
    found = {f.subject: f for f in report.findings if f.rule == "BA114"}
    assert set(found) == {*_SOBER_RECEIVED, _SOBER_ASKED}
    for name in _SOBER_RECEIVED:
        said = _said(found[name])
        assert "receives money for referring" in said
        assert "§220(a)(1)" in said
        assert "§817.505(1)(b)" in said
        assert "stop taking it" in said
        assert found[name].severity == "warning"
    assert found[_SOBER_ASKED].severity == "info"
    assert "§220(a)(1)" in found[_SOBER_ASKED].message
    # a clinic that treats no addiction is asked nothing of the same lines
    clinic = _report(
        small_case(
            "Riverside Internal Medicine",
            "medical",
            [{"name": _SOBER_ASKED, "spend": 0}, {"name": "Google Ads", "spend": 10000}],
            {"google ads": 100},
        )
    )
    assert not [f for f in clinic.findings if f.rule == "BA114"]
