"""A range shown as a reference only has no ceiling: BA110 says nothing above it, and no
format may say the business is "above the industry's range" in a warning's colour beside that
silence. A real estate wholesaler is shown an agent's 6-8% of commission income as a reference
(no published figure is a wholesaler's); its 22.4% read "above the industry's range" in amber,
and its LTV ÷ CAC of 1.9× "under 3×" in amber beside BA201's information that one sale pays for
winning a seller who sells once (read after the fifty-fourth round, 2026-12-07). The JSON adds
`industry.high_is_ceiling`."""

from __future__ import annotations

from pathlib import Path

from bizaudit.render import html

from .conftest import EXAMPLES, RunCli
from .test_html import figures, parse, report_of

WHOLESALER = Path(__file__).parent / "fixtures" / "review54" / "wholesale.yaml"


def test_the_json_says_whether_the_range_has_a_ceiling() -> None:
    [wholesaler] = report_of(WHOLESALER).profiles
    assert wholesaler.industry is not None
    assert wholesaler.industry.high_is_ceiling is False
    assert "BA110" not in {f.rule for f in wholesaler.findings}
    [dental] = report_of(EXAMPLES / "dental.yaml").profiles
    assert dental.industry is not None
    assert dental.industry.high_is_ceiling is True


def test_the_html_cards_say_no_more_than_the_findings() -> None:
    """By hand, from the profile: marketing 22.4% of gross revenue, above 8%, a reference only;
    LTV ÷ CAC 1.9× (BA201: information, one sale pays), as tests/test_law_round54n.py works
    it out."""
    shown = figures(parse(html.render(report_of(WHOLESALER))))
    assert shown["Marketing ÷ gross revenue"] == (
        "22.4%",
        "above the reference range, which is no ceiling",
    )
    # (of the customers not won by referral, as it is judged, so labelled since AZQ4 of the
    # fifty-eighth round)
    assert shown["LTV ÷ CAC excluding referrals"] == (
        "1.9×",
        "under 3×, but one sale pays for it (BA201)",
    )


def test_an_industry_range_with_a_ceiling_keeps_its_words() -> None:
    """Near case: a range with a ceiling is no reference range (tests/test_html.py holds the
    words and colour above one, beside BA110's warning)."""
    page = html.render(report_of(EXAMPLES / "dental.yaml"))
    assert "which is no ceiling" not in page
    assert "reference range" not in page
    assert "one sale pays for it" not in page


def test_the_terminal_calls_it_a_reference_range(run_cli: RunCli) -> None:
    text = " ".join(run_cli("check", WHOLESALER, "--exit-zero").stdout.split())
    assert "reference range 6–8%" in text  # (the cell wraps beside the next column)
