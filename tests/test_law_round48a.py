"""The forty-eighth review round's findings on paying for referrals, rebates and deductibles
(2026-12-06: C1, C2, C4, C10): a bail agency declared an insurance agency, paying jail staff,
inmates, attorneys and runners and pricing bail below the filed rate; a DME supplier paying a
marketer and 1099 reps per Medicare order; a collision shop's tow payments in ledger words and
its deductible schemes; BA109's steer of a pet resort and a home-medical supplier."""

from __future__ import annotations

from typing import Any

import pytest

from bizaudit.core import metrics
from bizaudit.model import verticals

from .conftest import finding_words, small_case
from .test_rules import _found

# -- C1: a bail agency declared an insurance agency -------------------------------------------

_BAIL = "Liberty Bail Bonds"
_BAIL_LINES = (
    "Payments to jail trustees for referring inmates",
    "Gift cards to jailers and deputies",
    "Runners soliciting in jail lobby and courthouse",
    "Jail lobby card rack",
    "Referral fee to defense attorneys - $100 per bond",
    "Inmate referral bounty ($50 per cellmate referred)",
    "Rebate to cosigners for referring friends",
    "Premium discounts - bail for 5% (filed rate 10%)",
)
#: near names a bail agency pays on its own account, which must not move
_BAIL_OWN = (
    "Court filing fees",
    "Attorney fees - forfeiture defense",
    "Bail bond posting fees",
    "Office rent near courthouse",
    "Jail phone calls with clients",
    "Skip tracing software",
)


def _bail(lines: tuple[str, ...], name: str = _BAIL) -> dict[str, Any]:
    """The review's s01 isolation in short: each line at $5,000 beside $30,000 of Google Ads."""
    return small_case(
        name,
        "insurance-agency",
        [{"name": "Google Ads", "spend": 30000}, *({"name": n, "spend": 5000} for n in lines)],
        {"google ads": 60, "client referral": 40},
    )


def test_a_bail_agencys_payments_for_bail_business_are_ba114_under_the_bail_laws() -> None:
    """C1 (UL): each of the eight lines pays jail staff, inmates, attorneys, runners or
    cosigners for bail business, or prices bail below the filed rate, so each gets BA114 (the
    first three had been "operations? unknown name", the last two contra-revenue, unflagged),
    quoting the bail laws (Fla. Stat. §648.44, Cal. Code Regs. tit. 10, §2081(a)) and never the
    insurance codes' gift caps or RESPA."""
    found = {f.subject: finding_words(f) for f in _found("BA114", _bail(_BAIL_LINES))}
    assert set(found) == set(_BAIL_LINES)
    for line, said in found.items():
        assert "§648.44" in said or "§2081(a)" in said, line
        assert "RESPA" not in said, line
        assert "within your state's cap" not in said, line
        assert "without a licence" not in said, line
    assert "filed rate" in found["Premium discounts - bail for 5% (filed rate 10%)"]
    assert (
        "charge every client the filed rate" in found["Rebate to cosigners for referring friends"]
    )


def test_a_bail_agencys_own_costs_near_those_words_are_not_ba114() -> None:
    """C1: court filing fees, its own lawyer on its forfeitures, posting fees, rent near the
    courthouse, jail phone calls with clients and software pay no one for bail business."""
    assert _found("BA114", _bail(_BAIL_OWN)) == []
    for line in _BAIL_OWN:
        assert not metrics.pays_for_bail_business(line), line


def test_only_a_name_that_says_bail_and_no_insurance_is_a_bail_agency() -> None:
    """C1: "Liberty Bail Bonds", "A-1 Bail Bonding" and "Ace Bondsman" are bail agencies; a
    "Bailey Insurance Agency" (no bail) and "Bail Bonds & Insurance" (policies too) keep the
    insurance agency's rules."""
    for name in ("Liberty Bail Bonds", "A-1 Bail Bonding", "Ace Bondsman"):
        assert verticals.bails_not_insures(name), name
    for name in ("Bailey Insurance Agency", "Bail Bonds & Insurance", "Harbor Point Agency"):
        assert not verticals.bails_not_insures(name), name
    read = verticals.read_by("insurance-agency", _BAIL)
    assert read is not None
    assert read.trade == "bail"
    assert (read.referral_rule or "").startswith("State bail laws, not the insurance codes'")
    assert read.referral_condition is None
    assert read.retention_caution is None
    plain = verticals.read_by("insurance-agency", "Harbor Point Insurance Agency")
    assert plain is not None
    assert "RESPA" in (plain.referral_rule or "")


def test_a_plain_insurance_agency_keeps_its_rules_on_those_lines() -> None:
    """C1: the same jailers' gift cards at "Harbor Point Insurance Agency" are not read by the
    bail reading (an insurance agency has no jailers to pay; its own rules are unchanged), and
    its referral fee is still quoted the insurance code with RESPA."""
    found = {
        f.subject: finding_words(f)
        for f in _found(
            "BA114",
            _bail(
                ("Gift cards to jailers and deputies", "Referral fee to realtors - $50 each"),
                "Harbor Point Insurance Agency",
            ),
        )
    }
    assert "Gift cards to jailers and deputies" not in found
    assert "RESPA" in found["Referral fee to realtors - $50 each"]


def test_ba102_does_not_tell_a_bail_agent_to_pay_referral_fees() -> None:
    """C1: the review's bail-referral profile (attorneys send most bonds, nothing paid): BA102's
    advice had said "pay a referral fee to someone without a licence only where your state
    allows it"; for a bail agent it is the bail laws' own list of what is allowed."""
    profile = small_case(
        _BAIL,
        "insurance-agency",
        [{"name": "Google Ads", "spend": 5000}],
        {"attorney referrals": 80, "google ads": 20},
    )
    (hit,) = _found("BA102", profile)
    said = finding_words(hit)
    assert "without a licence" not in said
    assert "RESPA" not in said
    assert "never suggest an attorney" in said
    assert "lunch programme" not in said


def test_ba116_on_a_bail_premium_paid_back_says_filed_rate_not_a_rebating_schedule() -> None:
    """C1: a bail agency's "Premium paid for new clients (switch special)" is read by BA116 as
    premium paid out (as an insurance agency's was: AD3 of the nineteenth round); its
    wording is the bail rule's (the filed rate, Cal. Code Regs. tit. 10, §2081(a)) and its
    first advice is to charge the filed rate, not Florida's filed rebating schedule for
    insurance policies."""
    found = [
        finding_words(f)
        for f in _found("BA116", _bail(("Premium paid for new clients (switch special)",)))
        if "premium" in (f.subject or "").lower()
    ]
    assert found
    for said in found:
        assert "§2081(a)" in said
        assert "charge every client the filed rate" in said
        assert "rebating schedule" not in said
        assert "schedule filed with the insurer" not in said


@pytest.mark.parametrize(
    ("name", "cut"),
    [
        ("Premium discounts - bail for 5% (filed rate 10%)", True),
        ("Rebate to cosigners", True),
        ("Premium refunds to cosigners", True),
        ("Bail bond premium financing fees", False),
        ("Google Ads", False),
    ],
)
def test_what_cuts_a_bail_premium(name: str, cut: bool) -> None:
    """C1: a price below the filed rate, a rebate or a refund of the premium cuts it (Cal.
    Code Regs. tit. 10, §2081(a)); a premium-financing fee or an ad does not."""
    assert metrics.cuts_bail_premium(name) is cut


# -- C2: a DME supplier paying non-employees per Medicare order -------------------------------

_PER_ORDER_LINES = (
    "Per-referral payment to marketing company ($75 per CPAP order)",
    "Sales rep commission per Medicare order (1099 independent)",
)
#: near names: its own W-2 reps' commission, and what an order costs to ship or bill
_ORDER_COSTS = (
    "Sales rep commission per Medicare order (W-2)",
    "Shipping per order (UPS)",
    "Fulfillment vendor - $3 per order",
    "Billing company fee per order",
    "Marketing company retainer (flat monthly)",
)


@pytest.mark.parametrize("industry", ["pharmacy", "medical"])
def test_a_non_employee_paid_per_medicare_order_is_ba114(industry: str) -> None:
    """C2 (UL): a marketing company paid $75 per CPAP order and 1099 reps paid per Medicare
    order are remuneration for arranging for or recommending a purchase Medicare pays for
    (42 U.S.C. §1320a-7b(b)(2)(B)), outside the employee safe harbour (42 CFR §1001.952(i))
    and the personal-services one (§1001.952(d)): BA114 on both, under the review's two
    verticals (pharmacy, its choice, and medical, its isolation s02b), each naming both
    sections."""
    profile = small_case(
        "Valley Home Medical Supply",
        industry,
        [
            {"name": "Google Ads", "spend": 30000},
            *({"name": n, "spend": 10000} for n in _PER_ORDER_LINES),
        ],
        {"google ads": 70, "client referral": 30},
    )
    found = {f.subject: finding_words(f) for f in _found("BA114", profile)}
    assert set(found) == set(_PER_ORDER_LINES)
    for said in found.values():
        assert "§1001.952(i)" in said
        assert "§1001.952(d)" in said


def test_staff_commissions_and_order_costs_are_not_ba114() -> None:
    """C2: the supplier's own W-2 reps per order are left to the employee exception; shipping,
    a fulfilment vendor, a billing company per order and a flat marketing retainer pay no one
    per order sold."""
    profile = small_case(
        "Valley Home Medical Supply",
        "pharmacy",
        [
            {"name": "Google Ads", "spend": 30000},
            *({"name": n, "spend": 10000} for n in _ORDER_COSTS),
        ],
        {"google ads": 100},
    )
    assert _found("BA114", profile) == []
    for line in _ORDER_COSTS:
        assert not metrics.pays_per_order(line), line


# -- C4: a collision shop's tow payments in ledger words, and its deductible schemes ----------


def _shop(lines: tuple[str, ...]) -> dict[str, Any]:
    """The review's s04 isolation in short: each line at $10,000 beside $30,000 of Google Ads."""
    return small_case(
        "Precision Collision",
        "auto-repair",
        [{"name": "Google Ads", "spend": 30000}, *({"name": n, "spend": 10000} for n in lines)],
        {"google ads": 70, "client referral": 30},
    )


def test_tow_referral_payments_in_ledger_words_are_ba114() -> None:
    """C4 (UL): "6030 Tow ref pmts" is the spelled-out "Tow operator referral payments - $200
    per car towed in" (Cal. Vehicle Code §12110(c)); both get BA114. The shop's own towing
    ("Towing - customer cars", "Tow truck payment") pays no one for cars sent."""
    found = {
        f.subject
        for f in _found(
            "BA114",
            _shop(
                (
                    "6030 Tow ref pmts",
                    "Tow operator referral payments - $200 per car towed in",
                    "Towing - customer cars",
                    "Tow truck payment",
                )
            ),
        )
    }
    assert found == {"6030 Tow ref pmts", "Tow operator referral payments - $200 per car towed in"}
    assert not metrics.pays_tow_operators("Tow truck payment")


def test_a_shop_that_pays_deductibles_is_told_the_law_and_asked_how_the_insurer_was_billed() -> (
    None
):
    """C4 (UL): auto repair had no deductible rule, so "We pay your deductible - up to $500"
    was only "revenue given up ... take it out". Now BA116 quotes Cal. Penal Code §551(b) and
    asks how the insurer was billed; "Inflated supplement billing to cover deductible" is never
    a discount: it is said to be a bill raised on the insurer, the advice is to stop it, and
    "take it out" is not all it says."""
    found = {
        f.subject: finding_words(f)
        for f in _found(
            "BA116",
            _shop(
                (
                    "We pay your deductible - up to $500 (absorbed)",
                    "Inflated supplement billing to cover deductible",
                )
            ),
        )
    }
    paid = found["We pay your deductible - up to $500 (absorbed)"]
    assert "§551(b)" in paid
    assert "How was the insurer billed" in paid
    inflated = found["Inflated supplement billing to cover deductible"]
    assert "no discount" in inflated
    assert "§550" in inflated
    assert "revenue given up" not in inflated
    assert "stop it" in inflated


def test_a_shop_discount_with_no_deductible_stays_a_discount() -> None:
    """C4: "Senior discount - 10% off labor (given up)" names no deductible and no insurer: BA116
    (if any) quotes no deductible law."""
    for finding in _found("BA116", _shop(("Senior discount - 10% off labor (given up)",))):
        assert "§551(b)" not in finding_words(finding)


# -- C10: BA109's steer of a pet resort and a home-medical supplier ---------------------------


@pytest.mark.parametrize(
    ("name", "industry"),
    [
        ("Happy Tails Resort", "veterinary"),
        ("Paws & Whiskers Inn", "veterinary"),
        ("Home Medical Supply", "pharmacy"),
        ("Valley DME", "pharmacy"),
        ("Medical Equipment Rentals of Ohio", "pharmacy"),
    ],
)
def test_ba109_does_not_steer_a_pet_resort_or_a_medical_supplier(name: str, industry: str) -> None:
    """C10 (MW): "Happy Tails Resort" had been told its name says 'resort', which hospitality
    covers (a hotel's OTAs and RevPAR), and "Home Medical Supply" to declare `medical`, a
    practice's vertical; a pet word beside "resort" or "inn" and a supplier of medical goods
    say neither. BA109 says nothing of the industry for them."""
    profile = small_case(
        name, industry, [{"name": "Google Ads", "spend": 30000}], {"google ads": 100}
    )
    assert [f for f in _found("BA109", profile) if f.subject == "industry"] == []


@pytest.mark.parametrize(
    ("name", "industry"),
    [("Seaside Resort & Spa", "veterinary"), ("Harbor Medical Group", "pharmacy")],
)
def test_ba109_still_steers_a_hotel_or_a_medical_practice(name: str, industry: str) -> None:
    """C10: near names that must not move: a resort with no pet word and a medical group (a
    practice) are still told of the vertical their names say."""
    profile = small_case(
        name, industry, [{"name": "Google Ads", "spend": 30000}], {"google ads": 100}
    )
    assert [f.subject for f in _found("BA109", profile) if f.subject == "industry"] == ["industry"]
