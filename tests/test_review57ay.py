"""The fifty-seventh review round, AY5 and AY6 (2026-12-07): a real-estate wholesaler's
payments to title and escrow officers.

- **AY5.** "Escrow officer referral fee - probate leads" ($12,000) had read as cost of sales by
  'escrow officers' (a title agency's own closers), tied with 'referral fee', so BA114 was silent
  beside its warning on the same officers' gift cards, and the "escrow officer" source (3
  customers) was read as no known kind: the fee sat outside marketing while its customers sat
  in the CAC excluding referrals. A fee for referrals tying with a cost of the business's own
  work is the fee now, and "escrow officer" (and "title rep") a referral source, as "title
  officer" was.
- **AY6.** BA114 had quoted RESPA alone to a wholesaler paying title officers ("what it
  forbids, whoever pays it"). An officer who points a wholesaler to a house to buy refers no
  settlement service, and most wholesale purchases are for cash or with a business-purpose loan,
  which Regulation X exempts (12 CFR §1024.5(b)(2)): the warning names commercial bribery first
  (N.Y. Penal Law §180.00; Cal. Penal Code §641.3), RESPA where a payment is for settlement
  business steered, and a real-estate attorney in the state as whom to ask.

The profile is the reviewer's (tests/fixtures/review57ay/wholesaler.yaml).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from bizaudit.core.classify import Classifier
from bizaudit.io.checker import Options, check
from bizaudit.model.report import ProfileReport

from .conftest import findings_by_subject

_PROFILE = Path(__file__).parent / "fixtures" / "review57ay" / "wholesaler.yaml"
_FEE = "Escrow officer referral fee - probate leads"
_CARDS = "Gift cards - title officers (Stewart, Fidelity)"


@pytest.fixture(scope="module")
def report() -> ProfileReport:
    found, _ = check([_PROFILE], Options())
    return found.profiles[0]


@pytest.mark.parametrize(
    "name",
    [
        "Escrow officer referral fee - probate leads",
        "Escrow officer referral fee",
        "Referral fee - escrow officers",
        "Escrow officer finders fee",
    ],
)
def test_a_fee_for_referrals_to_escrow_officers_wins_them(name: str) -> None:
    answer = Classifier().classify(name)
    assert (answer.category, answer.purpose, answer.confidence) == ("marketing", "acquire", "high")


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("Escrow officer salaries", "cost-of-sales"),  # a title agency's own closers
        ("Escrow officer payroll", "cost-of-sales"),
    ],
)
def test_escrow_officers_pay_stays_cost_of_sales(name: str, category: str) -> None:
    assert Classifier().classify(name).category == category


def test_the_fee_is_warned_about_and_joins_its_referrals(report: ProfileReport) -> None:
    """The fee is acquisition marketing, warned about as the gift cards are, and the 3 customers
    of "escrow officer" are referrals. By hand: referrals 6 (bird dogs) + 2 (title officers) + 3
    (escrow officer) = 11 of 46, 23.9%; spent on referrals $19,000 + $4,800 + $12,000 = $35,800;
    the sales spend ($48,000 + $110,000 + $4,200 = $162,200) shared by 35 of 46 customers:
    $162,200 × 35 / 46 = $123,413.04; CAC excluding referrals ($217,000 − $35,800 + $123,413.04)
    ÷ 35 = $304,613.04 ÷ 35 = $8,703.23 (before: the fee's $12,000 in cost of sales, its 3
    customers among 38 bought ones, $8,610.30)."""
    line = next(a for a in report.activities if a.name == _FEE)
    assert (line.category, line.purpose) == ("marketing", "acquire")
    assert findings_by_subject(report, "BA114")[_FEE].severity == "warning"
    economics = report.economics
    assert economics is not None
    assert economics.non_referral_cac is not None
    assert economics.non_referral_cac.value == Decimal("8703.23")
    assert "− $35,800 spent on referrals" in economics.non_referral_cac.basis
    assert "(11 did)" in economics.non_referral_cac.basis
    assert report.metrics.referral_share is not None
    assert float(report.metrics.referral_share) == pytest.approx(11 / 46, abs=0.001)


def test_a_wholesaler_is_told_the_law_that_reaches_its_payments(report: ProfileReport) -> None:
    found = findings_by_subject(report, "BA114")
    for name in (_CARDS, _FEE):
        said = " ".join(f"{found[name].message} {found[name].advice}".split())
        assert "which state law restricts" in said
        # commercial bribery first: another company's employees, paid without its consent
        assert "without their employer's consent" in said
        assert "N.Y. Penal Law §180.00; Cal. Penal Code §641.3" in said
        # RESPA only where the payment is for settlement business steered, with its exemption
        assert "Where the payment is for settlement business they steer" in said
        assert "12 CFR §1024.5(b)(2)" in said
        assert "whoever pays it" not in said
        assert "a real-estate attorney in your state" in said


def test_the_bird_dogs_stay_asked(report: ProfileReport) -> None:
    bird_dogs = findings_by_subject(report, "BA114")["Bird dog fees ($1,000 per closed deal)"]
    assert bird_dogs.severity == "info"
