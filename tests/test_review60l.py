"""Mends of the sixtieth review round, part l (2026-12-07: a fractional CFO read seven new
businesses), each test saying what a person checked.

1. BD4 (medium): a UK physiotherapy clinic (physio.yaml, `currency: GBP`, `locale: en_GB`) was
   quoted only US law on paying for referrals (the Anti-Kickback Statute, the Stark Law, 42
   CFR §411.357(k)) and US-only advice (the statute's bona fide employee exception), three
   times: the key figures' banner, BA101 and BA102; and held to a US agency's "5–8% of
   collections" with no word that it is American. A clinic kept in pounds now reads the UK's
   rules (`[verticals.physical-therapy.abroad.GBP]`: the HCPC's standards and the health
   regulators' joint statement on conflicts of interest, the Bribery Act 2010 ss.1 and 7, NHS
   England's "Managing conflicts of interest in the NHS"), and the range says it is from US
   sources, one step less sure, as the Bristol heating firm's was in the fifty-eighth round.
   A US clinic's words are unchanged.
2. BD9 (low): pest.yaml's "6050 Referral credits - 1 free quarterly svc" was said to reward
   referrals "at no stated price per referral", and the owner asked to write "$50 per
   referral" in a name that says what it gives. A reward of one free service is priced at the
   profile's average revenue a year ÷ the number a year the name states, or, where it states
   none, the note asks what one such service sells for. The CAC's basis no longer names line
   17, whose $9,000 it leaves out as revenue given up.
"""

from __future__ import annotations

import copy
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from bizaudit.core.metrics import reward_in_kind
from bizaudit.explain.economics import channel_notes
from bizaudit.explain.summary import referral_rule_said
from bizaudit.io.checker import Options, check
from bizaudit.model.report import ProfileReport

from .conftest import US_WORDS, finding_words, findings_by_subject, report_of

FIXTURES = Path(__file__).parent / "fixtures" / "review60l"


def _profile(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((FIXTURES / name).read_text(encoding="utf-8"))
    return data


def _said(report: ProfileReport) -> str:
    """Everything the banner and BA101 (and BA102, where it speaks) say, as one run of words."""
    banner = referral_rule_said(report)
    assert banner is not None
    found = [f for f in report.findings if f.rule in ("BA101", "BA102")]
    # BA102 is silent since part k of this round reads the insurers' 620 patients as their
    # networks' channel, not as referrals: 220 of 1,460 = 15.1% (reworked by hand at the merge)
    assert {f.rule for f in found} == {"BA101"}
    return " ".join(" ".join([*banner, *(finding_words(f) for f in found)]).split())


# -- 1. BD4: a UK clinic is told the UK's rules -------------------------------------------------


def test_a_uk_clinic_is_told_the_uks_rules_not_the_us_statutes() -> None:
    """Checked by a person from physio.yaml: the banner's rule, its "What is allowed", BA101's
    advice and BA102's advice say nothing of the US statutes or their exceptions; the rule
    names the HCPC, the Bribery Act 2010 (s.1, bribing another person; s.7, a company's
    failure to prevent bribery: both read on legislation.gov.uk and in XpertHR's note with the
    search tool, 2026-12-07) and NHS England's guidance "Managing conflicts of interest in the
    NHS", whose 2017 hospitality limits (to £25 accepted, £25 to £75 declared, more refused)
    a Local Medical Committee's summary gives; what is allowed is a UK clinic's: clinical
    letters to the GPs who refer, teaching sessions with modest refreshments, its own staff
    on a salary."""
    report = report_of(_profile("physio.yaml"))
    industry = report.industry
    assert industry is not None
    assert industry.referral_rule
    assert industry.referral_allowed
    rule, allowed = industry.referral_rule, industry.referral_allowed
    assert rule.startswith("In the UK, physiotherapists are registered with the HCPC")
    assert "refuse gifts, favours or hospitality" in rule
    assert "Bribery Act 2010" in rule
    assert "(s.1)" in rule
    assert "(s.7)" in rule
    assert "'Managing conflicts of interest in the NHS'" in rule
    assert "up to £25 accepted, £25 to £75 declared, more refused" in rule
    assert allowed.startswith("Useful clinical letters and progress reports to the GPs")
    said = _said(report)
    for word in US_WORDS:
        assert word not in said, word
    # said in the banner, not as a US rule with a caveat. Since part k of this round reads the
    # insurers' 620 patients as their networks' channel, BA102 is silent and BA101's advice no
    # longer speaks of referrers, so it quotes the rule no more (reworked by hand at the
    # merge, 2026-12-07: three times before, in the banner, BA101 and BA102)
    assert said.count("clinical letters") == 1


def test_the_us_range_is_labelled_as_us_for_a_uk_clinic() -> None:
    """Checked by a person: Practice Promotions, whose "5–8% of collections" the range is, is
    a US agency (its CEO on the PTO Club podcast: 900 clinics "across the US and Canada"), read
    with the search tool on 2026-12-07. The range says "US sources"; BA101 says it is "a rule
    of thumb from US sources, of low confidence outside the US" and warns rather than fails,
    as for a range read abroad (the fifty-eighth round's Bristol heating firm). Its figures as
    before, with the GP lunches read as the marketing that cultivates GP referrals (part i of
    this round, BD5; reworked by hand at the merge, 2026-12-07: £18,900, 2.95%, without them):
    £9,600 + £7,200 + £2,200 + £1,500 + £600 = £21,100, and the insurers' network fees, which
    part k reads as that channel's price, £8,500: £29,600 of £640,000 = 4.625%, shown 4.62%,
    under the 5% low end (reworked by hand at the merge)."""
    report = report_of(_profile("physio.yaml"))
    assert report.industry is not None
    assert report.industry.sources_country == "US"
    assert report.industry.confidence == "low"  # low, one step less, is still low
    [ba101] = [f for f in report.findings if f.rule == "BA101"]
    assert ba101.severity == "warning"
    said = finding_words(ba101)
    assert "marketing is 4.62% of revenue (£29,600 of £640,000), under the 5% minimum" in said
    assert "a rule of thumb from US sources, of low confidence outside the US" in said


def test_a_uk_clinic_without_retention_gets_no_us_caution() -> None:
    """Checked by a person: BA104's caution on gifts to patients is the US beneficiary-
    inducement law ($15 an item, $75 a year, 42 U.S.C. §1320a-7a(a)(5)); physio.yaml without
    its reactivation SMS ($600) is warned that nothing keeps its patients, with no US law."""
    data = _profile("physio.yaml")
    data["activities"] = [a for a in data["activities"] if "reactivation" not in a["name"]]
    [ba104] = findings_by_subject(report_of(data), "BA104").values()
    said = finding_words(ba104)
    assert "nothing is spent on keeping existing customers" in said
    for word in ("Medicare", "42 U.S.C.", "$15", "£15", "nominal value"):
        assert word not in said, word


def test_a_us_clinics_words_are_unchanged() -> None:
    """The near case that must stay as it was: the same clinic kept in dollars is told the
    federal rule as before, bare (no "In the US:"), its allowed list with the statute's
    employee exception, the range with no word of its country, and BA101 fails at 2.95% under
    the 5% floor, as before."""
    data = _profile("physio.yaml")
    data["business"] = {
        k: v for k, v in data["business"].items() if k not in ("currency", "locale")
    }
    report = report_of(data)
    assert report.industry is not None
    assert report.industry.referral_rule is not None
    assert report.industry.referral_rule.startswith(
        "The federal Anti-Kickback Statute (42 U.S.C. §1320a-7b(b))"
    )
    assert "bona fide employee exception" in (report.industry.referral_allowed or "")
    assert report.industry.sources_country == ""
    [ba101] = [f for f in report.findings if f.rule == "BA101"]
    assert ba101.severity == "error"
    assert "US sources" not in finding_words(ba101)


# -- 2. BD9: a referral reward stated in kind has a price ---------------------------------------

CREDITS = "6050 Referral credits - 1 free quarterly svc"


def _referral_channel(data: dict[str, Any], at: Path) -> tuple[ProfileReport, Any]:
    """The report of a profile written to ``at`` (so that its lines are located, as the
    channel notes name them) and its referral channel."""
    at.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    [report] = check([at], Options())[0].profiles
    [channel] = [c for c in report.channels if c.name == "Referrals and word of mouth"]
    return report, channel


def _notes(report: ProfileReport, channel: Any) -> str:
    return " ".join(
        " ".join(
            channel_notes(
                channel,
                report.activities,
                report.business.currency,
                report.findings,
                report.business.industry,
            )
        ).split()
    )


def test_one_free_quarterly_service_is_priced_at_the_profiles_own_figures() -> None:
    """Worked by hand from pest.yaml: average revenue $540 a year; a quarterly service is
    bought 4 times a year, so one is $540 ÷ 4 = $135; the line's $9,000 ÷ $135 = 66.67,
    about 67 referrals rewarded; the referral channel holds 150 neighbour + 70 realtor = 220
    customers. The note says so and no longer asks for "$50 per referral" in the name."""
    [report] = check([FIXTURES / "pest.yaml"], Options())[0].profiles
    [channel] = [c for c in report.channels if c.name == "Referrals and word of mouth"]
    assert channel.reward_price == Decimal("135.00")
    assert channel.customers == 220
    assert channel.cac is None  # which 67 of the 220 is still not known
    said = _notes(report, channel)
    assert (
        f"'{CREDITS}' (line 17) rewards each referral with one free quarterly service: $135 at "
        "the profile's own figures (the average revenue a customer brings in a year ÷ the 4 a "
        "year a customer buys), so its $9,000 rewarded about 67 referrals ($9,000 ÷ $135); "
        "which of its 220 customers they were"
    ) in said
    assert "no stated price" not in said
    assert "$50 per referral" not in said


def test_one_free_visit_with_no_count_a_year_asks_for_its_price(tmp_path: Path) -> None:
    """The near case: "1 free visit" states no number a year, so the profile does not price
    it: no reward price, and the note asks what one visit sells for (its $9,000 ÷ that price),
    not for a dollar amount in the name."""
    data = copy.deepcopy(_profile("pest.yaml"))
    [line] = [a for a in data["activities"] if a["name"] == CREDITS]
    line["name"] = "6050 Referral credits - 1 free visit"
    report, channel = _referral_channel(data, tmp_path / "pest.yaml")
    assert channel.reward_price is None
    said = _notes(report, channel)
    assert "rewards each referral with one free visit, whose price the profile does not give" in (
        said
    )
    assert "what one visit sells for prices it (its $9,000 ÷ that price" in said
    assert "$50 per referral" not in said


def test_a_reward_in_no_stated_kind_keeps_its_words(tmp_path: Path) -> None:
    """The near case that must stay silent: "Referral credits" states neither a price nor a
    service, and is told as before to state the reward in the line's name."""
    data = copy.deepcopy(_profile("pest.yaml"))
    [line] = [a for a in data["activities"] if a["name"] == CREDITS]
    line["name"] = "6050 Referral credits"
    report, channel = _referral_channel(data, tmp_path / "pest.yaml")
    assert channel.reward_price is None
    said = _notes(report, channel)
    assert "rewards referrals at no stated price per referral" in said
    assert "('$50 per referral') to price it" in said


def test_what_a_free_service_gives_and_how_often() -> None:
    """A free month of a monthly membership is a twelfth of a year's revenue; a quarterly
    service a quarter of it; a weekly mow a fifty-second; a wash, a visit or a class states no
    number a year; a reward that names no free service is none of these."""
    assert reward_in_kind(CREDITS) == ("quarterly service", 4)
    assert reward_in_kind("Refer-a-friend: one free month") == ("month", 12)
    assert reward_in_kind("Referral rewards - 1 FREE weekly mows") == ("weekly mow", 52)
    assert reward_in_kind("Referral rewards (a free wash)") == ("wash", None)
    assert reward_in_kind("Referral program - 1 free class") == ("class", None)
    assert reward_in_kind("Referral credits") is None
    assert reward_in_kind("Referral bonus ($50 per referral)") is None


def test_the_cac_names_only_the_lines_it_adds_up() -> None:
    """Worked by hand from pest.yaml: the CAC adds acquisition marketing in money, Google LSA
    $36,000 (line 13) + Google PPC $48,000 (line 14) + door hangers $7,500 (line 15) = $91,500,
    and sales, the door-to-door team $96,000 (line 16): $187,500 ÷ 1,250 = $150.00. PestPac
    (line 19, $14,400) is the route and billing system, operations since part i of this round
    (BD6), so it is in no CAC (reworked by hand at the merge, 2026-12-07: $201,900 ÷ 1,250 =
    $161.52 with it). The referral credits' $9,000 (line 17) is revenue given up, which its
    basis says it leaves out, so its lines are 13, 14, 15 and 16."""
    [report] = check([FIXTURES / "pest.yaml"], Options())[0].profiles
    assert report.economics.cac.value == Decimal("150.00")
    assert "without $9,000 of revenue given up (BA116)" in report.economics.cac.basis
    assert report.economics.cac_lines == [13, 14, 15, 16]


def test_a_strong_score_beside_ba101_says_the_warning() -> None:
    """BE3 of the round's re-review (2026-12-07): the UK physio scores in the "Strong" band while
    BA101 warns that marketing is under the 5% minimum (£29,600 of £640,000, 4.62%); the
    verdict says so, as the "Fair" band under the minimum already did, rather than "Strong: you
    invest ... on purpose." alone with the warning far below it."""
    report = report_of(_profile("physio.yaml"))
    assert report.score >= 80
    assert [f.severity for f in report.findings if f.rule == "BA101"] == ["warning"]
    assert report.verdict == (
        "Strong: you invest in getting and keeping customers on purpose, though marketing is "
        "under the minimum (BA101)."
    )
