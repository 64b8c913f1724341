"""BA106: an activity the classifier could not place."""

from __future__ import annotations

from collections.abc import Iterator

from bizaudit.metrics import Facts
from bizaudit.policy import EffectivePolicy
from bizaudit.rules.base import Hit, Rule


class Unclassified(Rule):
    """An activity whose name the classifier could not place.

    Why it matters: the audit counts it as operations, which is wrong if it is really
    marketing or sales, and every share in the report depends on it.

    How to fix: state its kind on the activity, e.g. `kind: marketing` and `purpose: acquire`.
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
                    f"could not tell what {item.activity.name!r} is for; counted as operations",
                    "state its kind, e.g. 'kind: marketing' with 'purpose: acquire'",
                    item.line,
                    subject=item.activity.name,
                )
