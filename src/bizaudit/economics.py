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

Every figure is ``None`` when its inputs are missing, with a basis that says what is missing.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from bizaudit.amounts import format_money, format_percent, plural
from bizaudit.metrics import Facts

__all__ = [
    "LTV_TO_CAC_CEILING",
    "LTV_TO_CAC_MINIMUM",
    "PAYBACK_MONTHS_MAXIMUM",
    "Economics",
    "compute",
]

# The rules of thumb above, used by the rules (BA201-BA203) and shown beside the figures.
LTV_TO_CAC_MINIMUM = Decimal(3)
LTV_TO_CAC_CEILING = Decimal(5)
PAYBACK_MONTHS_MAXIMUM = Decimal(12)


@dataclass(frozen=True, slots=True)
class Figure:
    value: Decimal | None
    basis: str  # the formula with the profile's numbers, or what is missing


@dataclass(frozen=True, slots=True)
class Economics:
    cac: Figure
    ltv: Figure
    ltv_to_cac: Figure
    payback_months: Figure


def compute(facts: Facts) -> Economics:
    profile = facts.profile
    currency = profile.business.currency
    customers = profile.customers

    def money(amount: Decimal) -> str:
        return format_money(amount.quantize(Decimal("0.01")), currency)

    acquire = facts.marketing_by_purpose["acquire"] + facts.spend["sales"]
    new = customers.new if customers and customers.new is not None else facts.sourced_customers
    if new:
        cac = Figure(
            acquire / new,
            f"({money(facts.marketing_by_purpose['acquire'])} acquisition marketing + "
            f"{money(facts.spend['sales'])} sales) ÷ {plural(new, 'new customer')}",
        )
    else:
        cac = Figure(None, "no new customers in the profile (customers.new)")

    margin: Decimal | None = None
    margin_text = ""
    if customers and customers.average_revenue is not None:
        rate = customers.gross_margin if customers.gross_margin is not None else Decimal(1)
        margin = customers.average_revenue * rate
        margin_text = (
            f"{money(customers.average_revenue)} × {format_percent(rate)} margin"
            if customers.gross_margin is not None
            else f"{money(customers.average_revenue)} revenue (no gross_margin given)"
        )

    churn: Decimal | None = None
    if customers and customers.churn_rate is not None:
        churn = customers.churn_rate
    elif customers and customers.retention_rate is not None:
        churn = 1 - customers.retention_rate

    if customers and customers.lifetime_value is not None:
        ltv = Figure(customers.lifetime_value, "lifetime_value stated in the profile")
    elif margin is None:
        ltv = Figure(None, "needs customers.average_revenue (and gross_margin, churn_rate)")
    elif churn is None:
        ltv = Figure(None, "needs customers.churn_rate or retention_rate")
    elif churn == 0:
        ltv = Figure(None, "a churn of 0% means customers never leave: lifetime has no bound")
    else:
        ltv = Figure(margin / churn, f"{margin_text} ÷ {format_percent(churn)} churn per period")

    if ltv.value is not None and cac.value:
        ratio = Figure(ltv.value / cac.value, f"{money(ltv.value)} LTV ÷ {money(cac.value)} CAC")
    else:
        ratio = Figure(None, "needs both LTV and a CAC above zero")

    months = profile.business.months
    if cac.value is not None and margin:
        payback = Figure(
            cac.value / (margin / months),
            f"{money(cac.value)} CAC ÷ ({margin_text} ÷ {months} months)",
        )
    else:
        payback = Figure(None, "needs a CAC and customers.average_revenue")
    return Economics(cac, ltv, ratio, payback)
