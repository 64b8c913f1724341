"""Mends of the fifty-ninth review round (a fractional CFO's, 2026-12-07), part c, each test
saying what a person worked out by hand.

1. BB8 (medium): a Brisbane electrician's "Ute finance - Toyota Finance (3 HiLux)" ($54,000),
   and the same line as "Chattel mortgage - ...", read as an unknown operating cost where
   "Vehicle loan - ..." read as a loan BA116 names. Australian and New Zealand books name a
   vehicle's or equipment's finance so ("ute finance", "vehicle finance", "asset finance",
   "chattel mortgage", "hire purchase", "HP"); they now read as a loan does, with the stand-in
   for depreciation where no depreciation is listed. A novated lease stays a cost: it is the
   employee's car, paid out of salary sacrificed (pay), and any lease stays a cost here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bizaudit.core.classify import classify
from bizaudit.core.financing import below_operating, bought_with, movement

from .conftest import finding_words, findings_by_subject, report_of

FIXTURES = Path(__file__).parent / "fixtures" / "review59c"


def _profile(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((FIXTURES / name).read_text(encoding="utf-8"))
    return data


# -- 1. BB8: a ute's finance, a chattel mortgage, a hire purchase -----------------------------

UTE = "Ute finance - Toyota Finance (3 HiLux)"


def test_a_utes_finance_is_read_as_the_vehicle_loan_it_is() -> None:
    """By hand from electrician-au.yaml: the listed costs add up to $1,122,500 on $1,240,000
    of revenue, an operating profit of $117,500 (117,500 ÷ 1,240,000 = 9.48%, "9.5%"); without
    the $54,000 of repayments, $171,500 (13.83%, "13.8%"), before the interest and the
    depreciation to list instead: the figures the "Vehicle loan - ..." variant gave. BA106 no
    longer asks what the line is."""
    report = report_of(_profile("electrician-au.yaml"))
    [told] = findings_by_subject(report, "BA116").values()
    said = finding_words(told)
    assert told.subject == UTE
    assert "looks like a loan being repaid" in said
    assert "$117,500 (9.5% of revenue) with it, $171,500 (13.8%) without it" in said
    assert "list the loan's interest (and the equipment's depreciation) instead" in said
    assert UTE not in findings_by_subject(report, "BA106")


@pytest.mark.parametrize(
    "name",
    [
        UTE,
        "Chattel mortgage - Toyota Finance (3 HiLux)",
        "Chattel mortgage",
        "Hire purchase - excavator",  # had read as cost of sales by 'purchase'
        "Hire purchase - Isuzu truck (Scania Finance)",
        "HP - Kubota tractor",
        "HP repayments",
        "Vehicle finance - Ford",
        "Motor vehicle finance",
        "Truck finance",
        "Asset finance - excavator",
        "Equipment finance - Westpac",  # as before
        "Finance - ute",
    ],
)
def test_australian_vehicle_and_equipment_finance_is_a_loans_repayment(name: str) -> None:
    """Each names the repayments of a vehicle's or equipment's finance, principal and
    interest together: a loan's, as "Vehicle loan" reads, in operations."""
    reading = classify(name)
    assert reading.category == "operations"
    assert movement(name, reading.term) == "loan"


@pytest.mark.parametrize(
    "name",
    [
        UTE,
        "Chattel mortgage",  # a mortgage over goods, not a building
        "Hire purchase",
        "HP - Kubota tractor",
    ],
)
def test_what_such_finance_bought_wears_out(name: str) -> None:
    """A chattel mortgage and a hire purchase finance goods, and a ute is a vehicle: what
    they bought depreciates, so the principal stands in for that depreciation where none is
    listed (a bare "Chattel mortgage" had read as a building's, by 'mortgage')."""
    assert bought_with(name) == "asset"


@pytest.mark.parametrize(
    "name",
    [
        "Novated lease - director's car",  # salary packaging: pay, a cost
        "Novated lease (salary packaging)",
        "HP laptops",  # the computer maker
        "HP printer ink",
        "HP Instant Ink",
        "HP DesignJet plotter lease",
        "Boat - 75 HP outboard service",  # horsepower
        "Ute hire",  # a rental, a cost
        "Toyota Finance",  # a lender's name alone says nothing of what is paid
        "Finance charges",  # interest, after the operating profit
        "Hire purchase interest",
        "Chattel mortgage interest",
    ],
)
def test_near_names_are_no_loans_repayment(name: str) -> None:
    """A novated lease is the employee's lease, which the employer pays out of the salary the
    employee gives up: remuneration, a cost of the business, not its debt; a computer maker's
    goods, horsepower, a hire and a finance's interest are no principal repaid."""
    assert movement(name, classify(name).term) is None


@pytest.mark.parametrize(
    "name", ["Hire purchase interest", "Chattel mortgage interest", "Vehicle finance interest"]
)
def test_such_finances_interest_comes_after_the_operating_profit(name: str) -> None:
    """The interest on such finance is a finance cost, listed after the operating profit, as
    "Loan interest" is."""
    assert below_operating(name, classify(name).term)


def test_a_utes_finance_stands_in_for_the_depreciation_it_bought() -> None:
    """The landscaper's case of AZ10 (round 58) with a ute's finance, by hand: $1,000,000 of
    revenue, $960,000 of costs with the $24,000 of repayments: 40,000, 4%; without them 64,000,
    6.4%, over the 5% line. No line lists depreciation, which repayments over a ute's life
    about match, so whether the margin is thin is not known: BA115 says so as information."""
    profile: dict[str, Any] = {
        "version": 1,
        "business": {"name": "Sparky", "industry": "home-services", "currency": "AUD"},
        "revenue": 1000000,
        "activities": [
            {"name": "Advertising - Google Ads", "spend": 100000},
            {"name": "Wages - electricians", "spend": 836000},
            {"name": "Ute finance - Toyota Finance (2 HiLux)", "spend": 24000},
        ],
        "customers": {"new": 1000, "sources": {"google ads": 1000}, "average_revenue": 2000,
                      "gross_margin": "60%", "churn_rate": "20%"},
    }  # fmt: skip
    [told] = [f for f in report_of(profile).findings if f.rule == "BA115"]
    assert told.severity == "info"
    said = finding_words(told)
    assert "counting $24,000 of payments on loans for vehicles or equipment" in said
    assert "6.4% without them: whether the margin is thin is not known" in said
