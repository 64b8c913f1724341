"""The fifty-second review round, part a (AO1, AO4, AO3's consultant and AO2's plan,
2026-12-07): payments for referrals, paid or received. A sober living home's marketer paid per
resident, a body broker and the money it takes from an IOP and a toxicology laboratory; a
senior placement agency's own advisors and the fees it receives; a billing company's fee per
practice to the practices' consultant; a plan that grew an advertisement a distributor pays
for. Each expectation worked out by hand from the rules the mends quote, with the near names
that must stay silent."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from bizaudit.core.patient_inducements import brokers_patients, receives_for_patients
from bizaudit.core.plan import left_alone
from bizaudit.explain.left_alone import left_alone_text

from .conftest import finding_words, small_case
from .test_rules import _facts, _report

_SOBER = "Serenity Path Sober Living"


# -- AO1: a sober living home -------------------------------------------------------------------

_SOBER_PAID = (
    "$500 per resident paid to marketer who places them",
    "Marketer paid per resident placed",
    "Body broker fee per insured resident",
    "Per-head fee to patient recruiter",
)
_SOBER_RECEIVED = (
    "Payments received from Coastal IOP per resident referred",
    "Lab revenue share from toxicology lab per specimen",
)
_SOBER_ASKED = "Urine drug tests billed to insurance through affiliated lab"
#: near names a sober home pays for its own residents or its own staff, which must not move
_SOBER_OWN = (
    "Food per resident",
    "Drug test cups per resident",
    "House manager stipend per resident",
    "Recruiter fee per head hired",
    "Rent received from residents",
    "Drug tests billed to insurance by Quest",
    "Google Ads",
)


def _sober(lines: list[dict[str, object]]) -> dict[str, Any]:
    return small_case(_SOBER, "medical", lines, {"google ads": 60, "marketer": 40})


def test_a_sober_homes_marketer_paid_per_resident_is_patient_brokering() -> None:
    """AO1: EKRA §220(a)(2)(A) forbids paying anything to induce a referral of an individual
    to a recovery home, whoever pays; a marketer, a body broker or a patient recruiter paid
    per resident or per head is no employee, and §220(b)(2) excludes pay varying with the
    number referred from the employee exception anyway. Before the mend the four lines passed
    (an unknown name, two "fee"s) because "resident" and "head" were no unit the readings knew.
    Each gets BA114's patient-brokering text (EKRA, Fla. Stat. §817.505), a warning. Near names:
    the home's own costs per resident and a recruiter of staff per head hired."""
    for name in _SOBER_PAID:
        assert brokers_patients(name, True, True), name
        assert receives_for_patients(name) is None, name
    for name in _SOBER_OWN:
        assert not brokers_patients(name, True, True), name
        assert receives_for_patients(name) is None, name
    report = _report(_sober([{"name": n, "spend": 10000} for n in (*_SOBER_PAID, *_SOBER_OWN)]))
    found = {f.subject: f for f in report.findings if f.rule == "BA114"}
    assert set(found) == set(_SOBER_PAID)
    for name in _SOBER_PAID:
        assert "pays for patients" in found[name].message
        assert "18 U.S.C. §220" in found[name].message
        assert "§817.505" in found[name].message
        assert found[name].severity == "warning"


def test_plan_never_grows_a_marketer_paid_per_resident() -> None:
    """AO1: `plan --budget 50000 sober-edge.yaml` put $4,000 more into the source "marketer",
    joined to the $30,000 line "$500 per resident paid to marketer who places them" ($30,000 ÷
    35 = $857.14 a resident). Once BA114 reads the line, the channel is restricted and left
    alone, naming the line."""
    line = "$500 per resident paid to marketer who places them"
    facts = _facts(_sober([{"name": line, "spend": 30000}, {"name": "Google Ads", "spend": 6000}]))
    (marketer,) = [c for c in facts.by_channel if c.name == "marketer"]
    assert marketer.restricted == "BA114"
    why = left_alone_text(left_alone(marketer, 1))
    assert why is not None
    assert line in why


def test_money_a_sober_home_receives_for_referring_is_flagged_and_its_lab_billing_asked() -> None:
    """AO1: EKRA §220(a)(1) reaches whoever "solicits or receives any remuneration ... in
    return for referring a patient or patronage to a recovery home, clinical treatment
    facility, or laboratory"; Fla. Stat. §817.505(1)(b) the same (both read with the search
    tool). An IOP's payment per resident referred and a toxicology laboratory's revenue share
    per specimen are BA114 warnings "receives money for referring", whatever their spend ($0:
    booked as income); residents' drug tests billed through an affiliated laboratory are asked
    (info). Before the mend: an unknown name, contra-revenue 'revenue share', operations
    'insurance'. Received money is no payment for patients: neither line is "pays for
    patients". Near names: rent received from residents, tests billed by an unrelated lab."""
    for name in _SOBER_RECEIVED:
        assert receives_for_patients(name) == "received", name
    assert receives_for_patients(_SOBER_ASKED) == "asked"
    lines = [{"name": n, "spend": 0} for n in (*_SOBER_RECEIVED, _SOBER_ASKED)]
    lines += [{"name": n, "spend": 10000} for n in _SOBER_OWN]
    report = _report(_sober(lines))
    found = {f.subject: f for f in report.findings if f.rule == "BA114"}
    assert set(found) == {*_SOBER_RECEIVED, _SOBER_ASKED}
    for name in _SOBER_RECEIVED:
        said = finding_words(found[name])
        assert "receives money for referring" in said
        assert "§220(a)(1)" in said
        assert "§817.505(1)(b)" in said
        assert "stop taking it" in said
        assert found[name].severity == "warning"
    assert found[_SOBER_ASKED].severity == "info"
    assert "§220(a)(1)" in found[_SOBER_ASKED].message
    # a clinic that treats no addiction is asked nothing of the same lines
    clinic = _report(
        small_case(
            "Riverside Internal Medicine",
            "medical",
            [{"name": _SOBER_ASKED, "spend": 0}, {"name": "Google Ads", "spend": 10000}],
            {"google ads": 100},
        )
    )
    assert not [f for f in clinic.findings if f.rule == "BA114"]


# -- AO4: a senior placement agency -------------------------------------------------------------

_AGENCY = "Golden Years Senior Placement"


def _agency(lines: list[tuple[str, int]]) -> dict[str, Any]:
    """The reviewer's place-healthy profile: $675,000 of fees, 150 move-ins at $4,500 and a
    65% margin, 85 of them from discharge planners, family and social workers."""
    return {
        "business": {"name": _AGENCY, "industry": "home-care", "period": "2026"},
        "revenue": 675000,
        "activities": [{"name": n, "spend": s} for n, s in lines],
        "customers": {
            "new": 150,
            "sources": {
                "hospital discharge planners": 45,
                "google ads": 30,
                "caring.com leads": 35,
                "family referrals": 25,
                "social workers": 15,
            },
            "average_revenue": 4500,
            "gross_margin": "65%",
            "retention_rate": "0%",
        },
    }


_AGENCY_LINES = [
    ("Placement advisors commissions", 230000),
    ("Online leads purchased (Caring.com)", 48000),
    ("Google Ads", 30000),
    ("Lunch-and-learns for hospital discharge planners", 9000),
    ("Website and SEO", 12000),
    ("Office rent", 24000),
]


def test_a_placement_agencys_own_advisors_are_its_cost_of_sales_not_a_placement_service() -> None:
    """AO4: the agency IS the placement service; its advisors' commissions pay for delivering
    it (the 65% margin already nets them: 230,000 ÷ 675,000 = 34%). Before the mend they were
    sales, BA114 "pays a placement service for referrals", and the CAC excluding referrals
    came to $2,957.95 against a $2,925 LTV (BA204 error). As cost of sales: acquisition
    marketing is Caring.com $48,000 + Google Ads $30,000 + lunch-and-learns $9,000 + website
    $12,000 = $99,000, no sales line, so the CAC is $99,000 ÷ 150 = $660 and LTV ÷ CAC =
    2,925 ÷ 660 = 4.43×; excluding referrals, ($99,000 − $9,000) ÷ 65 = $1,384.62, 2.1×. No
    BA204, and no BA114 on the advisors (the lunch-and-learns keep theirs)."""
    report = _report(_agency(_AGENCY_LINES))
    assert not [f for f in report.findings if f.rule == "BA204"]
    flagged = {f.subject for f in report.findings if f.rule == "BA114"}
    assert "Placement advisors commissions" not in flagged
    assert "Lunch-and-learns for hospital discharge planners" in flagged
    facts = _facts(_agency(_AGENCY_LINES))
    (advisors,) = [a for a in facts.activities if a.activity.name.startswith("Placement")]
    assert advisors.classification.category == "cost-of-sales"
    assert facts.spend["sales"] == 0
    assert facts.spend["marketing"] == 99000
    assert facts.economics.cac.value == 660
    assert round(facts.economics.non_referral_cac.value or 0, 2) == Decimal("1384.62")
    # near names: a home-care agency (no placement agency by name or line) that pays
    # "Placement advisors commissions" still pays an outside placement service (X1 of the
    # forty-sixth round), and the agency's own fee to social workers per move-in is still paid
    # for referrals
    home = _agency(_AGENCY_LINES)
    home["business"]["name"] = "Comfort Keepers Home Care"
    assert "Placement advisors commissions" in {
        f.subject for f in _report(home).findings if f.rule == "BA114"
    }
    paid = "Referral fee paid to social workers per move-in"
    report = _report(_agency([*_AGENCY_LINES, (paid, 12000)]))
    assert paid in {f.subject for f in report.findings if f.rule == "BA114"}


def test_income_is_no_payment_for_referrals_and_a_medicaid_waiver_fee_is_asked() -> None:
    """AO4: "4000 Ref fee inc - ALFs" is the agency's income account (4000s, "inc"): money it
    receives, no payment for referrals, so no BA114. "Fees from communities for Medicaid
    waiver residents placed" is a fee RECEIVED for a referral where Medicaid pays: 42 U.S.C.
    §1320a-7b(b)(1)(A), asked (BA114, its spend $0). Near name: a fee received with no
    Medicaid named is not asked."""
    income = "4000 Ref fee inc - ALFs"
    waiver = "Fees from communities for Medicaid waiver residents placed"
    private = "Fees from communities for private-pay residents placed"
    lines = [*_AGENCY_LINES, (income, 0), (waiver, 0), (private, 0)]
    found = {f.subject: f for f in _report(_agency(lines)).findings if f.rule == "BA114"}
    assert income not in found
    assert private not in found
    said = finding_words(found[waiver])
    assert "receives a fee for residents whose care Medicaid may pay" in said
    assert "§1320a-7b(b)(1)(A)" in said
    assert "§1001.952(f)" in said


# -- AO3: a medical billing company's fee to the practices' consultant ---------------------------

_CONSULTANT_PAID = (
    "$2,000 per practice referred paid to practice management consultant",
    "Practice management consultant referral fee",
    "Referral fee to client's IT consultant",
)
#: near names: a retainer, the business's own consultants or advisers, a fee the practice is
#: told of, a financial adviser's fee
_CONSULTANT_OWN = (
    "Practice management consultant (monthly retainer)",
    "Our practice consultants commission per client",
    "Management consultants commission per client signed",
    "Practice consultant fee per practice (disclosed to practice)",
    "Client success advisor bonus per account",
    "Financial advisor referral fees",
)


def test_a_fee_per_practice_to_the_practices_consultant_is_asked_as_commercial_bribery() -> None:
    """AO3: where a practice management consultant advises the practices it sends the billing
    company, a fee per practice they are not told of is a benefit to the practices' agent from
    a third party: Cal. Penal Code §641.3, N.Y. Penal Law §180.00 (the laws BA121 already
    quotes for planners and a locksmith's supers). Not the Anti-Kickback Statute (Medicare does
    not pay for billing services). Whether the consultant advises them the line cannot say, so
    BA121 asks ("does the consultant advise those clients?"). Before the mend: "unknown name"."""
    lines = [{"name": n, "spend": 10000} for n in (*_CONSULTANT_PAID, *_CONSULTANT_OWN)]
    report = _report(small_case("Apex Medical Billing", "consulting", lines, {"google ads": 100}))
    found = {f.subject: f for f in report.findings if f.rule == "BA121"}
    assert set(found) == set(_CONSULTANT_PAID)
    for name in _CONSULTANT_PAID:
        said = finding_words(found[name])
        assert "does the consultant advise those clients?" in said
        assert "Cal. Penal Code §641.3" in said
        assert "Anti-Kickback" not in said


# -- AO2's plan part: a channel a supplier pays for ----------------------------------------------


def test_plan_never_grows_a_channel_whose_lines_a_supplier_pays_for() -> None:
    """AO2: `plan --budget 50000 liq-edge.yaml` put $12,000 into "Print (newspaper, magazine,
    flyers)", whose only line was "Newspaper ads paid by distributor" ($12,000 for 400
    customers, $30 each: the cheapest channel). A line that says a distributor, wholesaler,
    supplier or vendor pays for it is not the store's own spend to grow, whichever way round
    it is written; the channel is left alone, naming the line. Near name: the store's own
    newspaper ads, beside, are still a channel the plan may move. At a seller of alcohol the
    reason given is BA119's (a wholesaler paying a retailer's advertising is what the
    tied-house laws forbid: the r52b merge); elsewhere, that a supplier pays for it."""
    for store, line, reason in (
        ("Bottle Shop on Main", "Newspaper ads paid by distributor", "tied-house laws forbid"),
        ("Bottle Shop on Main", "Distributor paid for our newspaper ad", "tied-house laws forbid"),
        ("Main Street Hardware", "Newspaper ads paid by distributor", "a supplier pays for"),
        ("Main Street Hardware", "Vendor paid for our newspaper ad", "a supplier pays for"),
    ):
        case = small_case(
            store,
            "retail",
            [{"name": line, "spend": 12000}, {"name": "Google Ads", "spend": 7000}],
            {"newspaper": 40, "google ads": 60},
        )
        facts = _facts(case)
        (print_,) = [
            c for c in facts.by_channel if any(a.activity.name == line for a in c.activities)
        ]
        why = left_alone_text(left_alone(print_, 1))
        assert why is not None
        assert reason in why
        assert line in why
    own = small_case(
        "Bottle Shop on Main",
        "retail",
        [{"name": "Newspaper ads", "spend": 12000}, {"name": "Google Ads", "spend": 7000}],
        {"newspaper": 40, "google ads": 60},
    )
    (print_,) = [
        c
        for c in _facts(own).by_channel
        if c.activities and c.activities[0].activity.name == "Newspaper ads"
    ]
    assert left_alone(print_, 1) is None
