"""Referrals held back beside a warned payment, in every trade (the fifty-fifth round, part a,
2026-12-07).

Where a line a rule of law warns about (BA114's fee per referral, its gifts to referral
sources) pays the referrers whom a lawful line (a lunch-and-learn, a newsletter) cultivates,
the profile cannot say for which of the two they sent their customers. BA102 and the score's
referral-independence part already held those customers back in any trade
(core.score.cultivated_warned); the CAC excluding referrals credited the lawful line with them
everywhere but in a pet crematory. Now it leaves them out with the spend of the lines in their
channel, in every trade, and the three name one number. Each figure is worked out by hand in
the docstrings; the near cases without the warned line keep their figures.
"""

# The law these tests name, checked with the search tool on 2026-12-07: Cal. Bus. & Prof.
# Code §650(a) (the text as published, 2009 code: "any rebate, refund, commission ... or other
# consideration ... as compensation or inducement for referring patients ... is unlawful"),
# §650(b) (consideration for services other than the referral, commensurate with their
# value, is not unlawful); ABA Model Rule 7.2(b) and its exception (b)(5) for nominal
# thank-you gifts (the ABA Litigation Journal, fall 2021). State funeral laws are named only as
# BA114 quotes them, unverified here.

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from bizaudit.core.score import cultivated_warned
from bizaudit.explain.report import profile_report
from bizaudit.io.checker import Options, audit_of
from bizaudit.model.profile import Profile

# part e's profiles of the fifty-fourth round: a dental practice, a funeral home, a crematory
from .test_law_round54e import _dental, _funeral_home, _pet

_LAW_FIRM = Path(__file__).parent / "fixtures" / "verticals" / "law-firm.yaml"


def _audit(profile: dict[str, Any]) -> Any:
    return audit_of(Profile.model_validate(profile), Options())


def _without(profile: dict[str, Any], word: str) -> dict[str, Any]:
    profile["activities"] = [a for a in profile["activities"] if word not in a["name"]]
    return profile


def _cents(value: Decimal | None) -> Decimal:
    assert value is not None
    return value.quantize(Decimal("0.01"))


# -- the CAC excluding referrals, worked out by hand ------------------------------------------


def test_a_dental_practices_chiropractor_lunches_are_not_credited_with_the_fees_patients() -> None:
    """Acquisition marketing: Google Ads $24,000 + chiropractor lunch-and-learns $6,000 +
    "Referral fee per new patient to referring chiropractors" $9,000 (BA114 warns: state dental
    boards, e.g. Cal. Bus. & Prof. Code §650, as BA114 quotes it) = $39,000. The lunches and
    the fee share one channel with the 150 patients' own referrals and the chiropractors' 250:
    all 400 are left out (the 150 came on their own, the 250 are held back), and both lines'
    spend with them: ($39,000 − $6,000 − $9,000) ÷ 200 (google) = $24,000 ÷ 200 = $120.
    Before: ($39,000 − $9,000 × 150 ÷ 400) ÷ (200 + 250) = ($39,000 − $3,375) ÷ 450 = $79.17,
    the 250 "counted as paid for" by the lunches."""
    audit = _audit(_dental())
    cac = audit.facts.economics.non_referral_cac
    assert _cents(cac.value) == Decimal("120.00")
    assert cac.new_customers == 200
    assert cac.referral == 400
    assert cac.cultivated == 0
    assert cac.referral_spend == Decimal(15000)
    basis = profile_report(audit).economics.non_referral_cac.basis
    assert "($39,000 acquisition marketing − $15,000 spent on referrals) ÷ 200" in basis
    assert "counted as paid for" not in basis


def test_without_the_fee_the_lunches_keep_the_chiropractors_patients() -> None:
    """Near case: the same practice with no fee (nothing flagged). The lunches reach the
    chiropractors' 250 patients, counted as paid for; only the 150 patients' own referrals
    are left out, and nothing of the spend: $30,000 ÷ (200 + 250) = $66.67. BA102 is
    information, nothing is held back."""
    audit = _audit(_without(_dental(), "fee"))
    cac = audit.facts.economics.non_referral_cac
    assert _cents(cac.value) == Decimal("66.67")
    assert (cac.new_customers, cac.referral, cac.cultivated) == (450, 150, 250)
    assert cac.referral_spend == Decimal(0)
    assert cultivated_warned(audit.facts) == (0, ())
    (ba102,) = [f for f in profile_report(audit).findings if f.rule == "BA102"]
    assert ba102.severity == "info"


def test_a_funeral_homes_lunches_buy_no_nursing_home_families_beside_the_gift_cards() -> None:
    """The funeral home's "Nursing home staff appreciation gift cards per call" (BA114: the
    state funeral laws the death-care vertical quotes) names the nursing homes, whose 200
    families joined the in-service lunches' channel. Since the fifty-sixth round (2026-12-07)
    the cards read as marketing/acquire (paid to another business's staff for the calls they
    send) and join the lunches' channel; before, read as operations, they were out of the CAC
    and in no channel. Acquisition marketing: Google Ads $30,000 + lunches $8,000 + cards
    $12,000 = $50,000. The 200 are held back with the lunches' $8,000 and the cards' $12,000;
    the 40 word of mouth came on their own: ($50,000 − $20,000) ÷ 60 (google) = $500, as
    before ($38,000 − $8,000) ÷ 60. Before the warned lines were read in every trade:
    $38,000 ÷ (60 + 200) = $146.15. Near case: without the gift cards the lunches buy the 200
    again, $146.15."""
    cac = _audit(_funeral_home()).facts.economics.non_referral_cac
    assert _cents(cac.value) == Decimal("500.00")
    assert (cac.new_customers, cac.referral, cac.cultivated) == (60, 240, 0)
    # (reworked by hand in the fifty-sixth round: $8,000 of lunches + $12,000 of cards)
    assert cac.referral_spend == Decimal(20000)
    near = _audit(_without(_funeral_home(), "gift")).facts.economics.non_referral_cac
    assert _cents(near.value) == Decimal("146.15")
    assert (near.new_customers, near.cultivated) == (260, 200)


def _law_firm(gifts: str = "Holiday gifts to referral sources") -> dict[str, Any]:
    """Harlow & Pike (tests/fixtures/verticals/law-firm.yaml), its $2,500 of gifts to
    referral sources named ``gifts``."""
    profile: dict[str, Any] = yaml.safe_load(_LAW_FIRM.read_text(encoding="utf-8"))
    for line in profile["activities"]:
        if line["name"] == "Holiday gifts to referral sources":
            line["name"] = gifts
    return profile


#: gift cards are cash's equivalent, no nominal thank-you: BA114 warns (core.lawyer_gifts)
_GIFT_CARDS = "Holiday gift cards to referral sources ($100 each)"


def test_a_law_firms_newsletter_goes_with_the_referrals_its_channel_holds_back() -> None:
    """Harlow & Pike with its $2,500 to referral sources given as gift cards, which BA114 warns
    about (ABA Model Rule 7.2(b), as BA114 quotes it: cash's equivalent is no nominal gift),
    sharing the referral channel with the partner lunches ($9,600) and the newsletter to
    referral partners ($3,600). Acquisition marketing: $9,600 + $3,600 + $2,500 + website
    $18,000 + Google Ads $12,000 + Avvo $2,400 = $48,100 (the "Annual estate plan review
    letters", $4,000, keep clients since AX9 of the fifty-sixth round's review, 2026-12-07, as
    this fixture's own review asked: reworked by hand from $52,100 and $910). All 170
    referrals are left out (120 held back, 50 on their own) with the channel's $15,700:
    ($48,100 − $15,700) ÷ 40 (Google search 20 + Google Ads 12 + seminars 8) = $32,400 ÷ 40 =
    $810, the public-facing marketing over the clients it won.

    Near case, the fixture as it is: "Holiday gifts to referral sources", which Rule
    7.2(b)(5) allows where nominal, is asked about (information, core.lawyer_gifts) and holds
    nothing back: ($48,100 − $2,500) ÷ (40 + 120) = $45,600 ÷ 160 = $285 (before AX9, $310),
    the 120 counted as paid for by the lunches and the newsletter, as before the warned lines
    were read in every trade."""
    cac = _audit(_law_firm(_GIFT_CARDS)).facts.economics.non_referral_cac
    assert _cents(cac.value) == Decimal("810.00")
    assert (cac.new_customers, cac.referral, cac.cultivated) == (40, 170, 0)
    assert cac.referral_spend == Decimal(15700)
    asked = _audit(_law_firm()).facts.economics.non_referral_cac
    assert _cents(asked.value) == Decimal("285.00")
    assert (asked.new_customers, asked.cultivated) == (160, 120)


# -- one number of held-back referrals in BA102, the score and the economics --------------------


@pytest.mark.parametrize(
    ("profile", "held"),
    [
        # the chiropractors' 250 patients (the lunches reach them; the fee pays the same)
        (_dental, 250),
        # the nursing homes' 200 families (the lunches' channel; the gift cards name them)
        (_funeral_home, 200),
        # the vet clinics' 1,560 families (the lunch-and-learns; the fee per pet)
        (lambda: _pet("Fee per pet to referring vet clinics"), 1560),
        # the 148 professionals' clients less the 28 attorneys' the lunches and newsletter do
        # not name by their words: CPAs 78 + advisors 42 = 120 (BA102's figure since 54j)
        (lambda: _law_firm(_GIFT_CARDS), 120),
    ],
)
def test_ba102_the_score_and_the_cac_hold_back_the_same_customers(profile: Any, held: int) -> None:
    """The referrals the lawful lines reach that a warned line pays for too: the score's
    count (cultivated_warned), the count BA102 names, the count the score's basis names, and
    the customers the CAC excluding referrals no longer counts as cultivated (those the
    findings name as cultivated, less those the economics counts as paid for), one number."""
    audit = _audit(profile())
    facts = audit.facts
    score_count, rules = cultivated_warned(facts)
    assert score_count == held
    assert rules == ("BA114",)
    assert facts.cultivated_customers - facts.economics.non_referral_cac.cultivated == held
    report = profile_report(audit)
    (ba102,) = [f for f in report.findings if f.rule == "BA102"]
    assert ba102.severity == "warning"
    assert f"{held:,} of them came through the referral lines funded" in ba102.message
    part = next(c for c in report.score_components if c.name == "referral independence")
    assert f"{held:,} of them came through referral lines the business funds" in part.basis


def test_a_fee_ba114_only_asks_about_holds_nothing_back_in_the_cac_either() -> None:
    """Near case: a pet crematory's bare "Handling fees to vet clinics", which BA114 only asks
    about (Cal. Bus. & Prof. Code §650(b) lets a fee pay for a service at its value): the
    score holds nothing back, and neither does the economics: the lunches' channel holds only
    the 110 word of mouth, none cultivated, and no customer is counted back."""
    facts = _audit(_pet("Handling fees to vet clinics")).facts
    assert cultivated_warned(facts) == (0, ())
    assert facts.cultivated_customers == facts.economics.non_referral_cac.cultivated
