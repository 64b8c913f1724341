"""BA202: customers are worth far more than they cost to win: room to invest."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from bizaudit.core.economics import LTV_TO_CAC_CEILING, Ratio
from bizaudit.core.metrics import Facts
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.policy import EffectivePolicy


class HighRatio(NamedTuple):
    figure: Ratio


class LtvCacHigh(Rule):
    """Customers are worth more than five times what they cost to win (LTV:CAC over 5).

    Why it matters: it sounds like good news, and it is, but a ratio far above 5 often means
    the business spends too little on acquisition and grows slower than it could (David Skok).

    How it is computed: as for BA201, LTV ÷ CAC.

    How to fix: test spending more on the channels that bring customers, and watch the ratio
    as you do; it can fall towards 3 and still pay back.
    """

    id = "BA202"
    name = "ltv-cac-high"
    severity = "info"
    summary = "Lifetime value is over 5× the cost of acquiring a customer: room to invest"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        ratio = facts.economics.ltv_to_cac.value
        if ratio is None or ratio <= LTV_TO_CAC_CEILING:
            return
        yield Hit(
            HighRatio(figure=facts.economics.ltv_to_cac),
            at=("customers",),
        )
