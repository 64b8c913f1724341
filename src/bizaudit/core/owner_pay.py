"""Lines that pay the owner for their work: a salary, officer compensation, a partnership's
guaranteed payments, or a draw. BA118 asks for one where an owner works in the business and
no line pays them; see docs/domain.md ("The owner's pay")."""

from __future__ import annotations

import re

from bizaudit.core.financing import movement

__all__ = ["pays_owner"]

#: Words that name the owner, and words that name pay for work (or, for a draw, profit taken
#: as pay): a line that names both pays the owner. Every line of every profile is looked at,
#: so most are let go by a few substring checks first (a batch of 500 profiles counts them).
_HINTS = (
    "sala",
    "wage",
    "pay",
    "comp",
    "remun",
    "stipend",
    "draw",
    "distrib",
    "dividend",
    "myself",
)
_DRAW_HINTS = ("draw", "distrib", "dividend", "myself")
_OWNER = re.compile(
    r"\b(?:owners?|officers?|partners?|principals?|(?:co-?)?founders?|shareholders?"
    r"|proprietors?|ceo|president|my|myself|me)\b|\bdirectors'",
    re.IGNORECASE,
)
_PAY = re.compile(
    r"\b(?:salary|salaries|wages?|pay|payroll|compensation|comp|remuneration|draws?|drawings"
    r"|distributions?|stipends?)\b|\bguaranteed\s+payments?\b",
    re.IGNORECASE,
)


def pays_owner(name: str, term: str | None = None) -> bool:
    """Whether a line's name says it pays the owner: "Owner's salary", "6200 Officer
    Compensation", "Guaranteed payments to partners", "Salary (me)", "Owner draws", "Paid
    myself" (a draw, as BA116 reads it), "Directors' remuneration". "Payroll" alone may or
    may not include the owner, and does not count; neither do staff's pay ("Team member
    wages", "Clinic director salary", "Dr. Chen associate wages": a re-review saw them taken
    for the owner's) or a "Partner referral payout"."""
    lowered = name.lower()
    for hint in _HINTS:
        if hint in lowered:
            break
    else:
        return False
    pay = _PAY.search(lowered)
    if pay is not None and (pay.group().startswith("guaranteed") or _OWNER.search(lowered)):
        return True
    return any(hint in lowered for hint in _DRAW_HINTS) and movement(name, term) == "draw"
