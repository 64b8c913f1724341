"""The forty-sixth review round's re-review, law part c (Y1, Y2, Y5, Y10's third part, Y11;
2026-12-06): a placement fee silent on the payer is a question, not unlawful spend; lunches
for referring specialists' offices buy no referrals; a travel agency is not told insurance
rebating law; BA120 names only the claim the line makes; BA114's private-pay information
implies no safe harbour. Each expectation worked out from the rules the mends quote."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .test_rules import _facts, _found, _report

# -- Y2: lunches for referring ENT offices buy no referrals -----------------------------------

_HEARING_LUNCH: dict[str, Any] = {
    "business": {"name": "Test Hearing Clinic", "industry": "medical", "period": "2026"},
    "revenue": 1000000,
    "activities": [
        {"name": "6040 Mktg - Dr Lunch & Learn", "spend": 5400},
        {"name": "Lunches for referring ENT offices", "spend": 5000},
        {"name": "Google Ads", "spend": 20000},
        {"name": "Owner salary", "spend": 100000},
    ],
    "customers": {
        "new": 100,
        "sources": {"ENT referral": 40, "google ads": 30, "walk-in": 30},
        "average_revenue": 3000,
        "gross_margin": "50%",
        "retention_rate": "40%",
    },
}


def test_lunches_for_referring_ent_offices_are_no_channel() -> None:
    """Y2: docs/domain.md (F4 of the twenty-fourth round's re-review; F4, F6, F7 of the
    thirty-eighth round) says meals for the physicians who send patients buy none: no funded
    channel, and their spend leaves the CAC excluding referrals with the referrals, as the
    "Dr Lunch & Learn" line's does. So the only funded, recurring channel is Google Ads, and
    the CAC excluding referrals is ($5,400 + $5,000 + $20,000 − $10,400 on referrals) ÷ (100
    − 40 referred) = $20,000 ÷ 60 = $333.33; no channel prices the 40 referred patients
    ($10,400 ÷ 40 = $260 had been shown)."""
    facts = _facts(_HEARING_LUNCH)
    assert [item.activity.name for item in facts.channels] == ["Google Ads"]
    referral = [c for c in facts.by_channel if c.kind == "referral"]
    assert len(referral) == 1
    names = {item.activity.name for item in referral[0].activities}
    assert "Lunches for referring ENT offices" in names
    cac = facts.economics.non_referral_cac
    assert cac.referral_spend == 10400
    assert cac.value is not None
    assert round(cac.value, 2) == Decimal("333.33")


# -- Y1: a placement fee silent on the payer is a question, not unlawful spend ----------------


def _community(fees: tuple[str, str, str]) -> dict[str, Any]:
    """al-referral.yaml of the round: a 32-unit assisted-living community (declared home-care)
    filling 16 of its 20 move-ins from three placement services, with ``fees`` their lines."""
    return {
        "business": {"name": "Sunrise Meadow Assisted Living", "industry": "home-care"},
        "revenue": 1850000,
        "activities": [
            {"name": fees[0], "spend": 52000},
            {"name": fees[1], "spend": 11000},
            {"name": fees[2], "spend": 14000},
            {"name": "Community relations - discharge planner visits (mileage)", "spend": 3000},
            {"name": "Caregiver wages", "spend": 720000},
            {"name": "Rent", "spend": 380000},
            {"name": "Administrator salary", "spend": 85000},
        ],
        "customers": {
            "new": 20,
            "sources": {
                "a place for mom": 11,
                "caring.com": 2,
                "oasis senior advisors": 3,
                "hospital discharge planner": 3,
                "walk-in": 1,
            },
            "average_revenue": 62000,
            "gross_margin": "33%",
            "retention_rate": "50%",
        },
        "owner_hours": {"delivery": 30, "marketing": 2, "sales": 4, "admin": 14},
    }


_SILENT = (
    "A Place for Mom placement fees",
    "Caring.com placement fees",
    "Local placement agency fees (Oasis Senior Advisors)",
)
_CAREFUL = (
    "A Place for Mom placement fees (private-pay move-ins only)",
    "Caring.com placement fees (private-pay move-ins only)",
    "Local placement agency fees (Oasis Senior Advisors; private-pay only)",
)


def test_a_placement_fee_silent_on_the_payer_stays_in_the_share() -> None:
    """Y1: the Anti-Kickback Statute reaches only clients a federal health care programme pays
    for (42 U.S.C. §1320a-7b(b), (f)); a fee silent on the payer is a question. BA101 keeps it
    in the share: ($52,000 + $11,000 + $14,000 + $3,000) ÷ $1,850,000 = 4.3%, over the 3%
    minimum, so no BA101 finding (it had erred "without it, 0.2% ($3,000) → stop that
    spend"); the check passes. BA114 still names each of the three, asking the payer to be
    confirmed.

    Reworked by hand in part w of the fifty-ninth round (2026-12-07): asking the payer is a
    question, so the three are information now (were warnings); each still holds the score
    under "Strong", as the cap the next test reads says."""
    report = _report(_community(_SILENT))
    assert report.passed
    assert _found("BA101", _community(_SILENT)) == []
    ba114 = _found("BA114", _community(_SILENT))
    assert [f.severity for f in ba114] == ["info"] * 3
    assert all("does not say who pays" in f.message for f in ba114)
    assert all("Confirm with your records" in (f.advice or "") for f in ba114)
    facts = _facts(_community(_SILENT))
    assert len(facts.payer_unstated) == 3


def test_the_silent_owner_fares_no_better_than_the_careful_one() -> None:
    """Y1: the owner whose lines say private-pay only gets BA114 information (X12), the
    silent one questions that hold the score under "Strong" (warnings until part w of the
    fifty-ninth round): the silent one's score is not above the careful one's, and both pass
    (the silent one had failed at 47, the careful one passing at 79)."""
    silent, careful = _report(_community(_SILENT)), _report(_community(_CAREFUL))
    assert {f.severity for f in careful.findings if f.rule == "BA114"} == {"info"}
    assert silent.passed
    assert careful.passed
    assert silent.score <= careful.score


def test_a_placement_fee_naming_medicaid_waiver_stays_unlawful_spend() -> None:
    """Y1 control (al-edge): "incl. Medicaid waiver move-ins" breaks the condition, so the
    fee is no question: BA114 warns in the usual words and the share leaves it out."""
    line = "A Place for Mom referral fee - 100% of first month, incl. Medicaid waiver move-ins"
    profile = _community((line, "Caring.com placement fees", "Oasis Senior Advisors fees"))
    facts = _facts(profile)
    flagged = [item for item in facts.activities if item.activity.name == line]
    assert flagged
    assert id(flagged[0]) not in facts.payer_unstated
    warned = [f for f in _found("BA114", profile) if f.subject == line]
    assert warned
    assert "does not say who pays" not in warned[0].message


# -- Y11: BA114's private-pay information implies no safe harbour -----------------------------


def test_the_private_pay_check_implies_no_safe_harbour() -> None:
    """Y11: a per-move-in fee is never within the referral-services safe harbour, which
    requires fees not based on the volume or value of referrals (42 CFR §1001.952(f)(2)); for
    private-pay residents the Anti-Kickback Statute does not reach it. The advice says so, and
    no longer that "the fee for that one is outside" the safe harbour (implying the others
    are within it)."""
    advice = [f.advice or "" for f in _found("BA114", _community(_CAREFUL))]
    assert len(advice) == 3
    for said in advice:
        assert "is outside the Anti-Kickback Statute's safe harbour" not in said
        assert "may be a kickback under the Anti-Kickback Statute" in said
        assert "is never within its safe harbour for referral services" in said
        assert "for residents who pay privately the statute does not reach the fee" in said


# -- Y5: a travel agency is not quoted insurance rebating law ---------------------------------


def _agency(name: str, thanks: str) -> dict[str, Any]:
    """travel-healthy.yaml of the round, cut down: declared `insurance-agency`, the nearest
    vertical, with a thank-you for referring clients (``thanks``) and its own E&O insurance."""
    return {
        "business": {"name": name, "industry": "insurance-agency"},
        "revenue": 900000,
        "activities": [
            {"name": "Facebook and Google ads", "spend": 14000},
            {"name": thanks, "spend": 4000},
            {"name": "E&O insurance and Seller of Travel registration", "spend": 6000},
            {"name": "Owner salary", "spend": 90000},
        ],
        "customers": {"new": 180, "sources": {"referral": 70, "google": 110}},
    }


_THANKS = "Client referral thank-you (luggage tags and $50 onboard credit)"


def test_a_travel_agency_is_not_quoted_the_insurance_codes() -> None:
    """Y5: "Wanderwell Travel" names travel and no insurance (travels_not_insures, X7), and
    no marketing or sales line names insurance (its E&O insurance is overhead): the summary
    quotes one sentence saying the insurance codes' rules are not a travel agency's, and no
    "what is allowed" (which had told it a $50 onboard credit needs a state cap)."""
    industry = _report(_agency("Wanderwell Travel", _THANKS)).industry
    assert industry is not None
    assert industry.referral_rule is not None
    assert "State insurance codes forbid rebating" not in industry.referral_rule
    assert "not a travel agency's thanks" in industry.referral_rule
    assert industry.referral_allowed is None
    # controls: an insurance agency by name, and a travel agency whose referral line names a
    # policy, are quoted the insurance codes' rule and what it allows
    for name, thanks in (
        ("Wanderwell Insurance", _THANKS),
        ("Wanderwell Travel", "Referral gift card for travel insurance policy sales"),
    ):
        industry = _report(_agency(name, thanks)).industry
        assert industry is not None
        assert (industry.referral_rule or "").startswith("State insurance codes forbid")
        assert industry.referral_allowed


# -- Y10 (third part): BA120 names only the claim the line makes ------------------------------


def test_the_coverage_claim_named_is_the_lines_own() -> None:
    """Y10: Original Medicare excludes hearing aids (42 U.S.C. §1395y(a)(7)) and custodial
    care (§1395y(a)(9)); the hearing clinic's mailer claims the first only, the memory-care
    community's campaign the second only, so each finding names its own."""
    for line, said, not_said in (
        (
            "Direct mail - 'Medicare covers your hearing aids' mailer",
            "says Medicare pays for hearing aids, which",
            "custodial care (assisted living",
        ),
        (
            "Google Ads - 'Medicare pays for memory care' campaign",
            "says Medicare pays for custodial care (assisted living, memory care), which",
            "hearing aids or",
        ),
    ):
        found = _found(
            "BA120",
            {
                "business": {"name": "Case", "industry": "medical"},
                "revenue": 1000000,
                "activities": [{"name": line, "spend": 20000}, {"name": "Rent", "spend": 50000}],
            },
        )
        assert len(found) == 1
        message = found[0].message
        assert said in message
        assert message.split(": ", 1)[0].count(not_said) == 0
