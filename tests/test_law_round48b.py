"""The forty-eighth review round, law part b (C2 to C5, 2026-12-06): advertising, solicitation
and inducement by a DME supplier, a counselling practice, a collision shop and a household-goods
mover. Each expectation worked out from the rules the mends quote, with the near names that
must stay silent."""

from __future__ import annotations

import pytest

from bizaudit.core.ad_claims import Setting, claim, setting

from .conftest import small_case
from .test_rules import _found

_SUPPLIER = Setting(supplier=True)

# -- C2: a DME supplier ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Cold calls to Medicare beneficiaries offering free back braces", "dme telephone"),
        ("Telemarketing vendor - diabetic supply outreach to Medicare list", "dme telephone"),
        ("Outbound calls to Medicare leads - CPAP supplies", "dme telephone"),
        ("Ads - 'Medicare pays 100%, no cost to you' - back braces", "medicare full coverage"),
        ("Free glucometer with every Medicare supply order", "medicare gift"),
        ("Free TENS unit with each Medicaid order", "medicare gift"),
    ],
)
def test_a_dme_supplier_s_calls_claims_and_gifts_are_read(line: str, expected: str) -> None:
    """C2: a supplier may not call a Medicare beneficiary about a covered item unasked (42
    U.S.C. §1395m(a)(17); 42 CFR §424.57(c)(11)): each call line names the calls (cold calls,
    telemarketing, outbound calls), Medicare's people (beneficiaries, list, leads) and supplies
    (braces, diabetic supply, CPAP). Part B pays 80%, so "Medicare pays 100%" of braces is
    false (42 U.S.C. §1395l). A glucometer or a TENS unit is worth more than the OIG's $15
    nominal value (2016), given with an order Medicare or Medicaid pays (§1320a-7a(a)(5)).
    Read in any trade (the line names the supplies), without a supplier's name."""
    assert claim(line, False) == expected


def test_a_supplier_s_name_carries_the_claim_of_full_payment() -> None:
    """C2: the profile's ad names no supplies ("Ads - Medicare pays 100%, no cost to you"); the
    business's name, "Valley Home Medical Supply", says it supplies them, so the ad is read;
    under another name it is not (a flu-shot clinic's "Medicare pays 100%" is true)."""
    line = "Ads - Medicare pays 100%, no cost to you"
    where = setting("Valley Home Medical Supply", "2026", "USD", False)
    assert where.supplier
    assert claim(line, False, where) == "medicare full coverage"
    assert claim(line, False, setting("Valley Family Clinic", "2026", "USD", False)) is None


@pytest.mark.parametrize(
    "line",
    [
        "Resupply calls to existing customers (CPAP supplies)",
        "Calls to Medicare beneficiaries who requested a call in writing - supplies",
        "Telemarketing to Medicare beneficiaries with written consent - braces",
        "Inbound call center - Medicare supply orders",
        "Ads - Medicare pays 100% for flu shots",
        "Ads - 'no cost to you with your Medicare supplement' - CPAP",
        "Free delivery with every Medicare order",
        "Free pen with every Medicare order (nominal)",
        "Cold calls to contractors",
        "Medicare billing software",
    ],
)
def test_calls_allowed_true_claims_and_nominal_gifts_stay_silent(line: str) -> None:
    """C2's near names: calls about what was furnished, or to those who asked in writing, or
    inbound (§1395m(a)(17)(A)'s exceptions); 100% of a flu shot (preventive care Part B pays in
    full) or "no cost" where a supplement pays the 20%; free delivery (the supplier's own
    service) and a pen of nominal value; cold calls that name no Medicare beneficiary; billing
    software: none is read, even for a supplier."""
    assert claim(line, False, _SUPPLIER) is None


def test_the_dme_supplier_s_lines_are_warned_about() -> None:
    """C2, the review's isolation: the three lines each get BA120 (a warning: the score stops
    at 79), where before only BA206 and nothing else spoke."""
    profile = small_case(
        "Valley Home Medical Supply",
        "pharmacy",
        [
            {
                "name": "Cold calls to Medicare beneficiaries offering free back braces",
                "spend": 9000,
            },
            {"name": "Free glucometer with every Medicare supply order", "spend": 8000},
            {"name": "Ads - Medicare pays 100%, no cost to you", "spend": 6000},
            {"name": "Google Ads", "spend": 20000},
        ],
        {"google ads": 100},
    )
    subjects = {f.subject for f in _found("BA120", profile)}
    assert subjects == {
        "Cold calls to Medicare beneficiaries offering free back braces",
        "Free glucometer with every Medicare supply order",
        "Ads - Medicare pays 100%, no cost to you",
    }


# -- C5: a household-goods mover ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Lowball estimates, then hold goods until extra paid (hostage loads)", "hostage goods"),
        ("Refuse to release goods until balance over 110% of estimate paid", "hostage goods"),
        ("Hostage loads - re-quote at delivery", "hostage goods"),
        (
            "Ads - binding estimate guaranteed (estimates given by phone only, non-binding)",
            "binding estimate",
        ),
        ("Ads - 'Licensed and insured, FMCSA-authorized' (authority revoked)", "lapsed claim"),
    ],
)
def test_a_mover_s_hostage_loads_and_false_estimates_are_read(line: str, expected: str) -> None:
    """C5: a mover must give up the goods on payment of the binding estimate or of 110% of a
    non-binding one (49 CFR §375.407); holding them until more is paid ("extra", "balance over
    110% of estimate", "re-quote") is a hostage load (49 U.S.C. §14915). A binding estimate
    must be written after a survey (§§375.401, 375.403): "binding estimate guaranteed" in an ad
    whose line says the estimates are non-binding by phone is false. An operating authority
    the line says was revoked, claimed in an ad, is the lapsed-credential reading (A4 of round
    47's lapsed bond)."""
    assert claim(line, True) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Ads - 'No hostage loads, ever' guarantee",
        "Release goods on payment of 110% of estimate, balance billed in 30 days",
        "Ads - binding estimates after free in-home survey",
        "Ads - 'Licensed and insured, FMCSA-authorized'",
        "Storage in transit - hold goods until new home is ready",
        "Hold music for phone line",
    ],
)
def test_a_lawful_mover_s_lines_stay_silent(line: str) -> None:
    """C5's near names: a denial of hostage loads, the release the rule requires, binding
    estimates after a survey, authority claimed with nothing said against it, storage until
    the new home is ready (nothing more to pay is named), hold music: none is read."""
    assert claim(line, True) is None


# -- C3: a counselling practice -------------------------------------------------------------------

_COUNSELLING = setting("Harbor Counseling Group", "2026", "USD", False, "medical")


def test_a_counselling_practice_is_known_by_its_name() -> None:
    """C3: "Counseling", "Psychotherapy" and "Behavioral Health" name a practice the APA's and
    the ACA's codes reach; a physical therapist's, a massage therapist's or a college
    counsellor's name does not, nor a café's, nor "Therapy" under the physical-therapy
    vertical."""
    assert _COUNSELLING.counselling
    assert setting("Mindful Psychotherapy", None, "USD", False, "medical").counselling
    assert setting("Bright Behavioral Health", "2026", "USD", False, None).counselling
    for name, trade in [
        ("Harbor Physical Therapy", "medical"),
        ("Zen Massage Therapy", "salon"),
        ("Ivy College Counseling", "consulting"),
        ("Harbor Cafe", "restaurant"),
        ("Harbor Therapy Group", "physical-therapy"),
    ]:
        assert not setting(name, "2026", "USD", False, trade).counselling, name


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Client testimonials on website (current therapy clients)", "client testimonials"),
        ("Video testimonials from active clients", "client testimonials"),
        ("Ads - Licensed psychologists (staff are LPC associates)", "protected title"),
        ("Google Ads - 'Our psychologists' (we have no psychologists)", "protected title"),
        (
            "Outreach at crisis shelter - signing up residents after disasters",
            "vulnerable solicitation",
        ),
    ],
)
def test_a_counselling_practice_s_testimonials_titles_and_sign_ups_are_read(
    line: str, expected: str
) -> None:
    """C3: testimonials solicited from current clients (APA 5.05; ACA C.3.b); "psychologists"
    advertised where the line says the staff are LPC associates or none are psychologists (the
    protected title; FTC Act §5); residents of a crisis shelter signed up after a disaster
    (APA 5.06, asked: its exception is for providing the outreach, not for signing up)."""
    assert claim(line, False, _COUNSELLING) == expected


@pytest.mark.parametrize(
    ("line", "where"),
    [
        ("Client testimonials on website (current clients)", Setting()),  # a gym's, a café's
        ("Testimonials from current members", Setting()),
        ("Client testimonials (not from current clients)", _COUNSELLING),
        ("Testimonials from former clients only", _COUNSELLING),
        ("Ads - 'Licensed psychologists' (Dr. Lee, PhD)", _COUNSELLING),
        ("Ads - 'LPC associates, not psychologists'", _COUNSELLING),
        ("Disaster mental health outreach (Red Cross volunteer)", _COUNSELLING),
        ("Crisis line answering service", _COUNSELLING),
        ("Hurricane shelter volunteer signing up residents for FEMA aid", Setting()),
    ],
)
def test_lawful_or_other_trades_lines_stay_silent(line: str, where: Setting) -> None:
    """C3's near names: current clients' testimonials for a business no code of therapists
    reaches (a gym, a café: the line names no counselling); testimonials said not to be from
    current clients; psychologists advertised with nothing said against it, or a disclaimer
    ("not psychologists"); disaster outreach that signs no one up, a crisis line; a shelter's
    sign-ups where nothing says counselling: none is read."""
    assert claim(line, False, where) is None


def test_the_counselling_practice_s_lines_are_warned_about() -> None:
    """C3, the review's isolation (a counselling group declared medical): the three lines get
    BA120; Google Ads stays silent."""
    profile = small_case(
        "Harbor Counseling Group",
        "medical",
        [
            {"name": "Client testimonials on website (current therapy clients)", "spend": 2000},
            {"name": "Ads - Licensed psychologists (staff are LPC associates)", "spend": 5000},
            {
                "name": "Outreach at crisis shelter - signing up residents after disasters",
                "spend": 3000,
            },
            {"name": "Google Ads", "spend": 20000},
        ],
        {"google ads": 100},
    )
    assert {f.subject for f in _found("BA120", profile)} == {
        "Client testimonials on website (current therapy clients)",
        "Ads - Licensed psychologists (staff are LPC associates)",
        "Outreach at crisis shelter - signing up residents after disasters",
    }


# -- C4: a collision shop ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Ads - 'insurance requires you use our shop'",
        "Ads - 'Insurance company says you must use us'",
        "Radio spots - you must use our shop under your insurance policy",
    ],
)
def test_an_ad_that_says_the_insurer_requires_the_shop_is_read(line: str) -> None:
    """C4: the insured chooses the repairer; California forbids an insurer to require a
    specific shop (Ins. Code §758.5(a)), and an ad that says the insurance requires it is
    false (FTC Act §5). Each line is an ad that says so."""
    assert claim(line, False) == "shop choice"


@pytest.mark.parametrize(
    "line",
    [
        "Ads - your insurer cannot require you to use a specific shop",
        "Ads - shop of your choice: insurance requires nothing",
        "Ads - we work with all insurance companies",
        "Radio ads - required by your insurance? we handle it",
        "Ads - 'Does insurance require you to use their shop?' myth buster",
        "Ads - 'you must use our shop for warranty'",
        "Insurance requires liability coverage for our shop",
    ],
)
def test_the_lawful_claims_stay_silent(line: str) -> None:
    """C4's near names: an ad that tells the customer the truth (the insurer cannot require
    it, the choice is theirs), one that says it works with insurers, a question or a myth
    buster, a warranty's terms, the shop's own insurance: none is read."""
    assert claim(line, False) is None
