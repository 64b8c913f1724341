"""The thresholds an audit applies, and where each one came from."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from bizaudit.model.profile import Policy
from bizaudit.model.tuples import NamedTuple

__all__ = ["DEFAULTS", "EffectivePolicy", "Source", "Threshold"]

Source = Literal["default", "sector", "industry", "pyproject", "profile", "env", "cli"]

#: Defaults and why (docs/domain.md, with their sources): published surveys put marketing at
#: roughly 6-11% of revenue (a declared industry's own range replaces this minimum); past half
#: of new customers by referral, most growth waits on others (the project's rule); an owner
#: who spends under a tenth of the week on marketing, just above the 8% owners report, is
#: "doing the work and hoping" (the project's rule); a customer's value is counted over five
#: years at most, never as if they stayed forever.
DEFAULTS = Policy(
    min_marketing_share=Decimal("0.10"),
    max_referral_share=Decimal("0.50"),
    min_owner_marketing_time=Decimal("0.10"),
    ltv_horizon_years=5,
)


class Threshold(NamedTuple):
    value: Decimal
    source: Source

    @property
    def is_default(self) -> bool:
        return self.source == "default"


class EffectivePolicy(NamedTuple):
    """The thresholds an audit applies; ``strict`` makes warnings fail the gate too, and
    ``fail_on`` those of the rules it names (reported as errors)."""

    min_marketing_share: Threshold
    max_referral_share: Threshold
    min_owner_marketing_time: Threshold
    ltv_horizon_years: Threshold
    strict: bool = False
    fail_on: frozenset[str] = frozenset()
