"""The forty-fifth review round, law part b (a fractional CFO's review of six trades,
2026-12-06: T3, T4, T5, T6 and T22): each expectation worked out from the rules the mends
quote, with the controls that must stay silent."""

from __future__ import annotations

from typing import Any

import pytest

from bizaudit.core.ad_claims import claim
from bizaudit.core.plan import left_alone

from .test_rules import _facts, _found

# -- T4: rental ads that state a preference by familial status or refuse vouchers ------------

_RENTAL_ADS = {
    "Craigslist rental ads - adults only, no Section 8": 2400,
    "Zillow rental ads - no kids, perfect for young professionals": 3000,
    "Facebook ads targeting renters under 40 (no families)": 3000,
}


def _manager(lines: dict[str, int] = _RENTAL_ADS) -> dict[str, Any]:
    """The review's property manager (scratch/s07-fha.yaml): the rental ads beside $20,000 of
    Google Ads for owners and $500,000 of salaries, on $900,000 of revenue; 30 new owners, 20
    from Google Ads."""
    return {
        "business": {"name": "Test Property Management", "industry": "real-estate"},
        "revenue": 900000,
        "activities": [
            *({"name": name, "spend": spend} for name, spend in lines.items()),
            {"name": "Google Ads - owner leads", "spend": 20000},
            {"name": "Property manager salaries", "spend": 500000},
        ],
        "customers": {
            "new": 30,
            "sources": {"google ads": 20, "owner referral": 10},
            "average_revenue": 3500,
            "gross_margin": "50%",
            "retention_rate": "85%",
        },
    }


@pytest.mark.parametrize(
    ("line", "what"),
    [
        ("Craigslist rental ads - adults only, no Section 8", "familial status and income"),
        ("Zillow rental ads - no kids, perfect for young professionals", "familial status"),
        ("Facebook ads targeting renters under 40 (no families)", "familial status"),
        ("Apartment listing - no children", "familial status"),
        ("Rental ads - no Section 8", "source of income"),
        ("Zillow rental listings (no vouchers)", "source of income"),
    ],
)
def test_a_rental_ad_that_states_a_preference_is_read(line: str, what: str) -> None:
    """T4: "adults only", "no kids", "no children", "no families" in an ad for a dwelling
    state a preference by familial status (42 U.S.C. §3604(c)); "no Section 8" or "no
    vouchers" in a rental's ad refuses voucher holders (unlawful in many states)."""
    assert claim(line) == what


@pytest.mark.parametrize(
    "line",
    [
        "Zillow rental ads - perfect for young professionals",  # a description (decided)
        "Ads - 55+ community, adults only",  # housing for older persons, §3607(b)
        "Senior apartments ads - adults only 62 and over",
        "Adults only comedy night ads",  # no dwelling
        "Restaurant promo - no vouchers accepted",  # coupons
        "Rental listings - Section 8 welcome",
        "Zillow rental listings",
        "Family-friendly rental ads (kids welcome)",
    ],
)
def test_what_fair_housing_law_does_not_reach_is_left(line: str) -> None:
    """T4 controls: a description of the tenant, an older persons' community, a comedy club,
    a restaurant's coupons, an ad that welcomes vouchers or families."""
    assert claim(line) is None


def test_the_rental_ads_are_no_channel_nor_marketing_to_grow() -> None:
    """T4 (UL): each rental ad gets BA120; Google Ads is the one funded channel; BA101 takes
    the $8,400 out of the marketing it defends ($2,400 + $3,000 + $3,000 = $8,400 of $28,400,
    3.16% of $900,000), and the Google Ads channel is the only one `plan` may move."""
    profile = _manager()
    facts = _facts(profile)
    assert [i.activity.name for i in facts.channels] == ["Google Ads - owner leads"]
    found = _found("BA120", profile)
    assert {f.subject for f in found} == set(_RENTAL_ADS)
    assert all("42 U.S.C. §3604(c)" in f.message for f in found)
    assert "§3607(b)" in found[0].message
    voucher = next(f for f in found if "Section 8" in (f.subject or ""))
    assert "many states and cities" in voucher.message
    assert "Gov. Code §12955" in voucher.message
    (ba101,) = _found("BA101", profile)
    assert "$8,400 of it pays for what BA120 warns about" in ba101.message
    held = [
        c for c in facts.by_channel if any(i.activity.name in _RENTAL_ADS for i in c.activities)
    ]
    assert held
    assert all(left_alone(c, 1) for c in held)


# -- T3: a cosmetic-surgery practice's ads ---------------------------------------------------


@pytest.mark.parametrize(
    ("line", "what"),
    [
        ("Instagram ads - prom nose jobs targeting 16-17 year olds", "cosmetic minors"),
        ("Instagram ads targeting teens 15-17 (lip filler)", "cosmetic minors"),
        ('Google Ads - "board certified" claim (surgeon not ABMS certified)', "board claim"),
        ("Google Ads - 'board certified' claim (surgeon not board certified)", "board claim"),
        ("Before/after photos - stock images and retouched (Facetune)", "altered photos"),
        ("Facebook ads - before and after photos of other surgeons' patients", "altered photos"),
    ],
)
def test_the_cosmetic_practice_s_ads_are_read(line: str, what: str) -> None:
    """T3: ads for a cosmetic procedure aimed at 15-17-year-olds, a board certification the
    line says is not held (Fla. Stat. §458.3312; Cal. B&P §651(h)(5)(B)), before-and-after
    images that are stock, retouched or another surgeon's patients (Cal. B&P §651(b)(3))."""
    assert claim(line) == what


@pytest.mark.parametrize(
    "line",
    [
        "Google Ads - board certified plastic surgeon",
        "SEO and website (before/after gallery, patient-consented)",
        "6030 Mktg - Photo/Video B&A",
        "Before/after photos - no filter",
        "Instagram ads lip filler 18-34",
        "Ads to parents of teens - rhinoplasty consult",
        "Teen acne facial ads",
        "Botox and filler inventory",
    ],
)
def test_what_the_practice_may_say_is_left(line: str) -> None:
    """T3 controls: a board certification not said to be false, the practice's own
    consented photos, a photo shoot, "no filter", adults' ages, parents, a facial for teens,
    stock of goods."""
    assert claim(line) is None


def _surgery() -> dict[str, Any]:
    """The review's isolation (scratch/s04-ps-ads.yaml): $30,000 + $10,000 of Instagram ads
    aimed at minors, $30,000 of Google Ads with the false credential, $6,000 + $6,000 of
    altered before/after photos; $3,000,000 of revenue."""
    return {
        "business": {"name": "Test Cosmetic Surgery", "industry": "med-spa"},
        "revenue": 3000000,
        "activities": [
            {"name": "Instagram ads - prom nose jobs targeting 16-17 year olds", "spend": 30000},
            {"name": "Instagram ads targeting teens 15-17 (lip filler)", "spend": 10000},
            {
                "name": "Google Ads - 'board certified' claim (surgeon not ABMS certified)",
                "spend": 30000,
            },
            {"name": "Before/after photos - stock images and retouched (Facetune)", "spend": 6000},
            {
                "name": "Facebook ads - before and after photos of other surgeons' patients",
                "spend": 6000,
            },
            {"name": "Surgical staff wages", "spend": 1500000},
        ],
        "customers": {
            "new": 300,
            "sources": {"instagram ads": 150, "google ads": 150},
            "average_revenue": 7000,
            "gross_margin": "50%",
            "retention_rate": "20%",
        },
    }


def test_the_cosmetic_practice_s_channels_are_neither_priced_nor_grown() -> None:
    """T3 (UL): five BA120s; no funded channel; `plan` leaves both Meta and Google alone.
    BA101 takes out only the ads aimed at minors ($30,000 + $10,000 = $40,000), a placement;
    the false credential and the altered photos are the copy, whose spend stays marketing
    (O2 of the forty-third round's re-review)."""
    profile = _surgery()
    facts = _facts(profile)
    assert not facts.channels
    found = _found("BA120", profile)
    assert len(found) == 5
    board = next(f for f in found if "board" in (f.subject or ""))
    assert "Fla. Stat. §458.3312" in board.message
    assert "§651(h)(5)(B)" in board.message
    photos = [f for f in found if "§651(b)(3)" in f.message]
    assert len(photos) == 2
    minors = [f for f in found if "not a law" in f.message]
    assert len(minors) == 2
    assert all(left_alone(c, 1) for c in facts.by_channel if c.spend > 0)
    (ba101,) = _found("BA101", profile)
    assert "$40,000 of it pays for what BA120 warns about" in ba101.message


# -- T5: a shipper's shipping, logistics or traffic managers paid per load -------------------

_SHIPPER_GIFTS = {
    "Shipping manager spiffs ($25 per load tendered)": 20000,
    "Gift cards to shippers' logistics managers for loads": 5000,
    "Cash to traffic managers per load": 5000,
    "Gift cards to customer purchasing staff": 5000,
}


def _freight(lines: dict[str, int] = _SHIPPER_GIFTS, industry: str = "staffing") -> dict[str, Any]:
    """The review's freight broker (scratch/s05-freight-bribe.yaml): the gifts beside
    $4,200,000 of carrier pay and $300,000 of sales reps on $5,000,000 of gross billings."""
    return {
        "business": {"name": "Test Freight Brokerage", "industry": industry},
        "revenue": 5000000,
        "activities": [
            *({"name": name, "spend": spend} for name, spend in lines.items()),
            {"name": "Carrier pay (purchased transportation)", "spend": 4200000},
            {"name": "Sales reps salaries", "spend": 300000},
        ],
        "customers": {
            "new": 20,
            "sources": {"shipper referral": 10, "cold calls": 10},
            "average_revenue": 200000,
            "gross_margin": "15%",
            "retention_rate": "70%",
        },
    }


def test_gifts_per_load_to_a_shipper_s_managers_are_commercial_bribery() -> None:
    """T5 (UL): a shipper's shipping, logistics or traffic manager awards its freight for
    the employer, and a price per load is the standard case; a customer's purchasing staff
    buy for theirs (read as overhead by 'staff', it had escaped). Each of the four gets
    BA121, quoting N.Y. Penal Law §180.00 and Cal. Penal Code §641.3, as BA121 quotes them
    for any other decider (the module's docstring names MPC §224.8 beside them)."""
    found = _found("BA121", _freight())
    assert {f.subject for f in found} == set(_SHIPPER_GIFTS)
    for f in found:
        assert "N.Y. Penal Law §180.00" in f.message
        assert "§641.3" in f.message


@pytest.mark.parametrize(
    "line",
    [
        "Shipping manager bonus ($2 per load shipped)",  # a shipper's own pay
        "Shipping manager salary",
        "Logistics coordinators commission per load",  # a broker's own staff
        "Holiday gift cards for our shipping staff",
        "Traffic manager salary",
        "Purchasing staff salaries",
        "Shipping supplies",
    ],
)
def test_a_business_s_own_shipping_and_purchasing_staff_are_left(line: str) -> None:
    """T5 controls: the business's own shipping, traffic, logistics and purchasing people
    paid a salary, a bonus or a commission, its own staff's cards, and shipping supplies."""
    assert not _found("BA121", _freight({line: 5000}))
