"""Whether a line's name says a thing or only denies it: "not per admit", "not board
certified". A reading of the law that fires on the words it looks for must not fire where the
line says they do not hold (U1 of the forty-fifth round's re-review, 2026-12-06: a bonus pool
"not per admit" was called patient brokering, a page saying a surgeon is "not board
certified" a false claim)."""

from __future__ import annotations

import re

from bizaudit.model.lazy import LazyPattern

__all__ = ["said_not_denied"]

#: A negation just before the words found ("not per admit", "non-boarded", "never per
#: placement")
_NEGATED_BEFORE = LazyPattern(r"\b(?:not|non|no|never)[\s-]*$", re.IGNORECASE)
#: ...or with an article between ("not an official partner", "not the authorised dealer")
_NEGATED_ARTICLE_BEFORE = LazyPattern(
    r"\b(?:not|non|no|never)(?:\s+(?:an?|the|any))?[\s-]*$", re.IGNORECASE
)


def said_not_denied(
    pattern: LazyPattern, text: str, window: int = 10, articles: bool = False
) -> bool:
    """Whether ``pattern`` finds its words in ``text`` somewhere a negation does not come just
    before them, looked for in the ``window`` characters before (room for "never" and its
    spacing); with ``articles``, an article may stand between ("not an official partner")."""
    negated = _NEGATED_ARTICLE_BEFORE if articles else _NEGATED_BEFORE
    return any(
        negated.search(text[max(0, found.start() - window) : found.start()]) is None
        for found in pattern.finditer(text)
    )
