"""The fifty-third review round, part b (AS2, AS3's practices, AS5's ad and AS6,
2026-12-07): what an online course creator, a private investigator agency, a real estate
wholesaler and a dance studio may not say or do (BA120). Each expectation worked out by hand
from the rules the mends quote, with the near names that must stay silent."""

from __future__ import annotations

from typing import Any

from bizaudit.core.ad_claims import claim
from bizaudit.core.licensed_advertising import forbidden

from .conftest import small_case
from .test_rules import _found


def _case(name: str, industry: str, lines: list[str]) -> dict[str, Any]:
    """A business of ``industry``, each line $10,000, beside Google Ads that brought its
    customers."""
    activities: list[dict[str, object]] = [{"name": n, "spend": 10000} for n in lines]
    activities.append({"name": "Google Ads", "spend": 10000})
    return small_case(name, industry, activities, {"google ads": 100})


#: The reviewer's lines, what each is read as, and a word of the law its BA120 must quote
_CONDUCT = {
    # AS2: an income claimed for buyers (FTC Act §5; substantiation and typicality)
    'Ads - "Students make $10k a month in 90 days"': ("earnings claim", "15 U.S.C. §45"),
    'Ads - "Make $10,000/month from home, no experience needed"': (
        "earnings claim",
        "16 CFR Part 437",
    ),
    # AS2: a payment to an endorser not said (16 CFR §255.5)
    "Testimonials from students who were paid": ("paid testimonial", "§255.5"),
    # AS6: a place guaranteed (16 CFR §239.3(b), the guarantee's terms)
    'Ads - "Guaranteed to make the competition team"': ("place guarantee", "§239.3(b)"),
    'Ads - "Every student guaranteed a solo"': ("place guarantee", "§239.3(b)"),
    # AS6: charges after a withdrawal, or no simple way to cancel (ROSCA, 15 U.S.C. §8403(3))
    "Autopay tuition continues after withdrawal (no cancellation)": (
        "cancellation blocked",
        "§8403(3)",
    ),
    "Auto-renewing annual contract, cancel only in person": (
        "cancellation blocked",
        "§8403(3)",
    ),
    # AS3: a bank's customer records by false pretences (15 U.S.C. §6821(a)-(b))
    "Pretext calls to banks to obtain bank account records": ("pretexting", "§6821(a)-(b)"),
    # AS3: a tracker on a car without its owner's consent (Cal. Penal Code §637.7)
    "GPS trackers placed on subjects' cars without consent": ("covert tracking", "§637.7"),
    # AS3: investigators the line says hold no licence (state PI licensing law)
    "Unlicensed subcontract investigators": (
        "unlicensed investigator",
        "private investigator licensing law",
    ),
    # AS3: a claim the line says is untrue (FTC Act §5)
    'Ads - "Former FBI agents" (none are)': ("untrue claim", "FTC Act §5"),
    # AS5: a foreclosure letter calling the offer a government programme (Regulation O)
    'Pre-foreclosure letters "Avoid foreclosure - government program"': (
        "foreclosure government claim",
        "12 CFR Part 1015",
    ),
}


def test_the_rounds_practices_and_ad_claims_are_ba120s() -> None:
    """AS2, AS3, AS5, AS6: before the mend each line was BA206's "no customers attributed",
    an unknown operations line (BA106) or cost of sales with no finding. Each is now BA120,
    quoting its law, in a consulting profile (the private investigator's declaration)."""
    for line, (what, _) in _CONDUCT.items():
        assert claim(line, False) == what, line
    found = {
        f.subject: f.message
        for f in _found("BA120", _case("Keyhole Investigations", "consulting", list(_CONDUCT)))
    }
    assert set(found) == set(_CONDUCT)
    for line, (_, cited) in _CONDUCT.items():
        assert cited in found[line], line
    _near_names_stay_silent()


def test_an_affiliate_told_it_need_not_disclose_is_an_undisclosed_endorsement() -> None:
    """AS2: "Affiliate commissions 50% (affiliates not required to disclose)" was a funded
    channel with no finding. A commission is a material connection (16 CFR §255.5), and "not
    required to disclose" says it goes undisclosed: the endorsement reading, whose text cites
    §255.5. An affiliate whose commission is disclosed, or a line that says nothing of
    disclosure, is not read so."""
    said = forbidden("Affiliate commissions 50% (affiliates not required to disclose)", None)
    assert said is not None
    assert said[0] == "endorsement"
    assert "§255.5" in said[1]
    assert forbidden("Affiliates told they need not disclose", None) is not None
    assert forbidden("Affiliate commissions 30% (disclosed)", None) is None
    assert forbidden("Affiliate commissions 30%", None) is None


def _near_names_stay_silent() -> None:
    """The near names: an ad budget by the month, a discount "earned", a referral's pay, a
    testimonial video's production or one whose payment is disclosed, a money-back guarantee,
    autopay alone, the business's own fleet trackers, pretexting training, licensed
    investigators, a foreclosure defence ad and a letter that says it is no government
    programme."""
    near = [
        "Google Ads $2,000 a month",
        'Ads - "Earn $50 off your first month"',
        "Referral program - earn $50 per month per referral",
        "Testimonial video production",
        "Testimonials from students who were paid (payment disclosed)",
        'Ads - "Money-back guarantee"',
        'Ads - "Every student performs in the recital"',
        "Autopay tuition",
        "Autopay tuition - cancel anytime online",
        "Fleet GPS trackers on our vans",
        "Pretext calls training - what is lawful",
        "Licensed investigators",
        "Foreclosure defense attorney ads",
        "Foreclosure letters (not a government program)",
        "Government program grant writing",
        'Ads - "Former FBI agents"',
        'Ads - "Free shipping" (not true for Alaska)',
    ]
    for line in near:
        assert claim(line, False) is None, line
    assert not _found("BA120", _case("Keyhole Investigations", "consulting", near))
