"""The fifty-seventh round, part j3 (2026-12-07): AY1 of the round's review, and the verdict's
banner beside a BA114 question.

1. AY1 (high). A personal-injury firm's payments to runners were read only in the fixture's
   words. "Tow yard referral payments" and "Hospital liaison - Memorial Hermann ER" had no
   finding at all, stood as acquisition channels (the tow yards the firm's cheapest, 6.8×),
   and `plan` moved $21,000 into the tow yards; "Tow truck referral fees" and "Body shop
   referral fees" were quoted Rule 7.2(b) without the runners' laws. core.barratry reads the
   places too now (tow yards and towing companies, tow trucks, wreckers, body shops and
   collision centres, hospitals and their ERs, ambulance companies) where the line says it
   pays for the cases they send, an "ER liaison" or a "hospital liaison" the line places in an
   ER or pays by the case, and "wreck leads" bought at accident scenes. What a firm buys from
   them on a case stays as it was (a tow, storage, a body shop's estimate, a hospital's records
   or lien), and so do the firm's own intake staff, a court runner, police report fees and a
   fee divided with referring lawyers.
2. The banner said "... may forbid; stop that first." of a roofer whose only line the law may
   forbid is one BA114 asks about (gift cards to listing agents for pre-listing inspections:
   whether RESPA reaches them is a question for a lawyer). It says "have that checked first"
   now where every such line is a question, and "stop that first" where any is warned about
   (a line BA114 warns about; BA119, BA120 or BA121; or BA116's deductible, premium or copay
   given up, whose finding says to stop it).

Every expected figure is worked out by hand below from the profiles' lines.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from bizaudit.core.barratry import pays_runners
from bizaudit.explain.score import (
    CRITICAL_ASKED,
    CRITICAL_UNLAWFUL,
    DEEP_LOSS,
    DEEP_LOSS_ASKED,
    FAIR_ASKED,
    FAIR_UNLAWFUL,
    WEAK_ASKED,
    WEAK_UNLAWFUL,
    verdict,
)

from .conftest import RunCli, finding_words, findings_by_subject, small_case
from .test_rules import _report

_HERE = Path(__file__).parent / "fixtures" / "review57j3"
_FIXTURES = Path(__file__).parent / "fixtures"


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def _runners_text(said: str) -> bool:
    """Whether a BA114 finding quotes the runners' laws after Rule 7.2(b)."""
    return (
        "pays runners to steer accident victims to you" in said
        and "ABA Model Rule 7.2(b)" in said
        and "Tex. Penal Code §38.12(a)(4), (b)(3)" in said
        and "§§6151-6152" in said
    )


# -- 1. AY1: runners under ordinary ledger names ---------------------------------------------------

_TOW_YARD = "6090 Tow yard referral payments"
_LIAISON = "6095 Hospital liaison - Memorial Hermann ER"
_SCENE = "6085 Accident scene investigators - wreck leads"
_CONSULTANT = "6080 Case acquisition consultant - per signed case (1099)"
_SPLIT = "5200 Co-counsel fee split - referring attorneys"


def test_the_reviewers_pi_firm_is_told_the_runners_laws_of_its_tow_yards_and_liaison() -> None:
    """Gulf Coast Injury Attorneys (the reviewer's pi-firm.yaml) pays tow yards for referrals
    ($21,000), a hospital liaison who works Memorial Hermann's ER ($30,000) and "accident scene
    investigators" for wreck leads ($42,000). Each is a BA114 warning now that quotes Rule
    7.2(b) and the runners' laws (Texas §38.12(a)(4), (b)(3); California §§6151-6152) and says
    to stop paying them. None had a finding before. The case acquisition consultant paid per
    signed case keeps the lead generator's text (a price per client, Rule 7.2 comment [5]),
    which names no runner; the fee divided with referring attorneys (Rule 1.5(e)) has none."""
    found = findings_by_subject(_report(_load(_HERE / "pi-firm.yaml")), "BA114")
    assert set(found) == {_TOW_YARD, _LIAISON, _SCENE, _CONSULTANT}
    for name in (_TOW_YARD, _LIAISON, _SCENE):
        said = finding_words(found[name])
        assert found[name].severity == "warning", name
        assert _runners_text(said), name
        assert "stop paying them" in said
    consultant = finding_words(found[_CONSULTANT])
    assert "lead generator" in consultant
    assert "§38.12" not in consultant


def test_the_pi_firms_runners_are_no_channel_and_the_figures_say_so(run_cli: RunCli) -> None:
    """The figures, by hand (the review's AY1 gives them before the mend).

    Before: the tow yards ($21,000, 25 cases) were the cheapest channel, $840 a case, 6.8×;
    the hospital liaison ($30,000, 18 cases) $1,666.67, 3.4×; the investigators' $42,000 was
    read as a cost of sales; 7 funded, recurring acquisition channels.

    After: the three lines are BA114's, so their channels are restricted (no price, no budget
    to grow: "a cost to stop, not a price to compare") and none is a funded, recurring
    acquisition channel: 5 remain (the fee division, billboards, Google Ads, Avvo, radio).
    The investigators' line is read as what it is, acquisition spend paid to runners
    (core.metrics._runners_paid, part j2), joined to the 70 customers the profile lists as
    'investigators'.

    Acquisition marketing: $210,000 + $144,000 + $240,000 + $9,000 + $60,000 + $42,000 +
    $21,000 + $30,000 = $756,000 (was $714,000). Sales: $72,000 (the intake call centre).
    Marketing ÷ revenue, the fee division left out: ($756,000 − $210,000) ÷ $3,100,000 =
    $546,000 ÷ $3,100,000 = 17.6% (was $504,000, 16.3%). BA110 warns now: 17.6% is over the
    5–10% range while a customer is worth under 3× its cost; reaching 10% would take out
    $546,000 − $310,000 = $236,000.
    CAC: ($756,000 + $72,000) ÷ 340 = $828,000 ÷ 340 = $2,435.29 (was $2,311.76); LTV
    $9,100 × 60% × 1.04 = $5,687.50; LTV ÷ CAC = 2.34 → 2.3× (was 2.5×).
    CAC excluding referrals: the referrals are the attorneys' 22 and the tow yards' 25 = 47,
    293 others; the referral spend is the fee division and the tow yards, $210,000 + $21,000 =
    $231,000; the sales' share for the 293 is $72,000 × 293 ÷ 340 = $62,047.06:
    ($756,000 − $231,000 + $62,047.06) ÷ 293 = $587,047.06 ÷ 293 = $2,003.57 (was $1,796.67);
    LTV ÷ that = 2.84 → 2.8× (was 3.2×).
    Reworked by hand on part j4 of the fifty-seventh round (2026-12-07): BA110 counts the
    $42,000 + $21,000 + $30,000 = $93,000 of runner payments first, as what stopping them
    (BA114) takes out: $453,000 ÷ $3,100,000 = 14.6%; of the $236,000 above the top,
    $236,000 − $93,000 = $143,000 more would come out of the lawful channels
    (tests/test_review57j4.py).

    The review's own figure for the advertising customers alone, 1.4×, is ($453,000 of ads +
    $72,000 × 120 ÷ 340 = $25,411.76 of intake) ÷ 120 = $3,986.76, and $5,687.50 ÷ $3,986.76
    = 1.43. The report's 2.8× still counts, beside the advertising's 120, the investigators'
    70 and the liaison's 18 (with their $72,000) and the consultant's 85, whose $84,000 stays
    outside marketing (read as operations, BA114's lead-generator question): not a figure
    this part changes. Reworked by hand on part p of the fifty-eighth round (2026-12-07): the
    CAC excluding referrals now leaves out the customers the lines BA114 warns about brought,
    with those lines' spend: 340 − 47 − 70 − 18 − 85 = 120 cases, ($756,000 − $231,000 −
    $42,000 − $30,000 + $72,000 × 120 ÷ 340) ÷ 120 = ($453,000 + $25,411.76) ÷ 120 =
    $3,986.76, the review's figure, and $5,687.50 ÷ $3,986.76 = 1.43 → 1.4×.
    Reworked by hand in part w of the fifty-ninth round (2026-12-07): the blended CAC leaves
    out the consultant's 85 cases as it leaves out its $84,000 (read as operations), the
    intake shared as above: ($756,000 + $72,000 × 255 ÷ 340) ÷ 255 = ($756,000 + $54,000) ÷
    255 = $3,176.47 (was $2,435.29), and $5,687.50 ÷ $3,176.47 = 1.79 → 1.8× (was 2.3×).

    `plan` had moved $21,000 from billboards into the tow yards (25 → 35 cases); it moves
    nothing into any of the three now, and leaves each alone under BA114."""
    path = _HERE / "pi-firm.yaml"
    report = _report(_load(path))
    channels = {c.name: c for c in report.channels}
    for name in (
        "Tow yard referral payments",
        "Hospital liaison - Memorial Hermann ER",
        "Accident scene investigators - wreck leads",
    ):
        assert channels[name].restricted_by == "BA114", name
        assert channels[name].cac is None, name
    assert report.predictability.acquisition_channels == 5
    assert _TOW_YARD not in report.predictability.channels
    assert _LIAISON not in report.predictability.channels
    assert {a.name: (a.category, a.purpose) for a in report.activities}[_SCENE] == (
        "marketing",
        "acquire",
    )
    economics = report.economics
    assert economics.cac is not None
    assert economics.cac.value == Decimal("3176.47")
    assert economics.non_referral_cac is not None
    assert economics.non_referral_cac.value == Decimal("3986.76")
    assert economics.ltv_to_cac is not None
    ratio = economics.ltv_to_cac.value
    assert isinstance(ratio, Decimal)
    assert round(ratio, 1) == Decimal("1.8")
    assert economics.ltv_to_non_referral_cac is not None
    ratio = economics.ltv_to_non_referral_cac.value
    assert isinstance(ratio, Decimal)
    assert round(ratio, 1) == Decimal("1.4")
    [ba110] = [f for f in report.findings if f.rule == "BA110"]
    assert ba110.severity == "warning"
    said = finding_words(ba110)
    assert "marketing is 17.6% of revenue" in said
    assert "brings marketing to 14.6% of revenue" in said
    assert "reaching 10% would take $143,000 more out of the lawful channels" in said
    plan = json.loads(run_cli("plan", path, "-f", "json").stdout)
    into = {move["to"] for move in plan["moves"]} if plan["moves"] else set()
    assert not into & {
        "Tow yard referral payments",
        "Hospital liaison - Memorial Hermann ER",
        "Accident scene investigators - wreck leads",
    }
    left = {c["name"]: c["left_alone"] for c in plan["channels"]}
    for name, line in (
        ("Tow yard referral payments", _TOW_YARD),
        ("Hospital liaison - Memorial Hermann ER", _LIAISON),
    ):
        assert left[name] is not None
        assert f"{line!r}" in left[name]
        assert "(BA114)" in left[name]


@pytest.mark.parametrize(
    "name",
    [
        # the reviewer's lines, one at a time
        "Tow yard referral payments",
        "Hospital liaison - Memorial Hermann ER",
        "Tow truck referral fees",
        "Body shop referral fees",
        # ...those the reviewer found already read, which stay read
        "Wrecker driver referral fees",
        "Capper fees",
        "ER nurse referral fees",
        "Payments to tow truck drivers",
        "Referral fees - tow operators",
    ],
)
def test_each_runner_line_alone_in_a_law_firm_gets_the_runners_text(name: str) -> None:
    """The reviewer tested the lines one at a time in a legal profile: each is a BA114 warning
    that quotes the runners' laws, and none is a funded acquisition channel."""
    profile = small_case(
        "Case Law", "legal",
        [{"name": "Google Ads", "spend": 30000}, {"name": name, "spend": 9000}],
        {"Google": 60, "tow yards": 20},
    )  # fmt: skip
    report = _report(profile)
    found = findings_by_subject(report, "BA114")
    assert set(found) == {name}
    assert _runners_text(finding_words(found[name])), name
    assert name not in report.predictability.channels


@pytest.mark.parametrize(
    "name",
    [
        "Intake staff bonus per signed case",  # the firm's own people (as before: no runner)
        "Intake specialists (in-house) pay",
        "Court runner service",
        "Police report fees",
        "Co-counsel fee split - referring attorneys",
        "Hospital lien negotiation",  # a case's costs
        "Medical records - hospital",
        "Body shop estimate",
        "Tow yard storage fees",
        "Towing - client vehicle",
    ],
)
def test_near_names_get_no_runners_text(name: str) -> None:
    """Near names keep what they had: none quotes the runners' laws (the intake bonus keeps the
    per-client question it had before this part)."""
    profile = small_case(
        "Case Law", "legal",
        [{"name": "Google Ads", "spend": 30000}, {"name": name, "spend": 9000}],
        {"Google": 60, "referrals": 40},
    )  # fmt: skip
    for finding in _report(profile).findings:
        assert "§38.12" not in finding_words(finding), (name, finding.rule)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("6090 Tow yard referral payments", True),
        ("6095 Hospital liaison - Memorial Hermann ER", True),
        ("Tow truck referral fees", True),
        ("Body shop referral fees", True),
        ("Towing company referral fees", True),
        ("Referral fees - ABC Towing", True),
        ("Wrecker service referral fees", True),
        ("Collision center referral fees", True),
        ("Tow yard kickbacks", True),
        ("Holiday gift cards - body shop referrals", True),  # a cash-like card, not a token
        ("Hospital referral fees", True),
        ("Ambulance company referral fees", True),
        ("ER liaison", True),
        ("E.R. liaison - Ben Taub", True),
        ("Emergency room liaison", True),
        ("Hospital liaison - per signed case", True),
        ("Accident scene investigators - wreck leads", True),
        # what a firm buys on a case from the same places
        ("Tow yard storage fees", False),
        ("Vehicle storage - tow lot", False),
        ("Towing - client vehicle", False),
        ("Body shop estimate", False),
        ("Body shop estimate fees", False),
        ("Hospital lien negotiation", False),
        ("Medical records - hospital", False),
        ("Hospital records request fees", False),
        ("Accident scene photos", False),
        ("Accident reconstruction expert", False),
        # a token to a referrer is Rule 7.2(b)(5)'s question, not a runner's pay
        ("Referral thank-you gifts - body shops", False),
        ("Holiday gift basket - body shop managers", False),
        # a liaison the line does not place in an ER, nor pay by the case
        ("Hospital liaison", False),
        ("Physician liaison", False),
        ("Community liaison", False),
        # the firm's own people, its errands, its co-counsel, its lead generator
        ("Intake staff bonus per signed case", False),
        ("Court runner service", False),
        ("Police report fees", False),
        ("Co-counsel fee split - referring attorneys", False),
        ("Case acquisition consultant - per signed case (1099)", False),
    ],
)
def test_which_lines_pay_runners_by_the_places(name: str, expected: bool) -> None:
    assert pays_runners(name) is expected


# -- 2. The banner beside a BA114 question ---------------------------------------------------------


def test_a_roofer_whose_only_flagged_line_is_a_question_is_told_to_have_it_checked() -> None:
    """Summit Peak Roofing less its deductible credits: its only BA114 line is the $3,000 of
    gift cards to listing agents, a warning said as a question ("may pay for referrals ...
    is a question for a lawyer"), and no other rule of law names a line. The banner had said
    "stop that first"; it says "have that checked first", as the finding does. The score (64)
    and the band ("Fair") are unchanged: the words only.

    Reworked by hand in part w of the fifty-ninth round (2026-12-07): the question is
    information now (was a warning); the score, the band and the words are as before."""
    report = _report(_load(_HERE / "roofer-cards.yaml"))
    [cards] = [f for f in report.findings if f.rule == "BA114"]
    assert cards.severity == "info"
    assert "is a question for a lawyer" in finding_words(cards)
    assert report.score == 64
    assert report.verdict == FAIR_ASKED
    assert "stop" not in report.verdict


def test_the_roofer_with_its_deductible_credits_is_still_told_to_stop(run_cli: RunCli) -> None:
    """With its neighbours' credits toward the deductible (BA116: Tex. Bus. & Com. Code §27.02,
    "stop it where a customer's job is paid from an insurance claim") beside the cards, a line
    the law may forbid is warned about: the banner says "stop that first", as before."""
    report = _report(_load(_FIXTURES / "review57j" / "roofer.yaml"))
    assert report.verdict == FAIR_UNLAWFUL
    text = " ".join(run_cli("check", _HERE / "roofer-cards.yaml", "--exit-zero").stdout.split())
    assert "have that checked first" in text


def test_a_firm_with_runners_is_still_told_to_stop() -> None:
    """The PI firm's BA114 lines are warnings, not questions: "stop that first"."""
    assert _report(_load(_HERE / "pi-firm.yaml")).verdict == FAIR_UNLAWFUL


def test_the_bands_words_when_only_asked() -> None:
    """Each band under "Strong" has its asked words; a warned line anywhere keeps "stop";
    "Strong" is out of reach beside them (core.audit caps the score at 79) and keeps its own."""
    assert verdict(64, asked=True) == FAIR_ASKED
    assert verdict(45, asked=True) == WEAK_ASKED
    assert verdict(20, asked=True) == CRITICAL_ASKED
    assert verdict(64, unlawful=True, asked=True) == FAIR_UNLAWFUL
    assert verdict(45, unlawful=True, asked=True) == WEAK_UNLAWFUL
    assert verdict(20, unlawful=True, asked=True) == CRITICAL_UNLAWFUL
    assert verdict(45, under_minimum=True, asked=True) == WEAK_ASKED
    assert verdict(85, asked=True) == verdict(85)
    deep = verdict(30, deep_loss=True, asked=True)
    assert deep == DEEP_LOSS[-1][1] + DEEP_LOSS_ASKED
