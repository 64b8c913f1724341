"""The fifty-seventh review round, part l2 (a fractional CFO's review, 2026-12-07): a
chiropractor's referral share and its outreach rep (chiro.yaml, the reviewer's profile, copied
unchanged into tests/fixtures/review57l2).

- AY2: $3,000 of gift cards to the patients who refer (BA114) held back all 470 referrals, the
  attorneys' 260 among them, which no flagged line pays: the key figure read "75.8% not your
  own, over it", BA102 warned and the verdict was "At risk". A warned line now holds back only
  the referrals of the sources it pays, where it names them.
- AY3: in chiropractic a "Physician liaison salary" reached no one (the same file read as
  physical therapy reached 'primary care'), "PCP" was not read as primary care, and the rep's
  $58,000 was charged to the 150 patients who came otherwise ($566.67, 2.6×).
- AY8: BA105 quoted "2.4× ... (BA201)" where BA201 said 2.6× and that one sale pays for
  winning a patient.

Every expected figure is worked out by hand below."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from bizaudit.core.metrics import _referrers
from bizaudit.model.report import ProfileReport

from .test_law_round54h import _report, _rules

_HERE = Path(__file__).parent / "fixtures" / "review57l2"
_GIFT_CARDS = "Patient referral $25 gift cards"
_REP = "Payroll:Marketing rep - attorney & PCP outreach"


def _profile(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((_HERE / name).read_text(encoding="utf-8"))
    return loaded


def _said(finding: Any) -> str:
    return " ".join(finding.message.split())


def _ba102(report: ProfileReport) -> Any:
    [found] = _rules(report)["BA102"]
    return found


# -- AY2: a warned line holds back the referrals of the sources it pays, not its channel's --------


def test_ay2_the_patient_gift_cards_hold_back_the_patients_referrals_only() -> None:
    """chiro.yaml as the reviewer wrote it. By hand:

    - 620 new patients, 470 by referral: attorneys 260, primary care 60, patients 150: 75.8%;
    - the rep ($58,000 on payroll: the practice's own staff, whom the Anti-Kickback Statute's
      employee exception covers, AY3) names attorneys and PCPs, and reaches 'attorney
      referrals' (260) and 'primary care' (60, a PCP's); the attorney lunches reach the same
      260; the PCP lunches are meals for physicians, which buy no referrals, and their spend
      stays with the 60 the rep reaches;
    - the gift cards (BA114) pay the patients who refer: 'patient referral', 150, held back,
      and nothing else: 320 cultivated, 150 not through a channel of the practice's own,
      150 ÷ 620 = 24.19%, "24.2% not your own, within it" (was 75.8%, over it);
    - two funded, recurring channels (screenings, Google Ads) and referrals within the
      maximum: "A business" (was "At risk");
    - BA102 stays a warning, as F16 of the twenty-ninth round has it where a flagged line
      pays a source, and names the patients' referrals as the gift cards': "150 came otherwise
      (24.2%, within the maximum): 150 from 'patient referral' ... and none on their own"."""
    report = _report(_profile("chiro.yaml"))
    metrics = report.metrics
    assert metrics.referral_share is not None
    assert round(metrics.referral_share * 1000) == 758
    assert metrics.referral_share_on_their_own is not None
    assert round(metrics.referral_share_on_their_own, 4) == Decimal("0.2419")
    assert metrics.referral_share_warned_by == ["BA114"]
    assert report.predictability.verdict == "business"
    found = _ba102(report)
    assert found.severity == "warning"
    assert _said(found) == (
        "75.8% of new customers came from referrals (470 of 620), over the 50% maximum; the "
        f"referral lines funded ({_REP}, Meals:Lunch & learns - attorney offices) brought 320 "
        "of them, and 150 came otherwise (24.2%, within the maximum): 150 from 'patient "
        "referral', whom lines BA114 warns about pay, so their referrals are no channel to "
        "keep funding, and none on their own"
    )
    # the verdict says the same share in the same words as the key figure
    said = " ".join(" ".join(report.predictability.reasons).split())
    assert (
        "the 24.2% that did not come through a channel of your own, 150 of them from referrers "
        "that lines BA114 warns about pay, is within the 50% maximum"
    ) in said
    assert "75.8% that did not come" not in said


def test_ay2_the_cac_excluding_referrals_by_hand() -> None:
    """Acquisition marketing $58,000 + $7,200 + $3,600 + $9,000 + $18,000 + $3,000 = $98,800.
    The 150 patients' referrals leave with the gift cards' $3,000; the 320 the rep and the
    attorney lunches reach count as paid for (the PCP lunches' $3,600 stays with them): ($98,800
    − $3,000) ÷ (620 − 150) = $95,800 ÷ 470 = $203.83. LTV $2,000 × 55% × (1 + 0.25 + 0.0625 +
    0.015625 + 0.00390625 = 1.33203125) = $1,465.23; $1,465.23 ÷ $203.83 = 7.19, "7.2×" (was
    $566.67 and 2.6×, the rep's $58,000 charged to the 150 who came otherwise)."""
    report = _report(_profile("chiro.yaml"))
    cac = report.economics.non_referral_cac
    assert cac is not None
    assert cac.value == Decimal("203.83")
    assert cac.basis.startswith(
        "($98,800 acquisition marketing − $3,000 spent on referrals) ÷ 470 new customers"
    )
    ratio = report.economics.ltv_to_non_referral_cac
    assert ratio is not None
    assert ratio.value is not None
    assert round(ratio.value, 1) == Decimal("7.2")
    assert not _rules(report).get("BA201")


def test_ay2_without_the_gift_cards_the_same_patients_came_on_their_own() -> None:
    """Near case, the reviewer's: the $3,000 line deleted. The same 150 came otherwise, now on
    their own: "24.2% on their own" (no rule named), BA102 information, "A business"; the CAC
    excluding referrals is the same $95,800 ÷ 470 = $203.83 (the $3,000 left with its 150)."""
    data = _profile("chiro.yaml")
    data["activities"] = [a for a in data["activities"] if a["name"] != _GIFT_CARDS]
    report = _report(data)
    assert report.metrics.referral_share_on_their_own is not None
    assert round(report.metrics.referral_share_on_their_own, 4) == Decimal("0.2419")
    assert report.metrics.referral_share_warned_by == []
    assert report.predictability.verdict == "business"
    assert _ba102(report).severity == "info"
    cac = report.economics.non_referral_cac
    assert cac is not None
    assert cac.value == Decimal("203.83")


def test_ay2_a_warned_line_that_names_nobody_still_holds_back_its_channel() -> None:
    """Near case that must not move: "Referral rewards - gift cards" names nobody in particular
    (a referral programme reaches every referral of its channel), so which referrals it paid
    the profile does not say, and all 470 are held back as before: the lawful lines' 320 are
    "not counted as a channel of your own", 470 ÷ 620 = 75.8% not your own, over the maximum,
    "At risk"; the CAC excluding referrals takes every referral line out with them: ($98,800 −
    $58,000 − $7,200 − $3,600 − $3,000) ÷ 150 = $27,000 ÷ 150 = $180."""
    data = _profile("chiro.yaml")
    for line in data["activities"]:
        if line["name"] == _GIFT_CARDS:
            line["name"] = "Referral rewards - gift cards"
    report = _report(data)
    assert report.metrics.referral_share_on_their_own is not None
    assert round(report.metrics.referral_share_on_their_own * 1000) == 758
    assert report.metrics.referral_share_warned_by == ["BA114"]
    assert report.predictability.verdict == "at risk"
    assert "but from referrers that lines BA114 warns about pay as well" in _said(_ba102(report))
    cac = report.economics.non_referral_cac
    assert cac is not None
    assert cac.value == Decimal("180.00")


# -- AY3: a liaison reaches the physicians in every healthcare trade; "PCP" is primary care -----


@pytest.mark.parametrize(
    "industry", ["chiropractic", "physical-therapy", "dental", "medical", "med-spa"]
)
def test_ay3_a_physician_liaison_reaches_primary_care_in_every_healthcare_trade(
    industry: str,
) -> None:
    """The reviewer's variant (chiro-liaison.yaml): the rep written "Physician liaison salary",
    the gift cards left out. In chiropractic it had reached no one (read as a gift to
    physicians); it is the practice's own employee in every trade the Anti-Kickback Statute
    reaches (42 U.S.C. §1320a-7b(b)(3)(B)). By hand, the same in each: the liaison reaches
    'primary care' (60), the attorney lunches 'attorney referrals' (260): 320 cultivated, the
    patients' 150 on their own, 150 ÷ 620 = 24.2%, within the maximum: BA102 information,
    "A business". CAC excluding referrals: $58,000 + $7,200 + $3,600 + $9,000 + $18,000 =
    $95,800 over 620 − 150 = 470: $203.83 (the PCP lunches, meals that buy no referrals, stay
    with the 60 the liaison reaches); was ($95,800 − $58,000 − $7,200 − $3,600) ÷ 150 = $180 in
    chiropractic with the 470 left out."""
    data = _profile("chiro-liaison.yaml")
    data["business"]["industry"] = industry
    report = _report(data)
    found = _ba102(report)
    assert found.severity == "info"
    assert (
        "cultivated on purpose (Physician liaison salary, Meals:Lunch & learns - attorney "
        "offices): a channel, not hope; 320 came through them, 60 from 'primary care', which "
        "'Physician liaison salary' reaches, and the 150 that came on their own are within the "
        "maximum"
    ) in _said(found)
    assert report.predictability.verdict == "business"
    cac = report.economics.non_referral_cac
    assert cac is not None
    assert cac.value == Decimal("203.83")


@pytest.mark.parametrize(
    "line", ["Payroll:Marketing rep - PCP outreach", "Physician liaison salary"]
)
def test_ay3_pcps_primary_care_physicians_and_md_referrals_are_the_physicians(line: str) -> None:
    """A chiropractor's rep who calls on PCPs, or a physician liaison ($50,000), and Google Ads
    ($20,000); sources 'PCPs' 40, 'primary care physicians' 30, 'MD referrals' 20, 'primary
    care' 10 (the physicians' 100), 'patient referral' 50 (not theirs), Google 150. By hand:
    the 100 count as paid for, the patients' 50 came on their own: ($50,000 + $20,000) ÷ (300
    − 50) = $280."""
    data = {
        "version": 1,
        "business": {"name": "Eastside Chiro", "industry": "chiropractic", "currency": "USD"},
        "revenue": 900000,
        "activities": [
            {"name": line, "spend": 50000},
            {"name": "Google Ads", "spend": 20000},
            {"name": "Rent", "spend": 80000},
        ],
        "customers": {
            "new": 300,
            "sources": {
                "PCPs": 40,
                "primary care physicians": 30,
                "MD referrals": 20,
                "primary care": 10,
                "patient referral": 50,
                "google ads": 150,
            },
            "average_revenue": 1500,
            "gross_margin": "55%",
        },
    }
    cac = _report(data).economics.non_referral_cac
    assert cac is not None
    assert cac.value == Decimal("280.00")
    assert f"the 250 include 100 referrals that came through '{line}'" in cac.basis


@pytest.mark.parametrize(
    ("name", "physicians"),
    [
        ("primary care", True),
        ("Primary-care physicians", True),
        ("PCPs", True),
        ("MD referrals", True),
        ("Lunch & learns - PCP offices", True),
        # near names: no physicians
        ("primary school teachers", False),
        ("Primary residence buyers", False),
        ("patient referral", False),
    ],
)
def test_ay3_who_a_name_calls_a_physician(name: str, physicians: bool) -> None:
    assert ("physician" in _referrers(name)) is physicians


@pytest.mark.parametrize(
    "line",
    [
        # a contractor is no employee: meals and fees to physicians' offices stay what they were
        "Payroll:Physician liaison (1099 contractor)",
        "Gift cards - PCP offices",
    ],
)
def test_ay3_a_contractor_or_a_gift_is_no_liaison_in_chiropractic(line: str) -> None:
    """Near names that must not become cultivation: a liaison on a 1099 and gift cards for the
    PCPs' offices. With no other referral line, no referral counts as cultivated, BA102 says
    no funded line brought any, and the verdict stays "At risk" (75.8% over the maximum)."""
    data = _profile("chiro.yaml")
    data["activities"] = [
        a
        for a in data["activities"]
        if a["name"] != _GIFT_CARDS and not a["name"].startswith("Meals:")
    ]
    data["activities"][0]["name"] = line
    report = _report(data)
    assert report.metrics.referral_share_on_their_own is None
    assert report.predictability.verdict == "at risk"
    assert _said(_ba102(report)) == (
        "75.8% of new customers came from referrals (470 of 620), over the 50% maximum"
    )


# -- AY8: BA105 quotes BA201's owner-time figure only where BA201 gives it ----------------------


def test_ay8_ba105_does_not_quote_a_figure_ba201_does_not_give() -> None:
    """chiro-owner-time.yaml: the reviewed profile with its rep on an unnamed "Marketing
    coordinator" line and no attorney lunches, so that the 150 who came otherwise carry the
    rep. By hand: acquisition marketing $58,000 + $3,600 + $9,000 + $18,000 + $3,000 = $91,600;
    the PCP lunches ($3,600, no one else reaches 'primary care') and the gift cards ($3,000)
    leave with the 470 referrals: $85,000 ÷ 150 = $566.67, $1,465.23 ÷ $566.67 = 2.59, "2.6×".
    Patients buy once (75% do not come back) and the practice keeps 29.9% of revenue, so BA201
    judges by one sale, information, and gives no figure with the owner's time. With it: 5 of
    45 hours × $180,000 = $20,000 ÷ 620 = $32.26; $598.93; 2.45×, over the 1.5× BA201 holds
    one-sale customers to: BA105 no longer says "only 2.4× ... (BA201)"."""
    report = _report(_profile("chiro-owner-time.yaml"))
    found = _rules(report)
    [ba201] = found["BA201"]
    assert ba201.severity == "info"
    assert "is worth 2.6× what it costs to win ($1,465.23 LTV ÷ $566.67" in _said(ba201)
    assert "their one sale pays for winning them" in ba201.message
    [ba105] = found["BA105"]
    advice = " ".join(ba105.advice.split())
    assert "(BA201)" not in advice
    assert "2.4×" not in advice
    assert advice.startswith("block at least 4.5 hours a week for marketing")


def test_ay8_where_ba201_gives_the_owner_time_figure_ba105_quotes_the_same() -> None:
    """Near cases that must not move, the same profile with patients who come back.

    - 60% a year: LTV $1,100 × (1 + 0.6 + 0.36 + 0.216 + 0.1296 = 2.3056) = $2,536.16; in cash
      $2,536.16 ÷ $566.67 = 4.48×, with the owner's $32.26 a patient $2,536.16 ÷ $598.93 =
      4.23×: 3× or more either way, BA201 is silent and BA105 quotes nothing.
    - 30% a year (70% do not come back: not a one-sale trade): LTV $1,100 × (1 + 0.3 + 0.09 +
      0.027 + 0.0081 = 1.4251) = $1,567.61; $1,567.61 ÷ $566.67 = 2.77, "2.8×", under 3×, and
      with the owner's time ($20,000 ÷ 620 = $32.26, "$598.92" from unrounded operands)
      $1,567.61 ÷ $598.93 = 2.62, "2.6×": BA201 warns and gives it, and BA105 quotes the same
      2.6×."""
    data = _profile("chiro-owner-time.yaml")
    data["customers"]["retention_rate"] = "60%"
    found = _rules(_report(data))
    assert not found.get("BA201")
    assert "(BA201)" not in " ".join(found["BA105"][0].advice.split())
    data["customers"]["retention_rate"] = "30%"
    found = _rules(_report(data))
    [ba201] = found["BA201"]
    assert ba201.severity == "warning"
    assert _said(ba201).endswith("costs $598.92 and is worth 2.6×")
    ba105 = " ".join(found["BA105"][0].advice.split())
    assert (
        "the owner's time already makes a customer worth only 2.6× what it costs to win (BA201)"
        in ba105
    )
