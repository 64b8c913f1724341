"""BA203: the cost of winning a customer takes over 12 months to earn back."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from bizaudit.core.economics import PAYBACK_MONTHS_MAXIMUM, Payback
from bizaudit.core.metrics import Facts
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.policy import EffectivePolicy


class SlowPayback(NamedTuple):
    figure: Payback


class PaybackSlow(Rule):
    """The cost of winning a customer takes more than 12 months to earn back.

    Why it matters: until a customer has paid back what it cost to win them, growth consumes
    cash. A small business that waits over a year for that money can run short while growing.

    How it is computed: CAC ÷ (`average_revenue` × `gross_margin` ÷ months in the period). The
    period is 12 months unless `business.months` says otherwise.

    How to fix: ask for more up front (deposits, annual plans), raise margins, or win
    customers more cheaply.
    """

    id = "BA203"
    name = "cac-payback-slow"
    severity = "warning"
    summary = "Acquisition cost takes over 12 months to earn back"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        months = facts.economics.payback_months.value
        if months is None or months <= PAYBACK_MONTHS_MAXIMUM:
            return
        yield Hit(
            SlowPayback(figure=facts.economics.payback_months),
            at=("customers", "average_revenue"),
        )
