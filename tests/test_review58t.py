"""The fifty-eighth review round, part t (AZ3, AZ4 and the closing note, 2026-12-07): people
paid to steer customers, in the UK and in home care. A Bristol boiler installer's fee to the
letting agents who send it landlords' jobs; a Georgia home-care agency's meals for the hospital
case managers its liaison calls on; and the UK firm's range, published for US contractors.
Every expected figure is worked out by hand in the test's docstring, from the profiles in
tests/fixtures/review58t/ (copied from the review), with the near names that must stay
silent."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from bizaudit.core.classify import classify
from bizaudit.core.commercial_bribery import deciders_named, gives_deciders
from bizaudit.io.checker import Options, check
from bizaudit.model.report import ChannelResult, ProfileReport

from .conftest import RunCli, finding_words, report_of, source_kind_in

#: the referral channel, as the report names it
_REFERRALS = "Referrals and word of mouth"
_HERE = Path(__file__).resolve().parent / "fixtures" / "review58t"


def _profile(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((_HERE / name).read_text(encoding="utf-8"))
    return data


def _checked(path: Path) -> ProfileReport:
    """A profile file's report, as ``check`` makes it (with the file's line numbers)."""
    report, _ = check([path], Options())
    return report.profiles[0]


def _written(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "profile.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def _channel(report: ProfileReport, line: str) -> ChannelResult:
    """The channel whose lines include the one named ``line``."""
    [position] = [a.line for a in report.activities if a.name == line]
    [channel] = [c for c in report.channels if position in c.activities]
    return channel


# -- AZ3: a letting agent is the landlord's agent, as a property manager is the owners' ---------

_LETTING_FEE = "6140 Letting agent referral fees (GBP 50 per landlord job)"
#: the same payment to a landlord's or a block's agent, however a UK line words it
_TO_AGENTS = (
    _LETTING_FEE,
    "Referral fees - managing agents (£40 per job)",
    "Lettings agency introducer fees",
    "Letting agents (£25 per job)",
    "Christmas hampers for letting agents",
)
#: the business's own letting costs (the build corpus's operations), a fee the landlord is
#: told of, and a fee or a commission alone, which a landlord pays its own agent: silent
_OWN_LETTING = (
    "Letting agent commission - flat above shop",
    "Letting agent commission - our warehouse",
    "Letting agent fee - staff accommodation",
    "Letting fees",
    "Managing agent service charge",
    "Letting agent fees (£95 per let)",
    "Letting agent referral fees (disclosed to landlords)",
)


def test_az3_a_letting_agents_fee_per_job_is_ba121_as_a_property_managers_is() -> None:
    """AZ3: a letting agent (or a block's managing agent) orders repairs and boiler work with
    the landlord's money, as a property manager does with the owners': a fee from the
    contractor for the jobs it sends, unknown to the landlord, is what BA121 warns about, and
    for a business kept in pounds it quotes the Bribery Act 2010 (s.1, s.7), as it does for the
    variant named "Property manager referral fees". Before the mend the line was the cheapest
    paid channel ("£50 ... 34.4×") and BA202 offered it more budget. The business's own letting
    costs, a fee the landlord is told of and a commission alone stay silent; the classifier
    still reads the build corpus's letting costs as operations."""
    for name in _TO_AGENTS:
        assert gives_deciders(name), name
        # warned about as a property manager's is, and named apart as the landlord's agent, so
        # that BA121 asks for the landlord to be told (reworked by hand for BA4 of the round's
        # re-review, part w: the advice was the board's or employer's "modest token")
        assert deciders_named(name) == {"letting"}, name
    for name in _OWN_LETTING:
        assert not gives_deciders(name), name
    for name in _OWN_LETTING[:3]:
        assert classify(name).category == "operations", name
    report = report_of(_profile("uk-heating.yaml"))
    [found] = [f for f in report.findings if f.rule == "BA121"]
    assert found.subject == _LETTING_FEE
    assert found.severity == "warning"
    said = finding_words(found)
    assert "Bribery Act 2010 (s.1" in said
    assert "s.7" in said
    # ...as for the property manager's variant, word for word but the line's name
    variant = report_of(_profile("uk-propmgr.yaml"))
    [theirs] = [f for f in variant.findings if f.rule == "BA121"]
    assert theirs.message.replace("Property manager", "Letting agent") == found.message
    assert theirs.advice == found.advice


def test_az3_the_letting_agents_are_referrers_and_their_fee_is_held_out() -> None:
    """AZ3's figures, by hand. "letting agents" (70) is read as a referral source, as
    "property manager" is (it had been a source of no known kind, 'other'), and the fee's line
    joins the referral channel, which BA121 restricts: no CAC there, no budget to grow. The
    referral share is (140 word of mouth + 70 letting agents) ÷ 610 = 34.4% (23% before). The
    CAC excluding referrals leaves out the 210 referrals and the £3,500 that bought some of
    them: acquisition marketing 4,800 + 6,200 + 18,000 + 5,000 + 3,500 = £37,500; sales (the
    finance commission) £7,800, of which the 400 non-referral customers' share is 7,800 × 400 ÷
    610 = £5,114.75; (37,500 − 3,500 + 5,114.75) ÷ 400 = 39,114.75 ÷ 400 = £97.79 (£92.57
    before, when the 70 and the £3,500 were in it). The blended CAC keeps every acquisition
    pound over every new customer: (37,500 + 7,800) ÷ 610 = £74.26, as before. LTV ÷ that CAC:
    £1,717.85 ÷ £97.79 = 17.6× (18.6× before). BA202 excepts the line."""
    report = _checked(_HERE / "uk-heating.yaml")
    [agents] = [s for s in report.customer_sources if s.name == "letting agents"]
    assert agents.kind == "referral"
    channel = _channel(report, _LETTING_FEE)
    assert channel.name == _REFERRALS
    assert channel.customers == 140 + 70
    assert channel.cac is None
    assert channel.restricted_by == "BA121"
    share = report.metrics.referral_share
    assert share is not None
    assert round(share, 3) == Decimal("0.344")
    economics = report.economics
    assert economics.cac is not None
    assert economics.cac.value == Decimal("74.26")
    assert economics.non_referral_cac is not None
    assert economics.non_referral_cac.value == Decimal("97.79")
    assert "£3,500 spent on referrals" in economics.non_referral_cac.basis
    assert economics.ltv_to_non_referral_cac is not None
    ratio = economics.ltv_to_non_referral_cac.value
    assert ratio is not None
    assert round(ratio, 1) == Decimal("17.6")
    [room] = [f for f in report.findings if f.rule == "BA202"]
    assert f"except {_LETTING_FEE}, which BA121 warns about" in finding_words(room)


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        ("letting agents", "referral"),
        ("Lettings agent", "referral"),
        ("managing agents", "referral"),
        # near names that must not move
        ("Agent referral", "referral"),
        ("Zillow Premier Agent lead", "paid"),
        ("travel agent", "paid"),
    ],
)
def test_az3_letting_and_managing_agents_as_sources(source: str, kind: str) -> None:
    """AZ3: those who send a heating firm the landlords' jobs refer them, as a property manager
    does (the referral sources' vocabulary); an agent's other readings stay as they were."""
    assert source_kind_in("home-services", source) == kind


# -- AZ4: a liaison's meals for the case managers, with the liaison's mileage -----------------

_LIAISON = "6000 Hospital discharge liaison - salary (Piedmont, Northside)"
_MEALS = "6010 Liaison mileage & lunches for case managers"


def test_az4_the_liaisons_meals_are_marketing_in_the_liaisons_channel() -> None:
    """AZ4: "Liaison mileage & lunches for case managers" ($7,200) was read as overhead by
    'mileage', out of marketing and out of the liaison's channel, while BA114 warned that it
    pays referral sources. It is marketing/acquire (the mileage goes with the meals it
    delivers), in the channel of the liaison who takes them ('liaison'), whose 46 'hospital
    discharge planners' it shares: that channel holds $58,000 + $7,200 = $65,200 on 46
    customers, about 65,200 ÷ 46 = $1,417.39 each (the reviewer's figure; $1,260.87 had been
    shown). As a line a rule of law warns about is in it, the channel is restricted (no price
    to grow by, as docs/domain.md has it for referrers paid two ways): no CAC, and `plan`
    leaves it alone. Marketing is 125,700 + 7,200 = $132,900, 132,900 ÷ 2,600,000 = 5.1% of
    revenue (4.8% shown before), above the 3–5% range only as listed: BA110 says so, and that
    without the $2,400 + $7,200 = $9,600 BA114 warns about it is 123,300 ÷ 2,600,000 = 4.7%.
    The blended CAC is 132,900 ÷ 140 = $949.29 ($897.86 before)."""
    report = _checked(_HERE / "homecare.yaml")
    [meals] = [a for a in report.activities if a.name == _MEALS]
    assert (meals.category, meals.purpose) == ("marketing", "acquire")
    channel = _channel(report, _MEALS)
    assert channel.name == _LIAISON.removeprefix("6000 ")
    assert channel.spend == Decimal(65200)
    assert channel.customers == 46
    assert round(channel.spend / channel.customers, 2) == Decimal("1417.39")
    assert channel.cac is None
    assert channel.restricted_by == "BA114"
    assert report.marketing_by_purpose["acquire"] == Decimal(132900)
    share = report.metrics.marketing_share_of_revenue
    assert share is not None
    assert round(share, 3) == Decimal("0.051")
    assert report.economics.cac is not None
    assert report.economics.cac.value == Decimal("949.29")
    assert {f.subject for f in report.findings if f.rule == "BA114"} >= {_MEALS}
    [above] = [f for f in report.findings if f.rule == "BA110"]
    said = finding_words(above)
    assert "5.1% of revenue" in said
    assert "$9,600" in said
    assert "4.7% of revenue" in said


def test_az4_the_liaisons_referrals_are_held_back_with_the_meals() -> None:
    """AZ4's CAC excluding referrals, by hand: the referrals from referrers that lines BA114
    warns about also pay are no cultivation (docs/domain.md), so the liaison's 46 leave with
    the family/friend and VA referrals (30, the Visa cards' channel) and the SNF social
    workers' 12: 46 + 30 + 12 = 88 referrals, and 140 − 88 = 52 customers won otherwise (20
    Google, 22 A Place for Mom, 10 Caring.com). Their lines' spend goes with them: 58,000 +
    7,200 + 2,400 + 1,800 = $69,400. (132,900 − 69,400) ÷ 52 = 63,500 ÷ 52 = $1,221.15. Before,
    the 46 had counted as paid for by the salary alone: (125,700 − 4,200) ÷ 98 = $1,239.80,
    with the meals neither in the numerator nor the channel."""
    report = report_of(_profile("homecare.yaml"))
    basis = report.economics.non_referral_cac
    assert basis is not None
    assert basis.value == Decimal("1221.15")
    assert "$69,400 spent on referrals" in basis.basis
    assert "÷ 52 new customers" in basis.basis


def test_az4_the_meals_join_the_liaison_wherever_they_are_listed(tmp_path: Path) -> None:
    """The same profile with the meals' line listed before the liaison's salary: the same
    channel, the same 46 customers and $65,200."""
    data = _profile("homecare.yaml")
    lines = data["activities"]
    moved = next(line for line in lines if line["name"] == _MEALS)
    lines.remove(moved)
    lines.insert(0, moved)
    channel = _channel(_checked(_written(tmp_path, data)), _MEALS)
    assert channel.name == _LIAISON.removeprefix("6000 ")
    assert (channel.spend, channel.customers) == (Decimal(65200), 46)


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("Liaison mileage", "operations"),  # the liaison's travel alone: no gift, no meal
        ("Caregiver mileage reimb", "cost-of-sales"),
        ("Mileage reimbursement & staff lunches", "operations"),  # the business's own staff
        ("Mileage & gifts for discharge planners", "marketing"),
    ],
)
def test_az4_near_names(name: str, category: str) -> None:
    """Near names: mileage with no gift or meal for those who refer stays where it was."""
    assert classify(name).category == category


def test_az4_a_meal_with_no_liaison_to_join_stays_in_the_referrals(tmp_path: Path) -> None:
    """Without a liaison's channel (no line names a liaison), the meals for the case managers
    go to the referral channel, as a gift to those who refer does: by hand, that channel holds
    the meals' $7,200 and the Visa cards' $2,400."""
    data = _profile("homecare.yaml")
    data["activities"] = [
        line for line in data["activities"] if "salary (Piedmont" not in line["name"]
    ]
    channel = _channel(_checked(_written(tmp_path, data)), _MEALS)
    assert channel.name == _REFERRALS
    assert channel.spend == Decimal(7200 + 2400)


# -- the closing note: a range published for another country's businesses -------------------


def test_a_us_range_is_said_to_be_american_for_a_business_kept_in_pounds() -> None:
    """The closing note: the UK firm fails BA101 against home services' 5–10%, a US HVAC
    trade magazine's rule of thumb (Contracting Business, 2014; its pages read with the search
    tool, 2026-12-07). The finding now says the range comes from US sources, and its confidence,
    medium for a US contractor, is one step lower outside the US: low–medium. The figures are
    unchanged: 38,700 ÷ 1,180,000 = 3.28%, and 5% of 1,180,000 = £59,000, £20,300 added to the
    budget (59,000 − 38,700)."""
    report = report_of(_profile("uk-heating.yaml"))
    [below] = [f for f in report.findings if f.rule == "BA101"]
    said = finding_words(below)
    assert (
        "under the 5% minimum (your industry's low end; a rule of thumb from US sources, of "
        "low–medium confidence outside the US)"
    ) in said
    assert "budget at least £59,000 a period" in said
    assert "£20,300 added to the budget" in said
    assert report.industry is not None
    assert report.industry.sources_country == "US"
    assert report.industry.confidence == "low–medium"


def test_the_same_range_for_a_us_contractor_says_nothing_of_it() -> None:
    """Near case: the same books in dollars, a US contractor's: the range is its own country's,
    medium confidence, and BA101 says what it said before."""
    data = _profile("uk-heating.yaml")
    data["business"]["currency"] = "USD"
    data["business"]["locale"] = "en_US"
    data["revenue"] = 1180000
    report = report_of(data)
    [below] = [f for f in report.findings if f.rule == "BA101"]
    said = finding_words(below)
    assert "under the 5% minimum (your industry's low end)" in said
    assert "US sources" not in said
    assert report.industry is not None
    assert (report.industry.sources_country, report.industry.confidence) == ("", "medium")


def test_the_check_shows_the_ranges_country_beside_it(run_cli: RunCli) -> None:
    """The text report says it beside the range, in the key figures and the reference table."""
    result = run_cli("check", _HERE / "uk-heating.yaml")
    shown = " ".join(result.stdout.split())
    assert "range 5–10% (US sources)" in shown
    assert "your industry (home-services), US" in shown
