"""Mends of the fifty-ninth review round's re-review, part d (2026-12-07: a fractional CFO
re-read eight businesses), each test saying what a person checked.

BC1 (high): spend BA121 warns about (gifts to those who award work: public employees, a
customer's staff) still counted toward BA101's minimum where the share was already under it,
beside the selling that brings customers: an architecture firm's probe passed at 5.07% with a
$4,500 lunch-and-learn for school-district facilities directors and failed at 4.80% without
it; a cleaning company was told "without it the gap is $3,700", then "$1,100 more would bring
marketing alone to the minimum". BA101 now holds the spend a rule of law warns about out of
the share it judges beside the selling, out of that selling's share, and out of the gap its
advice names, as it already did where the share met the minimum only with that spend (S3 of
the twenty-eighth round) and as the score's marketing part holds it (P7 of the
twenty-seventh round). Lines BA114 only asks about stay as BA114 decides them.

BC2 (medium): a brewery's salaried wholesale rep ($62,000) made up BA101's minimum as selling
that brings customers, while BA205 told it to cut the rep at 0.1× LTV ÷ CAC, valuing a bar
account at a taproom guest's $214.78. What a CFO would sign: the rep's pay is spend to win
customers (the accounts it names), so BA101 keeps counting it; but what an account is worth
is not in the profile, whose one average revenue ($210) is the guests'. BA205 now says so, as
information, and the channel table gives that channel no LTV ÷ CAC.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from .conftest import finding_words, findings_by_subject, report_of

FIXTURES = Path(__file__).parent / "fixtures" / "review59d"


def _profile(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((FIXTURES / name).read_text(encoding="utf-8"))
    return data


def test_bc1_a_lunch_for_public_employees_does_not_pass_the_gate() -> None:
    """BC1: the architecture probe (line 30 renamed "6140 Lunch-and-learn - school district
    facilities directors"). Checked by hand:

    net service revenue = $2,100,000 − ($420,000 consultants + $28,000 reimbursables billed
    at cost) = $1,652,000; the minimum, the industry's 5%: $82,600.
    marketing = $64,000 coordinator + $9,000 website + $2,500 award entries + $4,500 lunch
    = $80,000 (4.84%); the lunch BA121 warns about: without it $75,500, gap $82,600 −
    $75,500 = $7,100.
    selling that brought customers: $3,800 proposal printing. With the lunch, ($80,000 +
    $3,800) ÷ $1,652,000 = 5.07% ≥ 5% (the old warning, and PASSED); without it, ($75,500 +
    $3,800) ÷ $1,652,000 = 79,300 ÷ 1,652,000 = 4.80% < 5%: an error, and the check FAILS.
    The advice is the lawful gap: $7,100 on new lines, $4,500 in place of the lunch and $2,600
    added, as the electrician's finding gave it.
    """
    report = report_of(_profile("arch-lunchlearn.yaml"))
    [ba101] = findings_by_subject(report, "BA101").values()
    words = finding_words(ba101)
    assert ba101.severity == "error"
    assert "$4,500 of it pays for what BA121 warns about, so without it the gap is $7,100" in words
    assert "marketing without it and that selling come to 4.8%" in words
    assert "5.1%" not in words
    assert "$7,100 on new lines: $4,500 in place of what BA121 warns about" in words
    assert "$2,600 added to the budget" in words
    assert "$2,600 more would bring" not in words  # the old advice
    assert not report.passed


def test_bc1_the_cleaning_companys_advice_names_the_lawful_gap() -> None:
    """BC1: the cleaning company. Checked by hand: revenue $2,350,000, the minimum 1%:
    $23,500; marketing $22,400 (0.95%), $2,600 of it holiday gifts to property managers
    (BA121): gap with them $23,500 − $22,400 = $1,100, without them $23,500 − $19,800 =
    $3,700. The $78,000 business-development manager's salary brought customers: ($19,800 +
    $78,000) ÷ $2,350,000 = 97,800 ÷ 2,350,000 = 4.16%, "4.2%" (it was (22,400 + 78,000) ÷
    2,350,000 = 4.27%, "4.3%", with the gifts), over 1%: still a warning, and the check still
    passes (BA121 caps the score at 79, as before). The advice asks the $3,700 the message
    names, not $1,100."""
    report = report_of(_profile("cleaning.yaml"))
    [ba101] = findings_by_subject(report, "BA101").values()
    words = finding_words(ba101)
    assert ba101.severity == "warning"
    assert "so without it the gap is $3,700" in words
    assert "marketing without it and that selling come to 4.2%" in words
    lawful = "$3,700 more, $2,600 of it in place of what BA121 warns about"
    assert f"{lawful}, would bring marketing alone to the minimum" in words
    assert "$1,100 more" not in words
    assert report.passed


def test_bc1_the_real_architecture_profile_still_fails_as_it_did() -> None:
    """Near, silent: the architecture firm's own profile lists "6140 Client entertainment -
    school district facilities directors", read as sales, not marketing: its marketing,
    $75,500 (4.57%), and with the $3,800 of printing 79,300 ÷ 1,652,000 = 4.80%, fails as
    before; the words about selling keep their old form (no marketing line is warned about)."""
    report = report_of(_profile("architecture.yaml"))
    [ba101] = findings_by_subject(report, "BA101").values()
    words = finding_words(ba101)
    assert ba101.severity == "error"
    assert "marketing and that selling come to 4.8%" in words
    assert "($7,100 more; operating profit $188,000 → $180,900)" in words


def test_bc1_every_advice_names_the_lawful_gap() -> None:
    """BC1, the other advice: the cleaning company with each account worth $2,000 a year, not
    $52,000, so a customer costs more to win than they are worth (BA204) and the advice is to
    fix that first. The gap it names is still the lawful one, by hand $23,500 − ($22,400 −
    $2,600) = $3,700, $2,600 of it in place of the gifts, where it had said "$1,100 more
    would reach the minimum"."""
    data = _profile("cleaning.yaml")
    data["customers"]["average_revenue"] = 2000
    [ba101] = findings_by_subject(report_of(data), "BA101").values()
    words = finding_words(ba101)
    assert "so without it the gap is $3,700" in words
    assert "$3,700 more, $2,600 of it in place of what BA121 warns about, would reach" in words
    assert "BA204" in words
    assert "$1,100 more" not in words


def test_bc2_a_wholesale_account_is_not_valued_as_a_taproom_guest() -> None:
    """BC2: brewery.yaml. By hand: the rep's channel, $62,000 ÷ the 20 'wholesale accounts
    (sales rep)' = $3,100 an account; the lifetime value, $210 × 62% margin × 1.65 years as the
    key figures give it (130.20 × 1.6496 = $214.78), is built on the average revenue of the
    2,620 other new customers (of 2,640), taproom guests. 214.78 ÷ 3,100 = 0.07, the
    "0.1×" the table showed and BA205 warned on: no longer. BA205 is information that says
    the accounts are another kind and gives what an account must be worth ($3,100, 3× that
    to be sound); BA101 still counts the $62,000 as selling that wins customers ((38,600 +
    62,000) ÷ 1,650,000 = 6.1%, a warning), and the check passes."""
    report = report_of(_profile("brewery.yaml"))
    [rep] = [c for c in report.channels if c.name == "Sales reps and rep agencies"]
    assert (rep.spend, rep.customers, rep.cac) == (Decimal(62000), 20, Decimal(3100))
    assert rep.ltv_to_cac is None
    [ba205] = findings_by_subject(report, "BA205").values()
    assert ba205.severity == "info"
    words = finding_words(ba205)
    assert "costs $3,100 ($62,000 ÷ 20 customers)" in words
    assert "'wholesale accounts (sales rep)' names accounts of another kind" in words
    assert "the 2,640 new customers: the $214.78 lifetime value" in words
    assert "whether this channel pays back is not known here" in words
    assert "cut or renegotiate" not in words
    [ba101] = findings_by_subject(report, "BA101").values()
    assert ba101.severity == "warning"
    assert "marketing and that selling come to 6.1%" in finding_words(ba101)
    assert report.passed


def test_bc2_near_the_same_channel_of_taproom_guests_is_still_a_loss() -> None:
    """Near, still warned: an events rep ("6020 Payroll:Sales rep (events)") whose 20
    customers are 'events sales rep' bookings (no account named) is valued as every other
    customer, $3,100 against $214.78 (0.07×), and BA205 warns as before."""
    data = _profile("brewery.yaml")
    [line] = [a for a in data["activities"] if a["name"] == "6020 Payroll:Sales rep (wholesale)"]
    line["name"] = "6020 Payroll:Sales rep (events)"
    sources = data["customers"]["sources"]
    sources["events sales rep"] = sources.pop("wholesale accounts (sales rep)")
    report = report_of(data)
    [rep] = [c for c in report.channels if c.name == "Sales reps and rep agencies"]
    assert rep.ltv_to_cac is not None
    [ba205] = findings_by_subject(report, "BA205").values()
    assert ba205.severity == "warning"
    assert "cut or renegotiate" in finding_words(ba205)
