"""Whether a line's name says a thing or only denies it: "not per admit", "not board
certified". A reading of the law that fires on the words it looks for must not fire where the
line says they do not hold (U1 of the forty-fifth round's re-review, 2026-12-06: a bonus pool
"not per admit" was called patient brokering, a page saying a surgeon is "not board
certified" a false claim)."""

from __future__ import annotations

import re

from bizaudit.model.lazy import LazyPattern

__all__ = ["said_not_denied", "says_not_done"]

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


#: A line that says a practice is not done, or no longer: "Hostage loads - never", "No cold
#: calls to Medicare beneficiaries (policy)", "Jail trustees - none paid", "(stopped 2023)"
_NOT_DONE = LazyPattern(
    # ...a policy against it ("No cold calls to Medicare beneficiaries (policy)", "Do not
    # solicit reviews (policy)", "We never ask current clients for reviews")...
    r"^\W*(?:(?:no|do\s+not|don'?t|we\s+(?:never|do\s+not|don'?t))\b[^()]*\(?\bpolicy\b"
    r"|we\s+(?:never|do\s+not|don'?t)\b)"
    # ...or a word after a dash or in brackets at the end that says it is not done or ended
    # ("Hostage loads - never", "Jail trustees - none paid", "- not used", "(stopped 2023)"),
    # not one inside the line's own account of the wrong ("Paid 5-star reviews (never
    # disclosed)", "No consent texting": F1 of the round's third re-review, 2026-12-06)
    r"|[-–—:]\s*(?:never|none(?:\s+paid)?|not\s+(?:used|done|paid)|discontinued|stopped"
    r"|ended|ceased)(?:\s+(?:in\s+)?\d{4})?\W*$"
    r"|\((?:stopped|discontinued|ended|ceased|paused|cancel+ed)\b[^)]*\)\W*$"
    # ...or says the practice was put right ("Contracts signed without the 3-day cancellation
    # notice (fixed in March)": history, not practice; E3 of the forty-ninth round's second
    # re-review, 2026-12-06), not a fixed fee ("(fixed)", "(fixed price)")
    r"|[(\-–—:]\s*(?:fixed|corrected|remedied|resolved)\s+(?:in|since|on|as\s+of|by|from)\b"
    r"[^()]*\)?\W*$",
    re.IGNORECASE,
)


def says_not_done(text: str) -> bool:
    """Whether a $0 line says what it names is not done, or no longer (E1 of the forty-eighth
    round's second re-review, 2026-12-06: "Hostage loads - never" and "Insurance adjuster gifts
    - none" were warned about as done, once a $0 line was read). A line with spend is read as
    its spend says."""
    return _NOT_DONE.search(text) is not None
