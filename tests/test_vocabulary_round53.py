"""The fifty-third review round (2026-12-07): the words real books use (AS8, AS9, AS11, AS12 and
the "Classify results" of /tmp/review/r53/REPORT.md). Each expectation is worked out by hand from
docs/domain.md's definitions (cost of sales: "the direct cost of what is sold ... job labour";
acquire: what wins new customers, a channel's price, referral cultivation; retain: what keeps
customers; contra-revenue: a marketplace's or an agent's commission) in the vertical the review
declared for each trade, with the near names that must not move."""

from __future__ import annotations

import pytest

from .conftest import (
    ACQUIRE,
    COST,
    RETAIN,
    answer_in,
)

# --- AS11: an online course's content and community are its product ---------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Video editor for course content",
        "Course content production",
        "5050 Vid ed",
        "Community manager (contractor)",
        "Community managers",
        "Comm mgr 1099",
        "Student success coaches",
    ],
)
def test_a_course_creators_content_and_community_are_cost_of_sales(name: str) -> None:
    """A course creator (`coaching`) sells the course and its community: the editor who cuts the
    course video, the content's production, the community managers and the student success
    coaches deliver it, cost of sales (docs/domain.md), not ads by 'video' or 'content' (both
    had read marketing/acquire) nor overhead by 'contractor' (or unknown, for the ledger forms).
    """
    assert answer_in("coaching", name) == COST


@pytest.mark.parametrize(
    ("industry", "name", "expected"),
    [
        ("coaching", "Promo video", ACQUIRE),
        ("coaching", "Video ads", ACQUIRE),
        ("coaching", "Course creation", ("innovation", None)),
        (None, "Community manager", RETAIN),
        ("coaching", "Affiliate commissions", ACQUIRE),
    ],
)
def test_near_course_names_keep_their_reading(
    industry: str | None, name: str, expected: tuple[str, str | None]
) -> None:
    """A coach's promo video and video ads still win customers (acquire); a new course is still
    innovation; outside `coaching` a community manager is still retention (by 'community', a
    guess); affiliate commissions stay acquisition."""
    assert answer_in(industry, name) == expected
