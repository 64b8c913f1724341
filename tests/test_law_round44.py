"""The forty-fourth review round's law findings (a fractional CFO's review, 2026-12-06: Q2, Q5,
Q10, Q12 and Q13): lines the law may forbid, or money read as spent, that the audit had priced
as channels or offered as retention, and the controls that must stay silent."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from bizaudit.core.financing import given_up, given_up_marketing
from bizaudit.core.tied_house import gives_retailers
from bizaudit.model.verticals import verticals
from bizaudit.model.vocab import vertical_named_in

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
        ("Buyback nights @ Elm St Tavern", True),
        # ...and their neighbours: the brief's retailer words
        ("Free keg for Pour House bar grand opening", True),
        ("Comped keg - Elm St Tavern", True),
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
        # line or coil cleaning a producer may give a retailer of beer or wine (27 CFR §6.97:
        # the re-review's R7 corrects the review's Q5), and product bought back from one, a
        # return (27 CFR part 11)
        ("Line cleaning - on-prem accts", False),
        ("Line cleaning for bar accounts", False),
        ("Buyback of expired beer from accounts", False),
        # ...but tapping equipment given with it is a thing of value (27 CFR §6.88 lets a
        # producer sell it at cost: S12 of the round's second re-review), not for its own taproom
        ("Line cleaning + new faucets for accounts", True),
        ("Faucets for our taproom", False),
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
    """The review's brew-messy lines, in one profile with three controls: two BA119 warnings,
    one per line, and none for the line cleaning (27 CFR §6.97, the re-review's R7), the keg
    sold nor the wedding's keg."""
    lines = [
        "Promo - free keg for Pour House grand opening",
        "Buyback nights @ Elm St Tavern",
        "Line cleaning - on-prem accts",
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
    assert sorted(str(f.subject) for f in _found("BA119", profile)) == sorted(lines[:2])


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
    leaves out as revenue given up, so BA101 holds 30,000 against auto repair's 4% minimum, of
    revenue without the 42,000 too (BG6 of the sixty-first round's re-review): 30,000 ÷
    (1,000,000 − 42,000 = 958,000) = 3.13%, 3.1% (of 1,000,000 it had been 3%)."""
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
    assert ba101.message.endswith(
        "without it, in the marketing and in revenue, 3.1% ($30,000 of $958,000)"
    )


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


# -- Q13: an investment adviser's regime ------------------------------------------------------


def _adviser(
    lines: list[tuple[str, int]], industry: str | None = "investment-adviser"
) -> dict[str, Any]:
    business: dict[str, Any] = {"name": "Ruiz & Okafor Wealth Advisors"}
    if industry is not None:
        business["industry"] = industry
    return {
        "business": business,
        "revenue": 1350000,
        "activities": [
            *({"name": name, "spend": spend} for name, spend in lines),
            {"name": "Google Ads", "spend": 30000},
            {"name": "Advisor salaries", "spend": 600000},
        ],
        "customers": {
            "new": 40,
            "sources": {"cpa referral": 12, "client referral": 12, "google ads": 16},
            "average_revenue": 9000,
            "gross_margin": "70%",
            "retention_rate": "95%",
        },
    }


@pytest.mark.parametrize(
    "line",
    [
        "Zoe Financial - solicitor fee (25% of adv fee yr1)",
        "Referral fees paid to CPA firm (25% of first-year advisory fee)",
        "Client referral reward - $250 Visa gift card per referred household",
        "Promoter fee - estate attorney",
    ],
)
def test_an_advisers_paid_promoter_is_asked_for_the_marketing_rules_conditions(line: str) -> None:
    """Q13 (UL): the SEC's Marketing Rule (17 CFR 275.206(4)-1(b)) allows a paid promoter on
    conditions the profile cannot show: BA114 is information that quotes it and asks for the
    disclosures and the written agreement, not the AICPA's engagement letter."""
    (found,) = [f for f in _found("BA114", _adviser([(line, 14000)])) if f.subject == line]
    assert found.severity == "info"
    assert "275.206(4)-1" in found.message
    assert "written agreement" in found.advice
    assert "engagement letter" not in found.advice
    if "CPA" in line:
        # the CPAs it pays are bound by their own code, which the finding names as theirs, not
        # the adviser's (BH8 of the sixty-second round, 2026-12-07)
        assert "; the CPAs it pays are bound by their own code too: " in found.message
        assert found.message.index("275.206(4)-1") < found.message.index("ET 1.520.001")
    else:
        assert "ET 1.520.001" not in found.message + found.advice


@pytest.mark.parametrize(
    "line",
    [
        "Solicitor fee - not disclosed to clients",
        "Referral fee to unregistered finder (per account opened)",
        "CPA referral fee - no written agreement",
    ],
)
def test_a_promoter_the_line_says_breaks_the_condition_is_a_warning(line: str) -> None:
    """A line that says the promoter was not disclosed, is unregistered or has no agreement
    breaks the Marketing Rule's condition (or FINRA Rule 2040's): a warning."""
    (found,) = [f for f in _found("BA114", _adviser([(line, 14000)])) if f.subject == line]
    assert found.severity == "warning"


def test_an_advisers_unpaid_lines_raise_no_ba114() -> None:
    """Controls: a seminar, a client appreciation event and a CRM pay no one for referrals."""
    lines = [("Client education seminars", 6000), ("Client appreciation dinner", 4000)]
    assert _found("BA114", _adviser(lines)) == []


def test_ba102_asks_for_the_conditions_before_more_funding() -> None:
    """ria-edge's shape: half the new clients came by referral, 12 of 24 through the CPA
    firm's paid fee. BA102 must not say "keep funding it" of a fee whose disclosures are not
    shown: it asks for them first."""
    line = "Referral fees paid to CPA firm (25% of first-year advisory fee)"
    profile = _adviser([(line, 14000)])
    profile["activities"][0]["channel"] = "cpa referral"
    (found,) = _found("BA102", profile)
    assert "keep funding it" not in found.advice
    assert found.advice.startswith("before funding it further, confirm the disclosures")


def test_a_cpa_firms_referral_fee_keeps_the_aicpa_rule() -> None:
    """Control: the accounting vertical still quotes ET 1.520.001 and the engagement letter:
    the AICPA Code binds CPAs."""
    profile = _adviser([("Referral fees paid - financial advisor", 14000)], "accounting")
    profile["business"]["name"] = "Ruiz & Okafor CPAs"
    (found,) = _found("BA114", profile)
    assert "ET 1.520.001" in found.message
    assert "engagement letter" in found.advice


def test_the_name_gives_the_adviser_vertical_and_its_range() -> None:
    """With no industry declared, "Ruiz & Okafor Wealth Advisors" names the adviser vertical:
    BA109 says so, and BA101 notes that 5.78% meets its 1% low end (the 10% default applies
    until it is declared). By hand: (48,000 + 30,000) ÷ 1,350,000 = 5.78%."""
    profile = _adviser([("Seminars", 48000)], None)
    (ba109,) = [f for f in _found("BA109", profile) if "industry" in f.message]
    assert "'industry: investment-adviser'" in ba109.advice
    (ba101,) = _found("BA101", profile)
    assert "5.78%" in ba101.message
    assert "investment-adviser, whose range starts at 1%" in ba101.message


@pytest.mark.parametrize(
    ("name", "vertical"),
    [
        ("Ruiz & Okafor Wealth Advisors", "investment-adviser"),
        ("Summit Financial Planning LLC", "investment-adviser"),
        ("Harbor Wealth Management", "investment-adviser"),
        ("Cedar Financial Advisors", "investment-adviser"),
        # controls: a given name, a property manager
        ("Ria's Kitchen", None),
        ("Oak Property Management", None),
    ],
)
def test_an_advisers_name_is_read(name: str, vertical: str | None) -> None:
    assert vertical_named_in(name) == vertical


def test_the_adviser_verticals_range_is_sourced_and_not_a_floor() -> None:
    """1–5% of revenue, a practitioner's second-hand figure: low confidence, and its low end
    no floor (docs/verticals.md)."""
    adviser = verticals()["investment-adviser"]
    assert (adviser.marketing.low, adviser.marketing.high) == (Decimal("0.01"), Decimal("0.05"))
    assert adviser.marketing.source
    assert adviser.marketing.year == "—"
    assert adviser.marketing.confidence == "low"
    assert adviser.low_is_floor is False
    assert adviser.referral_condition is not None
    assert "275.206(4)-1" in (adviser.referral_rule or "")
    assert "FINRA Rule 2040" in (adviser.referral_rule or "")
