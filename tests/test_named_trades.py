"""A trade without a vertical of its own, read as its name gives it away: the ``named`` tables
of data/verticals.toml (``model.verticals.Named``), which hold a trade to its own range, add
its words, drop the vertical's referral-source words that name its own prospects and replace
the vertical's rule fields (the bail laws for an insurance agency's codes)."""

from __future__ import annotations

from typing import Any

import pytest

from bizaudit.model import verticals

from .conftest import RunCli, WriteProfile, small_case
from .test_rules import _facts

_BAIL = "Liberty Bail Bonds"
_TRAVEL = "Wanderwell Travel"
_SENIOR = "Maple Grove Assisted Living"


def test_a_named_table_sets_only_what_a_trade_may_replace() -> None:
    """Loading rejects a trade with no name steer, and a field a named table may not set
    (``sector``, which would move the trade to another sector's figures unseen)."""
    with pytest.raises(ValueError, match="no name steer"):
        verticals._named({"blacksmith": {"terms": {}}})
    with pytest.raises(ValueError, match=r"may not set \['sector'\]"):
        verticals._named({"bail": {"sector": "b2b-services", "referral_rule": "x"}})


def test_an_empty_text_replaces_a_field_with_none_or_its_empty_default() -> None:
    """An empty text is "none": None for a text that may be missing, "" for the condition's
    check, whose default is an empty text."""
    (named,) = verticals._named(
        {"bail": {"referral_condition": "", "referral_condition_check": "", "rebate_rule": "r"}}
    )
    assert dict(named.fields) == {
        "referral_condition": None,
        "referral_condition_check": "",
        "rebate_rule": "r",
    }
    assert named.held is None
    assert named.reads


def test_the_bail_laws_replace_the_insurance_codes_and_the_range_stays() -> None:
    """Read as a bail agency, the vertical quotes the bail laws, with no condition, no word on
    renewals and no relationship to invest in; held to a range, it keeps the agency's own
    (the bail table gives none)."""
    read = verticals.read_by("insurance-agency", _BAIL)
    agency = verticals.get("insurance-agency")
    assert read is not None
    assert agency is not None
    assert read.trade == "bail"
    assert "Fla. Stat. §648.44" in (read.referral_rule or "")
    assert "§2081(a)" in (read.rebate_rule or "")
    assert read.referral_condition is None
    assert read.referral_things is None
    assert read.referral_condition_check == ""
    assert read.retention_caution is None
    assert agency.retention_caution is not None
    assert read.relationships_forbidden
    assert not agency.relationships_forbidden
    assert read.rebate_first is not None
    assert agency.rebate_first is None
    held = verticals.held_to("insurance-agency", _BAIL)
    assert held == agency


def test_a_travel_agency_adds_its_words_and_a_senior_living_community_drops_its_own() -> None:
    """The travel table adds the advisors' split as the cost of a booking; the senior-living
    table drops the home-care vertical's six source words that name a community (its own
    prospects) and adds its nurses and kitchen as cost of sales."""
    travel = verticals.read_by("insurance-agency", _TRAVEL)
    assert travel is not None
    assert travel.trade == "travel"
    assert ("advisor split", "cost-of-sales", None) in travel.terms
    plain = verticals.get("home-care")
    senior = verticals.read_by("home-care", _SENIOR)
    assert plain is not None
    assert senior is not None
    assert senior.trade == "senior-living"
    community = ("senior living community", "sources", "referral")
    assert community in plain.terms
    assert community not in senior.terms
    assert ("nurse wages", "cost-of-sales", None) in senior.terms
    # 23 words of the vertical (18, and 5 of a placement agency's advisors' commissions: AO10
    # of the fifty-second review round), 6 of them a community's, and 20 of the trade's own
    assert (len(plain.terms), len(senior.terms)) == (23, 23 - 6 + 20)


def test_a_name_that_gives_no_trade_away_reads_the_vertical_as_it_is() -> None:
    """A plain insurance agency and a home-care agency are read by their vertical, and
    reading a vertical already read as a trade again changes nothing."""
    for industry, name in (
        ("insurance-agency", "Harbor Point Insurance Agency"),
        ("home-care", "Comfort Keepers of Elm City"),
    ):
        assert verticals.read_by(industry, name) == verticals.get(industry)
    read = verticals.read_by("insurance-agency", _BAIL)
    assert verticals.as_named(read, _BAIL) is read


@pytest.mark.parametrize(("name", "industry", "trade"), [
    (_BAIL, "insurance-agency", "bail"),
    (_TRAVEL, "insurance-agency", "travel"),
    (_SENIOR, "home-care", "senior-living"),
])  # fmt: skip
def test_a_declared_industry_is_read_as_the_trade_its_name_gives_away(
    name: str, industry: str, trade: str
) -> None:
    """The audit's figures, given the declared vertical (as the CLI gives it), are read by the
    trade's rules, as they are where only the name gives the vertical away: before the named
    tables only the bail agency's were, in that path."""
    case: dict[str, Any] = small_case(
        name, industry, [{"name": "Google Ads", "spend": 20000}], {"google ads": 30}
    )
    facts = _facts(case)
    assert facts.read_by is not None
    assert facts.read_by.trade == trade


def test_a_named_range_may_count_marketing_and_sales_together() -> None:
    """A named table's ``marketing_scope`` says what its range counts (a solar installer's
    customer acquisition, its sales included); without one, marketing alone."""
    row = {
        "label": "Trade", "marketing_low": "0.08", "marketing_high": "0.23",
        "marketing_source": "s", "marketing_year": "2021", "marketing_kind": "survey",
        "low_is_floor": False, "high_is_ceiling": False,
    }  # fmt: skip
    (scoped,) = verticals._named({"solar": row | {"marketing_scope": "marketing and sales"}})
    (plain,) = verticals._named({"landscaping": row})
    assert scoped.held is not None
    assert scoped.held.scope == "marketing and sales"
    assert plain.held is not None
    assert plain.held.scope == "marketing"
    assert not scoped.reads


@pytest.mark.parametrize(("name", "lawns", "solar"), [
    ("Green Acres Lawn Care", True, False),
    ("Summit Landscape Co", True, False),
    ("GreenCut Mowing", True, False),
    ("Grounds Maintenance Inc", True, False),
    ("Lawn Mower Repair", False, False),
    ("Astro Turf Supply", False, False),
    ("Bright Path Solar", False, True),
    ("SunWise Solar Energy", False, True),
    ("Solar Screens of Tampa", False, False),
    ("Solaris Heating", False, False),
    ("Acme Plumbing", False, False),
])  # fmt: skip
def test_a_landscaper_and_a_solar_installer_by_their_names(
    name: str, lawns: bool, solar: bool
) -> None:
    """The name steers of G7 and G10 of the forty-ninth round: a mower shop, a turf supplier and
    a seller of solar screens are neither."""
    assert verticals.tends_lawns(name) is lawns
    assert verticals.installs_solar(name) is solar


def test_every_named_trade_can_be_declared() -> None:
    """``business.trade`` takes the trades the verticals' named tables hold, no more, no less;
    each belongs to one vertical."""
    from bizaudit.model.vocab import NAMED_TRADE_IDS

    assert set(NAMED_TRADE_IDS) == set(verticals.NAMED_TRADES)
    held = {trade: verticals.trade_of(trade) for trade in NAMED_TRADE_IDS}
    assert held == {
        "members-club": "fitness", "collision": "auto-repair", "travel": "insurance-agency",
        "bail": "insurance-agency", "senior-living": "home-care", "landscaping": "home-services",
        "solar": "home-services", "laboratory": "medical", "pet-cremation": "death-care",
        "wholesaling": "real-estate",
        # a car wash or a detailer (BD10 of the sixtieth round, tests/test_review60j.py)
        "car-wash": "auto-repair",
        # a quick lube or an oil-change shop (the sixty-first round, tests/test_review61o.py)
        "quick-lube": "auto-repair",
        # a groomer, a daycare or a boarding kennel (the sixty-first round, part t,
        # tests/test_review61t.py)
        "pet-care": "veterinary",
    }  # fmt: skip


def test_a_declared_trade_is_held_and_read_whatever_the_name_says() -> None:
    """D5 of the forty-ninth round's re-review: "SunPeak Energy", a solar installer by every
    line, could be held to installers' range only by renaming it. Declared, the trade holds it
    (8-23% of marketing and sales) and reads it (a bail agency named "Liberty Sureties"); the
    declaration wins over the name ("Bright Path Solar" declared a landscaper)."""
    solar = verticals.held_to("home-services", "SunPeak Energy", "solar")
    assert solar is not None
    assert (solar.label, str(solar.marketing.low), solar.scope) == (
        "Residential solar installer",
        "0.08",
        "marketing and sales",
    )
    lawn = verticals.held_to("home-services", "Bright Path Solar", "landscaping")
    assert lawn is not None
    assert lawn.label == "Landscaping or lawn care company"
    bail = verticals.read_by("insurance-agency", "Liberty Sureties", "bail")
    assert bail is not None
    assert bail.trade == "bail"
    # a declared trade whose table only holds a range reads as its vertical does
    assert verticals.read_by("home-services", "SunPeak Energy", "solar") == verticals.get(
        "home-services"
    )


def test_a_trade_declared_outside_its_industry_is_an_error(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """A trade declared with another industry, or none, would hold nothing, silently: the
    loader says where and what to declare, with exit code 2."""
    path = write_profile(
        """
        version: 1
        business:
          name: SunPeak Energy
          industry: restaurant
          trade: solar
        revenue: 1000000
        activities: []
        """
    )
    result = run_cli("check", path)
    assert result.exit_code == 2
    assert f"{path.name}:6:10: error: business.trade: 'solar' is a trade of the home-services " in (
        result.stderr
    )
    assert "not of restaurant: declare 'industry: home-services' with it" in result.stderr


def test_ba109_tells_an_installer_to_declare_its_trade() -> None:
    """BA109's note on a solar installer by its lines asks for the declaration, and is not said
    once the trade is declared."""
    from .test_rules import _found

    def profile(trade: str | None) -> dict[str, Any]:
        case: dict[str, Any] = small_case(
            "SunPeak Energy",
            "home-services",
            [
                {"name": "Panels, inverters and racking", "spend": 300000},
                {"name": "Dealer fees on solar loans", "spend": 50000},
            ],
            {"google ads": 30},
        )
        if trade is not None:
            case["business"] = case["business"] | {"trade": trade}
        return case

    [note] = [f for f in _found("BA109", profile(None)) if f.subject == "industry"]
    assert "declare 'business: {trade: solar}'" in note.advice
    assert [f for f in _found("BA109", profile("solar")) if f.subject == "industry"] == []
