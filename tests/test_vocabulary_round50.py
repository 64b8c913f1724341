"""The fiftieth review round (2026-12-06): the vocabulary parts of K8, K10, K11 and K14 and the
round's classify rows (carrier under the ``b2b-services`` sector, debt relief under
``mortgage``, auto glass under ``auto-repair``, driving school under ``coaching``, compounding
pharmacy under ``pharmacy``, roofer under ``home-services``). Each expectation is worked out from
docs/domain.md's definitions (cost-of-sales: "job labour", materials, whatever each job uses up;
sales/convert: "sales pay and commissions"; acquire: referral cultivation; contra-revenue:
revenue given up), with the near names that must not move. A trade's own words that mean
something else in another trade are read in that trade only (its vertical's ``terms`` in
data/verticals.toml), or as a phrase of several words."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bizaudit.core.metrics import Facts
from bizaudit.io.checker import Options, audit_of
from bizaudit.model.profile import Profile

from .conftest import ACQUIRE, CONTRA, COST, OVERHEAD, SELLING, answer_in, source_kind_in


def _facts(industry: str, revenue: int, new: int, *lines: tuple[str, int]) -> Facts:
    """The audit's figures for a business of ``industry`` with these lines and ``new`` new
    customers, read as the CLI reads them."""
    profile = Profile.model_validate(
        {
            "version": 1,
            "business": {"name": "Case", "industry": industry, "period": "2026"},
            "revenue": revenue,
            "activities": [{"name": name, "spend": spend} for name, spend in lines],
            "customers": {
                "new": new,
                "average_revenue": 2000,
                "gross_margin": "60%",
                "retention_rate": "0%",
            },
        }
    )
    return audit_of(profile, Options()).facts


# --- K10: a carrier's CPM is cents per mile ---------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["5010 Drvr pay CPM", "Driver pay CPM", "Drvr CPM", "CPM pay - company drivers",
     "Driver pay (per mile)"],
)  # fmt: skip
def test_k10_cpm_beside_a_drivers_pay_is_cost_of_sales(name: str) -> None:
    """K10: "5010 Drvr pay CPM" had read as CPM advertising ('cpm', marketing/acquire); CPM
    beside pay, a driver or a mile is cents per mile, what each load uses up."""
    assert answer_in(None, name) == COST


@pytest.mark.parametrize("name", ["CPM display ads", "CPM", "Display ads CPM", "Programmatic CPM"])
def test_k10_cpm_alone_or_beside_ads_stays_advertising(name: str) -> None:
    assert answer_in(None, name) == ACQUIRE


def test_k10_a_carriers_cpm_pay_is_no_acquisition_spend() -> None:
    """K10: a carrier on $780,000 with $200,000 of "5010 Drvr pay CPM", a $1,800 Truckstop
    plan (a load board, selling) and 25 new customers: CAC = (0 + 1,800) ÷ 25 = $72, not
    (200,000 + 1,800) ÷ 25 = $8,072 with the drivers' pay as advertising."""
    facts = _facts(
        "b2b-services",
        780000,
        25,
        ("5010 Drvr pay CPM", 200000),
        ("6020 Truckstop load board", 1800),
        ("Rent", 20000),
    )
    assert facts.economics.cac.acquire == Decimal(0)
    assert facts.economics.cac.value == Decimal(72)


# --- K8: a debt settlement firm's negotiators deliver; its enrolment staff sell --------------


@pytest.mark.parametrize(
    ("vertical", "name"),
    [
        ("mortgage", "Negotiators"),
        ("mortgage", "5000 Negot wgs"),
        (None, "Settlement negotiator commissions"),
        (None, "Debt negotiators"),
        (None, "Credit bureau dispute letters (mailing)"),
        ("mortgage", "Credit monitoring subscriptions for clients"),
    ],
)
def test_k8_a_debt_settlement_firms_negotiators_deliver_the_service(
    vertical: str | None, name: str
) -> None:
    """K8: negotiators settle the enrolled clients' debts, the service itself ("Negotiators"
    had read as 'negotiation', sales); a credit repair firm's dispute letters and its clients'
    credit monitoring are what each client's service uses up."""
    assert answer_in(vertical, name) == COST


@pytest.mark.parametrize(
    "name",
    ["6100 Enrlmt spec wgs", "6110 Enrlmt comm", "Inbound call center (enrollment)",
     "Enrollment specialists"],
)  # fmt: skip
def test_k8_enrolment_staff_and_their_commission_sell(name: str) -> None:
    assert answer_in("mortgage", name) == SELLING


@pytest.mark.parametrize(
    ("vertical", "name"),
    [
        ("auto-dealer", "Negotiators"),
        ("auto-dealer", "Negotiation training"),
        ("real-estate", "Buyer's negotiator commission"),
        (None, "Negotiators"),
    ],
)
def test_k8_other_negotiators_do_not_move(vertical: str | None, name: str) -> None:
    """A dealer's negotiators and negotiation training, and a buyer's negotiator, sell as
    before; only the mortgage vertical (where debt relief is filed) or "debt"/"settlement"
    beside the word makes a negotiator the service."""
    assert answer_in(vertical, name) == SELLING


def test_k8_the_cost_to_win_an_enrolled_client() -> None:
    """K8 (debt-messy's ledger): $840,000 of lead generators, $520,000 of negotiators, $380,000
    of enrolment specialists' wages and $60,000 of their commission on 1,500 new clients: CAC =
    (840,000 + 380,000 + 60,000) ÷ 1,500 = $853.33, not $560 (840,000 ÷ 1,500, enrolment
    unread) nor (840,000 + 520,000 + 380,000 + 60,000) ÷ 1,500 = $1,200 with the negotiators as
    sales."""
    facts = _facts(
        "mortgage",
        3000000,
        1500,
        ("Lead generators (paid per enrolled client)", 840000),
        ("5000 Negot wgs", 520000),
        ("6100 Enrlmt spec wgs", 380000),
        ("6110 Enrlmt comm", 60000),
    )
    cac = facts.economics.cac
    assert cac.sales == Decimal(440000)
    assert cac.value is not None
    assert round(cac.value, 2) == Decimal("853.33")


# --- K11: a carrier's costs of each load, its dispatcher and its load boards -----------------


@pytest.mark.parametrize(
    "name",
    ["Detention and layover pay to drivers", "Tolls and scales", "5030 Tolls/scls",
     "5020 Fuel - Pilot/TA", "CAT scale tickets"],
)  # fmt: skip
def test_k11_a_carriers_costs_of_each_load_are_cost_of_sales(name: str) -> None:
    """K11: what each load uses up (detention pay, tolls, scale tickets, truck-stop fuel) had
    read as overhead."""
    assert answer_in(None, name) == COST


@pytest.mark.parametrize("name", ["Fuel", "Delivery van fuel", "Tolls", "Parking and tolls"])
def test_k11_fuel_and_tolls_alone_stay_overhead(name: str) -> None:
    """A café's delivery van burns fuel and pays tolls too: alone, the words stay overhead."""
    assert answer_in(None, name) == OVERHEAD


@pytest.mark.parametrize(
    "name",
    ["Dispatch service (10% of gross, finds loads and negotiates rates)",
     "Dispatch service (8% of gross)", "6030 Disp svc 8% gross", "6010 DAT Pwr"],
)  # fmt: skip
def test_k11_a_dispatcher_on_a_share_of_gross_sells(name: str) -> None:
    """K11: a dispatcher paid a share of gross to find and book loads is a commission on what
    is sold (sales/convert), as DAT's load board ("dat power") reads."""
    assert answer_in(None, name) == SELLING


@pytest.mark.parametrize(
    ("vertical", "name", "expected"),
    [
        (None, "Dispatcher salary", OVERHEAD),
        (None, "Dispatch software", OVERHEAD),
        ("home-services", "Dispatch partner split 30% of gross", ACQUIRE),
        ("home-services", "Dispatch fees 25% of gross", ACQUIRE),
    ],
)
def test_k11_other_dispatch_does_not_move(
    vertical: str | None, name: str, expected: tuple[str, str | None]
) -> None:
    """A carrier's own dispatcher and its software stay overhead; a home-services dispatch
    partner, who sells the jobs it sends, stays marketing."""
    assert answer_in(vertical, name) == expected


def test_k11_the_load_boards_buy_the_load_board_customers() -> None:
    """K11 (truck-messy): "6010 DAT Pwr" $2,400 and "6020 TS Pro" $1,800 buy the 15 customers
    from "load board": the channel's CAC is 4,200 ÷ 15 = $280, not $0; the whole CAC with the
    dispatch service's $62,000 is (2,400 + 1,800 + 62,000) ÷ 25 = $2,648."""
    profile = Profile.model_validate(
        {
            "version": 1,
            "business": {"name": "Case", "industry": "b2b-services", "period": "2026"},
            "revenue": 780000,
            "activities": [
                {"name": "6010 DAT Pwr", "spend": 2400},
                {"name": "6020 TS Pro", "spend": 1800},
                {"name": "6030 Disp svc 8% gross", "spend": 62000},
                {"name": "5010 Drvr pay CPM", "spend": 200000},
            ],
            "customers": {
                "new": 25,
                "sources": {"load board": 15, "direct shipper": 4, "brkr": 6},
                "average_revenue": 31000,
                "gross_margin": "20%",
                "retention_rate": "60%",
            },
        }
    )
    audit = audit_of(profile, Options())
    assert audit.facts.economics.cac.value == Decimal(2648)
    [boards] = [c for c in audit.facts.by_channel if c.key == "load-boards"]
    assert boards.spend == Decimal(4200)
    assert boards.customers == 15


# --- K14: trade words and ledger abbreviations ------------------------------------------------


@pytest.mark.parametrize(
    ("vertical", "name"),
    [
        # auto glass: the shop's main material and what a chip repair uses up
        ("auto-repair", "Windshields"),
        ("auto-repair", "Windshields and glass parts"),
        ("auto-repair", "5010 Ureth/mldgs"),
        ("auto-repair", "Rock chip repair resin"),
        # driving school: instructors, the cars' dual brakes, road tests, workbooks
        ("coaching", "5010 Instr wgs - BTW"),
        ("coaching", "5015 Instr wgs - clsrm"),
        ("coaching", "Behind-the-wheel instructors"),
        ("coaching", "Dual-brake conversions"),
        ("coaching", "5050 Dual brk instl"),
        ("coaching", "Road test fees (third-party tester)"),
        ("coaching", "5060 Road tst fees (3rd pty tester)"),
        ("coaching", "Road-test package car rental"),
        ("coaching", "Driver ed textbooks and workbooks"),
        # compounding pharmacy: ingredients, containers, cold-chain shipping, technicians
        ("pharmacy", "APIs and bases"),
        ("pharmacy", "Vials, syringes and capsules"),
        ("pharmacy", "Cold-chain shipping"),
        ("pharmacy", "5070 Cold chn shpg"),
        ("pharmacy", "Compounding technician wages"),
        ("pharmacy", "Compounding technicians"),
        # roofer: shingles, underlayment and flashing in ledger form
        ("home-services", "5010 Shngls/ulay/flshng"),
        ("home-services", "Manufacturer warranty registration fees"),
    ],
)
def test_k14_what_each_job_uses_up_is_cost_of_sales(vertical: str, name: str) -> None:
    assert answer_in(vertical, name) == COST


@pytest.mark.parametrize(
    ("vertical", "name", "expected"),
    [
        ("auto-repair", "6120 Flt/dlr acct rep sal", SELLING),
        ("pharmacy", "6010 Rx rep sal", SELLING),
        ("home-services", "6040 Canvsr comm - per signed contngncy", SELLING),
        (None, "Shipper visits and lunches", SELLING),
        ("auto-repair", "6130 Ins agt lunches", ACQUIRE),
        ("pharmacy", "Prescriber education lunches", ACQUIRE),
        ("pharmacy", "6020 Dr ofc lunches", ACQUIRE),
        ("coaching", "6030 HS PTA spons", ACQUIRE),
        ("home-services", "6030 Yrd sgns", ACQUIRE),
        ("pharmacy", "4900 Copay assist w/o", CONTRA),
        # a claims administrator's network fees are the price of the insurer-routed jobs
        ("auto-repair", "Claims administrator network fees", ACQUIRE),
        ("auto-repair", "5050 TPA fees (SGC/LYNX)", ACQUIRE),
    ],
)
def test_k14_selling_and_winning_lines_in_ledger_form(
    vertical: str, name: str, expected: tuple[str, str | None]
) -> None:
    assert answer_in(vertical, name) == expected


@pytest.mark.parametrize(
    ("vertical", "name", "expected"),
    [
        # a life coach's car and fuel, a plan's TPA, software APIs, a café's van: not moved
        ("coaching", "Car leases", OVERHEAD),
        ("coaching", "Fuel", OVERHEAD),
        (None, "401(k) TPA fees", OVERHEAD),
        (None, "Claims administrator fees (self-funded health plan)", OVERHEAD),
        (None, "Windshield replacement - delivery van", OVERHEAD),
        (None, "API subscription", OVERHEAD),
        ("pharmacy", "Pharmacy technician wages", OVERHEAD),
        # a pharmacy's pharmacists stay overhead: NCPA's pharmacy statements put their pay in
        # operating expenses, below the gross margin the vertical's figures use
        ("pharmacy", "Pharmacist wages", OVERHEAD),
        (None, "Staff education", OVERHEAD),
    ],
)
def test_k14_near_names_do_not_move(
    vertical: str | None, name: str, expected: tuple[str, str | None]
) -> None:
    assert answer_in(vertical, name) == expected


@pytest.mark.parametrize(
    ("vertical", "name", "kind"),
    [
        ("coaching", "high school", "referral"),
        ("coaching", "high schools", "referral"),
        ("coaching", "tester", "paid"),
        ("mortgage", "lead generator", "paid"),
        ("auto-repair", "claims administrator", "paid"),
        ("auto-repair", "SGC/LYNX", "paid"),
        (None, "DAT", "outbound"),
    ],
)
def test_k14_customer_sources(vertical: str | None, name: str, kind: str) -> None:
    """A driving school's high schools refer students; a third-party tester paid by the school,
    a lead generator and a glass claims administrator (a network someone else runs) are paid."""
    assert source_kind_in(vertical, name) == kind
