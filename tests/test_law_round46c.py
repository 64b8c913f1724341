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
    assert cac.value is not None and round(cac.value, 2) == Decimal("333.33")
