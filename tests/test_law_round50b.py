"""The fiftieth review round, part b (K1, K2, K4, K6 and K3's billing, 2026-12-06): what the
law forbids a debt relief or credit repair firm, a compounding pharmacy, a roofer, an auto
glass shop, a driving school and a carrier to charge, say or do. Each expectation worked out by
hand from the rules the mends quote, with the near names that must stay silent."""

from __future__ import annotations

from typing import Any

import pytest

from bizaudit.core.ad_claims import Setting, claim

from .conftest import small_case
from .test_rules import _found


def _case(name: str, industry: str, lines: list[str]) -> dict[str, Any]:
    """A business of ``industry``, each line $10,000, beside Google Ads that brought its
    customers."""
    activities: list[dict[str, object]] = [{"name": n, "spend": 10000} for n in lines]
    activities.append({"name": "Google Ads", "spend": 10000})
    return small_case(name, industry, activities, {"google ads": 100})


# -- K2: a debt relief or credit repair firm's fees before the work, and its claims --

_DEBT = {
    # the TSR's ban on fees before a debt is settled (16 CFR §310.4(a)(5)): a practice
    "Advance enrollment fee collected by phone before any debt is settled": (
        "debt relief advance fee",
        "§310.4(a)(5)",
    ),
    # CROA: no money before the credit repair service is fully performed (15 U.S.C. §1679b(b))
    "Credit repair monthly fee charged before services are performed": (
        "credit repair advance fee",
        "§1679b(b)",
    ),
    # no government programme halves unsecured debt (TSR §310.3(a)(2); FTC Act §5)
    "Ads - 'Cut your debt in half - government program'": (
        "government debt programme",
        "§310.3(a)(2)",
    ),
    # accurate negative items stay (FCRA §1681i(a)(5)); the guarantee misleads (CROA §1679b(a)(3))
    "Ads - 'We remove negative items from your credit report, guaranteed'": (
        "credit removal claim",
        "§1679b(a)(3)",
    ),
}


@pytest.mark.parametrize("industry", ["b2c-services", "mortgage"])
def test_a_debt_relief_firms_advance_fees_and_false_claims_are_ba120s(industry: str) -> None:
    """K2: before the mend the advance fee was operations 'phone', the credit repair fee
    operations 'repairs', "government program" BA206's only and "remove negative items ...
    guaranteed" nothing. Each is now BA120, quoting its law, under either sector the reviewer
    tried (b2c-services, mortgage)."""
    for line, (what, _) in _DEBT.items():
        assert claim(line) == what, line
    found = {
        f.subject: f.message
        for f in _found("BA120", _case("Fresh Start Debt", industry, list(_DEBT)))
    }
    assert set(found) == set(_DEBT)
    for line, (_, cited) in _DEBT.items():
        assert cited in found[line], line


def test_near_names_of_debt_relief_stay_silent() -> None:
    """K2's near names: a fee earned after settlement, a free consultation, car repairs, a
    credit repair fee charged after the deletions, the dispute of inaccurate items, and a
    programme that exists (PSLF) are none of these."""
    near = [
        "Settlement fee earned after each debt is settled",
        "Performance fee on settled debts (25% of savings)",
        "Free consultation for debt relief",
        "Car repairs",
        "Credit repair fee charged after deletions",
        "Ads - 'We dispute inaccurate items on your credit report'",
        "Ads - 'Government student loan forgiveness (PSLF) help'",
        "Ads - 'Not a government program'",
        "Phone",
    ]
    # (beside the line that is read: "before any debt is settled" is what tells them apart)
    assert claim("Enrollment fee charged upfront, before any debt is settled") == (
        "debt relief advance fee"
    )
    for line in near:
        assert claim(line) is None, line


# -- K1: a compounding pharmacy's drug ads --


def test_a_compounded_drug_called_fda_approved_and_hormones_called_safer_are_ba120s() -> None:
    """K1: a compounded drug is exempt from approval (FDCA §503A), so "FDA approved" or "same
    as Ozempic" is false (FTC Act §§5, 12); FDA's January 2008 warning letters called
    bioidentical hormones' "safer" claims false and misleading. Both were BA206's only."""
    lines = [
        "Ads - 'Compounded semaglutide, same as Ozempic, FDA approved'",
        "Ads - 'Bioidentical hormones are safer than synthetic'",
    ]
    assert claim(lines[0]) == "compounded drug claim"
    assert claim(lines[1]) == "hormone safety claim"
    found = {
        f.subject: f.message
        for f in _found("BA120", _case("Apex Compounding Pharmacy", "pharmacy", lines))
    }
    assert set(found) == set(lines)
    assert "§503A" in found[lines[0]]
    assert "21 February 2025" in found[lines[0]]  # the shortage's end, as information
    assert "2008" in found[lines[1]]
    # ...not an approved brand's true claim, a compounded drug said not to be approved, nor a
    # consultation
    for line in [
        "Ads - 'Wegovy (semaglutide) - FDA approved for weight loss'",
        "Ads - 'Compounded medications - not FDA approved'",
        "Bioidentical hormone consultations",
        "Compounding supplies (APIs and bases)",
    ]:
        assert claim(line) is None, line


# -- K4 and K3: a contractor's public adjusting, assignments, and work billed not done --


def test_a_roofers_public_adjusting_assignments_and_false_supplements_are_ba120s() -> None:
    """K4: a contractor may not act as its customer's public adjuster (Tex. Ins. Code
    §4102.163(a)); Florida voided assignments of benefits for policies from 1 January 2023
    (asked, Fla. Stat. §627.7152); billing an insurer for items not installed is insurance
    fraud (Tex. Penal Code §35.02(a)). Before the mend each had no finding, and the supplement
    was cost of sales."""
    lines = [
        "Public adjusting - we negotiate your claim with your insurer (no PA license)",
        "Acting as public adjuster for homeowners (unlicensed)",
        "Assignment of benefits signed at the door",
        "Supplements billed to insurer for items not installed",
    ]
    found = {
        f.subject: f.message for f in _found("BA120", _case("Peak Roofing", "home-services", lines))
    }
    assert set(found) == set(lines)
    assert "§4102.163(a)" in found[lines[0]]
    assert "§4102.163(a)" in found[lines[1]]
    assert "Florida" in found[lines[2]]
    assert "?" in found[lines[2]]  # asked
    assert "§35.02(a)" in found[lines[3]]
    # an unlicensed adjuster outside contracting is read by the licence the line says it lacks;
    # a licensed one outside contracting, and the assignment outside contracting, are not
    assert claim(lines[1], contracting=False) == "public adjusting"
    assert claim("Public adjusting for policyholders", contracting=False) is None
    assert claim(lines[2], contracting=False) is None


def test_an_auto_glass_calibration_billed_not_performed_is_ba120() -> None:
    """K3's billing: "ADAS recalibration billed but not performed" is a false claim to the
    insurer (Cal. Penal Code §550(a)); it was "operations? unknown name"."""
    line = "ADAS recalibration billed but not performed"
    assert claim(line, contracting=False) == "billed not done"
    found = {
        f.subject: f.message
        for f in _found("BA120", _case("Clear View Auto Glass", "auto-repair", [line]))
    }
    assert "§550(a)(1)" in found[line]


def test_near_names_of_claims_work_stay_silent() -> None:
    """K4's and K3's near names: a referral to a public adjuster, a supplement for items the
    adjuster missed, work billed ahead by agreement, an audit that catches false billing, an
    assignment the line says is not taken, and car or roof repairs."""
    near = [
        "Public adjuster referral fees",
        "Supplements for items missed in the adjuster's estimate",
        "Jobs billed, not yet performed (deposits)",
        "Billing audit - items charged but not installed caught",
        "No AOBs taken (Florida)",
        "Roof repairs",
        "ADAS recalibration equipment",
    ]
    # (beside the line that is read: "not installed" after the billing)
    assert claim("Supplements billed for drip edge not installed") == "billed not done"
    for line in near:
        assert claim(line) is None, line


# -- K6: a driving school's pass guarantee and unlicensed instructors; double brokering --


def test_a_pass_guarantee_unlicensed_instructors_and_double_brokering_are_ba120s() -> None:
    """K6: a pass guarantee promises a result the examiner decides, its terms not said (16
    CFR §239.3(b)), as the tax preparer's maximum refund guarantee is read; California requires
    a licence to give driving instruction for compensation (Veh. Code §11100, §11104);
    brokering without registration carries up to $10,000 a violation (49 U.S.C. §14916(c)).
    Before the mend: BA206's only, operations 'licence', and "unknown name"."""
    school = [
        "Ads - 'Guaranteed pass on your first road test'",
        "Instructors without state instructor licence",
    ]
    found = {
        f.subject: f.message
        for f in _found("BA120", _case("Safe Start Driving School", "coaching", school))
    }
    assert set(found) == set(school)
    assert "§239.3(b)" in found[school[0]]
    assert "§11104" in found[school[1]]
    carrier = "Re-brokering loads to other carriers without broker authority (double brokering)"
    found = {
        f.subject: f.message
        for f in _found("BA120", _case("Lone Star Freight", "b2b-services", [carrier]))
    }
    assert "§14916(c)" in found[carrier]
    # the instructors are read where the school's name or the line says driving; a yoga
    # studio's instructors are not
    assert claim(school[1], where=Setting(teaches_driving=True)) == "unlicensed instructor"
    assert claim(school[1]) is None
    assert claim("Driving instructors (unlicensed)") == "unlicensed instructor"


def test_near_names_of_driving_and_brokering_stay_silent() -> None:
    """K6's near names: a pass rate, a guarantee whose terms the line says are shown, the
    licence's renewal, training toward it, a service against double brokering, and the
    broker registration itself."""
    school = Setting(teaches_driving=True)
    near = [
        "Ads - 'Pass rate 92% on first road test'",
        "Ads - 'Pass guarantee: free retest lesson (terms on site)'",
        "Instructor licence renewal fees",
        "Instructor licence training course",
        "Double-brokering fraud monitoring (Highway)",
        "Broker authority (MC) registration",
        "Load boards (DAT, Truckstop)",
    ]
    for line in near:
        assert claim(line, where=school) is None, line
