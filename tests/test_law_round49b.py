"""The forty-ninth review round, law part b (G3 and G6, 2026-12-06): the Cooling-Off Rule's
notice wherever the line names it, and a lawn-care company's pesticide claims. Each expectation
worked out from the rules the mends quote, with the near names that must stay silent."""

from __future__ import annotations

from bizaudit.core.ad_claims import claim

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
