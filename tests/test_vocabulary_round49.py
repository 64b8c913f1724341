"""The forty-ninth review round (2026-12-06): the vocabulary parts of G8, G10, G11, G12 and G13
and the round's classify rows (hospice and clinical lab under ``medical``, solar installer and
lawn care under ``home-services``, tax office under ``accounting``, florist under ``retail``).
Each expectation is worked out from docs/domain.md's definitions (cost-of-sales: "job labour",
materials, "lab fees", whatever is bought for resale; contra-revenue: revenue given up, as a
marketplace's commission; sales/convert: "sales pay"; acquire: referral cultivation), with the
near names that must not move. A trade's own words are read in that trade only (its vertical's
``terms`` in data/verticals.toml)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bizaudit.core.metrics import Facts
from bizaudit.io.checker import Options, audit_of
from bizaudit.model.profile import Profile

from .conftest import ACQUIRE, CONTRA, COST, OVERHEAD, SELLING, answer_in, read_in, source_kind_in


def _facts(industry: str, revenue: int, *lines: tuple[str, int]) -> Facts:
    """The audit's figures for a business of ``industry`` with these lines, read as the CLI
    reads them (by the vertical's own words)."""
    profile = Profile.model_validate(
        {
            "version": 1,
            "business": {"name": "Case", "industry": industry, "period": "2026"},
            "revenue": revenue,
            "activities": [{"name": name, "spend": spend} for name, spend in lines],
        }
    )
    return audit_of(profile, Options()).facts


@pytest.mark.parametrize(
    "name",
    [
        # the people who deliver a hospice's care: aides, nurses, social workers (G11, G13)
        "Hospice aides",
        "5020 HHA wgs",
        "RN case managers",
        "5010 RN CM wgs",
        "LPN wages",
        "Social worker wages",
        "5070 MSW wgs",
        "Continuous care nursing hours",
        # what the per diem covers: drugs, DME and supplies for the terminal illness
        # (42 CFR §418.202(f), as the reviewer cites it)
        "Medications and supplies (per diem)",
        "5040 Rx/DME/supp (per diem)",
        "Social workers",
        "Hospice DME rental (beds, oxygen)",
    ],
)
def test_g11_a_hospices_care_is_cost_of_sales(name: str) -> None:
    assert answer_in("medical", name) == COST


def test_g11_a_medical_directors_fees_are_no_revenue_given_up() -> None:
    """ "5030 Med Dir fees" had read as a pharmacy's DIR fee ('dir fee', contra-revenue): it
    is a physician's pay, read as the long form "Medical director fees" is (operations, which
    the reviewer accepts beside cost of sales). A hospice on $4,300,000 with $180,000 of them
    and $165,000 of marketing (150,000 + 9,000 + 6,000) keeps all its revenue: 165,000 ÷
    4,300,000 = 3.84%, not 165,000 ÷ 4,120,000 = 4.0% of a revenue cut by the fees."""
    assert answer_in("medical", "5030 Med Dir fees") == OVERHEAD
    assert answer_in("medical", "Medical director fees") == OVERHEAD
    facts = _facts(
        "medical",
        4300000,
        ("5030 Med Dir fees", 180000),
        ("6010 Comm Liaison sal", 150000),
        ("Hospice brochures", 9000),
        ("Google Ads - hospice care", 6000),
    )
    assert facts.net_revenue == Decimal(4300000)


def test_g11_training_facility_nurses_cultivates_referrals() -> None:
    """CEUs a hospice gives an assisted living facility's nurses cultivate the facility that
    refers patients (marketing/acquire); the practice's own clinicians' CEUs stay overhead."""
    assert answer_in("medical", "In-service CEUs for ALF nurses") == ACQUIRE
    assert answer_in("medical", "Clinician CEUs and training") == OVERHEAD


@pytest.mark.parametrize(
    "name",
    [
        # a lab's technologists, phlebotomists and couriers do the testing it sells (G13)
        "Medical technologists",
        "5030 MLS wgs",
        "Mobile phlebotomists",
        "5040 Phleb wgs - mobile",
        "Courier specimen pickup",
        # ...with its reagents, kits, send-outs and collection supplies
        "5010 Rgnts & kits",
        "5020 Ref lab sendouts",
        "Toxicology kits",
        "Specimen collection supplies",
    ],
)
def test_g13_a_labs_testing_is_cost_of_sales(name: str) -> None:
    assert answer_in("medical", name) == COST


@pytest.mark.parametrize(
    "name",
    [
        "Account managers salary",
        "6100 AM sal",
        "Account managers (W-2 salary, no per-specimen pay)",
    ],
)
def test_g8_a_labs_account_managers_are_its_sales_force(name: str) -> None:
    """G8: the salaried account managers who win and keep a lab's physician clients are its
    sales pay (sales/convert), not overhead ('salary')."""
    assert answer_in("medical", name) == SELLING


def test_g8_the_lab_counts_its_account_managers_as_selling() -> None:
    """The reviewer's s07-lab-am.yaml: $180,000 of account managers beside $14,000 of website
    and SEO and $900,000 of reagents: the account managers are 180,000 ÷ (180,000 + 14,000 +
    900,000) = 180,000 ÷ 1,094,000 = 16.45% of spend on selling, where it had been none (0%,
    overhead); the whole of winning clients is (14,000 + 180,000) ÷ 3,200,000 = 6.06% of
    revenue."""
    facts = _facts(
        "medical",
        3200000,
        ("Account managers (W-2 salary, no per-specimen pay)", 180000),
        ("Website and SEO", 14000),
        ("Reagents", 900000),
    )
    share = facts.sales_share_of_spend
    assert share is not None
    assert round(share * 100, 2) == Decimal("16.45")


@pytest.mark.parametrize(
    ("vertical", "name"),
    [
        ("medical", "Hospice aide recruiting ads"),
        ("medical", "Phlebotomist recruiting"),
        ("medical", "Medical technologist training"),
        ("medical", "Social worker recruiting ads"),
        ("home-services", "Installation crew recruiting ads"),
        ("home-services", "Maintenance crew uniforms"),
        ("home-services", "Mowing crew training"),
        ("home-services", "Install crew recruiting ads"),
        ("auto-repair", "Body technician training"),
    ],
)
def test_the_upkeep_of_those_who_deliver_stays_overhead(vertical: str, name: str) -> None:
    """Hiring, training and dressing the people a trade's words read as cost of sales is
    overhead, as an auto shop's technicians' training and uniforms are (D13 of the
    forty-eighth round's re-review): the people's word had won, and a crew's recruiting ads
    had read as the crew's pay."""
    assert answer_in(vertical, name) == OVERHEAD


@pytest.mark.parametrize(
    ("vertical", "name", "expected"),
    [
        # near names that must not move
        ("medical", "Clinical account manager", OVERHEAD),
        ("medical", "Medical director (practice's own)", OVERHEAD),
        ("medical", "Office supplies", OVERHEAD),
        ("medical", "Nurse recruiting ads", OVERHEAD),
        ("medical", "Courier", OVERHEAD),
        ("home-services", "Crew uniforms", OVERHEAD),
        ("home-services", "Mower maintenance", OVERHEAD),
        ("home-services", "Card merchant fees", OVERHEAD),
        ("home-services", "Vehicle wrap", ACQUIRE),
        ("retail", "Designer website theme", ACQUIRE),
        ("retail", "Vehicle wrap", ACQUIRE),
        ("retail", "Ribbon cutting event", ACQUIRE),
        ("retail", "Graphic designer", OVERHEAD),
        ("retail", "Returns and refunds", CONTRA),
        ("retail", "Wire transfer fees", OVERHEAD),
        ("accounting", "Returns and refunds", CONTRA),
        ("accounting", "Tax preparer CPE", OVERHEAD),
        ("accounting", "Staff accountants", OVERHEAD),
        # a trade's words stay in that trade: a dentist's "HHA wgs" or "AM sal", a
        # restaurant's dealer fees and a gym's designers are not read by them
        ("dental", "5020 HHA wgs", OVERHEAD),
        ("dental", "6100 AM sal", OVERHEAD),
        ("restaurant", "Dealer fees", OVERHEAD),
        (None, "Financing dealer fee", OVERHEAD),
        ("fitness", "Holiday temp designers", OVERHEAD),
        ("fitness", "Seasonal preparers", OVERHEAD),
    ],
)
def test_near_names_do_not_move(
    vertical: str | None, name: str, expected: tuple[str, str | None]
) -> None:
    assert answer_in(vertical, name) == expected


@pytest.mark.parametrize(
    "name",
    [
        "Dealer fees on solar loans",
        "5040 Dealer fee - GoodLeap",
        "Financing dealer fees (solar loans)",
    ],
)
def test_g10_a_solar_loans_dealer_fee_is_revenue_given_up(name: str) -> None:
    assert answer_in("home-services", name) == CONTRA


def test_g10_the_dealer_fee_comes_off_revenue() -> None:
    """G10, solar-healthy.yaml: the lender withholds $350,000 of dealer fees from $5,700,000
    of loan-financed sales: net revenue 5,700,000 − 350,000 = 5,350,000, and $250,000 of
    marketing is 250,000 ÷ 5,350,000 = 4.67% of it (4.39% of the gross before)."""
    facts = _facts(
        "home-services",
        5700000,
        ("Financing dealer fees (solar loans)", 350000),
        ("Google Ads", 250000),
        ("Solar panels", 1500000),
    )
    assert facts.net_revenue == Decimal(5350000)
    share = facts.marketing_share_of_revenue
    assert share is not None
    assert round(share * 100, 2) == Decimal("4.67")


@pytest.mark.parametrize(
    ("vertical", "name", "expected"),
    [
        # a solar installer's crews, modules/inverters/racking, electrical subcontractor and
        # permits with interconnection (what each install uses up)
        ("home-services", "Installation crews", COST),
        ("home-services", "5010 Mod/inv/rack", COST),
        ("home-services", "5050 Elec sub", COST),
        ("home-services", "Permits and interconnection", COST),
        # EnergySage's marketplace fees and a lead generator's: bought leads
        ("home-services", "6030 ES mktplc fees", ACQUIRE),
        ("home-services", "Lead generator fees", ACQUIRE),
        # a landscaper's crews, plants and mulch, irrigation subcontractor; its door hangers
        ("home-services", "Maintenance crews", COST),
        ("home-services", "Mowing crews", COST),
        ("home-services", "5010 Mnt crw wgs", COST),
        ("home-services", "5020 Instl crw wgs", COST),
        ("home-services", "5030 Plnts/mlch/hrdscp", COST),
        ("home-services", "5050 Sub - irrig", COST),
        ("home-services", "6020 Dr hngrs/yd sgns", ACQUIRE),
        # a tax office's preparers and what it buys per return (a tax return is no product
        # sent back: "returns" had read as contra-revenue)
        ("accounting", "Seasonal preparers", COST),
        ("accounting", "5010 Prep wgs - seasonal", COST),
        ("accounting", "Return review fees paid to EA", COST),
        ("accounting", "Audit protection plan cost (per return)", COST),
        ("accounting", "Bank product fees (refund advance cost)", COST),
        ("accounting", "6040 Ref bonus $50 ea", ACQUIRE),
        # a florist's designers, flowers and greens, ribbon (no vehicle wrap), the share paid
        # to a filling florist; wire-in commissions and an order gatherer's share are revenue
        # given up; Teleflora's membership and a bridal show win customers
        ("retail", "Floral designers", COST),
        ("retail", "Holiday temp designers", COST),
        ("retail", "5030 Dsgnr wgs", COST),
        ("retail", "5010 Fresh flwrs/grns", COST),
        ("retail", "Ribbon and wrap", COST),
        ("retail", "4920 Wire ords sent - fill flst share", COST),
        ("retail", "4910 Wire ords rcvd - comm withheld", CONTRA),
        ("retail", "Order gatherer commissions", CONTRA),
        ("retail", "6050 TF mbrshp/clrghse", ACQUIRE),
        ("retail", "6040 Brdl show", ACQUIRE),
    ],
)
def test_g13_trade_words_and_abbreviations(
    vertical: str, name: str, expected: tuple[str, str | None]
) -> None:
    assert answer_in(vertical, name) == expected


@pytest.mark.parametrize(
    "name", ["Refund transfer add-on fee kept by office ($59)", "4100 RT add-on fee income"]
)
def test_g12_a_fee_the_office_keeps_is_left_for_the_owner_to_state(name: str) -> None:
    """G12: the refund-transfer add-on fee is income the office keeps, not an upsell it pays
    for ('add on' → marketing/grow). No category holds income, so the line is left unread
    (confidence none): BA106 asks for its kind, and the reason says a fee kept is revenue."""
    reading = answer_in("accounting", name)
    assert reading == OVERHEAD
    found = read_in("accounting", name)
    assert found.confidence == "none"
    assert "revenue" in found.reason
    # the upsell itself still reads as growth
    assert answer_in("accounting", "Add-on service upsell mailer") != OVERHEAD


@pytest.mark.parametrize(
    ("vertical", "name", "expected"),
    [
        # a hospice's referral sources: hospital discharge planners, assisted living
        ("medical", "hosp DCP", "referral"),
        ("medical", "ALF", "referral"),
        ("medical", "assisted living facility", "referral"),
        # a lab's account manager's visit: its own outreach
        ("medical", "AM visit", "outbound"),
        # a florist's wire services and order gatherers, a funeral home's referrals
        ("retail", "wire service", "paid"),
        ("retail", "TF wire", "paid"),
        ("retail", "order gatherer", "paid"),
        ("retail", "fnrl hm", "referral"),
        # EnergySage named "ES" alone, and yard signs, in a solar installer's sources
        ("home-services", "ES", "paid"),
        ("home-services", "yrd sgn", "paid"),
        # ...in that trade only: "ES" and "ALF" elsewhere stay a question
        ("dental", "ES", "other"),
        ("dental", "hosp DCP", "other"),
    ],
)
def test_g13_trade_sources(vertical: str, name: str, expected: str) -> None:
    assert source_kind_in(vertical, name) == expected
