"""The forty-eighth review round (2026-12-06), its vocabulary finding C9 and the round's classify
rows (therapy practice, home-medical supplier, mover, collision shop, pet resort, bail agency).
Each expectation is worked out from docs/domain.md's definitions (cost-of-sales: "job labour",
"the commission of those who deliver the work", materials and whatever is bought for resale;
contra-revenue: discounts; acquire: referral cultivation), with the near names that must not
move. The trade's own words are read in that trade only (its vertical's ``terms`` in
data/verticals.toml; "alone/KIND" for a source named by a word alone)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bizaudit.io.checker import Options, audit_of
from bizaudit.model.profile import Profile

from .conftest import ACQUIRE, CONTRA, COST, OVERHEAD, RETAIN, SELLING, answer_in, source_kind_in


@pytest.mark.parametrize(
    "name", ["Surety company share of premium and build-up fund (BUF)", "5000 Surety prem remit"]
)
def test_c8_a_sureties_share_is_premium_passed_on(name: str) -> None:
    """C8 of the forty-eighth review round: a bail agency's surety's share of each premium is
    premium passed on to the insurer it writes for, revenue given up (an agency's revenue is
    its commission), not the cost of what it sells; the name that names the build-up fund too
    is read by its first words, at low confidence."""
    assert answer_in("insurance-agency", name) == CONTRA


@pytest.mark.parametrize(
    ("vertical", "name", "expected"),
    [
        # a counselling practice's clinicians deliver the sessions it sells
        ("medical", "Therapist pay per session (W-2 and 1099 clinicians)", COST),
        ("medical", "5010 Clinician comp - per sess", COST),
        ("medical", "5020 1099 Contr Therapists", COST),
        # a home-medical supplier's respiratory therapists set up what it sells
        ("pharmacy", "Respiratory therapists (setups)", COST),
        ("pharmacy", "5200 RT wages (setups)", COST),
        # a mover's crew and drivers ("wgs") and its storage in transit
        ("home-services", "5000 Crew wgs", COST),
        ("home-services", "5010 Drvr wgs - LD", COST),
        ("home-services", "5300 SIT whse", COST),
        # a pet resort's attendants, groomers on commission, bathing supplies
        ("veterinary", "5010 Daycare attndt wgs", COST),
        ("veterinary", "5020 Groomer comm 50%", COST),
        ("veterinary", "5040 Bathing sply", COST),
        # a collision shop's parts, paint and materials, body technicians and painters
        ("auto-repair", "Parts purchased (OEM and aftermarket, billed to insurers)", COST),
        ("auto-repair", "5000 Parts - OEM", COST),
        ("auto-repair", "5020 P&M (paint & mat)", COST),
        ("auto-repair", "5100 Body tech flag hrs", COST),
        ("auto-repair", "5110 Painter comm", COST),
        # goods a supplier sells, in any trade
        ("pharmacy", "Cost of equipment sold (CPAP, diabetic supplies, retail)", COST),
        # a bail agency's forfeitures, recovery agents and skip tracing (the losses of the
        # bonds it writes); its surety's share is premium passed on (above), and its build-up
        # fund its own deposit, no cost (D5 of the round's re-review)
        ("insurance-agency", "Forfeitures paid (net of recoveries)", COST),
        ("insurance-agency", "5200 Forf pd", COST),
        ("insurance-agency", "Bail recovery agents (fugitive recovery)", COST),
        ("insurance-agency", "5300 Skip trace/BEA", COST),
    ],
)
def test_c9_delivery_and_goods_are_cost_of_sales(
    vertical: str, name: str, expected: tuple[str, str | None]
) -> None:
    assert answer_in(vertical, name) == expected


@pytest.mark.parametrize(
    ("vertical", "name", "expected"),
    [
        # a frame machine is a capital item the shop keeps, not a part it bills
        ("auto-repair", "Frame machine purchase", OVERHEAD),
        # selling roles beside "sal": estimators, an intake coordinator; a community liaison
        # calls on the planners and clinics who refer patients
        ("home-services", "6040 Estmtr sal", SELLING),
        ("auto-repair", "6000 Estmtr sal", SELLING),
        ("medical", "6030 Intake coord sal", SELLING),
        ("pharmacy", "6000 Comm liaison sal + comm", ACQUIRE),
        # a bail agent's commission on the bonds written
        ("insurance-agency", "5100 Agt comm", SELLING),
        # package and membership discounts are revenue given up
        ("veterinary", "6030 Daycare pkg disc (10-pk)", CONTRA),
        ("veterinary", "6040 Unlimited daycare mbrshp disc", CONTRA),
        # treats for the vet offices that send boarders cultivate referrals; the pets' own
        # updates and birthdays keep their owners
        ("veterinary", "6050 Vet ofc treats/lunch", ACQUIRE),
        ("veterinary", "Pupdate photo texts to owners", RETAIN),
        ("veterinary", "Pet birthday treats for regulars", RETAIN),
        # a tow operator paid for each car towed in is bought customers
        ("auto-repair", "6030 Tow ref pmts", ACQUIRE),
    ],
)
def test_c9_roles_discounts_and_cultivation(
    vertical: str, name: str, expected: tuple[str, str | None]
) -> None:
    assert answer_in(vertical, name) == expected


@pytest.mark.parametrize(
    ("vertical", "name", "expected"),
    [
        # near names that must not move
        ("home-services", "Crew uniforms", OVERHEAD),
        ("auto-repair", "Parts washer rental", OVERHEAD),
        ("auto-repair", "Vet bills for shop dog", OVERHEAD),
        ("auto-repair", "Paint booth maintenance", OVERHEAD),
        ("veterinary", "Vet office supplies", OVERHEAD),
        ("veterinary", "Staff birthday treats", OVERHEAD),
        ("veterinary", "Attendant uniforms", OVERHEAD),
        ("medical", "Therapist recruiting ads", OVERHEAD),
        ("medical", "Clinician CEUs and training", OVERHEAD),
        # a trade's words stay in that trade: a gym's therapist pay, a painter's commission
        # and forfeitures elsewhere are not read by them
        ("fitness", "Therapist pay per session", OVERHEAD),
        ("fitness", "Painter comm", OVERHEAD),
        ("fitness", "Forfeitures paid", OVERHEAD),
        # selling equipment is no cost of equipment sold ("Auction Fees - Equip Sold")
        (None, "Auction Fees - Equip Sold", OVERHEAD),
        # "update" is a word, not a misspelt "pupdate"
        (None, "Investor update tool (Visible)", OVERHEAD),
    ],
)
def test_c9_near_names_do_not_move(
    vertical: str | None, name: str, expected: tuple[str, str | None]
) -> None:
    assert answer_in(vertical, name) == expected


@pytest.mark.parametrize(
    ("vertical", "name", "expected"),
    [
        # "PT" alone stays a question: read as Psychology Today, it joined no line and looked
        # free beside the practice's own Psychology Today line (D7 of the round's
        # re-review); "PT referral" is still a physical therapist's referral
        ("medical", "PT", "other"),
        ("medical", "Psychology Today", "paid"),
        ("medical", "PT referral", "referral"),
        ("fitness", "PT", "other"),
        # "lead aggr" alike stays a question (D7); the word spelt out is a paid vendor
        ("home-services", "lead aggr", "other"),
        ("home-services", "lead aggregator", "paid"),
        # the tow operator and the dealer that sent a car, the vet who sent a pet: referrals
        ("auto-repair", "tow", "referral"),
        ("auto-repair", "dlr", "referral"),
        ("veterinary", "vet", "referral"),
        # ...in that trade only
        ("dental", "tow", "other"),
        ("dental", "vet", "other"),
    ],
)
def test_c9_trade_sources(vertical: str, name: str, expected: str) -> None:
    assert source_kind_in(vertical, name) == expected


def test_c9_dme_liaison_joins_the_cac() -> None:
    """The round's dme-messy.yaml: acquisition marketing was the referral-source lunches
    $6,000, Google Ads $11,000 and web/SEO $7,000 = $24,000 ÷ 1,750 = $13.71 with the $72,000
    community liaison left as overhead by 'sal'; with the liaison, (24,000 + 72,000) ÷ 1,750 =
    $54.86."""
    profile = Profile.model_validate(
        {
            "version": 1,
            "business": {"name": "Valley Home Medical Supply LLC", "industry": "pharmacy"},
            "revenue": 2350000,
            "activities": [
                {"name": "5000 COGS - Resp", "spend": 520000},
                {"name": "5200 RT wages (setups)", "spend": 155000},
                {"name": "6000 Comm liaison sal + comm", "spend": 72000},
                {"name": "6010 Ref src lunches/DC planner", "spend": 6000},
                {"name": "6020 GAds", "spend": 11000},
                {"name": "6030 Web/SEO", "spend": 7000},
                {"name": "6120 Brightree", "spend": 18000},
            ],
            "customers": {
                "new": 1750,
                "sources": {"MD ref": 880, "DC planner": 430, "GAds": 140, "web": 300},
                "average_revenue": 1100,
                "gross_margin": "44%",
                "retention_rate": "60%",
            },
        }
    )
    cac = audit_of(profile, Options()).facts.economics.cac.value
    assert cac is not None
    assert round(cac, 2) == Decimal("54.86")
