"""The fifty-eighth round, part p (2026-12-07): a personal-injury firm's leftovers of the last
review (tests/fixtures/review57j3/pi-firm.yaml, the reviewer's Houston firm).

1. The CAC excluding referrals counted the customers the held-out lines bought. A CFO signs a
   cost per customer only where cost and count come from the same lines: the figure is what a
   customer costs through the lines the business may keep funding, so a line BA114 or BA121
   warns about leaves it with the customers joined to it (core.metrics._held_out), in every
   trade, and the basis says so beside the figure.
2. A plain "Hospital liaison" in a US law firm had no finding. In a personal-injury firm one
   who works the hospitals for it may be a runner: BA114 quotes the runners' laws as a question
   to check (core.barratry.asks_of_liaison). A health-care trade's hospital liaison stays the
   lawful referral cultivation it was.
3. "Intake staff bonus per signed case", the firm's own staff, had the third-party lead
   generator's text. BA114 asks now, as information, in the words of the firm's own pay: ABA
   Model Rule 5.4(a)(3), NYSBA Ethics Opinion 917 (2012), Florida's Rule 4-5.4(a)(4)
   (core.barratry.pays_own_staff, with the sources read).
4. The activity table's "because" column names the words that decided a re-reading ("'rep'
   calling on attorneys who refer"), not its label ('marketing').

Every expected figure is worked out by hand below from the profiles' lines.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from bizaudit.core.barratry import asks_of_liaison, pays_own_staff
from bizaudit.explain.summary import decided_by
from bizaudit.io.checker import Options, check
from bizaudit.model.report import ProfileReport

from .conftest import RunCli, finding_words, findings_by_subject, report_of, small_case

_FIXTURES = Path(__file__).parent / "fixtures"
_PI_FIRM = _FIXTURES / "review57j3" / "pi-firm.yaml"
_SCENE = "6085 Accident scene investigators - wreck leads"
_TOW_YARD = "6090 Tow yard referral payments"
_LIAISON = "6095 Hospital liaison - Memorial Hermann ER"
_CONSULTANT = "6080 Case acquisition consultant - per signed case (1099)"


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def _report(profile: dict[str, Any]) -> ProfileReport:
    """The report as the CLI makes it (``io.checker.audit_of``)."""
    return report_of({"version": 1} | profile)


def _file(path: Path) -> ProfileReport:
    """The report of a profile file, as `check` makes it."""
    report, _ = check([path], Options())
    return report.profiles[0]


def _basis(report: ProfileReport) -> str:
    cac = report.economics.non_referral_cac
    assert cac is not None
    return " ".join(cac.basis.split())


def _ratio(report: ProfileReport) -> Decimal:
    figure = report.economics.ltv_to_non_referral_cac
    assert figure is not None
    assert isinstance(figure.value, Decimal)
    return round(figure.value, 1)


# -- 1. cost and count from the same lines ------------------------------------------------------


def test_the_pi_firms_cac_excluding_referrals_leaves_out_what_the_warned_lines_bought() -> None:
    """By hand, the reviewer's figure. New cases 340: the referrals are the attorneys' 22 and
    the tow yards' 25 (out already, with the fee division's $210,000 and the tow yards'
    $21,000: $231,000). BA114 warns about the investigators (70 cases, $42,000 of acquisition
    marketing), the ER liaison (18 cases, $30,000) and the per-case consultant (85 cases under
    'case consultant', whose words its line holds; its $84,000 is operations, in no CAC): 173
    cases and $72,000 left out with them. Left: Google Ads 62 + billboards 28 + radio 22 +
    Avvo 8 = 120 cases on $144,000 + $240,000 + $9,000 + $60,000 = $453,000 of advertising
    ($756,000 − $231,000 − $72,000), with the intake centre's share, $72,000 × 120 ÷ 340 =
    $25,411.76: $478,411.76 ÷ 120 = $3,986.76; LTV $9,100 × 60% × 1.04 = $5,687.50, ÷
    $3,986.76 = 1.43, shown as 1.4× (2.8× before). The blended CAC keeps every dollar and
    every case: ($756,000 + $72,000) ÷ 340 = $2,435.29.

    Reworked by hand in part w of the fifty-ninth round (2026-12-07): the blended CAC keeps
    every dollar it counts and the cases they bought, but not the consultant's 85, whose
    $84,000 it does not count: ($756,000 + $72,000 × 255 ÷ 340) ÷ 255 = $810,000 ÷ 255 =
    $3,176.47."""
    report = _file(_PI_FIRM)
    economics = report.economics
    assert economics.cac is not None
    assert economics.cac.value == Decimal("3176.47")
    assert economics.non_referral_cac is not None
    assert economics.non_referral_cac.value == Decimal("3986.76")
    assert _ratio(report) == Decimal("1.4")
    said = _basis(report)
    assert "− $72,000 on lines held out with their customers" in said
    assert "their share of $72,000: 120 of 340 new customers" in said
    assert "÷ 120 new customers who did not come by referral (47 did)" in said
    assert "173 new customers that" in said
    for name in (_SCENE, _LIAISON, _CONSULTANT):
        assert repr(name) in said, name
    assert repr(_TOW_YARD) not in said  # its 25 cases left as referrals, with its spend
    assert "left out too, with the $72,000 of those lines the CAC counted" in said
    assert "BA114 warns about paying for them" in said
    # BA201 judges by it, and says the same figure
    [ba201] = [f for f in report.findings if f.rule == "BA201"]
    assert "worth 1.4× what it costs to win ($5,687.50 LTV ÷ $3,986.76" in ba201.message


def test_the_firm_without_its_warned_lines_holds_nothing_out() -> None:
    """Near case: the firm without the three runner lines, the consultant and their sources
    (70 + 25 + 18 + 85 = 198 cases), 142 new. Nothing is held out, and the basis says nothing
    of it: ($663,000 − $210,000 + $72,000 × 120 ÷ 142 = $60,845.07) ÷ 120 = $513,845.07 ÷
    120 = $4,282.04."""
    profile = _load(_PI_FIRM)
    gone = (_SCENE, _TOW_YARD, _LIAISON, _CONSULTANT)
    profile["activities"] = [a for a in profile["activities"] if a["name"] not in gone]
    for source in ("investigators", "tow yards", "hospital", "case consultant"):
        del profile["customers"]["sources"][source]
    profile["customers"]["new"] = 142
    report = _report(profile)
    assert report.economics.non_referral_cac is not None
    assert report.economics.non_referral_cac.value == Decimal("4282.04")
    assert "left out too" not in _basis(report)


def test_a_warned_line_in_the_referral_channel_leaves_once_with_the_referrals() -> None:
    """Near case: the investigators' wreck leads ($9,000, BA114's runners, read as acquisition
    marketing that joins the referral channel: part j2 of the fifty-seventh round) beside
    Google Ads ($30,000), with no source naming the investigators: their spend leaves with the
    40 attorney referrals as before, and nothing is held out a second time: ($30,000 + $9,000
    − $9,000) ÷ 60 = $500."""
    profile = small_case(
        "Case Law", "legal",
        [{"name": "Google Ads", "spend": 30000}, {"name": _SCENE, "spend": 9000}],
        {"google ads": 60, "attorney referral": 40},
    )  # fmt: skip
    report = _report(profile)
    assert report.economics.non_referral_cac is not None
    assert report.economics.non_referral_cac.value == Decimal("500")
    assert "left out too" not in _basis(report)


def test_the_rule_holds_in_other_trades_a_pi_agencys_gifts_to_adjusters() -> None:
    """An investigations agency (tests/fixtures/review54/pi.yaml): BA121 warns about its
    Starbucks cards to claims adjusters per file assigned ($3,600, 10 cases under 'adjusters')
    and its finder's fee of 10% to attorneys ($18,000, 44 under 'attorneys'). By hand: 120 new
    less 10 repeat = 110; 12 by referral, with the paralegals' lunch-and-learns' $4,800; 54 held
    out with the $21,600; 44 left (Google 18 + insurance carriers 26). Acquisition marketing
    $6,000 + $4,800 + $7,500 + $3,600 + $12,000 + $6,000 + $18,000 = $57,900; sales $62,000,
    the 44's share $62,000 × 44 ÷ 110 = $24,800: ($57,900 − $4,800 − $21,600 + $24,800) ÷ 44 =
    $56,300 ÷ 44 = $1,279.55 (was ($57,900 − $4,800 + $62,000 × 98 ÷ 110) ÷ 98 = $1,105.47).
    LTV $7,800 × 45% × 2.773 = $9,733.58, ÷ $1,279.55 = 7.6×."""
    report = _file(_FIXTURES / "review54" / "pi.yaml")
    assert report.economics.non_referral_cac is not None
    assert report.economics.non_referral_cac.value == Decimal("1279.55")
    assert _ratio(report) == Decimal("7.6")
    said = _basis(report)
    assert "54 new customers that" in said
    assert "BA121 warns about paying for them" in said


def test_the_rule_holds_in_other_trades_a_charters_corporate_accounts() -> None:
    """A charter company (tests/fixtures/r54/charter.yaml): BA121 warns about its commissions
    to corporate travel managers per booking ($16,000, kept out of revenue), the only paying
    line of the 90 'corporate accounts'. By hand: 640 new less 30 repeat = 610; 50 by word of
    mouth; 90 held out; 470 left. Acquisition marketing $38,000 + $9,000 + $7,200 = $54,200;
    sales $58,258.43 (the account manager's share and the rest, as before), the 470's share
    $58,258.43 × 470 ÷ 610 = $44,887.64: $99,087.64 ÷ 470 = $210.82 (was $192.29, which
    counted the 90 at no cost). The other commissions are not added to it: the stated 45%
    margin is after them by the books (45.2% after against 48.4% before, part s of the round,
    AZ2), so the basis says they are in it already, and names no "with them" figure (reworked
    by hand after that part; before it, $210.82 + $53,500 ÷ 470 = $324.65 had been said)."""
    report = _file(_FIXTURES / "r54" / "charter.yaml")
    assert report.economics.non_referral_cac is not None
    assert report.economics.non_referral_cac.value == Decimal("210.82")
    said = _basis(report)
    assert "90 new customers that '6055 Travel mgr commissions" in said
    assert "with them, $" not in said
    assert "are in the stated 45% margin already: not counted again here" in said
    assert "$16,000 paid as" not in said


# -- 2. a plain hospital liaison in a law firm -------------------------------------------------


def _alone(industry: str, name: str) -> ProfileReport:
    return _report(
        small_case(
            "Case", industry,
            [{"name": "Google Ads", "spend": 30000}, {"name": name, "spend": 9000}],
            {"Google": 60, "referrals": 40},
        )
    )  # fmt: skip


@pytest.mark.parametrize("name", ["Hospital liaison", "Hospital liaison program"])
def test_a_law_firms_plain_hospital_liaison_is_asked_with_the_runners_text(name: str) -> None:
    """No ER, no pay by the case named: BA114 quotes Rule 7.2(b) and the runners' laws (Texas
    §38.12, California §§6151-6152) as a question, and asks what the liaison does and how the
    pay is set, not "stop paying them". As a question it holds nothing out: BA110's stop and
    the CAC excluding referrals count it as before."""
    found = findings_by_subject(_alone("legal", name), "BA114")
    assert set(found) == {name}
    said = finding_words(found[name])
    assert said.startswith(f"{name!r} may pay a runner")
    assert "ABA Model Rule 7.2(b)" in said
    assert "§38.12(a)(4)" in said
    assert "§§6151-6152" in said
    assert "check with your state bar's ethics counsel" in said
    assert "what the liaison does and how the pay is set" in said
    assert "stop paying them" not in said


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Hospital liaison", True),
        ("Hospital liaison program", True),
        ("6095 Hospital liaison - Memorial Hermann ER", False),  # a runner: warned already
        ("Hospital liaison - $200 per signed case", False),  # ...paid by the case
        ("Hospital liaison - medical records", False),  # case work
        ("Hospital lien negotiation", False),
        ("Physician liaison salary", False),
        ("Community liaison", False),
    ],
)
def test_which_liaisons_are_asked(name: str, expected: bool) -> None:
    assert asks_of_liaison(name) is expected


@pytest.mark.parametrize("industry", ["home-care", "physical-therapy", "medical"])
def test_a_health_care_hospital_liaison_stays_lawful_cultivation(industry: str) -> None:
    """In a health-care trade a hospital liaison cultivates referrals lawfully: no BA114."""
    report = _alone(industry, "Hospital liaison")
    assert not findings_by_subject(report, "BA114")


def test_the_records_liaison_of_a_law_firm_gets_no_runners_text() -> None:
    for finding in _alone("legal", "Hospital liaison - medical records").findings:
        assert "§38.12" not in finding_words(finding), finding.rule


# -- 3. the firm's own staff paid by the case --------------------------------------------------


def test_an_intake_staff_bonus_per_signed_case_is_the_firms_own_pay_asked() -> None:
    """The firm's own intake staff: BA114 asks, as information, in the words of its own pay
    (Rule 5.4(a)(3), NYSBA Ethics Op. 917, Florida's Rule 4-5.4(a)(4)); never the lead
    generator's text (Rule 7.2 comment [5]) nor the runners' laws."""
    name = "Intake staff bonus per signed case"
    found = findings_by_subject(_alone("legal", name), "BA114")
    assert set(found) == {name}
    assert found[name].severity == "info"
    said = finding_words(found[name])
    assert said.startswith(f"{name!r} pays the firm's own staff by the case")
    assert "ABA Model Rule 5.4(a)(3)" in said
    assert "NYSBA Ethics Opinion 917 (2012)" in said
    assert "Florida's Rule 4-5.4(a)(4)" in said
    assert "pay nothing for cases staff find, refer or solicit themselves" in said
    assert "lead generator" not in said
    assert "comment [5]" not in said
    assert "§38.12" not in said


def test_an_outside_intake_centre_paid_by_the_case_keeps_the_lead_generators_text() -> None:
    """Near name: an outside vendor paid per signed case is a third party: a warning, in the
    lead generator's words, as before."""
    name = "Intake call center - $150 per signed case"
    found = findings_by_subject(_alone("legal", name), "BA114")
    assert found[name].severity == "warning"
    said = finding_words(found[name])
    assert "lead generator" in said
    assert "5.4(a)(3)" not in said


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Intake staff bonus per signed case", True),
        ("Paralegal bonus - $100 per signed case", True),
        ("Employee bonus for each client referred", True),
        ("Intake specialists (in-house) pay", False),  # no pay by the case: no finding
        ("Intake staff salaries", False),
        ("Staff bonus - year end", False),
        ("Intake call center - $150 per signed case", False),  # an outside vendor
        ("Case acquisition consultant - per signed case (1099)", False),  # a contractor
        ("6020 Year-end Starbucks cards - referring CPAs' staff", False),  # another's staff
        ("Gift cards - chiropractic office staff per referral", False),
    ],
)
def test_which_lines_pay_the_firms_own_staff(name: str, expected: bool) -> None:
    assert pays_own_staff(name) is expected


# -- 4. the activity table's "because" column ----------------------------------------------------


def _because(path: Path) -> dict[str, str]:
    """Each activity's "because" cell, as the terminal and HTML tables word it."""
    return {
        a.name: decided_by(a.term, a.reason) for a in _file(path).activities if a.term is not None
    }


def test_the_because_column_names_the_words_that_decided(run_cli: RunCli) -> None:
    """The outreach rep's line says 'rep' calling on attorneys, not 'marketing'; the staff
    lunch with PI attorneys says the staff lunch held with them, not 'attorneys' alone; the
    gift cards keep 'gift' (part k3 of the fifty-seventh round), and a line a term alone read
    keeps its term. `check` at 80 columns shows the first."""
    chiro = _because(_FIXTURES / "review57l2" / "chiro.yaml")
    assert chiro["Payroll:Marketing rep - attorney & PCP outreach"] == (
        "'rep' calling on attorneys who refer"
    )
    assert chiro["Google Ads"] == "'google ads'"
    lunch = _because(_FIXTURES / "review57k2" / "chiropractic.yaml")
    assert lunch["Chiropractic staff lunch with PI attorneys"] == (
        "'staff lunches', but held with 'attorneys', who send customers: cultivating referrals"
    )
    pt = _because(_FIXTURES / "review57k3" / "physical-therapy.yaml")
    assert pt["Gift cards - chiropractic office staff"] == "'gift'"
    assert pt["$25 per new patient - chiropractic office staff"] == "'referring office staff'"
    out = run_cli("check", _FIXTURES / "review57l2" / "chiro.yaml").stdout
    table = out.split("Activities", 1)[1].split("Customer sources", 1)[0]
    assert "marketing/acquire  'rep' calling on" in table


# -- 5. England and Wales: runners' payments are referral fees for personal-injury work ----------


def _in_pounds(name: str) -> ProfileReport:
    return _report(
        {
            "business": {
                "name": "Mersey Injury Solicitors LLP", "industry": "legal", "currency": "GBP",
                "period": "2026",
            },
            "revenue": 1000000,
            "activities": [
                {"name": "Google Ads", "spend": 30000},
                {"name": name, "spend": 9000},
                {"name": "Owner salary", "spend": 100000},
            ],
            "customers": {
                "new": 100, "sources": {"Google": 60, "referrals": 40},
                "average_revenue": 3000, "gross_margin": "50%",
            },
        }
    )  # fmt: skip


@pytest.mark.parametrize(
    "name",
    [
        "Tow yard referral payments",
        "Hospital liaison - A&E",
        "A&E staff referral cash",
        "Accident scene investigators - wreck leads",
    ],
)
def test_a_firm_in_pounds_is_told_laspo_s56_of_its_runners(name: str) -> None:
    """A firm kept in pounds (England and Wales' rules, `[verticals.legal.abroad.GBP]`) that
    pays tow yards, an A&E liaison or accident-scene "investigators" for cases had no finding:
    BA114 warns now with the rule the vertical gives there, LASPO 2012 s.56's ban on referral
    fees for personal-injury work (s.56(1)(b), (4)(a), read on legislation.gov.uk with the
    search tool, 2026-12-07), and never the US runners' laws (Texas, California)."""
    found = findings_by_subject(_in_pounds(name), "BA114")
    assert set(found) == {name}
    assert found[name].severity == "warning"
    said = finding_words(found[name])
    assert "Legal Aid, Sentencing and Punishment of Offenders Act 2012 (s.56)" in said
    assert "§38.12" not in said
    assert "§§6151-6152" not in said


@pytest.mark.parametrize("name", ["Tow yard storage fees", "Hospital liaison"])
def test_near_names_in_pounds_stay_silent(name: str) -> None:
    """A tow yard's storage on a client's car is a case's cost; a plain hospital liaison is
    asked only of a US firm, whose runners' laws say why (part 2)."""
    assert not findings_by_subject(_in_pounds(name), "BA114")
