"""Operating costs whose names say they were one-offs: a lawsuit's settlement, a relocation, a
repair after a flood ("one-time", "non-recurring", "settlement"). A loss they make is still the
period's loss, but a review of earnings sets such items apart (ASC 225-20-45-16 presents an
item unusual in nature or infrequent in occurrence apart; a quality-of-earnings review
normalises it, a practitioner rule): BA111 gives the loss without them, and the score's
deep-loss ceiling is judged without them (N10 of the forty-third round, 2026-12-06: a mover's
one-time $45,000 settlement made a 1.5% loss into 7.3%, and "loses more than 5% … fix that"
led its verdict). `recurring: false` alone is not enough: it says a line is no recurring
channel, and `import` writes it on a yearly bill (an insurance premium, a property tax,
year-end bonuses), which recurs every year (O3 of the round's re-review, 2026-12-06); nor is
cost of sales, where a one-time bulk buy is inventory's timing (O16). See docs/domain.md."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from bizaudit.core.financing import below_operating
from bizaudit.model.lazy import LazyPattern
from bizaudit.model.tuples import NamedTuple

if TYPE_CHECKING:
    from bizaudit.core.metrics import Facts

__all__ = ["OneOff", "one_off_costs"]

#: What a line's name or note says of a one-off: what happened once, not a yearly bill
_ONCE = LazyPattern(
    r"\b(?:one[\s-]?(?:time|off)|non[\s-]?recurring|lawsuits?|judgm?ents?"
    r"|(?:legal|lawsuit|litigation|court)\s+settlements?"
    r"|settlement\s+of\s+(?:an?\s+|the\s+)?(?:law)?(?:suit|claim|case|dispute)"
    r"|relocat(?:ion|ing)\s+(?:of\s+|to\s+)?(?:the\s+|our\s+|a\s+)?(?:new\s+)?(?:office|shop"
    r"|store|business|warehouse|plant|studio|clinic)|restructuring"
    r"|(?:flood|fire|storm|hurricane)\s+damage|uninsured\s+loss)\b",
    re.IGNORECASE,
)
#: ...unless it says it recurs: "ongoing", a season, fees charged with every sale, a trade's
#: routine claims (P2 of the forty-third round's second re-review, 2026-12-06: "Card
#: processing & settlement fees", a mover's "Damage claim settlements", "Litigation - ongoing
#: wage claims" had been set apart)
_RECURS = LazyPattern(
    r"\b(?:ongoing|recurring|seasons?|seasonal|monthly|annual|yearly|quarterly|fees"
    r"|processing|card|merchant|claims)\b",
    re.IGNORECASE,
)


class OneOff(NamedTuple):
    """The operating costs marked one-off, and their lines' names, in the profile's order."""

    spend: Decimal
    lines: tuple[str, ...]


def one_off_costs(facts: Facts) -> OneOff:
    """The operating costs whose name or note says they were one-offs, but for a line BA116
    names (it has its own reading) or one after the operating profit (interest, tax)."""
    moved = {id(item) for item, _ in facts.moves}
    spend, lines = Decimal(0), []
    for item in facts.activities:
        activity = item.activity
        if (
            item.classification.category == "operations"
            and activity.spend > 0
            and _ONCE.search(
                text := (
                    activity.name if activity.note is None else f"{activity.name} {activity.note}"
                )
            )
            and not _RECURS.search(text)
            and id(item) not in moved
            and not below_operating(activity.name, item.classification.term)
        ):
            spend += activity.spend
            lines.append(activity.name)
    return OneOff(spend, tuple(lines))
