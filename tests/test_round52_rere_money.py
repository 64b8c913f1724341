"""Findings of the fifty-second round's re-review (2026-12-07) on other people's money and
income listed as spent: money collected for others in more wordings (AP4), one margin for one
profit (AP5), and income a store earns as an agent (AP7). Each expected figure is worked by
hand in the test's docstring."""

from __future__ import annotations

from typing import Any

import pytest

from bizaudit.core.financing import held_not_spent

from .conftest import RunCli, WriteProfile
from .test_round47 import _json


def _found(report: dict[str, Any], rule: str) -> list[dict[str, Any]]:
    return [f for f in report["findings"] if f["rule"] == rule]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        # AP4: the reviewer's wordings
        ("Homeowner rent disbursements", "collected"),
        ("Remittances to physician groups", "collected"),
        ("Collections forwarded to practices", "collected"),
        ("Disbursements to homeowners", "collected"),
        ("Landlords' rental payouts", "collected"),
        ("Collections paid over to providers", "collected"),
        # a law firm's clients' money paid out of trust: in trust, as round 45 reads IOLTA
        ("Client trust disbursements", "in trust"),
        ("IOLTA deposits paid out", "in trust"),
        # the wording that already worked
        ("Remittances to property owners", "collected"),
        # near names that must not move: the business's own rent, dues, a collection agency's
        # fee, a tax (its own reading), the owner's draw, a refund or a referral to a client
        ("Rent", None),
        ("Rent paid to landlord", None),
        ("Rent remitted to landlord", None),
        ("Physician group dues", None),
        ("Collections agency fees", None),
        ("Remitted sales tax", "pass-through"),
        ("Owner distributions", None),
        ("Distributions to owners", None),
        ("Refunds remitted to clients", None),
        ("Referral bonus paid to clients", None),
        ("Payments to providers", None),
        ("Trust account bank fees", None),
        ("Client trust account software", None),
    ],
)
def test_money_collected_for_others_in_other_words(name: str, kind: str | None) -> None:
    """AP4: money remitted, disbursed, forwarded or paid over to the owners, practices,
    physicians, providers or clients it was collected for is theirs, whatever the wording."""
    assert held_not_spent(name) == kind


def test_a_managers_homeowner_rent_disbursements_are_the_owners_money(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AP4: "Homeowner rent disbursements" ($2,000,000) had read as the manager's own 'rent',
    no finding, and its margin of fees as thin (AO5 again).

    Revenue 2,600,000; costs 2,000,000 + 300,000 (cleaners) + 100,000 (office) + 40,000 (ads) =
    2,440,000; profit 160,000: 160 / 2,600 = 6.2% of revenue with the disbursements; without
    them in revenue and costs both, 160 / (2,600 - 2,000 = 600) = 26.7%."""
    report = _json(
        run_cli,
        write_profile,
        """
        version: 1
        business: {name: Coastal Vacation Rental Management, industry: real-estate}
        revenue: 2600000
        activities:
          - {name: Homeowner rent disbursements, spend: 2000000}
          - {name: Housekeeping and cleaners, spend: 300000}
          - {name: Office rent, spend: 100000}
          - {name: Guest Google Ads, spend: 40000}
        """,
    )
    messages = {f["subject"]: f["message"] for f in _found(report, "BA116")}
    line = messages["Homeowner rent disbursements"]
    assert "money collected for others and paid over to them" in line
    assert "6.2% of revenue with it, 26.7% of $600,000 without it" in line
    assert not any("thin" in f["message"] for f in _found(report, "BA115"))
