"""The forty-ninth review round's re-review, law part d (D6, D8 and D9, 2026-12-06): a tax
preparation office's near wordings of §7216, an enrolled agent's lawful description, a lawn
ad's "kid and pet friendly" and a hospice's LPN wages. Each expectation worked out by hand
from the rules quoted, with the near names that must not move."""

from __future__ import annotations

from bizaudit.core.ad_claims import claim, setting

from .conftest import COST, OVERHEAD, answer_in, small_case
from .test_rules import _found

#: a tax preparation office, declared as accounting: its lines are read for §7216
_TAX = setting("Main Street Tax Service", "2026", "USD", False, "accounting")
#: a plumber, which prepares no returns
_PLUMBER = setting("Acme Plumbing", "2026", "USD", True, "home-services")

# -- D6: IRC §7216, on "no ... consent" wordings and a mailing list sold --


def test_no_consent_obtained_is_no_consent() -> None:
    """D6: "Insurance cross-sell to tax clients - no 7216 consent obtained" names §7216 and a
    use to sell insurance, and says the consent was NOT obtained; the mend read "consent
    obtained" in it as the clients' consent and let it pass. A preparer may not use return
    information (clients' names included: 26 CFR §301.7216-1(b)(3)) to sell other products
    without the written consent of §301.7216-3, so it is "return information" in any trade
    (the line names §7216 itself). Where the business prepares returns, the same line without
    the section number ("- no consent") says the same: the clients are its tax clients."""
    assert claim("Insurance cross-sell to tax clients - no 7216 consent obtained", False, _TAX) == (
        "return information"
    )
    assert claim("Insurance cross-sell to tax clients - no consent", False, _TAX) == (
        "return information"
    )
    assert claim("Annuity pitch to clients without written consent", False, _TAX) == (
        "return information"
    )
    # ...not the consent given, said in either order, nor a line that names none, nor a view
    # that none is needed, nor a plumber's clients (no return information)
    near = [
        "Insurance cross-sell to tax clients - 7216 consent obtained",
        "Insurance cross-sell to tax clients (signed 7216 consents on file)",
        "Insurance cross-sell - clients consent obtained",
        "Insurance cross-sell to tax clients",
        "Cross-sell bookkeeping to tax clients - no consent needed",
    ]
    for line in near:
        assert claim(line, False, _TAX) is None, line
    assert claim("Insurance cross-sell to clients - no consent", True, _PLUMBER) is None


def test_a_mailing_list_of_clients_sold_is_disclosed() -> None:
    """D6: "Mailing list of clients sold to insurance agent" passed: the mend read only
    "client list" next to its verb. A preparer's list of clients is their names and
    addresses, return information (26 CFR §301.7216-1(b)(3)); selling or renting it out
    discloses it to whoever buys it (IRC §7216, §6713), and sharing it with another business
    does too. Where the business prepares returns each of these is "return information"."""
    cases = [
        "Mailing list of clients sold to insurance agent",
        "Email list of clients sold to a marketer",
        "Client list rented to a realtor",
        "Client mailing list shared with insurance partner",
        "Sold our mailing list",
        "Sold client list to mortgage lender",  # the round's own wording, still read
    ]
    for line in cases:
        assert claim(line, False, _TAX) == "return information", line
    # ...not a list bought or rented in from a broker, sold with the practice, shared within
    # the office, said never sold, or given with the consent; nor a plumber's list
    near = [
        "Mailing list rented from data broker",
        "Purchased mailing list from list broker",
        "Mailing list bought from a broker",
        "Client list sold with the practice to buyer",
        "Client list shared with staff",
        "Client list never sold",
        "Mailing list postage",
        "Mailing list of clients sold to insurance agent - with signed 7216 consent",
    ]
    for line in near:
        assert claim(line, False, _TAX) is None, line
    assert claim("Mailing list of clients sold to insurance agent", True, _PLUMBER) is None


def test_the_probe_profile_warns_on_both_lines() -> None:
    """D6's probe, in a small tax office's profile: both lines get BA120; the disclosed
    referral bonus, an AICPA matter (ET 1.520.001, disclosed), gets none."""
    profile = small_case(
        "Main Street Tax Service",
        "accounting",
        [
            {"name": "Client referral bonus $25 (disclosed)", "spend": 10000},
            {
                "name": "Insurance cross-sell to tax clients - no 7216 consent obtained",
                "spend": 10000,
            },
            {"name": "Mailing list of clients sold to insurance agent", "spend": 10000},
            {"name": "Google Ads", "spend": 10000},
        ],
        {"google ads": 60, "referral": 40},
    )
    found = {f.subject for f in _found("BA120", profile)}
    assert found == {
        "Insurance cross-sell to tax clients - no 7216 consent obtained",
        "Mailing list of clients sold to insurance agent",
    }


# -- D8: an enrolled agent is licensed (enrolled) by the IRS; only "approved", "certified" or
# "endorsed" is the false claim --


def test_enrolled_agents_licensed_by_the_irs_is_no_false_claim() -> None:
    """D8: "Ads - 'Enrolled agents licensed by the IRS'" was told it calls its preparers
    "IRS-approved" or "IRS-certified", a false claim. It says neither: enrolled agents are
    admitted by the IRS (31 CFR §10.4, §10.6), and 31 CFR §10.30(a)(1) forbids an enrolled
    agent only the term "certified" and implying IRS employment, giving "enrolled to practice
    before the Internal Revenue Service" as an acceptable description. So "licensed" and
    "enrolled" are not read; "approved", "certified" and "endorsed" by the IRS still are."""
    lawful = [
        "Ads - 'Enrolled agents licensed by the IRS'",
        "Ads - 'IRS licensed enrolled agents'",
        "Ads - 'Enrolled to practice before the Internal Revenue Service'",
    ]
    for line in lawful:
        assert claim(line, False, _TAX) is None, line
    false = [
        "Ads - 'IRS certified tax pros'",
        "Ads - 'Preparers approved by the IRS'",
        "Ads - 'IRS-endorsed tax service'",
        "Ads - 'IRS certified enrolled agent'",  # the word §10.30(a)(1) forbids an EA
        # the Service named in full: the cheap test looked for "irs" only
        "Ads - 'Certified by the Internal Revenue Service'",
    ]
    for line in false:
        assert claim(line, False, _TAX) == "irs credential", line


def test_an_irs_programme_the_irs_runs_is_no_false_claim() -> None:
    """D8: the IRS does accept firms into IRS e-file, and calls them "Authorized IRS e-file
    Providers" (Publication 3112): "IRS-approved e-file provider" says what that acceptance
    is, and is not read as a false claim (the official name is the safer wording); nor the
    IRS's approved continuing-education providers, nor its Certifying Acceptance Agents."""
    lines = [
        "Ads - 'IRS-approved e-file provider'",
        "Ads - 'Authorized IRS e-file Provider'",
        "Ads - 'IRS-approved CE provider'",
        "Ads - 'IRS Certified Acceptance Agent - ITIN help'",
    ]
    for line in lines:
        assert claim(line, False, _TAX) is None, line


# -- D9: held-out wordings --


def test_kid_and_pet_friendly_weed_control_is_a_safety_claim() -> None:
    """D9: "Ads - 'Kid and pet friendly weed control'" got only BA206, while "pet safe lawn
    treatment" was read. Weed control applies an herbicide, a pesticide (FIFRA §2(u)), and
    "kid and pet friendly" says it is safe for kids and pets in other words: 40 CFR
    §156.10(a)(5)(ix) forbids safety claims with or without a qualifying phrase, so the ad is
    "pesticide safety", in any trade (the rule reads the words, not the vertical)."""
    cases = [
        "Ads - 'Kid and pet friendly weed control'",
        "Ads - 'Pet-friendly lawn treatments'",
        "Ads - 'Kid & pet friendly mosquito spraying'",
        "Ads - 'Family and pet friendly grub control'",
    ]
    for line in cases:
        assert claim(line, True, _PLUMBER) == "pesticide safety", line
    # ...not an environmental claim, a price, a service that applies no pesticide, "family
    # friendly" alone (a service's manner as often as its chemicals), tips, the claim denied,
    # nor a line that is no ad
    near = [
        "Ads - 'Eco-friendly weed control'",
        "Ads - 'Budget friendly weed control'",
        "Ads - 'Pet friendly office'",
        "Ads - 'Family-friendly lawn mowing'",
        "Ads - 'Family friendly pest control'",
        "Ads - 'Weed control that is not pet friendly: keep pets off 24 hours'",
        "Kid and pet friendly weed control",
        "Pet-safe lawn seed and fertilizer",
    ]
    for line in near:
        assert claim(line, True, _PLUMBER) is None, line


def test_a_hospices_lpn_wages_are_cost_of_sales() -> None:
    """D9: "5015 LPN wgs" read as overhead by 'wgs', beside "5010 RN CM wgs" as cost of sales
    (G11). The licensed practical nurses give the hospice's care as the RN case managers do:
    their wages are cost of sales in `medical`, as "LPN wages" already were; so are LVNs' and
    nurses' "wgs". Their recruiting and training stay overhead, and a dentist's ledger is not
    read by the medical words."""
    for name in ["5015 LPN wgs", "LVN wgs", "6020 RN wgs", "Nurse wgs"]:
        assert answer_in("medical", name) == COST, name
    for vertical, name in [
        ("medical", "LPN recruiting ads"),
        ("medical", "LPN CEUs"),
        ("medical", "Admin wgs"),
        ("medical", "Front desk wgs"),
        ("dental", "5015 LPN wgs"),
    ]:
        assert answer_in(vertical, name) == OVERHEAD, (vertical, name)
