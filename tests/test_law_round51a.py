"""The fifty-first review round, part a (AL1, AL2, AL3, AL7 and AL15's tow item, 2026-12-06):
paying those who send the business its work, in trades the tool had read no law for: an
ambulance or NEMT company's price per trip to a nursing home's staff, a discharge planner or a
dialysis centre's social worker, and its discount on Part A trips given for Part B referrals
("swapping"); a tow company's payments to the property managers whose lots it tows from; a pool
builder's share to the landscapers who send builds. Each expectation worked out by hand from
the rules the mends quote, with the near names that must stay silent."""

from __future__ import annotations

from typing import Any

from bizaudit.core.metrics import pays_per_order

from .conftest import small_case
from .test_rules import _report

_AKS_TRIP = "a price for each trip they book with you"
_AMBULANCE_CPG = "68 Fed. Reg. 14245"


def _case(name: str, industry: str, lines: list[str]) -> dict[str, Any]:
    """A small profile of ``industry``, each line $10,000, beside Google Ads that brought its
    customers."""
    activities: list[dict[str, object]] = [{"name": n, "spend": 10000} for n in lines]
    activities.append({"name": "Google Ads", "spend": 10000})
    return small_case(name, industry, activities, {"google ads": 100})


# -- AL1: a price per trip to a referral source's staff --


def test_a_price_per_trip_to_a_referral_sources_staff_is_paid_per_referral() -> None:
    """AL1: paying a nursing home's staff, a hospital's discharge planners or a dialysis
    centre's social worker a price for each trip Medicare or Medicaid pays is remuneration for
    referring patients (42 U.S.C. §1320a-7b(b)(2)(A)), outside the employee and personal
    services safe harbours (42 CFR §1001.952(i), (d)). Before the mend the per-order reading
    knew orders, admissions and prescriptions but not trips, and "staff" read as the business's
    own. Near names: the business's own drivers paid per trip (W-2), fuel per trip and a
    broker's fee per trip pay no one who refers (the broker is AL10's, not this rule's)."""
    paid = [
        "$20 per Medicaid trip paid to nursing home staff who book us",
        "Referral fee per Medicaid trip to nursing home staff",
        "Cash to discharge planners per Medicare ambulance trip",
        "Per-trip fee to dialysis center social worker",
    ]
    for name in paid:
        assert pays_per_order(name), name
    for name in (
        "Driver pay per trip (W-2)",
        "Per-trip fuel cost",
        "Broker fee per trip (ModivCare)",
        "Staff bonus per trip",
    ):
        assert not pays_per_order(name), name
    report = _report(_case("CareRide Medical Transportation", "medical", paid))
    found = {f.subject: f for f in report.findings if f.rule == "BA114"}
    assert set(found) == set(paid)
    for name in paid:
        assert _AKS_TRIP in found[name].message
        assert "§1001.952(i)" in found[name].message
        assert _AMBULANCE_CPG in found[name].message
        assert found[name].severity == "warning"


def test_meals_for_discharge_planners_are_asked_of_a_transport_company() -> None:
    """AL1: an ambulance or NEMT company's lunches for a hospital's discharge planners, who
    book the trips, are remuneration to a referral source where one purpose is to induce
    referrals: BA114 asked (how often, how much, tied to trips?), as a hospice's meals for a
    nursing home's staff are (D10 of the forty-ninth round). Before the mend they were a funded
    referral channel with no word. Near names: the same lunches at a medical practice (no
    transport company by its name) stay referral cultivation, as they were."""
    line = "Lunches for discharge planners at the hospital"
    report = _report(_case("CareRide Medical Transportation", "medical", [line]))
    found = [f for f in report.findings if f.rule == "BA114" and f.subject == line]
    assert len(found) == 1
    assert "How often, how much" in found[0].message
    assert _AMBULANCE_CPG in found[0].message
    clinic = _report(_case("Riverside Internal Medicine", "medical", [line]))
    assert not [f for f in clinic.findings if f.rule == "BA114"]


# -- AL2: a discount on Part A trips for Part B referrals ("swapping") --


def test_a_discount_given_for_referrals_is_swapping_not_an_ambiguous_line() -> None:
    """AL2: a discount on the trips a nursing home pays for itself (Part A), given in exchange
    for the trips Medicare Part B pays, is remuneration for referrals (42 U.S.C.
    §1320a-7b(b)); the OIG's Advisory Opinion 99-2 and its Supplemental Compliance Program
    Guidance for Nursing Facilities (73 Fed. Reg. 56832, 2008) call it swapping. Before the
    mend the line was contra-revenue with BA107's "state its kind and purpose, or split it
    into two activities". Now BA114 warns, and BA107 says nothing of it (no advice to split a
    kickback). Near names: a volume discount in a contract and a prompt-pay discount name no
    referral and stay silent."""
    swap = "Discount on Part A ambulance trips to nursing home in exchange for its Part B referrals"
    near = ["Volume discount for nursing home contract", "Prompt-pay discount"]
    report = _report(_case("CareRide Ambulance", "medical", [swap, *near]))
    found = {f.subject: f for f in report.findings if f.rule == "BA114"}
    assert set(found) == {swap}
    assert "swapping" in found[swap].message
    assert "Advisory Opinion 99-2" in found[swap].message
    assert "73 Fed. Reg. 56832" in found[swap].message
    assert not [f for f in report.findings if f.rule == "BA107" and f.subject == swap]
    assert "split it" not in " ".join(f.advice for f in report.findings if f.subject == swap)


# -- AL3 and AL15: a towing company's payments to property managers, money from body shops,
# and favours to police officials --


def test_a_tow_company_paying_property_managers_gets_the_tow_trades_law() -> None:
    """AL3: a towing company is the payer and the owner or manager of the lot it tows from the
    one paid: Texas forbids a towing company to give anything of value to a parking facility
    owner in connection with the removal of a vehicle (Tex. Occ. Code §2308.402(a)); California
    forbids a towing service to give, and anyone to accept, compensation for arranging or
    requesting a tow (Vehicle Code §12110(a)). Before the mend "$25 per tow paid to apartment
    complex managers" was cost of sales with no finding, the free patrol service and the
    gratuity overhead, and "Kickback to apartment manager per tow" quoted the repair shop's
    §12110(c) and advised keeping "a fair relationship with tow companies". Each is now BA114
    with the tow trade's law and advice. Near names: the required signs (§2308.402(c)), rent
    for the company's own lot and its drivers' wages stay silent."""
    paid = [
        "$25 per tow paid to apartment complex managers (private property tows)",
        "Free patrol towing service to property managers in exchange for exclusive contract",
        "Gratuity to parking lot owner per vehicle towed",
        "Kickback to apartment manager per tow",
    ]
    near = ["Tow signs for property managers", "Rent for tow storage lot", "Tow operator wages"]
    report = _report(_case("Ridgeline Towing", "auto-repair", [*paid, *near]))
    found = {f.subject: f for f in report.findings if f.rule == "BA114"}
    assert set(found) == set(paid)
    for name in paid:
        assert "§2308.402(a)" in found[name].message
        assert "§12110(a)" in found[name].message
        assert "§12110(c)" not in found[name].message
        assert "repair shops" not in found[name].advice
        assert "towing companies" in found[name].advice
    assert report.score <= 79


def test_body_shop_cash_to_a_tow_company_is_asked_and_police_favours_are_ba121() -> None:
    """AL3 and AL15: money a body shop pays a tow company's drivers for the wrecks they bring
    is the accepting side of Cal. Vehicle Code §12110(c) (a towing service that accepts it is
    guilty too): BA114 asked, in the tow company's terms. Storage fees waived for a police
    chief's friends are a gift to one who controls the rotation list: BA121 asked, not BA107's
    "split it". Near names: storage fees collected and rotation tows name no favour."""
    cash = "Cash from body shops to drivers per wreck brought in"
    favour = "Storage fees waived for police chief's friends"
    near = ["Storage fees collected", "Police rotation tows"]
    report = _report(_case("Ridgeline Towing", "auto-repair", [cash, favour, *near]))
    ba114 = {f.subject: f for f in report.findings if f.rule == "BA114"}
    assert set(ba114) == {cash}
    assert "§12110(c)" in ba114[cash].message
    assert ba114[cash].message.rstrip().endswith("does your state allow it?")
    ba121 = {f.subject: f for f in report.findings if f.rule == "BA121"}
    assert set(ba121) == {favour}
    assert "rotation" in ba121[favour].message
    assert not [f for f in report.findings if f.rule == "BA107" and f.subject == favour]
    # a repair shop (no towing company by its name) is not asked about body-shop cash
    shop = _report(_case("Main Street Auto Repair", "auto-repair", [cash]))
    assert not [f for f in shop.findings if f.rule == "BA114" and f.subject == cash]


# -- AL7: a pool builder's share to landscapers and fee to realtors --


def test_a_pool_builders_fees_per_contract_are_asked() -> None:
    """AL7: "5% to landscapers per pool build referred" pays another trade for each contract
    it sends: California counts one who solicits pool contracts for a contractor as a home
    improvement salesperson (Bus. & Prof. Code §7152(a)), unregistered a misdemeanour
    (§7153(a)); whether a referrer solicits is asked, as a warning. "$1,000 referral fee to
    realtors per pool sold" is an information asking that the agent disclose it to the client.
    Before the mend the first was an unknown name, the second a referral channel, with no word.
    Near names: the builder's own salesperson's commission per pool sold, and landscaping
    subcontracted per build (work bought, no referral), stay silent.

    Reworked by hand in part w of the fifty-ninth round (2026-12-07): the landscapers' fee is
    asked, so information now (was a warning), holding the score under "Strong" as the
    warning did; the realtors' fee stays information that holds nothing."""
    landscapers = "5% to landscapers per pool build referred"
    realtors = "$1,000 referral fee to realtors per pool sold"
    near = ["Salesperson commission per pool sold", "Landscaping per pool build (subcontracted)"]
    report = _report(_case("BlueWave Pools", "home-services", [landscapers, realtors, *near]))
    found = {f.subject: f for f in report.findings if f.rule == "BA114"}
    assert set(found) == {landscapers, realtors}
    assert "§7153(a)" in found[landscapers].message
    assert found[landscapers].severity == "info"
    assert "disclose" in found[realtors].message
    assert found[realtors].severity == "info"


# -- AL4 (BA114's part): a non-lawyer declared a law firm --


def test_a_business_that_says_it_is_no_lawyer_is_not_told_the_model_rules() -> None:
    """AL4: an immigration consultant declared `legal` ("Notaria Publica Puente", a line
    "(consultant, not attorney)") was told ABA Model Rule 7.2(b) of its "$50 per client
    referred paid to pastors": a lawyers' rule for one who may not hold itself out as a
    lawyer. It is now asked in general terms (whether the clients are told and the state's
    law allows it), with no Model Rule quoted as binding and "a lawyer" to ask. Near names: a
    business named a law firm keeps the lawyers' rule, as does one whose only sign is a line of
    form preparers' wages (a law firm may employ those)."""
    line = "$50 per client referred paid to pastors"
    lay = _report(_case("Notaria Publica Puente", "legal", [line]))
    said = [f for f in lay.findings if f.rule == "BA114" and f.subject == line]
    assert len(said) == 1
    assert said[0].message.startswith(f"{line!r} may pay for referrals: Your business says")
    assert "Rule 5.4" not in said[0].message
    consultant = _report(
        _case("Puente Services", "legal", [line, "Asylum forms (consultant, not attorney)"])
    )
    assert "Your business says" in next(
        f.message for f in consultant.findings if f.rule == "BA114" and f.subject == line
    )
    for name, others in (
        ("Garcia Immigration Law Firm", []),
        ("Garcia & Reyes", ["Form preparers wages"]),
    ):
        firm = _report(_case(name, "legal", [line, *others]))
        text = next(f.message for f in firm.findings if f.rule == "BA114" and f.subject == line)
        assert "ABA Model Rule 7.2(b), adopted" in text
