"""Names the fifty-fourth round's reviewers wrote that nothing read (2026-12-07): a wholesaler's
mail house, its double close funding and the other wholesalers its deals' splits are paid to.
Each with a near case that keeps its reading."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bizaudit.explain.report import profile_report
from bizaudit.io.checker import Options, audit_of
from bizaudit.model.profile import Profile

from .conftest import answer_in


@pytest.mark.parametrize(
    ("vertical", "name", "expected"),
    [
        # Click2Mail prints and mails a campaign's letters: direct mail, how it finds sellers
        (None, "Mail house - Click2Mail", ("marketing", "acquire")),
        ("real-estate", "Mail house - Click2Mail", ("marketing", "acquire")),
        (None, "Mailhouse (yellow letters)", ("marketing", "acquire")),
        # the A-B purchase of a double close is the deal's cost, as transactional funding is
        (None, "Double close funding", ("cost-of-sales", None)),
        ("real-estate", "Double closing costs", ("cost-of-sales", None)),
        # the split paid to the other wholesalers on a deal is that deal's cost
        ("real-estate", "JV wholesalers", ("cost-of-sales", None)),
        ("real-estate", "JV wholesaler split (50%)", ("cost-of-sales", None)),
        # ...and a JV partner's marketing stays marketing (AU8's near case)
        ("real-estate", "JV partner marketing", ("marketing", "acquire")),
        # near cases: a mail room's supplies (read by 'supplies') and a funding fee keep
        # their readings; "mail" alone is no mail house
        (None, "Mail room supplies", ("cost-of-sales", None)),
        (None, "Transactional funding fee", ("cost-of-sales", None)),
    ],
)
def test_the_rounds_unread_names(
    vertical: str | None, name: str, expected: tuple[str, str | None]
) -> None:
    assert answer_in(vertical, name) == expected


def test_the_mail_house_joins_the_direct_mail_channel() -> None:
    """A wholesaler's postcards ($18,000) and the letters its mail house sends ($12,000) are
    one direct mail channel, priced on the 15 deals its sellers named: 30,000 ÷ 15 = $2,000."""
    profile = Profile.model_validate(
        {
            "version": 1,
            "business": {"name": "Keystone Home Buyers", "industry": "real-estate"},
            "revenue": 600000,
            "activities": [
                {"name": "Postcards to absentee owners", "spend": 18000},
                {"name": "Mail house - Click2Mail", "spend": 12000},
                {"name": "Title and closing", "spend": 40000},
            ],
            "customers": {"new": 15, "sources": {"direct mail": 15}},
        }
    )
    report = profile_report(audit_of(profile, Options()))
    [mail] = [c for c in report.channels if c.name == "Direct mail"]
    assert (mail.spend, mail.customers, mail.cac) == (Decimal(30000), 15, Decimal(2000))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # AW6 of the fifty-fifth round's review: airtime by a ledger's words
        ("6010 TV - local spots (Univision)", ("marketing", "acquire")),
        ("Telemundo spots", ("marketing", "acquire")),
        # near case: a spot that is no airtime keeps its reading
        ("Parking spots", ("operations", None)),
    ],
)
def test_local_tv_spots_are_tv_advertising(name: str, expected: tuple[str, str | None]) -> None:
    assert answer_in("legal", name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # AW10 of the fifty-fifth round's review: a review held for the client of its plan is
        # no customer's review shown to new ones; it keeps the client in touch, as the reviewer
        # read it (retain, not grow: reworked for the rest of AW10, tests/test_review56a.py,
        # where BA104 had said nothing kept the estate firm's clients beside this mailer)
        ("6060 Estate plan review mailer - existing clients", ("marketing", "retain")),
        # near case: reviews asked of past clients still win new ones
        ("Review request emails to past clients", ("marketing", "retain")),
    ],
)
def test_a_plan_review_sent_to_existing_clients(name: str, expected: tuple[str, str]) -> None:
    assert answer_in("legal", name) == expected
