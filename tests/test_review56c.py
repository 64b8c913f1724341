"""The fifty-fifth round's review (a fractional CFO, 2026-12-07): AW7 and AW8, the law BA114
quotes for a physical-therapy clinic's fee per referred patient to an orthopaedic group and for
a real-estate wholesaler's bird dogs. The reviewer's profiles are copied unchanged into
tests/fixtures/review56c; every expected figure is worked out by hand below."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from bizaudit.core.commercial_bribery import pays_for_referring
from bizaudit.core.patient_inducements import pays_physicians_per_referral
from bizaudit.core.wholesaling import asks_of_finders
from bizaudit.model.report import ProfileReport

from .conftest import RunCli, report_of
from .test_rules import _found

_HERE = Path(__file__).parent / "fixtures" / "review56c"


def _report(name: str) -> ProfileReport:
    data: dict[str, Any] = yaml.safe_load((_HERE / name).read_text(encoding="utf-8"))
    return report_of(data)


def _one(report: ProfileReport, rule: str, subject: str) -> Any:
    [found] = [f for f in report.findings if f.rule == rule and f.subject == subject]
    return found


# AW7: a physical-therapy clinic's fee per referred patient to an orthopaedic group

_ORTHO_FEE = "6015 Marketing fee to Ortho Associates ($40/referred patient)"


def test_aw7_a_fee_per_referred_patient_to_a_physicians_group_is_quoted_the_physicians_law() -> (
    None
):
    """AW7: the fee was quoted the beneficiary-inducement law and the OIG's $15 an item and $75
    a year, which are about rewards to patients and suggest a small fee could be fine. The payee
    is a physicians' group: BA114 quotes the vertical's text on paying those who refer (the
    Anti-Kickback Statute and Stark, outpatient PT a designated health service), the same the
    report quotes for the Starbucks cards to the referring offices' MAs, and says that no
    exception covers a price per referred patient."""
    report = _report("physio.yaml")
    fee = _one(report, "BA114", _ORTHO_FEE)
    cards = _one(report, "BA114", "6020 Starbucks cards - MA's at referring offices")
    assert fee.severity == "warning"
    assert "$15 an item" not in fee.message
    assert "beneficiary-inducement" not in fee.message
    assert "42 U.S.C. §1320a-7b(b)" in fee.message
    assert "designated health service under the Stark Law (42 U.S.C. §1395nn)" in fee.message
    assert "none covers a price per referred patient" in fee.message
    assert "42 CFR §1001.952(d)" in fee.message
    # the physicians' text is the one the cards line gets, and the fee's adds to it
    rule = cards.message.split("restrict: ", 1)[1]
    assert fee.message.split("restrict: ", 1)[1].startswith(rule.removesuffix("."))


def test_aw7_the_fee_joins_the_referrals_it_pays_for() -> None:
    """AW7: the fee was a channel of its own, "$12,000, 0 customers", beside the 620
    orthopedic referrals it pays for. It now joins the referrals channel, which BA114's
    warnings restrict (no price, no budget to grow). By hand: the channel's lines are the
    physician lunches $8,400, the fee $12,000, the Starbucks cards $1,800 and the liaison's
    salary $52,000 = $74,200 of the $94,200 of acquisition marketing (+ Google Ads $14,000 and
    website $6,000), 78.77%; its customers 620 + 300 + 60 = 980. The CAC excluding referrals
    is unchanged, the fee having been taken out with the referrals already: ($94,200 −
    $74,200) ÷ (1,300 − 980) = $20,000 ÷ 320 = $62.50."""
    report = _report("physio.yaml")
    channels = {c.name: c for c in report.channels}
    referrals = channels["Referrals and word of mouth"]
    assert (referrals.spend, referrals.customers) == (Decimal(74200), 980)
    assert referrals.cac is None
    assert referrals.restricted_by == "BA114"
    assert not any("Ortho Associates" in name for name in channels)
    assert report.economics.non_referral_cac.value == Decimal("62.50")


@pytest.mark.parametrize(
    ("industry", "name", "physicians", "stark", "patients"),
    [
        # the reviewer's line, and a medical group paid per patient referred
        ("physical-therapy", "Marketing fee to Ortho Associates ($40/referred patient)",
         True, True, False),
        ("physical-therapy", "Referral fee - Valley Medical Group ($50 per patient referred)",
         True, True, False),
        # a physician by title (I5 of the forty-first round), in a medical practice
        ("medical", "Dr. Lee ENT - $100 per patient referred", True, True, False),
        # a dental practice's rule names no Stark Law: the fee's clause leaves it out too
        ("dental", "Ortho Associates referral fee ($75 per referred patient)", True, False,
         False),
        # near names: a reward to patients who refer keeps the patients' rule
        ("physical-therapy", "Patient referral reward ($25 per referred patient)", False, False,
         True),
        # ...and a liaison paid per referred patient is paid as one who sells, not as a
        # physician (the per-patient rule of the Anti-Kickback Statute's safe harbours)
        ("physical-therapy", "Physician liaison (contractor) - $40 per referred patient",
         False, False, False),
    ],
)  # fmt: skip
def test_aw7_whose_fee_per_referral_gets_the_physicians_law(
    industry: str, name: str, physicians: bool, stark: bool, patients: bool
) -> None:
    """AW7, near names: the clause on a fee per referral is said of physicians and their
    groups only; a patient's reward keeps the OIG's nominal value ($15 an item), and a liaison
    the per-patient text."""
    [found] = _found("BA114", {
        "business": {"name": "Case", "industry": industry},
        "revenue": 1000000,
        "activities": [{"name": name, "spend": 3000}, {"name": "Google Ads", "spend": 60000}],
    })  # fmt: skip
    assert ("no fee per referral is small enough to be safe" in found.message) is physicians
    assert ("none covers a price per referred patient" in found.message) is stark
    assert ("$15 an item" in found.message) is patients


@pytest.mark.parametrize(
    ("name", "joins"),
    [
        ("6015 Marketing fee to Ortho Associates ($40/referred patient)", True),
        ("Referral fee - Valley Medical Group ($50 per patient referred)", True),
        ("Spine Specialists - $60 per referral", True),
        # the practice's own people, a patient's reward, a marketer and an owners' lunch are
        # not a physician paid per referral
        ("Physician associates bonus ($40 per referred patient, W-2)", False),
        ("Patient referral reward ($25 per referred patient)", False),
        ("Marketing company - $40 per referred patient", False),
        ("Ortho Associates lunch", False),
    ],
)
def test_aw7_a_physician_paid_per_referral_is_read_as_paying_for_referring(
    name: str, joins: bool
) -> None:
    """AW7: the channel table joins a line that pays those who refer to the referrals it pays
    for (core.channels reads core.commercial_bribery.pays_for_referring); a physicians' group
    paid per referred patient is one, as a vet paid per referral was."""
    assert pays_physicians_per_referral(name) is joins
    assert pays_for_referring(name) is joins


# AW8: a real-estate wholesaler's bird dogs

_BIRD_DOGS = "6060 Bird dog fees ($500/deal)"


def test_aw8_a_wholesalers_bird_dog_fees_are_asked_under_state_licence_law() -> None:
    """AW8: "6060 Bird dog fees ($500/deal)" was judged under RESPA §8 with an agent's advice
    ("your broker", "agent-to-agent referral fees"). A bird dog who points a wholesaler to an
    owner refers no settlement service on a federally related mortgage loan; what decides is the
    state's licence law, which may allow a finder's fee (California, Tyrone v. Kelley, 1973) or
    forbid it, and some states license wholesaling itself (Illinois' Act as amended; Oklahoma's
    of 2021). The profile names no state, so the finding asks (information), sends the owner
    to a real-estate attorney in the state, and says what the finder may be paid for."""
    report = _report("wholesaler.yaml")
    found = _one(report, "BA114", _BIRD_DOGS)
    assert found.severity == "info"
    message, advice = found.message, found.advice or ""
    assert "question of state licence law, not of RESPA §8" in message
    assert "Tyrone v. Kelley, 9 Cal. 3d 1, 1973" in message
    assert "225 ILCS 454/1-10" in message
    assert "in force 1 November 2021" in message
    assert "ask a real-estate attorney in the state where the houses are" in advice
    assert "broker" not in advice
    assert "agent-to-agent" not in message + advice
    # no cap, nor a banner, for a question
    assert not any("BA114" in cap.reason for cap in report.score_caps)
    assert "stop that first" not in report.verdict


def test_aw8_the_bird_dogs_channel_is_asked_about_not_a_cost_to_stop(run_cli: RunCli) -> None:
    """AW8: the channel note said "$6,000 paid on the 12 customers it lists (about $500 each):
    a cost to stop". Where a finder's fee may be lawful, it says BA114 asks about it, still with
    no price to compare and no budget to grow until the question is answered. By hand: $6,000 ÷
    12 deals = $500 a deal, the line's own price. In the CAC excluding referrals the bird dogs'
    $6,000 goes with their 12 deals, and the sales are shared by the 31 of 43 who did not come
    by referral. Since BH4 of the sixty-second round the acquisition and dispo managers'
    commissions ($48,000 + $24,000), paid on each deal, are out of it: the stated 80% margin
    carries them, (480,000 − 12,000 − 72,000) ÷ 480,000 = 82.5%, against 97.5% without them;
    so ($97,600 − $6,000 + ($98,400 − $72,000) × 31 ÷ 43) ÷ 31 = ($91,600 + $19,032.56) ÷ 31 =
    $3,568.79 (it had been ($91,600 + $70,939.53) ÷ 31 = $5,243.21)."""
    text = " ".join(run_cli("check", _HERE / "wholesaler.yaml", "--exit-zero").stdout.split())
    assert (
        "Referrals and word of mouth: its spend pays for what BA114 asks about: $6,000 paid on "
        "the 12 customers it lists (about $500 each): a price to compare only once the question "
        "is answered, and no budget to grow until then"
    ) in text
    assert "a cost to stop" not in text
    report = _report("wholesaler.yaml")
    assert report.economics.non_referral_cac.value == Decimal("3568.79")


def test_aw8_plan_says_the_bird_dogs_are_asked_about(run_cli: RunCli) -> None:
    """AW8: `plan` leaves the bird dogs' channel alone, as the check does, and says why in the
    words of BA114's question, not "referrals your profession's rules restrict"."""
    text = " ".join(run_cli("plan", _HERE / "wholesaler.yaml").stdout.split())
    assert "its spend on '6060 Bird dog fees ($500/deal)' pays," in text
    assert (
        "in whole or in part, for those who bring you deals, which BA114 asks about: whether "
        "the state's licence law allows it is to be answered first"
    ) in text
    assert "your profession's rules restrict" not in text


def _case(name: str, line: str, trade: str | None = None) -> dict[str, Any]:
    business: dict[str, Any] = {"name": name, "industry": "real-estate"}
    if trade is not None:
        business["trade"] = trade
    return {
        "business": business,
        "revenue": 480000,
        "activities": [
            {"name": line, "spend": 6000},
            {"name": "Direct mail - absentee owners", "spend": 54000},
        ],
        "customers": {"new": 40, "sources": {"direct mail": 30, "bird dogs": 10}},
    }


@pytest.mark.parametrize(
    ("name", "trade", "asked"),
    [
        ("Prairie Cash Home Buyers LLC", None, True),
        # a wholesaler the profile declares, whatever its name
        ("Prairie Investments LLC", "wholesaling", True),
        # an agent keeps RESPA and the agent's advice
        ("Smith Realty Group", None, False),
    ],
)
def test_aw8_an_agents_bird_dogs_keep_respa(name: str, trade: str | None, asked: bool) -> None:
    """AW8: only a business read as a wholesaler (its name, or `business.trade`) is told of
    state licence law; an agent's payments keep RESPA §8 and the broker."""
    [found] = _found("BA114", _case(name, "Bird dog fees ($500/deal)", trade))
    assert (found.severity == "info") is asked
    assert ("RESPA §8 (12 U.S.C. §2607; Regulation X" in found.message) is not asked
    assert ("your broker" in (found.advice or "")) is not asked


@pytest.mark.parametrize(
    ("line", "asked"),
    [
        ("Bird dog fees ($500/deal)", True),
        ("Finder's fee - Joe R. (per deal)", True),
        ("Referral bonus to past sellers ($500 cash)", True),
        # a lender or a title company: RESPA §8's, warned
        ("Referral fee to loan officer per closing", False),
        ("Title company rep gift cards", False),
    ],
)
def test_aw8_what_a_wholesaler_is_asked_about(line: str, asked: bool) -> None:
    """AW8: a wholesaler's payment to those who bring it deals is asked; one that names a
    settlement-service provider stays for RESPA §8."""
    assert asks_of_finders(line) is asked
