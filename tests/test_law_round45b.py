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


# -- T6 and T22: RESPA for a title agency (declared mortgage) and a property manager --------


def _title(lines: dict[str, int]) -> dict[str, Any]:
    """The review's title agency (scratch/s08-msa.yaml), declared `mortgage`: the lines
    beside $900,000 of escrow officers on $2,000,000 of revenue; 30 of 50 clients from
    agents."""
    return {
        "business": {"name": "Test Title and Escrow", "industry": "mortgage"},
        "revenue": 2000000,
        "activities": [
            *({"name": name, "spend": spend} for name, spend in lines.items()),
            {"name": "Escrow officers salaries", "spend": 900000},
        ],
        "customers": {
            "new": 50,
            "sources": {"agent referral": 30, "website": 20},
            "average_revenue": 20000,
            "gross_margin": "40%",
            "retention_rate": "80%",
        },
    }


_AGENT_MARKETING = [
    "6120 Mktg - Farm reports for agents (TitlePro247)",
    "6115 BD - Agent Mktg Pieces (Canva/Print)",
    "Free farm reports and flyers for agents",
    "Marketing materials for realtors",
]


@pytest.mark.parametrize("line", _AGENT_MARKETING)
def test_agent_marketing_paid_by_a_title_agency_is_flagged_in_ledger_words(line: str) -> None:
    """T6 (UL): marketing made for agents defrays expenses they would otherwise bear (12 CFR
    §1024.14(g)(1)(vi)); the account's prefix and abbreviations do not switch BA114 off. Its
    channel is left alone by `plan`."""
    profile = _title({line: 7200, "Google Ads": 20000})
    (found,) = [f for f in _found("BA114", profile) if f.subject == line]
    assert "§1024.14(g)(1)(vi)" in found.message
    facts = _facts(profile)
    assert [i.activity.name for i in facts.channels] == ["Google Ads"]


@pytest.mark.parametrize(
    "line",
    [
        "Postcards to agents (just listed mailers)",  # marketing sent to agents
        "6100 Mktg - Website",
        "Marketing materials (brochures)",
        "CE classes for agents (open to all, not conditioned on referrals)",
    ],
)
def test_a_title_agency_s_own_marketing_is_left(line: str) -> None:
    """T6 controls: ads sent to agents, the agency's own website and brochures, a class open
    to all: no BA114."""
    assert not [f for f in _found("BA114", _title({line: 7200})) if f.subject == line]


def test_the_mortgage_text_cites_the_2020_faqs_and_names_title_agents() -> None:
    """T22(a, b): the rescinded Compliance Bulletin 2015-05 is not cited as current; the
    CFPB's RESPA Section 8 FAQs (October 2020) are, and a title or escrow agent is named among
    those who may not pay for referrals."""
    line = "Marketing services agreement - Keller Williams office"
    (found,) = _found("BA114", _title({line: 48000}))
    assert "RESPA Section 8 FAQs, October 2020" in found.message
    assert "which replaced Compliance Bulletin 2015-05" in found.message
    assert "a title or escrow agent" in found.message
    assert found.message.startswith(f"{line!r} pays for referrals")


def test_a_sponsorship_of_the_board_of_realtors_is_asked_not_asserted() -> None:
    """T22(d): a sponsorship open to the association at fair value can fit §1024.14(g)(1)(vi):
    BA114 asks ("may pay for referrals ... is this one?"); one tied to referrals is asserted."""
    line = "6140 Sponsorships - Board of Realtors"
    (found,) = _found("BA114", _title({line: 4000}))
    assert found.message.startswith(f"{line!r} may pay for referrals")
    assert "is this one?" in found.message
    tied = "Board of Realtors sponsorship (in exchange for referrals)"
    (found,) = _found("BA114", _title({tied: 4000}))
    assert found.message.startswith(f"{tied!r} pays for referrals")


def _landlord(line: str) -> dict[str, Any]:
    """A property manager (pm-edge, pm-referral) declared `real-estate`: ``line`` beside
    $20,000 of Google Ads for owners."""
    return {
        "business": {"name": "Maple Street Rentals", "industry": "real-estate"},
        "revenue": 900000,
        "activities": [
            {"name": line, "spend": 2400},
            {"name": "Google Ads - owner leads", "spend": 20000},
        ],
    }


@pytest.mark.parametrize(
    "line",
    [
        "Tenant referral bonus ($200 cash to current tenants)",
        "Gift cards to owners who refer another owner ($100)",
    ],
)
def test_a_lease_s_referral_is_not_called_a_respa_violation(line: str) -> None:
    """T22(c): a lease or a management contract is no settlement service (12 U.S.C.
    §2602(3)): BA114 says RESPA does not reach it, and asks about the state's licence law."""
    (found,) = _found("BA114", _landlord(line))
    assert found.message.startswith(f"{line!r} may pay for referrals: RESPA §8")
    assert "does not reach it" in found.message
    assert "§2602(3)" in found.message
    assert "does yours" in found.message


def test_a_past_client_s_reward_for_a_sale_is_still_respa_s() -> None:
    """T22(c) control: a reward to a past client for referring a home sale is asserted under
    RESPA, as before."""
    line = "Gift cards to past clients who refer a buyer"
    (found,) = _found("BA114", _landlord(line))
    assert found.message.startswith(f"{line!r} pays for referrals")
    assert "does not reach it" not in found.message
