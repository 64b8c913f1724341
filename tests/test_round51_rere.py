"""The fifty-first round's re-review (2026-12-06): AM1, AM2, AM7 and the rest of AL10 and AL15."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_rules import _report

#: A locksmith as lock-edge of the re-review reads it: a $19 bait ad, unlicensed technicians,
#: listings at virtual addresses (BA120) and $50 per referral to property managers (BA121)
LOCK_EDGE: dict[str, Any] = {
    "business": {"name": "KeyRight Locksmith", "industry": "home-services", "period": "2026"},
    "revenue": 520000,
    "activities": [
        {"name": "Lead network call center - 40% of each job dispatched", "spend": 90000},
        {"name": "Google Maps listings at virtual addresses in 12 towns", "spend": 6000},
        {"name": "Ads - '$19 service call' (jobs billed $150-$350)", "spend": 12000},
        {"name": "Unlicensed technicians (no locksmith license)", "spend": 60000},
        {"name": "$50 per referral to property managers", "spend": 12500},
        {"name": "Ads - 'Licensed, bonded, insured - 15 minute arrival guaranteed'", "spend": 4000},
        {"name": "Technician wages", "spend": 110000},
        {"name": "Key blanks and hardware", "spend": 60000},
        {"name": "Van leases and fuel", "spend": 45000},
    ],
    "customers": {
        "new": 1900,
        "sources": {
            "lead network": 900,
            "property manager": 250,
            "google maps": 600,
            "repeat": 150,
        },
        "average_revenue": 260,
        "gross_margin": "55%",
        "retention_rate": "20%",
    },
    "owner_hours": {"delivery": 35, "marketing": 3, "sales": 3, "admin": 10},
}

#: An NEMT company paying nursing-home staff per trip on five lines (s02c-nemt of the review)
NEMT_KICKBACKS: dict[str, Any] = {
    "business": {
        "name": "CareRide Medical Transportation",
        "industry": "medical",
        "period": "2026",
    },
    "revenue": 1000000,
    "activities": [
        {"name": "Rent", "spend": 10000},
        {"name": "Referral fee per Medicaid trip to nursing home staff", "spend": 10000},
        {"name": "$20 per patient referred to nursing home staff", "spend": 10000},
        {"name": "Gift cards to nursing home staff who book trips", "spend": 10000},
        {"name": "Cash to discharge planners per Medicare ambulance trip", "spend": 10000},
        {"name": "Nursing home staff kickback per trip", "spend": 10000},
    ],
    "customers": {
        "new": 100,
        "sources": {"referral": 50, "google search": 50},
        "average_revenue": 10000,
        "gross_margin": "40%",
        "retention_rate": "10%",
    },
    "owner_hours": {"delivery": 30, "marketing": 5, "sales": 5, "admin": 5},
}


# --- AM1: every band under "Strong" names what the law may forbid --------------------------

#: Each band's flags, as verdict() takes them (the reasons a band is chosen)
_BANDS: dict[str, dict[str, Any]] = {
    "plain": {},
    "over the range, paying back": {"over_range": "info"},
    "over the range, slow": {"over_range": "warning", "over_range_slow": True},
    "over the range": {"over_range": "warning"},
    "under the minimum": {"under_minimum": True},
    "under the trade's average": {"under_minimum": True, "under_average": True},
    "under the sector's average": {
        "under_minimum": True,
        "under_average": True,
        "sector_average": True,
    },
    "marketplaces": {"rented": True},
    "one sender": {"one_sender": True},
    "costs too much": {"costs_too_much": True},
    "costs more": {"costs_too_much": True, "costs_more": True},
    "slow payback": {"costs_too_much": True, "slow_payback": True},
    "at capacity": {"at_capacity": True},
    "no referrals": {"no_referrals": True},
}


@pytest.mark.parametrize("band", sorted(_BANDS))
@pytest.mark.parametrize("value", [77, 63, 50, 40, 31, 5])
def test_every_band_names_what_the_law_may_forbid(band: str, value: int) -> None:
    """AM1: the override replaced only some bands' words, so "Fair: marketing is well funded
    and pays back; the gaps are elsewhere" (over the range, paying back), "one source someone
    else runs", "marketplaces you rent" and every Critical band said nothing of BA114, BA119,
    BA120 or BA121. By hand: 60 to 79 is "Fair", 40 to 59 "Weak", under 40 "Critical"; each
    says "what the law or a platform's rules may forbid; stop that first", whatever the band's
    reason; without a forbidden line the band's own words stay (none of them names the law)."""
    from bizaudit.explain.score import (
        CRITICAL_UNLAWFUL,
        FAIR_UNLAWFUL,
        WEAK_UNLAWFUL,
        verdict,
    )

    flags = _BANDS[band]
    expected = FAIR_UNLAWFUL if value >= 60 else WEAK_UNLAWFUL if value >= 40 else CRITICAL_UNLAWFUL
    assert verdict(value, unlawful=True, **flags) == expected
    assert expected.startswith(("Fair", "Weak", "Critical")[(value < 60) + (value < 40)])
    assert "may forbid; stop that first" in expected
    assert "law" not in verdict(value, **flags)


def test_the_law_is_named_beside_a_deep_loss_and_strong_keeps_its_words() -> None:
    """AM1: under "Fair", a loss of more than 5% is the band's reason; the law is said after
    it, not instead. "Strong" (80 and up) cannot stand beside these findings (the score stops
    at 79 for them), so its words are the band's own."""
    from bizaudit.explain.score import DEEP_LOSS, DEEP_LOSS_UNLAWFUL, VERDICTS, verdict

    assert verdict(45, deep_loss=True, unlawful=True) == DEEP_LOSS[0][1] + DEEP_LOSS_UNLAWFUL
    assert verdict(20, deep_loss=True, unlawful=True) == DEEP_LOSS[1][1] + DEEP_LOSS_UNLAWFUL
    assert verdict(45, deep_loss=True) == DEEP_LOSS[0][1]
    assert verdict(85, unlawful=True) == VERDICTS[0][1]


def test_lock_edge_and_the_nemt_kickbacks_name_the_law_with_score_and_pass_unchanged() -> None:
    """AM1 end to end: lock-edge (three BA120 and a BA121) scored 77 and PASSED before the mend
    and read "Fair: marketing is well funded and pays back; the gaps are elsewhere"; now
    "Fair overall, but part of what wins customers is what the law ... may forbid", 77 and
    PASSED all the same (warnings do not fail a run). The NEMT company with five BA114 lines
    scored 31 and FAILED, "Critical: marketing is an afterthought; new customers arrive by
    referral or by chance"; now the Critical band names the law, 31 and FAILED all the same."""
    from bizaudit.explain.score import CRITICAL_UNLAWFUL, FAIR_UNLAWFUL

    lock = _report(LOCK_EDGE)
    assert {"BA120", "BA121"} <= {f.rule for f in lock.findings}
    assert lock.verdict == FAIR_UNLAWFUL
    assert (lock.score, lock.passed) == (77, True)
    nemt = _report(NEMT_KICKBACKS)
    assert sum(f.rule == "BA114" for f in nemt.findings) >= 4
    assert nemt.verdict == CRITICAL_UNLAWFUL
    assert (nemt.score, nemt.passed) == (31, False)
