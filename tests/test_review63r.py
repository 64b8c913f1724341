"""The sixty-second round's second re-review, part r (2026-12-08): a fractional CFO's BI2 on the
Ontario cannabis store's paid Instagram creator, and the citations the texts said were not read.

BI2. While BA120 asks about the store's C$12,000 "Instagram content creator" under the Cannabis
Act, s. 17(1), the creator was still one of the "2 funded, recurring acquisition channels" the
verdict and the score's predictable-acquisition part rested on, and its channel was labelled
"Social media (organic)". Now it is no channel they count while the question stands, they name
it as not counted, and its channel is labelled "Paid creator (social media)".

The score by hand, from core.score's rules (weights 30, 20, 15, 15, 10, 10). The marketing part
is not scored (BA101 calls the US range only a reference here), so the others are scaled to 70:
customer economics 20 (LTV ÷ CAC 26.8×, over 3×), referral independence 15 (9.5% against 50%),
retention 0 (nothing spent on keeping customers), owner time 10 (10% against 10%), predictable
acquisition 15 × min(channels ÷ 2, 1):
- before, 2 channels (the creator and Leafly): 15, (20 + 15 + 15 + 0 + 10) ÷ 70 = 85.7, held
  at 79 by BA120's cap;
- after, 1 channel (Leafly): 7.5, (20 + 15 + 7.5 + 0 + 10) ÷ 70 = 52.5 ÷ 70 = 75, under the cap.

Part r. The AGCO's Standards are Ontario's; the profile has no field for the province, so the
findings read it from the business's name, lines and sources. Where they do not say Ontario,
BA120 and BA104 say the Standards quoted are Ontario's and that another province's rules, not
read here, decide.

The reviewer's profile is main's fixture tests/fixtures/review62e/cannabis.yaml."""

from __future__ import annotations

import copy
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from bizaudit.core.plan import DEFAULT_MIN_CUSTOMERS, left_alone
from bizaudit.io.checker import Options, check
from bizaudit.model.report import ProfileReport

from .conftest import finding_words, findings_by_subject, report_of
from .test_rules import _facts

_CANNABIS = Path(__file__).parent / "fixtures" / "review62e" / "cannabis.yaml"
_CREATOR = "Instagram content creator"
_LP = "LP trade marketing - shelf placement payments received"
_POINTS = "Loyalty program (Alpine IQ) - points redeemed"
_PRE_ROLL = "Free pre-roll w/ first visit"
_BILLBOARD = "Billboard - Hwy 417 eastbound"
#: the lines BA120 warns about (the reviewer's cannabis-v1 stops them)
_WARNED = (_POINTS, "Google Ads", _BILLBOARD, _LP, _PRE_ROLL)
#: what a store elsewhere than Ontario is told beside the Standards
_NOT_ONTARIO = "the Standards quoted are Ontario's, and the profile does not say the store is in"


def _cannabis() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(_CANNABIS.read_text(encoding="utf-8"))
    return data


def _checked(path: Path) -> ProfileReport:
    report, _ = check([path], Options())
    return report.profiles[0]


def _without(*names: str) -> dict[str, Any]:
    data = _cannabis()
    data["activities"] = [a for a in data["activities"] if a["name"] not in names]
    return data


def _named(name: str) -> dict[str, Any]:
    data = _cannabis()
    data["business"]["name"] = name
    return data


# BI2: the creator is no channel the verdict and the score count -------------------------------


def test_bi2_the_score_is_75_not_79() -> None:
    """Score 79 → 75: predictable acquisition 15 → 7.5 (1 channel of the 2 that earn full
    marks, 1 ÷ 2 × 15), and (20 + 15 + 7.5 + 0 + 10) ÷ 70 = 75."""
    report = report_of(_cannabis())
    parts = {c.name: c for c in report.score_components}
    assert parts["marketing investment"].earned is None  # not scored: 70 points in all
    assert parts["customer economics"].earned == 1
    assert parts["referral independence"].earned == 1
    assert parts["predictable acquisition"].earned == Decimal("0.5")  # was 1: 1 ÷ 2
    assert parts["retention"].earned == 0
    assert parts["owner time"].earned == 1
    assert report.score == 75  # (20 + 15 + 15 × 0.5 + 0 + 10) ÷ 70 = 52.5 ÷ 70 = 75


def test_bi2_asked_about_scores_as_stopped() -> None:
    """The reviewer's cannabis-v2 (every line BA120 warns about stopped, and the creator too)
    scores 75; so does cannabis-v1 (the creator kept, asked about): a creator under question
    earns the score what no creator does, (20 + 15 + 7.5 + 0 + 10) ÷ 70 = 75 for both (v1 was
    79 before: 2 channels, 85.7 held at the cap of 79 that no line paying the owner sets)."""
    kept = report_of(_without(*_WARNED))
    stopped = report_of(_without(*_WARNED, _CREATOR))
    assert kept.score == 75
    assert stopped.score == 75


def test_bi2_the_verdict_counts_one_channel_and_names_the_creator() -> None:
    """Acquisition channels 2 → 1 (Leafly / Dutchie); the verdict, the key figures (JSON
    predictability.asked_back) and the score's basis name the C$12,000 creator as not counted,
    with the rule that asks about it."""
    report = report_of(_cannabis())
    p = report.predictability
    assert p.verdict == "business"  # Leafly is a funded channel that brought 500 customers
    assert p.acquisition_channels == 1  # was 2
    assert p.channels == ["Leafly / Dutchie online menu"]
    said = "$12,000 is spent on 'Instagram content creator', which BA120 asks about"
    assert said in (p.asked_back or "")
    assert p.held_back is None  # there is a channel: nothing held back for want of one
    assert p.reasons[0].startswith("1 funded, recurring acquisition channel: Leafly")
    assert f"not counted: {said}" in p.reasons[0]
    [basis] = [c.basis for c in report.score_components if c.name == "predictable acquisition"]
    assert basis.startswith("1 funded recurring acquisition channel; 2 or more earn full marks")
    assert f"not counted: {said}" in basis


def test_bi2_the_creator_alone_is_no_channel_and_ba103_names_it() -> None:
    """With the creator the store's only acquisition line (Leafly and the lines BA120 warns
    about gone), no funded channel is left: BA103 speaks (it did not: the creator had counted)
    and names the C$12,000 as not counted, so the words do not deny money the report shows."""
    report = report_of(_without(*_WARNED, "Leafly / Dutchie online menu"))
    assert report.predictability.acquisition_channels == 0  # was 1, the creator
    [ba103] = [f for f in report.findings if f.rule == "BA103"]
    words = finding_words(ba103)
    assert "no funded, recurring acquisition activity" in words
    assert "not counted: $12,000 is spent on 'Instagram content creator'" in words
    assert "BA120 asks about" in words


def test_bi2_the_creators_channel_is_labelled_a_paid_creator() -> None:
    """ "Social media (organic)" → "Paid creator (social media)", priced as before:
    $12,000 ÷ 300 = $40, and held by no warning (BA120 only asks about it)."""
    report = _checked(_CANNABIS)
    names = [c.name for c in report.channels]
    assert "Social media (organic)" not in names
    [creator] = [c for c in report.channels if c.name == "Paid creator (social media)"]
    assert creator.spend == Decimal(12_000)
    assert creator.customers == 300
    assert creator.cac == Decimal(40)  # 12,000 ÷ 300
    assert creator.restricted_by is None
    assert creator.activities == [21]


def test_bi2_plan_and_ba202_name_the_channel_by_its_new_label() -> None:
    """`plan` still leaves the channel alone while the question stands (the BI2 part n mend),
    and BA202 names it by its new label."""
    facts = _facts(_cannabis())
    [channel] = [c for c in facts.by_channel if c.asked_by is not None]
    assert channel.name == "Paid creator (social media)"
    why = left_alone(channel, DEFAULT_MIN_CUSTOMERS)
    assert why is not None
    assert why.why == "asked"
    [ba202] = [f for f in report_of(_cannabis()).findings if f.rule == "BA202"]
    assert "Paid creator (social media), whose customers pay back as listed" in finding_words(ba202)


def test_bi2_a_channel_with_other_lines_keeps_its_label_and_says_so() -> None:
    """A social media manager's pay beside the creator: the channel is organic social media and
    a paid creator; only the creator's line is left out of the count (the manager's line, an
    input to channels, joins the same 300 customers and still counts as the channel)."""
    data = _cannabis()
    data["activities"].append({"name": "Social media manager", "spend": 20_000})
    facts = _facts(data)
    [channel] = [c for c in facts.by_channel if c.asked_by is not None]
    assert channel.name == "Social media (organic) and a paid creator"
    assert channel.spend == Decimal(32_000)  # 12,000 + 20,000
    report = report_of(data)
    assert _CREATOR not in report.predictability.channels
    assert report.predictability.channels == [
        "Leafly / Dutchie online menu",
        "Social media manager",
    ]
    assert "'Instagram content creator', which BA120 asks about" in (
        report.predictability.asked_back or ""
    )


def test_bi2_a_creator_nothing_asks_about_still_counts() -> None:
    """Outside Canada's cannabis rules nothing asks about a creator: a US bakery's (declared a
    restaurant) "Instagram content creator" is still organic social media and one of its funded
    channels."""
    data = {
        "version": 1,
        "business": {"name": "Crumb & Co", "industry": "restaurant", "currency": "USD"},
        "revenue": 600_000,
        "activities": [
            {"name": "Flour and ingredients", "spend": 180_000},
            {"name": "Instagram content creator", "spend": 9_000},
            {"name": "Google Ads", "spend": 6_000},
        ],
        "customers": {"new": 500, "sources": {"instagram": 200, "google": 300}},
    }
    report = report_of(data)
    assert "Instagram content creator" in report.predictability.channels
    assert report.predictability.asked_back is None
    assert any(c.name == "Social media (organic)" for c in report.channels)


def test_bi2_meta_branded_content_is_quoted_as_read() -> None:
    """BA120's question on the creator quotes Meta's Branded Content Policies in Meta's words
    (read with the search tool, 2026-12-08) and asks the store to check them too."""
    words = finding_words(findings_by_subject(_checked(_CANNABIS), "BA120")[_CREATOR])
    assert (
        "list 'drugs and drug-related products, including illegal or recreational drugs' among "
        "what branded content may not promote" in words
    )
    assert "Meta's Business and Instagram Help Centres, 'Branded Content Policies'" in words
    assert "check too whether Meta's branded content policies let such posts run at all" in words
    assert "this is a question, not a finding that the posts break the Act" in words


# Part r: Ontario's Standards only for Ontario --------------------------------------------------


def test_an_ottawa_store_is_quoted_ontarios_standards_as_its_own() -> None:
    """The fixture's name says Ottawa: the Standards are quoted as before, with no word that
    they may not be the store's, and the producers' money is to be stopped."""
    report = _checked(_CANNABIS)
    for finding in report.findings:
        assert _NOT_ONTARIO not in finding_words(finding), finding.rule
    lp = finding_words(findings_by_subject(report, "BA120")[_LP])
    assert "stop accepting them, and ask the AGCO" in lp


def test_a_store_that_does_not_say_ontario_is_told_the_standards_are_ontarios() -> None:
    """The same store named without "Ottawa" (nothing else in it says Ontario): the findings
    that quote the Standards (the points, the pre-roll, the producers' payments, BA104's
    caution) say they are Ontario's and that another province's rules, not read here, decide;
    the producers' advice asks instead of saying stop; the Google Ads and billboard findings,
    which quote no Standard, do not say it."""
    report = report_of(_named("Northern Leaf Cannabis Co."))
    found = findings_by_subject(report, "BA120")
    for name in (_POINTS, _PRE_ROLL, _LP):
        assert _NOT_ONTARIO in finding_words(found[name]), name
    for name in ("Google Ads", _BILLBOARD):
        assert _NOT_ONTARIO not in finding_words(found[name]), name
    [ba104] = [f for f in report.findings if f.rule == "BA104"]
    assert _NOT_ONTARIO in ba104.advice
    lp = found[_LP]
    assert "stop accepting" not in lp.advice
    assert lp.advice.startswith("ask your province's cannabis regulator or a cannabis lawyer")


def test_a_vancouver_store_is_told_the_same() -> None:
    """A store whose name says Vancouver, its lines naming no Ontario place ("AGCO" and "Bank
    St" changed), is told the Standards quoted are Ontario's, as one that names no place is."""
    data = copy.deepcopy(_named("Northern Leaf Cannabis Co. (Vancouver)"))
    for activity in data["activities"]:
        if activity["name"].startswith("AGCO"):
            activity["name"] = "LCRB licence renewal"
    report = report_of(data)
    assert _NOT_ONTARIO in finding_words(findings_by_subject(report, "BA120")[_POINTS])


def test_the_billboard_quotes_no_half_bracket_of_the_inducement_clause() -> None:
    """The inducement clause's bracket had held "; " ("... gives it; the Standard's own text was
    not read here)"), which the findings split clauses on: the billboard's warning quoted "(...
    Standard 6.3, as a law firm's summary of their 2022 update gives it" with no closing
    bracket. Now the billboard quotes no Standard, and its brackets balance; the points still
    quote 6.3 whole."""
    found = findings_by_subject(_checked(_CANNABIS), "BA120")
    billboard = found[_BILLBOARD].message
    assert "6.3" not in billboard
    assert billboard.count("(") == billboard.count(")")
    points = found[_POINTS].message
    assert (
        "Standard 6.3, as a law firm's summary of their 2022 update gives it, the Standard's "
        "own text not read here)" in " ".join(points.split())
    )
    assert points.count("(") == points.count(")")
    assert "so a store in Ontario may not give away cannabis or accessories" in " ".join(
        points.split()
    )
