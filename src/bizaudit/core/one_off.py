"""Operating costs the profile marks as one-offs: a lawsuit's settlement, a move, a one-time
repair (``recurring: false``, or a name that says it ran once). A loss they make is still the
period's loss, but a review of earnings sets such items apart (ASC 225-20-45-16 presents an
unusual or infrequent item apart; a quality-of-earnings review normalises it, a practitioner
rule): BA111 gives the loss without them, and the score's deep-loss ceiling is judged
without them (N10 of the forty-third round, 2026-12-06: a mover's one-time $45,000
settlement, marked ``recurring: false``, made a 1.5% loss into 7.3%, and "loses more than
5% … fix that" led its verdict). See docs/domain.md, "Operating profit"."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

from bizaudit.core.financing import below_operating

if TYPE_CHECKING:
    from bizaudit.core.metrics import Facts

__all__ = ["OneOff", "one_off_costs"]

#: The categories a one-off is set apart in: costs of running and delivering, not a one-off
#: campaign or build, which are what the marketing and innovation figures are about
_RUNNING = frozenset({"operations", "cost-of-sales"})


class OneOff(NamedTuple):
    """The operating costs marked one-off, and their lines' names, in the profile's order."""

    spend: Decimal
    lines: tuple[str, ...]


def one_off_costs(facts: Facts) -> OneOff:
    """The operating and delivery costs the profile marks as one-offs, but for a line BA116
    names (it has its own reading) or one after the operating profit (interest, tax)."""
    moved = {id(item) for item, _ in facts.moves}
    spend, lines = Decimal(0), []
    for item in facts.activities:
        activity = item.activity
        if (
            item.classification.category in _RUNNING
            and activity.spend > 0
            and not activity.repeats
            and id(item) not in moved
            and not below_operating(activity.name, item.classification.term)
        ):
            spend += activity.spend
            lines.append(activity.name)
    return OneOff(spend, tuple(lines))
