"""Mends of the fifty-ninth review round, part b (2026-12-07: a fractional CFO read eight new
businesses), each test saying what a person checked.

1. BB1 (high): an architect's "6140 Client entertainment - school district facilities
   directors" ($4,500) got no BA121, where "Twins tickets & golf" to the same directors was
   warned about; nor did lunches or dinners for them, entertainment for a county's
   procurement staff, or lunches for GSA contracting officers. A meal, entertainment or
   hospitality is a gift under public employees' rules (5 CFR §2635.203(b) names
   "entertainment, hospitality ... meals"; North Carolina's §133-32 reaches meals except at a
   banquet): such a line to a public body's staff, or to federal contracting staff, is now
   warned about, a meal stated at $20 a person or less and coffee and donuts to federal staff
   still pass, and a meal to a private client's people is still not flagged. The finding
   says which rules bind the employee and which the contractor, and for a state's or a
   city's staff asks what their rules allow, as they differ; the key figures no longer say
   "no line in this budget pays for referrals" alone beside it.
2. BB6 (medium): an Ottawa mover's "Realtor referral fees ($100/move)" were told of the US
   realtors' association's code and "state licence rules". A profile kept in Canadian
   dollars whose lines name Ontario (its WSIB premiums) is told what Ontario's regulator,
   RECO, requires; another Canadian one the province's regulator's rules, with no US
   citation; a US one NAR's Article 6, as before.
3. BB7 (medium): a Brisbane electrician's "Strata managers Christmas hampers" ($2,400) passed
   and earned the retention points, where "Christmas hampers - property managers" was
   warned about; and BA121 quoted New South Wales's Crimes Act to a business whose lines
   name Queensland (WorkCover QLD, QBCC). A strata or body-corporate manager is read as a
   property manager is, and BA121 quotes the law of the state the profile names, else every
   state's.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from bizaudit.core.commercial_bribery import deciders_named, gives_deciders, owners_region
from bizaudit.explain.economics import channel_notes
from bizaudit.explain.summary import REFERRAL_RULE_GIFTS, referral_rule_said
from bizaudit.io.checker import Options, check

from .conftest import finding_words, findings_by_subject, report_of

FIXTURES = Path(__file__).parent / "fixtures" / "review59b"


def _profile(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((FIXTURES / name).read_text(encoding="utf-8"))
    return data


def _renamed(name: str, old: str, new: str) -> dict[str, Any]:
    """The profile ``name`` with the line named ``old`` renamed ``new``: the round's probes,
    which change only the quoted line."""
    data = _profile(name)
    [line] = [a for a in data["activities"] if a["name"] == old]
    line["name"] = new
    return data


# -- 1. BB1: meals and entertainment for public employees who award the work -----------------

ENTERTAINMENT = "6140 Client entertainment - school district facilities directors"


def test_entertainment_for_a_school_districts_directors_is_warned_about() -> None:
    """Checked by a person from architecture.yaml (line 30, $4,500): the school district's
    facilities directors choose architects for a public body; the line is now BA121's, worded
    for public employees: it names the state's gift rules, which bind the employee who takes
    (Fla. Stat. §112.313(4)) and in some states the contractor who gives (N.C. Gen. Stat.
    §133-32), and asks whether a meal or entertainment is a gift under the owner's state's
    rules, as the federal definition makes it (5 CFR §2635.203(b)). The key figures' line on
    the architects' referral rule no longer says "no line in this budget pays for referrals"
    alone: it points to BA121."""
    report = report_of(_profile("architecture.yaml"))
    warned = findings_by_subject(report, "BA121")
    assert list(warned) == [ENTERTAINMENT]
    said = finding_words(warned[ENTERTAINMENT])
    assert "gives something of value to public employees" in said
    assert "which bind the employee who takes a gift (Fla. Stat. §112.313(4))" in said
    assert "in some states the contractor who gives it (N.C. Gen. Stat. §133-32)" in said
    assert "is a meal or entertainment a gift under your state's rules" in said
    assert "5 CFR §2635.203(b)" in said
    assert "no meal or entertainment unless their state's rules" in said
    assert "N.Y. Penal Law" not in said  # a public employee's, not commercial bribery's
    said_rule = referral_rule_said(report)
    assert said_rule is not None
    assert said_rule[1] == REFERRAL_RULE_GIFTS
    assert "no line in this budget pays for referrals, but BA121 warns" in REFERRAL_RULE_GIFTS


@pytest.mark.parametrize(
    ("line", "named"),
    [
        ("6140 Lunches - school district facilities directors", {"public"}),
        ("6140 Dinners & drinks - school district facilities directors", {"public"}),
        # a county's procurement staff are public employees, not a client's purchasing staff
        ("6140 Client entertainment - county procurement staff", {"public"}),
        ("6140 Lunches - GSA contracting officers", {"federal"}),
        ("6140 Client entertainment - GSA contracting officers", {"federal"}),
        ("Lunch for city building inspectors", {"public"}),
        ("Golf outing - state agency procurement officers", {"public"}),
    ],
)
def test_a_meal_or_entertainment_for_public_employees_is_a_gift(line: str, named: set[str]) -> None:
    """Checked by a person: each of the round's probes (out/probe/arch-*.yaml) and two more
    wordings names a public body's or a federal agency's staff who award, inspect or approve
    work, and a meal, drinks, golf or entertainment: a gift under their rules."""
    assert gives_deciders(line)
    assert deciders_named(line) == named


@pytest.mark.parametrize(
    "line",
    [
        # a meal stated at $20 or less a person, and coffee and donuts that are no meal, are
        # within the federal rules (5 CFR §2635.204(a); §2635.203(b)(1))
        "Lunch ($15/person) - GSA contracting officers",
        "Coffee and donuts - DCMA team",
        # a meal to a private client's people is still not flagged (R11 of the thirtieth round)
        "Client entertainment - hospital facilities directors",
        "Client entertainment - private school facilities directors",
        "Lunch & learn - GC project managers",
        "Client lunches - developers",
        "Client entertainment",
        # the business's own staff, or a sports team's name
        "Facilities staff holiday lunch",
        "Our county sales director lunch",
        "Kansas City Royals tickets - clients",
    ],
)
def test_near_meals_stay_silent(line: str) -> None:
    """Checked by a person: none of these gives a public employee a meal or entertainment
    their rules count as a gift (the first two are within the federal rules' exceptions)."""
    assert not gives_deciders(line)


def test_the_entertainment_shares_the_pursuits_channel_so_its_clients_stay_in_the_cac() -> None:
    """Reworked by hand at the merge of the round's branches (2026-12-07). On this branch alone
    the line was the only one reaching the 4 'public RFQ (school districts)' clients, so BA121's
    line held them out of the CAC excluding referrals with its $4,500 ($75,975 on 1 client).
    Part a of the round (BB5) joins the proposal coordinator ($64,000) and the proposal
    printing ($3,800) to the RFQ pursuits that won those clients: their channel now holds
    lawful lines too, and a channel with lawful lines holds nothing out, as which clients the
    warned line bought is not known. New customers: 11 less 3 repeat = 8; 3 came by referral,
    so 5 are paid for. Sales: $3,800 + $4,500 = $8,300, of which the 5 carry 5 ÷ 8, $5,187.50.
    Acquisition marketing $75,500 (the coordinator's $64,000, the website's $9,000, the
    awards' $2,500). ($75,500 + $5,187.50) ÷ 5 = $16,137.50, the reviewer's "about $16,000 a
    client" once joined; the blended CAC keeps every dollar: ($75,500 + $8,300) ÷ 8 =
    $10,475."""
    report = report_of(_profile("architecture.yaml"))
    assert report.economics.cac.value == 10475
    non_referral = report.economics.non_referral_cac
    assert non_referral.value == Decimal("16137.50")
    assert "held out" not in non_referral.basis


def test_lunches_for_federal_contracting_officers_say_what_binds_the_contractor() -> None:
    """Checked by a person from the arch-fed probe: the finding says a meal is a gift under
    the federal employee's rules (5 CFR §2635.203(b)), that those bind the employee, and
    that what binds the contractor is 18 U.S.C. §201(c) and, where the contract carries it,
    the Gratuities clause (FAR 52.203-3: the government may end the contract of a contractor
    who gave an official an entertainment or a gift to win it)."""
    line = "6140 Lunches - GSA contracting officers"
    report = report_of(_renamed("architecture.yaml", ENTERTAINMENT, line))
    said = finding_words(findings_by_subject(report, "BA121")[line])
    assert "a meal or entertainment is a gift under their rules" in said
    assert "5 CFR §2635.203(b)" in said
    assert "those rules bind the employee who takes it" in said
    assert "18 U.S.C. §201(c)" in said
    assert "FAR 52.203-3" in said


# -- 2. BB6: a Canadian mover's fees to realtors ---------------------------------------------


def _agents_note(data: dict[str, Any], tmp_path: Path) -> str:
    """The note under the channel table on fees to real-estate agents, as `check` prints it
    for ``data`` written to a file (the lines join the channels by their line numbers)."""
    path = tmp_path / "mover.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    report = check([path], Options())[0].profiles[0]
    currency = report.business.currency
    notes = [
        note
        for channel in report.channels
        for note in channel_notes(
            channel, report.activities, currency, report.findings, report.business.industry
        )
        if "real-estate agents" in note
    ]
    assert len(notes) == 1
    return notes[0]


def test_an_ontario_movers_fees_to_realtors_are_told_of_ontarios_regulator(tmp_path: Path) -> None:
    """Checked by a person from mover-ca.yaml: its "WSIB premiums" are Ontario's workers'
    compensation board's, so the note on its "Realtor referral fees ($100/move)" says what
    RECO requires (written disclosure to the client before the fee is paid, and the fee paid
    through the agent's brokerage), with no word of NAR or of "state" rules."""
    said = _agents_note(_profile("mover-ca.yaml"), tmp_path)
    assert "in Ontario an agent may take a referral fee" in said
    assert "paid to the agent's brokerage" in said
    assert "RECO" in said
    assert "Trust in Real Estate Services Act, 2002" in said
    assert "NAR" not in said
    assert "state licence" not in said


def test_another_canadian_movers_fees_are_told_of_the_provinces_regulator(tmp_path: Path) -> None:
    """Checked by a person: without the WSIB line nothing names a province, so the note says
    the province's real-estate regulator's rules, with no US citation and no Ontario one; and
    kept in US dollars it says NAR's Article 6, as before."""
    data = _profile("mover-ca.yaml")
    data["activities"] = [a for a in data["activities"] if a["name"] != "WSIB premiums"]
    said = _agents_note(data, tmp_path)
    assert "the rules of their province's real-estate regulator" in said
    assert "NAR" not in said
    assert "Ontario" not in said
    data["business"]["currency"] = "USD"
    assert "NAR Code of Ethics, Article 6" in _agents_note(data, tmp_path)


# -- 3. BB7: a Brisbane electrician's gifts to strata managers -------------------------------

HAMPERS = "Strata managers Christmas hampers"
KICKBACKS = "Builder referral kickbacks"


def test_hampers_for_strata_managers_are_warned_about_as_property_managers_are() -> None:
    """Checked by a person from electrician-au.yaml: the strata managers' hampers ($2,400)
    and the builders' kickbacks ($6,000) are BA121's; the score is 66, the one the round's
    "Christmas hampers - property managers" probe gave (out/probe/elec-pm.yaml, which also
    renames the ute finance line, read the same way), where it was 77 with the hampers
    earning the retention points. Both findings quote Queensland's law, as the lines name
    WorkCover QLD and the QBCC, not New South Wales's."""
    report = report_of(_profile("electrician-au.yaml"))
    warned = findings_by_subject(report, "BA121")
    assert set(warned) == {HAMPERS, KICKBACKS}
    for finding in warned.values():
        said = finding_words(finding)
        assert "a secret commission under Queensland's Criminal Code" in said
        assert "NSW" not in said
    assert report.score == 66
    variant = report_of(
        _renamed("electrician-au.yaml", HAMPERS, "Christmas hampers - property managers")
    )
    assert variant.score == report.score


@pytest.mark.parametrize(
    "line",
    [
        "Strata managers Christmas hampers",
        "Body corporate manager gift vouchers",
        "Owners corporation managers - Christmas hampers",
        "BCM Christmas hampers",
        "Strata management company gift cards",
    ],
)
def test_strata_and_body_corporate_managers_are_deciders(line: str) -> None:
    """Checked by a person: each names the manager who chooses an owners corporation's trades
    for the owners, and gives them something of value."""
    assert gives_deciders(line)


@pytest.mark.parametrize(
    "line",
    [
        "Strata levies - workshop unit",
        "Strata management fees - office",
        "Body corporate fees",
        "Strata manager newsletter ad",
    ],
)
def test_what_the_business_pays_its_own_strata_stays_silent(line: str) -> None:
    """Checked by a person: levies and fees on the business's own unit, and an ad, give no
    manager anything."""
    assert not gives_deciders(line)


@pytest.mark.parametrize(
    ("names", "currency", "region"),
    [
        (["WorkCover QLD", "Licences - QBCC & ESO"], "AUD", "QLD"),
        (["icare NSW workers comp"], "AUD", "NSW"),
        (["WSIB premiums"], "CAD", "ON"),
        # none named, two named, or another currency's: the country's general wording
        (["Workers comp", "Rent"], "AUD", None),
        (["WorkCover QLD", "Sydney showroom rent"], "AUD", None),
        (["WorkSafe Victoria"], "AUD", None),
        (["WSIB premiums", "WorkSafeBC"], "CAD", None),
        (["WorkCover QLD"], "USD", None),
    ],
)
def test_the_owners_state_is_read_from_the_lines(
    names: list[str], currency: str, region: str | None
) -> None:
    """Checked by a person: a state's workers' compensation scheme, its building regulator or
    its abbreviation names it; only one named counts."""
    assert owners_region(names, currency) == region


def test_an_australian_profile_that_names_no_state_is_told_of_every_states_law() -> None:
    """Checked by a person: without WorkCover QLD and the QBCC in its lines, the electrician's
    kickbacks are told of the criminal law of every Australian state, not New South Wales's
    or Queensland's alone."""
    data = _profile("electrician-au.yaml")
    data["activities"] = [
        a for a in data["activities"] if "QLD" not in a["name"] and "QBCC" not in a["name"]
    ]
    said = finding_words(findings_by_subject(report_of(data), "BA121")[KICKBACKS])
    assert "the criminal law of every Australian state" in said
    assert "Queensland" not in said
    assert "NSW" not in said
