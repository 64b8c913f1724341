"""The forty-ninth review round, law part b (G1 to G4, G6 and G13, 2026-12-06): advertising,
solicitation and consumer protection in a hospice's, a laboratory's, a residential solar
installer's, a tax preparation office's, a lawn-care company's and a florist's order gatherer's
lines. Each expectation worked out from the rules the mends quote, with the near names that
must stay silent."""

from __future__ import annotations

from bizaudit.core.ad_claims import Setting, claim, setting

from .conftest import small_case
from .test_rules import _found

# -- G3: the Cooling-Off Rule's notice, wherever the line names the 3-day notice --


def test_a_contract_without_the_three_day_notice_is_read_without_the_door() -> None:
    """G3: the notice of the 3-day right to cancel is what the FTC's Cooling-Off Rule (16 CFR
    §429.1) gives a buyer at home; a line that says the contracts went without "the 3-day
    cancellation notice" says a home sale's notice was owed and not given, whether or not it
    names the door. Before the mend only a line naming door-to-door, canvassing or an in-home
    sale was read, and each of these was "operations? unknown name"."""
    cases = [
        "Same-day contracts - no 3-day cancellation notice",
        # the docs' own pest-control wording, which names no door
        "Contracts signed without the 3-day cancellation notice",
        "Solar agreements signed with no three-day right to cancel",
    ]
    for line in cases:
        assert claim(line, True) == "cooling-off notice"
    # ...not the notice given, a cancellation notice that is not the home sale's 3-day one,
    # nor a fee
    near = [
        "Contracts with 3-day cancellation notice",
        "Subscription without cancellation notice",
        "Gym memberships - no cancellation fee",
    ]
    for line in near:
        assert claim(line, True) is None


# -- G6: a lawn-care company's words for its pesticide applications --


def test_a_lawn_treatment_called_safe_is_the_pesticide_claim() -> None:
    """G6: a lawn treatment that controls weeds, grubs or insects applies a pesticide, and "100%
    safe for pets and kids" is the safety claim 40 CFR §156.10(a)(5)(ix) forbids (FIFRA
    §12(a)(1)(B)); the ad named no "pesticide", so only BA206 spoke before the mend."""
    assert (
        claim("Ads - 'Our lawn treatments are 100% safe for pets and kids'", True)
        == "pesticide safety"
    )
    assert claim("Ads - 'Weed & feed program - safe for kids and pets'", True) == (
        "pesticide safety"
    )
    # ...not an ad with no safety claim, no treatment, or the claim denied (the warning the
    # label allows)
    near = [
        "Ads - 'Our lawn treatments are organic'",
        "Ads - 'Lawn mowing, 100% satisfaction'",
        "Ads - 'Our lawn treatments are not 100% safe for pets: keep them off 24 hours'",
    ]
    for line in near:
        assert claim(line, True) is None


def test_pesticides_applied_by_those_without_a_licence() -> None:
    """G6: restricted-use pesticides may be applied only by or under a certified applicator (7
    U.S.C. §136i; 40 CFR Part 171), and most states license for-hire application of others
    too (asked: check your state's law). A line that says its applicators hold no licence is
    read; a renewal, an exam and a warning about others are not."""
    cases = [
        ("Unlicensed pesticide applicators (no state applicator license)", "unlicensed applicator"),
        ("Spray techs - no pesticide applicator license", "unlicensed applicator"),
        ("Pesticide applicator license renewal", None),  # held, renewed
        ("Applicator license exam prep for new techs", None),  # training toward it
        ("Ads - never hire an unlicensed pest control company", None),  # a warning of others
    ]
    for line, expected in cases:
        assert claim(line, True) == expected


# -- G3: "free solar" and leads bought without consent --


def test_free_solar_is_read_where_the_homeowner_pays() -> None:
    """G3: a system the homeowner pays for (cash, a loan, a lease or a PPA) is not free (FTC
    Act §5; 16 CFR §251.1); a free quote is the seller's service, "$0 down" is a payment term,
    a state programme for low-income homes may pay for the system, and a question warns."""
    cases = [
        ("Ads - 'Free solar, no cost to you - government program'", "free solar"),
        ("Door hangers - 'Get solar for free'", "free solar"),
        ("Ads - free solar quote", None),  # the seller's service before the sale
        ("Solar panel cleaning ads - free estimate", None),
        ("Ads - '$0 down solar lease'", None),  # a payment term, not "free"
        ("Ads - 'No-cost solar for low-income homes' (DAC-SASH)", None),  # a programme that pays
        ("Blog ad - 'Is free solar a scam?'", None),  # a question
    ]
    for line, expected in cases:
        assert claim(line, True) == expected


def test_leads_bought_without_consent() -> None:
    """G3: calling or texting leads by autodialer or prerecorded voice for marketing needs
    prior express written consent (47 CFR §64.1200(a)(2)): a line that says its bought leads
    have none ("no TCPA consent") is read, as the robocall and text lines already were; leads
    with consent on file, and leads from ads, are not."""
    cases = [
        ("Aged leads purchased from lead generator (no TCPA consent)", "unconsented leads"),
        ("Bought leads - without consent", "unconsented leads"),
        ("Aged leads purchased from lead generator (TCPA consent on file)", None),
        ("Purchased leads - opted in, consent recorded", None),
        ("Google Ads leads", None),
    ]
    for line, expected in cases:
        assert claim(line, True) == expected


# -- G4: a tax preparation office --

_PREPARER = setting("Refund Max Tax", "2026", "USD", False, "accounting")


def test_return_information_used_or_sold_without_consent() -> None:
    """G4: a preparer may not use return information (names and addresses included, 26 CFR
    §301.7216-1(b)(3)) for anything but the return, nor disclose it, without the taxpayer's
    written consent (IRC §7216, §6713). The return data named in the line is read in any
    trade; a client list sold to a lender only of a business that prepares returns (a list
    bought, software, consent on file and "return customers" are not)."""
    cases = [
        (
            "Email campaign selling insurance to tax clients using return data (no 7216 consent)",
            Setting(),
            "return information",
        ),
        ("Sold client list to mortgage lender", _PREPARER, "return information"),
        ("Client data shared with insurance agency", _PREPARER, "return information"),
        # not a preparer: no return information in its list
        ("Sold client list to mortgage lender", Setting(), None),
        ("Bought client list from retiring preparer", _PREPARER, None),
        ("Client list software (CRM)", _PREPARER, None),
        (
            "Email campaign to tax clients using return data (with signed 7216 consent)",
            Setting(),
            None,
        ),
        ("Return customers email campaign", Setting(), None),
    ]
    for line, where, expected in cases:
        assert claim(line, False, where) == expected


def test_a_tax_office_s_name_or_vertical_makes_it_a_preparer() -> None:
    """G4: `accounting` declared, or "Tax" in the name ("Refund Max Tax"), is a preparer; a
    taxi company and a bakery are not."""
    assert setting("Refund Max Tax", "2026", "USD", False).prepares_returns
    assert setting("Smith & Co", "2026", "USD", False, "accounting").prepares_returns
    assert not setting("City Taxi", "2026", "USD", False).prepares_returns
    assert not setting("Main Street Bakery", "2026", "USD", False, "restaurant").prepares_returns


def test_a_preparer_s_ads() -> None:
    """G4: the IRS approves and certifies no preparer (FTC Act §5; 31 CFR §10.30(a)(1) for those
    Circular 230 binds); an Authorized IRS e-file Provider and an Enrolled Agent are real. The
    largest refund is no preparer's to guarantee, and the terms are asked for (16 CFR
    §239.3(b)); an accuracy guarantee is of the preparer's own work."""
    cases = [
        ("Ads - 'IRS-approved, IRS-certified preparers'", "irs credential"),
        ("Flyers - preparers certified by the IRS", "irs credential"),
        ("Ads - Authorized IRS e-file provider", None),  # a real designation
        ("Ads - Enrolled Agents, enrolled to practice before the IRS", None),
        ("Ads - 'not IRS-approved' disclaimer", None),
        ("Ads - 'Maximum refund guaranteed or your prep is free'", "refund guarantee"),
        ("Ads - 'We guarantee your biggest refund'", "refund guarantee"),
        ("Ads - 'Accuracy guaranteed'", None),  # a guarantee of the preparer's own work
        ("Refund transfer fee", None),
    ]
    for line, expected in cases:
        assert claim(line, False) == expected


# -- G1: a hospice --


def test_a_hospice_s_lines() -> None:
    """G1: "100% free, no cost ever" overstates a benefit that leaves copayments and room and
    board to the patient (FTC Act §5); "at no cost to you" is near what Medicare says and is
    not read. Patients the line says are not terminally ill are not eligible (42 CFR §418.20,
    §418.22), and billing for them makes false claims (31 U.S.C. §3729(a)(1)(A)); discharging
    those no longer terminally ill is allowed. Live discharges to stay under the cap are none
    of §418.26(a)'s reasons: asked. Discharge planners are a referral source."""
    cases = [
        ("Ads - 'Hospice is 100% free, no cost ever'", "hospice cost"),
        ("Ads - 'Hospice care at no cost to you - Medicare pays'", None),  # Medicare's own words
        ("Ads - '100% free' coffee", None),  # no hospice
        (
            "Recruiting patients who are not terminally ill (door-to-door in senior housing)",
            "hospice eligibility",
        ),
        ("Enrolling healthy seniors in hospice", "hospice eligibility"),
        ("Discharges of patients no longer terminally ill", None),  # §418.26(a)(2) allows it
        ("Community education for terminally ill patients' families", None),
        ("Live discharges before cap year end (to avoid Medicare cap)", "live discharge"),
        ("Discharge planners - hospital outreach", None),
    ]
    for line, expected in cases:
        assert claim(line, False) == expected


# -- G2: a laboratory --


def test_medicare_said_to_pay_for_all_genetic_testing() -> None:
    """G2: Medicare pays for a test only where reasonable and necessary (42 U.S.C.
    §1395y(a)(1)(A)); "covers 100% of genetic testing" is false in general. A Medicare Advantage
    plan's, a question and an ad with no claim of coverage are not read."""
    cases = [
        ("Ads - 'Medicare covers 100% of genetic testing'", "test coverage"),
        ("Mailers - 'DNA tests 100% covered by Medicare'", "test coverage"),
        ("Ads - 'Medicare Advantage covers 100% of genetic testing'", None),
        ("Ads - 'Does Medicare cover genetic testing?'", None),
        ("Ads - genetic testing for cancer risk", None),
    ]
    for line, expected in cases:
        assert claim(line, False) == expected


# -- G13: listings at virtual addresses --


def test_listings_at_virtual_addresses() -> None:
    """G13: Google's Business Profile guidelines allow a listing only where the business is
    staffed (a platform's rule), and a local presence claimed where there is none is deceptive
    (FTC Act §5); a profile, a removal service, an office's rent and a virtual tour are not."""
    cases = [
        ("Fake Google listings in neighboring towns (virtual addresses)", "false local listing"),
        ("GMB profiles at virtual offices in 12 towns", "false local listing"),
        ("Google Business Profile", None),
        ("Fake listing removal service", None),
        ("Virtual office rent", None),
        ("Virtual tour listings", None),
    ]
    for line, expected in cases:
        assert claim(line, False) == expected


# -- the findings, in small profiles --


def test_the_round_s_lines_are_ba120_s_with_their_laws() -> None:
    """A tax office declared `accounting`: each of G4's three lines is BA120's, quoting §7216,
    31 CFR §10.30(a)(1) and 16 CFR §239.3(b); the Google Ads line beside them is not."""
    profile = small_case(
        "Refund Max Tax",
        "accounting",
        [
            {"name": "Sold client list to mortgage lender", "spend": 1000},
            {"name": "Ads - 'IRS-approved, IRS-certified preparers'", "spend": 5000},
            {"name": "Ads - 'Maximum refund guaranteed or your prep is free'", "spend": 4000},
            {"name": "Google Ads", "spend": 20000},
        ],
        {"google ads": 100},
    )
    found = {f.subject: f.message for f in _found("BA120", profile)}
    assert set(found) == {
        "Sold client list to mortgage lender",
        "Ads - 'IRS-approved, IRS-certified preparers'",
        "Ads - 'Maximum refund guaranteed or your prep is free'",
    }
    assert "§7216" in found["Sold client list to mortgage lender"]
    assert "§10.30(a)(1)" in found["Ads - 'IRS-approved, IRS-certified preparers'"]
    assert "§239.3(b)" in found["Ads - 'Maximum refund guaranteed or your prep is free'"]


def test_a_hospice_s_and_a_lab_s_lines_are_ba120_s() -> None:
    """A hospice declared `medical`: G1's three lines are BA120's, the not-terminally-ill
    recruiting quoting 42 CFR §418.20 and the False Claims Act, the live discharges §418.26(a);
    a lab's genetic-testing ad quotes 42 U.S.C. §1395y(a)(1)(A)."""
    profile = small_case(
        "Sunrise Hospice",
        "medical",
        [
            {"name": "Ads - 'Hospice is 100% free, no cost ever'", "spend": 3000},
            {
                "name": "Recruiting patients who are not terminally ill (door-to-door)",
                "spend": 4000,
            },
            {"name": "Live discharges before cap year end (to avoid Medicare cap)", "spend": 0},
            {"name": "Ads - 'Medicare covers 100% of genetic testing'", "spend": 2000},
            {"name": "Google Ads", "spend": 20000},
        ],
        {"google ads": 100},
    )
    found = {f.subject: f.message for f in _found("BA120", profile)}
    assert set(found) == {
        "Ads - 'Hospice is 100% free, no cost ever'",
        "Recruiting patients who are not terminally ill (door-to-door)",
        "Live discharges before cap year end (to avoid Medicare cap)",
        "Ads - 'Medicare covers 100% of genetic testing'",
    }
    recruiting = found["Recruiting patients who are not terminally ill (door-to-door)"]
    assert "§418.20" in recruiting
    assert "§3729(a)(1)(A)" in recruiting
    assert "§418.26(a)" in found["Live discharges before cap year end (to avoid Medicare cap)"]
    assert "§1395y(a)(1)(A)" in found["Ads - 'Medicare covers 100% of genetic testing'"]


def test_a_solar_installer_s_and_a_lawn_company_s_lines_are_ba120_s() -> None:
    """Home services: G3's free-solar ad (16 CFR §251.1), its contracts without the 3-day
    notice (16 CFR §429.1) and its no-consent leads (47 CFR §64.1200(a)(2)); G6's unlicensed
    applicators (7 U.S.C. §136i); G13's virtual-address listings (Google's guidelines)."""
    profile = small_case(
        "SunPeak Solar",
        "home-services",
        [
            {"name": "Ads - 'Free solar, no cost to you - government program'", "spend": 4000},
            {"name": "Contracts signed without the 3-day cancellation notice", "spend": 0},
            {"name": "Aged leads purchased from lead generator (no TCPA consent)", "spend": 3000},
            {
                "name": "Unlicensed pesticide applicators (no state applicator license)",
                "spend": 2000,
            },
            {
                "name": "Fake Google listings in neighboring towns (virtual addresses)",
                "spend": 1000,
            },
            {"name": "Google Ads", "spend": 20000},
        ],
        {"google ads": 100},
    )
    found = {f.subject: f.message for f in _found("BA120", profile)}
    assert "§251.1" in found["Ads - 'Free solar, no cost to you - government program'"]
    assert "§429.1" in found["Contracts signed without the 3-day cancellation notice"]
    assert "§64.1200(a)(2)" in found["Aged leads purchased from lead generator (no TCPA consent)"]
    assert "§136i" in found["Unlicensed pesticide applicators (no state applicator license)"]
    assert (
        "Business Profile" in found["Fake Google listings in neighboring towns (virtual addresses)"]
    )
    assert "Google Ads" not in found
