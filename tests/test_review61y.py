"""Mends of the sixty-first round's re-review, part y (2026-12-07): a pharmacy kept outside
the US is told its own country's rules.

- BG3 (medium-high): Oakview Family Pharmacy, kept in Canadian dollars, was told US Medicare
  law: BA120 quoted the beneficiary-inducement law (42 U.S.C. §1320a-7a(a)(5)) and the HHS
  OIG's nominal-value limits of its "$25 gift card" for each prescription transferred in, and
  BA104 that "gifts or points for prescriptions to a Medicare or Medicaid patient are
  inducements the law forbids". A pharmacy kept in CAD, GBP, AUD, NZD or EUR now reads the
  pharmacy's `[verticals.pharmacy.abroad.CUR]` tables: its country's rule where it was read
  with the search tool (British Columbia's bylaws, upheld in Sobeys West Inc. v. College of
  Pharmacists of British Columbia, 2016 BCCA 41; England's NHS terms of service for
  pharmacies), and otherwise that the US law does not apply and its regulator decides.
  BA120's rule is the vertical's `advertising_rule`, which the abroad tables could not set:
  `model.verticals._ABROAD` now lets them.

No figure of the report moves: only words. The pharmacy's marketing is 12,000 + 4,800 + 6,000
+ 1,500 = $24,300, 0.59% of its net revenue of 4,200,000 − 85,000 = $4,115,000, as before.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from bizaudit.io.checker import Options, audit_file
from bizaudit.model import verticals
from bizaudit.model.report import ProfileReport

FIXTURES = Path(__file__).parent / "fixtures" / "review61y"
_US_LAW = ("Medicare", "1320a", "HHS OIG", "Anti-Kickback", "state board")


def _kept_in(currency: str, tmp_path: Path) -> ProfileReport:
    """The fixture's pharmacy kept in ``currency``, with a refer-a-friend reward added."""
    text = (FIXTURES / "pharmacy_cad.yaml").read_text(encoding="utf-8")
    text = text.replace("currency: CAD", f"currency: {currency}").replace(
        '  - name: "6300 PioneerRx software"',
        '  - name: "6250 Refer-a-friend $10 gift card"\n    spend: 500\n'
        '  - name: "6300 PioneerRx software"',
    )
    path = tmp_path / f"pharmacy_{currency.lower()}.yaml"
    path.write_text(text, encoding="utf-8")
    return audit_file(path, Options())[1]


def _said(report: ProfileReport, rule: str) -> str:
    return " ".join(f"{f.message} {f.advice or ''}" for f in report.findings if f.rule == rule)


def test_the_canadian_pharmacy_is_told_the_provinces_rules() -> None:
    """BG3: Oakview Family Pharmacy (CAD). BA120 names its '6230 Rx transfer gift cards ($25)'
    with British Columbia's bylaws and the case that upheld them, Alberta's standard 1.18 and
    Ontario's policy, says the US law does not apply, and no longer says Medicare; BA104's
    caution is the provinces' ban on loyalty points for prescriptions. The key figure is
    unchanged: $24,300 ÷ $4,115,000 = 0.59%, '0.6%'."""
    report = audit_file(FIXTURES / "pharmacy_cad.yaml", Options())[1]
    ba120 = _said(report, "BA120")
    assert "'6230 Rx transfer gift cards ($25)'" in ba120
    assert "does not apply in Canada" in ba120
    assert "Sobeys West Inc. v. College of Pharmacists of British Columbia (2016 BCCA 41)" in ba120
    assert "standard 1.18" in ba120
    assert "Ontario" in ba120
    assert "stop it until your regulator confirms it is allowed" in ba120
    ba104 = _said(report, "BA104")
    assert "British Columbia, Alberta and Ontario" in ba104
    for word in _US_LAW:
        assert word not in ba120, word
        assert word not in ba104, word
    # BA101 still says to stop the spend "as BA120 says", which BA120 does: no contradiction
    assert "stop that spend, as BA120 says" in _said(report, "BA101")
    assert report.metrics.marketing_share_of_revenue == Decimal(24_300) / Decimal(4_115_000)


@pytest.mark.parametrize(
    ("currency", "own"),
    [
        ("CAD", "Canada"),
        ("GBP", "NHS terms of service for pharmacies"),
        ("AUD", "s.133(1)(b)"),
        ("NZD", "Pharmacy Council of New Zealand"),
        ("EUR", "was not read here"),
    ],
)
def test_a_pharmacy_abroad_hears_no_us_law(currency: str, own: str, tmp_path: Path) -> None:
    """BG3: the same pharmacy kept in each currency the abroad tables name. BA120 (the gift
    card for transfers), BA104 (no retention) and BA114 (the $500 refer-a-friend gift card)
    each still speak, in the country's words or in plain words that the US law does not apply,
    and none quotes Medicare, the statute, the OIG or a US state board."""
    report = _kept_in(currency, tmp_path)
    rules = {f.rule for f in report.findings}
    assert {"BA104", "BA114", "BA120"} <= rules
    ba120 = _said(report, "BA120")
    assert own in ba120
    assert "does not apply" in ba120
    for rule in ("BA104", "BA114", "BA120"):
        said = _said(report, rule)
        for word in _US_LAW:
            assert word not in said, (rule, word)


@pytest.mark.parametrize("currency", ["USD", "CHF"])
def test_a_us_pharmacy_and_one_without_a_table_keep_the_us_law(
    currency: str, tmp_path: Path
) -> None:
    """Near cases that must not move: kept in dollars, the pharmacy is still told the
    beneficiary-inducement law; kept in Swiss francs, for which no table is written, it is
    told the US text as before."""
    report = _kept_in(currency, tmp_path)
    ba120 = _said(report, "BA120")
    assert "42 U.S.C. §1320a-7a(a)(5)" in ba120
    assert "where Medicare or Medicaid pays" in ba120
    assert "Medicare or Medicaid patient" in _said(report, "BA104")


def test_the_abroad_tables_may_set_the_advertising_rule() -> None:
    """BA120 reads the vertical's ``advertising_rule``: the abroad tables may set it now, and
    the pharmacy's five tables do, each leaving the US gift rules (``inducement_rule``) unset."""
    pharmacy = verticals.get("pharmacy")
    assert pharmacy is not None
    for currency in ("CAD", "GBP", "AUD", "NZD", "EUR"):
        read = verticals.in_country(pharmacy, currency)
        assert read is not None
        assert read.rules_of
        assert read.advertising_rule
        assert "1320a" not in read.advertising_rule
        assert read.inducement_rule is None
        assert verticals.told_abroad(pharmacy, currency, "advertising_rule")
    assert verticals.in_country(pharmacy, "USD") is pharmacy
