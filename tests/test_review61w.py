"""Mends of the sixty-first review round, part w (2026-12-07): BG2 of round 61b's re-review, a
funeral home's pre-need channel in the channel table.

BG2 (high), funeral.yaml (Hollis & Sons Funeral Home, `industry: death-care`). Part m priced the
pre-need selling apart from what an at-need call costs: the counselor's $68,000 and the
seminar invites' $11,000 for 40 contracts, (68,000 + 11,000) ÷ 40 = $1,975 a contract. But the
channel table still showed "Events, trade shows and webinars $11,000 40 $275" (11,000 ÷ 40),
ranked cheapest, at a seventh of what the CAC line says a contract costs; BA108 said "what a
customer costs and the referral share are computed from those 190" while the CAC divides by
190 − 40 = 150; and the referral share, 95 ÷ 190 = 50%, sits at the maximum where on the CAC's
basis it would be 95 ÷ 150 = 63.3%, over it.

The design, as a fractional CFO would sign it: the pre-need channel's row has no CAC of its own
lines ("—", after the priced channels, as other unpriced channels are), and its note gives the
price the CAC's basis sets, "$1,975 a contract, $79,000 ÷ 40" (in JSON: ``cac`` null and
``joined_by`` "...; priced apart: $1,975 a contract, $79,000 ÷ 40"). BA108 names both bases: the
150 at-need calls for what a customer costs, all 190 for the referral share. The referral share
stays on all the sources' customers (BA102, the key figure and the verdict read it so): a
pre-need buyer is a family the home won this year through a channel of its own, which is what
the share asks about (how far new customers come by being sent); the CAC leaves the contracts
out for another reason, that their money waits in a trust or a policy until the death. Where the
two bases fall either side of the maximum, BA108 says the other.

Every figure is worked out by hand in its test's docstring.
"""

from __future__ import annotations

import copy
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from bizaudit.model.report import ProfileReport

from .conftest import RunCli, findings_in, profile_json, report_of

FIXTURES = Path(__file__).parent / "fixtures" / "review61w"
FUNERAL = FIXTURES / "funeral.yaml"
EVENTS = "Events, trade shows and webinars"


def _data() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(FUNERAL.read_text(encoding="utf-8"))
    return copy.deepcopy(loaded)


def _words(text: str) -> str:
    return " ".join(text.split())


def _ba108(report: ProfileReport) -> str:
    [found] = [f for f in report.findings if f.rule == "BA108"]
    return _words(found.message)


def test_the_pre_need_row_gives_the_price_the_cac_sets(run_cli: RunCli) -> None:
    """BG2, funeral.yaml, by hand.

    The pre-need channel: '6220 Advertising:Direct mail - preneed seminar invites' ($11,000, its
    only line) and the 40 'preneed seminars' contracts. Priced apart with '6110 Payroll:Pre-Need
    Counselor (salary + comm)' ($68,000): (68,000 + 11,000) ÷ 40 = 79,000 ÷ 40 = $1,975 a
    contract, as the CAC's basis says ("$1,975 a contract"). Its row: spend $11,000 (its own
    line), 40 new, CAC none ("—"), not 11,000 ÷ 40 = $275; it comes after the priced channels:
    Google Ads 14,000 ÷ 45 = $311.11, then the obituary ads + website, (9,000 + 7,200) ÷ 10 =
    $1,620. Its shares stay: 11,000 ÷ 47,700 = 23.1% of channel spend, 40 ÷ 190 = 21.1% of the
    customers."""
    profile = profile_json(run_cli, FUNERAL)
    channels = profile["channels"]
    events = next(c for c in channels if c["name"] == EVENTS)
    assert events["cac"] is None
    assert Decimal(events["spend"]) == Decimal("11000")
    assert events["customers"] == 40
    assert events["ltv_to_cac"] is None
    assert "priced apart: $1,975 a contract, $79,000 ÷ 40" in events["joined_by"]
    priced = [c["name"] for c in channels if c["cac"] is not None]
    assert priced[:2] == [
        "Google Ads",
        "Obituary ads - Courier Journal + Website & obituary platform (FrontRunner)",
    ]
    assert Decimal(channels[0]["cac"]) == Decimal("311.11")
    assert [c["name"] for c in channels].index(EVENTS) > 1
    assert "$1,975 a contract" in _words(profile["economics"]["cac"]["basis"])
    out = _words(run_cli("check", FUNERAL, "--exit-zero").stdout)
    assert "its basis prices them apart at $1,975 a contract, $79,000 ÷ 40" in out
    assert "$275" not in out


def test_ba108_names_the_cac_basis_and_the_referral_share_on_both() -> None:
    """BG2, BA108, by hand. New 410; the sources' 190 + 30 = 220 read as repeat; the others:
    70 hospice + 25 clergy + 40 pre-need + 45 google + 10 obituary = 190. The CAC's basis:
    190 − 40 contracts = 150 at-need calls. Referrals: 70 + 25 = 95; on all 190, 95 ÷ 190 = 50%,
    within the 50% maximum (BA102 silent); on the 150, 95 ÷ 150 = 0.6333…, 63.3%, over it."""
    report = report_of(_data())
    words = _ba108(report)
    assert "what a customer costs is computed from the 150 at-need calls among them" in words
    assert "the 40 pre-need contracts are priced apart" in words
    assert "the referral share from all 190" in words
    assert "95 referrals, 50%" in words
    assert "of the 150 at-need calls alone they would be 63.3%, over the 50% maximum" in words
    assert "computed from those 190" not in words
    assert not [f for f in report.findings if f.rule == "BA102"]
    assert report.economics.cac.value == Decimal("244.67")  # 36,700 ÷ 150 = 244.666…


def test_no_note_where_both_bases_are_within_the_maximum() -> None:
    """Near: 30 hospice referrals, not 70 (new 410 − 40 = 370). The sources' 150 (220 repeat
    left out): 30 + 25 = 55 referrals, 55 ÷ 150 = 36.7%; the CAC's basis 150 − 40 = 110, and
    55 ÷ 110 = 50%: within on both, so BA108 names the two bases and no share."""
    data = _data()
    data["customers"]["new"] = 370
    data["customers"]["sources"]["at-need - hospice referral"] = 30
    words = _ba108(report_of(data))
    assert "computed from the 110 at-need calls among them" in words
    assert "the referral share from all 150" in words
    assert "maximum" not in words


def test_a_home_whose_sources_name_no_contracts_keeps_its_row() -> None:
    """Near: the seminars' source named 'community seminars' (no pre-need word): no contracts
    are priced apart (part m's third test), so the row keeps 11,000 ÷ 40 = $275 and BA108 its
    one basis of 190."""
    data = _data()
    sources = data["customers"]["sources"]
    data["customers"]["sources"] = {
        ("community seminars" if k == "preneed seminars" else k): v for k, v in sources.items()
    }
    report = report_of(data)
    events = next(c for c in report.channels if c.name == EVENTS)
    assert events.cac == Decimal("275")
    assert "priced apart" not in events.joined_by
    assert "computed from those 190" in _ba108(report)


def test_the_json_row_is_found_by_name(run_cli: RunCli) -> None:
    """The JSON's economics say the same price as the row: the CAC's basis names the 40
    contracts at $1,975 a contract (79,000 ÷ 40), and BA108 the 150 it divides by."""
    profile = profile_json(run_cli, FUNERAL)
    [ba108] = findings_in(profile, "BA108")
    assert "150 at-need calls" in _words(ba108["message"])
    assert "($1,975 a contract)" in _words(profile["economics"]["cac"]["basis"])
