"""The sixtieth review round, part k (2026-12-07): how customer sources and lines are joined into
channels, where a source's name said the wrong kind.

A fractional CFO reviewed seven businesses. Two findings of that review are mended here:

BD2 (carwash.yaml): the 50 "fleet accounts" were read as repeat customers and taken out of the
new ones, while the fleet rep's $55,000 ("6150 Fleet accounts sales (B2B rep)", sales) stayed in
what a retail member cost: $55,000 ÷ 4,150 = $13.25 of the $28.43 CAC.

BD3 (physio.yaml): "Bupa/AXA/Vitality referral" (620 patients) was read as word of mouth by its
word "referral", making referrals 57.5% of the new patients, while the £8,500 of "7400 Insurer
network fees - Bupa, AXA Health, Vitality" stood in overhead; the patients an insurer's network
authorises to a clinic come through a contract with a price.

Every figure is worked out by hand in the docstrings; near cases that must not move are named.
The profiles are the reviewer's, unchanged (tests/fixtures/review60k/)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from bizaudit.core.channels import Channel, paid_per_result
from bizaudit.core.classify import classify, classify_source
from bizaudit.core.metrics import Facts, compute
from bizaudit.model import verticals
from bizaudit.model.profile import Profile

from .conftest import RunCli, source_kind_in

_FIXTURES = Path(__file__).parent / "fixtures" / "review60k"
_INSURERS = "Private medical insurers' networks (Bupa, AXA Health, Vitality)"
_NETWORK_LINE = "7400 Insurer network fees - Bupa, AXA Health, Vitality"


def _text(name: str, old: str | None = None, new: str = "") -> str:
    text = (_FIXTURES / name).read_text(encoding="utf-8")
    if old is not None:
        assert old in text, old
        text = text.replace(old, new)
    return text


def _facts(name: str, old: str | None = None, new: str = "") -> Facts:
    """The facts of a fixture, with ``old`` replaced by ``new`` in its text."""
    model = Profile.model_validate(yaml.safe_load(_text(name, old, new)))
    return compute(model, vertical=verticals.get(model.business.industry))


def _channels(facts: Facts) -> dict[str, Channel]:
    return {channel.name: channel for channel in facts.by_channel}


def _kind(facts: Facts, source: str) -> str:
    [found] = [s for s in facts.sources if s.name == source]
    return found.classification.kind


def _profile(run_cli: RunCli, name: str) -> dict[str, Any]:
    report = json.loads(run_cli("check", _FIXTURES / name, "-f", "json", "--exit-zero").stdout)
    return report["profiles"][0]  # type: ignore[no-any-return]


def _channel(profile: dict[str, Any], name: str) -> dict[str, Any]:
    found: list[dict[str, Any]] = [c for c in profile["channels"] if c["name"] == name]
    assert len(found) == 1, [c["name"] for c in profile["channels"]]
    return found[0]


def _findings(profile: dict[str, Any], rule: str) -> list[dict[str, Any]]:
    return [f for f in profile["findings"] if f["rule"] == rule]


def _source(profile: dict[str, Any], name: str) -> dict[str, Any]:
    [found] = [s for s in profile["customer_sources"] if s["name"] == name]
    return found  # type: ignore[no-any-return]


# -- BD3: the insurers' network patients ----------------------------------------------------


def test_insurer_network_patients_are_the_insurers_channel_not_referrals(
    run_cli: RunCli,
) -> None:
    """BD3, physio.yaml. "Bupa/AXA/Vitality referral" is the insurers' (paid, by 'bupa'), and
    the network fees are their price: 8,500 ÷ 620 = £13.71 a patient. The referrals are the
    GPs' 180 and the running club's 40: 220 ÷ 1,460 = 15.07% (was 840 ÷ 1,460 = 57.5%), within
    the 50% maximum, so BA102 is silent and BA101 no longer says most new customers came by
    referral. The fees are acquisition now: 20,500 + 8,500 = £29,000, so the CAC is 29,000 ÷
    1,460 = £19.86, and marketing 21,100 + 8,500 = £29,600, 29,600 ÷ 640,000 = 4.63%, still
    under the 5% minimum: 5% × 640,000 = £32,000, £2,400 more (was £10,900)."""
    profile = _profile(run_cli, "physio.yaml")
    source = _source(profile, "Bupa/AXA/Vitality referral")
    assert (source["kind"], source["reason"]) == ("paid", "'bupa' → paid")
    insurers = _channel(profile, _INSURERS)
    assert (insurers["spend"], insurers["customers"], insurers["cac"]) == ("8500", 620, "13.71")
    assert insurers["sources"] == ["Bupa/AXA/Vitality referral"]
    [line] = [a for a in profile["activities"] if a["name"] == _NETWORK_LINE]
    assert (line["category"], line["purpose"]) == ("marketing", "acquire")
    assert round(profile["metrics"]["referral_share"], 4) == 0.1507
    assert _findings(profile, "BA102") == []
    assert profile["marketing_by_purpose"]["acquire"] == "29000"
    assert profile["economics"]["cac"]["value"] == "19.86"
    [ba101] = _findings(profile, "BA101")
    assert "(£29,600 of £640,000)" in ba101["message"]
    assert "£32,000 a period" in ba101["advice"]
    assert "£2,400 more" in ba101["advice"]
    assert "came by referral" not in ba101["advice"]
    assert profile["predictability"]["verdict"] == "business"
    text = run_cli("check", _FIXTURES / "physio.yaml", "--exit-zero").stdout
    assert "left to chance" not in text


def test_plan_leaves_the_insurers_network_alone() -> None:
    """BD3: an insurer authorises its policyholders at its tariff; more budget buys none, so
    `plan` leaves the channel alone, as it leaves a collision shop's direct repair programmes."""
    channel = _channels(_facts("physio.yaml"))[_INSURERS]
    reason = paid_per_result(channel)
    assert reason is not None
    assert "tariff it sets" in reason


def test_insurers_names_and_the_us_readings_that_stay() -> None:
    """BD3's readings: an insurer's name, alone or beside "referral", is the insurer's channel
    (paid), as "insurer referral" and "State Farm" read already; "Bupa" alone had been
    unknown ("other", BA113). Near, unchanged: a US payer's directory or "in-network" search is
    organic, as the build part labels them; "Insurance referral" stays a referral (a US
    physician's referral an insurer requires); a GP's referral is a referral; "PMI chapter" is
    not an insurer; the staff's own health cover named by an insurer stays overhead, and
    "network fees" alone (an IT line) is not the insurers' channel."""
    for name in ("Bupa", "AXA", "Bupa referral", "Vitality", "AXA Health", "WPA", "Simplyhealth"):
        assert classify_source(name).kind == "paid", name
    for name in (
        "In network",
        "Delta Dental in-network",
        "Cigna directory",
        "Cigna provider search",
    ):
        assert classify_source(name).kind == "organic", name
    for name in ("Insurance referral", "GP referral", "Physician referral"):
        assert classify_source(name).kind == "referral", name
    assert classify_source("PMI chapter").kind != "paid"
    for name in ("Health insurance - staff (Bupa)", "Network fees", "IT network fees"):
        assert classify(name).category == "operations", name
    assert (classify(_NETWORK_LINE).category, classify(_NETWORK_LINE).purpose) == (
        "marketing",
        "acquire",
    )
    # ...and so in the verticals whose US cases were looked at
    for vertical in ("dental", "medical", "physical-therapy"):
        assert source_kind_in(vertical, "In network") == "organic", vertical
        assert source_kind_in(vertical, "Insurance referral") == "referral", vertical
        assert source_kind_in(vertical, "Bupa/AXA/Vitality referral") == "paid", vertical
