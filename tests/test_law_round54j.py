"""Findings that must agree after the fifty-fourth round's mends, part j (2026-12-07): BA102
says of referrals that a line BA114 warns about pays for what the score says (no channel of the
business's own), the clinics' rules are named as such for a pet crematory wherever "your
profession's rules" stood, BA101 says "asks about" of the lines BA114 only asks about, and the
key figure gives the share BA101 counts beside the one listed (AU14). Each expectation worked
out by hand, with the near cases that must stay as they were."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from bizaudit.model.report import Finding, ProfileReport

from .conftest import RunCli, WriteProfile

# part e's profiles (a pet crematory, a funeral home, a dental practice), read the same way
from .test_law_round54e import _dental, _funeral_home, _pet, _report

_PET = "Rainbow Bridge Pet Cremation"


def _one(report: ProfileReport, rule: str) -> Finding:
    [found] = [f for f in report.findings if f.rule == rule]
    return found


def _independence(report: ProfileReport) -> Any:
    return next(c for c in report.score_components if c.name == "referral independence")


def _text(found: Finding) -> str:
    return " ".join(f"{found.message} {found.advice}".split())


# -- 1: BA102 says what the score says of referrals a warned line pays for -------------------


def test_ba102_no_longer_calls_a_paid_clinic_channel_a_channel_not_hope() -> None:
    """A pet crematory's "Fee per pet to referring vet clinics" (BA114 warns: Cal. Bus. & Prof.
    Code §650(a), as BA114 quotes it) pays the clinics its lunch-and-learns reach. 1,670 of
    1,900 came by referral (1,560 clinics + 110 word of mouth) = 87.9%; the score holds all
    1,670 against the 50% maximum ((230 / 1,900) / 0.5 = 0.2421 of its marks), and so does
    BA102 now: a warning, the 1,560 named as no channel of the business's own, and the advice
    what the clinics' rules allow (the vertical's referral_allowed for a pet crematory), never
    "keep funding it"."""
    report = _report(_pet("Fee per pet to referring vet clinics"))
    found = _one(report, "BA102")
    assert found.severity == "warning"
    assert found.message == (
        "87.9% of new customers came from referrals (1,670 of 1,900), over the 50% maximum; "
        "1,560 of them came through the referral lines funded (Vet clinic lunch and learns), "
        "but from referrers that lines BA114 warns about pay as well: not counted as a channel "
        "of your own"
        # the share held to the maximum, in the key figure's and the verdict's words (AX2 of
        # the fifty-sixth round's review, 2026-12-07), by hand: (1,670 − 1,560 cultivated +
        # 1,560 of them warned) ÷ 1,900 = 87.9%
        "; the 87.9% that did not come through a channel of your own is over the 50% maximum"
    )
    assert "a channel, not hope" not in found.message
    assert found.advice.startswith(
        "stop the payments BA114 warns about, and build the relationship only with what the "
        "clinics' rules allow: General advertising (search, your website, directories); "
        "relations with veterinary clinics built on service and education"
    )
    assert "keep funding" not in found.advice
    assert "physicians" not in found.advice
    part = _independence(report)
    assert part.earned is not None
    assert float(part.earned) == pytest.approx(float(Decimal(230) / 1900 / Decimal("0.5")))
    assert "1,560 of them came through referral lines the business funds" in part.basis


def test_without_the_fee_ba102_keeps_its_channel_in_the_clinics_words() -> None:
    """Near case: no fee. 110 / 1,900 = 5.8% came on their own, within 50%: information, "a
    channel, not hope", as the score's full marks say; its advice names the clinics' rules,
    not "your profession's rules" (the crematory's own profession restricts nothing here)."""
    report = _report(_pet(None))
    found = _one(report, "BA102")
    assert found.severity == "info"
    assert "cultivated on purpose (Vet clinic lunch and learns): a channel, not hope" in (
        found.message
    )
    assert found.advice.startswith("keep funding it within the clinics' rules (")
    assert "your profession's rules" not in found.advice
    part = _independence(report)
    assert part.earned is not None
    assert float(part.earned) == pytest.approx(1.0)


def test_a_funeral_homes_gift_cards_to_nursing_home_staff_hold_ba102_too() -> None:
    """Another trade: a funeral home's "Nursing home staff appreciation gift cards per call"
    (BA114: the state funeral laws the death-care vertical quotes) pays the staff of the
    nursing homes its in-service lunches reach. (200 + 40) / 300 = 80% held, as the score
    holds it ((1 − 0.8) ÷ 0.5 = 0.4 of its marks): BA102 warns, and the advice is what the
    funeral home's own profession's rules allow."""
    profile = _funeral_home()
    report = _report(profile)
    found = _one(report, "BA102")
    assert found.severity == "warning"
    assert "200 of them came through the referral lines funded (Nursing home in-service " in (
        found.message
    )
    assert found.advice.startswith(
        "stop the payments BA114 warns about, and build the relationship only with what your "
        "profession's rules allow: "
    )
    part = _independence(report)
    assert part.earned is not None
    assert float(part.earned) == pytest.approx(0.4)
    # near case: without the gift cards the lunches are a channel (40 / 300 = 13.3% on their
    # own, within 50%), as the score's full marks say
    profile["activities"] = [a for a in profile["activities"] if "gift" not in a["name"]]
    assert _one(_report(profile), "BA102").severity == "info"


def test_a_dental_practices_fee_per_patient_to_chiropractors_holds_ba102() -> None:
    """A dental practice: "Referral fee per new patient to referring chiropractors" (BA114)
    beside lunch-and-learns for the same chiropractors. (150 + 250) / 600 = 66.7% held, as the
    score holds it ((1 − 0.6667) ÷ 0.5 = 0.6667): a warning, no "a channel, not hope"."""
    profile = _dental()
    report = _report(profile)
    found = _one(report, "BA102")
    assert found.severity == "warning"
    assert found.message.startswith(
        "66.7% of new customers came from referrals (400 of 600), over the 50% maximum; 250 of "
        "them came through the referral lines funded (Chiropractor lunch and learns), but from "
        "referrers that lines BA114 warns about pay as well"
    )
    assert "a channel, not hope" not in found.message
    part = _independence(report)
    assert part.earned is not None
    assert float(part.earned) == pytest.approx(2 / 3)


# -- 2: the clinics' rules, wherever "your profession's rules" stood ---------------------------


def test_the_banner_names_the_clinics_rules_for_a_pet_crematory(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """The banner's heading over the rule on paying for referrals: the clinics' rules for a pet
    crematory, in the terminal and in Markdown; a funeral home's stays its profession's."""
    path = write_profile(yaml.safe_dump(_pet("Handling fees to vet clinics")))
    terminal = " ".join(run_cli("check", path, "--exit-zero").stdout.split())
    assert "Paying for referrals under the clinics' rules: The rule here is the clinics'" in (
        terminal
    )
    assert "Paying for referrals in your profession" not in terminal
    markdown = run_cli("check", path, "-f", "markdown", "--exit-zero").stdout
    assert "**Paying for referrals under the clinics' rules:**" in markdown
    report = json.loads(run_cli("check", path, "-f", "json", "--exit-zero").stdout)
    [profile] = report["profiles"]
    assert profile["industry"]["referral_rules_whose"] == "the clinics' rules"
    funeral = _pet("Handling fees to vet clinics")
    funeral["business"]["name"] = "Smith Family Funeral Home"
    other = write_profile(yaml.safe_dump(funeral), name="funeral.yaml")
    text = " ".join(run_cli("check", other, "--exit-zero").stdout.split())
    assert "Paying for referrals in your profession:" in text


def test_ba102_names_the_clinics_rules_and_no_physicians_for_a_pet_crematory() -> None:
    """A bare handling fee BA114 only asks about (info): BA102 warns at 87.9% (no channel of its
    own: the lunch-and-learns share the clinics' sources with the fee's channel) and says the
    clinics' rules limit paying for referrals; its closing words name no physicians (the
    Anti-Kickback Statute is named in the clinics' rule only to say it does not reach pets)."""
    found = _one(_report(_pet("Handling fees to vet clinics")), "BA102")
    assert found.advice.startswith(
        "build a channel you control and can repeat; the clinics' rules limit paying for "
        "referrals, so use what they allow: General advertising"
    )
    assert "physicians" not in found.advice
    assert "your profession's rules" not in found.advice


def test_ba103_names_the_clinics_rules_for_a_pet_crematory() -> None:
    """No funded, recurring acquisition (only aftercare, which retains) and 1,670 of 1,900 by
    referral, over half: BA103's advice names the clinics' rules, as BA101's does."""
    profile = _pet(None)
    profile["activities"] = [
        a for a in profile["activities"] if a["name"] not in ("Google Ads - pet cremation",)
    ]
    profile["activities"] = [
        a for a in profile["activities"] if "lunch" not in a["name"] and "Google" not in a["name"]
    ]
    found = _one(_report(profile), "BA103")
    assert "with referrers the clinics' rules restrict paying, not payments to them" in (
        found.advice
    )


def test_plan_names_the_clinics_rules_for_a_pet_crematory(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """`plan` leaves the fee's channel alone: it pays for referrals the clinics' rules restrict
    (BA114), not "your profession's rules" (the crematory's own restrict nothing there)."""
    path = write_profile(yaml.safe_dump(_pet("Fee per pet to referring vet clinics")))
    text = " ".join(run_cli("plan", path).stdout.split())
    assert "for referrals the clinics' rules restrict (BA114)" in text
    assert "your profession's rules" not in text


# -- 3: BA101 says "asks about" of what BA114 only asks about ---------------------------------


def _inspector(ads: int) -> dict[str, Any]:
    """A home inspector: $400,000 of revenue, Google Ads ``ads`` and $12,000 of "Realtor referral
    fee $50 per inspection", which BA114 asks about (RESPA may not reach an inspection the
    buyer orders; its own words say "may pay for referrals")."""
    return {
        "version": 1,
        "business": {
            "name": "Keystone Home Inspections",
            "industry": "home-services",
            "currency": "USD",
        },
        "revenue": 400000,
        "activities": [
            {"name": "Google Ads", "spend": ads},
            {"name": "Realtor referral fee $50 per inspection", "spend": 12000},
            {"name": "Inspector wages", "spend": 150000},
        ],
        "customers": {"new": 800, "sources": {"realtors": 500, "google": 300}},
    }


def test_ba101_says_asks_about_of_a_home_inspectors_fee_under_the_minimum() -> None:
    """BA114 asks (its message: "may pay for referrals"). BA101: (6,000 + 12,000) / 400,000 =
    4.5%, under home services' 5%: the gap 20,000 − 18,000 = $2,000, and 20,000 − 6,000 =
    $14,000 without the fee; the fee is named as on lines BA114 asks about, not "what BA114
    warns about"."""
    report = _report(_inspector(6000))
    ba114 = _one(report, "BA114")
    assert "may pay for referrals" in ba114.message
    found = _one(report, "BA101")
    assert (
        "; $12,000 of it is on lines BA114 asks about (they may pay for referrals), so without "
        "it the gap is $14,000"
    ) in found.message
    assert "warns about" not in _text(found)


def test_ba101_says_asks_about_of_a_fee_that_alone_meets_the_minimum() -> None:
    """(10,000 + 12,000) / 400,000 = 5.5%, over 5% only with the fee; without it 10,000 /
    400,000 = 2.5%. BA101 says BA114 asks about it and asks for it to be checked, not
    stopped on its word alone."""
    found = _one(_report(_inspector(10000)), "BA101")
    assert found.message.startswith(
        "marketing is 5.5% of revenue, over the 5% minimum (your industry's low end) only with "
        "$12,000 that BA114 asks about; without it, 2.5% ($10,000)"
    )
    assert found.advice.startswith(
        "have what BA114 asks about checked, as its finding says, before funding it again"
    )
    assert "warns" not in _text(found)


def assisted_living(ads: int, *more: dict[str, Any]) -> dict[str, Any]:
    """An assisted living with ``ads`` of Google Ads, $12,000 of direct mail, a $42,000 placement
    fee that includes Medicaid-waiver move-ins (BA114 warns: the Anti-Kickback Statute), the
    care staff's wages and ``more`` lines."""
    return {
        "version": 1,
        "business": {"name": "Maple Grove Assisted Living", "industry": "home-care"},
        "revenue": 4250000,
        "activities": [
            {"name": "Google Ads and local SEO", "spend": ads},
            {"name": "Direct mail to adult children (40+ zip codes)", "spend": 12000},
            {
                "name": "A Place for Mom referral fee - 100% of first month, incl. Medicaid "
                "waiver move-ins",
                "spend": 42000,
            },
            *more,
            {"name": "Caregiver and med aide wages", "spend": 1480000},
        ],
        "customers": {"new": 28, "sources": {"a place for mom": 8, "google ads": 6}},
    }


def test_ba101_still_says_warns_about_of_a_fee_ba114_warns_about() -> None:
    """Near case: a placement fee that includes Medicaid-waiver move-ins, which BA114 warns
    about (the Anti-Kickback Statute): $42,000 of the $90,000 of marketing and sales "pays for
    what BA114 warns about"; the gap without it: 3% × 4,250,000 = 127,500 − 48,000 = $79,500."""
    profile = assisted_living(ads=36000)
    report = _report(profile)
    assert _one(report, "BA114").severity == "warning"
    assert (
        "$42,000 of it pays for what BA114 warns about, so without it the gap is $79,500"
        in _one(report, "BA101").message
    )


def test_the_pet_crematorys_handling_fee_is_still_asked_about() -> None:
    """The kind BA101 named already (AT8 of the fifty-third round): a bare handling fee BA114
    asks about (info). 25,800 / 640,000 = 4.03% over 4% only with it; without it 16,200 /
    640,000 = 2.5%, under it."""
    found = _one(_report(_pet("Handling fees to vet clinics")), "BA101")
    assert (
        "only with $9,600 of handling fees to vet clinics that BA114 asks about; without them, "
        "marketing is 2.5% of revenue ($16,200), under the 4% minimum"
    ) in found.message


# -- 4: the key figure gives the share BA101 counts (AU14) -----------------------------------


def _petcrem() -> str:
    """The review's petcrem.yaml in short: $780,000 of revenue; marketing $42,800 (Google Ads
    $9,000, website $4,200, the $15-a-pet handling fee $19,500, the L&L $4,800, aftercare
    $5,300)."""
    return yaml.safe_dump(
        {
            "version": 1,
            "business": {
                "name": "Rainbow Bridge Pet Cremation",
                "industry": "death-care",
                "currency": "USD",
            },
            "revenue": 780000,
            "activities": [
                {"name": "5000 Crematory operator wages", "spend": 118000},
                {"name": "6100 Handling fee to vet clinics ($15/pet)", "spend": 19500},
                {"name": "6120 Vet L&L", "spend": 4800},
                {"name": "6200 Google Ads", "spend": 9000},
                {"name": "6210 Website & SEO", "spend": 4200},
                {"name": "6300 Pet loss support group", "spend": 1800},
                {"name": "6310 Annual pet memorial service", "spend": 3500},
                {"name": "6500 Rent - facility", "spend": 48000},
            ],
            "customers": {
                "new": 1700,
                "sources": {"vet clinics": 1150, "google": 230, "website": 90, "walk-in": 50},
            },
        }
    )


def test_the_key_figure_says_the_share_as_listed_and_as_counted(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AU14: 42,800 / 780,000 = 5.49% as listed, over the 4% minimum; without the $19,500
    BA114 warns about, 23,300 / 780,000 = 2.99%, which BA101 prints "3%", under it. The key
    figure says both, in every format, and no longer "under it as BA101 counts it: over it only
    with ...", which read as a contradiction."""
    path = write_profile(_petcrem())
    words = "5.5% as listed; 3% without the $19,500 BA114 warns about (under the 4% minimum)"
    terminal = " ".join(run_cli("check", path, "--exit-zero").stdout.split())
    assert f"range 4–6%; {words}" in terminal
    assert "without it, 3% ($23,300)" in terminal  # BA101's own figure
    assert "under it as BA101 counts it" not in terminal
    markdown = run_cli("check", path, "-f", "markdown", "--exit-zero").stdout
    assert words in markdown
    html = run_cli("check", path, "-f", "html", "--exit-zero").stdout
    assert "5.5% as listed; 3% without the $19,500 BA114 warns about (under the 4% minimum)" in (
        html
    )


def test_the_client_report_names_the_clinics_rules_too(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """The HTML client report's heading over the rule on paying for referrals names whose rules
    they are where they bind those who refer, as the terminal's and the markdown's do: "Paying
    for referrals under the clinics' rules" for a pet crematory (the client report says "this
    profession" where the terminal says "your", for a trade whose own rules bind it)."""
    html = run_cli("check", write_profile(_petcrem()), "-f", "html", "--exit-zero").stdout
    assert "Paying for referrals under the clinics&#39; rules:" in html
    assert "Paying for referrals in this profession" not in html
    example = Path(__file__).resolve().parent.parent / "examples" / "dental.yaml"
    dental = run_cli("check", example, "-f", "html", "--exit-zero").stdout
    assert "Paying for referrals in this profession:" in dental  # its own profession's rules
