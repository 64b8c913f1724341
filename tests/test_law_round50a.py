"""The fiftieth review round's findings on paying for referrals, prescriptions and claims
(2026-12-06: K1, K3, K6): a compounding pharmacy's marketers and telemedicine company paid per
prescription and its distributions to physician-owners who prescribe; an auto glass shop's
gifts and cash to customers for filing an insurance claim; a driving school's payments to the
examiner who tests its students. Each expectation is worked out from the rules the mends quote,
with the near names that must stay silent."""

from __future__ import annotations

from typing import Any

from bizaudit.core.plan import left_alone
from bizaudit.explain.left_alone import left_alone_text

from .conftest import finding_words, small_case
from .test_rules import _facts, _found

# -- K1: a compounding pharmacy -----------------------------------------------------------------

_PHARMACY_PAID = (
    "1099 marketers paid per prescription (commercial payers only)",
    "Marketer commission 30% per compounded cream prescription",
    "Telemedicine partner - $75 per prescription written",
    "Distributions to physician-owners who prescribe",
)
#: near names a pharmacy pays on its own account or for the work, which must not move
_PHARMACY_OWN = (
    "Pharmacy technicians (W-2) $1 per prescription filled",
    "Prescription delivery courier $5 per script",
    "Pharmacy software $0.10 per Rx",
    "Telehealth platform subscription",
    "Telemedicine consults $40 per visit",
    "Distributions to owners",
    "Prescription bottles and labels",
    "Compounding technicians",
)


def _pharmacy(lines: tuple[str, ...] | list[str]) -> dict[str, Any]:
    """The review's s06 isolation in short: each line at $10,000 beside $30,000 of Google Ads."""
    return small_case(
        "Cedar Compounding Pharmacy",
        "pharmacy",
        [{"name": "Google Ads", "spend": 30000}, *({"name": n, "spend": 10000} for n in lines)],
        {"google ads": 60, "marketer": 40},
    )


def test_a_pharmacys_pay_per_prescription_and_returns_to_prescribing_owners_are_ba114() -> None:
    """K1 (UL): a 1099 marketer paid per prescription, or 30% of each, is no employee (42 CFR
    §1001.952(i)) and its pay is set by the volume of business (§1001.952(d)); a telemedicine
    company paid $75 per prescription written is the pay per volume ordered or prescribed the
    OIG's Special Fraud Alert of 20 July 2022 names; physician-owners who prescribe refer for
    outpatient prescription drugs, a Stark designated health service (42 U.S.C.
    §1395nn(h)(6)(J)). Each passed (operations? unknown, or sales 'commission'), so each of the
    four gets BA114. EKRA reaches laboratories, recovery homes and treatment facilities, not a
    pharmacy: never quoted."""
    found = {f.subject: f for f in _found("BA114", _pharmacy(_PHARMACY_PAID))}
    assert set(found) == set(_PHARMACY_PAID)
    commercial, commission, telemedicine, owners = (found[n] for n in _PHARMACY_PAID)
    for finding in (commercial, commission, telemedicine):
        said = finding_words(finding)
        assert "each prescription" in said
        assert "§1001.952(i)" in said
        assert "§1001.952(d)" in said
    assert "20 July 2022" in finding_words(telemedicine)
    assert "20 July 2022" not in finding_words(commission)  # no telemedicine company named
    assert "§1395nn(h)(6)(A), (J)" in finding_words(owners)
    assert all("EKRA" not in finding_words(f) for f in found.values())


def test_pay_per_prescription_for_commercial_payers_only_is_asked_under_state_law() -> None:
    """K1: "commercial payers only" takes the line out of the federal statute's reach (a
    federal health care program pays nothing), not out of the states' laws that reach every
    payer (Fla. Stat. §817.505(1)(a); Cal. Bus. & Prof. Code §650). So the finding says so and
    asks (a question, 'may pay'), where the line that names no payer is said outright; a line
    that names TRICARE keeps the federal statute alone."""
    commercial, plain, tricare = (
        "1099 marketers paid per prescription (commercial payers only)",
        "Marketer commission 30% per compounded cream prescription",
        "1099 marketers - 40% of reimbursement per compounded prescription (TRICARE, workers comp)",
    )
    found = {
        f.subject: finding_words(f)
        for f in _found("BA114", _pharmacy([commercial, plain, tricare]))
    }
    assert set(found) == {commercial, plain, tricare}
    assert "may not reach it" in found[commercial]
    assert "§817.505(1)(a)" in found[commercial]
    assert "§650" in found[commercial]
    assert "may pay for referrals" in found[commercial]
    assert "may pay for referrals" not in found[plain]
    assert "§817.505" not in found[plain]
    assert "§817.505" not in found[tricare]


def test_a_pharmacys_own_staff_and_costs_per_prescription_are_not_ba114() -> None:
    """K1's near names: W-2 technicians paid per prescription filled are the employee safe
    harbour's; a courier, software or bottles priced per script sell nothing; a telemedicine
    visit fee is not per prescription; owners named without physicians or prescribing are no
    referral source."""
    assert _found("BA114", _pharmacy(_PHARMACY_OWN)) == []


def test_the_marketers_customers_are_bought_by_the_flagged_line_not_free() -> None:
    """K1: 40 customers answered "marketer", a paid source no line joins; the flagged line is
    "1099 marketers paid per prescription", which names them in the plural. BA207 called them
    "a paid channel, but no spend on it is listed" and `plan` "no spend on it is listed, though
    it is paid for (BA207)", as if the owner should join the flagged line to it; bought by the
    line BA114 flags, their channel is BA114's and BA207 leaves them to it."""
    line = _PHARMACY_PAID[0]
    profile = _pharmacy([line])
    facts = _facts(profile)
    (marketer,) = [c for c in facts.by_channel if c.name == "marketer"]
    assert marketer.restricted == "BA114"
    why = left_alone_text(left_alone(marketer, 1))
    assert why is not None
    assert line in why
    assert all("marketer" not in f.message for f in _found("BA207", profile))


# -- K3: an auto glass shop ---------------------------------------------------------------------

_GLASS_GIFTS = (
    "$100 Visa gift card for every insurance claim filed",
    "Cash back $150 on insurance claims",
    "Steak dinners for customers who file a windshield claim",
    "Free car wash with every insurance claim",
)
#: near names a glass shop pays for the work or to those who sell or handle claims, which this
#: reading must not move (canvassers stay a channel; adjusters are D12's reading, not this one)
_GLASS_OWN = (
    "Parking-lot canvassers paid $50 per claim",
    "Claims administrator fee per claim",
    "Insurance claims processing software",
    "Help filing your insurance claim (free)",
    "Coupon for 10% off wiper blades",
    "Windshields",
)


def _glass(lines: tuple[str, ...] | list[str]) -> dict[str, Any]:
    """The review's s02 isolation in short: each line at $10,000 beside $30,000 of Google Ads."""
    return small_case(
        "ClearView Auto Glass",
        "auto-repair",
        [{"name": "Google Ads", "spend": 30000}, *({"name": n, "spend": 10000} for n in lines)],
        {"google ads": 60, "canvasser": 40},
    )


def test_a_gift_to_a_customer_for_filing_an_insurance_claim_is_ba114() -> None:
    """K3 (UL): Florida's Motor Vehicle Repair Act, as amended by CS/SB 1002 (ch. 2023-136),
    forbids a repair shop to offer a customer a rebate, gift, gift card, cash, coupon or other
    item of value in exchange for making an insurance claim for glass. The four lines were
    operations 'insurance' or unknown with no finding; each is now BA114, its message says what
    it gives for ("for making an insurance claim"), quotes §559.920 and ch. 2023-136, and asks
    elsewhere ("which state are you in"), never the adjusters' Penal Code §551 text."""
    found = {f.subject: finding_words(f) for f in _found("BA114", _glass(_GLASS_GIFTS))}
    assert set(found) == set(_GLASS_GIFTS)
    for said in found.values():
        assert "for making an insurance claim with you" in said
        assert "§559.920" in said
        assert "2023-136" in said
        assert "which state are you in" in said
        assert "§551" not in said


def test_canvassers_and_claims_costs_are_no_gift_for_claiming() -> None:
    """K3's near names: canvassers paid per claim are the shop's sales channel (a commission,
    not a gift to the insured; kept, as the notes say); a claims administrator's fee and
    claims software pay no customer; help with a claim given free and a coupon not tied to a
    claim reward no claim. None is BA114."""
    assert _found("BA114", _glass(_GLASS_OWN)) == []


# -- K6: a driving school -----------------------------------------------------------------------

_SCHOOL_TESTERS = (
    "Cash to third-party road tester per student tested",
    "Referral fee received from third-party testing site per student sent",
    "Gift cards to DMV examiners",
)
#: near names a driving school pays for the test itself or for its own work, which must not
#: move (a testing site's own fee per test is the price of the test; a software tester is none)
_SCHOOL_OWN = (
    "Third-party testing site fees ($50 per student tested)",
    "Road test fees (DMV appointment)",
    "Road-test package (car rental for test + warm-up lesson)",
    "Examiner wages (our CDL testing division)",
    "QA third-party tester $500 per test",
    "Behind-the-wheel instructors",
)


def _driving_school(lines: tuple[str, ...] | list[str]) -> dict[str, Any]:
    """The review's s04 isolation in short: each line at $10,000 beside $30,000 of Google Ads."""
    return small_case(
        "Green Light Driving School",
        "coaching",
        [{"name": "Google Ads", "spend": 30000}, *({"name": n, "spend": 10000} for n in lines)],
        {"google ads": 60, "tester": 40},
    )


def test_money_between_a_school_and_the_examiner_who_tests_its_students_is_ba121() -> None:
    """K6 (UL): the examiner decides for the state whether a student passes; the school's cash
    to the examiner per student tested, or a testing site's fee to the school per student sent,
    is a benefit to one who acts for a principal (commercial bribery) and the conflict third-
    party testing rules forbid (for CDL skills tests, FMCSA described it as prohibited: 49 CFR
    §383.75; 84 Fed. Reg. 32689, 2019). The first was cost of sales 'per student', the second
    BA107 only, a DMV examiner's gift cards nothing: each is now BA121 with the examiners' text,
    which asks about the state's rules; the fee received reads at $0 too (it is practised: the
    school takes the money), so the profile gives it $0 and it is still named."""
    profile = _driving_school(_SCHOOL_TESTERS)
    profile["activities"][2]["spend"] = 0  # the fee received is no spend of the school's
    found = {f.subject: finding_words(f) for f in _found("BA121", profile)}
    assert set(found) == set(_SCHOOL_TESTERS)
    for said in found.values():
        assert "examiner or testing site that tests your students" in said
        assert "§383.75" in said
        assert "84 Fed. Reg. 32689" in said
        assert "Which rules does your state's testing programme set?" in said
    assert _found("BA114", profile) == []  # coaching restricts no referrals of its own


def test_a_testing_sites_fee_and_the_schools_own_costs_are_not_ba121() -> None:
    """K6's near names: a testing site's own fee per student tested is the price of the test
    (paid to a site, not to an examiner, for nothing sent); the DMV's appointment fee, a road
    test package, the school's own examiners' wages and a software tester paid per test give
    no examiner anything. None is BA121."""
    assert _found("BA121", _driving_school(_SCHOOL_OWN)) == []
