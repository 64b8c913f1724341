"""The forty-seventh review round's referral and inducement findings on BA114 (2026-12-06: A1,
A2): a home inspector paying the real-estate agents who send it buyers, whether declared home
services, real estate or nothing, and an orthodontic practice's prize drawings for patients,
its gifts to the dentists who refer ("Ref Dr", "Ref DDS") and its free X-rays billed to
Medicaid."""

from __future__ import annotations

import json
from typing import Any

import pytest
import yaml

from bizaudit.core.classify import for_vertical
from bizaudit.core.metrics import pays_for_inspections
from bizaudit.core.patient_inducements import (
    FREE_BUT_BILLED_RULE,
    bills_what_is_free,
    draws_patients,
    prize_for_choosing,
)
from bizaudit.model import verticals

from .conftest import ACQUIRE, OVERHEAD, RunCli, WriteProfile, answer_in, finding_words, small_case
from .test_rules import _facts, _found, _report

# -- A1: a home inspector paying the agents who send it buyers --------------------------------

_INSPECTOR = "Keystone Home Inspections"
_PER_INSPECTION = "Referral fee to buyer's agents - $50 per inspection"
_GIFT_CARDS = "6025 Realtor Apprec - Gift Cards per Closing"
_PLACEMENT = "Paid placement on brokerage preferred-inspector list"
_KW = "6030 KW Pref Vendor Prgm Fee"
_MSA = "Marketing services agreement with brokerage (flat monthly)"
_COLDWELL = "6040 Mktg Svc Agmt - Coldwell Bnkr"
_AGENT_LINES = (_PER_INSPECTION, _GIFT_CARDS, _PLACEMENT, _KW, _MSA, _COLDWELL)


def _inspector(
    lines: tuple[str, ...] = _AGENT_LINES,
    industry: str | None = "home-services",
    name: str = _INSPECTOR,
) -> dict[str, Any]:
    """The review's profiles/insp-edge.yaml in short: ``lines`` at $6,000 each beside $14,000 of
    Google Ads, $150,000 of inspectors' wages; 1,380 inspections (1,100 from buyer's agents,
    180 from Google Ads, 100 from search), $450 each at a 65% margin."""
    business: dict[str, Any] = {"name": name, "period": "2026"}
    if industry is not None:
        business["industry"] = industry
    return {
        "business": business,
        "revenue": 620000,
        "activities": [
            {"name": "Google Ads", "spend": 14000},
            *({"name": line, "spend": 6000} for line in lines),
            {"name": "Inspector wages", "spend": 150000},
        ],
        "customers": {
            "new": 1380,
            "sources": {"buyer's agent": 1100, "google ads": 180, "google search": 100},
            "average_revenue": 450,
            "gross_margin": "65%",
            "retention_rate": "5%",
        },
    }


@pytest.mark.parametrize("industry", ["home-services", "real-estate", None])
def test_every_payment_to_the_agents_is_ba114_and_asks(industry: str | None) -> None:
    """A1 (UL): a fee per inspection to buyer's agents, gift cards per closing, a paid place on
    a brokerage's preferred-inspector list ("KW Pref Vendor Prgm Fee") and a marketing services
    agreement with a brokerage ("Coldwell Bnkr") each give those who send the inspector its
    buyers a thing of value. Before: only "realtor" beside "home inspection" was read, so none
    of these was flagged in home services, and under real estate the fees were cooperative
    brokerage (RESPA §8(c)(3)), which an inspector is not. Now each is a BA114 warning that asks:
    RESPA §8(a) reaches a settlement on a federally related mortgage loan, and whether a
    buyer's own inspection is a settlement service is for a lawyer; the states' home-inspector
    laws are named (Cal. Bus. & Prof. Code §7197(a)(3); 22 TAC §535.220).

    Reworked by hand in part w of the fifty-ninth round (2026-12-07): a finding that asks is
    information now, not a warning; it still holds the score under "Strong" (the report's
    test below keeps its 79)."""
    found = {f.subject: f for f in _found("BA114", _inspector(industry=industry))}
    assert set(found) == set(_AGENT_LINES)
    for line, finding in found.items():
        text = finding_words(finding)
        assert finding.severity == "info", line
        assert "may pay for referrals" in text, line
        assert "federally related mortgage loan" in text
        assert "is a question for a lawyer" in text
        assert "(§8(c)(3)) is not an inspector's" in text
        assert "Bus. & Prof. Code §7197(a)(3)" in text
        assert "22 TAC §535.220" in text
        assert "home-inspector licensing board" in text


def test_a_list_fee_or_a_marketing_agreement_asks_what_the_brokerage_performed() -> None:
    """A1: a fee for a place on a brokerage's list or under a marketing services agreement is
    lawful under RESPA only as payment, at their value, for services actually performed
    (§8(c)(2); 12 CFR §1024.14(g)(1)(iv); the CFPB's RESPA Section 8 FAQs of October 2020,
    which replaced its withdrawn Compliance Bulletin 2015-05): the finding asks what was
    performed; a fee per inspection is not asked it."""
    found = {f.subject: finding_words(f) for f in _found("BA114", _inspector())}
    for line in (_PLACEMENT, _KW, _MSA, _COLDWELL):
        assert "what did it perform?" in found[line], line
        assert "12 CFR §1024.14(g)(1)(iv)" in found[line]
    assert "what did it perform?" not in found[_PER_INSPECTION]


def test_no_payment_to_the_agents_is_a_channel_and_the_score_is_held() -> None:
    """A1: insp-edge had scored 90 "Strong", the $48,000 of fees its cheapest bought channel
    (7.1x) among "4 funded, recurring acquisition channels". Now Google Ads is the only
    channel, and the score stops at 79."""
    profile = _inspector()
    assert [item.activity.name for item in _facts(profile).channels] == ["Google Ads"]
    assert _report(profile).score <= 79


def test_a_wdo_inspection_keeps_the_statute_s_rule() -> None:
    """A1: the statute names pest and fungus inspections among settlement services (12 U.S.C.
    §2602(3)): a fee to realtors for WDO inspections is still told RESPA's rule, not asked;
    one for a home inspection, which it does not name, is asked."""
    profile = _inspector(
        ("Realtor referral fee (WDO inspections)", "Referral fee to realtors per home inspection"),
        name="Bay Pest & Termite",
    )
    found = {f.subject: finding_words(f) for f in _found("BA114", profile)}
    wdo = found["Realtor referral fee (WDO inspections)"]
    assert "pays for referrals, which RESPA restricts" in wdo
    assert "12 U.S.C. §2602(3) names pest and fungus inspections and appraisals" in wdo
    assert "federally related mortgage loan" in wdo
    assert "may pay for referrals" in found["Referral fee to realtors per home inspection"]


def test_a_price_per_inspection_is_read_in_any_home_trade() -> None:
    """A1: "per inspection" names the inspection the fee is for, whoever pays it: a pest
    company's $50 per inspection to realtors is asked about too."""
    profile = _inspector(("Referral fee to realtors - $50 per inspection",), name="Bay Pest")
    (hit,) = _found("BA114", profile)
    assert "may pay for referrals" in finding_words(hit)


@pytest.mark.parametrize(
    "line",
    [
        _PER_INSPECTION,
        _GIFT_CARDS,
        _PLACEMENT,
        _KW,
        _MSA,
        _COLDWELL,
        "RE/MAX office preferred vendor fee",
        "Listing agent thank-you gift cards",
        "Loan officer referral bonus",
        "Title company gift baskets",
        "Broker open house sponsorship fee - $100 per closing",
    ],
)
def test_every_name_the_agents_go_by_is_read(line: str) -> None:
    """A1: the agents by every name they go by (a buyer's or listing agent, a broker or
    brokerage, a Realtor, a brand: "KW", "RE/MAX", "Coldwell Bnkr"), lenders, title companies;
    given a card, cash, a fee, a price per inspection or per closing, a place on a list or a
    marketing agreement."""
    assert pays_for_inspections(line)


@pytest.mark.parametrize(
    "line",
    [
        "6020 Realtor Rel - Office Mtg Donuts",
        "Lunch-and-learn for agents (CE credit)",
        "Agent office presentations and brochures",
        "Board of Realtors affiliate membership fee",
        "Business cards for agents",
        "Answering service - agent fees",
        "Call center agents",
        "Moving broker fees",
        "Generator 10 kW rental fee",
        "Referral fees received from agents",
        "Zillow Premier Agent ads",
        "Home warranty company commission (received)",
    ],
)
def test_what_pays_no_agent_is_left(line: str) -> None:
    """A1: a lunch, a class or a presentation for agents alone, which Regulation X allows when
    open to all and not conditioned on referrals (12 CFR §1024.14(g)(1)(vi)); a Realtor
    association's dues; the inspector's own answering service; a kilowatt; money received."""
    assert not pays_for_inspections(line)


def test_a_lunch_for_agents_at_an_inspector_is_no_finding() -> None:
    """A1: insp-messy's "Office Mtg Donuts" for agents is no payment (nor is a class)."""
    profile = _inspector(("6020 Realtor Rel - Office Mtg Donuts", "Agent CE class (open to all)"))
    assert _found("BA114", profile) == []


@pytest.mark.parametrize(
    "name",
    [
        "Keystone Home Inspections",
        "Keystone Home Inspections LLC",
        "Pillar To Post Home Inspectors",
        "Summit Property Inspections",
        "Lakeside Building Inspection Services",
    ],
)
def test_an_inspector_s_name_is_read(name: str) -> None:
    """A1: a home, house, property or building inspection or inspector in the name."""
    assert verticals.inspects_homes(name)


@pytest.mark.parametrize(
    "name",
    ["Keystone Realty & Home Inspections", "Bay Pest & Termite", "Acme Fire Sprinkler Inspections"],
)
def test_a_brokerage_or_another_inspection_is_not_an_inspector(name: str) -> None:
    """A1: a name that says it sells homes too stays as declared (a brokerage's inspection arm
    would be no outsider to the agents), and an inspection of no home is not a home
    inspector's."""
    assert not verticals.inspects_homes(name)


@pytest.mark.parametrize("industry", ["real-estate", None, "b2c-services"])
def test_a_home_inspector_is_read_as_home_services(industry: str | None) -> None:
    """A1: a home inspector declared real estate, a sector or nothing is read by home
    services' words and rules (its settlement rule; no agent-to-agent exemption; not paid at
    closing); declared home services, the same; declared another trade, that trade."""
    read = verticals.read_by(industry, _INSPECTOR)
    assert read is not None
    assert read.id == "home-services"
    assert read.referral_exempt is None
    assert read.paid_when is None
    declared = verticals.read_by("construction", _INSPECTOR)
    assert declared is not None
    assert declared.id == "construction"
    realty = verticals.read_by("real-estate", "Keystone Realty")
    assert realty is not None
    assert realty.id == "real-estate"


def _source_read(industry: str | None, name: str, source: str) -> str:
    read = verticals.read_by(industry, name)
    assert read is not None
    return for_vertical(read.id, read.terms).classify_source(source).kind


@pytest.mark.parametrize("source", ["buyer's agent", "buyers agent", "listing agent", "broker"])
def test_the_agents_are_an_inspector_s_referral_sources(source: str) -> None:
    """A1: insp-edge's "buyer's agent: 1100" had been read as "other", its referral share 0%;
    and "broker" is a real-estate broker to an inspector, not a mover's (paid)."""
    assert _source_read("home-services", _INSPECTOR, source) == "referral"
    assert _source_read("home-services", "Acme Movers", "broker") == "paid"


def test_a_list_fee_reads_as_winning_buyers() -> None:
    """A1: "KW Pref Vendor Prgm Fee" had read as overhead by 'fee', and "Paid placement on
    brokerage preferred-inspector list" as unknown."""
    read = verticals.read_by("home-services", _INSPECTOR)
    assert read is not None
    classifier = for_vertical(read.id, read.terms)
    for line in (_KW, _PLACEMENT):
        found = classifier.classify(line)
        assert (found.category, found.purpose) == ACQUIRE, line


def test_real_estate_s_own_referral_fees_stay_cooperative_brokerage() -> None:
    """A1: an agent's referral fee to another agent is still cooperative brokerage (RESPA
    §8(c)(3)) where the business is a brokerage."""
    profile = _inspector(("Agent-to-agent referral fees (25%)",), "real-estate", "Keystone Realty")
    assert _found("BA114", profile) == []


def test_the_report_of_an_inspector_declared_real_estate(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """A1 (s01b): the report no longer quotes real estate's exemption and its allowance of
    agent-to-agent referral fees, nor says the inspector is paid at closing; no line is a
    channel; and the channel table's note asking agents to tell their clients of the fee (NAR
    Code of Ethics, Article 6), which no disclosure cures here, is not said beside BA114.

    Reworked by hand in part w of the fifty-ninth round (2026-12-07): each of BA114's six
    questions is information now (were warnings); the score still stops at 79."""
    path = write_profile(yaml.safe_dump({"version": 1, **_inspector(industry="real-estate")}))
    text = " ".join(run_cli("check", path).stdout.split())
    assert text.count("info BA114") == len(_AGENT_LINES)
    assert "warning BA114" not in text
    assert "agent-to-agent referral fees" not in text
    assert "paid at closing" not in text
    assert "Article 6" not in text
    (profile,) = json.loads(run_cli("check", path, "--format", "json").stdout)["profiles"]
    assert profile["score"] <= 79


# -- A2: an orthodontist's prize drawings, gifts to referring dentists, free X-rays billed -----

_XBOX = "Free Xbox drawing for patients who start treatment"
_CONTEST = "6050 Pt Ref Contest - iPad drawing"
_REF_DR = "6040 Ref Dr Lunches & Gifts"
_REF_DDS = "6045 Ref DDS Holiday Gift Bskts"


def _ortho(lines: tuple[str, ...], industry: str = "dental") -> dict[str, Any]:
    """The review's scratch/s02-ortho-inducements.yaml in short: ``lines`` at $2,500 each beside
    $20,000 of Google Ads."""
    return small_case(
        "Straight Path Orthodontics",
        industry,
        [{"name": "Google Ads", "spend": 20000}, *({"name": n, "spend": 2500} for n in lines)],
        {"google ads": 70, "pt ref": 30},
    )


def test_a_drawing_for_patients_who_start_treatment_is_ba114() -> None:
    """A2 (UL): "Free Xbox drawing for patients who start treatment" had read as overhead by
    'drawings', with no finding. A chance at a prize offered to choose the practice is
    something of value to patients: where Medicaid, CHIP or Medicare pays, the
    beneficiary-inducement law forbids it beyond the OIG's nominal value ($15 an item, $75 a
    year; 2016), and the Anti-Kickback Statute reaches remuneration to induce a purchase
    (§1320a-7b(b)(2)(B)); how a chance is valued is asked, not asserted."""
    (hit,) = _found("BA114", _ortho((_XBOX,)))
    text = finding_words(hit)
    assert hit.severity == "warning"
    assert "offers patients a chance at a prize for choosing the practice" in text
    assert "pays for referrals" not in text
    assert "42 U.S.C. §1320a-7a(a)(5)" in text
    assert "$15 an item and $75 a year" in text
    assert "is a question for a health-care lawyer" in text
    assert "§1320a-7b(b)(2)(B)" in text


def test_a_patient_referral_contest_is_a_reward_for_referring() -> None:
    """A2: "Pt Ref Contest - iPad drawing" rewards patients who refer: the rule quoted is the
    one on rewards to patients for referring (the Anti-Kickback Statute and the
    beneficiary-inducement law), as "Gift cards to Medicaid patients for referring friends"
    already was."""
    (hit,) = _found("BA114", _ortho((_CONTEST,)))
    text = finding_words(hit)
    assert "A reward to a patient for referring others" in text
    assert "$15 an item" in text


@pytest.mark.parametrize("industry", ["dental", "medical", "chiropractic"])
def test_no_drawing_is_a_channel(industry: str) -> None:
    """A2: in every trade the beneficiary-inducement law is quoted for, neither drawing is a
    channel to price or grow, even stated as marketing to win patients (as the dental
    vertical now reads them); Google Ads is the only one."""
    profile = _ortho((_XBOX, _CONTEST), industry)
    for line in profile["activities"][1:3]:
        line.update(kind="marketing", purpose="acquire")
    facts = _facts(profile)
    assert [item.activity.name for item in facts.channels] == ["Google Ads"]


@pytest.mark.parametrize(
    ("line", "choosing"),
    [
        (_XBOX, True),
        (_CONTEST, False),
        ("Sweepstakes - win an iPad for new patients", True),
        ("Monthly patient giveaway", True),
        ("Refer-a-friend raffle (patients)", False),
    ],
)
def test_a_drawing_for_patients_is_read(line: str, choosing: bool) -> None:
    """A2: a drawing, raffle, contest, sweepstakes or giveaway open to patients; for choosing
    the practice unless it names referring."""
    assert draws_patients(line)
    assert prize_for_choosing(line) is choosing


@pytest.mark.parametrize(
    "line",
    [
        "Holiday raffle for staff",
        "Charity raffle sponsorship",
        "Architectural drawings",
        "Drawings",
        "Photo contest prizes",
        "Drawing for patients (Medicaid patients excluded)",
    ],
)
def test_what_offers_patients_no_prize_is_left(line: str) -> None:
    """A2: the staff's raffle, a charity's, an architect's drawings, a drawing with no
    patients named, one that leaves the programmes' patients out."""
    assert not draws_patients(line)


def test_a_practice_s_drawings_read_as_winning_patients() -> None:
    """A2: in the dental vertical a drawing, a raffle or a contest is spent to win patients, and
    an architect's drawings stay overhead."""
    assert answer_in("dental", _XBOX) == ACQUIRE
    assert answer_in("dental", "iPad raffle for new patients") == ACQUIRE
    assert answer_in("dental", "Architectural drawings - new office") == OVERHEAD
    assert answer_in("dental", _REF_DR) == ACQUIRE


def test_gifts_to_the_dentists_who_refer_in_ledger_words_are_ba114() -> None:
    """A2: "Ref Dr" and "Ref DDS" are the dentists who refer ("6040 Ref Dr Lunches & Gifts" had
    been unknown, "6045 Ref DDS Holiday Gift Bskts" retention); gifts to them are flagged as
    gifts to referring dentists are (California's §650, Texas's §102.001, the AKS's "anything
    of value" where Medicaid pays). The lunches, which the rules may allow, are asked to be
    split off."""
    found = {f.subject: finding_words(f) for f in _found("BA114", _ortho((_REF_DR, _REF_DDS)))}
    assert set(found) == {_REF_DR, _REF_DDS}
    assert "Tex. Occ. Code §102.001" in found[_REF_DDS]
    assert (
        "If '6040 Ref Dr Lunches' is open to all and not conditioned on referrals"
        in (found[_REF_DR])
    )


def test_lunch_and_learns_for_referring_offices_alone_are_no_payment() -> None:
    """A2: a lunch-and-learn of modest value for the referring offices is not flagged as
    paying (BA114 reads gifts, not a meal alone), nor is "Ref" a refund or a fridge."""
    profile = _ortho(("Lunch-and-learns for referring GP offices", "Ref Dr office lunches"))
    assert _found("BA114", profile) == []
    assert _found("BA114", _ortho(("Patient refunds", "Breakroom ref (fridge) repair"))) == []


@pytest.mark.parametrize(
    ("line", "billed"),
    [
        ("Free consultation and free X-rays (billed to Medicaid)", True),
        ("Free whitening (billed to insurance as prophy)", True),
        ("Free exam (not billed to insurance)", False),
        ("Free consultation", False),
    ],
)
def test_a_free_service_billed_to_a_programme_is_read(line: str, billed: bool) -> None:
    """A2: "Free ... (billed to Medicaid)" is read, and the question what the law says of it is
    written for BA120, whose module reads this one's lines (its wiring is that rule's): a
    claim for what the practice gives others free may exceed its usual charge, a false-claims
    question, and calling it free may mislead; asked, not asserted."""
    assert bills_what_is_free(line) is billed
    assert FREE_BUT_BILLED_RULE.startswith("is it free?")
    for cited in ("42 U.S.C. §1320a-7(b)(6)(A)", "31 U.S.C. §3729(a)(1)", "16 CFR §251.1"):
        assert cited in FREE_BUT_BILLED_RULE
