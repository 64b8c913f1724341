"""The forty-fourth review round's re-review (a CFO's, 2026-12-06): R9 (staff appreciation read
as keeping customers), R12 (the words still unread or misread, and the BA116 reader's token
first months) and R13 (channel names that misdescribe what they hold). Each expectation is
worked out from docs/domain.md, with the near names that must not move."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from bizaudit.core.classify import Classifier
from bizaudit.core.financing import given_up
from bizaudit.core.policy import resolve
from bizaudit.explain.economics import channel_notes
from bizaudit.explain.report import audit_report
from bizaudit.model.profile import Profile
from bizaudit.model.report import ProfileReport

from .conftest import ACQUIRE, COST, OVERHEAD, RETAIN, SELLING, answer_in, read_in

# R9: appreciation of the business's own people is a staff cost (operations); appreciation
# that names the customers it keeps stays marketing/retain; bare "appreciation" names no
# audience, so it is a guess


@pytest.mark.parametrize(
    ("vertical", "name", "answer"),
    [
        (None, "Team member appreciation", OVERHEAD),
        ("medical", "Nurse appreciation week", OVERHEAD),
        ("auto-repair", "Tech appreciation lunch", OVERHEAD),
        ("salon", "Stylist appreciation", OVERHEAD),
        (None, "Driver appreciation BBQ", OVERHEAD),
        (None, "Crew appreciation dinner", OVERHEAD),
        (None, "Associate appreciation", OVERHEAD),
        (None, "Volunteer appreciation", OVERHEAD),
        (None, "Teacher appreciation week", OVERHEAD),
        # controls: the customers named, however they are called
        ("medical", "Patient appreciation day", RETAIN),
        (None, "Client appreciation event", RETAIN),
        (None, "Customer appreciation", RETAIN),
        ("hospitality", "Guest appreciation night", RETAIN),
        ("fitness", "Member appreciation", RETAIN),
        ("accounting", "Client apprec - Topgolf", RETAIN),
    ],
)
def test_r9_whose_appreciation_it_is(
    vertical: str | None, name: str, answer: tuple[str, str | None]
) -> None:
    assert answer_in(vertical, name) == answer


@pytest.mark.parametrize(
    ("name", "confidence"),
    [
        ("Appreciation", "low"),
        ("Appreciation dinner", "low"),
        # a name that says whose it is reads high either way
        ("Customer appreciation", "high"),
        ("Nurse appreciation week", "high"),
    ],
)
def test_r9_bare_appreciation_is_a_guess(name: str, confidence: str) -> None:
    read = read_in(None, name)
    assert (read.category in ("marketing", "operations"), read.confidence) == (True, confidence)


# R12: bare "Opticians" delivers the glasses as "Optician wages" does (Q17); the associate ODs
# and the techs and scribes stay overhead, as the round read them (a practice's clinical staff
# on the payroll line, docs/domain.md's BA117, and the build part's "Optometrist associate pay")


@pytest.mark.parametrize(
    ("name", "answer"),
    [
        ("Opticians", COST),
        ("Optician wages", COST),
        ("Technician wages", COST),
        ("Techs/scribes", OVERHEAD),
        ("ODs - assoc", OVERHEAD),
        ("Associate optometrist wages", OVERHEAD),
        # controls: a commission or spiff on what is sold is selling
        ("Optician commissions - frames", SELLING),
        ("Optician spiffs - premium lenses", SELLING),
        ("Scribes", OVERHEAD),
        ("Staff CE seminar", OVERHEAD),
    ],
)
def test_r12_an_optometry_practices_delivering_roles(
    name: str, answer: tuple[str, str | None]
) -> None:
    assert answer_in("medical", name) == answer


@pytest.mark.parametrize(
    ("vertical", "name", "answer"),
    [
        # a photographer's mini sessions win clients (the source vocabulary reads "mini
        # session" as paid), and what they cost with them
        ("freelance", "Mini sessions - tree farm fee", ACQUIRE),
        ("freelance", "Mini session ads", ACQUIRE),
        # a camera body is equipment, as "Camera bodies (Sony FX3)" is labelled
        ("freelance", "Sony A7IV body", OVERHEAD),
        ("freelance", "Camera body", OVERHEAD),
        # an adviser's outsourced compliance programme
        ("investment-adviser", "RIA in a Box compliance", OVERHEAD),
        ("investment-adviser", "Compliance consultant (RIA)", OVERHEAD),
        # a payout named for new accounts wins them (Q6); the grid alone is cost of sales
        ("investment-adviser", "Grid payout for new accounts", SELLING),
        ("investment-adviser", "Grid payout", COST),
        # a client newsletter keeps clients, whoever sends it; the vendor alone still markets
        ("investment-adviser", "Client newsletter (FMG Suite)", RETAIN),
        ("investment-adviser", "FMG Suite", ACQUIRE),
        ("investment-adviser", "FMG Suite website", ACQUIRE),
        # bare CRMs stay selling, as docs/domain.md lists CRM under sales
        ("investment-adviser", "Wealthbox CRM", SELLING),
        ("investment-adviser", "Redtail CRM", SELLING),
        # controls: a postcard for new accounts is advertising
        (None, "Postcards for new accounts", ACQUIRE),
    ],
)
def test_r12_the_words_still_unread(
    vertical: str | None, name: str, answer: tuple[str, str | None]
) -> None:
    assert answer_in(vertical, name) == answer


def test_r12_bare_opticians_is_a_guess() -> None:
    """Alone, the word may pay for what is sold: the report asks (BA107)."""
    assert read_in("medical", "Opticians").confidence == "low"


def test_r12_a_client_newsletter_is_not_asked_about() -> None:
    """The vendor's name no longer rivals "client newsletter": no BA107 prompt."""
    assert read_in("investment-adviser", "Client newsletter (FMG Suite)").confidence == "high"


@pytest.mark.parametrize(
    ("line", "read"),
    [
        # docs/domain.md lists a first month sold for a token price and first-visit discounts
        # as revenue given up (BA116)
        ("Wash club $10 off 1st month", True),
        ("$10 off 1st month", True),
        ("$25 off first month - unlimited", True),
        ("99¢ first wash coupon", True),
        ("49¢ first wash", True),
        ("Membership 99¢ first month", True),
        # controls: a chemical's cost per wash, a bid per click, mailers that carry the offer
        # (their price is spend), a supplier's first month off, a month's supply
        ("Chem cost $1.50 per wash", False),
        ("$1.50 per wash", False),
        ("Google Ads - $1 per click bid", False),
        ("Mailers - 1st month $1 offer", False),
        ("Yelp ads $300 off first month", False),
        ("Mailchimp $100 off first month", False),
        ("Microfiber towels - 1st month supply", False),
        ("Facebook ads - $10 off first month club", False),
    ],
)
def test_r12_money_off_a_first_month_or_wash_is_revenue_given_up(line: str, read: bool) -> None:
    assert given_up(line, None) is read


# R13: a channel's name says what it holds, and the headline counts it once


def _run(**fields: Any) -> ProfileReport:
    data = {"version": 1, "business": {"name": "X"}, "revenue": 500000, "activities": []}
    profile = Profile.model_validate(data | fields)
    return audit_report(profile, resolve([]), classifier=Classifier())


def test_r13_the_knot_and_weddingwire_are_one_channel_named_by_its_entry() -> None:
    """photo-messy's shape: The Knot's and WeddingWire's placements, and a source "ww" named by
    the WW line: one channel, named by its vocabulary entry, counted once in the headline."""
    report = _run(
        business={"name": "X", "industry": "freelance"},
        revenue=110000,
        activities=[
            {"name": "Knot Pro Spotlight", "spend": 3600},
            {"name": "WW Featured", "spend": 1800},
            {"name": "IG boost", "spend": 1200},
        ],
        customers={"new": 9, "sources": {"knot": 5, "ww": 2, "instagram": 2}},
    )
    names = [c.name for c in report.channels]
    label = "Wedding marketplaces (The Knot, WeddingWire, Zola)"
    assert label in names
    assert "Knot Pro Spotlight" not in names
    wedding = next(c for c in report.channels if c.name == label)
    assert (wedding.spend, wedding.customers) == (Decimal(5400), 7)
    assert report.predictability.channels == [label, "IG boost"]


def test_r13_one_line_keeps_its_own_name() -> None:
    """A control: one line and its own source stay as before, by the line's name."""
    report = _run(
        activities=[{"name": "Google Ads", "spend": 12000}],
        customers={"new": 10, "sources": {"google": 10}},
    )
    assert report.predictability.channels == ["Google Ads"]


def test_r13_reps_on_commission_only_where_a_line_says_so() -> None:
    """brew-edge's "Brand ambassadors (field marketing)" joins the reps' channel (Q15), but no
    line says commission: no "(on commission)" in its name, and no note that reps on commission
    are paid on every sale; "Independent rep commissions" keeps both."""
    salaried = _run(
        revenue=4000000,
        activities=[{"name": "Brand ambassadors (field marketing)", "spend": 180000}],
        customers={"new": 30, "sources": {"sales rep": 30}},
    )
    [reps] = [c for c in salaried.channels if c.name.startswith("Sales reps and rep agencies")]
    assert reps.name == "Sales reps and rep agencies"
    assert not [n for n in channel_notes(reps, salaried.activities, "USD") if "ceiling" in n]
    paid = _run(
        revenue=3000000,
        activities=[{"name": "Independent rep commissions", "spend": 44000}],
        customers={"new": 6, "sources": {"independent rep": 6}},
    )
    [reps] = [c for c in paid.channels if c.name.startswith("Sales reps and rep agencies")]
    assert reps.name == "Sales reps and rep agencies (on commission)"
    assert [n for n in channel_notes(reps, paid.activities, "USD") if "a ceiling" in n]
