"""The forty-fifth review round's healthcare referral-law findings (a fractional CFO's review,
2026-12-06: T1, T2, T20 and T15 in their addiction-treatment part): an addiction treatment
centre's payments for patients (per admit, per call, an interventionist's, sober-home rent,
flights), a medical directorship written as a ledger account, and lunches for a hospital's
social workers and case managers, which the audit had priced as channels or passed."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
import yaml

from bizaudit.core.patient_inducements import (
    brokers_patients,
    treats_addiction,
    treats_referrers_staff,
)
from bizaudit.model.verticals import verticals

from .conftest import RunCli, WriteProfile
from .test_rules import _facts, _found

# -- T1: paying for admissions to addiction treatment ------------------------------------------

#: The review's four lines (scratch/s01-per-admit.yaml), the business an IOP
_S01_LINES = [
    "Call center lead gen ($1,500 per admit)",
    "Admissions rep bonus ($300 per admit, W-2)",
    "Sober living homes - free rent for IOP clients",
    "Patient flights from out of state",
]


def _iop(lines: dict[str, int], name: str = "Test Recovery IOP") -> dict[str, Any]:
    """scratch/s01-per-admit.yaml: ``lines`` beside $40,000 of Google Ads and $1,200,000 of
    clinical wages; 200 patients: 100 from the call centre, 40 from a sober living house,
    40 from Google Ads, 20 alumni."""
    return {
        "business": {"name": name, "industry": "medical", "period": "2026"},
        "revenue": 2000000,
        "activities": [
            *({"name": line, "spend": spend} for line, spend in lines.items()),
            {"name": "Google Ads", "spend": 40000},
            {"name": "Clinical staff wages", "spend": 1200000},
        ],
        "customers": {
            "new": 200,
            "sources": {
                "call center": 100,
                "sober living house referral": 40,
                "google ads": 40,
                "alumni": 20,
            },
            "average_revenue": 10000,
            "gross_margin": "50%",
            "retention_rate": "10%",
        },
    }


_S01 = dict(zip(_S01_LINES, (150000, 30000, 60000, 20000), strict=True))


def test_the_reviews_four_lines_are_ba114_and_no_channel() -> None:
    """T1 (UL): EKRA (18 U.S.C. §220(a)(2)) forbids paying to induce a referral to a clinical
    treatment facility or for a person's use of it, whoever pays; its employee exception
    (§220(b)(2)) leaves out pay that varies by the number referred; Fla. Stat. §817.505(1)(a)
    reaches benefits in kind (housing, flights). Each of the four lines is BA114's, and the
    only funded channel left is Google Ads (before: the call centre and Google Ads, score
    85 "Strong")."""
    profile = _iop(_S01)
    flagged = [f.subject or "" for f in _found("BA114", profile)]
    assert sorted(flagged) == sorted(_S01_LINES)
    facts = _facts(profile)
    assert [item.activity.name for item in facts.channels] == ["Google Ads"]


def test_the_finding_quotes_ekra_its_employee_exception_and_floridas_act() -> None:
    """T1: the rule quoted for a treatment provider's payment for patients names EKRA with its
    enactment (SUPPORT Act §8122, Pub. L. 115-271, 2018), commercial insurance (18 U.S.C.
    §24(b)), the employee exception that pay per individual referred falls outside
    (§220(b)(2)) against the AKS safe harbour (42 CFR §1001.952(i)), and Florida's
    patient-brokering act; and says the line pays for patients."""
    (rep,) = [f for f in _found("BA114", _iop(_S01)) if "Admissions rep" in (f.subject or "")]
    text = " ".join(rep.message.split())
    for said in (
        "EKRA (18 U.S.C. §220",
        "§8122, Pub. L. 115-271, 2018",
        "18 U.S.C. §24(b)",
        "(§220(b)(2))",
        "42 CFR §1001.952(i)",
        "Fla. Stat. §817.505(1)(a)",
    ):
        assert said in text
    assert text.startswith("'Admissions rep bonus ($300 per admit, W-2)' pays for patients")


def test_plan_grows_none_of_them(run_cli: RunCli, write_profile: WriteProfile) -> None:
    """T1: `plan --budget 400000` had added $98,000 to the per-admit call centre of
    addiction-edge; of s01 it may now grow Google Ads alone (the only channel with spend that
    BA114 does not flag), and leaves the call centre alone for BA114."""
    path = write_profile(yaml.safe_dump({"version": 1, **_iop(_S01)}))
    plan = json.loads(run_cli("plan", path, "--budget", "400000", "-f", "json").stdout)
    grown = {
        c["name"]
        for c in plan["channels"]
        if Decimal(str(c["planned_spend"])) > Decimal(str(c["spend"]))
    }
    assert grown <= {"Google Ads"}
    alone = {c["name"]: c.get("left_alone") or "" for c in plan["channels"]}
    assert "BA114" in alone["Call center lead gen ($1,500 per admit)"]


@pytest.mark.parametrize(
    "line",
    [
        # the review's s02: the nine ways to write a price per patient
        "Lead gen ($1,500 per admit)",
        "Lead gen ($1,500 per admission)",
        "Marketing vendor - $1,500 per admitted patient",
        "Call center fee per new patient who starts care",
        "Admissions rep bonus per admission (W-2 employee)",
        "Outside marketer (1099) - $500 per admission",
        "Sober home rent paid for referred clients",
        "Interventionist fees ($2,500 per placement)",
        "Pay-per-call leads (addiction hotline)",
        # and the review's addiction-edge wordings
        "Out-of-state patient flights and travel",
        "Sober living partner homes - free rent for IOP clients",
    ],
)
def test_every_wording_of_a_payment_for_patients_is_read(line: str) -> None:
    """T1: each of s02's wordings, at an IOP, is BA114's (before: only "per admission")."""
    assert [f.subject for f in _found("BA114", _iop({line: 10000}))] == [line]


@pytest.mark.parametrize(
    "line",
    [
        # a hiring bonus is not per admitted patient (S4 of the forty-fourth round)
        "Nurse referral bonus (hiring)",
        "Staff referral bonus per hire",
        "Nurse staffing agency fee per placement",
        # local transport to care fits a safe harbour (42 CFR §1001.952(bb)); the practice's own
        # housing and its own case managers run it
        "Client transport - van lease",
        "Rent - sober living house (our residence)",
        "Case manager salaries",
        "Admissions coordinator salaries",
    ],
)
def test_what_pays_for_no_patient_is_left_alone(line: str) -> None:
    """T1's controls, at the same IOP: no BA114."""
    assert _found("BA114", _iop({line: 10000})) == []


@pytest.mark.parametrize(
    ("line", "flagged"),
    [
        # outside addiction treatment, the AKS's own reading: a vendor paid per patient who
        # starts care is flagged (docs/domain.md), an employee's bonus per new patient is not
        # (42 CFR §1001.952(i)), nor is clinical pay per admission, a transplant's travel, nor
        # pay-per-call advertising
        ("Call center fee per new patient who starts care", True),
        ("Liaison bonus per admission (W-2 employee)", False),
        ("Hospitalist coverage per admission", False),
        ("Patient flights (transplant travel)", False),
        ("Pay-per-call ads", False),
    ],
)
def test_a_general_practice_is_held_to_the_aks_alone(line: str, flagged: bool) -> None:
    """T1: "decide how narrowly": EKRA reaches treatment facilities, recovery homes and
    laboratories. A family practice whose profile names no treatment is held to the AKS."""
    profile = _iop({line: 10000}, name="Family Medicine Group")
    profile["customers"]["sources"] = {"google ads": 120, "physician referrals": 80}
    assert bool(_found("BA114", profile)) is flagged


def test_the_treatment_words_and_the_brokering_reading() -> None:
    """The readings themselves: a treatment provider by its name, a line or a source; a price
    per admit paid to an employee is flagged there only."""
    assert treats_addiction(["Sunrise Shores Recovery", "Rent"]) is False  # "recovery" alone
    assert treats_addiction(["Cedar Ridge Behavioral Health LLC"]) is True
    assert treats_addiction(["Rent", "detox referrals"]) is True
    assert treats_addiction(["Smith Family Practice", "Google Ads"]) is False
    bonus = "Admissions rep bonus ($300 per admit, W-2)"
    assert brokers_patients(bonus, treatment=True, employed=True) is True
    assert brokers_patients(bonus, treatment=False, employed=True) is False


def test_the_medical_rule_names_ekra() -> None:
    """T1: the medical vertical's referral rule, quoted in the report's note on the rules,
    names EKRA, its employee exception and the state patient-brokering acts."""
    rule = verticals()["medical"].referral_rule or ""
    assert "EKRA (18 U.S.C. §220" in rule
    assert "Pub. L. 115-271" in rule
    assert "§220(b)(2)" in rule
    assert "Fla. Stat. §817.505" in rule


def test_the_reviews_edge_profile() -> None:
    """T1 on addiction-edge.yaml's lines: the per-admit call centre, the interventionist, the
    sober-home rent, the rep's bonus and the flights are BA114's; Google Ads is its only
    channel (before: the call centre and Google Ads)."""
    lines = {
        "Call center lead gen - Addiction Helpline Partners ($1,500 per admit)": 180000,
        "Interventionist referral fees ($2,500 per placement)": 50000,
        "Sober living partner homes - free rent for IOP clients": 96000,
        "Admissions rep bonus ($300 per admit, W-2)": 54000,
        "Out-of-state patient flights and travel": 24000,
    }
    profile = _iop(lines, name="Sunrise Shores Recovery")
    assert sorted(f.subject or "" for f in _found("BA114", profile)) == sorted(lines)
    assert [item.activity.name for item in _facts(profile).channels] == ["Google Ads"]


# -- T2: a medical directorship written as a ledger account ------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "5030 COGS:Med Dir - Dr. Osei (1099)",
        "Med Dir - Dr. Osei",
        "Medical director (contract) - Dr. Osei",
        "Medical director stipend - Dr. Osei",
    ],
)
def test_a_med_dir_to_a_referring_doctor_is_ba114(line: str) -> None:
    """T2 (UL): a medical directorship paid to a physician the sources name ("Dr. Osei: 30")
    is a personal services arrangement (42 CFR §1001.952(d); Stark, §411.357(d)); a COGS
    heading or "Med Dir" does not switch the rule off. The finding quotes the safe harbour
    and the OIG's 2015 alert."""
    profile = {
        "business": {"name": "Test Behavioral Health", "industry": "medical"},
        "revenue": 2000000,
        "activities": [
            {"name": line, "spend": 60000},
            {"name": "Google Ads", "spend": 40000},
            {"name": "Clinical staff wages", "spend": 1200000},
        ],
        "customers": {"new": 200, "sources": {"Dr. Osei": 30, "google ads": 170}},
    }
    (found,) = _found("BA114", profile)
    text = " ".join(found.message.split())
    assert "42 CFR §1001.952(d)" in text
    assert "9 June 2015" in text
    assert "§411.357(d)" in text


def test_a_med_dir_to_a_doctor_who_refers_none_is_left_alone() -> None:
    """T2's control: the same line where Dr. Osei sends no patient raises nothing."""
    profile = {
        "business": {"name": "Test Behavioral Health", "industry": "medical"},
        "revenue": 2000000,
        "activities": [
            {"name": "5030 COGS:Med Dir - Dr. Osei (1099)", "spend": 60000},
            {"name": "Google Ads", "spend": 40000},
        ],
        "customers": {"new": 200, "sources": {"Dr. Patel": 30, "google ads": 170}},
    }
    assert _found("BA114", profile) == []


# -- T20 and T15: meals for the social workers and case managers of those who refer -----------


def _tideway(line: str) -> dict[str, Any]:
    """addiction-referral.yaml, shortened: $6,000 on ``line`` beside $1,200 of hosting and
    $780,000 of clinical wages; 150 patients: 95 from a detox, 25 from therapists, 15 alumni,
    15 from Google."""
    return {
        "business": {"name": "Tideway Counseling IOP", "industry": "medical"},
        "revenue": 1900000,
        "activities": [
            {"name": line, "spend": 6000},
            {"name": "Website hosting", "spend": 1200},
            {"name": "Clinical staff wages", "spend": 780000},
        ],
        "customers": {
            "new": 150,
            "sources": {
                "Riverside Detox step-down referrals": 95,
                "therapist referrals": 25,
                "alumni word of mouth": 15,
                "google": 15,
            },
            "average_revenue": 12000,
            "gross_margin": "52%",
            "retention_rate": "10%",
        },
    }


@pytest.mark.parametrize(
    "line",
    [
        "Lunch-and-learns for hospital social workers and case managers",
        "Dinners for detox case managers",
        "Breakfast for discharge planners",
        "Gift baskets - social workers at the hospital",
    ],
)
def test_meals_for_referrers_social_workers_are_no_channel(line: str) -> None:
    """T20 (MW) and T15 (WN): where the AKS reaches the trade, a meal for those who send
    patients (here a hospital's or a detox's social workers, case managers, discharge
    planners) joins the referral row and is no funded channel, as a meal for referring
    physicians is (Q2 of the forty-fourth round). So there is no funded channel, and the CAC
    excluding referrals is ($6,000 − $6,000 spent on referrals) ÷ 15 = $0, not $6,000 ÷ 15 =
    $400."""
    facts = _facts(_tideway(line))
    assert [item.activity.name for item in facts.channels] == []
    assert facts.economics.non_referral_cac.value == Decimal(0)


def test_the_practices_own_case_managers_are_left_alone() -> None:
    """T20's control: the reading is of a treat for a referral source's staff; the practice's
    own case managers, or their lunch, are not."""
    assert treats_referrers_staff("Lunch-and-learns for hospital social workers") is True
    assert treats_referrers_staff("Case manager salaries") is False
    assert treats_referrers_staff("Team lunch - our case managers") is False
    assert treats_referrers_staff("Social worker wages") is False
