"""BA107: an activity whose name points two ways."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from bizaudit.core.classify import SPELLING_READ
from bizaudit.core.metrics import Facts
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.policy import EffectivePolicy


class Ambiguity(NamedTuple):
    reason: str  # the classifier's own account of the readings
    #: read through a close spelling ("photographer" as "photography"), not two known terms
    spelling: bool = False


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
                    Ambiguity(
                        item.classification.reason,
                        item.classification.reason.startswith(SPELLING_READ),
                    ),
                    at=("activities", item.position),
                    subject=item.activity.name,
                )
