"""Thresholds in force for an audit, and where each one came from.

Layers are applied lowest first, so a later layer wins: defaults, then (as they are given)
pyproject, profile, environment and command line.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from bizaudit.profile import Policy

__all__ = ["DEFAULTS", "EffectivePolicy", "Source", "Threshold", "resolve"]

Source = Literal["default", "pyproject", "profile", "env", "cli"]

#: Defaults and why: DOMAIN.md's benchmarks put marketing at roughly 6-11% of revenue, and an
#: owner who spends under a tenth of the week on marketing is "doing the work and hoping".
DEFAULTS = Policy(
    min_marketing_share=Decimal("0.10"),
    max_referral_share=Decimal("0.50"),
    min_owner_marketing_time=Decimal("0.10"),
)


@dataclass(frozen=True, slots=True)
class Threshold:
    value: Decimal
    source: Source

    @property
    def is_default(self) -> bool:
        return self.source == "default"


@dataclass(frozen=True, slots=True)
class EffectivePolicy:
    """The thresholds an audit applies; ``strict`` makes warnings fail the gate too."""

    min_marketing_share: Threshold
    max_referral_share: Threshold
    min_owner_marketing_time: Threshold
    strict: bool = False


def resolve(
    layers: Iterable[tuple[Source, Policy | None]], *, strict: bool = False
) -> EffectivePolicy:
    """Merge policy layers over the defaults; the last layer that sets a threshold wins."""
    chosen: dict[str, Threshold] = {
        name: Threshold(value, "default")
        for name, value in DEFAULTS.model_dump().items()
        if value is not None
    }
    for source, policy in layers:
        if policy is None:
            continue
        # Only thresholds: a layer may be a richer model (pyproject also holds strict, classify).
        for name in policy.model_fields_set & chosen.keys():
            value = getattr(policy, name)
            if value is not None:
                chosen[name] = Threshold(value, source)
    return EffectivePolicy(strict=strict, **chosen)
