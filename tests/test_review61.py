"""The sixty-first round's mends made in the main line (a fractional CFO's review, 2026-12-07)."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import RunCli

#: A groomer's figures as the review gave them: $1,900 a year at a 50% margin, 70% kept a year
_HALF_CENT = (
    "version: 1\nbusiness: {name: Tails}\nrevenue: 600000\nactivities:\n"
    "  - {name: Google Ads, spend: 12000}\n  - {name: Facebook ads, spend: 9000}\n"
    "customers:\n  new: 135\n  sources: {google ads: 95, facebook ads: 40}\n"
    "  average_revenue: 1900\n  gross_margin: 50%\n  retention_rate: 70%\n"
)


def test_plan_and_check_round_a_half_cent_of_lifetime_value_alike(
    run_cli: RunCli, tmp_path: Path
) -> None:
    """BF10: over five years, 1 + .7 + .49 + .343 + .2401 = 2.7731 years, and 1,900 × 50% ×
    2.7731 = 2,634.445: half a cent, up in every report. ``plan`` read $2,634.44 (the cent
    rounded half to even) beside ``check``'s $2,634.45."""
    profile = tmp_path / "tails.yaml"
    profile.write_text(_HALF_CENT)
    report = json.loads(run_cli("check", profile, "-f", "json", "--exit-zero").stdout)
    assert report["profiles"][0]["economics"]["ltv"]["value"] == "2634.45"  # to the cent
    assert "$2,634.45" in run_cli("check", profile, "--exit-zero").stdout
    planned = " ".join(run_cli("plan", profile).stdout.split())
    assert "($2,634.45, the lifetime value)" in planned
    assert "2,634.44" not in planned


def test_every_card_brand_is_a_payment_for_referrals_to_every_reader(
    run_cli: RunCli, tmp_path: Path
) -> None:
    """The brands of cards spent like cash were written out in five places, each with its own
    list: a chiropractor's "Shell gas cards for referring gyms" was warned about (BA114) and
    "Dunkin cards - referring personal trainers" was not, the payments' list lacking Dunkin. One
    list (``core.classify.CARD_BRANDS``) now serves them all; a card's fees stay no card given."""
    profile = tmp_path / "chiro.yaml"
    profile.write_text(
        "version: 1\nbusiness: {name: Peak Chiropractic, industry: chiropractic}\n"
        "revenue: 600000\nactivities:\n  - {name: Google Ads, spend: 12000}\n"
        '  - {name: "Dunkin cards - referring personal trainers", spend: 1200}\n'
        '  - {name: "Shell gas cards for referring gyms", spend: 900}\n'
        '  - {name: "Amex card processing fees", spend: 2400}\n'
        "  - {name: Rent, spend: 40000}\n"
        "customers: {new: 300, sources: {google ads: 150, referral: 150}}\n"
    )
    report = json.loads(run_cli("check", profile, "-f", "json", "--exit-zero").stdout)
    warned = {f["subject"] for f in report["profiles"][0]["findings"] if f["rule"] == "BA114"}
    assert warned == {
        "Dunkin cards - referring personal trainers",
        "Shell gas cards for referring gyms",
    }


def test_one_cultivated_referral_is_counted_in_the_singular() -> None:
    """The round's cleaner read "the 12 include 1 referrals that came through '6130 BOMA
    membership & events', and are counted as paid for"; one referral is one."""
    from bizaudit.explain.report import profile_report
    from bizaudit.io.checker import Options, audit_of, load_profile

    path = Path(__file__).parent / "fixtures" / "review61s" / "cleaning.yaml"
    options = Options()
    doc, profile = load_profile(path, options.limits)
    report = profile_report(audit_of(profile, options), path=doc.path, locate=doc.line_of)
    basis = report.economics.non_referral_cac.basis
    assert "the 12 include 1 referral that came through '6130 BOMA membership & events', and " in (
        basis
    )
    assert "is counted as paid for" in basis
    assert "1 referrals" not in basis
