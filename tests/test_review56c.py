"""The fifty-fifth round's review (a fractional CFO, 2026-12-07): AW7, the law BA114 quotes for
a physical-therapy clinic's fee per referred patient to an orthopaedic group. The reviewer's
profile is copied unchanged into tests/fixtures/review56c; every expected figure is worked out
by hand below."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from bizaudit.core.commercial_bribery import pays_for_referring
from bizaudit.core.patient_inducements import pays_physicians_per_referral
from bizaudit.explain.report import profile_report
from bizaudit.io.checker import Options, audit_of
from bizaudit.model.profile import Profile
from bizaudit.model.report import ProfileReport

from .test_rules import _found

_HERE = Path(__file__).parent / "fixtures" / "review56c"


def _report(name: str) -> ProfileReport:
    data: dict[str, Any] = yaml.safe_load((_HERE / name).read_text(encoding="utf-8"))
    return profile_report(audit_of(Profile.model_validate(data), Options()))


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
