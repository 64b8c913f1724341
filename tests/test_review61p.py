"""The sixty-first review round, part p (2026-12-07): dependence on the networks that set their
rates, a channel named after the one line it took customers by, and the schema's word on a null
CAC.

1. A physiotherapy clinic (physio.yaml, the reviewer's profile of the sixtieth round, unchanged)
   has 620 of its 1,460 new patients (42.5%) through three private medical insurers' networks
   (Bupa, AXA Health, Vitality), whose contracts, tariffs and lists are the insurers' to set;
   nothing said so. BA128 warned only where one sender sends more than half. Now, where no one
   source does, the networks that send work at the rates they set (``by_rate`` in the channel
   vocabulary) are added up, and more than 40% through them together is a warning: a
   practitioner reading, the low end of the advisers' "at 40% or 50%" that BA128 quotes.
2. The dojo (dojo.yaml, the reviewer's profile of the fifty-ninth round, unchanged): its 22
   "school demo" members, read as events, joined "School PE demos & after-school flyers" by the
   line's words, and the channel was labelled "Print (newspaper, magazine, flyers)", the kind
   the line's word 'flyers' gave it. It is named after the line now.
3. The report schema's `cac` of a channel says it is null for customers sales reps won with no
   line of their pay joined (the sixtieth round, part g), and for a network that sends work at
   its rates with nothing listed as spent there.

Every figure is worked out by hand in the docstrings; near cases that must not move are named.
The profiles are copies of the reviewers' (tests/fixtures/review61p/)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from bizaudit.core.rules.ba128_one_source_dependence import RATE_SETTERS

from .conftest import RunCli, channel_in, findings_in, profile_json

_FIXTURES = Path(__file__).parent / "fixtures" / "review61p"
_INSURERS = "Private medical insurers' networks (Bupa, AXA Health, Vitality)"
_SOURCE = "Bupa/AXA/Vitality referral: 620"
_NETWORKS = "came through networks that send work at the rates they set"
_ONE_SOURCE = "one source someone else runs"


def _text(name: str, *changes: tuple[str, str]) -> str:
    text = (_FIXTURES / name).read_text(encoding="utf-8")
    for old, new in changes:
        assert old in text, old
        text = text.replace(old, new)
    return text


def _profile(
    run_cli: RunCli, tmp_path: Path, name: str, *changes: tuple[str, str]
) -> dict[str, Any]:
    """The JSON report of a fixture, with each ``(old, new)`` of ``changes`` made in its text."""
    if not changes:
        return profile_json(run_cli, _FIXTURES / name)
    path = tmp_path / name
    path.write_text(_text(name, *changes), encoding="utf-8")
    return profile_json(run_cli, path)


# -- 1. the insurers' networks, together --------------------------------------------------------


def test_the_physios_insurer_networks_are_a_dependence_a_cfo_would_name(
    run_cli: RunCli, tmp_path: Path
) -> None:
    """physio.yaml, by hand. The sources name 620 + 180 + 410 + 160 + 190 + 40 + 50 = 1,650;
    the 190 "previous patient" are repeat patients, so 1,460 are new (BA108). Through the
    insurers' networks: 620 ÷ 1,460 = 0.42466, 42.5%, over 40%; no one insurer sends more
    than half (620 < 730), so the finding is the networks' together, at the £8,500 of network
    fees listed. It points at the source's line (28). It warns, and the check still passes."""
    profile = _profile(run_cli, tmp_path, "physio.yaml")
    [ba128] = findings_in(profile, "BA128")
    assert ba128["severity"] == "warning"
    assert ba128["message"].startswith(
        f"42.5% of new customers (620 of 1,460) {_NETWORKS}: {_INSURERS} at £8,500 spent; "
        "over 40%: each network sets its contract's terms and its rates and can cut them or "
        "drop the business"
    )
    assert _ONE_SOURCE not in ba128["message"]
    assert ba128["advice"].startswith(
        "keep the networks for the customers they send, and grow the customers who come to you "
        "directly, at your own prices"
    )
    assert "until the networks send 40% or less" in ba128["advice"]
    assert "its term, its notice and when its rates are next reviewed" in ba128["advice"]
    assert ba128["line"] == 28
    assert profile["passed"] is True
    assert Decimal("0.40") == RATE_SETTERS


def test_the_networks_finding_contradicts_neither_the_referrals_nor_the_verdict(
    run_cli: RunCli, tmp_path: Path
) -> None:
    """The referral share is the GP's 180 and the running club's 40: 220 ÷ 1,460 = 15.07%,
    15.1%, within BA102's 50% (silent); the insurers' 620 are not referrals (the sixtieth
    round, part k). The verdict stays the score band's, under the minimum of BA101 (4.62% <
    5%), and the business-or-hobby headline is not "one source someone else runs": three
    insurers are neither one source nor most of the new patients."""
    profile = _profile(run_cli, tmp_path, "physio.yaml")
    assert round(profile["metrics"]["referral_share"], 3) == 0.151
    assert findings_in(profile, "BA102") == []
    assert profile["verdict"] == (
        "Strong: you invest in getting and keeping customers on purpose, though marketing is "
        "under the minimum (BA101)."
    )
    assert _ONE_SOURCE not in profile["predictability"]["headline"]
    assert channel_in(profile, _INSURERS)["customers"] == 620


def test_the_score_band_does_not_call_the_networks_one_source(
    run_cli: RunCli, tmp_path: Path
) -> None:
    """A variant in the band under "Strong" where BA128's single sender would change the words
    ("Fair overall, but most new customers come through one source someone else runs"): Google
    Ads at £20,000 (marketing 20,000 + 7,200 + 2,200 + 1,500 + 8,500 = £39,400, 6.2% of
    £640,000, over the 5% minimum: BA101 silent), no reactivation SMS, no owner time on
    marketing or sales and no retention rate. The networks' 42.5% still warns; the band's words
    are the plain "Fair" ones."""
    profile = _profile(
        run_cli,
        tmp_path,
        "physio.yaml",
        ('{name: "7300 Google Ads", spend: 9600}', '{name: "7300 Google Ads", spend: 20000}'),
        ('  - {name: "7340 Patient reactivation SMS (Cliniko)", spend: 600}\n', ""),
        ("  marketing: 3", "  marketing: 0"),
        ("  sales: 1", "  sales: 0"),
        ("  retention_rate: 30%\n", ""),
    )
    assert findings_in(profile, "BA101") == []
    [ba128] = findings_in(profile, "BA128")
    assert ba128["message"].startswith(f"42.5% of new customers (620 of 1,460) {_NETWORKS}")
    assert profile["verdict"] == "Fair: a real marketing effort, with gaps to close."


@pytest.mark.parametrize(
    ("insured", "of", "fires"),
    [
        # 560 ÷ (840 + 560) = 560 ÷ 1,400 = 40% exactly: not over the line
        (560, 1400, False),
        # 561 ÷ 1,401 = 40.04%: over it
        (561, 1401, True),
    ],
)
def test_the_line_is_more_than_forty_percent(
    run_cli: RunCli, tmp_path: Path, insured: int, of: int, fires: bool
) -> None:
    """Near cases at the line: the other new patients are 180 + 410 + 160 + 40 + 50 = 840."""
    profile = _profile(
        run_cli, tmp_path, "physio.yaml", (_SOURCE, f"Bupa/AXA/Vitality referral: {insured}")
    )
    said = [f["message"] for f in findings_in(profile, "BA128")]
    if fires:
        [message] = said
        assert f"({insured} of {of:,}) {_NETWORKS}" in message
    else:
        assert said == []


def test_one_insurer_over_half_is_the_one_source_finding(run_cli: RunCli, tmp_path: Path) -> None:
    """Near case: 900 from "bupa" alone: 900 ÷ (840 + 900) = 900 ÷ 1,740 = 51.7%, over half
    from one insurer: BA128's one-source words, once, not the networks' too."""
    profile = _profile(run_cli, tmp_path, "physio.yaml", (_SOURCE, "bupa: 900"))
    [ba128] = findings_in(profile, "BA128")
    assert ba128["message"].startswith("51.7% of new customers (900 of 1,740) came through one")
    assert _NETWORKS not in ba128["message"]


def test_customers_of_the_business_own_channels_are_no_network(
    run_cli: RunCli, tmp_path: Path
) -> None:
    """Near case: the same 620 answering "website" (organic, the business's own) are no
    network's: 0 of 1,460 through networks, and BA128 is silent."""
    profile = _profile(run_cli, tmp_path, "physio.yaml", (_SOURCE, "website: 620"))
    assert findings_in(profile, "BA128") == []


def test_several_networks_are_added_up_and_named_each(run_cli: RunCli, tmp_path: Path) -> None:
    """towing.yaml (the fifty-seventh round's): motor clubs 600 and the police rotation list
    300, together 900 of 1,600 new customers (the 200 repeat fleet accounts left out), 56.25%;
    neither is more than half (600 < 800), so the networks together are reported, each with its
    customers. BA101's words on the rated channels (more than half at the rates contracts set)
    and the verdict stay as they were."""
    profile = _profile(run_cli, tmp_path, "towing.yaml")
    [ba128] = findings_in(profile, "BA128")
    assert (
        f"(900 of 1,600) {_NETWORKS}: Motor clubs and roadside networks (AAA, Agero): 600 "
        in (ba128["message"])
    )
    assert (
        "and Police and municipal tow rotation lists: 300 customers; over 40%" in (ba128["message"])
    )
    assert profile["verdict"] == (
        "Fair overall: most new customers come at the rates contracts set; what the rest cost "
        "is in the CAC."
    )


# -- 2. a channel named after the one line that took its customers -----------------------------


def test_the_dojos_school_demos_are_named_after_their_line(run_cli: RunCli) -> None:
    """dojo.yaml: the 22 "school demo" members, read as events, joined "School PE demos &
    after-school flyers" ($2,400, read as print by 'flyers') by the words they share; the
    channel holds that one line, and "Print (newspaper, magazine, flyers)" names none of the
    source's words, so it is the line's: 2,400 ÷ 22 = $109.09 a member, as before."""
    profile = profile_json(run_cli, _FIXTURES / "dojo.yaml")
    demos = channel_in(profile, "School PE demos & after-school flyers")
    assert (demos["spend"], demos["customers"], demos["cac"]) == ("2400", 22, "109.09")
    assert demos["sources"] == ["school demo"]
    assert not [c for c in profile["channels"] if c["name"].startswith("Print")]


def test_a_vocabulary_label_that_misreads_the_customers_gives_way_to_the_line(
    run_cli: RunCli,
) -> None:
    """hvac.yaml (the fifty-seventh round's): the 150 "home warranty" jobs, read as the home
    warranty companies' channel, joined "6040 Home warranty company dispatch fees" ($18,000,
    read as dispatch partners by 'dispatch fees'): "Dispatch partners (a share of each job)"
    said what the line does not. 18,000 ÷ 150 = $120 a job, as before."""
    profile = profile_json(run_cli, _FIXTURES / "hvac.yaml")
    jobs = channel_in(profile, "Home warranty company dispatch fees")
    assert (jobs["spend"], jobs["customers"], jobs["cac"]) == ("18000", 150, "120")
    assert not [c for c in profile["channels"] if c["name"].startswith("Dispatch partners")]


@pytest.mark.parametrize(
    ("name", "label", "spend", "customers"),
    [
        # a label that names the source: "zillow" is in "Zillow Flex (...)"
        ("realty-team.yaml", "Zillow Flex (a referral fee at closing)", "90000", 30),
        # a source no term read ("restaurant show"): the line's label is its only reading
        ("bakery.yaml", "Events, trade shows and webinars", "6500", 7),
    ],
)
def test_labels_that_read_the_customers_stay(
    run_cli: RunCli, name: str, label: str, spend: str, customers: int
) -> None:
    """Near cases whose labels do not move: the realty team's 30 "zillow" buyers under "Zillow
    Flex referral fees" ($90,000), and the bakery's 7 "restaurant show" accounts under "Trade
    show booth - regional restaurant show" ($6,500)."""
    profile = profile_json(run_cli, _FIXTURES / name)
    channel = channel_in(profile, label)
    assert (channel["spend"], channel["customers"]) == (spend, customers)


# -- 3. the report schema's word on a null CAC -------------------------------------------------


def test_the_schema_says_a_reps_channel_without_their_pay_has_no_cac(run_cli: RunCli) -> None:
    """`bizaudit schema --report`: a channel's `cac` is null for the customers sales reps won
    with no line of their pay joined (the sixtieth round, part g: the bakery's 22 "sales rep"
    accounts), and for a network that sends work at its rates with nothing listed as spent
    there (a vision plan's patients, the fifty-ninth round)."""
    schema = json.loads(run_cli("schema", "--report").stdout)
    described = schema["$defs"]["ChannelResult"]["properties"]["cac"]["description"]
    assert "for customers sales reps won with no line of the reps' pay joined" in described
    assert "what they cost is not in the profile, not nothing" in described
    assert "for a network that sends work at the rates it sets" in described


def test_the_bakerys_reps_channel_is_null_as_the_schema_says(run_cli: RunCli) -> None:
    """bakery.yaml: 22 accounts from "sales rep", the reps' pay inside "Wages & salaries" with
    others': the channel's CAC is null in the JSON, not "0"."""
    profile = profile_json(run_cli, _FIXTURES / "bakery.yaml")
    reps = channel_in(profile, "Sales reps and rep agencies")
    assert (reps["customers"], reps["cac"]) == (22, None)
