"""The forty-fourth review round's re-review (a CFO's, 2026-12-06): R9 (staff appreciation read
as keeping customers), R12 (the words still unread or misread, and the BA116 reader's token
first months) and R13 (channel names that misdescribe what they hold). Each expectation is
worked out from docs/domain.md, with the near names that must not move."""

from __future__ import annotations

import pytest

from bizaudit.core.financing import given_up

from .conftest import ACQUIRE, COST, OVERHEAD, RETAIN, SELLING, answer_in, read_in

# R9: appreciation of the business's own people is a staff cost (operations); appreciation
# that names the customers it keeps stays marketing/retain; bare "appreciation" names no
# audience, so it is a guess


@pytest.mark.parametrize(
    ("vertical", "name", "answer"),
    [
        (None, "Team member appreciation", OVERHEAD),
        ("medical", "Nurse appreciation week", OVERHEAD),
        ("auto-repair", "Tech appreciation lunch", OVERHEAD),
        ("salon", "Stylist appreciation", OVERHEAD),
        (None, "Driver appreciation BBQ", OVERHEAD),
        (None, "Crew appreciation dinner", OVERHEAD),
        (None, "Associate appreciation", OVERHEAD),
        (None, "Volunteer appreciation", OVERHEAD),
        (None, "Teacher appreciation week", OVERHEAD),
        # controls: the customers named, however they are called
        ("medical", "Patient appreciation day", RETAIN),
        (None, "Client appreciation event", RETAIN),
        (None, "Customer appreciation", RETAIN),
        ("hospitality", "Guest appreciation night", RETAIN),
        ("fitness", "Member appreciation", RETAIN),
        ("accounting", "Client apprec - Topgolf", RETAIN),
    ],
)
def test_r9_whose_appreciation_it_is(
    vertical: str | None, name: str, answer: tuple[str, str | None]
) -> None:
    assert answer_in(vertical, name) == answer


@pytest.mark.parametrize(
    ("name", "confidence"),
    [
        ("Appreciation", "low"),
        ("Appreciation dinner", "low"),
        # a name that says whose it is reads high either way
        ("Customer appreciation", "high"),
        ("Nurse appreciation week", "high"),
    ],
)
def test_r9_bare_appreciation_is_a_guess(name: str, confidence: str) -> None:
    read = read_in(None, name)
    assert (read.category in ("marketing", "operations"), read.confidence) == (True, confidence)


# R12: bare "Opticians" delivers the glasses as "Optician wages" does (Q17); the associate ODs
# and the techs and scribes stay overhead, as the round read them (a practice's clinical staff
# on the payroll line, docs/domain.md's BA117, and the build part's "Optometrist associate pay")


@pytest.mark.parametrize(
    ("name", "answer"),
    [
        ("Opticians", COST),
        ("Optician wages", COST),
        ("Technician wages", COST),
        ("Techs/scribes", OVERHEAD),
        ("ODs - assoc", OVERHEAD),
        ("Associate optometrist wages", OVERHEAD),
        # controls: a commission or spiff on what is sold is selling
        ("Optician commissions - frames", SELLING),
        ("Optician spiffs - premium lenses", SELLING),
        ("Scribes", OVERHEAD),
        ("Staff CE seminar", OVERHEAD),
    ],
)
def test_r12_an_optometry_practices_delivering_roles(
    name: str, answer: tuple[str, str | None]
) -> None:
    assert answer_in("medical", name) == answer


@pytest.mark.parametrize(
    ("vertical", "name", "answer"),
    [
        # a photographer's mini sessions win clients (the source vocabulary reads "mini
        # session" as paid), and what they cost with them
        ("freelance", "Mini sessions - tree farm fee", ACQUIRE),
        ("freelance", "Mini session ads", ACQUIRE),
        # a camera body is equipment, as "Camera bodies (Sony FX3)" is labelled
        ("freelance", "Sony A7IV body", OVERHEAD),
        ("freelance", "Camera body", OVERHEAD),
        # an adviser's outsourced compliance programme
        ("investment-adviser", "RIA in a Box compliance", OVERHEAD),
        ("investment-adviser", "Compliance consultant (RIA)", OVERHEAD),
        # a payout named for new accounts wins them (Q6); the grid alone is cost of sales
        ("investment-adviser", "Grid payout for new accounts", SELLING),
        ("investment-adviser", "Grid payout", COST),
        # a client newsletter keeps clients, whoever sends it; the vendor alone still markets
        ("investment-adviser", "Client newsletter (FMG Suite)", RETAIN),
        ("investment-adviser", "FMG Suite", ACQUIRE),
        ("investment-adviser", "FMG Suite website", ACQUIRE),
        # bare CRMs stay selling, as docs/domain.md lists CRM under sales
        ("investment-adviser", "Wealthbox CRM", SELLING),
        ("investment-adviser", "Redtail CRM", SELLING),
        # controls: a postcard for new accounts is advertising
        (None, "Postcards for new accounts", ACQUIRE),
    ],
)
def test_r12_the_words_still_unread(
    vertical: str | None, name: str, answer: tuple[str, str | None]
) -> None:
    assert answer_in(vertical, name) == answer


def test_r12_bare_opticians_is_a_guess() -> None:
    """Alone, the word may pay for what is sold: the report asks (BA107)."""
    assert read_in("medical", "Opticians").confidence == "low"


def test_r12_a_client_newsletter_is_not_asked_about() -> None:
    """The vendor's name no longer rivals "client newsletter": no BA107 prompt."""
    assert read_in("investment-adviser", "Client newsletter (FMG Suite)").confidence == "high"


@pytest.mark.parametrize(
    ("line", "read"),
    [
        # docs/domain.md lists a first month sold for a token price and first-visit discounts
        # as revenue given up (BA116)
        ("Wash club $10 off 1st month", True),
        ("$10 off 1st month", True),
        ("$25 off first month - unlimited", True),
        ("99¢ first wash coupon", True),
        ("49¢ first wash", True),
        ("Membership 99¢ first month", True),
        # controls: a chemical's cost per wash, a bid per click, mailers that carry the offer
        # (their price is spend), a supplier's first month off, a month's supply
        ("Chem cost $1.50 per wash", False),
        ("$1.50 per wash", False),
        ("Google Ads - $1 per click bid", False),
        ("Mailers - 1st month $1 offer", False),
        ("Yelp ads $300 off first month", False),
        ("Mailchimp $100 off first month", False),
        ("Microfiber towels - 1st month supply", False),
        ("Facebook ads - $10 off first month club", False),
    ],
)
def test_r12_money_off_a_first_month_or_wash_is_revenue_given_up(line: str, read: bool) -> None:
    assert given_up(line, None) is read
