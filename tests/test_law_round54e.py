"""What the pet crematory round left, part e (2026-12-07): a referral channel that a line BA114
warns about pays for earns no "referral independence" marks (AU1), BA101 names revenue without
the money collected for others as the key figures do (AU2), and a pet crematory's "clinic" is a
vet clinic (AU4). Each expectation worked out by hand, with the near names that must stay as
they were."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from bizaudit.core.pet_aftercare import pays_clinics
from bizaudit.model.report import ProfileReport
from tests.conftest import report_of

_PET = "Rainbow Bridge Pet Cremation"


def _pet(fee: str | None, name: str = _PET) -> dict[str, Any]:
    """A pet crematory in round figures: $640,000 of revenue, 1,900 new families, 1,560 of
    them sent by vet clinics, whose lunch-and-learns reach those clinics; ``fee``: a line that
    pays the clinics, or none."""
    lines = [
        {"name": "Google Ads - pet cremation", "spend": 9600},
        {"name": "Vet clinic lunch and learns", "spend": 4800},
        {"name": "Pet loss support group", "spend": 1800},
        *([{"name": fee, "spend": 9600}] if fee else []),
        {"name": "Cremation technicians", "spend": 96000},
        {"name": "Crematory fuel", "spend": 38000},
        {"name": "Rent", "spend": 54000},
        {"name": "Owner salary", "spend": 90000},
    ]
    return {
        "version": 1,
        "business": {"name": name, "industry": "death-care", "currency": "USD", "period": "2026"},
        "revenue": 640000,
        "activities": lines,
        "customers": {
            "new": 1900,
            "sources": {"vet clinics": 1560, "google": 230, "word of mouth": 110},
            "average_revenue": 330,
            "gross_margin": "60%",
        },
        "owner_hours": {"delivery": 35, "marketing": 6, "admin": 9},
    }


def _funeral_home() -> dict[str, Any]:
    """A funeral home whose in-service lunches reach the nursing homes that sent 200 of its 300
    families, and whose "Nursing home staff appreciation gift cards per call" (BA114: state
    funeral laws) pays the same nursing homes' staff."""
    return {
        "version": 1,
        "business": {
            "name": "Smith Family Funeral Home",
            "industry": "death-care",
            "currency": "USD",
            "period": "2026",
        },
        "revenue": 1500000,
        "activities": [
            {"name": "Google Ads", "spend": 30000},
            {"name": "Nursing home in-service lunches", "spend": 8000},
            {"name": "Nursing home staff appreciation gift cards per call", "spend": 12000},
            {"name": "Funeral directors", "spend": 300000, "kind": "cost-of-sales"},
            {"name": "Rent", "spend": 90000},
        ],
        "customers": {
            "new": 300,
            "sources": {"google": 60, "nursing homes": 200, "word of mouth": 40},
            "average_revenue": 5000,
            "gross_margin": "60%",
        },
    }


def _dental() -> dict[str, Any]:
    """A dental practice whose lunch-and-learns reach the chiropractors that sent 250 of its 600
    new patients, and whose "Referral fee per new patient to referring chiropractors" (BA114:
    state dental boards) pays them too."""
    return {
        "version": 1,
        "business": {
            "name": "Bright Smile Dental",
            "industry": "dental",
            "currency": "USD",
            "period": "2026",
        },
        "revenue": 1200000,
        "activities": [
            {"name": "Google Ads", "spend": 24000},
            {"name": "Chiropractor lunch and learns", "spend": 6000},
            {"name": "Referral fee per new patient to referring chiropractors", "spend": 9000},
            {"name": "Rent", "spend": 90000},
        ],
        "customers": {
            "new": 600,
            "sources": {"google": 200, "patient referrals": 150, "chiropractors": 250},
        },
    }


def _report(profile: dict[str, Any]) -> ProfileReport:
    return report_of(profile)


def _part(report: ProfileReport, name: str) -> Any:
    return next(c for c in report.score_components if c.name == name)


def _rules(report: ProfileReport) -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = {}
    for f in report.findings:
        found.setdefault(f.rule, []).append(f)
    return found


# -- AU1: a channel paid for by what BA114 warns about is no independent acquisition ----------


def test_a_per_pet_fee_to_the_clinics_earns_no_referral_marks() -> None:
    """AU1: 1,670 of 1,900 new families came by referral (1,560 vet clinics + 110 word of
    mouth), a maximum of 50% (the default). The lunch-and-learns reach the clinics' 1,560, but
    "Fee per pet to referring vet clinics", which BA114 warns about (Cal. Bus. & Prof. Code
    §650(a)), pays those same clinics: none of the 1,560 counts as a funded, independent
    channel. Referral share held: 1,670 / 1,900 = 87.89%; earned (1 − 0.8789) ÷ (1 − 0.5) =
    (230 / 1,900) / 0.5 = 460 / 1,900 = 0.2421, 3.63 of 15 points (it had earned all 15).
    The score, under the cap at 79 (BA114) that holds it in any case: 30 × 0.4005 + 20 + 15 ×
    0.2421 + 15 + 10 + 10 = 12.01 + 20 + 3.63 + 15 + 10 + 10 = 70.65, rounded 71 (marketing:
    $16,200 of $640,000 without the fee = 2.531%; (2.531 / 4)² = 0.4005).

    Since AV5 of the round's second re-review (2026-12-07) the lunch-and-learns, in the
    clinics' channel the table holds out for the fee, are no funded channel either: Google
    Ads is the one left, 1 of 2 for the predictable acquisition part, 7.5 of its 15 points:
    12.01 + 20 + 3.63 + 7.5 + 10 + 10 = 63.15, rounded 63."""
    report = _report(_pet("Fee per pet to referring vet clinics"))
    assert "BA114" in _rules(report)
    part = _part(report, "referral independence")
    assert float(part.earned) == pytest.approx(float(Decimal(230) / 1900 / Decimal("0.5")))
    assert "1,560 of them came through referral lines the business funds" in part.basis
    assert "BA114 warns about pay as well" in part.basis
    assert "87.9% of new customers from referrals" in part.basis
    assert report.score == 63


def test_without_the_fee_the_clinics_cultivated_keep_full_marks() -> None:
    """AU1, near case: the same crematory with no fee to the clinics. Only the 110 word-of-mouth
    families came on their own: 110 / 1,900 = 5.79%, within 50%: full marks, and the basis
    says the 1,560 came through referral lines the business funds."""
    report = _report(_pet(None))
    part = _part(report, "referral independence")
    assert float(part.earned) == pytest.approx(1.0)
    assert "1,560 more came through referral lines the business funds" in part.basis
    assert "warns about" not in part.basis


def test_a_funeral_homes_nursing_home_staff_gift_cards_hold_their_referrals() -> None:
    """AU1 in another trade: a funeral home whose in-service lunches reach the nursing homes
    that sent 200 of its 300 families, and whose "Nursing home staff appreciation gift cards
    per call" (BA114: state funeral laws) pays the same nursing homes' staff. The card line is
    in no channel, but it names the nursing homes the source names. Referral share held: (200
    + 40 word of mouth) / 300 = 80%; earned (1 − 0.8) ÷ 0.5 = 0.4 (it had earned 1: 40 / 300
    = 13.3% on their own)."""
    profile = _funeral_home()
    report = _report(profile)
    assert "BA114" in _rules(report)
    part = _part(report, "referral independence")
    assert float(part.earned) == pytest.approx(0.4)
    assert "200 of them came through referral lines" in part.basis
    # near case: the lunches alone keep full marks (40 / 300 = 13.3% on their own)
    profile["activities"] = [a for a in profile["activities"] if "gift" not in a["name"]]
    assert float(_part(_report(profile), "referral independence").earned) == pytest.approx(1.0)


def test_a_dental_practices_fee_per_patient_holds_the_chiropractors_referrals() -> None:
    """AU1 in a dental practice: lunch-and-learns for chiropractors reach their 250 patients,
    and a "Referral fee per new patient to referring chiropractors" (BA114: state dental
    boards) pays them too. Referral share held: (250 + 150 patients' own) / 600 = 66.67%;
    earned (1 − 0.6667) ÷ 0.5 = 0.6667 (it had earned 1: 150 / 600 = 25% on their own)."""
    profile = _dental()
    report = _report(profile)
    assert "BA114" in _rules(report)
    part = _part(report, "referral independence")
    assert float(part.earned) == pytest.approx(2 / 3)
    assert "250 of them came through referral lines" in part.basis


def test_a_handling_fee_ba114_only_asks_about_holds_nothing_back() -> None:
    """AU1, near case: "Handling fees to vet clinics" is a bare fee BA114 only asks about
    (info: it may pay for storing and handling the body at its value, §650(b)); it is no
    forbidden channel, and the part's basis says nothing of one."""
    report = _report(_pet("Handling fees to vet clinics"))
    assert [f.severity for f in _rules(report)["BA114"]] == ["info"]
    assert "warns about pay as well" not in _part(report, "referral independence").basis


# -- AU4: a pet crematory's "clinic" is a vet clinic ----------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Clinic rebates per cremation", "paid"),
        ("Clinic referral fee per pet", "paid"),
        ("Rebate - clinics", "paid"),
        ("Clinic fees", "asked"),
        # near names: no payment, or not a clinic
        ("Clinic relations budget", None),
        ("Clinic pickup van", None),
        ("Clinical waste disposal fees", None),
        ("Clinician fees", None),
        ("Our vet clinic markup", None),
    ],
)
def test_a_clinic_is_a_vet_clinic_to_a_pet_crematory(name: str, expected: str | None) -> None:
    """AU4: "clinic" alone names the clinics in a pet crematory's books; "Clinical" and
    "Clinician" do not, and a line with no payment stays silent."""
    assert pays_clinics(name) == expected


@pytest.mark.parametrize(
    "fee", ["Clinic rebates per cremation", "Clinic referral fee per pet", "Rebate - clinics"]
)
def test_clinic_rebates_are_ba114s_in_a_pet_crematory_only(fee: str) -> None:
    """AU4: in the pet crematory each line is BA114's warning (priced per cremation or per
    pet, or a rebate: paid for the referral, §650(a)); in a funeral home of the same figures
    ("Smith Family Funeral Home") the line is not read as a vet clinic's fee: the rebates draw
    no BA114, and the referral fee, a referral fee by its own words, is held to the funeral
    home's rule as before, never the clinics' §650."""
    pet = _rules(_report(_pet(fee)))
    assert [f.severity for f in pet["BA114"]] == ["warning"]
    assert fee in pet["BA114"][0].message
    assert "650(a)" in pet["BA114"][0].message
    human = _rules(_report(_pet(fee, name="Smith Family Funeral Home")))
    if "referral fee" in fee:
        assert all("650" not in f.message for f in human["BA114"])
    else:
        assert "BA114" not in human


# -- AU2: BA101 names the base as the other reports do ----------------------------------------


def test_ba101_names_revenue_without_what_was_collected_for_others_as_own_revenue() -> None:
    """AU2: a payroll bureau's $700,000 of client payroll disbursed is collected for others
    (BA116): its own revenue is 1,200,000 − 700,000 = $500,000, and marketing 24,000 /
    500,000 = 4.8% of it, as the HTML's "own revenue" and the summaries' "revenue without the
    money collected for others" name it; BA101 had said "of net revenue". Near case: the same
    bureau without the client payroll line collects nothing for others: 24,000 / 1,200,000 =
    2% "of revenue"."""
    lines = [
        {"name": "Client payroll funds disbursed", "spend": 700000},
        {"name": "Internal staff payroll", "spend": 200000},
        {"name": "Office rent", "spend": 60000},
        {"name": "Google Ads", "spend": 24000},
    ]

    def profile(listed: list[dict[str, Any]]) -> dict[str, Any]:
        return {
            "version": 1,
            "business": {
                "name": "Apex Payroll Services",
                "industry": "b2b-services",
                "period": "FY2026",
            },
            "revenue": 1200000,
            "activities": listed,
            "customers": {"new": 40, "sources": {"google": 40}},
        }

    (bureau,) = _rules(_report(profile(lines)))["BA101"]
    assert "marketing is 4.8% of own revenue ($24,000 of $500,000; $700,000 BA116" in (
        bureau.message
    )
    assert "net revenue" not in bureau.message
    (own,) = _rules(_report(profile(lines[1:])))["BA101"]
    assert "marketing is 2% of revenue ($24,000 of $1,200,000)" in own.message
    assert "own revenue" not in own.message


# -- AU3: the clinics' rules, not the crematory's profession's --------------------------------


def test_ba101_names_the_clinics_rules_for_a_pet_crematory() -> None:
    """AU3: most of the crematory's families came by referral (1,670 of 1,900, over half), and
    BA101's advice names the rules that restrict paying for them: the clinics', which bind
    those who refer (Cal. Bus. & Prof. Code §650(a), as BA114 quotes it), not "your
    profession's rules". Near case: a funeral home of the same figures keeps "your
    profession's rules" (the funeral board's rules bind the funeral home itself)."""
    (pet,) = _rules(_report(_pet(None)))["BA101"]
    assert "came by referral, and the clinics' rules restrict paying those who refer" in " ".join(
        pet.advice.split()
    )
    assert "your profession's rules" not in pet.advice
    (human,) = _rules(_report(_pet(None, name="Smith Family Funeral Home")))["BA101"]
    assert "came by referral, and your profession's rules restrict paying those who refer" in (
        " ".join(human.advice.split())
    )
