"""What the forty-ninth review round left, mended at the next stop (2026-12-06): G3's rest, a
solar installer's lender dealer fee hidden in the price financed customers pay. Each
expectation worked out from the rule the mend quotes (12 CFR §1026.4(a)), with the near names
that must stay silent."""

from __future__ import annotations

from bizaudit.core.ad_claims import Setting, claim

from .conftest import small_case
from .test_rules import _found

SOLAR = Setting(sells_solar=True)


def test_a_dealer_fee_hidden_in_the_financed_price_is_a_finance_charge() -> None:
    """G3 (the rest): a dealer fee charged in the price financed homeowners pay, and not in
    what cash buyers pay, is a finance charge under Regulation Z (12 CFR §1026.4(a)), which the
    loan's disclosures must count; a line that says the fee is hidden, or that financed
    customers pay more than cash ones, says it is not counted. Before the mend the line was
    revenue given up, with no word said."""
    hidden = [
        "Dealer fees (GoodLeap) - built into price, not disclosed to customer",
        "Lender dealer fee hidden in contract price",
        "Dealer fees - cash customers pay less",
        "Mosaic dealer fees (financed customers pay more)",
        "Loan fees - marked up price for financed jobs",
    ]
    for line in hidden:
        assert claim(line, True, SOLAR) == "hidden finance charge", line
    # a lender named says the fee is a loan's, in a business whose name does not say solar
    assert claim("GoodLeap dealer fee - not disclosed to homeowner", True) == (
        "hidden finance charge"
    )


def test_a_dealer_fee_disclosed_or_charged_alike_is_not_read() -> None:
    """...not a dealer fee the line says is disclosed or charged to cash buyers alike, one that
    says nothing of how it is charged, a car dealer's own fee where no lender is named and the
    business does not sell solar, nor a fee that is no lender's."""
    near = [
        ("Dealer fees (GoodLeap)", SOLAR),
        ("Dealer fees - disclosed to customer in the loan documents", SOLAR),
        ("Dealer fee - same price for cash and financed", SOLAR),
        ("Dealer fees in the APR", SOLAR),
        ("Hidden dealer doc fees", Setting()),
        ("Hidden fees on invoices", SOLAR),
    ]
    for line, where in near:
        assert claim(line, True, where) is None, line


def test_ba120_names_the_hidden_dealer_fee_in_a_solar_installers_profile() -> None:
    """The finding, in a profile whose name says solar: BA120 warns on the line, quoting
    Regulation Z's definition and telling the owner what to change; the fee stays revenue
    given up (its reading is unchanged), so the range's base is the net revenue."""
    line = "Dealer fees (GoodLeap) - built into price, not disclosed to customer"
    profile = small_case(
        "Bright Path Solar",
        "home-services",
        [{"name": line, "spend": 130000}, {"name": "Google Ads", "spend": 60000}],
        {"Google Ads": 70, "referral": 30},
    )
    found = [f for f in _found("BA120", profile) if line in f.message]
    assert len(found) == 1
    said = found[0]
    assert said.severity == "warning"
    assert "12 CFR §1026.4(a)" in said.message
    assert "comparable cash transaction" in said.message
    assert "charge cash and financed customers the same price" in said.advice
