"""The forty-seventh review round (2026-12-06), its vocabulary findings A7, A8, A9, A12, A13 and
the vocabulary parts of A6. Each expectation is worked out from docs/domain.md's definitions,
with the near names that must not move."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bizaudit.io.checker import Options, audit_of
from bizaudit.model.profile import Profile

from .conftest import COST, OVERHEAD, SELLING, answer_in, source_kind_in


def _bid_site_firm() -> Profile:
    """The round's isolation s07-bid-site.yaml: a janitorial firm (declared construction, as
    docs/verticals.md's "Sector choices" places bid-won commercial contractors)."""
    return Profile.model_validate(
        {
            "version": 1,
            "business": {"name": "Brightline", "industry": "construction", "period": "2026"},
            "revenue": 1800000,
            "activities": [
                {"name": "LinkedIn ads", "spend": 16500},
                {"name": "Bid site subscriptions (BidNet and Periscope)", "spend": 3600},
            ],
            "customers": {
                "new": 9,
                "sources": {"bid site": 3, "linkedin ads": 6},
                "average_revenue": 47000,
                "gross_margin": "30%",
                "retention_rate": "85%",
            },
        }
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # A7: a bid site the firm subscribes to is a paid lead platform (docs/domain.md's
        # acquire: "lead marketplaces"), never organic search
        ("bid site", "paid"),
        ("Bid sites", "paid"),
        ("BidNet", "paid"),
        ("Periscope", "paid"),
        ("ConstructConnect", "paid"),  # as before
        # near names: the firm's own site is organic; a bid board the firm answers is outbound
        ("website", "organic"),
        ("web site", "organic"),
        ("bid board", "outbound"),
    ],
)
def test_a7_bid_sites_are_paid_sources(name: str, expected: str) -> None:
    assert source_kind_in("construction", name) == expected


def test_a7_bid_site_customers_join_the_subscription() -> None:
    """The 3 accounts the bid site brought join the $3,600 subscription (a channel of $1,200 an
    account), so marketing and that selling are (16,500 + 3,600) / 1,800,000 = 1.1% of revenue:
    BA101 warns, no error (the report had "bid site $0 3" and an error at 0.92%)."""
    audit = audit_of(_bid_site_firm(), Options())
    joined = [
        c
        for c in audit.facts.by_channel
        if any(a.activity.name.startswith("Bid site") for a in c.activities)
    ]
    assert len(joined) == 1
    assert joined[0].customers == 3
    ba101 = [f for f in audit.found if f.rule.id == "BA101"]
    assert ba101
    assert all(f.severity != "error" for f in ba101)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # A8: a new member proposed by a sponsoring member came on another's word: a referral
        # (docs/domain.md's referral share), not a returning customer
        ("member sponsor", "referral"),
        ("Member sponsors", "referral"),
        ("sponsoring member", "referral"),
        # near names: a member alone returns; a sponsorship the club buys is paid
        ("member", "repeat"),
        ("returning member", "repeat"),
        ("sponsor", "paid"),
    ],
)
def test_a8_member_sponsor_is_a_referral(name: str, expected: str) -> None:
    assert source_kind_in("fitness", name) == expected


def test_a8_club_cac_counts_the_sponsored_members() -> None:
    """The round's s08: a $70,000 membership director, 28 members by sponsor and 2 by the
    website: CAC = 70,000 / 30 = $2,333.33 (the report had $35,000 over 2 new members)."""
    profile = Profile.model_validate(
        {
            "version": 1,
            "business": {"name": "Heron Lake Club", "industry": "fitness", "period": "2026"},
            "revenue": 3000000,
            "activities": [{"name": "Membership director", "spend": 70000}],
            "customers": {
                "new": 30,
                "sources": {"member sponsor": 28, "website": 2},
                "average_revenue": 9000,
                "gross_margin": "40%",
                "retention_rate": "93%",
                "churn_period": "year",
            },
        }
    )
    cac = audit_of(profile, Options()).facts.economics.cac.value
    assert cac is not None
    assert round(cac, 2) == Decimal("2333.33")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # A9: an agent paid a share of each enrolled student's tuition wins the student: sales
        # pay and commissions (docs/domain.md's convert), not the delivery of the schooling
        ("International enrollment agents - 15% of first-year tuition per student", SELLING),
        ("Intl agt comm 15% 1st yr", SELLING),
        # near names: what the schooling costs per student stays its direct cost
        ("Lunch program food per student", COST),
        ("Tutor pay per student", COST),
    ],
)
def test_a9_enrollment_agents_win_students(name: str, expected: tuple[str, str | None]) -> None:
    assert answer_in(None, name) == expected


def test_a9_agents_join_their_students_in_the_cac() -> None:
    """The round's s09: CAC = (12,500 + 27,000) / 42 = $940.48 (the report had $297.62 with
    the agents out), and the agents' channel is 27,000 / 6 = $4,500 a student."""
    profile = Profile.model_validate(
        {
            "version": 1,
            "business": {"name": "Oak Grove Montessori", "industry": "b2c-services"},
            "revenue": 3100000,
            "activities": [
                {"name": "Google Ads", "spend": 12500},
                {
                    "name": "International enrollment agents - 15% of first-year tuition "
                    "per student",
                    "spend": 27000,
                },
            ],
            "customers": {
                "new": 42,
                "sources": {"google ads": 36, "international agent": 6},
                "average_revenue": 12500,
                "gross_margin": "35%",
                "retention_rate": "88%",
            },
        }
    )
    facts = audit_of(profile, Options()).facts
    cac = facts.economics.cac.value
    assert cac is not None
    assert round(cac, 2) == Decimal("940.48")
    agents = [c for c in facts.by_channel if c.customers == 6]
    assert len(agents) == 1
    assert agents[0].spend == Decimal("27000")
    assert source_kind_in(None, "Intl agt") == "paid"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # A13: "sal" says only that it is pay; the role beside it sells (docs/domain.md's
        # convert: "treatment coordinators"; an admissions or membership director, a tour
        # coordinator turn enquiries into customers)
        ("TC sal", SELLING),
        ("Tour coord sal", SELLING),
        ("Mbrshp Dir sal", SELLING),
        ("Adm Dir sal", SELLING),
        # a cleaning firm's cleaners and porters are its job labour (cost-of-sales row)
        ("Janitorial payroll", COST),
        ("Porter wages - day porters", COST),
        ("Jan labor", COST),
        # near names: overhead pay stays overhead
        ("Office mgr sal", OVERHEAD),
        ("Admin sal", OVERHEAD),
        ("Lot porter wages", OVERHEAD),
        ("Office payroll", OVERHEAD),
        ("Night cleaner wages", OVERHEAD),  # any trade's own cleaner (R9, round 37)
    ],
)
def test_a13_the_role_beside_the_pay_wins(name: str, expected: tuple[str, str | None]) -> None:
    assert answer_in("construction" if expected == COST else None, name) == expected
