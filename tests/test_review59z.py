"""The fifty-ninth round, part z (2026-12-07): advice that knows what is already funded, and
referrals joined to what paid for them. Three leftovers of the fifty-eighth round's review:

1. AZ9's leftover (vet.yaml): BA102's advice said "build relationships with shelters, groomers
   and boarding kennels" beside a funded shelter line and the groomer gift cards BA114 warns
   about. It names what is funded and how it did, and advises only on what is not.
2. r's leftover (msp.yaml): an owner's `channel: lunch and learn` on a seminar line filed it
   among the referrals, where the line's own name "Lunch & learn - cybersecurity seminars"
   joins the events the business holds. The explicit channel is read as the name is.
3. t's leftover (uk-heating.yaml, variants/uk-propmgr.yaml): a property manager's fee was spread
   over all 210 referrals, not the 70 jobs the "letting agents" sent. A letting or managing
   agent and a property manager are one kind of payee.

The profiles are in tests/fixtures/review59z (copied from the review); every expected figure is
worked out by hand below.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from bizaudit.core.metrics import _referrers
from bizaudit.core.rules.ba102_referral_dependence import relationship_partners
from bizaudit.explain.economics import channel_notes
from bizaudit.io.checker import Options, check
from bizaudit.model.report import ChannelResult, ProfileReport

from .conftest import finding_words

_HERE = Path(__file__).parent / "fixtures" / "review59z"

_SHELTERS = "6250 Marketing:Shelter adoption free exam vouchers"
_GROOMERS = "6260 Marketing:Groomer referral gift cards ($25/new client)"
_SEMINARS = "6210 Mktg:Lunch & learn - cybersecurity seminars"
_EVENTS = "Events, trade shows and webinars"
_REFERRALS = "Referrals and word of mouth"


def _profile(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((_HERE / name).read_text(encoding="utf-8"))
    return data


def _checked(path: Path) -> ProfileReport:
    """The report of a profile as ``bizaudit check`` makes it."""
    report, _ = check([path], Options())
    return report.profiles[0]


def _written(tmp_path: Path, data: dict[str, Any], name: str = "profile.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def _channel(report: ProfileReport, named: str) -> ChannelResult:
    [channel] = [c for c in report.channels if c.name == named]
    return channel


def _said(report: ProfileReport, rule: str) -> list[str]:
    return [finding_words(f) for f in report.findings if f.rule == rule]


def _notes(report: ProfileReport) -> list[str]:
    return [
        " ".join(note.split())
        for channel in report.channels
        for note in channel_notes(
            channel,
            report.activities,
            report.business.currency,
            report.findings,
            report.business.industry,
        )
    ]


# -- 1. AZ9's leftover: BA102 does not advise starting what the budget funds ------------------


def test_ba102_names_the_funded_shelters_and_the_warned_groomers_and_advises_the_kennels() -> None:
    """The vet (vet.yaml), by hand:

    - 1,180 new clients; referrals 310 friend/neighbour + 120 breeder + 150 shelter adoption +
      45 groomer = 625, 625 ÷ 1,180 = 53.0%, over the 50% maximum: BA102 warns;
    - the AVMA's allowed list (veterinary vertical) says to "build relationships with shelters,
      groomers and boarding kennels";
    - the shelters are funded: '6250 Marketing:Shelter adoption free exam vouchers', $3,100 of
      free exams (revenue given up), joined to the 150 "shelter adoption" clients: 3,100 ÷ 150
      = $20.666... = $20.67 each;
    - the groomers are paid: '6260 Marketing:Groomer referral gift cards ($25/new client)',
      $1,500, which BA114 warns about, and 45 clients came from "groomer referral";
    - no line names a kennel or boarding: the kennels are the only relationship left to build.
    """
    [said] = _said(_checked(_HERE / "vet.yaml"), "BA102")
    assert "build relationships with boarding kennels;" in said
    assert f"you fund the shelters already ('{_SHELTERS}': 150 new customers, $20.67 each)" in said
    assert (
        f"the groomers are paid through '{_GROOMERS}', which BA114 warns about (45 new customers)"
        in said
    )
    assert "relationships with shelters" not in said
    assert "groomers and boarding kennels" not in said
    # the rest of what the code allows is still said
    assert "ask for reviews; run wellness and education events" in said


def test_ba102_keeps_the_whole_list_where_no_line_funds_a_partner(tmp_path: Path) -> None:
    """Near case: the same clinic without its shelter, breeder and groomer lines. Nothing
    funds a partner, so the rules' list is quoted whole; the referrals are the same 625 of
    1,180 (53.0%), so BA102 still warns."""
    data = _profile("vet.yaml")
    data["activities"] = [
        a
        for a in data["activities"]
        if not any(word in a["name"] for word in ("Shelter", "Groomer", "Breeder"))
    ]
    [said] = _said(_checked(_written(tmp_path, data)), "BA102")
    assert "build relationships with shelters, groomers and boarding kennels;" in said
    assert "you fund the" not in said
    assert "are paid through" not in said


def test_ba102_keeps_the_relationships_it_funds_when_all_are_funded(tmp_path: Path) -> None:
    """Near case: the clinic also pays for a lunch-and-learn for boarding kennels ($600),
    joined to no source (no client names a kennel): all three partners are funded, so nothing
    is left to start; the kennels' line is named with no new customer listed as theirs."""
    data = _profile("vet.yaml")
    data["activities"].append(
        {"name": "6280 Marketing:Lunch & learn for boarding kennels", "spend": 600}
    )
    [said] = _said(_checked(_written(tmp_path, data)), "BA102")
    assert "build relationships with" not in said
    assert "you fund the shelters already" in said
    assert (
        "you fund the boarding kennels already ('6280 Marketing:Lunch & learn for boarding "
        "kennels': no new customer listed as theirs)" in said
    )


@pytest.mark.parametrize(
    ("allowed", "expected"),
    [
        (
            "ask for reviews; build relationships with shelters, groomers and boarding kennels; "
            "run events.",
            (
                ("shelters", "groomers", "boarding kennels"),
                "shelters, groomers and boarding kennels",
                "",
            ),
        ),
        (
            "build relationships with physicians, physical therapists, massage therapists and "
            "trainers without paying for referrals.",
            (
                ("physicians", "physical therapists", "massage therapists", "trainers"),
                "physicians, physical therapists, massage therapists and trainers",
                " without paying for referrals",
            ),
        ),
        # a list too long to be names (a bureau's advice): none read
        (
            "build relationships with lawyers, bankers and financial advisers, ask satisfied "
            "clients for introductions and reviews, run educational seminars.",
            None,
        ),
        ("advertise; ask for reviews.", None),
    ],
)
def test_the_partners_the_rules_say_to_build_relationships_with(
    allowed: str, expected: tuple[tuple[str, ...], str, str] | None
) -> None:
    """The list BA102 compares with the lines the profile funds."""
    assert relationship_partners(allowed) == expected


# -- 2. r's leftover: an owner's channel: is read as the line's name is ------------------------


def _msp_with(
    tmp_path: Path, line: str | None = None, channel: str | None = None, source: Any = None
) -> ProfileReport:
    data = _profile("msp.yaml")
    for activity in data["activities"]:
        if activity["name"] == _SEMINARS:
            if line is not None:
                activity["name"] = line
            if channel is not None:
                activity["channel"] = channel
    if source is not None:
        sources = data["customers"]["sources"]
        del sources["lunch & learn"]
        sources.update(source)
    return _checked(_written(tmp_path, data))


def _referral_share(report: ProfileReport) -> float:
    return float(report.metrics.referral_share or 0)


def test_the_seminars_name_joins_its_clients_to_the_events() -> None:
    """The name route (msp.yaml as the review had it): "Lunch & learn - cybersecurity
    seminars", $14,000, and the 2 "lunch & learn" clients (read as paid) are Events: 14,000 ÷ 2
    = $7,000 a client; the referral channel holds the bounty and the CPA firm's fee, 9,000 +
    6,000 = $15,000, and 5 client referrals + 3 CPA partner = 8, $1,875 a client; the key
    figure's 8 of 14 = 57.1% agrees."""
    report = _checked(_HERE / "msp.yaml")
    events = _channel(report, _EVENTS)
    assert (events.spend, events.customers, events.cac) == (Decimal(14000), 2, Decimal(7000))
    referrals = _channel(report, _REFERRALS)
    assert (referrals.spend, referrals.customers, referrals.cac) == (
        Decimal(15000),
        8,
        Decimal(1875),
    )
    assert _referral_share(report) == pytest.approx(8 / 14)


def test_an_owners_channel_lunch_and_learn_on_the_seminar_line_joins_the_events(
    tmp_path: Path,
) -> None:
    """The line renamed "6210 Mktg:Cybersecurity seminars for office managers" with the
    owner's `channel: lunch and learn`: the vocabulary files "lunch and learn" among the
    referrals, but the line holds seminars for prospects and names nobody who refers, so it is
    read as its name would be: Events, $14,000, with the 2 "lunch & learn" clients the
    channel's words name, 14,000 ÷ 2 = $7,000; the referrals stay 8 at 15,000 ÷ 8 = $1,875
    (it had been $29,000 and 10 clients, no price, beside the key figures' 8)."""
    report = _msp_with(
        tmp_path,
        line="6210 Mktg:Cybersecurity seminars for office managers",
        channel="lunch and learn",
    )
    events = _channel(report, _EVENTS)
    assert (events.spend, events.customers, events.cac) == (Decimal(14000), 2, Decimal(7000))
    assert events.sources == ["lunch & learn"]
    referrals = _channel(report, _REFERRALS)
    assert (referrals.spend, referrals.customers, referrals.cac) == (
        Decimal(15000),
        8,
        Decimal(1875),
    )
    assert _referral_share(report) == pytest.approx(8 / 14)


def test_the_same_channel_on_the_line_named_lunch_and_learn_changes_nothing(
    tmp_path: Path,
) -> None:
    """Both routes at once: the review's line name and `channel: lunch and learn` on it give
    the name route's figures, Events $14,000 ÷ 2 = $7,000, referrals $15,000 ÷ 8 = $1,875."""
    report = _msp_with(tmp_path, channel="lunch and learn")
    events = _channel(report, _EVENTS)
    assert (events.spend, events.customers, events.cac) == (Decimal(14000), 2, Decimal(7000))
    referrals = _channel(report, _REFERRALS)
    assert (referrals.spend, referrals.customers) == (Decimal(15000), 8)


@pytest.mark.parametrize(
    "source",
    [
        # a source of sign-ups named as seminars, joined by the owner's channel
        {"seminar sign-ups": {"customers": 2, "channel": "lunch and learn"}},
        # the review's source, read as paid, given the channel in words
        {"lunch & learn": {"customers": 2, "channel": "lunch and learn"}},
    ],
)
def test_an_owners_channel_lunch_and_learn_on_the_source_joins_the_events(
    tmp_path: Path, source: dict[str, Any]
) -> None:
    """The source's `channel: lunch and learn` beside the review's seminar line (Events by its
    name): the 2 clients join the seminars, 14,000 ÷ 2 = $7,000, not the referrals, which stay
    5 + 3 = 8 at $1,875 (they had read 10 with no price, and the seminars no customers)."""
    report = _msp_with(tmp_path, source=source)
    events = _channel(report, _EVENTS)
    assert (events.spend, events.customers, events.cac) == (Decimal(14000), 2, Decimal(7000))
    referrals = _channel(report, _REFERRALS)
    assert (referrals.spend, referrals.customers) == (Decimal(15000), 8)


@pytest.mark.parametrize(
    ("line", "channel"),
    [
        # a lunch for those who refer stays referral cultivation
        ("6210 Mktg:Lunch & learn for CPA firms", "lunch and learn"),
        # the owner named the referral channel itself
        (_SEMINARS, "referrals"),
    ],
)
def test_an_owners_channel_stays_among_the_referrals_where_it_says_so(
    tmp_path: Path, line: str, channel: str
) -> None:
    """Near cases: the line and its `channel:` stay in the referral channel, 9,000 + 6,000 +
    14,000 = $29,000, with the 2 "lunch & learn" clients the owner's channel names there too
    (5 + 3 + 2 = 10), as before; no Events channel is made."""
    report = _msp_with(tmp_path, line=line, channel=channel)
    referrals = _channel(report, _REFERRALS)
    assert (referrals.spend, referrals.customers) == (Decimal(29000), 10)
    assert not [c for c in report.channels if c.name == _EVENTS]


# -- 3. t's leftover: a fee to letting agents or property managers, over their jobs ------------


def test_a_property_managers_fee_is_paid_on_the_letting_agents_jobs() -> None:
    """The property-manager reading (uk-propmgr.yaml: "6140 Property manager referral fees
    (GBP 50 per landlord job)", £3,500), by hand:

    - referrals: 140 "word of mouth" + 70 "letting agents" = 210, the referral channel's;
    - the fee (BA121) pays the landlords' agents, whom "letting agents" names: £3,500 over their
      70 jobs = £50 each, what the line states; it had been "paid on the 210 customers it lists
      (about £16.67 each)", 3,500 ÷ 210 = £16.666...;
    - the channel keeps no price (BA121), and its customers stay 210.
    """
    report = _checked(_HERE / "uk-propmgr.yaml")
    referrals = _channel(report, _REFERRALS)
    assert (referrals.spend, referrals.customers, referrals.cac) == (Decimal(3500), 210, None)
    assert (referrals.paid_sources, referrals.paid_customers) == (["letting agents"], 70)
    notes = _notes(report)
    assert any(
        "£3,500 paid on the 70 customers from 'letting agents' it pays for (about £50 each)" in n
        for n in notes
    )
    assert not any("210 customers it lists" in n for n in notes)


def test_a_letting_agents_fee_is_paid_on_the_property_managers_jobs(tmp_path: Path) -> None:
    """The reverse (uk-heating.yaml with its source written "property managers: 70"): the
    letting agents' fee, £3,500, over the 70 jobs the property managers sent, £50 each, not
    the 140 + 70 = 210 referrals."""
    data = _profile("uk-heating.yaml")
    sources = data["customers"]["sources"]
    sources["property managers"] = sources.pop("letting agents")
    report = _checked(_written(tmp_path, data))
    referrals = _channel(report, _REFERRALS)
    assert (referrals.paid_sources, referrals.paid_customers) == (["property managers"], 70)
    assert any("(about £50 each)" in n for n in _notes(report))


def test_the_letting_agents_own_fee_is_still_paid_on_their_jobs() -> None:
    """The review's profile (uk-heating.yaml) is unchanged: 3,500 ÷ 70 = £50 each."""
    report = _checked(_HERE / "uk-heating.yaml")
    referrals = _channel(report, _REFERRALS)
    assert (referrals.paid_sources, referrals.paid_customers) == (["letting agents"], 70)


@pytest.mark.parametrize(
    ("name", "landlords_agent"),
    [
        ("letting agents", True),
        ("Letting agent referral fees (GBP 50 per landlord job)", True),
        ("Property manager referral fees (GBP 50 per landlord job)", True),
        ("property management companies", True),
        ("block managing agents", True),
        # near names: an HOA's manager, an estate agent, a case manager are not one
        ("HOA manager referral", False),
        ("estate agents", False),
        ("case manager lunches", False),
        ("property owners", False),
    ],
)
def test_whom_a_name_reads_as_a_landlords_agent(name: str, landlords_agent: bool) -> None:
    """The word the referrers of a letting agent and a property manager share."""
    assert ("landlordagent" in _referrers(name)) is landlords_agent
