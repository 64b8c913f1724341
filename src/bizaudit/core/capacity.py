"""How full a business is, when its customers are limited by places (a child care centre's
licensed places, a hotel's rooms, a practice's booked hours): at or above :data:`FULL`, more
customers could not be served, so a marketing share under the minimum is information, and the
owner's marketing hours and the room a high LTV ÷ CAC leaves are not calls to spend more."""

from __future__ import annotations

from decimal import Decimal

from bizaudit.model.profile import Profile

__all__ = ["FULL", "NEARLY_FULL", "full", "nearly_full"]

#: The project's line for "full", between the 85% enrolment a child care centre's budget is
#: built on and the 95% a well-run centre reaches (L. Stoney, Alliance for Early Childhood
#: Finance, "the Iron Triangle", as quoted by First Five Nebraska, 2016; a practitioner's
#: rule). A CFO's review (2026-12-03) saw a centre 93% full, with 50 children waitlisted, told
#: to spend $112,822 more on marketing.
FULL = Decimal("0.90")
#: The enrolment a child care centre's budget is built on (the same source): from here to
#: :data:`FULL`, a marketing share under the minimum is a warning that says how full it is, not
#: an error (a CFO's re-review, 2026-12-03, saw the error and a $112,822 budget come back at 89%).
NEARLY_FULL = Decimal("0.85")


def full(profile: Profile) -> Decimal | None:
    """The share of its capacity the business uses, when the profile says so and it is at
    or above :data:`FULL`; else None."""
    used = profile.business.capacity_used
    return used if used is not None and used >= FULL else None


def nearly_full(profile: Profile) -> Decimal | None:
    """The share of its capacity the business uses, when from :data:`NEARLY_FULL` to under
    :data:`FULL`; else None."""
    used = profile.business.capacity_used
    return used if used is not None and NEARLY_FULL <= used < FULL else None
