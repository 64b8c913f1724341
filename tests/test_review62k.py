"""The sixty-second round's re-review, part k (2026-12-07): a fractional CFO's BI1, BI8, BI9
and BI10, on the Ontario cannabis store and the mortgage broker of parts e and f.

BI1. "LP trade marketing - shelf placement payments received" (line 29, C$0) says the store
takes licensed producers' money for shelf placement, which Ontario's Registrar's Standards bar
since 30 June 2022 (6.4: no material inducement from a licensed producer; 6.5: no agreement
for any item, benefit or service with one, but six exemptions), as the AGCO's bulletin of 24
June 2022 and its update on store brands give them (read with the search tool, pages corpus,
2026-12-07). It was read as the store's own acquisition marketing, listed among the lines the
CAC is built on, with no finding. Now BA120 warns about it, quoting 6.4 and 6.5 (and only
them: the clause is its own in the CAD table), and, as money received, it is no line of the
CAC's: "spend on lines 21, 23, 25, 27, 29 and 31" → "21, 23, 25, 27 and 31" (the CAC itself
stays C$60,200 ÷ 4,200 = C$14.33: the line is C$0).

BI9. BA104 said "nothing is spent on keeping existing customers" beside the store's C$38,000
loyalty programme (BA120's), and suggested a newsletter without the Cannabis Act's condition.
BI8. The mortgage broker's 87% "referral maximum" added the 37% who already had a relationship
with their lender to the 50% referred: now 50 ÷ 63 = 79%, said as what the trade's customers
report, second-hand, with no survey year. BI10. The loan-officer pay, which the CAC counts once
in what a customer is worth (BH4), was still "so the report's figures rest on this reading"
(BA107, a warning) and "Sales ÷ all spend 48.3%" with no word: details at their tests.

Every figure is worked out by hand in the docstrings and comments. The reviewer's profiles are
main's fixtures (tests/fixtures/review62e/cannabis.yaml, tests/fixtures/review62f/mortgage.yaml)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from bizaudit.core import cannabis_ads
from bizaudit.explain.summary import in_margin_note
from bizaudit.io.checker import Options, check
from bizaudit.model.report import ProfileReport

from .conftest import finding_words, findings_by_subject, report_of

_CANNABIS = Path(__file__).parent / "fixtures" / "review62e" / "cannabis.yaml"
_MORTGAGE = Path(__file__).parent / "fixtures" / "review62f" / "mortgage.yaml"
_LP = "LP trade marketing - shelf placement payments received"


def _checked(path: Path) -> ProfileReport:
    """The report of ``check`` on a profile file (with its line numbers)."""
    report, _ = check([path], Options())
    return report.profiles[0]


def _data(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text("utf-8"))
    return data


# BI1 ------------------------------------------------------------------------------------------


def test_bi1_lp_payments_are_warned_about_under_standards_6_4_and_6_5() -> None:
    """Before: no finding on line 29. After: a BA120 warning that quotes 6.4 and 6.5, the
    date they took effect and the exemptions, and tells the store to stop accepting them and
    say where they are booked; not the Cannabis Act's promotion clause (no promotion is
    bought), nor the customers' rewards."""
    found = findings_by_subject(_checked(_CANNABIS), "BA120")
    assert _LP in found
    lp = found[_LP]
    assert lp.severity == "warning"
    words = finding_words(lp)
    assert "takes payments or other benefits from licensed producers" in words
    assert "30 June 2022" in words
    assert "material inducements from licensed producers (6.4" in words
    assert "any agreement for any item, benefit or service with a licensed producer (6.5)" in words
    assert "items of nominal value" in words
    assert "store-brand product" in words
    assert "stop accepting them" in words
    assert "they are money received, not spend" in words
    assert "Cannabis Act" not in words
    assert "rewards" not in words


def test_bi1_the_producer_clause_is_said_only_of_the_producer_line() -> None:
    """The licensed producers' clause had ridden along in the points' and the pre-roll's
    findings; now it is in the LP line's alone, and those keep their own (6.3 and 6.4 on
    inducing customers)."""
    found = findings_by_subject(_checked(_CANNABIS), "BA120")
    for name in ("Loyalty program (Alpine IQ) - points redeemed", "Free pre-roll w/ first visit"):
        words = finding_words(found[name])
        assert "licensed producer" not in words, name
        assert "Standard 6.3," in words, name


def test_bi1_the_lp_line_is_no_line_of_the_cac() -> None:
    """Money received is no spend: line 29 leaves the CAC's lines, 21, 23, 25, 27, 29, 31 →
    21, 23, 25, 27, 31. The CAC is unchanged, the line being C$0: (12,000 + 9,000 + 14,400 +
    18,000 + 6,800) = 60,200 ÷ 4,200 = 14.333 → C$14.33."""
    report = _checked(_CANNABIS)
    assert report.economics.cac_lines == [21, 23, 25, 27, 31]
    assert report.economics.cac.value == Decimal("14.33")


def test_bi1_only_a_canadian_store_and_only_money_from_producers() -> None:
    """The producer reading is Canada's (a US dispensary's rules were not read for it), and
    needs both a producer and money or a benefit from one: the store's own purchases and a
    line naming no producer are not read so."""
    assert cannabis_ads.breach(_LP, "Canada") == "producer"
    assert cannabis_ads.breach("Shelf placement fees from licensed producers", "Canada") == (
        "producer"
    )
    assert cannabis_ads.breach("LP rebates", "Canada") == "producer"
    assert cannabis_ads.breach(_LP, None) is None
    assert cannabis_ads.breach("LP wholesale purchases", "Canada") is None
    assert cannabis_ads.breach("Shelving and fixtures", "Canada") is None
    assert cannabis_ads.breach("Help wanted - budtender", "Canada") is None


def test_bi1_a_us_dispensary_is_not_told_of_ontario() -> None:
    """The same line in US dollars: no BA120 on it (its states' rules were not read here)."""
    data = _data(_CANNABIS)
    data["business"]["currency"] = "USD"
    found = findings_by_subject(report_of(data), "BA120")
    assert _LP not in found


# BI9 ------------------------------------------------------------------------------------------


def test_bi9_ba104_names_the_points_being_checked() -> None:
    """Before: "nothing is spent on keeping existing customers → add a retention activity
    such as a newsletter or client check-ins, not a loyalty scheme that rewards them: ...".
    After: the programme is named, with its C$38,000 (points redeemed, taken off revenue:
    3,150,000 − 38,000 = 3,112,000 net), as one BA120 asks about; "nothing is spent in money"
    stays true (it is revenue given up, not spend), and no "client check-ins" for a store."""
    [ba104] = [f for f in _checked(_CANNABIS).findings if f.rule == "BA104"]
    words = finding_words(ba104)
    assert words.startswith("nothing is spent in money on keeping existing customers; the only ")
    assert (
        "'Loyalty program (Alpine IQ) - points redeemed' ($38,000 of revenue given up), "
        "is one BA120 asks about" in words
    )
    assert "while it is checked, keep customers with a newsletter or a text list" in words
    assert "client check-ins" not in words
    assert "keep it" not in words


def test_bi9_the_newsletter_carries_the_acts_condition() -> None:
    """The newsletter BA104 suggests is promotion: in Canada, only where young persons cannot
    access it, addressed by name to adult customers who opted in; the Act's own words on it
    were not read (only Health Canada's page and Canada Post's), and it says so."""
    [ba104] = [f for f in _checked(_CANNABIS).findings if f.rule == "BA104"]
    words = finding_words(ba104)
    assert "only where young persons cannot access it" in words
    assert "addressed by name to adult customers who opted in" in words
    assert "were not read here" in words


def test_bi9_a_us_dispensary_gets_no_canadian_condition() -> None:
    """The same store in US dollars is told nothing of the Cannabis Act in BA104 (its points
    are no BA120 line there: "keep it", as before)."""
    data = _data(_CANNABIS)
    data["business"]["currency"] = "USD"
    [ba104] = [f for f in report_of(data).findings if f.rule == "BA104"]
    assert "Cannabis Act" not in finding_words(ba104)
    assert "keep it" in finding_words(ba104)


# BI8 ------------------------------------------------------------------------------------------


def test_bi8_the_trades_share_is_50_of_63() -> None:
    """Before: "max 87% (industry)", 87 = 50 referred + 37 with a relationship already. The
    37% are no referrals; of the 100 − 37 = 63 who had none, 50 were referred: 50 ÷ 63 =
    0.7937, about 79%."""
    report = _checked(_MORTGAGE)
    assert report.policy["max_referral_share"].value == Decimal("0.79")
    assert report.policy["max_referral_share"].source == "industry"
    assert round(Decimal(50) / Decimal(63), 2) == report.policy["max_referral_share"].value


def test_bi8_the_verdict_says_what_the_trades_customers_report() -> None:
    """Before: "60.7% ... (within the 87% maximum); the 87% is your trade's own: STRATMOR's
    survey of 82,000 recent home buyers, 2025: ...". After: 130 ÷ 214 = 60.7%, "under the 79%
    your trade's customers report", said as an average, second-hand, with no survey year
    (2025 was the quotation's)."""
    report = _checked(_MORTGAGE)
    reasons = " ".join(report.predictability.reasons)
    assert (
        "60.7% of new customers came from referrals (under the 79% your trade's customers "
        "report)" in reasons
    )
    assert "maximum" not in reasons.split("60.7% of new customers")[1].split("•")[0]
    assert "50 ÷ 63" in reasons
    assert "not a ceiling" in reasons
    assert "as Mike DelPrete quoted it on 3 February 2025" in reasons
    assert "the survey's year is not stated there" in reasons
    assert "STRATMOR's own report was not read" in reasons
    assert "87%" not in reasons
    assert report.predictability.verdict == "business"


def test_bi8_the_default_maximum_keeps_its_word() -> None:
    """A trade with no share of its own (the default 50%) still says "maximum": the cannabis
    store's 400 ÷ 4,200 = 9.5%, "within the 50% maximum"."""
    reasons = " ".join(_checked(_CANNABIS).predictability.reasons)
    assert "9.5% of new customers came from referrals (within the 50% maximum)" in reasons


# BI10 -----------------------------------------------------------------------------------------


def _with_kind(kind: str) -> dict[str, Any]:
    data = _data(_MORTGAGE)
    for activity in data["activities"]:
        if activity["name"] == "Loan officer comp - bps on funded":
            activity["kind"] = kind
    return data


def test_bi10_ba107_says_the_reading_changes_no_cac() -> None:
    """Before: a BA107 warning, "it is 100% of what is counted as sales, so the report's
    figures rest on this reading". The CAC had stopped counting the pay (BH4: 122,300 ÷ 214 =
    $571.50), so now BA107 is information and says so: read either way the CAC, the lifetime
    value and the score stay as they are. Its advice points at the CAC's reading."""
    report = _checked(_MORTGAGE)
    [ba107] = [f for f in report.findings if f.rule == "BA107"]
    assert ba107.severity == "info"
    words = finding_words(ba107)
    assert "it is 100% of what is counted as sales, but it is pay on each sale" in words
    assert "read either way the CAC, the lifetime value and the score stay as they are" in words
    assert "so the report's figures rest on this reading" not in words
    assert "'kind: cost-of-sales' if it is paid on each sale" in words


def test_bi10_either_reading_gives_the_same_cac_ltv_and_score() -> None:
    """What BA107 now says, checked: as listed, as operations and as cost of sales, CAC
    (36,000 + 48,000 + 9,500 + 7,800 + 12,600 + 8,400) = 122,300 ÷ 214 = 571.495 → $571.50;
    LTV 7,570 × 55% × (1 + 0.10 + … to 5 years: 1.1111) = $4,626.06; score 79 (BA114's cap).
    Reworked by hand at the merge of the round's part j, which reads the $6,000 of aged
    internet leads as acquisition: (122,300 + 6,000) ÷ 214 = 599.53; the rest unchanged."""
    for data in (_data(_MORTGAGE), _with_kind("operations"), _with_kind("cost-of-sales")):
        report = report_of(data)
        assert report.economics.cac.value == Decimal("599.53")
        assert report.economics.ltv.value == Decimal("4626.06")
        assert report.score == 79


def test_bi10_the_sales_share_says_why_it_reads_as_it_does() -> None:
    """ "Sales ÷ all spend 48.3%" (486,000 ÷ 1,006,500 = 0.48286) stays as listed, but now
    says the $486,000 is all pay on each sale the stated margin carries, which the CAC counts
    once, in what a customer is worth; the JSON gives it as metrics.sales_in_margin. A
    profile with no such pay has 0 and no note (the cannabis store: no sales at all)."""
    report = _checked(_MORTGAGE)
    assert report.metrics.sales_share_of_spend == Decimal(486_000) / Decimal(1_006_500)
    assert report.metrics.sales_in_margin == Decimal(486_000)
    note = in_margin_note(report)
    assert note.startswith("all of it is pay on each sale, which the stated margin carries")
    assert "the CAC counts it once, in what a customer is worth" in note
    store = _checked(_CANNABIS)
    assert store.metrics.sales_in_margin == 0
    assert in_margin_note(store) == ""
