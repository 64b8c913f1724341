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

from pathlib import Path

from bizaudit.io.checker import Options, check
from bizaudit.model.report import ProfileReport

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
    assert "6.4" in lp and "6.5" in lp


def test_bj7_the_retention_finding_cites_6_3_alone() -> None:
    """BA104's caution on keeping customers (the BI9 text) had the same "6.3 and 6.4"."""
    report = _checked(_CANNABIS)
    words = " ".join(finding_words(f) for f in report.findings if f.rule == "BA104")
    assert "Standard 6.3," in words
    assert "6.3 and 6.4" not in words
    assert "6.4" not in words
