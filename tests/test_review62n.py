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

from rich.console import Console

from bizaudit.io.checker import Options, check
from bizaudit.model.report import ProfileReport, Report
from bizaudit.render import html, json_report, markdown, rich_report

from .conftest import finding_words, findings_by_subject

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
