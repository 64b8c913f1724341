"""Merge the policy layers into the thresholds an audit applies.

Layers are applied lowest first, so a later layer wins: defaults, then (as they are given)
pyproject, profile, environment and command line.
"""

from __future__ import annotations

from collections.abc import Iterable

from bizaudit.model.policy import DEFAULTS, EffectivePolicy, Source, Threshold
from bizaudit.model.profile import Policy

__all__ = ["resolve"]


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
