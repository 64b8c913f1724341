"""The forty-fourth review round's law findings (a fractional CFO's review, 2026-12-07: Q2, Q5,
Q10, Q12 and Q13): lines the law may forbid, or money read as spent, that the audit had priced
as channels or offered as retention, and the controls that must stay silent."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from bizaudit.core.financing import given_up, given_up_marketing
from bizaudit.core.tied_house import gives_retailers

from .test_rules import _facts, _found

# -- Q2: meals, drinks and golf for the physicians who send patients ------------------------


def _eye_practice(line: str, sources: dict[str, int] | None = None) -> dict[str, Any]:
    """The review's optometry practice (scratch/opt-meal-1.yaml) with ``line`` in place of its
    surgeons' dinners: $6,000 on it beside $30,000 of Google Ads, and 80 patients from the
    surgeons."""
    return {
        "business": {"name": "Harbor Eye Associates", "industry": "medical"},
        "revenue": 2200000,
        "activities": [
            {"name": line, "spend": 6000},
            {"name": "Google Ads", "spend": 30000},
            {"name": "Staff wages", "spend": 900000},
        ],
        "customers": {
            "new": 1300,
            "sources": sources
            or {
                "cataract surgeon referral": 80,
                "google ads": 250,
                "referred by a patient": 500,
                "google": 470,
            },
            "average_revenue": 380,
            "gross_margin": "60%",
            "retention_rate": "75%",
        },
    }


@pytest.mark.parametrize(
    "line",
    [
        # the review's wording, and the meals and outings the brief names
        "Referral dinners for cataract surgeons",
        "Dinners with referring ophthalmologists",
        "Breakfast for referring physicians",
        "Happy hour - referring optometrists",
        "Golf outing with referring surgeons",
        "Drinks with Dr. Lee (cataract surgeon)",
        # the lunch-and-learn the review compared it with: already so
        "Lunch and learns for cataract surgeons' offices",
    ],
)
def test_a_meal_for_referring_physicians_is_no_channel_and_asks_for_no_join(line: str) -> None:
    """Q2 (UL): under the Anti-Kickback Statute (42 U.S.C. §1320a-7b(b)), which the medical
    vertical quotes, a meal or an outing for the physicians who send patients buys no
    referrals the report may count: the line is no funded channel (Google Ads is the only
    one), and BA206 does not ask that the surgeons' 80 patients be joined to it."""
    profile = _eye_practice(line)
    facts = _facts(profile)
    assert [item.activity.name for item in facts.channels] == ["Google Ads"]
    assert all(line not in f.message for f in _found("BA206", profile))
    assert any(item.activity.name == line for item in facts.cultivation) is False


@pytest.mark.parametrize(
    "line",
    [
        # the practice's own physicians at their own table, a recruiting dinner, patients'
        # events: no physician who refers is given anything
        "Team dinner - our surgeons",
        "Recruiting dinner - ophthalmologist candidates",
        "Patient appreciation dinner",
        "Google Ads - cataract surgery",
    ],
)
def test_a_meal_that_is_not_for_referring_physicians_is_left_as_it_was(line: str) -> None:
    """Controls: no referring physician is named as the guest, so nothing is read as buying
    referrals; the line is what the classifier made of it, as before."""
    facts = _facts(_eye_practice(line))
    assert all(id(item) not in facts.buying_none for item in facts.activities)


def test_the_meal_reading_needs_the_anti_kickback_rule() -> None:
    """A trade with no such rule (a restaurant's "Dinner with surgeons' association") is not
    read for it: nothing buys none where no rule says so."""
    profile = _eye_practice("Referral dinners for cataract surgeons")
    profile["business"] = {"name": "Harbor Grill", "industry": "restaurant"}
    assert _facts(profile).buying_none == frozenset()


# -- Q5: a free keg, abbreviated accounts, buyback nights -------------------------------------

_BREWERY = "Ridgeline Brewing Company"


@pytest.mark.parametrize(
    ("line", "flagged"),
    [
        # the review's three lines (scratch/brew-th-1, -3, -5)
        ("Promo - free keg for Pour House grand opening", True),
        ("Line cleaning - on-prem accts", True),
        ("Buyback nights @ Elm St Tavern", True),
        # ...and their neighbours: the brief's retailer words
        ("Free keg for Pour House bar grand opening", True),
        ("Comped keg - Elm St Tavern", True),
        ("Line cleaning - on-prem acct", True),
        ("Tap handles free for pub accounts", True),
        ("Buy-back night at Harbor Pub", True),
        ("Buyback nights at the Elm St Tavern", True),
        # controls: a keg sold, a keg given to a wedding customer or raffled to consumers, the
        # brewery's own pub, its taproom's lines, a keg's deposit bought back
        ("Keg sales to customers", False),
        ("Free keg for wedding customer", False),
        ("Free keg raffle - consumers at our taproom", False),
        ("Line cleaning - our own pub", False),
        ("Line cleaning - taproom", False),
        ("Keg buyback deposits", False),
        ("Pub trivia night sponsorship at our taproom", False),
    ],
)
def test_an_alcohol_makers_gifts_to_retailers_are_read(line: str, flagged: bool) -> None:
    """Q5 (UL): a producer may not give a retailer free goods, services or drinks bought for
    its house to win its orders (27 U.S.C. §205(b)(3); 27 CFR §6.41): a free keg goes to a bar
    whatever it is called (consumers are not given kegs), "accts" and "on-prem" are accounts,
    a "buyback" night is a round bought for the house."""
    assert gives_retailers(line, _BREWERY) is flagged


def test_the_reviews_brewery_gets_ba119_for_each_line_and_not_for_the_controls() -> None:
    """The review's brew-messy lines, in one profile with two controls: three BA119 warnings,
    one per line, and none for the keg sold nor the wedding's keg."""
    lines = [
        "Promo - free keg for Pour House grand opening",
        "Line cleaning - on-prem accts",
        "Buyback nights @ Elm St Tavern",
        "Keg sales to customers",
        "Free keg for wedding customer",
    ]
    profile = {
        "business": {"name": _BREWERY, "industry": "restaurant"},
        "revenue": 1650000,
        "activities": [
            *({"name": line, "spend": 2400} for line in lines),
            {"name": "Taproom payroll", "spend": 500000},
        ],
    }
    assert sorted(str(f.subject) for f in _found("BA119", profile)) == sorted(lines[:3])


def test_a_free_keg_is_read_of_alcohol_makers_only() -> None:
    """A caterer's "Free keg for Pour House grand opening" is no tied-house matter: BA119 is
    asked of a business whose name says it makes or wholesales alcohol."""
    profile = {
        "business": {"name": "Ridgeline Catering", "industry": "restaurant"},
        "revenue": 1650000,
        "activities": [{"name": "Promo - free keg for Pour House grand opening", "spend": 2400}],
    }
    assert _found("BA119", profile) == []


# -- Q10: a first month sold for a token dollar ----------------------------------------------


@pytest.mark.parametrize(
    ("line", "read"),
    [
        # the review's line (cw-messy), and the prices the brief names beside a month, a club
        # or a membership
        ("Unlimited club - 1st month $1 promo", True),
        ("$1 first month - unlimited club", True),
        ("Membership 99¢ first month", True),
        ("Club membership 99 cents trial month", True),
        ("Unlimited club - 1st month $10", True),
        ("$1 club membership promo", True),
        # controls: a club's advertising or software, a price for each car, an ad that
        # carries the offer (its spend is the media's price), a dollar a sign
        ("Unlimited club promo - radio", False),
        ("Monthly club software $199", False),
        ("Club - $1.50 per car", False),
        ("Facebook ads - $1 first month offer", False),
        ("Wash club signage $1 each", False),
        ("Google Ads $1,200/month", False),
    ],
)
def test_a_token_priced_first_month_is_revenue_given_up(line: str, read: bool) -> None:
    """Q10 (WN): docs/domain.md lists "a first month sold for a token dollar" as revenue given
    up (BA116): revenue counts what members paid (ASC 606's transaction price), so the washes
    of a $1 month are already out of it, and are no marketing money."""
    assert given_up(line, None) is read


def test_the_car_washs_dollar_month_is_taken_out_of_its_marketing() -> None:
    """scratch/cw-116.yaml's shape: the $42,000 dollar month beside $30,000 of real marketing.
    BA116 names the line, it is no funded channel, and the $42,000 is the marketing the share
    leaves out as revenue given up, so BA101 holds 30,000 ÷ 1,000,000 = 3% against auto
    repair's 4% minimum."""
    profile = {
        "business": {"name": "Splash Express Car Wash", "industry": "auto-repair"},
        "revenue": 1000000,
        "activities": [
            {"name": "Unlimited club - 1st month $1 promo", "spend": 42000},
            {"name": "Google Ads", "spend": 30000},
            {"name": "Chemicals", "spend": 90000},
        ],
    }
    assert [f.subject for f in _found("BA116", profile)] == ["Unlimited club - 1st month $1 promo"]
    facts = _facts(profile)
    assert [item.activity.name for item in facts.channels] == ["Google Ads"]
    assert given_up_marketing(facts) == Decimal(42000)
    (ba101,) = _found("BA101", profile)
    assert ba101.severity == "error"
    assert ba101.message.endswith("without it, 3% ($30,000)")


# -- Q12: gifts to planners are not retention ------------------------------------------------


def _photographer(line: str) -> dict[str, Any]:
    return {
        "business": {"name": "Ashby Creative Co.", "industry": "freelance"},
        "revenue": 112000,
        "activities": [
            {"name": "IG boost", "spend": 2400},
            {"name": line, "spend": 500},
            {"name": "Album (Miller's lab)", "spend": 6000},
        ],
    }


@pytest.mark.parametrize(
    "line",
    ["Planner thank-you gifts", "Venue thank you gifts", "Referral partner thank-you gifts"],
)
def test_ba104_does_not_offer_gifts_to_referrers_as_retention(line: str) -> None:
    """Q12 (MW): planners, venues and partners send couples; they are not the customers, and a
    gift to them keeps none (docs/domain.md, the retention part). BA104 still says nothing is
    spent on keeping customers, and does not suggest re-filing the line as 'purpose: retain'."""
    (found,) = _found("BA104", _photographer(line))
    assert line not in found.message
    assert "purpose: retain" not in found.advice


def test_ba104_still_offers_a_line_that_may_keep_customers() -> None:
    """Control: a line that names no one who sends customers, and points both ways (BA107),
    is still named (tests/test_rules.py's "Weave (phones, texting, recall)")."""
    (found,) = _found("BA104", _photographer("Weave (phones, texting, recall)"))
    assert "'Weave (phones, texting, recall)' may be (BA107)" in found.message
