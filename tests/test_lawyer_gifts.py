"""A law firm's holiday or thank-you gifts to those who refer are asked about (information),
not warned about: ABA Model Rule 7.2(b)(5) allows nominal gifts given as thanks, neither
intended nor reasonably expected as payment, and a ledger line cannot show whether they were
(core.lawyer_gifts). Gifts tied to referrals, or cash and its equivalents, keep the warning.
A leftover of the fifty-fourth round (2026-12-07)."""

from __future__ import annotations

import pytest

from bizaudit.core.lawyer_gifts import nominal_thanks
from bizaudit.model.report import ProfileReport
from tests.conftest import report_of

from .test_held_back_referrals import _law_firm as law_firm


@pytest.mark.parametrize(
    ("name", "nominal"),
    [
        ("Holiday gifts to referral sources", True),
        ("Thank-you gifts to referring CPAs", True),
        ("Christmas wine for referral partners", True),
        ("Year-end appreciation baskets - referral partners", True),
        # tied to the referrals, or cash's equivalent: no nominal thank-you
        ("Gift baskets to chiropractors per case", False),
        ("Holiday gift cards to referral sources ($100 each)", False),
        ("Thank-you bonus per referred client", False),
        ("Holiday tickets for top referrers (Lakers)", False),
        ("Referral fee to CPAs (10%)", False),
        # no thanks said: not read here
        ("Gifts to referral sources", False),
        # priced per referral, or above $25 each (26 U.S.C. §274(b)(1)): no token (AW2 of the
        # fifty-fifth round's review, 2026-12-07)
        ("Thank-you gifts to referring chiropractors ($250/referral)", False),
        ("Holiday gift baskets - referring chiropractors ($500 each)", False),
        ("Holiday cards to referral partners ($3 ea)", True),
        ("Holiday wine to referral sources ($25 each)", True),
    ],
)
def test_what_reads_as_a_nominal_thank_you(name: str, nominal: bool) -> None:
    assert nominal_thanks(name) is nominal


def _report(gifts: str) -> ProfileReport:
    data = law_firm(gifts)
    return report_of(data)


def test_a_law_firms_holiday_gifts_are_asked_about() -> None:
    """Harlow & Pike's $2,500 of holiday gifts to referral sources: BA114 asks (information,
    "may pay for referrals"); BA102 counts the 120 referrals the partner lunches and the
    newsletter reach as cultivated (a channel, not hope), and no figure holds them back."""
    report = _report("Holiday gifts to referral sources")
    [ba114] = [f for f in report.findings if f.rule == "BA114"]
    assert ba114.severity == "info"
    assert "may pay for referrals" in ba114.message
    [ba102] = [f for f in report.findings if f.rule == "BA102"]
    assert ba102.severity == "info"
    assert "cultivated on purpose" in ba102.message
    assert "warns about" not in ba102.message


def test_gift_cards_to_referral_sources_keep_the_warning() -> None:
    """Near case: the same $2,500 as gift cards, cash's equivalent: BA114 warns, and BA102
    holds the 120 referrals back, as a warned line pays those referrers too."""
    report = _report("Holiday gift cards to referral sources ($100 each)")
    [ba114] = [f for f in report.findings if f.rule == "BA114"]
    assert ba114.severity == "warning"
    [ba102] = [f for f in report.findings if f.rule == "BA102"]
    assert ba102.severity == "warning"
    assert "BA114 warns about pay as well" in ba102.message


def test_only_a_law_firm_reads_thanks_so() -> None:
    """Near case: a dental practice's holiday gifts to the chiropractors who refer are no
    lawyers' gifts: BA114 reads them by the dental vertical's rules, as before (a warning)."""
    data = {
        "version": 1,
        "business": {"name": "Bright Smile Dental", "industry": "dental"},
        "revenue": 1200000,
        "activities": [
            {"name": "Google Ads", "spend": 20000},
            {"name": "Holiday gifts to referring chiropractors", "spend": 2500},
            {"name": "Hygienist wages", "spend": 300000},
        ],
        "customers": {"new": 300, "sources": {"google": 200, "chiropractors": 100}},
    }
    report = report_of(data)
    found = [f for f in report.findings if f.rule == "BA114"]
    assert found
    assert all(f.severity == "warning" for f in found)
