"""The fifty-first review round, part b (AL2's claims, AL4 to AL7, 2026-12-06): what the law
forbids an immigration consultant, a locksmith, a pawn shop, a pool builder and a medical
transport company to say or do. Each expectation worked out by hand from the rules the mends
quote, with the near names that must stay silent."""

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


# -- AL4: an immigration consultant's "notario" ads, guarantees, legal advice, influence --

_IMMIGRATION = {
    # "notario publico" is the literal translation Cal. B&P §22442.3(a) expressly forbids
    "Radio ads - 'Notario publico, tramites de inmigracion'": ("notario title", "§22442.3(a)"),
    # only the government decides: a result guaranteed is deceptive (FTC Act §5)
    "Ads - 'We guarantee your green card or your money back'": (
        "immigration guarantee",
        "FTC Act §5",
    ),
    # nonlegal assistance only (§22441(a)(1), (d)); practising law needs the Bar (§6125)
    "Legal advice on asylum eligibility (consultant, not attorney)": (
        "non-lawyer legal advice",
        "§6125",
    ),
    # special access to the deciding agency claimed: deceptive (FTC Act §5)
    "Ads - 'Fast-track your work permit, inside contacts at USCIS'": (
        "government influence",
        "FTC Act §5",
    ),
}


@pytest.mark.parametrize("industry", ["b2c-services", "legal"])
def test_an_immigration_consultants_notario_guarantee_advice_and_influence_are_ba120s(
    industry: str,
) -> None:
    """AL4: before the mend the notario ad was marketing/acquire 'radio' with no finding, the
    guarantee BA206's only, the legal advice operations 'legal' and the inside contacts
    BA107's ambiguity, at 79/100 under either sector. Each is now BA120 quoting its law."""
    for line, (what, _) in _IMMIGRATION.items():
        assert claim(line, False) == what, line
    found = {
        f.subject: f.message
        for f in _found("BA120", _case("Puente Immigration Services", industry, list(_IMMIGRATION)))
    }
    assert set(found) == set(_IMMIGRATION)
    for line, (_, cited) in _IMMIGRATION.items():
        assert cited in found[line], line


def test_near_names_of_immigration_services_stay_silent() -> None:
    """AL4's near names: a law firm's attorney ads, a notary's English "notary public"
    services, forms preparation, a Visa gift card guaranteed, a pest removal guaranteed,
    advice by the firm's own attorney and inside sales are none of these."""
    near = [
        "Immigration attorney - consultation ads",
        "Notary public services (loan signings)",
        "Forms preparation fees",
        "Ads - 'Guaranteed $50 Visa gift card'",
        "Ads - 'Pest removal guaranteed'",
        "Legal advice from our attorney",
        "Inside sales reps",
        "Ads - 'We are not attorneys and do not give legal advice'",
    ]
    for line in near:
        assert claim(line, False) is None, line
        assert claim(line, True, Setting()) is None, line


# -- AL6: a pawn shop's credit offered to servicemembers above 36%, a monthly rate alone --


def test_a_pawn_shops_military_rate_and_monthly_rate_are_ba120s() -> None:
    """AL6: "25% a month" is 25 × 12 = 300% a year, above the Military Lending Act's 36% (10
    U.S.C. §987(b); pawns covered from 3 October 2016): offered to the military, BA120 quoting
    §987(b). A monthly rate in a loan ad with no APR is Regulation Z's §1026.24(c). Before the
    mend both were BA206's "no customers attributed" only. The reviewer's isolation line names
    no loan ("Ads - Military welcome 25% a month"): the pawn shop's name says it lends."""
    assert claim("Ads - 'Military welcome! 25% a month, no credit check'", False) == (
        "military rate"
    )
    assert claim("Ads - 'Pawn loans at 20% a month'", False) == "periodic rate"
    pawn = Setting(lends=True)
    assert claim("Ads - Military welcome 25% a month", False, pawn) == "military rate"
    assert claim("Ads - Military welcome 25% a month", False) is None  # (no lender, no loan)
    lines = [
        "Ads - 'Military welcome! 25% a month, no credit check'",
        "Ads - 'Pawn loans at 20% a month'",
    ]
    found = {
        f.subject: f.message for f in _found("BA120", _case("Golden Gate Pawn", "retail", lines))
    }
    assert set(found) == set(lines)
    assert "§987(b)" in found[lines[0]]
    assert "§1026.24(c)" in found[lines[1]]


def test_near_names_of_lending_ads_stay_silent() -> None:
    """AL6's near names: a military discount off jewellery, a rate within 36% stated as an
    APR (2.5% a month beside "30% APR": 2.5 × 12 = 30 ≤ 36, and the APR is named), 0%
    interest for 12 months, a lender's "save 15% a month" (no credit named), a military base's
    radio ads and the loans made themselves."""
    pawn = Setting(lends=True)
    near = [
        "Ads - 'Military discount 10% off all jewelry'",
        "Ads - 'Pawn loans 2.5% per month, 30% APR'",
        "Ads - 'Active duty welcome: loans at 33% APR'",
        "Ads - '0% interest for 12 months'",
        "Ads - 'Save 15% a month on storage'",
        "Military base radio ads",
        "Pawn loans made (principal advanced)",
    ]
    for line in near:
        assert claim(line, False) is None, line
        assert claim(line, False, pawn) is None, line


# -- AL5: a locksmith's bait price and unlicensed technicians --


def test_a_locksmiths_bait_price_and_unlicensed_technicians_are_ba120s() -> None:
    """AL5: "$19 service call" beside "jobs billed $150-$350": 150 ÷ 19 = 7.9 times, over the
    3 times read as bait (16 CFR §238.1, §238.2(b)); "Unlicensed technicians (no locksmith
    license)" does a locksmith's work unlicensed (Cal. B&P §6980.10(a)). Before the mend the
    first was BA206's only, the second operations 'technician' with no word."""
    lines = {
        "Ads - '$19 service call' (jobs billed $150-$350)": ("bait price", "§238.1"),
        "Unlicensed technicians (no locksmith license)": ("unlicensed locksmith", "§6980.10(a)"),
    }
    for line, (what, _) in lines.items():
        assert claim(line, True) == what, line
    found = {
        f.subject: f.message
        for f in _found("BA120", _case("KeyRight Locksmith", "home-services", list(lines)))
    }
    assert set(found) == set(lines)
    for line, (_, cited) in lines.items():
        assert cited in found[line], line


def test_near_names_of_a_locksmith_stay_silent() -> None:
    """AL5's near names: the service call alone (no billed figure), one credited to the repair,
    jobs billed under 3 times the call ($89 and $200: 2.2 times), the licence itself, a
    licence said not to be needed, a training course and the technicians' wages."""
    near = [
        "Ads - $19 service call",
        "Ads - '$89 service call (credited to repair)'",
        "Ads - '$89 service call' (jobs billed $200)",
        "Locksmith license (BSIS)",
        "No locksmith license required in Texas",
        "Locksmith license exam prep course for unlicensed technicians",
        "Technician wages",
    ]
    for line in near:
        assert claim(line, True) is None, line


# -- AL7: a pool builder's deposits, its lifetime warranty and its unlicensed builds --


def test_a_pool_builders_deposits_warranty_and_unlicensed_builds_are_ba120s() -> None:
    """AL7: California caps a home improvement (pool) contract's down payment at $1,000 or 10%
    (B&P §7159.5(a)(3)): 30% and 25% are over 10%, and "over 10% or $1,000" says it; a
    "lifetime" warranty must say whose life (16 CFR §239.4); contracting unlicensed is §7028.
    Before the mend: unknown names, operations 'permit', BA206 and operations 'contractor'."""
    lines = {
        "Deposits over 10% or $1,000 taken at signing": ("deposit cap", "§7159.5(a)(3)"),
        "Down payment 30% at signing": ("deposit cap", "§7159.5(a)(3)"),
        "Deposit of 25% collected before permit": ("deposit cap", "§7159.5(a)(3)"),
        "Ads - 'Lifetime warranty on every pool'": ("lifetime warranty", "§239.4"),
        "Unlicensed pool contractor doing builds": ("unlicensed contracting", "§7028"),
    }
    for line, (what, _) in lines.items():
        assert claim(line, True) == what, line
    found = {
        f.subject: f.message
        for f in _found("BA120", _case("BlueWave Pools", "home-services", list(lines)))
    }
    assert set(found) == set(lines)
    for line, (_, cited) in lines.items():
        assert cited in found[line], line
    # the ad that claims the licence keeps its own reading (§7027.1), as before
    assert claim("Ads - Licensed pool contractor (no license)", True) == "unlicensed contractor"


def test_near_names_of_a_pool_builder_stay_silent() -> None:
    """AL7's near names: a 10% deposit (at the cap), deposits refunded or received, a security
    deposit, a lifetime warranty whose life is said, a warning against unlicensed
    contractors, a licence renewal, and outside contracting trades a 30% deposit (a caterer's:
    the cap is a home improvement contract's)."""
    near = [
        "Deposit 10% at signing",
        "Security deposits refunded",
        "Customer deposits received",
        "Ads - 'Lifetime warranty for as long as you own your home'",
        "Never hire an unlicensed contractor",
        "Contractor license renewal",
        "Pool equipment",
    ]
    for line in near:
        assert claim(line, True) is None, line
    assert claim("Catering deposit 30% at booking", False) is None


# -- AL2: a medical transport company's Medicare claims --


@pytest.mark.parametrize("industry", ["medical", "pharmacy"])
def test_a_transport_companys_medicare_claims_are_ba120s(industry: str) -> None:
    """AL2: Part B pays 80% of a covered ambulance trip after the deductible, and never pays
    for wheelchair van rides (Medicaid does, 42 CFR §431.53): "Medicare pays 100%, no cost to
    you" in a transport company's ad (its name says ambulance or medical transportation) and
    "Medicare covers your wheelchair van rides" are BA120 as the DME row's "Medicare pays
    100%" is. Before the mend: BA206's info, and no finding (90/100)."""
    lines = [
        "Ads - 'Medicare pays 100%, no cost to you'",
        "Ads - Medicare covers your wheelchair van rides",
    ]
    found = {
        f.subject: f.message
        for f in _found("BA120", _case("CareRide Medical Transportation", industry, lines))
    }
    assert set(found) == set(lines)
    for line in lines:
        assert "§1395x(s)(7)" in found[line], line
        assert "§431.53" in found[line], line
    rides = Setting(transports_patients=True)
    assert claim(lines[0], False, rides) == "medicare transport"
    assert claim(lines[0], False) is None  # (no transport named: the DME row's reading asks)
    assert claim(lines[1], False) == "medicare transport"


def test_near_names_of_medicare_transport_claims_stay_silent() -> None:
    """AL2's near names: Medicaid or Medicare Advantage said to pay for rides (they may), an
    ambulance trip Medicare covers when medically necessary, the vans themselves, Medicare
    billing staff and a flu shot Medicare pays in full."""
    rides = Setting(transports_patients=True)
    near = [
        "Ads - 'Medicaid covers your wheelchair van rides'",
        "Ads - 'Medicare Advantage plans may cover your rides'",
        "Ads - 'Medicare covers ambulance trips when medically necessary'",
        "Wheelchair van leases",
        "Medicare billing staff",
        "Ads - 'Medicare pays 100% of your flu shot'",
    ]
    for line in near:
        assert claim(line, False, rides) is None, line
