"""The forty-fifth round's re-review (a CFO's, 2026-12-06), its vocabulary findings U2, U8, U10,
U11 and U12: a hospital's own care-coordination staff, a hospitalist group's admission work, a
staffing firm's recruiters, account managers and refunded fees, an adviser's custodian fees,
stock photos for a website, a title agency's escrow payroll and hosted CE classes, Psychology
Today as ledgers shorten it, and a freight broker's load boards, TMS and agents. Each
expectation is worked out from docs/domain.md's definitions, with the near names that must not
move."""

from __future__ import annotations

import pytest

from bizaudit.core.channels import _read_channel

from .conftest import (
    ACQUIRE,
    CONTRA,
    COST,
    OVERHEAD,
    SELLING,
    answer_in,
    read_in,
    source_kind_in,
)
from .test_vocabulary_round45 import _check


@pytest.mark.parametrize(
    ("vertical", "name", "answer"),
    [
        # U2: a provider's own case managers' and discharge planners' pay is operations
        # (docs/domain.md: "the practice's own case managers' pay is operations")
        ("medical", "Case managers and discharge planners salaries (our own staff)", OVERHEAD),
        ("medical", "Discharge planner wages", OVERHEAD),
        ("home-care", "Discharge planning staff", OVERHEAD),
        (None, "Case manager payroll", OVERHEAD),
        # ...while another employer's discharge planners, called on or fed, stay marketing
        # (the rules judge them)
        ("home-care", "Discharge planner lunches", ACQUIRE),
        ("home-care", "Hospital discharge planner visits", ACQUIRE),
        # U10: a hospital's admission work (the H&P, its scheduling) is operations; a treatment
        # centre's intake stays selling
        ("medical", "Admissions coordinator (hospital H&P scheduling)", OVERHEAD),
        ("medical", "Hospital admissions coordinator", OVERHEAD),
        ("medical", "Admission scheduling", OVERHEAD),
        ("medical", "Admissions coordinator - treatment center", SELLING),
        ("medical", "Admissions coordinators", SELLING),
        # U10, staffing: recruiters fill orders (operations, as their salaries and job boards
        # are); commissions on new accounts win clients; a refunded placement fee is revenue
        # given back
        ("staffing", "Recruiter commissions ($500 per placement)", OVERHEAD),
        ("staffing", "Recruiter bonuses", OVERHEAD),
        ("staffing", "Account manager commissions on new accounts", SELLING),
        ("staffing", "Placement fee refunds (guarantee period)", CONTRA),
        ("staffing", "Account manager salaries", OVERHEAD),  # control: serving the accounts
        ("staffing", "Temp payroll", COST),  # control
        # U12: stock photos for the business's own website are advertising creative; a
        # designer's for client projects stay cost of sales
        ("med-spa", "Stock photography for website (no patient results)", ACQUIRE),
        (None, "Website photos", ACQUIRE),
        ("agency", "Stock photos for client projects", COST),
        # U12: an adviser's custodian fees are a cost of running the accounts, not revenue
        # given up; a real estate brokerage's fee stays contra-revenue without the vertical
        ("investment-adviser", "Brokerage fees (custodian, Schwab)", OVERHEAD),
        ("investment-adviser", "Custodian fees", OVERHEAD),
        ("real-estate", "Brokerage fee", CONTRA),
        # U12: a title agency's escrow staff, however the ledger writes their pay
        ("mortgage", "6200 Escrow Payroll", COST),
        ("mortgage", "Escrow officer salaries", COST),
        # U12: "Srcs" = sources: meals for referral sources, read as "Referral sources" is
        ("medical", "6040 Meals & Ent - Referral Srcs", ACQUIRE),
        ("medical", "Meals & Ent - Referral sources", ACQUIRE),
        # U8: a title agency's hosted CE classes for agents; its own staff's CE is operations
        ("mortgage", "Mktg - CE Credits (hosted)", ACQUIRE),
        ("mortgage", "Agent CE classes open to all (fair value, no referral tie)", ACQUIRE),
        ("mortgage", "CE credits - licensing", OVERHEAD),
        # U11: a freight broker's load boards by their plans' names (selling, as "load board"
        # reads: docs/verticals.md) and its TMS (operations)
        ("staffing", "6100 DAT Power", SELLING),
        ("staffing", "6105 TS Pro", SELLING),
        ("staffing", "6110 123Loadboard", SELLING),
        ("staffing", "TMS", OVERHEAD),
        (None, "DAT load board", SELLING),  # control
    ],
)
def test_the_re_reviews_words(
    vertical: str | None, name: str, answer: tuple[str, str | None]
) -> None:
    assert answer_in(vertical, name) == answer


@pytest.mark.parametrize(
    ("vertical", "name", "kind"),
    [
        # U8: a CE class for agents is an event the title agency holds, not found on one's own
        ("mortgage", "CE class", "paid"),
        ("mortgage", "CE class attendees", "paid"),
        # U8: Psychology Today however it is spelt, and Rehabs.com
        ("medical", "PsychToday", "paid"),
        ("medical", "Psych Today", "paid"),
        ("medical", "Rehabs.com", "paid"),
        # U11: a freight broker's (staffing's) agent brings its shippers
        ("staffing", "Agent", "outbound"),
        ("staffing", "Agents", "outbound"),
        # controls
        ("mortgage", "Agent referral", "referral"),
        ("fitness", "Yoga class", "organic"),
    ],
)
def test_the_re_reviews_sources(vertical: str | None, name: str, kind: str) -> None:
    assert source_kind_in(vertical, name) == kind


@pytest.mark.parametrize(
    ("vertical", "name", "channel"),
    [
        ("medical", "Mktg - Psych Today/Rehabs.com", "directories"),
        ("medical", "PsychToday listing", "directories"),
        ("mortgage", "Mktg - CE Credits (hosted)", "events-trade-shows"),
        ("mortgage", "Agent CE classes", "events-trade-shows"),
    ],
)
def test_u8_the_lines_join_their_channels(vertical: str, name: str, channel: str) -> None:
    assert _read_channel(name, read_in(vertical, name).term) == channel


def test_u2_a_hospitals_own_care_coordinators_are_no_marketing() -> None:
    """c02 of the re-review: marketing is Google Ads alone, $60,000 of $5,000,000 = 1.2% (it
    had been $360,000, 7.2%, with the $300,000 salaries); CAC $60,000 ÷ 900 = $66.67."""
    report = _check(
        {
            "business": {"name": "Lakeside outpatient rehab", "industry": "medical"},
            "revenue": 5000000,
            "activities": [
                {
                    "name": "Case managers and discharge planners salaries (our own staff)",
                    "spend": 300000,
                },
                {"name": "Google Ads", "spend": 60000},
                {"name": "Nursing staff", "spend": 2500000},
            ],
            "customers": {
                "new": 900,
                "sources": {"google ads": 300, "physician referral": 600},
                "average_revenue": 5000,
                "gross_margin": "55%",
                "retention_rate": "30%",
            },
        }
    )
    share = report.metrics.marketing_share_of_revenue
    assert share is not None
    assert round(float(share), 3) == 0.012
    cac = report.economics.cac.value
    assert cac is not None
    assert round(float(cac), 2) == 66.67


_PSYCH = {
    "business": {"name": "Harbor Recovery IOP", "industry": "medical"},
    "revenue": 1200000,
    "activities": [
        {"name": "Mktg - Psych Today/Rehabs.com", "spend": 7200},
        {"name": "Google Ads", "spend": 30000},
    ],
    "customers": {
        "new": 40,
        "sources": {"PsychToday": 12, "google ads": 28},
        "average_revenue": 11000,
        "gross_margin": "50%",
        "retention_rate": "20%",
    },
}


def test_u8_psychology_today_spend_and_patients_meet() -> None:
    """addiction-messy's pair: the $7,200 line and the 12 "PsychToday" patients are one
    directories channel, so neither BA206 (spend, no customers) nor BA207 (customers, no
    spend) is raised; its CAC is $7,200 ÷ 12 = $600."""
    report = _check(_PSYCH)
    rules = {finding.rule for finding in report.findings}
    assert "BA206" not in rules
    assert "BA207" not in rules
    row = next(c for c in report.channels if c.customers == 12)
    assert row.cac is not None
    assert float(row.cac) == 600


@pytest.mark.parametrize(
    ("vertical", "name"),
    [("staffing", "TMS"), ("medical", "Admission scheduling"), ("staffing", "6105 TS Pro")],
)
def test_u10_u11_names_that_were_unread_are_read(vertical: str, name: str) -> None:
    """They were 'no known term' (BA106) and counted as operations only until stated."""
    assert read_in(vertical, name).term is not None
