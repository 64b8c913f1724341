"""What a rule is: an ID, a default severity, user documentation, and a check over the facts.

A rule finds; it does not speak. Each finding is a :class:`Hit` holding the figures it was
found from (a NamedTuple of the rule's own), and the explain layer turns it into a message
and advice (``bizaudit.explain.findings``), so that every output says it in the same words.
"""

from __future__ import annotations

import inspect
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from typing import Any, ClassVar, Literal

from bizaudit.core.metrics import Facts
from bizaudit.model.policy import EffectivePolicy
from bizaudit.model.positions import Loc
from bizaudit.model.tuples import NamedTuple
from bizaudit.model.vocab import Severity

__all__ = ["Hit", "Pull", "Rule", "lines_in_trade"]


Pull = Literal["more", "less"]


class Hit(NamedTuple):
    """One thing a rule found: ``figures`` it was found from (the rule's own NamedTuple, or
    None), ``at`` where in the profile it is about, ``severity`` when it is not the rule's
    default, ``subject`` what it is about when a rule can fire more than once, and ``pulls``
    which way its advice moves marketing spend, if any: the findings of one report never pull
    both ways (a property test checks it)."""

    figures: Any = None
    at: Loc | None = None
    severity: Severity | None = None
    subject: str | None = None
    pulls: Pull | None = None


class Rule(ABC):
    """A check with a stable ID. The subclass docstring is the text ``bizaudit rule ID`` shows."""

    id: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]
    summary: ClassVar[str]

    @abstractmethod
    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        """Yield what is wrong; yield nothing when the profile passes or the rule does not apply."""

    @classmethod
    def documentation(cls) -> str:
        return inspect.cleandoc(cls.__doc__ or cls.summary)


def lines_in_trade(facts: Facts, trade: str, says: Callable[[str], bool]) -> Iterator[Hit]:
    """A hit on each line with spend, in a profile the vertical ``trade`` reads, whose name or
    note ``says`` what a trade's own rule forbids (BA124's loan officers paid on the loan's
    terms, BA127's commissions from attest clients); none in other trades."""
    rules = facts.read_by
    if rules is None or rules.id != trade:
        return  # most profiles
    for item in facts.activities:
        text = f"{item.activity.name} {item.activity.note or ''}"
        if item.activity.spend > 0 and says(text):
            yield Hit(None, at=("activities", item.position), subject=item.activity.name)
