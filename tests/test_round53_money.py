"""Findings of the fifty-third review round (2026-12-07) on money that is not a cost: a charter
company's customer deposits for future trips (AS10), a real estate wholesaler's earnest money
(AS5), a dance studio's fees collected from families (AS7). Each expected figure is worked by
hand in the test's docstring."""

from __future__ import annotations

from typing import Any

import pytest

from bizaudit.core.financing import held_not_spent

from .conftest import RunCli, WriteProfile
from .test_round47 import _json


def _found(report: dict[str, Any], rule: str) -> list[dict[str, Any]]:
    return [f for f in report["findings"] if f["rule"] == rule]


_CHARTER = """
    version: 1
    business: {name: Summit Charter & Limousine LLC, industry: hospitality, period: FY2026}
    revenue: 1800000
    activities:
      - {name: 5010 Drvr wgs, spend: 520000}
      - {name: 5020 Diesel, spend: 260000}
      - {name: 5030 R&M fleet, spend: 140000}
      - {name: 5040 Fleet ins, spend: 120000}
      - {name: 5050 Tolls/parking, spend: 18000}
      - {name: 6010 Goog ads, spend: 30000}
      - {name: 6020 TA comms 10%, spend: 40000}
      - {name: 6030 Concierge comm, spend: 15000}
      - {name: 6040 BusBank fees, spend: 20000}
      - {name: 6050 GetTransfer fees, spend: 12000}
      - {name: 2300 Cust deposits - future trips, spend: 250000}
      - {name: 6100 Rent, spend: 36000}
      - {name: 6110 UCR/FMCSA, spend: 2000}
      - {name: 6120 Sales mgr, spend: 75000}
    customers: {new: 400, sources: {goog: 90, TA: 60}}
    """


def test_a_charter_companys_deposits_for_future_trips_are_no_cost(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AS10: "2300 Cust deposits - future trips" ($250,000) had been an unknown operations
    line (BA106), counted as a cost.

    Costs 520,000 + 260,000 + 140,000 + 120,000 + 18,000 + 30,000 + 40,000 + 15,000 +
    20,000 + 12,000 + 250,000 + 36,000 + 2,000 + 75,000 = 1,538,000; operating profit
    1,800,000 - 1,538,000 = 262,000 (262 / 1,800 = 14.6%). Without the deposits, a contract
    liability (ASC 606-10-45-2): 262,000 + 250,000 = 512,000 (512 / 1,800 = 28.4%)."""
    report = _json(run_cli, write_profile, _CHARTER)
    messages = {f["subject"]: f["message"] for f in _found(report, "BA116")}
    deposits = messages["2300 Cust deposits - future trips"]
    assert "customers' deposits for trips or services not yet performed" in deposits
    assert "$262,000 (14.6% of revenue) with it, $512,000 (28.4%) without it" in deposits
    assert not [f for f in _found(report, "BA106") if "2300" in f["message"]]


@pytest.mark.parametrize(
    "name",
    [
        "2300 Cust deposits - future trips",
        "Deposits for future trips",
        "Customer deposits for future trips",
        "Deposits held for future charters",
        "Unearned revenue - deposits",
        "Deferred revenue",
        "2310 Deposits - charters",
    ],
)
def test_customers_deposits_for_service_not_yet_performed_are_held(name: str) -> None:
    """AS10: each names customers' money for a trip or service not yet run, a contract
    liability (ASC 606-10-45-2), BA116's "in trust"."""
    assert held_not_spent(name) == "in trust"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Refunds of deposits for cancelled trips", None),  # given back: contra-revenue
        ("Deposits forfeited on future trips", None),  # earned
        ("Deferred income tax", None),  # a tax
        ("Security deposit on office lease", None),  # the business's own
        ("2000 Advertising", None),  # a 2xxx number alone says nothing
        ("2300 Deposits refunded", None),
        ("Deposit to co-packer for Q1 2026 PO", "deposit"),  # paid to a supplier, as before
    ],
)
def test_near_deposit_names_keep_their_reading(name: str, kind: str | None) -> None:
    """AS10's near names: what they were read as before."""
    assert held_not_spent(name) == kind
