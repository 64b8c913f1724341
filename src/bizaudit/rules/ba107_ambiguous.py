"""BA107: an activity whose name points two ways."""

from __future__ import annotations

from collections.abc import Iterator

from bizaudit.metrics import Facts
from bizaudit.policy import EffectivePolicy
from bizaudit.rules.base import Hit, Rule


class Ambiguous(Rule):
    """An activity whose name matches terms of different categories or purposes equally well.

    Why it matters: the classifier picked one reading, but the other may be right ("CRM and
    newsletter" is sales by one word and marketing by another).

    How to fix: state its kind and purpose on the activity, or split it into two activities.
    """

    id = "BA107"
    name = "ambiguous-activity"
    severity = "info"
    summary = "An activity's name points to more than one category"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        for item in facts.activities:
            if item.classification.confidence == "low":
                yield Hit(
                    f"{item.activity.name!r} is ambiguous: {item.classification.reason}",
                    "state its kind and purpose, or split it into two activities",
                    item.line,
                    subject=item.activity.name,
                )
