"""The 0-100 score: a weighted sum of five components, each earned from 0 to 1.

| component                | weight | earned                                                    |
|--------------------------|--------|-----------------------------------------------------------|
| marketing investment     | 40     | marketing share of revenue ÷ minimum, at most 1 (*)       |
| referral independence    | 20     | (1 − referral share) ÷ (1 − maximum referral share), ≤ 1   |
| predictable acquisition  | 20     | funded recurring acquisition channels ÷ 2, at most 1      |
| retention                | 10     | 1 when anything is spent on retention, else 0             |
| owner time               | 10     | owner marketing time share ÷ minimum, at most 1           |

(*) Before there is any revenue, marketing's share of all spend stands in for its share of
revenue. A component without data (no customer sources, no owner hours) is left out and the
others are scaled up to 100, so missing data neither helps nor hurts. The score is rounded half
up to a whole number.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Literal, NamedTuple

from bizaudit.core.metrics import Facts
from bizaudit.model.policy import EffectivePolicy

__all__ = ["CHANNELS_FOR_FULL_MARKS", "Component", "components", "score"]

CHANNELS_FOR_FULL_MARKS = 2

Name = Literal[
    "marketing investment",
    "referral independence",
    "predictable acquisition",
    "retention",
    "owner time",
]


class Component(NamedTuple):
    """One part of the score, and the figure and limit it was earned from."""

    name: Name
    weight: int
    earned: Decimal | None  # 0..1, None when there is no data
    value: Decimal | None  # the figure: a share, a count of channels, retention spend
    limit: Decimal | None  # what earns full marks (a minimum or maximum)
    base: Literal["revenue", "spend"] | None = None  # what a share is of


def _ratio(value: Decimal | None, target: Decimal) -> Decimal | None:
    if value is None:
        return None
    if target <= 0:
        return Decimal(1)
    return min(value / target, Decimal(1))


def components(facts: Facts, policy: EffectivePolicy) -> list[Component]:
    """Each part of the score with the figure it was earned from."""
    minimum = policy.min_marketing_share.value
    max_referral = policy.max_referral_share.value
    min_owner = policy.min_owner_marketing_time.value
    referral = facts.referral_share
    channels = Decimal(len(facts.channels))
    retain = facts.marketing_by_purpose["retain"]
    base: Literal["revenue", "spend"]
    if facts.revenue > 0:
        invested, base = facts.marketing_share_of_revenue, "revenue"
    else:  # no revenue yet: the share of spend is the best measure of intent there is
        invested, base = facts.marketing_share_of_spend, "spend"
    return [
        Component("marketing investment", 40, _ratio(invested, minimum), invested, minimum, base),
        Component(
            "referral independence",
            20,
            None if referral is None else _ratio(1 - referral, 1 - max_referral),
            referral,
            max_referral,
        ),
        Component(
            "predictable acquisition",
            20,
            min(channels / CHANNELS_FOR_FULL_MARKS, Decimal(1)),
            channels,
            Decimal(CHANNELS_FOR_FULL_MARKS),
        ),
        Component(
            "retention",
            10,
            (Decimal(1) if retain > 0 else Decimal(0)) if facts.revenue > 0 else None,
            retain,
            None,
        ),
        Component(
            "owner time",
            10,
            _ratio(facts.owner_marketing_time_share, min_owner),
            facts.owner_marketing_time_share,
            min_owner,
        ),
    ]


def score(parts: list[Component]) -> int:
    """Weighted score from 0 to 100 over the components that have data."""
    known = [c for c in parts if c.earned is not None]
    weight = sum(c.weight for c in known)
    if not weight:
        return 0
    earned = sum((c.weight * c.earned for c in known if c.earned is not None), Decimal(0))
    value = int((100 * earned / weight).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    # 100 means every part fully earned: 99.8 rounds to 99, not to a perfect score.
    return 99 if value == 100 and earned < weight else value
