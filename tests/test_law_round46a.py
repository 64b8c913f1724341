"""The forty-sixth review round's referral-law findings on BA114 (2026-12-06: X1, X2, X12,
X13 and X7): an assisted-living community's outside placement agent paid per move-in, referral
payments in ledger words, placement fees said to be for private-pay residents only, a free
month for Medicaid-waiver residents, and a travel agency declared as an insurance agency."""

from __future__ import annotations

from typing import Any

import pytest

from bizaudit.core.metrics import pays_a_placer

from .conftest import small_case
from .test_rules import _facts, _found

# -- X1: an outside placement agent paid per move-in -----------------------------------------


def _community(lines: dict[str, int], industry: str = "home-care") -> dict[str, Any]:
    """The review's scratch/s01-al-placement.yaml: ``lines`` beside $20,000 of Google Ads, the
    owner's $100,000 salary and $40,000 of rent; 100 new residents (6 from a placement
    agent, 20 from Google Ads, 74 walk-ins)."""
    return {
        "business": {"name": "Test Assisted Living", "industry": industry, "period": "2026"},
        "revenue": 1000000,
        "activities": [
            *({"name": line, "spend": spend} for line, spend in lines.items()),
            {"name": "Google Ads", "spend": 20000},
            {"name": "Owner salary", "spend": 100000},
            {"name": "Rent", "spend": 40000},
        ],
        "customers": {
            "new": 100,
            "sources": {"placement agent": 6, "google ads": 20, "walk-in": 74},
            "average_revenue": 3000,
            "gross_margin": "50%",
            "retention_rate": "60%",
        },
    }


_AGENT = "Independent placement agent (unlicensed) - $2,500 per move-in"


def test_an_unlicensed_agent_paid_per_move_in_is_ba114() -> None:
    """X1 (UL): an independent, unlicensed agent is no employee, so its $2,500 per move-in is
    outside the bona fide employee exception (42 U.S.C. §1320a-7b(b)(3)(B)) and, set per
    move-in, outside the referral-services safe harbour (42 CFR §1001.952(f)). Before: read as
    the community's own sales pay ('per move in'), no BA114; now one BA114 warning on it, and
    it is no channel (the only funded channel left is Google Ads)."""
    profile = _community({_AGENT: 15000})
    (hit,) = _found("BA114", profile)
    assert hit.subject == _AGENT
    assert hit.severity == "warning"
    assert [item.activity.name for item in _facts(profile).channels] == ["Google Ads"]


@pytest.mark.parametrize(
    "line",
    [
        _AGENT,
        "Outside marketer (1099) - $1,000 per move-in",
        "A Place for Mom placement fees",
        "Caring.com placement fees",
        "Local placement agency fees (Oasis Senior Advisors)",
        "Senior placement agent - $3,000/move-in",
    ],
)
def test_every_wording_of_a_paid_placement_is_read(line: str) -> None:
    """X1: a placement service named and paid, or a non-employee paid per move-in."""
    assert pays_a_placer(line)


@pytest.mark.parametrize(
    "line",
    [
        # the community's own staff: the employee exception (al-healthy's line)
        "Move-in coordinator commissions (W-2, per move-in)",
        # a staffing agency's fee to hire a caregiver
        "Caregiver placement agency fee",
        "Google Ads",
        "Move-in day flowers",
    ],
)
def test_own_staff_and_hiring_are_no_placement(line: str) -> None:
    """X1: what pays the community's own staff per move-in, or hires caregivers, is left
    alone."""
    assert not pays_a_placer(line)


def test_a_placement_fee_is_read_as_one_only_in_home_care() -> None:
    """X1: a medical practice's "Physician placement fee" is a recruiter's fee, not a
    placement service for patients: the home-care reading is home care's alone, so the same
    profile declared `medical` has no BA114 on the line."""
    line = "Physician placement agency fees"
    assert _found("BA114", _community({line: 15000}, "medical")) == []


# -- X2: referral payments in ledger words -------------------------------------------------

_DC_LUNCHES = "6030 Comm Rel - Hosp DC Planner Lunches"
_APFM = "6010 Mktg - APFM Referal Fees"


def _ledger() -> dict[str, Any]:
    """The review's scratch/s02-al-ledger.yaml without its third line: $6,500 of lunches for
    hospital discharge ("DC") planners and $38,500 of A Place for Mom ("APFM") fees, misspelt
    "Referal", beside $20,000 of Google Ads; 100 residents: 5 from the planners, 7 from APFM,
    20 from Google Ads, 68 walk-ins."""
    profile = _community({_DC_LUNCHES: 6500, _APFM: 38500})
    profile["customers"]["sources"] = {
        "hosp DC planner": 5,
        "APFM": 7,
        "google ads": 20,
        "walk-in": 68,
    }
    return profile


def test_ledger_words_for_referral_payments_are_ba114() -> None:
    """X2 (UL): "DC" is discharge and "Referal" is referral as bookkeepers write them. Lunches
    for hospital discharge planners are remuneration in kind under the AKS, with no safe
    harbour (docs/verticals.md, home-care: `referral_things`); A Place for Mom's fees are
    paid per move-in (X1). Before: neither was flagged, and the lunches were the cheapest
    channel. Now both are BA114's, and neither is a channel.

    Reworked by hand in part w of the fifty-ninth round (2026-12-07): the fees name no payer,
    so BA114 asks who pays (a question, information now, still holding the score under
    "Strong"); the lunches stay a warning."""
    profile = _ledger()
    flagged = {f.subject: f.severity for f in _found("BA114", profile)}
    assert flagged == {_DC_LUNCHES: "warning", _APFM: "info"}
    channels = [item.activity.name for item in _facts(profile).channels]
    assert _DC_LUNCHES not in channels
    assert _APFM not in channels


def test_ba202_asks_no_budget_for_the_lunches() -> None:
    """X2: BA202 had said "the room rests on channels too small to judge, Comm Rel - Hosp DC
    Planner Lunches (5 customers) → test more budget on those"; with the lunches flagged, it
    names neither of the two lines as a place for more budget."""
    (ba202,) = _found("BA202", _ledger())
    text = " ".join(f"{ba202.message} {ba202.advice}".split())
    assert "DC Planner Lunches (" not in text
    assert "APFM Referal Fees (" not in text


def test_patient_referral_gift_cards_in_ledger_words_quote_the_beneficiary_rule() -> None:
    """X2: "6050 Mktg - Pt Referal Gift Cards" at a hearing practice (`medical`) gives patients
    ("Pt") gift cards for referring: the rule quoted is the one for rewards to patients, with
    the OIG's nominal value ($15 an item, $75 a year, never a cash equivalent; 2016) and 42
    U.S.C. §1320a-7a(a)(5), not the gifts-to-physicians text. "PT" (a physical therapist) is
    not read as a patient."""
    line = "6050 Mktg - Pt Referal Gift Cards"
    (hit,) = _found("BA114", _community({line: 3000}, "medical"))
    text = " ".join(hit.message.split())
    assert "A reward to a patient for referring" in text
    assert "$15 an item" in text
    assert "§1320a-7a(a)(5)" in text
    (pt,) = _found("BA114", _community({"PT referral gift cards": 3000}, "medical"))
    assert "A reward to a patient for referring" not in " ".join(pt.message.split())


# -- X12: placement fees said to be for private-pay residents only ---------------------------


def _maple_grove(placement: str) -> dict[str, Any]:
    """The review's profiles/al-healthy.yaml in short: a 64-unit community 89% full, whose
    $42,000 placement line is ``placement``, beside $36,000 of Google Ads, $12,000 of direct
    mail and $1,480,000 of caregivers' wages; 28 move-ins (8 from A Place for Mom, 6 from
    Google Ads, 14 from elsewhere)."""
    return {
        "business": {
            "name": "Maple Grove Assisted Living",
            "industry": "home-care",
            "period": "2026",
            "capacity_used": "89%",
        },
        "revenue": 4250000,
        "activities": [
            {"name": "Google Ads and local SEO", "spend": 36000},
            {"name": "Direct mail to adult children (40+ zip codes)", "spend": 12000},
            {"name": placement, "spend": 42000},
            {"name": "Caregiver and med aide wages", "spend": 1480000},
            {"name": "Building lease", "spend": 720000},
        ],
        "customers": {
            "new": 28,
            "sources": {
                "a place for mom": 8,
                "google ads": 6,
                "direct mail": 3,
                "walk-in tour": 11,
            },
            "average_revenue": 74500,
            "gross_margin": "38%",
            "retention_rate": "55%",
        },
    }


_PRIVATE = "A Place for Mom referral fees (private-pay move-ins only)"
_WAIVER = "A Place for Mom referral fee - 100% of first month, incl. Medicaid waiver move-ins"
_SILENT = "A Place for Mom placement fees"


def test_a_placement_fee_for_private_pay_only_is_information() -> None:
    """X12 (MW): the Anti-Kickback Statute reaches only clients a federal programme pays for
    (42 U.S.C. §1320a-7b(b), (f)), and BA114's own advice is to pay placement services only
    for private-pay clients. Before: a warning capping the score at 79. Now: information
    that asks to confirm no Medicaid-waiver resident was billed."""
    (hit,) = _found("BA114", _maple_grove(_PRIVATE))
    assert hit.severity == "info"
    text = " ".join(f"{hit.message} {hit.advice}".split())
    assert "who pay privately" in text
    assert "confirm" in text
    assert "42 CFR §1001.952(f)" in text


@pytest.mark.parametrize("line", [_WAIVER, _SILENT, "APFM fees - private pay only, incl. waiver"])
def test_a_fee_naming_medicaid_or_silent_on_the_payer_stays_a_warning(line: str) -> None:
    """X12: one that names Medicaid or a waiver (al-edge's line) is a warning; one silent on
    the payer (al-referral's, which had had no finding) is one too, as docs/verticals.md says
    of placement services paid per client: a silent owner never fares better than one who
    says private pay.

    Reworked by hand in part w of the fifty-ninth round (2026-12-07): the line silent on the
    payer is asked who pays, a question, so information; it still holds the score at 79 as a
    payment that may be unlawful (the private-pay line caps nothing), so a silent owner still
    never fares better. The lines that name Medicaid or a waiver stay warnings."""
    (hit,) = _found("BA114", _maple_grove(line))
    assert hit.severity == ("info" if line == _SILENT else "warning")


def test_ba202_has_no_doubled_comma() -> None:
    """X12: BA202's advice for a business nearly full, with a line BA114 warns about, read
    "…which BA114 warns about,, and watch the ratio"; now one comma."""
    (ba202,) = _found("BA202", _maple_grove(_SILENT))
    advice = " ".join(ba202.advice.split())
    # (the fee silent on the payer is a question BA114 asks at warning severity: "asks about",
    # as its finding and BA101 say, since part j2 of the fifty-seventh round, 2026-12-07)
    assert "which BA114 asks about, and watch the ratio" in advice
    assert ",," not in advice


# -- X13: a free month for Medicaid-waiver residents -------------------------------------------

_FREE_MONTH = "Move-in special - first month free for waiver residents"


def _memory_care(line: str, industry: str = "home-care") -> dict[str, Any]:
    """The review's scratch/s03a-al-claim.yaml without its ad: ``line`` at $18,000 beside
    $12,000 of Google Ads; 100 residents (30 from Google Ads, 70 walk-ins)."""
    return small_case(
        "Test Memory Care",
        industry,
        [{"name": "Google Ads", "spend": 12000}, {"name": line, "spend": 18000}],
        {"google ads": 30, "walk-in": 70},
    )


@pytest.mark.parametrize("industry", ["home-care", "medical"])
def test_a_free_month_for_waiver_residents_is_a_beneficiary_inducement(industry: str) -> None:
    """X13 (MW): an $18,000 free month offered to Medicaid-waiver residents to choose the
    community is far above the OIG's nominal value ($15 an item, $75 a year; 2016) and is
    remuneration under 42 U.S.C. §1320a-7a(a)(5), which docs/verticals.md home-care sends to
    BA120 ("free hours or visits of care for Medicaid or Medicare clients"). Before: only
    BA116 (a value never billed); now BA120 too, quoting the law, and BA116 stays."""
    profile = _memory_care(_FREE_MONTH, industry)
    (hit,) = [f for f in _found("BA120", profile) if f.subject == _FREE_MONTH]
    assert "§1320a-7a(a)(5)" in " ".join(hit.message.split())
    assert [f.subject for f in _found("BA116", profile)] == [_FREE_MONTH]


@pytest.mark.parametrize(
    "line",
    [
        "Move-in special - first month free (private-pay residents)",
        "Move-in special - first month free",
    ],
)
def test_a_free_month_for_no_programme_resident_is_not(line: str) -> None:
    """X13: a free month that names no Medicaid, waiver or Medicare resident is no
    beneficiary inducement by its words (BA116's alone)."""
    assert [f for f in _found("BA120", _memory_care(line)) if f.subject == line] == []


# -- X7: a travel agency declared as an insurance agency -------------------------------------

_THANKS = "Client referral thank-you (luggage tags and $50 onboard credit)"


def _agency(name: str, line: str) -> dict[str, Any]:
    """The review's scratch/s03f-travel-claim.yaml without its ad: ``line`` at $4,000 beside
    $15,000 of Facebook ads, declared `insurance-agency`; 100 clients (50 from Facebook ads,
    50 client referrals)."""
    return small_case(
        name,
        "insurance-agency",
        [{"name": "Facebook ads", "spend": 15000}, {"name": line, "spend": 4000}],
        {"facebook ads": 50, "client referral": 50},
    )


@pytest.mark.parametrize(
    "name", ["Wanderwell Travel", "Blue Horizon Trvl Inc", "Tidewater Cruise Pros", "Test Travel"]
)
def test_a_travel_agencys_thank_you_is_not_quoted_insurance_law(name: str) -> None:
    """X7 (MW): the state insurance codes' anti-rebating rules reach inducements to buy
    insurance; a travel agency (its name says travel and no insurance), declared
    `insurance-agency` for want of a travel vertical, whose thank-you names no policy, premium
    or insurance, gets no BA114 (before: a warning capping the score at 79)."""
    assert _found("BA114", _agency(name, _THANKS)) == []


def test_an_insurance_agency_and_a_travel_policy_keep_the_warning() -> None:
    """X7: a real insurance agency's same thank-you, with no "buy or not", stays a warning
    (the existing reading); and a travel agency's reward that names travel insurance is the
    insurance code's."""
    (hit,) = _found("BA114", _agency("Harbor Point Insurance Agency", _THANKS))
    assert hit.severity == "warning"
    line = "Travel insurance referral bonus ($50 per policy)"
    (travel,) = _found("BA114", _agency("Wanderwell Travel", line))
    assert travel.subject == line
    assert travel.severity == "warning"
