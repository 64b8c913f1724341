"""BA106: an activity the classifier could not place."""

from __future__ import annotations

from collections.abc import Iterator

from bizaudit.core.metrics import Facts
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.policy import EffectivePolicy


class Unclassified(Rule):
    """An activity whose name the classifier could not place.

    Why it matters: the audit counts it as operations, which is wrong if it is really
    marketing or sales, and every share in the report depends on it.

    How to fix: state its kind on the activity, e.g. `kind: marketing` and `purpose: acquire`.
    The finding names the known term nearest to the name (rapidfuzz's WRatio, 85 or more)
    and its kind as the other likely answer. Operations comes first because it is the likelier:
    of the 254 names of the build part (2,558 then) that no term placed, 205 are operations, while
    the nearest term's kind was right for 53 of the 146 that had one that near (36%; measured
    2026-12-01; at a looser 70, 80 of 220 with suggestions such as 'cross sell' for "Shell").
    `bizaudit classify "NAME"` shows how a name is read.
    """

    id = "BA106"
    name = "unclassified-activity"
    severity = "warning"
    summary = "An activity could not be classified"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        for item in facts.activities:
            if item.classification.confidence == "none":
                yield Hit(
                    figures=item.classification.nearest,
                    at=("activities", item.position),
                    subject=item.activity.name,
                )
