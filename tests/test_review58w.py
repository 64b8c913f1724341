"""Mends of the fifty-eighth review round's re-review, part w (2026-12-07), each test saying
what a person checked.

1. BA1 (high): a Tennessee wedding venue's "6150 Marketing:Planner commissions (10% of
   rental)" ($21,000), with 18 couples from "wedding planner referral", got no BA121, counted
   as a fourth funded channel, was offered "more budget" by BA202 and scored 90 "Strong";
   the same line saying "(10% of venue fee)" got BA121 and scored 79. A share of the fee as
   venues name it (the rental, the hire, the invoice, the package or its price) is now read
   as "venue fee" was, where a source names planners; the build corpus holds no name that
   changes its reading (every build row's BA121 reading was compared before and after).
2. BA4 (medium): a Bristol heating firm's "6140 Letting agent referral fees (GBP 50 per
   landlord job)" (GBP 3,500 on 70 landlords' jobs) was told by BA121 to keep to "a modest
   token the board or employer is told of, never cash or gift cards". A letting agent's
   principal is the landlord, and a fee the landlord is told of and agrees to is lawful:
   the advice is now the planners' kind, to have the fee told to the landlords in writing,
   keep the proof and mark the line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bizaudit.core.commercial_bribery import deciders_named, gives_deciders

from .conftest import finding_words, findings_by_subject, report_of

FIXTURES = Path(__file__).parent / "fixtures" / "review58w"


def _profile(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((FIXTURES / name).read_text(encoding="utf-8"))
    return data


# -- 1. BA1: a planner's share of the rental --------------------------------------------------

RENTAL = "6150 Marketing:Planner commissions (10% of rental)"


def test_a_planners_share_of_the_rental_is_warned_about_as_of_the_venue_fee() -> None:
    """Checked by a person, by hand from venue.yaml: the four channels with spend were the
    marketplaces (The Knot $14,400 + WeddingWire $8,400), Instagram ($12,000), events (the
    bridal show $6,500, the styled shoot $4,000 and the open house $5,500) and the planners'
    $21,000; with the planners' line warned about, three are funded. BA121 caps the score at
    79 (below "Strong", 80), where it was 90. The referral channel the planners' 18 couples
    join is neither priced (no CAC) nor grown, and BA202's advice names the line as the
    channel more budget should not go to. The report is the one the "(10% of venue fee)"
    variant gives, word for word, apart from the line's name."""
    report = report_of(_profile("venue.yaml"))
    warned = findings_by_subject(report, "BA121")
    assert list(warned) == [RENTAL]
    said = finding_words(warned[RENTAL])
    assert "pays planners for the bookings they bring" in said
    assert "ask each planner to tell their client of the fee, in writing" in said
    assert report.score == 79
    assert report.predictability.acquisition_channels == 3
    assert not any("Planner" in name for name in report.predictability.channels)
    referrals = next(c for c in report.channels if c.name == "Referrals and word of mouth")
    assert referrals.restricted_by == "BA121"
    assert referrals.cac is None
    (ba202,) = findings_by_subject(report, "BA202").values()
    assert f"except {RENTAL}, which BA121 warns about" in finding_words(ba202)

    variant = report_of(_profile("venue-venuefee.yaml"))
    assert variant.score == report.score
    fee = "6150 Marketing:Planner commissions (10% of venue fee)"
    assert finding_words(findings_by_subject(variant, "BA121")[fee]) == said.replace(
        "(10% of rental)", "(10% of venue fee)"
    )


@pytest.mark.parametrize(
    "name",
    [
        "Planner commissions (10% of rental)",
        "Planner commissions (10% of the rental)",
        "Planner commissions (10% of venue rental)",
        "Planner commissions (10% of the rental fee)",
        "Planner commissions (10 percent of the venue hire)",
        "Planner commissions (10% of room hire)",
        "Planner commissions (10% of booking)",
        "Planner commissions (8% of site fee)",
        "Planner commissions (10% of the invoice)",
        "Planner commissions (10% of package price)",
    ],
)
def test_each_way_a_venue_names_its_fee_is_read(name: str) -> None:
    """Where a source names planners, a share of one booking's fee, however the venue calls
    it, is an outside planner's, and BA121 speaks to it in the planners' words."""
    assert gives_deciders(name, planners_refer=True), name
    assert deciders_named(name) == {"planner"}, name


@pytest.mark.parametrize(
    "name",
    [
        # a share of all its rentals, as of all its bookings: the venue's own planner's
        "Event planner commission (5% of rentals)",
        "Planner commissions (5% of bookings)",
        # its own, on its payroll, or told to the couple
        "Our planner commission (10% of rental)",
        "Event planner salary (plus 2% of rental)",
        "Planner commissions (10% of rental, disclosed to couples)",
        "Planner commissions (10% of rental) - told to the couple",
        # no share of a fee at all
        "Linens & rentals (Party Reflections)",
        "Décor rentals for events",
        "Planner thank-you gifts",
    ],
)
def test_near_names_stay_silent(name: str) -> None:
    """Near names, read before and after the mend alike: not flagged."""
    assert not gives_deciders(name, planners_refer=True), name


def test_without_a_planners_source_the_share_stays_the_venues_own_planners() -> None:
    """Where no source names planners, "Planner commissions (10% of rental)" may be the
    venue's own planner's commission, as "(10% of venue fee)" may: no BA121, and the channel
    keeps its note (the round's documented reading)."""
    data = _profile("venue.yaml")
    sources = data["customers"]["sources"]
    sources["vendor referral"] = sources.pop("wedding planner referral")
    report = report_of(data)
    assert findings_by_subject(report, "BA121") == {}
    assert not gives_deciders(RENTAL, planners_refer=False)


# -- 2. BA4: a letting agent's fee is told to the landlord -------------------------------------

LETTING = "6140 Letting agent referral fees (GBP 50 per landlord job)"


def test_a_letting_agents_fee_is_to_be_told_to_the_landlord() -> None:
    """Checked by a person, from uk-heating.yaml: the line is still warned about (it was
    already, since AZ3), and its referral channel is still neither priced nor grown (GBP
    3,500 ÷ 70 = GBP 50 a landlord's job, the figure the channel note says); what changed is
    whose consent the words ask for. The principal is the landlord, not a board or an
    employer; the law quoted is the UK's (FHR v Cedar Capital on secret commissions, the
    Bribery Act 2010's s.1 with its test of improper performance, ss.4 and 5), with no US
    statute; and disclosure in writing, not "never cash", is the cure."""
    report = report_of(_profile("uk-heating.yaml"))
    warned = findings_by_subject(report, "BA121")
    assert list(warned) == [LETTING]
    said = finding_words(warned[LETTING])
    assert "the agent acts for the landlord" in said
    assert "FHR European Ventures v Cedar Capital [2014] UKSC 45" in said
    assert "Bribery Act 2010 (s.1" in said
    assert "ss.4 and 5" in said
    assert "a fee the landlord is told of and agrees to is a lawful introducer's fee" in said
    assert "ask each agent to tell its landlords of the fee, in writing" in said
    assert "('disclosed to landlords')" in said
    assert "board or employer" not in said
    assert "never cash" not in said
    assert "N.Y. Penal Law" not in said
    referrals = next(c for c in report.channels if c.name == "Referrals and word of mouth")
    assert referrals.restricted_by == "BA121"
    assert referrals.cac is None


def test_the_line_the_advice_asks_for_is_not_warned_about() -> None:
    """The advice's own words, put in the line's name, end the warning: the finding and its
    cure agree."""
    data = _profile("uk-heating.yaml")
    for activity in data["activities"]:
        if activity["name"] == LETTING:
            activity["name"] = (
                "6140 Letting agent referral fees (GBP 50 per landlord job, disclosed to landlords)"
            )
    assert findings_by_subject(report_of(data), "BA121") == {}


@pytest.mark.parametrize(
    "name",
    [
        "Letting agent referral fees (GBP 50 per landlord job)",
        "Managing agent introducer fees",
        "Gifts to letting agents for work orders",
    ],
)
def test_letting_and_managing_agents_are_named_apart(name: str) -> None:
    """Whom BA121 names: the landlord's agent, apart from the boards and employers."""
    assert gives_deciders(name), name
    assert deciders_named(name) == {"letting"}, name


def test_a_property_manager_for_landlords_is_read_as_a_letting_agent() -> None:
    """The review's variant names a property manager paid per landlord's job: the line says
    whom the manager acts for, and BA121's words are the letting agent's, word for word apart
    from the line's name."""
    report = report_of(_profile("uk-propmgr.yaml"))
    (found,) = findings_by_subject(report, "BA121").values()
    said = finding_words(found)
    letting = finding_words(
        findings_by_subject(report_of(_profile("uk-heating.yaml")), "BA121")[LETTING]
    )
    assert said == letting.replace("Letting agent", "Property manager")


@pytest.mark.parametrize(
    ("name", "currency"),
    [
        # a property manager the line does not say acts for landlords (an association's may)
        ("Property manager referral fees ($50 per job)", "GBP"),
        # a US managing agent acts for a co-op's or a condominium's board
        ("Managing agent referral fees ($50 per job)", "USD"),
    ],
)
def test_others_keep_the_general_words(name: str, currency: str) -> None:
    """Near names: warned about as before, in the general words."""
    data = _profile("uk-heating.yaml")
    data["business"]["currency"] = currency
    data["business"].pop("locale", None)
    for activity in data["activities"]:
        if activity["name"] == LETTING:
            activity["name"] = name
    (found,) = findings_by_subject(report_of(data), "BA121").values()
    said = finding_words(found)
    assert "keep thanks to what their principal knows of and allows" in said
    assert "tell its landlords" not in said
