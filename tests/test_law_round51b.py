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
