"""Merge the policy layers into the thresholds an audit applies.

Layers are applied lowest first, so a later layer wins: defaults, then (as they are given)
pyproject, profile, environment and command line.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from bizaudit.core.benchmarks import for_sector
from bizaudit.model.policy import DEFAULTS, EffectivePolicy, Source, Threshold
from bizaudit.model.profile import Policy
from bizaudit.model.verticals import Vertical

__all__ = ["resolve"]

#: The defaults as thresholds, read once (a batch resolves a policy per profile).
_DEFAULT_THRESHOLDS: dict[str, Threshold] = {
    name: Threshold(Decimal(value), "default")
    for name, value in DEFAULTS.model_dump().items()
    if value is not None
}


def resolve(
    layers: Iterable[tuple[Source, Policy | None]],
    *,
    strict: bool = False,
    fail_on: frozenset[str] = frozenset(),
    vertical: Vertical | None = None,
    industry: str | None = None,
) -> EffectivePolicy:
    """Merge policy layers over the defaults; the last layer that sets a threshold wins. A
    declared vertical's low end is the default minimum marketing share, and its published
    referral share, where it has one, the maximum referral share; a declared sector's
    published figure is, where it is lower than the default (``industry``: the profile's
    ``business.industry``)."""
    chosen = dict(_DEFAULT_THRESHOLDS)
    if vertical is not None:
        chosen["min_marketing_share"] = Threshold(vertical.marketing.low, "industry")
        if vertical.referral_max is not None:  # the trade's own referral share (BH14)
            chosen["max_referral_share"] = Threshold(vertical.referral_max, "industry")
    elif (sector := for_sector(industry)) is not None and (
        sector.figure < chosen["min_marketing_share"].value
    ):
        # A minimum above the figure the report prints for the sector contradicted it: a
        # CFO's review (2026-12-02) saw an insurance agency and an auto shop, b2c services
        # at 6.0%, fail "Weak" under the 10% default (docs/domain.md).
        chosen["min_marketing_share"] = Threshold(sector.figure, "sector")
    for source, policy in layers:
        if policy is None:
            continue
        # Only thresholds: a layer may be a richer model (pyproject also holds strict, classify).
        for name in policy.model_fields_set & chosen.keys():
            value = getattr(policy, name)
            if value is not None:
                chosen[name] = Threshold(Decimal(value), source)
    return EffectivePolicy(strict=strict, fail_on=fail_on, **chosen)
