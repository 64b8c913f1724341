"""The forty-sixth review round's re-review (2026-12-06), its vocabulary findings Y9, Y8, Y6 and
Y10's first two parts. Each expectation is worked out from docs/domain.md's definitions (and
docs/verticals.md where a vertical is named), with the near names that must not move."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bizaudit.core.financing import given_up
from bizaudit.io.checker import Options, audit_of
from bizaudit.model.profile import Profile


def _tutoring_franchisee() -> Profile:
    """tutor-messy's ledger (the round's profile), written out so the test stands alone."""
    return Profile.model_validate(
        {
            "version": 1,
            "business": {"name": "Summit Tutoring & Test Prep LLC", "industry": "coaching"},
            "revenue": 480000,
            "activities": [
                {"name": "6010 Royalty Fees - Franchisor", "spend": 38400},
                {"name": "6015 NAF / Brand Fund", "spend": 9600},
                {"name": "6020 Local Mktg - FB/IG", "spend": 14000},
                {"name": "6030 Mktg - School Nite Booth", "spend": 2500},
                {"name": "6040 Ref Credits - Parents", "spend": 4800},
                {"name": "6050 Enrollmt Comm", "spend": 6000},
                {"name": "5010 Tutor Wgs", "spend": 190000},
                {"name": "6110 Rent", "spend": 48000},
            ],
            "customers": {
                "new": 70,
                "sources": {"FB/IG": 20, "parent ref": 30, "school nite": 10, "walk in": 10},
                "average_revenue": 3600,
                "gross_margin": "55%",
                "retention_rate": "50%",
            },
        }
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # Y9: a credit off what a referring parent owes is revenue given up (docs/domain.md:
        # revenue counts what customers paid, so a credit is already out of it), as "Referral
        # credits" and a pest company's "$50 off next service" credit read; the ledger's "Ref"
        # is the same word
        ("6040 Ref Credits - Parents", True),
        ("Ref credit", True),
        ("Referral credits", True),  # as before
        ("Customer referral credits ($50 off next service)", True),  # as before
        # near names: money paid out for a referral is spent, not given up
        ("6040 Ref Fees - Realtors", False),
        ("Referral fees", False),
        ("Credit card fees", False),
    ],
)
def test_y9_ref_credits_are_revenue_given_up(name: str, expected: bool) -> None:
    assert given_up(name, None) is expected


def test_y9_tutoring_referral_credits_keep_cac_excluding_referrals() -> None:
    """docs/domain.md: revenue given up is no money spent, so the $4,800 of parents' tuition
    credits is no funded channel with a price per referral (the re-review had "Ref Credits -
    Parents $4,800 30 $160 ... 24.0x"); referral customers come on their own, and CAC excluding
    referrals is shown. CAC = ($30,900 acquisition - $4,800 given up + $6,000 sales) / 70 =
    $458.57; excluding referrals: ($26,100 + $6,000 x 40/70) / 40 = $738.21."""
    audit = audit_of(_tutoring_franchisee(), Options())
    facts = audit.facts
    names = [channel.activity.name for channel in facts.channels]
    assert "6040 Ref Credits - Parents" not in names
    assert "6020 Local Mktg - FB/IG" in names  # near name: a funded channel stays one
    economics = facts.economics
    assert economics.cac.given_up == Decimal("4800")
    assert economics.cac.value is not None
    assert round(economics.cac.value, 2) == Decimal("458.57")
    assert economics.non_referral_cac is not None
    assert economics.non_referral_cac.value is not None
    assert round(economics.non_referral_cac.value, 2) == Decimal("738.21")
