"""Lines that pay the owner for their work: a salary, officer compensation, a partnership's
guaranteed payments, or a draw. BA118 asks for one where an owner works in the business and
no line pays them; see docs/domain.md ("The owner's pay")."""

from __future__ import annotations

from bizaudit.core.classify import words
from bizaudit.core.financing import movement

__all__ = ["pays_owner"]

#: Words (as the classifier reads them: lower case, simple singulars) that name the owner.
_OWNER = frozenset(
    """owner officer partner principal founder cofounder shareholder member proprietor ceo
    president director my myself me doctor dr dentist""".split()
)
#: Words that name pay for work (or, for a draw, profit taken as pay).
_PAY = frozenset(
    """salary wage pay payroll compensation comp remuneration draw drawing distribution
    stipend""".split()
)


def pays_owner(name: str, term: str | None = None) -> bool:
    """Whether a line's name says it pays the owner: "Owner's salary", "6200 Officer
    Compensation", "Guaranteed payments to partners", "Salary (me)", "Owner draws", "Paid
    myself" (a draw, as BA116 reads it). "Payroll" alone may or may not include the owner,
    and does not count; neither does a "Partner referral payout"."""
    found = set(words(name))
    if found & _OWNER and found & _PAY:
        return True
    if {"guaranteed", "payment"} <= found:
        return True
    return movement(name, term) == "draw"
