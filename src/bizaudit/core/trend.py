"""Trends: periods of one business side by side, and where each figure went from the first
period to the last.

Each period is one profile's report. The figures followed are the ones an owner steers by:
marketing ÷ revenue, the share of new customers from referrals, what a customer costs (CAC),
what they are worth against it (LTV ÷ CAC) and the score. Whether a move is for the better is
judged as ``bizaudit diff`` judges it (``core.diff``): more marketing is better only up to the
industry's range; a lower CAC is better.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Literal

from bizaudit.core.diff import above_the_rule, compare, judged_ratio
from bizaudit.core.shares import held_share
from bizaudit.model.diff import Diff
from bizaudit.model.report import ProfileReport
from bizaudit.model.tuples import NamedTuple

__all__ = ["SERIES", "Line", "Series", "Trend", "period_key", "trend"]

Kind = Literal["share", "money", "ratio", "count"]
Better = Literal["higher", "lower"]


class Series(NamedTuple):
    """One figure followed across periods."""

    name: str  # as in the JSON report (and, where it is one, a ``diff`` metric)
    label: str
    kind: Kind
    better: Better
    read: Callable[[ProfileReport], Decimal | None]


SERIES: tuple[Series, ...] = (
    # the share the check holds to its minimum, as diff follows it: marketing and sales for
    # SaaS, of gross commission income for an agent (the chart draws that minimum beside it)
    Series(
        "marketing_share_of_revenue",
        "Marketing ÷ revenue",
        "share",
        "higher",
        lambda r: held_share(r)[1],
    ),
    Series(
        "referral_share", "Referral customers", "share", "lower", lambda r: r.metrics.referral_share
    ),
    Series("cac", "Cost to win a customer", "money", "lower", lambda r: r.economics.cac.value),
    # as the check and diff judge it: of the customers not won by referral, when the sources
    # say how many were (a CFO's re-review: trend and diff had shown different ratios)
    Series("ltv_to_cac", "LTV ÷ CAC", "ratio", "higher", judged_ratio),
    Series("score", "Score", "count", "higher", lambda r: Decimal(r.score)),
)


class Line(NamedTuple):
    """A figure in every period, in order (``None`` where a period lacks the data), and its
    move from the first period that has it to the last (none when fewer than two have it)."""

    series: Series
    values: tuple[Decimal | None, ...]
    first: Decimal | None
    last: Decimal | None
    change: Decimal | None
    worse: bool
    #: within its norm both times, neither better nor worse (as ``diff`` judges it): a
    #: marketing share within the industry's range, an LTV ÷ CAC at or above 3×, and a CAC
    #: while that ratio is (BBQ8 of the fifty-ninth round's coach review)
    in_norm: bool = False


class Trend(NamedTuple):
    periods: tuple[ProfileReport, ...]
    lines: tuple[Line, ...]

    @property
    def currency(self) -> str:
        return self.periods[0].business.currency


def period_key(label: str) -> tuple[tuple[int, int, str], ...]:
    """How ``--sort period`` orders period labels: as text, with numbers compared by value
    (FY2025 before FY2026, 2026-H1 before 2026-H2, P9 before P10)."""
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part)
        for part in re.findall(r"\d+|\D+", label.casefold())
    )


def _line(
    series: Series, periods: Sequence[ProfileReport], compared: Callable[[int, int], Diff]
) -> Line:
    values = tuple(series.read(p) for p in periods)
    present = [(i, v) for i, v in enumerate(values) if v is not None]
    if len(present) < 2:  # no move to speak of: the first period's and the last's, as they are
        return Line(series, values, values[0], values[-1], None, worse=False)
    (i, first), (j, last) = present[0], present[-1]
    change = last - first
    in_norm = False
    if series.name in ("marketing_share_of_revenue", "ltv_to_cac"):
        # as diff judges it: more is better only up to the industry's range, and a ratio at or
        # above the rule of thumb both times is neither
        judged = next(c for c in compared(i, j).metrics if c.metric == series.name)
        worse, in_norm = judged.worse, judged.in_range
    elif series.name == "cac" and above_the_rule(
        judged_ratio(periods[i]), judged_ratio(periods[j])
    ):
        worse, in_norm = False, True  # dearer, while every customer still pays back 3× or more
    else:  # the figure shown, in its direction
        worse = change > 0 if series.better == "lower" else change < 0
    return Line(series, values, first, last, change, worse, in_norm)


def trend(periods: Sequence[ProfileReport]) -> Trend:
    """The figures of each period, in the order given."""
    comparisons: dict[tuple[int, int], Diff] = {}

    def compared(i: int, j: int) -> Diff:
        """``diff``'s comparison of two periods, made once for every series that reads it."""
        if (i, j) not in comparisons:
            comparisons[i, j] = compare(periods[i], periods[j])
        return comparisons[i, j]

    return Trend(tuple(periods), tuple(_line(s, periods, compared) for s in SERIES))
