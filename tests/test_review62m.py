"""Mends of the sixty-second round's second re-review, part m (2026-12-08): the retention the
service itself keeps, consistent with the score; the bar only where a source supports it; and
the storage advice's caution.

- BJ2 (medium): BA104 said a storage facility's tenants need little spent on keeping them
  (information), yet the score took the retention part's 10 points off for "nothing spent on
  keeping customers": 30 + 20 + 15 + 15 + 0 + 10 = 90. The part is now earned where BA104 says
  so, "kept by the service": 30 + 20 + 15 + 15 + 10 + 10 = 100, the reviewer's figure.
- BJ4 (medium-low): the 45% bar was the reviewer's own note, and too coarse for a contract
  manufacturer (withdrawn). Storage keeps it, cited to the SSA 2019 Self Storage Demand Study
  (26.5% of renters stay one to two years, 23.6% longer: 50.1% a year or more); manufacturing
  has no bar, so BA104 warns again, with the trade's advice. "As the trade's customers do", an
  assertion with no source, is gone.
- BJ5 (low-medium): the advice to raise sitting tenants' rates now says to watch move-outs and
  to check the state's price-gouging law first (California Penal Code §396: 10% for 30 days
  after a declared emergency, "storage services"); "a newsletter or a loyalty scheme would
  discount" is now "a loyalty discount would go to the tenants least likely to leave".

Every figure is worked out by hand in its test's docstring.
"""

from __future__ import annotations

from pathlib import Path

from bizaudit.io.checker import Options, audit_file
from bizaudit.model.report import ComponentScore, Finding, ProfileReport

FIXTURES = Path(__file__).parent / "fixtures" / "review62h"


def _file(path: Path) -> ProfileReport:
    return audit_file(path, Options())[1]


def _one(report: ProfileReport, rule: str) -> Finding:
    [found] = [f for f in report.findings if f.rule == rule]
    return found


def _part(report: ProfileReport, name: str) -> ComponentScore:
    [part] = [c for c in report.score_components if c.name == name]
    return part


def _with(tmp_path: Path, name: str, old: str, new: str) -> ProfileReport:
    text = (FIXTURES / name).read_text()
    assert old in text
    path = tmp_path / name
    path.write_text(text.replace(old, new))
    return _file(path)


# -- BJ2: the score agrees with BA104 ------------------------------------------------------


def test_the_storage_facilitys_retention_part_is_earned_by_the_service() -> None:
    """BJ2: Cedar Creek Self Storage, retention 45% (at the 45% bar), nothing spent on keeping
    tenants. Before: retention 0 of 10, "nothing spent on keeping customers", score
    30 + 20 + 15 + 15 + 0 + 10 = 90. After: 10 of 10, "kept by the service", score
    30 + 20 + 15 + 15 + 10 + 10 = 100."""
    report = _file(FIXTURES / "storage.yaml")
    assert _one(report, "BA104").severity == "info"
    retention = _part(report, "retention")
    assert retention.earned == 1
    assert retention.basis == (
        "nothing spent on keeping customers, and little needs to be: kept by the service, "
        "45% of them stay a year (BA104)"
    )
    assert report.score == 100
    assert report.verdict == "Strong: you invest in getting customers on purpose, and they stay."


def test_under_the_bar_the_part_is_still_lost_as_the_warning_says(tmp_path: Path) -> None:
    """BJ2, the near case: retention 40%, under 45%: BA104 warns, the part earns 0 and the
    score is 30 + 20 + 15 + 15 + 0 + 10 = 90, as before the mend."""
    report = _with(tmp_path, "storage.yaml", "retention_rate: 45%", "retention_rate: 40%")
    assert _one(report, "BA104").severity == "warning"
    retention = _part(report, "retention")
    assert retention.earned == 0
    assert retention.basis == "nothing spent on keeping customers"
    assert report.score == 90


# -- BJ4: the bar only where a source supports it -----------------------------------------


def test_the_storage_bar_cites_the_demand_study_and_asserts_no_norm() -> None:
    """BJ4: the finding said "45% of them stay a year (by the profile's churn or retention), as
    the trade's customers do", with no source; now the advice cites the SSA 2019 Demand Study's
    26.5% + 23.6% = 50.1% staying a year or more."""
    ba104 = _one(_file(FIXTURES / "storage.yaml"), "BA104")
    assert ba104.message.endswith("45% of them stay a year (by the profile's churn or retention)")
    assert "as the trade's customers do" not in ba104.message
    assert "26.5% one to two years, 23.6% longer: SSA 2019 Self Storage Demand Study" in (
        ba104.advice
    )


def test_a_fab_shop_is_warned_again_with_its_trades_advice() -> None:
    """BJ4: Precision Forming & Fab, retention 88%: BA104 was information on the 45% bar, which
    the reviewer withdrew for manufacturing; with no bar it is a warning again, with the trade's
    advice (delivery and quality) and "ask the accounts that left why". The score does not
    move: 30 + 20 + 15 + 15 + 0 + 10 × (3.4% ÷ 10% = 0.345) = 83.45, held at 79 by BA118's cap,
    as before (the retention part was 0 either way)."""
    report = _file(FIXTURES / "cmfg.yaml")
    ba104 = _one(report, "BA104")
    assert ba104.severity == "warning"
    assert "stay a year" not in ba104.message
    assert "on-time delivery and quality" in ba104.advice
    assert "ask the accounts that left why" in ba104.advice
    assert "no marketing spend is needed" not in ba104.advice
    assert _part(report, "retention").earned == 0
    assert report.score == 79


def test_a_fab_shop_losing_half_its_accounts_is_warned(tmp_path: Path) -> None:
    """BJ4: the reviewer's variant, retention 50%, read "50% of them stay a year ..., as the
    trade's customers do" (information); a job shop losing half its accounts a year has a
    retention problem: a warning."""
    report = _with(tmp_path, "cmfg.yaml", "retention_rate: 88%", "retention_rate: 50%")
    ba104 = _one(report, "BA104")
    assert ba104.severity == "warning"
    assert "as the trade's customers do" not in ba104.message


# -- BJ5: the storage advice's caution and wording ----------------------------------------


def test_the_rate_advice_cautions_on_emergency_caps_and_move_outs() -> None:
    """BJ5: the advice to raise sitting tenants' rates now says to watch move-outs after each
    round and to check the state's price-gouging law first (California Penal Code §396: 10% for
    30 days after a declared emergency); "would discount" is gone."""
    advice = _one(_file(FIXTURES / "storage.yaml"), "BA104").advice
    assert "watching move-outs after each round of increases" in advice
    assert "check your state's price-gouging law first" in advice
    assert "California's at 10% for 30 days after it is declared, often extended" in advice
    assert "(Penal Code §396)" in advice
    assert "would discount" not in advice
    assert "a loyalty discount would go to the tenants least likely to leave" in advice
