"""The fiftieth review round's re-review, part e (B1, B2, B4, B5 and B7's law, 2026-12-06): a
roofer's deductible absorbed or credited in its own words, a flyer that sends homeowners to
their own adjuster, a pharmacy ledger's copays written off and lunches for doctors' offices,
a debt-relief seller's advance fees, gifts to a DMV examiner and gift cards per claim. Each
expectation worked out by hand from the rules the mends quote, with the near names that must
stay silent."""

from __future__ import annotations

from typing import Any

from bizaudit.core.commercial_bribery import pays_examiners
from bizaudit.core.debt_relief import debt_fee_in_advance, sells_debt_relief
from bizaudit.core.financing import held_not_spent, waives_cost_sharing
from bizaudit.core.insurance_claims import adjusts_claims, bills_work_not_done
from bizaudit.core.metrics import physician_treat, rewards_claims

from .conftest import small_case
from .test_rules import _found, _report

_TEXAS = "Tex. Bus. & Com. Code §27.02"
_WAIVER = "§1320a-7a(i)(6)(A)"


def _case(name: str, industry: str, lines: list[str], kind: str | None = None) -> dict[str, Any]:
    """A small profile of ``industry``, each line $10,000 (of ``kind`` where given), beside
    Google Ads that brought its customers."""
    activities: list[dict[str, object]] = [
        {"name": n, "spend": 10000, **({"kind": kind} if kind else {})} for n in lines
    ]
    activities.append({"name": "Google Ads", "spend": 10000})
    return small_case(name, industry, activities, {"google ads": 100})


# -- B1: the deductible absorbed or credited, read as contra-revenue by its own words --


def test_a_deductible_absorbed_or_credited_gets_the_law_wherever_it_is_read() -> None:
    """B1: Tex. Bus. & Com. Code §27.02 makes it an offence for a seller paid from a property
    insurance claim to pay, waive or absorb the insured's deductible, or to give a credit that
    offsets it. "We absorb the deductible", "Deductible credit on insurance roofs" and
    "Absorbed deductible on hail jobs" are read as contra-revenue by the vocabulary's deductible
    terms; before the mend they got no BA116 at all, while "Credit toward your deductible",
    which nothing read, did. Each now gets BA116 with the Texas law, its advice to stop it, and
    the score's cap at 79 ("deductible rebate"). Counted as contra-revenue it is out of revenue
    already: the finding gives no profit "with and without" it."""
    lines = [
        "We absorb the deductible",
        "Deductible credit on insurance roofs",
        "Absorbed deductible on hail jobs",
    ]
    report = _report(_case("Lone Star Roofing", "home-services", lines))
    found = {f.subject: f for f in report.findings if f.rule == "BA116"}
    assert set(found) == set(lines)
    for line in lines:
        assert _TEXAS in found[line].message
        assert found[line].advice.startswith("stop it where a customer's job is paid")
        assert "with it" not in found[line].message
    assert report.score <= 79


def test_near_deductibles_stay_silent() -> None:
    """B1's near names: the business's own claim ("Insurance deductible paid on our truck
    accident", the truck's deductible: _OWN_CLAIM), and a line the same words name outside a
    trade paid from property claims (a restaurant has no deductible law), get no BA116 even
    when marked contra-revenue."""
    own = _case("Lone Star Roofing", "home-services",
                ["Insurance deductible paid on our truck accident"], "contra-revenue")  # fmt: skip
    assert not _found("BA116", own)
    bakery = _case("Sweet Crumb Bakery", "restaurant", ["We absorb the deductible"])
    assert not _found("BA116", bakery)


# -- B4: a pharmacy ledger's copays written off --


def test_a_ledger_copay_write_off_gets_the_waiver_law() -> None:
    """B4: "4900 Copay assist w/o" is a ledger's write-off of patients' copays, read as
    contra-revenue. A routine waiver falls outside the beneficiary-inducement law's exception
    (42 U.S.C. §1320a-7a(i)(6)(A)); "Copay waivers on compounded creams" already got that
    clause. Before the mend the write-off got no BA116. A write-off made for a documented
    financial need (hardship) is the exception, and "w/o" followed by a word is "without"."""
    assert waives_cost_sharing("4900 Copay assist w/o")
    assert waives_cost_sharing("Copay write-offs")
    assert not waives_cost_sharing("Visits w/o copay")
    assert not waives_cost_sharing("Copay w/o insurance card")
    case = _case("Apex Compounding", "pharmacy", ["4900 Copay assist w/o"])
    found = _found("BA116", case)
    assert [f.subject for f in found] == ["4900 Copay assist w/o"]
    assert _WAIVER in found[0].message
    hardship = _case("Apex Compounding", "pharmacy", ["Copay write-offs (hardship, documented)"])
    assert all(_WAIVER not in f.message for f in _found("BA116", hardship))


# -- B2: a flyer that sends homeowners to their own adjuster; a supplement for work not done --


def test_sending_customers_to_their_own_adjuster_is_not_adjusting() -> None:
    """B2: "Flyer: call your own public adjuster if you need one" was told it "acts as its
    customers' public adjuster ... stop it", though BA120's own advice is to leave the claim to
    the homeowner or a licensed public adjuster the roofer does not work with. A line that
    points customers to their own or a licensed adjuster, or says the business is not one,
    is not the practice; one that says the business adjusts or negotiates still is."""
    text = "Flyer: call your own public adjuster if you need one"
    assert not adjusts_claims(text, text.lower(), True)
    text = "We are not public adjusters - call a licensed public adjuster"
    assert not adjusts_claims(text, text.lower(), True)
    for text in (
        "Public adjusting - we negotiate your claim with your insurer",
        "We act as your own public adjuster",
        "Acting as public adjuster for homeowners (unlicensed)",
    ):
        assert adjusts_claims(text, text.lower(), True), text
    case = _case("Lone Star Roofing", "home-services",
                 ["Flyer: call your own public adjuster if you need one"])  # fmt: skip
    assert not _found("BA120", case)


def test_a_supplement_for_items_not_installed_bills_work_not_done() -> None:
    """B2's rest: a supplement is the contractor's added claim to the insurer, so "Supplement
    for items not installed" bills for work not done (a false claim: Tex. Penal Code
    §35.02(a), Cal. Penal Code §550(a)(1)), as "Supplements billed to insurer for items not
    installed" already did. Before the mend it was cost of sales with no finding. Not items
    "not yet installed" (billed ahead), nor an audit that finds them, nor a plain supplement."""
    assert bills_work_not_done("Supplement for items not installed",
                               "supplement for items not installed")  # fmt: skip
    for text in (
        "Supplements for items not yet installed",
        "Supplement audit - items not installed",
        "Supplement for ridge vent",
    ):
        assert not bills_work_not_done(text, text.lower()), text
    case = _case("Lone Star Roofing", "home-services", ["Supplement for items not installed"])
    found = _found("BA120", case)
    assert [f.subject for f in found] == ["Supplement for items not installed"]
    assert "§35.02(a)" in found[0].message


# -- B5: a debt relief seller's advance fee, named with the settlement alone --


def test_a_debt_relief_sellers_fee_before_settlement_is_an_advance_fee() -> None:
    """B5: 16 CFR §310.4(a)(5)(i) forbids a debt relief seller to request or receive any fee
    before at least one debt is settled. "Upfront fee before settlement" and "Advance fee
    charged before settlement" passed as operations 'fee', as the reading asked for the word
    "debt" or "enrol" in the line. Where the business's name says it sells debt relief
    ("Freedom Debt Relief") the settlement is the debt's, and each is BA120's; "prior to
    settlement" reads as "before". A fee collected after settlement, or earned on settled
    debts, stays silent."""
    assert sells_debt_relief("Freedom Debt Relief")
    assert not sells_debt_relief("Harbor Title Co")
    assert not sells_debt_relief("Apex Debt Collection")
    assert not sells_debt_relief("Smith Debt Law Group")
    lines = [
        "Upfront fee before settlement",
        "Advance fee charged before settlement",
        "Program fee prior to settlement",
    ]
    near = [
        "Settlement fees collected after settlement",
        "Settlement fee earned on settled debts",
        "Escrow fees (dedicated account provider)",
    ]
    for line in lines:
        assert debt_fee_in_advance(line, line.lower(), True), line
    for line in near:
        assert not debt_fee_in_advance(line, line.lower(), True), line
    found = _found("BA120", _case("Freedom Debt Relief", "b2c-services", lines + near))
    assert sorted(str(f.subject) for f in found) == sorted(lines)


def test_a_debt_relief_sellers_fee_at_enrolment_or_from_month_one_is_in_advance() -> None:
    """B5's rest: enrolment comes before any debt is settled, so a debt relief seller's
    "Program setup fee at enrollment" or "Monthly maintenance fee from month 1" is a fee taken
    before settlement (16 CFR §310.4(a)(5)(i)). The dedicated account's own fees, which an
    independent provider may charge (§310.4(a)(5)(ii)), stay silent, and elsewhere (a school's
    or a gym's "Registration fee at enrollment") nothing is read."""
    for line in ("Program setup fee at enrollment", "Monthly maintenance fee from month 1"):
        assert debt_fee_in_advance(line, line.lower(), True), line
    for line in ("Dedicated account setup fee at enrollment", "Client dedicated account bank fees"):
        assert not debt_fee_in_advance(line, line.lower(), True), line
    line = "Registration fee at enrollment"
    assert not debt_fee_in_advance(line, line.lower(), False)


def test_a_fee_before_settlement_elsewhere_is_a_closings_or_a_lawsuits() -> None:
    """B5's near names: a title company's or a law firm's "settlement" is a closing or a
    lawsuit's, and a law firm's "Advance fee deposit (client trust)" is money held in trust,
    not a debt relief fee: no BA120 where the business's name does not say it sells debt
    relief and the line does not name the debt."""
    lines = ["Upfront fee before settlement", "Advance fee deposit (client trust)"]
    for name, trade in (("Harbor Title Co", "real-estate"), ("Smith Law", "legal")):
        assert not _found("BA120", _case(name, trade, lines)), name


# -- B4: a compounding pharmacy ledger's lunches for doctors' offices --


def test_a_ledgers_dr_ofc_lunches_are_lunches_for_prescribers_offices() -> None:
    """B4: "6020 Dr ofc lunches" is the ledger's "Lunches for physician office staff", which
    gets the Anti-Kickback Statute's BA114 in a pharmacy (42 U.S.C. §1320a-7b(b)); "ofc" is
    the ledger's office. Before the mend it was a funded marketing channel with no BA114 and
    BA206's "no customers attributed". The pharmacy's own staff lunch ("Staff lunches (our
    ofc)") and a doctor's office's rent name no meal given to those who send patients."""
    assert physician_treat("6020 Dr ofc lunches")
    assert not physician_treat("Staff lunches (our ofc)")
    assert not physician_treat("Dr ofc rent")
    found = _found("BA114", _case("Apex Compounding", "pharmacy", ["6020 Dr ofc lunches"]))
    assert [f.subject for f in found] == ["6020 Dr ofc lunches"]
    assert "Anti-Kickback" in found[0].message
    near = _case("Apex Compounding", "pharmacy", ["Staff lunches (our ofc)"])
    assert not _found("BA114", near)


# -- B7's law: a meal for the examiner, a branded card per claim, the owners' trust money --


def test_a_meal_or_a_present_for_the_examiner_is_a_gift_to_a_decider() -> None:
    """B7: the examiner decides for the state whether the school's students pass; anything of
    value given to one who acts for a principal is commercial bribery (N.Y. Penal Law
    §180.00), not cash alone. "Lunch for the DMV examiner" got no BA121 before the mend. The
    examiner's wage, training to be one, and the school's own instructors' lunch stay
    silent."""
    assert pays_examiners("Lunch for the DMV examiner")
    assert pays_examiners("Holiday basket for road test examiners")
    for text in ("DMV examiner wages", "Road test examiner training", "Lunch for our instructors"):
        assert not pays_examiners(text), text
    case = _case("Safe Start Driving School", "coaching", ["Lunch for the DMV examiner"])
    assert [f.subject for f in _found("BA121", case)] == ["Lunch for the DMV examiner"]


def test_a_branded_gift_card_per_claim_rewards_the_claim() -> None:
    """B7: Fla. Stat. §559.920 (as amended in 2023) forbids a glass shop to give a customer a
    gift card or other item of value for making an insurance claim. "$50 Amazon card per
    claim" was read as contra-revenue 'amazon' with no BA114: a card named by its brand or
    priced is a gift card. A fuel card for the shop's technicians, or card fees per claim,
    stay silent."""
    assert rewards_claims("$50 Amazon card per claim")
    assert rewards_claims("Amazon cards for every insurance claim")
    assert not rewards_claims("Fuel card for techs per claim")
    assert not rewards_claims("Credit card fees per claim")
    case = _case("Clear View Auto Glass", "auto-repair", ["$50 Amazon card per claim"])
    assert [f.subject for f in _found("BA114", case)] == ["$50 Amazon card per claim"]


def test_a_property_managers_owner_trust_money_is_held_in_trust() -> None:
    """B7: rents a property manager collects for owners and pays over to them are the owners'
    money held in trust (e.g. Cal. Bus. & Prof. Code §10145), never its cost, as "Owner
    distributions paid from trust account" already was. "Owner trust money" and "Trust account
    disbursements to owners" were unknown; each is now BA116's "in trust". A business owner's
    "Owner trust distribution" (a trust that owns the business) and the trust account's bank
    fees are not. Nor, since W6 of the round's second re-review, "Owner trust money" in the
    singular, which a café's books may use for the owner's own family trust: the owners' or a
    property owner's trust money is read."""
    assert held_not_spent("Owner trust money") is None
    assert held_not_spent("Owners' trust money") == "in trust"
    assert held_not_spent("Property owner trust funds") == "in trust"
    assert held_not_spent("Trust account disbursements to owners") == "in trust"
    assert held_not_spent("Owner trust distribution") is None
    assert held_not_spent("Trust account bank fees") is None
