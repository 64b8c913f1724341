"""BA105: the owner spends too little of their week on marketing."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from bizaudit.amounts import at_least, format_limit, format_percent_beside
from bizaudit.metrics import Facts
from bizaudit.policy import EffectivePolicy
from bizaudit.rules.base import Hit, Rule


class OwnerTime(Rule):
    """The owner spends too little of their working week on marketing.

    Why it matters: in a small business the owner's time is the scarcest resource. An owner who
    spends the week delivering the work and gives marketing what is left ends up with an empty
    pipeline when the current jobs finish.

    How it is computed: `owner_hours.marketing` divided by all the hours listed under
    `owner_hours`. Not checked when the profile has no `owner_hours`.

    How to fix: block regular time for marketing in the calendar, and hand some delivery or
    admin to others to make room for it.

    Configure: `policy: {min_owner_marketing_time: 15%}`. Default 10%.
    """

    id = "BA105"
    name = "owner-marketing-time-low"
    severity = "warning"
    summary = "The owner spends too little time on marketing"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        hours = facts.profile.owner_hours
        minimum = policy.min_owner_marketing_time.value
        share = facts.owner_marketing_time_share
        if hours is None or share is None or hours.marketing >= minimum * hours.total:
            return
        yield Hit(
            f"the owner spends {format_percent_beside(share, minimum)} "
            "of their week "
            f"on marketing ({_hours(hours.marketing)} of {_hours(hours.total)} hours), "
            f"under the {format_limit(minimum)} minimum",
            f"block at least {_hours(at_least(minimum * hours.total, '0.1'))} hours a week "
            "for marketing",
            facts.locate(("owner_hours", "marketing")),
        )


def _hours(value: Decimal) -> str:
    """Hours as written: 6 → "6", 62.5 → "62.5", 4.98 → "4.98" (rounded, 4.98 of 50 hours
    would read as the 10% it falls short of)."""
    return format(value.normalize(), "f")
