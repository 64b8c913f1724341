"""The fifty-sixth round, part b (2026-12-07): what the CAC excluding referrals takes out with
the referrals (AW5 of the fifty-fifth round's review, a fractional CFO's), and a funeral home's
gift cards per call to the staff of the nursing homes that send it families.

Every expected figure is worked out by hand in the docstrings, from the profiles: the
reviewer's, copied unchanged into tests/fixtures/review55 (pi-firm) and review56b (dental), and
a funeral home written for this part (tests/fixtures/review56b/funeral-home.yaml).
"""

# The law these tests name, checked with the search tool on 2026-12-07: S.C. Code
# §40-19-110(5) and (6) (current through 2024 Act No. 225: unprofessional conduct includes
# employing anyone to call on institutions to have bodies turned over to a particular funeral
# establishment, and paying a commission to secure business), as the death-care vertical
# quotes it; Cal. Penal Code §641.3(a), (b) (commercial bribery: anything of value given to an
# employee, without the employer's knowledge, for using the position for the giver's benefit,
# above $250), named in docs/verticals.md, not quoted by BA114.

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from bizaudit.core.classify import classify
from bizaudit.explain.report import profile_report
from bizaudit.io.checker import Options, audit_of
from bizaudit.model.profile import Profile
from bizaudit.model.report import ProfileReport

_HERE = Path(__file__).parent / "fixtures" / "review56b"
_FUNERAL = _HERE / "funeral-home.yaml"


def _data(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def _audit(data: dict[str, Any]) -> Any:
    return audit_of(Profile.model_validate(data), Options())


def _report(data: dict[str, Any]) -> ProfileReport:
    return profile_report(_audit(data))


def _cents(value: Decimal | None) -> Decimal:
    assert value is not None
    return value.quantize(Decimal("0.01"))


def _renamed(data: dict[str, Any], old: str, new: str) -> dict[str, Any]:
    for line in data["activities"]:
        if line["name"] == old:
            line["name"] = new
    return data


# -- a funeral home's gift cards per call to the nursing homes' staff --------------------------

_CARDS = "6035 Nursing home staff appreciation gift cards per call"


def test_gift_cards_per_call_to_nursing_home_staff_are_spent_to_win_families() -> None:
    """The cards are paid to another business's staff for the calls they send: marketing to
    win families (marketing/acquire), not staff appreciation (operations), as a florist's
    payment to funeral home staff per sympathy order already read. Near names stay as they
    were: the home's own staff appreciation, a lunch for nursing home staff with no price per
    call (the in-service lunches the vertical allows read on their own), and an answering
    service priced per call."""
    for name in (
        _CARDS,
        "Hospice staff $25 per first call",
        "Nursing home staff gift cards ($50 per death call)",
    ):
        reading = classify(name)
        assert (reading.category, reading.purpose) == ("marketing", "acquire"), name
    for name in (
        "Staff appreciation gift cards",
        "Nursing home staff appreciation lunch",
        "Answering service ($1.25 per call)",
    ):
        assert classify(name).category == "operations", name


def test_the_cards_join_the_nursing_homes_channel_and_ba114_warns() -> None:
    """Whitfield & Sons (funeral-home.yaml). BA114 warns about the cards, quoting the state
    funeral boards' rules (S.C. Code §40-19-110, as the vertical has it). The cards name the
    nursing homes, whose 150 families joined the in-service lunches ($8,000): one channel of
    $8,000 + $12,000 = $20,000, restricted by BA114 (no price per family: before, the lunches
    showed $8,000 ÷ 150 = $53.33 a family, 61.9×, beside the cards apart with no family)."""
    report = _report(_data(_FUNERAL))
    [ba114] = [f for f in report.findings if f.rule == "BA114"]
    assert ba114.severity == "warning"
    assert _CARDS in ba114.message
    assert "S.C. Code §40-19-110" in ba114.message
    channels = {c.name: c for c in report.channels}
    assert _CARDS.removeprefix("6035 ") not in channels
    lunches = channels["Nursing home in-service lunches"]
    assert (lunches.spend, lunches.customers) == (Decimal(20000), 150)
    assert lunches.restricted_by == "BA114"
    assert lunches.cac is None
    [activity] = [a for a in report.activities if a.name == _CARDS]
    assert (activity.category, activity.purpose) == ("marketing", "acquire")


def test_the_funeral_homes_cac_holds_back_the_nursing_homes_families() -> None:
    """Acquisition marketing: Google Ads $24,000 + pre-need seminars $9,000 + in-service
    lunches $8,000 + cards $12,000 + sponsorships $4,500 + website $6,000 = $63,500, over
    300 calls: $211.67 blended. By referral: nursing homes 150, hospice 30, church 25, word of
    mouth 35 = 240. The nursing homes' 150 are held back with their channel's $20,000 (the
    cards may have bought them as well as the lunches); the others came on their own:
    ($63,500 − $20,000) ÷ 60 (google) = $725. BA102 names the 150 as the lunches' families
    that the cards pay for too."""
    report = _report(_data(_FUNERAL))
    cac = report.economics.non_referral_cac
    assert cac.value == Decimal(725)
    assert "($63,500 acquisition marketing − $20,000 spent on referrals) ÷ 60" in cac.basis
    assert report.economics.cac.value == Decimal("211.67")
    [ba102] = [f for f in report.findings if f.rule == "BA102"]
    assert "150 of them came through the referral lines funded" in ba102.message
    assert "BA114 warns about pay as well" in ba102.message


def test_without_the_cards_the_lunches_keep_their_families() -> None:
    """Near case: the same home without the cards. Nothing is warned about; the lunches bought
    the nursing homes' 150 families, counted as paid for: $51,500 ÷ (60 + 150) = $245.24, and
    the lunches' channel is priced, $8,000 ÷ 150 = $53.33."""
    data = _data(_FUNERAL)
    data["activities"] = [a for a in data["activities"] if a["name"] != _CARDS]
    report = _report(data)
    assert report.economics.non_referral_cac.value == Decimal("245.24")
    channels = {c.name: c for c in report.channels}
    assert channels["Nursing home in-service lunches"].cac == Decimal("53.33")
    assert not [f for f in report.findings if f.rule == "BA114"]
