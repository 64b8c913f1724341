"""Mends of the sixty-first review round, part n (2026-12-07): a physiotherapy clinic's rules on
paying for referrals outside the US and the UK, and the UK's on rewards to patients and waived
insurance excesses, each test saying what a person checked.

The sixtieth round (BD4) gave a clinic kept in pounds the UK's rules on paying for referrals.
Left over, read by a person on the round's physio.yaml, kept in each currency, with three lines
added (tests/fixtures/review61n/): "7350 Refer-a-friend rewards - 20 voucher per patient
referred", "7360 Waived excess - insured new patients" (pounds) or "7360 Copay waivers - new
patients" (the others), and "7370 Referral fees - personal trainers (25 per client referred)".

1. Clinics kept in CAD, AUD, NZD and EUR were still quoted the US rules (the Anti-Kickback
   Statute, the Stark Law, the statute's employee exception) as "In the US: ...". Each now reads
   its own country's rule where the search tool found it on 2026-12-07 (Ontario's College of
   Physiotherapists' Conflict of Interest Standard, 2025; the Health Practitioner Regulation
   National Law, s.133(1)(b), in Australia), and otherwise, plainly, that the rule is its
   regulator's, which was not read, and that the US rules do not apply (New Zealand's
   Physiotherapy Board and its Code, the euro area's regulators).
2. A UK clinic's reward to a patient for referring a friend was told the US beneficiary-
   inducement law ($15 an item, $75 a year), and a waived excess was not read as a waiver; the
   same US text and the OIG's alert on copay waivers reached the other currencies. Each is now
   told its country's words, and BA116 advises asking the payer, not the US exception for a
   documented financial need; the score's cap says the insurers' terms or the profession's
   rules may restrict it.
3. The personal trainers who send a clinic their clients were told the rule on rewards to
   patients (by "client"); they are now told the rule on paying those who refer, in the US too.

A US clinic's words are unchanged (the JSON of every example and fixture profile is byte for
byte the same before and after, checked 2026-12-07).
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from bizaudit.core.financing import waives_cost_sharing
from bizaudit.explain.summary import referral_rule_said
from bizaudit.model.report import ProfileReport

from .conftest import US_WORDS, finding_words, findings_by_subject, report_of

FIXTURES = Path(__file__).parent / "fixtures" / "review61n"

REWARD = "7350 Refer-a-friend rewards - {}20 voucher per patient referred"
TRAINERS = "7370 Referral fees - personal trainers ({}25 per client referred)"


def _profile(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((FIXTURES / name).read_text(encoding="utf-8"))
    return data


def _report(name: str) -> ProfileReport:
    return report_of(_profile(name))


def _everything(report: ProfileReport) -> str:
    """The banner's rule and what is allowed, every finding's words, the verdict and the score's
    caps, as one run of words."""
    banner = referral_rule_said(report)
    assert banner is not None
    said = [
        *banner,
        report.verdict,
        *(finding_words(f) for f in report.findings),
        *(cap.reason for cap in report.score_caps),
    ]
    return " ".join(" ".join(said).split())


def _said(report: ProfileReport, rule: str, subject: str) -> str:
    return finding_words(findings_by_subject(report, rule)[subject])


# -- 1. Canada, Australia, New Zealand, the euro area ------------------------------------------

COUNTRIES = {
    # fixture, symbol, how the rule opens, how the rule on rewards to patients opens
    "physio-cad.yaml": (
        "$",
        "In Canada, physiotherapists are regulated by the college of their province",
        "In Ontario, the College of Physiotherapists' Conflict of Interest Standard (2025)",
    ),
    "physio-aud.yaml": (
        "$",
        "In Australia, physiotherapists are registered with the Physiotherapy Board of Australia",
        "A reward to a patient for referring a friend may be an inducement",
    ),
    "physio-nzd.yaml": (
        "$",
        "In New Zealand, physiotherapists are registered with the Physiotherapy Board of New "
        "Zealand",
        "A reward to a patient for referring a friend is a payment for referrals; what the "
        "Physiotherapy Board of New Zealand's Code",
    ),
    "physio-eur.yaml": (
        "€",
        "Physiotherapy in the countries that use the euro is governed by each country's own law",
        "A reward to a patient for referring a friend is a payment for referrals; what your "
        "country's law",
    ),
}


@pytest.mark.parametrize("name", sorted(COUNTRIES))
def test_a_clinic_outside_the_us_and_the_uk_is_told_its_own_rule(name: str) -> None:
    """Checked by a person on each fixture: the banner's rule opens with the country's own (no
    "In the US:"), BA114 quotes it for the trainers paid per client, and its words on rewards to
    patients for the refer-a-friend line; nothing in the banner, the verdict, a finding or a cap
    names a US statute, its exception, its figures or "In the US"."""
    symbol, rule, customers = COUNTRIES[name]
    report = _report(name)
    assert report.industry is not None
    assert (report.industry.referral_rule or "").startswith(rule)
    said = _everything(report)
    for word in US_WORDS:
        assert word not in said, word
    assert _said(report, "BA114", TRAINERS.format(symbol)).startswith(
        f"'{TRAINERS.format(symbol)}' pays for referrals, which your profession's rules restrict: "
        + rule
    )
    assert _said(report, "BA114", REWARD.format(symbol)).startswith(
        f"'{REWARD.format(symbol)}' pays for referrals, which your profession's rules restrict: "
        + customers
    )


def test_ontarios_standard_is_quoted_as_read() -> None:
    """Read with the search tool on 2026-12-07 (collegept.org): the College of Physiotherapists
    of Ontario's Conflict of Interest Standard, in effect from 1 February 2025, lists "paying for
    or providing other benefits to other parties in return for referrals" among the activities a
    physiotherapist must not take part in; its page "Can Physiotherapists Use Incentives?" says
    the College has no specific rule on incentives, and that their cost cannot be added to an
    invoice sent to a third-party payer. Other provinces were not read, and the text says so."""
    report = _report("physio-cad.yaml")
    assert report.industry is not None
    rule = report.industry.referral_rule or ""
    assert "(in effect from 1 February 2025)" in rule
    assert "paying for, or giving other benefits to, others in return for referrals" in rule
    assert "other provinces' colleges set their own standards, which were not read here" in rule
    reward = _said(report, "BA114", REWARD.format("$"))
    assert "the College has no specific rule on incentives to patients" in reward
    assert "their cost never be added to an invoice sent to a third-party payer" in reward
    assert "with your provincial college (in Ontario, the College's Practice Advisors)" in reward


def test_australias_national_law_on_inducements_is_quoted_as_read() -> None:
    """Read with the search tool on 2026-12-07 (AustLII, the National Law as in force in NSW and
    Queensland): s.133(1)(b) forbids advertising a regulated health service in a way that offers
    a gift, discount or other inducement unless the advertisement also states the offer's terms
    and conditions; maximum penalty $60,000 for an individual, $120,000 for a body corporate. The
    shared Code of conduct (from 29 June 2022) was not read, and the text says so; what is
    allowed is said as what to confirm with the Board."""
    report = _report("physio-aud.yaml")
    assert report.industry is not None
    rule = report.industry.referral_rule or ""
    assert "(s.133(1)(b))" in rule
    assert "unless the advertisement also states the offer's terms and conditions" in rule
    assert "(maximum penalty $60,000 for an individual, $120,000 for a company)" in rule
    assert "what it says of paying for referrals was not read here" in rule
    allowed = report.industry.referral_allowed or ""
    assert allowed.endswith(
        "(the Board's Code of conduct was not read here: confirm these with the Board)."
    )


@pytest.mark.parametrize("name", ["physio-nzd.yaml", "physio-eur.yaml"])
def test_where_no_rule_was_read_the_text_says_so_plainly(name: str) -> None:
    """New Zealand's Code of Ethics and Professional Conduct was found (mandatory, published by
    the Board and Physiotherapy New Zealand) but not its words on referrals; the euro area's
    some twenty regulators were not read: each says the rule is the regulator's, not read here,
    and that the US rules do not apply."""
    report = _report(name)
    assert report.industry is not None
    rule = report.industry.referral_rule or ""
    assert "not read here" in rule
    assert rule.endswith("The US rules on paying for referrals do not apply to you.")
    assert "confirm these with" in (report.industry.referral_allowed or "")


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("physio-cad.yaml", "in Canada"),
        ("physio-aud.yaml", "in Australia"),
        ("physio-nzd.yaml", "in New Zealand"),
        ("physio-eur.yaml", "to you"),
    ],
)
def test_a_copay_waiver_abroad_is_not_told_the_us_exception(name: str, country: str) -> None:
    """Checked by a person: BA116 on "7360 Copay waivers - new patients" ($3,000) still reads it
    as a value never billed, and says the US law does not apply there and whether it may be
    waived is for the payer's terms and the regulator's rules (not read), advising to stop until
    the payer confirms them; not the US exception for a documented financial need. The score is
    capped at 79 with the cap's abroad words."""
    report = _report(name)
    said = _said(report, "BA116", "7360 Copay waivers - new patients")
    assert (
        "; and it waives what patients owe under their insurance: the US law on waiving copays "
        f"and deductibles does not apply {country}"
    ) in said
    assert " stop waiving it until the insurer or payer confirms that its terms allow it" in said
    assert "financial need" not in said
    reasons = [cap.reason for cap in report.score_caps]
    assert (
        "a line waives what insured patients owe, which the insurers' terms or the profession's "
        "rules may restrict (BA116)"
    ) in reasons
    assert not any("copays, coinsurance or deductibles" in reason for reason in reasons)
    assert report.score == 79


def test_findings_agree_with_the_verdict_and_what_is_allowed() -> None:
    """The verdict says part of what wins customers may be forbidden, to stop first; BA114
    says to check with the regulator before funding it again; what is allowed names no reward
    to patients or per-referral fee: none of them says the others' lines are allowed."""
    for name in COUNTRIES:
        report = _report(name)
        assert report.verdict == (
            "Fair overall, but part of what wins customers is what the law or a platform's rules "
            "may forbid; stop that first."
        )
        assert report.industry is not None
        allowed = report.industry.referral_allowed or ""
        assert "word of mouth without rewards" in allowed
        assert "paid as salary, not per referral" in allowed
        for f in report.findings:
            if f.rule == "BA114":
                assert "before funding it again" in finding_words(f)


# -- 2. The UK: rewards to patients and a waived excess ----------------------------------------


def test_a_uk_patient_reward_is_told_the_uks_words_not_the_us_law() -> None:
    """Checked by a person from physio-gbp-rewards.yaml: the refer-a-friend line (£900) is told
    that the US law on rewards to patients does not apply in the UK, that such a reward is
    promotional marketing under the CAP Code's section 8 (its table of contents read with the
    search tool, 2026-12-07), and the HCPC's standards; nothing anywhere says Medicare, the OIG's
    $15 or the beneficiary-inducement law."""
    report = _report("physio-gbp-rewards.yaml")
    said = _said(report, "BA114", REWARD.format("£"))
    assert "The US law on rewards to patients does not apply in the UK." in said
    assert "which the CAP Code governs (section 8, promotional marketing)" in said
    assert "HCPC's Standards of conduct, performance and ethics" in said
    assert "was not read here" in said
    everything = _everything(report)
    for word in (*US_WORDS, "beneficiary-inducement", "nominal value"):
        assert word not in everything, word


def test_a_uk_waived_excess_is_read_as_a_waiver_with_the_uks_words() -> None:
    """Worked by hand: "7360 Waived excess - insured new patients" (£3,000) is a value never
    billed, taken out of revenue: operating profit £136,100 with it, £139,100 without it, of a
    net revenue of £640,000 − £3,000 = £637,000 (21.4%; 21.7% of £640,000). It is now read as a
    waiver of what an insured patient owes, and says what an excess is (the part of a claim the
    patient pays the clinic, the insurer the rest: a broker's guide, WeCovr, read 2026-12-07) and
    that waiving it is the insurer's to allow, under terms not read."""
    report = _report("physio-gbp-rewards.yaml")
    said = _said(report, "BA116", "7360 Waived excess - insured new patients")
    assert "the operating profit counts it: £136,100 (21.4% of net revenue) with it" in said
    assert "£139,100 (21.7%) without it" in said
    assert (
        "; and it waives what patients owe under their insurance: the US law on waiving copays "
        "and deductibles does not apply in the UK; the excess of a private medical insurance "
        "policy is the part of a claim the patient pays the clinic, the insurer paying the rest"
    ) in said
    assert " stop waiving it until the insurer or payer confirms that its terms allow it" in said


def test_the_uk_rule_on_referrals_is_unchanged() -> None:
    """The sixtieth round's UK rule, its allowed list and the physio.yaml it was read from stay
    as they were: the banner opens with the HCPC."""
    report = _report("physio-gbp-rewards.yaml")
    assert report.industry is not None
    assert (report.industry.referral_rule or "").startswith(
        "In the UK, physiotherapists are registered with the HCPC"
    )
    assert (report.industry.referral_allowed or "").startswith(
        "Useful clinical letters and progress reports to the GPs"
    )
    # the trainers, paid per client they send, are told that rule, not the one on patients
    assert "Bribery Act 2010" in _said(report, "BA114", TRAINERS.format("£"))


def test_a_uk_gift_for_choosing_the_clinic_is_not_told_the_us_law() -> None:
    """The near case: a prize drawing for new patients and a voucher for booking had been read
    by the US beneficiary-inducement law's findings (BA114's prize rule, BA120); for a UK clinic
    no such finding quotes a US law, as the UK's own rule on them was not read."""
    data = _profile("physio-gbp-rewards.yaml")
    data["activities"] += [
        {"name": "7380 Prize draw - iPad for new patients who start treatment", "spend": 400},
        {"name": "7390 £10 Amazon voucher for booking your first appointment", "spend": 500},
    ]
    everything = _everything(report_of(data))
    for word in (*US_WORDS, "beneficiary-inducement", "nominal value"):
        assert word not in everything, word


@pytest.mark.parametrize(
    ("name", "waives"),
    [
        ("7360 Waived excess - insured new patients", True),
        ("Excess waivers", True),
        ("Excess waived (Bupa patients)", True),
        ("We waive your excess", True),
        ("Copay waivers - new patients", True),
        # near names that must stay silent: a cover bought, stock, luggage
        ("Car hire excess waiver insurance", False),
        ("Write off excess stock", False),
        ("Excess inventory written off", False),
        ("Excess baggage", False),
    ],
)
def test_what_reads_as_an_excess_waived(name: str, waives: bool) -> None:
    assert waives_cost_sharing(name) is waives


# -- 3. A US clinic -----------------------------------------------------------------------------


def _in_dollars() -> dict[str, Any]:
    """physio-gbp-rewards.yaml kept in US dollars, its waiver named as a US ledger does."""
    data = copy.deepcopy(_profile("physio-gbp-rewards.yaml"))
    data["business"]["currency"] = "USD"
    data["business"]["locale"] = "en_US"
    for line in data["activities"]:
        line["name"] = line["name"].replace("£", "$")
        if line["name"].startswith("7360"):
            line["name"] = "7360 Copay waivers - new patients"
    return data


def test_a_us_clinic_keeps_the_us_words() -> None:
    """The near case that must stay as it was: the same clinic in dollars is told the federal
    rule bare, the beneficiary-inducement law of its refer-a-friend reward, the US law on copay
    waivers with its exception for a documented financial need, and the cap's US words."""
    report = report_of(_in_dollars())
    assert report.industry is not None
    assert (report.industry.referral_rule or "").startswith(
        "The federal Anti-Kickback Statute (42 U.S.C. §1320a-7b(b))"
    )
    reward = _said(report, "BA114", REWARD.format("$"))
    assert "A reward to a patient for referring others is remuneration for referrals" in reward
    waiver = _said(report, "BA116", "7360 Copay waivers - new patients")
    assert "; and it waives what patients owe (a copay or a deductible): Waiving what" in waiver
    assert " stop routine or advertised waivers: waive only case by case, for a financial" in (
        waiver
    )
    assert any("copays, coinsurance or deductibles" in cap.reason for cap in report.score_caps)


def test_trainers_paid_per_client_are_told_the_rule_on_paying_referrers() -> None:
    """Checked by a person: "Referral fees - personal trainers ($25 per client referred)" pays
    the trainers who send the clinic their clients, not patients: a US clinic is told the
    Anti-Kickback Statute's rule on paying for referrals, no longer the rule on rewards to
    patients (read by "client"). A reward named for patients keeps the patients' rule."""
    report = report_of(_in_dollars())
    said = _said(report, "BA114", TRAINERS.format("$"))
    assert said.startswith(
        f"'{TRAINERS.format('$')}' pays for referrals, which your profession's rules restrict: "
        "The federal Anti-Kickback Statute (42 U.S.C. §1320a-7b(b)) makes it a crime"
    )
    assert "A reward to a patient" not in said
