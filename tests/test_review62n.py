"""The sixty-second round's second re-review, part n (2026-12-08): a fractional CFO's BJ7, and
the parts of BI8 and BI2 left over, on the Ontario cannabis store and the mortgage broker.

BJ7. The store's findings on inducing customers cited "Standards 6.3 and 6.4"; 6.4 is the rule
on accepting material inducements from licensed producers (the AGCO's bulletin of 24 June
2022, read with the search tool, pages corpus, 2026-12-08). Now the customer rule is cited as
Standard 6.3, as Fogler, Rubinoff LLP's 2022 summary gives it (its own text not read here),
and 6.4 and 6.5 are said only of the line that takes producers' money.

The reviewer's profiles are main's fixtures (tests/fixtures/review62e/cannabis.yaml,
tests/fixtures/review62f/mortgage.yaml)."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import yaml
from rich.console import Console

from bizaudit.core.channels import Channel
from bizaudit.core.plan import DEFAULT_MIN_CUSTOMERS, left_alone
from bizaudit.explain.left_alone import left_alone_words
from bizaudit.io.checker import Options, check
from bizaudit.model.report import ProfileReport, Report
from bizaudit.render import html, json_report, markdown, rich_report

from .conftest import finding_words, findings_by_subject
from .test_rules import _facts

_CANNABIS = Path(__file__).parent / "fixtures" / "review62e" / "cannabis.yaml"
_MORTGAGE = Path(__file__).parent / "fixtures" / "review62f" / "mortgage.yaml"
_LP = "LP trade marketing - shelf placement payments received"
_POINTS = "Loyalty program (Alpine IQ) - points redeemed"
_PRE_ROLL = "Free pre-roll w/ first visit"


def _checked(path: Path) -> ProfileReport:
    """The report of ``check`` on a profile file (with its line numbers)."""
    report, _ = check([path], Options())
    return report.profiles[0]


# BJ7 ------------------------------------------------------------------------------------------


def test_bj7_inducing_customers_is_standard_6_3_not_6_4() -> None:
    """The points' and the pre-roll's BA120 findings cite 6.3 for inducing customers, and
    neither says 6.4 (the producers' rule); the LP line keeps 6.4 and 6.5."""
    found = findings_by_subject(_checked(_CANNABIS), "BA120")
    for name in (_POINTS, _PRE_ROLL):
        words = finding_words(found[name])
        assert "Standard 6.3," in words, name
        assert "6.4" not in words, name
        assert "not read here" in words, name
    lp = finding_words(found[_LP])
    assert "6.4" in lp
    assert "6.5" in lp


def test_bj7_the_retention_finding_cites_6_3_alone() -> None:
    """BA104's caution on keeping customers (the BI9 text) had the same "6.3 and 6.4"."""
    report = _checked(_CANNABIS)
    words = " ".join(finding_words(f) for f in report.findings if f.rule == "BA104")
    assert "Standard 6.3," in words
    assert "6.3 and 6.4" not in words
    assert "6.4" not in words


# BI8 ------------------------------------------------------------------------------------------


def _full(path: Path) -> Report:
    report, _ = check([path], Options())
    return report


def _terminal(report: Report) -> str:
    console = Console(width=200, record=True, file=io.StringIO())
    console.print(rich_report.render(report))
    return " ".join(console.export_text().split())


def test_bi8_the_trades_share_is_what_its_customers_report_not_a_max() -> None:
    """The mortgage broker's limit is the trade's own share, 50 ÷ 63 = 0.794 → 79% (STRATMOR's
    referred borrowers of those with no lender relationship): the key figures and the score
    basis called it "max 79%" and "a 79% maximum" beside the verdict's "not a ceiling". Now
    every format says it as what the trade's customers report."""
    report = _full(_MORTGAGE)
    terminal = _terminal(report)
    assert "79% as your trade's customers report" in terminal
    assert "max 79%" not in terminal
    md = markdown.render(report)
    assert "| 79% as your trade's customers report |" in md
    assert "max 79%" not in md
    page = html.render(report)
    assert "79% as your trade&#39;s customers report" in page
    assert "under the share your trade&#39;s customers report" in page
    assert "max 79%" not in page
    assert "79% maximum" not in page
    data = json.loads(json_report.render(report))
    [part] = [
        c for c in data["profiles"][0]["score_components"] if c["name"] == "referral independence"
    ]
    assert part["basis"].endswith("against the 79% your trade's customers report")
    assert "maximum" not in part["basis"]


def test_bi8_the_default_maximum_is_still_a_maximum() -> None:
    """The Ontario store has no trade share: its limit is the project's 50% rule, a maximum
    still ("max 50% (default)", "a 50% maximum")."""
    report = _full(_CANNABIS)
    assert "max 50% (default)" in _terminal(report)
    assert "max 50%" in markdown.render(report)
    data = json.loads(json_report.render(report))
    [part] = [
        c for c in data["profiles"][0]["score_components"] if c["name"] == "referral independence"
    ]
    assert "a 50% maximum" in part["basis"]


# BI2 ------------------------------------------------------------------------------------------

_CREATOR = "Instagram content creator"


def _cannabis(creator: str = _CREATOR) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(_CANNABIS.read_text("utf-8"))
    [line] = [a for a in data["activities"] if a["name"] == _CREATOR]
    line["name"] = creator
    return data


def _creators_channel(data: dict[str, Any]) -> Channel:
    facts = _facts(data)
    [channel] = [
        c for c in facts.by_channel if any(i.activity.name == _CREATOR for i in c.activities)
    ]
    return channel


def test_bi2_plan_leaves_the_creators_channel_alone_while_ba120_asks() -> None:
    """The C$12,000 creator (line 21) is asked about under the Cannabis Act, s. 17(1), as
    information; its channel, Social media (organic), was the one `plan` said could be moved.
    Now it is left alone, and the words say why."""
    channel = _creators_channel(_cannabis())
    why = left_alone(channel, DEFAULT_MIN_CUSTOMERS)
    assert why is not None
    assert why.why == "asked"
    words = left_alone_words(why)
    assert f"'{_CREATOR}'" in words
    assert "BA120 asks about" in words
    assert "until a lawyer has checked the posts" in words


def test_bi2_a_line_that_pays_no_creator_is_not_held() -> None:
    """The same line named as the store's own posting pays no creator: nothing asks about it,
    and `plan` may move its channel (300 customers, over the 20 it acts on)."""
    data = _cannabis()
    [line] = [a for a in data["activities"] if a["name"] == _CREATOR]
    line["name"] = "Instagram posts by our own staff"
    facts = _facts(data)
    [channel] = [
        c
        for c in facts.by_channel
        if any(i.activity.name == "Instagram posts by our own staff" for i in c.activities)
    ]
    assert channel.asked_by is None
    assert left_alone(channel, DEFAULT_MIN_CUSTOMERS) is None


def test_bi2_ba202_does_not_send_more_budget_to_the_creator() -> None:
    """BA202 said "try more budget on the channels that bring customers, except Billboard …,
    Google Ads and Free pre-roll", which left the creator in. With the creator's channel held
    too, no channel `plan` may move is left: BA202 says so and names why the creator's is
    held."""
    found = [f for f in _checked(_CANNABIS).findings if f.rule == "BA202"]
    [ba202] = found
    words = finding_words(ba202)
    assert "no channel today takes more budget in proportion" in words
    assert f"'{_CREATOR}' pays a creator to post, which BA120 asks about" in words
    assert "try more budget on the channels that bring customers" not in words
