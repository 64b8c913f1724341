"""The forty-fourth review round's re-review, law part (a fractional CFO's re-review,
2026-12-06: R1, R2, R3, R5, R7 and R14): each expectation worked out from the rules the mends
quote, with the controls that must stay silent."""

from __future__ import annotations

from typing import Any

import pytest

from bizaudit.core.channels import REFERRALS
from bizaudit.core.plan import left_alone
from bizaudit.explain.left_alone import left_alone_text

from .test_law_round44 import _adviser as adviser
from .test_rules import _facts, _found

# -- R1: dinners, drinks and golf for physicians behave as a lunch for them does -------------


def _eye_practice(line: str, joined: bool = False, industry: str = "medical") -> dict[str, Any]:
    """The re-review's optometry practice (scratch/opt-meal-joined.yaml): $6,000 on ``line``
    beside $30,000 of Google Ads; 80 patients from cataract surgeons, joined to ``line`` by
    'channel:' when ``joined``, 500 referred by patients."""
    surgeons: Any = {"customers": 80, "channel": line} if joined else 80
    return {
        "business": {"name": "Harbor Eye Associates", "industry": industry},
        "revenue": 2200000,
        "activities": [
            {"name": line, "spend": 6000},
            {"name": "Google Ads", "spend": 30000},
            {"name": "Staff wages", "spend": 900000},
        ],
        "customers": {
            "new": 1300,
            "sources": {
                "cataract surgeon referral": surgeons,
                "google ads": 250,
                "referred by a patient": 500,
                "google": 470,
            },
            "average_revenue": 380,
            "gross_margin": "60%",
            "retention_rate": "75%",
        },
    }


_TREATS = [
    "Referral dinners for cataract surgeons",
    "Happy hour - referring MDs",
    "Golf outing with referring surgeons",
    "Breakfast for surgeon's office staff",
    "Steak dinners - Dr. Patel's office",
    "Drinks with referring DOs",
    # the lunch the review compared them with
    "Lunch and learns for cataract surgeons offices",
]


def _row(facts: Any, line: str) -> Any:
    return next(c for c in facts.by_channel if any(i.activity.name == line for i in c.activities))


@pytest.mark.parametrize("line", _TREATS)
def test_a_treat_for_physicians_joins_the_referral_row(line: str) -> None:
    """R1 (UL): the line is marketing/acquire (the $6,000 counts in marketing: $36,000 in
    all), sits in the referrals row with the 500 patient referrals and the surgeons' 80 (580,
    unpriced), and is no funded channel: Google Ads is the only one."""
    facts = _facts(_eye_practice(line))
    item = next(i for i in facts.activities if i.activity.name == line)
    assert (item.classification.category, item.classification.purpose) == ("marketing", "acquire")
    assert facts.spend["marketing"] == 36000
    row = _row(facts, line)
    assert row.key == REFERRALS
    assert row.customers == 580
    assert [i.activity.name for i in facts.channels] == ["Google Ads"]
    assert not _found("BA206", _eye_practice(line))


@pytest.mark.parametrize("line", _TREATS)
def test_a_channel_join_onto_a_treat_prices_nothing_and_warns(line: str) -> None:
    """R1 (UL): the owner's 'channel:' puts the surgeons' 80 patients against the line; they
    stay in the referrals row (580, not a row of 80 priced at $75), and BA114 warns once,
    quoting 42 U.S.C. §1320a-7b(b)."""
    profile = _eye_practice(line, joined=True)
    facts = _facts(profile)
    row = _row(facts, line)
    assert row.key == REFERRALS
    assert row.customers == 580
    assert not any(c.customers == 80 and c.spend > 0 for c in facts.by_channel)
    found = [f for f in _found("BA114", profile) if "channel:" in f.message]
    assert len(found) == 1
    assert "42 U.S.C. §1320a-7b(b)" in found[0].message
    assert "'cataract surgeon referral' (80 patients)" in found[0].message


@pytest.mark.parametrize(
    "line", ["Referral dinners for cataract surgeons", "Happy hour - referring MDs"]
)
def test_plan_says_of_a_treat_what_it_says_of_a_lunch(line: str) -> None:
    """R1: `plan` leaves the referrals row alone as a referral channel some professions
    restrict, not as a line with "no customers attributed to it" that invites a join."""
    facts = _facts(_eye_practice(line))
    why = {c.name: left_alone_text(left_alone(c, 20)) for c in facts.by_channel}
    row = _row(facts, line)
    assert "some professions restrict paying for them" in (why[row.name] or "")
    assert not any("no customers attributed" in (reason or "") for reason in why.values())


@pytest.mark.parametrize(
    "line",
    [
        "Staff holiday dinner",
        "Team-building dinner for our opticians",
        "Dinner with recruiting candidate (Dr. Kim)",
        "Patient appreciation breakfast",
        "Things to do - golf outing for patients",
    ],
)
def test_the_practices_own_or_patients_tables_are_left_as_read(line: str) -> None:
    """R1 controls: the practice's own staff, a recruit, patients: no physician who refers is
    given anything; nothing joins the referrals row and BA114 is silent."""
    profile = _eye_practice(line, joined=True)
    facts = _facts(profile)
    row = (
        _row(facts, line)
        if any(i.activity.name == line for c in facts.by_channel for i in c.activities)
        else None
    )
    assert row is None or row.key != REFERRALS
    assert not facts.meals_joined
    assert not _found("BA114", profile)


def test_a_dinner_for_surgeons_elsewhere_than_health_care_is_left_as_read() -> None:
    """R1 control: a consulting firm's "Referral dinners for cataract surgeons" is under no
    Anti-Kickback rule: its reading is the classifier's, and nothing is said."""
    profile = _eye_practice("Referral dinners for cataract surgeons", True, "consulting")
    facts = _facts(profile)
    assert not facts.meals_joined
    assert not [f for f in _found("BA114", profile) if "channel:" in f.message]


# -- R2: an adviser's paid lead and matching services are promoters ------------------------


def _adviser(line: str, industry: str = "investment-adviser", name: str | None = None) -> Any:
    """An adviser (tests/test_law_round44.py's) with $36,000 on ``line``."""
    profile = adviser([(line, 36000)], industry)
    if name is not None:
        profile["business"]["name"] = name
    return profile


@pytest.mark.parametrize(
    "line",
    [
        "6010 Mktg:SmartAsset SmartAdvisor leads",
        "SmartAdvisor match fees",
        "Zoe leads",
        "WealthRamp subscription",
        "Paladin Registry listing",
        "Indyfin verified reviews and leads",
        "Advisor match service",
        "Referral network membership (paid intros)",
        "Lead service - retirees",
    ],
)
def test_an_advisers_lead_service_is_held_to_the_marketing_rule(line: str) -> None:
    """R2 (UL): under 17 CFR 275.206(4)-1 (the adopting release IA-5653 treats paid lead and
    matching services that present an adviser as promoters), BA114 asks for the promoter's
    disclosures, oversight and written agreement as information, as for the Zoe solicitor
    fee."""
    found = _found("BA114", _adviser(line))
    assert [f.severity for f in found] == ["info"]
    assert "17 CFR 275.206(4)-1(b)" in found[0].message


@pytest.mark.parametrize(
    ("line", "industry"),
    [
        ("Zoe - office manager wages", "investment-adviser"),  # a person's name
        ("Morningstar Office software", "investment-adviser"),
        ("Google Ads - retirement planning", "investment-adviser"),
        ("6010 Mktg:SmartAsset SmartAdvisor leads", "home-services"),  # not this rule's trade
    ],
)
def test_other_lines_and_trades_are_not_held_to_it(line: str, industry: str) -> None:
    """R2 controls: a person called Zoe, the firm's software, its own ads; and a lead service
    in a trade without the Marketing Rule: no BA114."""
    assert not _found("BA114", _adviser(line, industry, "Case"))


# -- R14: the adviser's unpaid ways first, and the de minimis waiver ------------------------


def test_the_advisers_allowed_ways_put_the_unpaid_first_and_say_the_waiver() -> None:
    """R14 (MW): what the Marketing Rule allows starts with what pays no promoter (seminars,
    content, accountants and estate lawyers, asking clients), and says that a promoter paid
    $1,000 or less in 12 months needs no written agreement nor the disqualification check
    (Rule 206(4)-1(b)(4)), the disclosures still due."""
    from bizaudit.model.verticals import verticals

    allowed = verticals()["investment-adviser"].referral_allowed or ""
    assert allowed.startswith("Run educational seminars")
    assert allowed.index("without pay") < allowed.index("Pay a promoter")
    assert "$1,000 or less in the preceding 12 months" in allowed
    assert "206(4)-1(b)(4)" in allowed
