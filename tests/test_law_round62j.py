"""The sixty-second review round, part j (2026-12-07): a Canadian cannabis store's paid
Instagram creator.

"Northern Leaf Cannabis Co. (Ottawa)", kept in Canadian dollars, pays an "Instagram content
creator" C$12,000; nothing was asked of it. Canada's Cannabis Act forbids promoting cannabis by
means of a testimonial or endorsement, or by depicting a person (s. 17(1); read with the search
tool, pages corpus, 2026-12-07: the Justice Laws site's s. 17(1) to its opening words, its
paragraph on testimonials as Leafly (2018) quotes it and MLT Aikins lists it, and Gowling WLG
(Mondaq, 2018) on influencer marketing under s. 17(1)(c)). A paid creator's posts may be one,
or may be the informational promotion the Act permits, so BA120 asks, as information, that a
cannabis lawyer check them (core.cannabis_ads.CREATOR_RULES, pays_creator); only for a store
kept in Canadian dollars. The score is not held for it, and the channel stays priced.
"""

from __future__ import annotations

import copy
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from bizaudit.core.cannabis_ads import pays_creator
from bizaudit.model.report import Finding, ProfileReport

from .conftest import finding_words, report_of

_FIXTURE = Path(__file__).parent / "fixtures" / "review62e" / "cannabis.yaml"
CREATOR = "Instagram content creator"
#: The store's lines BA120 warns about (part e of the round): a billboard, Google Ads, goods
#: given away, and the loyalty points asked about under Ontario's Standards
WARNED = (
    "Billboard - Hwy 417 eastbound",
    "Google Ads",
    "Free pre-roll w/ first visit",
    "Loyalty program (Alpine IQ) - points redeemed",
    # warned about since part k of the same round (Standards 6.4 and 6.5), added at the merge
    "LP trade marketing - shelf placement payments received",
)


def _data() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(_FIXTURE.read_text(encoding="utf-8"))
    return data


def _creator_findings(report: ProfileReport) -> list[Finding]:
    return [f for f in report.findings if f.rule == "BA120" and f.subject == CREATOR]


def test_the_stores_creator_is_asked_about_as_information() -> None:
    """Before: no finding named the creator. After: one BA120, information, that quotes s. 17(1)
    and asks for a cannabis lawyer's check; the four warnings stay (7 warnings, 2 infos → 7
    warnings, 3 infos) and the score is the same 62 (BA120's warnings held it at 79 already).
    Reworked by hand at the merge of the round's parts k and i: k's BA120 warning on the
    licensed producers' payments makes 8 warnings, and i's score leaves the marketing part out
    under a range BA101 calls only a reference, so the score is 79, BA120's ceiling."""
    report = report_of(_data())
    [asked] = _creator_findings(report)
    assert asked.severity == "info"
    words = " ".join(finding_words(asked).split())
    assert "pays a creator to post for the store" in words
    assert "by means of a testimonial or an endorsement, or by depicting a person (s. 17(1))" in (
        words
    )
    assert "have a cannabis lawyer check the creator's posts" in words
    assert "this is a question, not a finding that the posts break the Act" in words
    assert "California" not in words
    assert "your state" not in words
    severities = [f.severity for f in report.findings]
    assert (severities.count("warning"), severities.count("info")) == (8, 3)
    # BI2 of the round's second re-review (2026-12-08): while BA120 asks about the creator, it is
    # no funded channel the score counts: predictable acquisition 1 ÷ 2 × 15 = 7.5 for 15, and
    # (20 + 15 + 7.5 + 0 + 10) ÷ 70 = 75, under BA120's ceiling of 79
    assert report.score == 75


def test_the_creators_channel_stays_priced() -> None:
    """The creator's line joins social media, whose 300 customers it prices: 12,000 ÷ 300 = $40,
    as before; no BA120 restriction on it. Since BI2 of the round's second re-review the
    channel is labelled for what its money buys, a paid creator, not "Social media (organic)"."""
    report = report_of(_data())
    [social] = [c for c in report.channels if c.name == "Paid creator (social media)"]
    assert social.spend == Decimal(12_000)
    assert social.customers == 300
    assert social.restricted_by is None
    assert social.cac == Decimal(40)  # 12,000 / 300


def test_a_question_alone_holds_no_score_under_strong() -> None:
    """Without the five lines BA120 warns about, the creator's question is the only BA120: no
    "unlawful advertising" cap (the warnings' 79), and the check is not failed by it."""
    data = _data()
    data["activities"] = [a for a in data["activities"] if a["name"] not in WARNED]
    report = report_of(data)
    assert [f.severity for f in report.findings if f.rule == "BA120"] == ["info"]
    assert not any("BA120" in cap.reason for cap in report.score_caps)
    assert report.passed


@pytest.mark.parametrize("currency", ["USD", "GBP", "EUR", "AUD", "NZD"])
def test_only_a_store_kept_in_canadian_dollars_is_asked(currency: str) -> None:
    """Only Canada's law was read on creators: a store kept in another currency is not asked."""
    data = copy.deepcopy(_data())
    data["business"]["currency"] = currency
    assert _creator_findings(report_of(data)) == []


def test_a_creator_who_hides_the_pay_is_still_a_warning() -> None:
    """A line that says its creators do not disclose what they are given is BA120's warning in
    any trade (16 CFR §255.5: G6 of the thirty-ninth round); it is not asked about twice."""
    data = _data()
    [line] = [a for a in data["activities"] if a["name"] == CREATOR]
    line["name"] = "Influencer comp (no #ad)"
    report = report_of(data)
    found = [f for f in report.findings if f.rule == "BA120" and f.subject == line["name"]]
    assert [f.severity for f in found] == ["warning"]


@pytest.mark.parametrize(
    "name",
    [
        CREATOR,
        "Influencer posts",
        "TikTok creators",
        "Brand ambassador program",
        "Creator fees - Instagram",
        "Paid influencers (Toronto)",
    ],
)
def test_lines_that_pay_a_creator(name: str) -> None:
    assert pays_creator(name)


@pytest.mark.parametrize(
    "name",
    [
        "Instagram ads",
        "Social media manager",
        "Content writing",
        "Recreational supplies",
        "Leafly / Dutchie online menu",
        "Google Ads",
        "Budtender wages",
    ],
)
def test_near_names_that_must_not_move(name: str) -> None:
    assert not pays_creator(name)
