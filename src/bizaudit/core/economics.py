"""Customer economics: CAC, lifetime value, LTV:CAC and CAC payback, when the profile has the data.

* CAC (cost to acquire a customer) = (marketing spend on acquire + sales spend) ÷ new customers.
* Margin per customer per period = ``average_revenue`` × ``gross_margin`` (without a gross
  margin, revenue is used and the basis says so).
* LTV (lifetime value) = ``lifetime_value`` when given; otherwise margin per period ÷ churn per
  period, where churn = ``churn_rate`` or 1 − ``retention_rate`` (a customer who is lost with
  probability c each period stays 1/c periods on average).
* LTV:CAC = LTV ÷ CAC. Rules of thumb (David Skok): at least 3; far above 5 often means
  under-spending on acquisition.
* CAC payback (months) = CAC ÷ (margin per period ÷ months in the period).

Every figure keeps its operands, so the explain layer can show the formula with the profile's
own numbers; a figure is ``None`` when its inputs are missing, and ``missing`` says which.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal, NamedTuple

from bizaudit.model.profile import Profile

__all__ = [
    "LTV_TO_CAC_CEILING",
    "LTV_TO_CAC_MINIMUM",
    "PAYBACK_MONTHS_MAXIMUM",
    "Cac",
    "Economics",
    "Ltv",
    "Margin",
    "Missing",
    "Payback",
    "Ratio",
    "compute",
]

# The rules of thumb above, used by the rules (BA201-BA203) and shown beside the figures.
LTV_TO_CAC_MINIMUM = Decimal(3)
LTV_TO_CAC_CEILING = Decimal(5)
PAYBACK_MONTHS_MAXIMUM = Decimal(12)

Missing = Literal[
    "new-customers",  # no new customers in the profile
    "average-revenue",  # LTV needs customers.average_revenue
    "churn",  # LTV needs churn_rate or retention_rate
    "no-churn",  # a churn of 0%: lifetime has no bound
    "ltv-and-cac",  # the ratio needs both
    "cac-and-revenue",  # payback needs a CAC and average revenue
]


class Margin(NamedTuple):
    """Gross profit from one customer in one period."""

    average_revenue: Decimal
    gross_margin: Decimal | None  # None: not given, and revenue stands in for margin

    @property
    def value(self) -> Decimal:
        rate = self.gross_margin if self.gross_margin is not None else Decimal(1)
        return self.average_revenue * rate


class Cac(NamedTuple):
    value: Decimal | None
    acquire: Decimal  # marketing spend on acquire
    sales: Decimal
    new_customers: int
    missing: Missing | None = None


class Ltv(NamedTuple):
    value: Decimal | None
    stated: bool  # customers.lifetime_value was given
    margin: Margin | None
    churn: Decimal | None
    missing: Missing | None = None


class Ratio(NamedTuple):
    value: Decimal | None
    ltv: Decimal | None
    cac: Decimal | None
    missing: Missing | None = None


class Payback(NamedTuple):
    value: Decimal | None
    cac: Decimal | None
    margin: Margin | None
    months: int
    missing: Missing | None = None


class Economics(NamedTuple):
    cac: Cac
    ltv: Ltv
    ltv_to_cac: Ratio
    payback_months: Payback


def compute(profile: Profile, *, acquire: Decimal, sales: Decimal, sourced: int) -> Economics:
    """The economics of a profile, given its acquisition and sales spend and the customers
    its sources account for (used when ``customers.new`` is not given)."""
    customers = profile.customers
    new = customers.new if customers and customers.new is not None else sourced
    if new:
        cac = Cac((acquire + sales) / new, acquire, sales, new)
    else:
        cac = Cac(None, acquire, sales, new, "new-customers")

    margin = None
    if customers and customers.average_revenue is not None:
        margin = Margin(customers.average_revenue, customers.gross_margin)

    churn: Decimal | None = None
    if customers and customers.churn_rate is not None:
        churn = customers.churn_rate
    elif customers and customers.retention_rate is not None:
        churn = 1 - customers.retention_rate

    if customers and customers.lifetime_value is not None:
        ltv = Ltv(customers.lifetime_value, True, margin, churn)
    elif margin is None:
        ltv = Ltv(None, False, None, churn, "average-revenue")
    elif churn is None:
        ltv = Ltv(None, False, margin, None, "churn")
    elif churn == 0:
        ltv = Ltv(None, False, margin, churn, "no-churn")
    else:
        ltv = Ltv(margin.value / churn, False, margin, churn)

    if ltv.value is not None and cac.value:
        ratio = Ratio(ltv.value / cac.value, ltv.value, cac.value)
    else:
        ratio = Ratio(None, ltv.value, cac.value, "ltv-and-cac")

    months = profile.business.months
    if cac.value is not None and margin is not None and margin.value:
        payback = Payback(cac.value / (margin.value / months), cac.value, margin, months)
    else:
        payback = Payback(None, cac.value, margin, months, "cac-and-revenue")
    return Economics(cac, ltv, ratio, payback)
