"""Customer economics in words: each figure's formula with the profile's own numbers, or what
the profile would need for it."""

from __future__ import annotations

from decimal import Decimal

from bizaudit.core.economics import Cac, Economics, Ltv, Margin, Missing, Payback, Ratio
from bizaudit.explain.numbers import format_money, format_percent, plural, rounded

__all__ = ["Basis", "cents"]

_MISSING: dict[Missing, str] = {
    "new-customers": "no new customers in the profile (customers.new)",
    "average-revenue": "needs customers.average_revenue (and gross_margin, churn_rate)",
    "churn": "needs customers.churn_rate or retention_rate",
    "no-churn": "a churn of 0% means customers never leave: lifetime has no bound",
    "ltv-and-cac": "needs both LTV and a CAC above zero",
    "cac-and-revenue": "needs a CAC and customers.average_revenue",
}


def cents(amount: Decimal) -> Decimal:
    """Money as the economics show it: to the cent."""
    return rounded(amount, 2)


class Basis:
    """The basis lines of one profile's economics, in its currency."""

    def __init__(self, currency: str) -> None:
        self.currency = currency

    def money(self, amount: Decimal) -> str:
        return format_money(cents(amount), self.currency)

    def margin(self, margin: Margin) -> str:
        if margin.gross_margin is None:
            return f"{self.money(margin.average_revenue)} revenue (no gross_margin given)"
        return (
            f"{self.money(margin.average_revenue)} × {format_percent(margin.gross_margin)} margin"
        )

    def cac(self, cac: Cac) -> str:
        if cac.missing:
            return _MISSING[cac.missing]
        return (
            f"({self.money(cac.acquire)} acquisition marketing + {self.money(cac.sales)} sales)"
            f" ÷ {plural(cac.new_customers, 'new customer')}"
        )

    def ltv(self, ltv: Ltv) -> str:
        if ltv.stated:
            return "lifetime_value stated in the profile"
        if ltv.missing or ltv.margin is None or ltv.churn is None:
            return _MISSING[ltv.missing or "average-revenue"]
        return f"{self.margin(ltv.margin)} ÷ {format_percent(ltv.churn)} churn per period"

    def ratio(self, ratio: Ratio) -> str:
        if ratio.missing or ratio.ltv is None or ratio.cac is None:
            return _MISSING[ratio.missing or "ltv-and-cac"]
        return f"{self.money(ratio.ltv)} LTV ÷ {self.money(ratio.cac)} CAC"

    def payback(self, payback: Payback) -> str:
        if payback.missing or payback.cac is None or payback.margin is None:
            return _MISSING[payback.missing or "cac-and-revenue"]
        return (
            f"{self.money(payback.cac)} CAC ÷ ({self.margin(payback.margin)} ÷ "
            f"{payback.months} months)"
        )

    def all(self, economics: Economics) -> tuple[str, str, str, str]:
        """CAC, LTV, LTV ÷ CAC and payback, in that order."""
        return (
            self.cac(economics.cac),
            self.ltv(economics.ltv),
            self.ratio(economics.ltv_to_cac),
            self.payback(economics.payback_months),
        )
