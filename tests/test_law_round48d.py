"""The forty-eighth review round's re-review, law part d (D12 and D13, 2026-12-06): wordings of
the round's wrongs its readings missed (a counselling practice's success stories and solicited
reviews from current clients, a DME supplier's robocalls to seniors, its call centre's Medicare
outreach and its reps paid per Medicare patient, a collision shop's deductible reimbursement,
its ad that says the insurer must use it and its gifts to adjusters), and a collision shop's
technicians and painters read as overhead. Each expectation worked out from the rules the mends
quote, with the near names that must stay silent."""

from __future__ import annotations

from typing import Any

import pytest

from bizaudit.core.ad_claims import Setting, claim
from bizaudit.core.financing import offsets_deductible
from bizaudit.core.metrics import gives_adjusters, pays_per_order

from .conftest import small_case
from .test_rules import _found

_COUNSELS = Setting(counselling=True)
_SUPPLIES = Setting(supplier=True)

# -- D12: a counselling practice's testimonials in other words ---------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Client reviews solicited from active clients",
        "Success stories from current patients",
        "Ask current clients for Google reviews",
        "Patient stories - current patients",
    ],
)
def test_success_stories_and_solicited_reviews_from_current_clients_are_testimonials(
    line: str,
) -> None:
    """D12: a client's success story published to win clients is a testimonial, and a review
    the line says was solicited (asked, requested) is one solicited; from current ("active")
    clients each is what APA Ethics Code 5.05 and ACA Code of Ethics C.3.b forbid soliciting,
    the same reading as "Client testimonials (current therapy clients)". Before the mend the
    reading asked for the word "testimonial" and found none."""
    assert claim(line, False, _COUNSELS) == "client testimonials"


@pytest.mark.parametrize(
    "line",
    [
        "Testimonials from former clients (unsolicited, consented)",
        "Success stories (former clients)",
        "Reviews from current clients (not solicited)",
        "Success stories from current patients (unsolicited)",
        "Google reviews",
        "Review request emails",
        "Active clients newsletter",
        "Current client retention calls",
    ],
)
def test_former_clients_unsolicited_reviews_and_other_lines_stay_silent(line: str) -> None:
    """D12's near names: former clients (5.05 names current ones), reviews or stories the line
    says were not solicited (5.05 forbids the soliciting), reviews with no current clients
    named, and lines to current clients that are neither stories nor reviews."""
    assert claim(line, False, _COUNSELS) is None


# -- D12: a DME supplier's calls and reps ---------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Robocalls to seniors about knee braces", "Call center - Medicare Part B supply outreach"],
)
def test_robocalls_to_seniors_and_a_call_centre_s_medicare_outreach_are_dme_telephone(
    line: str,
) -> None:
    """D12: a supplier's unasked calls to Medicare beneficiaries about covered items are what
    42 U.S.C. §1395m(a)(17) forbids; seniors are Medicare's beneficiaries nearly all (Part A at
    65 for those entitled to Social Security, 42 U.S.C. §426(a)), and a call centre the line
    says does Medicare supply outreach calls them. Before the mend neither "robocalls" nor a
    call centre was a telephone solicitation, and "seniors" no beneficiary."""
    assert claim(line, False, _SUPPLIES) == "dme telephone"


@pytest.mark.parametrize(
    ("line", "where"),
    [
        # not a supplier: seniors are read only where the business supplies the items
        ("Robocalls to seniors about knee braces", Setting()),
        # the existing-customer exception (§1395m(a)(17)(A)(ii))
        ("Refill reminder calls to existing Medicare customers", _SUPPLIES),
        # a call centre that answers
        ("Call center - inbound Medicare orders", _SUPPLIES),
        # no calls
        ("Senior center flyers - braces", _SUPPLIES),
        ("Medicare outreach events", _SUPPLIES),
    ],
)
def test_other_calls_and_outreach_stay_silent(line: str, where: Setting) -> None:
    """D12's near names: none is an unasked call to a Medicare beneficiary about a covered item
    by a supplier."""
    assert claim(line, False, where) is None


@pytest.mark.parametrize(
    ("line", "paid"),
    [
        ("Independent reps - $50 per Medicare patient", True),
        ("Outside marketers - $40 per new Medicaid patient", True),
        ("Sales rep commission per Medicare order (1099 independent)", True),
        # W-2 staff: the employee safe harbour (42 CFR §1001.952(i))
        ("Sales reps (W-2) - $50 per Medicare patient", False),
        # what a claim costs to bill pays no one who sells
        ("Medicare billing company - $3 per Medicare patient", False),
        ("Independent reps - $50 per Medicare claim", False),
        ("Medicare patient education", False),
        ("Outside marketing firm - flat monthly retainer (Medicare)", False),
    ],
)
def test_a_price_per_medicare_patient_to_a_non_employee_is_per_order_pay(
    line: str, paid: bool
) -> None:
    """D12: a non-employee who sells, paid a price for each Medicare or Medicaid patient, is
    paid for arranging the purchase of what the programme pays for (42 U.S.C.
    §1320a-7b(b)(2)(B)) as one paid per order is; before the mend the reading asked for the
    word "order". Employees, billing and a flat retainer stay as they were."""
    assert pays_per_order(line) is paid


# -- D12: a collision shop's deductible, ads and adjusters --------------------------------------


@pytest.mark.parametrize(
    ("line", "offsets"),
    [
        ("Deductible reimbursement program", True),
        ("Deductible refund to customers", True),
        ("Deductible waived for insured customers", True),
        # the business's own deductibles and staff's
        ("Deductible refund from insurer (subrogation)", False),
        ("Employee deductible reimbursement (HRA)", False),
        ("Deductible reimbursement - staff health plan", False),
        ("Insurance deductible - van accident", False),
        ("Deductible buy-down policies", False),
    ],
)
def test_a_deductible_reimbursed_to_customers_offsets_it(line: str, offsets: bool) -> None:
    """D12: reimbursing a customer's deductible is paying it, which Cal. Penal Code §551(b)
    (the auto-repair deductible_rule) reads as waiving it; before the mend only "waived",
    "credits", "rebates", "paid for" and the like were read. A refund the business gets back,
    staff's health deductibles and an insurance product are not."""
    assert offsets_deductible(line) is offsets


@pytest.mark.parametrize(
    ("line", "what"),
    [
        ("Ads - your insurer must use our shop", "shop choice"),
        ("Ads - insurance requires you use our shop", "shop choice"),
        ("Ads - your insurer must let you use our shop", None),
        ("Ads - insurer cannot require you to use any shop", None),
    ],
)
def test_an_ad_that_says_the_insurer_must_use_the_shop_is_shop_choice(
    line: str, what: str | None
) -> None:
    """D12: no law binds an insurer to a shop and the insured chooses (Cal. Ins. Code
    §758.5(a)), so an ad that says the insurer must use the shop says the false thing the
    shop-choice reading reads; the customer's right told ("must let you") is not it."""
    assert claim(line, False) == what


@pytest.mark.parametrize(
    ("line", "gives"),
    [
        ("Insurance adjuster gifts", True),
        ("Insurance agent holiday gift baskets", True),
        ("Cash to insurance adjusters", True),
        ("Adjuster lunch-and-learn", False),
        ("Adjuster training class", False),
        ("Independent appraiser fees", False),
        ("Insurance - garage keepers", False),
        ("Business cards", False),
    ],
)
def test_gifts_to_adjusters_and_insurance_agents(line: str, gives: bool) -> None:
    """D12: Cal. Penal Code §551 (the auto-repair referral_rule) forbids a shop to give an
    insurance agent, broker or adjuster consideration for referring an insured; gifts are
    read as cash already was. A lunch or a class alone, an appraiser's fee, the shop's own
    insurance and its business cards are not."""
    assert gives_adjusters(line) is gives


def _shop() -> dict[str, Any]:
    """A collision shop: the re-review's p11 wordings beside $30,000 of Google Ads."""
    return small_case(
        "Precision Auto Body",
        "auto-repair",
        [
            {"name": "Deductible reimbursement program", "spend": 10000},
            {"name": "Ads - your insurer must use our shop", "spend": 1000},
            {"name": "Insurance adjuster gifts", "spend": 2000},
            {"name": "Google Ads", "spend": 30000},
        ],
        {"google ads": 100},
    )


def test_the_collision_shop_s_three_wordings_are_warned_about() -> None:
    """D12 end to end: BA116 on the deductible reimbursed (quoting §551), BA120 on the ad
    (quoting §758.5(a)), BA114 on the adjusters' gifts (the referral rule's §551); before
    the mend none of the three had a finding."""
    profile = _shop()
    assert {f.subject for f in _found("BA116", profile)} == {"Deductible reimbursement program"}
    ba120 = _found("BA120", profile)
    assert [f.subject for f in ba120] == ["Ads - your insurer must use our shop"]
    assert "§758.5(a)" in ba120[0].message
    assert "Insurance adjuster gifts" in {f.subject for f in _found("BA114", profile)}


def _supplier() -> dict[str, Any]:
    """A DME supplier: the re-review's p09 wordings beside $30,000 of Google Ads."""
    return small_case(
        "Valley Home Medical Supply",
        "pharmacy",
        [
            {"name": "Robocalls to seniors about knee braces", "spend": 8000},
            {"name": "Call center - Medicare Part B supply outreach", "spend": 9000},
            {"name": "Independent reps - $50 per Medicare patient", "spend": 6000},
            {"name": "Refill reminder calls to existing Medicare customers", "spend": 4000},
            {"name": "Google Ads", "spend": 30000},
        ],
        {"google ads": 100},
    )


def test_the_supplier_s_three_wordings_are_warned_about() -> None:
    """D12 end to end: BA120 quoting §1395m(a)(17) on the robocalls and the call centre, BA114
    on the reps paid per Medicare patient; the refill reminders to existing customers stay
    silent."""
    profile = _supplier()
    ba120 = _found("BA120", profile)
    assert {f.subject for f in ba120} == {
        "Robocalls to seniors about knee braces",
        "Call center - Medicare Part B supply outreach",
    }
    assert all("§1395m(a)(17)" in f.message for f in ba120)
    ba114 = {f.subject for f in _found("BA114", profile)}
    assert "Independent reps - $50 per Medicare patient" in ba114
    assert "Refill reminder calls to existing Medicare customers" not in ba114


def test_the_counselling_practice_s_two_wordings_are_warned_about() -> None:
    """D12 end to end: BA120 quoting APA 5.05 on the solicited reviews and the success
    stories; the former clients' testimonials stay silent."""
    profile = small_case(
        "Mindful Path Counseling",
        "medical",
        [
            {"name": "Client reviews solicited from active clients", "spend": 2000},
            {"name": "Success stories from current patients", "spend": 1500},
            {"name": "Testimonials from former clients (unsolicited, consented)", "spend": 500},
            {"name": "Google Ads", "spend": 30000},
        ],
        {"google ads": 100},
    )
    ba120 = _found("BA120", profile)
    assert {f.subject for f in ba120} == {
        "Client reviews solicited from active clients",
        "Success stories from current patients",
    }
    assert all("5.05" in f.message for f in ba120)


# -- D13: a collision shop's productive labour -----------------------------------------------


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("Body technicians", "cost-of-sales"),
        ("Technicians", "cost-of-sales"),
        ("Painters", "cost-of-sales"),
        ("Refinish techs", "cost-of-sales"),
        ("Body techs", "cost-of-sales"),
        # near names that must not move
        ("Technician training", "operations"),
        ("Technician uniforms", "operations"),
        ("Tech software", "operations"),
        ("Technician tools", "operations"),
        ("Painter training", "operations"),
    ],
)
def test_a_collision_shop_s_technicians_and_painters_are_cost_of_sales(
    line: str, category: str
) -> None:
    """D13: in auto repair the technicians, body technicians, painters and refinish techs do
    the work sold (flag hours billed to the customer): their pay is cost of sales, as "Body
    techs" already was; before the mend "Body technicians" and "Technicians" were operations by
    the generic 'technician' and "Painters" and "Refinish techs" unknown. Their training,
    uniforms, tools and software stay overhead."""
    from bizaudit.core.classify import for_vertical
    from bizaudit.model import verticals

    vertical = verticals.get("auto-repair")
    assert vertical is not None
    found = for_vertical(vertical.id, vertical.terms).classify(line)
    assert found.category == category
