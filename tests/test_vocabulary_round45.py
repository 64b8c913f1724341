"""The forty-fifth review round's words (a CFO's review of six trades with no vertical of their
own, 2026-12-06): outpatient addiction treatment (read as medical), a title and escrow agency
(mortgage), a freight broker (staffing), a marina (self-storage), a cosmetic surgeon (med-spa)
and a property manager (real-estate). Each expectation is worked out from the definitions in
docs/domain.md (marketing acquire/retain/grow, sales, cost of sales, contra-revenue,
operations), with the near names that must not move."""

from __future__ import annotations

from typing import Any

import pytest

from bizaudit.core.channels import _read_channel
from bizaudit.core.classify import Classifier
from bizaudit.core.policy import resolve
from bizaudit.explain.report import audit_report
from bizaudit.model import verticals
from bizaudit.model.profile import Profile
from bizaudit.model.report import ProfileReport

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


def _check(data: dict[str, Any]) -> ProfileReport:
    profile = Profile.model_validate({"version": 1} | data)
    industry = profile.business.industry
    policy = resolve([], vertical=verticals.get(industry), industry=industry)
    return audit_report(profile, policy, classifier=Classifier())


def _lines(*pairs: tuple[str, int]) -> list[dict[str, Any]]:
    return [{"name": name, "spend": spend} for name, spend in pairs]


#: the review's marina-onechannel.yaml, a transient marina most boaters book through Dockwa
_MARINA: dict[str, Any] = {
    "business": {"name": "Pelican Key Marina", "industry": "self-storage", "currency": "USD"},
    "revenue": 780000,
    "activities": _lines(
        ("Dockwa commissions", 46000),
        ("Snag-A-Slip commissions", 6000),
        ("Fuel purchases", 150000),
        ("Dockhands wages", 160000),
        ("Utilities", 48000),
        ("Dock repairs", 40000),
        ("Insurance", 42000),
        ("Submerged land lease", 18000),
        ("Owner salary", 80000),
        ("Payroll taxes", 30000),
        ("Waterway Guide listing", 1500),
    ),
    "customers": {
        "new": 1400,
        "sources": {
            "Dockwa": 980,
            "Snag-A-Slip": 120,
            "VHF / walk-up": 160,
            "returning cruiser referral": 80,
            "Waterway Guide": 60,
        },
        "average_revenue": 420,
        "gross_margin": "70%",
        "retention_rate": "25%",
    },
}

#: the review's title-referral.yaml's sources, beside a title agency's lines
_TITLE: dict[str, Any] = {
    "business": {"name": "Bayview Title Agency", "industry": "mortgage", "currency": "USD"},
    "revenue": 1400000,
    "activities": _lines(
        ("Website", 2400),
        ("Escrow officers", 300000),
        ("Rent", 60000),
    ),
    "customers": {
        "new": 40,
        "sources": {
            "Keller Williams Lakeside agents": 22,
            "RE/MAX Shoreline agents": 10,
            "attorney referrals": 5,
            "website": 3,
        },
        "average_revenue": 14000,
        "gross_margin": "40%",
        "retention_rate": "85%",
    },
}

# T9, T13, T17, T23, T24: activities


@pytest.mark.parametrize(
    ("vertical", "name", "answer"),
    [
        # T9: escrow and closing staff close the settlement sold, as the mortgage vertical's
        # closers do: cost of sales, not a sale's closing
        ("mortgage", "Escrow and closing staff salaries", COST),
        ("mortgage", "Escrow officers", COST),
        ("mortgage", "Closing staff", COST),
        ("mortgage", "6210 Closer Payroll", COST),
        # T13: insurers' authorisations and the facility's accreditation are operations
        ("medical", "Utilization review staff", OVERHEAD),
        ("medical", "6210 UR Nurse", OVERHEAD),
        ("medical", "Joint Commission accreditation and state licensure", OVERHEAD),
        # T17: an MSA is a payment for marketing, not a brokerage split taken off revenue
        ("mortgage", "Marketing services agreement - Keller Williams office", ACQUIRE),
        # ...a title agency's mobile notary is a cost of each file
        ("mortgage", "6310 Mobile Notary - Snapdocs", COST),
        # ...a consult fee credited against surgery is revenue given up
        ("med-spa", "6110 Consult Fee Credits", CONTRA),
        # ...vetting carriers is running the brokerage
        ("staffing", "Carrier onboarding and monitoring (Highway)", OVERHEAD),
        # T23: a freight brokerage's ledger
        ("staffing", "Carrier pay", COST),
        ("staffing", "5000 COGS:Carrier Pay", COST),
        ("staffing", "Freight agent commissions (1099 agent, 65% of margin)", SELLING),
        ("staffing", "6200 RMIS Carrier Setup", OVERHEAD),
        ("staffing", "6210 Carrier411", OVERHEAD),
        ("staffing", "6300 McLeod PowerBroker", OVERHEAD),
        ("staffing", "TMS (Rose Rocket)", OVERHEAD),
        ("staffing", "6400 Ins - Contingent Cargo", OVERHEAD),
        ("staffing", "6410 BMC-84 Bond", OVERHEAD),
        ("staffing", "6920 Claims Pd - OS&D", OVERHEAD),
        ("staffing", "6710 TIA Capital Ideas Conf", ACQUIRE),
        ("staffing", "6700 TIA Dues", OVERHEAD),
        # T24: the other trades' abbreviations and nouns
        ("medical", "6500 Ins - Prof Liab", OVERHEAD),
        ("med-spa", "6400 Ins - Med Mal", OVERHEAD),
        ("self-storage", "660 Ins - Marina Ops Liability (Markel)", OVERHEAD),
        ("medical", "6900 Bank Svc Chgs", OVERHEAD),
        ("medical", "RCM - 5.5% of coll.", OVERHEAD),
        ("medical", "Medical director", OVERHEAD),
        ("self-storage", "665 USL&H Work Comp", OVERHEAD),
        ("self-storage", "645 Pumpout Svc", OVERHEAD),
        ("mortgage", "6400 SoftPro", OVERHEAD),
        ("mortgage", "6410 Qualia", OVERHEAD),
        ("mortgage", "Wire fraud prevention (CertifID)", OVERHEAD),
        ("mortgage", "6510 Fidelity Bond", OVERHEAD),
        ("medical", "LegitScript cert", OVERHEAD),
        ("mortgage", "5020 Title Plant - DataTrace", COST),
        ("mortgage", "Title plant and search fees (DataTrace)", COST),
        ("med-spa", "Breast implants and surgical supplies", COST),
        ("med-spa", "Anesthesia (CRNA) fees", COST),
        ("med-spa", "Anesthesia", COST),
        ("med-spa", "Surgical facility fees (ASC)", COST),
        ("med-spa", "OR facility fees", COST),
        ("med-spa", "Post-op compression garments", COST),
        ("med-spa", "Surgeon pay (contract)", COST),
        ("medical", "Drug testing supplies (UA cups)", COST),
        ("med-spa", "Before/after photos - stock images and retouched", ACQUIRE),
        ("medical", "6120 Admissions Coord Payroll", SELLING),
        ("medical", "Admissions call center wages (in-house)", SELLING),
        ("medical", "Admissions coordinators (W-2 salaries)", SELLING),
        ("med-spa", "6050 Mktg - PatientNow CRM", SELLING),
    ],
)
def test_the_rounds_ledger_words(
    vertical: str | None, name: str, answer: tuple[str, str | None]
) -> None:
    assert answer_in(vertical, name) == answer


@pytest.mark.parametrize(
    ("vertical", "name", "answer"),
    [
        # a designer's stock photos for client projects are still bought for resale
        ("freelance", "Stock photos for client projects", COST),
        # a notary's own directory listing wins it work
        (None, "Mobile notary directory (123notary)", ACQUIRE),
        # a trucking carrier's load board finds its loads (the build part's label)
        (None, "DAT load board", SELLING),
        # a membership stays one; a sales commission stays selling
        (None, "Sales commissions", SELLING),
        # a sale's closing stays selling where no escrow or staff is named
        (None, "Closing bonus", SELLING),
        # reviews asked of customers stay marketing
        (None, "Review requests (Podium)", ("marketing", "retain")),
    ],
)
def test_near_names_that_must_not_move(
    vertical: str | None, name: str, answer: tuple[str, str | None]
) -> None:
    assert answer_in(vertical, name) == answer


# T10: marina booking marketplaces keep a commission on each reservation, as OTAs do


@pytest.mark.parametrize(
    "name", ["Dockwa commissions", "610 Dockwa Fees", "Snag-A-Slip commissions"]
)
def test_t10_marina_marketplaces_commissions_are_revenue_given_up(name: str) -> None:
    assert answer_in("self-storage", name) == CONTRA
    assert _read_channel(name, read_in("self-storage", name).term) == "marina-marketplaces"


@pytest.mark.parametrize("name", ["Dockwa", "Snag-A-Slip"])
def test_t10_their_boaters_came_through_a_paid_marketplace(name: str) -> None:
    assert source_kind_in("self-storage", name) == "paid"


def test_t10_a_transient_marina_on_dockwa_is_told_of_its_dependence() -> None:
    """marina-onechannel: 980 boaters through Dockwa and 120 through Snag-A-Slip of 1,400
    new, 1,100 ÷ 1,400 = 78.6% through marketplaces, over BA123's 60%; marketing ($1,500)
    plus the commissions ($46,000 + $6,000) is $53,500 of $728,000 net, 7.3%, over the 2%
    minimum, so BA101 is a warning that weighs the commissions, not an error."""
    report = _check(_MARINA)
    found = {finding.rule: finding for finding in report.findings}
    assert "BA123" in found
    assert "78.6%" in found["BA123"].message
    assert found["BA101"].severity == "warning"


# T11, T23, T24: sources


@pytest.mark.parametrize(
    ("vertical", "name", "kind"),
    [
        # T11: a brokerage's agents refer a title agency's buyers and sellers
        ("mortgage", "Keller Williams Lakeside agents", "referral"),
        ("mortgage", "RE/MAX Shoreline agents", "referral"),
        ("mortgage", "KW agents", "referral"),
        ("mortgage", "agents at Compass", "referral"),  # not Kompass, a B2B directory
        # T23: a freight broker's sources
        ("staffing", "agent book (Mike T.)", "outbound"),  # its own commissioned agent's book
        ("staffing", "TIA conf", "paid"),  # an industry conference: a trade show
        ("staffing", "shipping manager relationships", "outbound"),  # the shipper's own decider
        # T24: an addiction programme's and a surgeon's referrers
        ("medical", "PsychToday", "paid"),
        ("medical", "Hospital/Detox SW", "referral"),
        ("medical", "sober living house", "referral"),
        ("medical", "interventionist", "referral"),
        ("medical", "detox", "referral"),
        ("med-spa", "Other - derm office", "referral"),
        # controls
        (None, "Kompass", "paid"),
        ("medical", "Psychology Today", "paid"),
        ("staffing", "Cold call", "outbound"),
    ],
)
def test_the_rounds_sources(vertical: str | None, name: str, kind: str) -> None:
    assert source_kind_in(vertical, name) == kind


def test_t11_a_title_agency_living_on_agents_is_told_so() -> None:
    """title-referral: 22 + 10 agents' referrals + 5 attorneys' = 37 of 40 new customers,
    92.5%, over the 50% maximum: BA102 (it had read 12.5%, the attorneys' alone)."""
    report = _check(_TITLE)
    assert any(
        finding.rule == "BA102" and "92.5%" in finding.message for finding in report.findings
    )


# T21: Sales Navigator as a ledger shortens it works the outbound channel's customers


@pytest.mark.parametrize("name", ["6620 LinkedIn SN", "LinkedIn Sales Navigator"])
def test_t21_sales_navigator_joins_outbound(name: str) -> None:
    assert answer_in("staffing", name) == SELLING
    assert _read_channel(name, read_in("staffing", name).term) == "outbound"


def test_t21_linkedin_ads_stay_ads() -> None:
    name = "LinkedIn Ads"
    assert _read_channel(name, read_in("staffing", name).term) == "linkedin-ads"


# T23: a freight agent's split joins the commissioned reps' channel, with the shippers of its
# book


def test_t23_a_freight_agents_split_joins_the_reps_channel() -> None:
    name = "Freight agent commissions (1099 agent, 65% of margin)"
    assert _read_channel(name, read_in("staffing", name).term) == "sales-reps"
