"""A small line chart as inline SVG: one figure across periods, for the trend page.

Drawn by hand rather than with a charting library: a line, its points and their values, a
few gridlines and, where there is one, the limit the figure is held to. Every text is made
printable and escaped here, so the SVG it returns is safe to put in a page as it is. Colours
come from the page's stylesheet through classes (``line``, ``point``, ``grid``, ``limit``), so
the chart follows the page into dark mode and onto paper.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from decimal import ROUND_CEILING, Decimal

from bizaudit.explain.text import printable
from bizaudit.model.tuples import NamedTuple

__all__ = ["HEIGHT", "WIDTH", "Point", "line_chart", "scale_top"]

WIDTH, HEIGHT = 480, 220
_LEFT, _RIGHT, _TOP, _BOTTOM = 64, 20, 26, 40
_INSET = 36  # the first and last points stand clear of the axis labels
_STEPS = (Decimal(1), Decimal(2), Decimal("2.5"), Decimal(5))


class Point(NamedTuple):
    label: str  # the period, under the axis
    value: Decimal | None  # None: this period lacks the figure (a gap in the line)
    shown: str  # the value in words, above the point


def _text(value: str) -> str:
    return html.escape(printable(value), quote=True)


def _n(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def scale_top(highest: Decimal) -> tuple[Decimal, Decimal]:
    """The top of the axis and its step: the smallest 1, 2, 2.5 or 5 × 10ⁿ step that reaches
    ``highest`` in at most four steps (0.0139 → 0.02 in steps of 0.005)."""
    if highest <= 0:
        return Decimal(1), Decimal("0.25")
    power = Decimal(10) ** (highest.adjusted() - 1)
    while True:
        for step in _STEPS:
            size = step * power
            if size * 4 >= highest:
                count = (highest / size).to_integral_value(rounding=ROUND_CEILING)
                return size * max(count, Decimal(1)), size
        power *= 10


def line_chart(
    *,
    title: str,
    points: Sequence[Point],
    tick: Callable[[Decimal], str],
    limit: tuple[Decimal, str] | None = None,
    top: Decimal | None = None,
) -> str:
    """The chart of one figure across periods: ``tick`` writes an axis value, ``limit`` is a
    dashed line at a threshold with its label ("min 3%"), ``top`` fixes the axis (a score's
    100). The axis starts at zero, so a line's height compares with the others honestly."""
    values = [p.value for p in points if p.value is not None]
    highest = max([*values, limit[0] if limit else Decimal(0)], default=Decimal(0))
    axis_top, step = (top, top / 4) if top is not None else scale_top(highest)
    plot_w, plot_h = WIDTH - _LEFT - _RIGHT, HEIGHT - _TOP - _BOTTOM
    gap = (plot_w - 2 * _INSET) / max(len(points) - 1, 1)

    def x(i: int) -> float:
        return _LEFT + _INSET + (i * gap if len(points) > 1 else plot_w / 2 - _INSET)

    def y(value: Decimal) -> float:
        return _TOP + plot_h * (1 - float(min(value, axis_top) / axis_top))

    body: list[str] = []
    level = Decimal(0)
    while level <= axis_top:
        at = _n(y(level))
        body.append(f'<line class="grid" x1="{_LEFT}" x2="{WIDTH - _RIGHT}" y1="{at}" y2="{at}"/>')
        body.append(
            f'<text class="muted" x="{_LEFT - 8}" y="{at}" text-anchor="end" '
            f'dominant-baseline="middle">{_text(tick(level))}</text>'
        )
        level += step
    if limit is not None:
        at = _n(y(limit[0]))
        body.append(f'<line class="limit" x1="{_LEFT}" x2="{WIDTH - _RIGHT}" y1="{at}" y2="{at}"/>')
        body.append(
            f'<text class="muted" x="{WIDTH - _RIGHT}" y="{_n(y(limit[0]) - 5)}" '
            f'text-anchor="end">{_text(limit[1])}</text>'
        )
    run: list[str] = []  # the line breaks where a period lacks the figure
    for i, point in enumerate([*points, Point("", None, "")]):
        if point.value is not None:
            run.append(f"{_n(x(i))},{_n(y(point.value))}")
        elif run:
            if len(run) > 1:
                body.append(f'<polyline class="line" points="{" ".join(run)}"/>')
            run = []
    for i, point in enumerate(points):
        label = _text(point.label[:16])
        body.append(f'<text x="{_n(x(i))}" y="{HEIGHT - 14}" text-anchor="middle">{label}</text>')
        if point.value is None:
            body.append(
                f'<text class="muted" x="{_n(x(i))}" y="{_n(_TOP + plot_h / 2)}" '
                'text-anchor="middle">n/a</text>'
            )
            continue
        cx, cy = _n(x(i)), _n(y(point.value))
        body.append(
            f'<circle class="point" cx="{cx}" cy="{cy}" r="4.5">'
            f"<title>{_text(f'{point.label}: {point.shown}')}</title></circle>"
        )
        body.append(
            f'<text class="value" x="{cx}" y="{_n(y(point.value) - 10)}" '
            f'text-anchor="middle">{_text(point.shown)}</text>'
        )
    body.append(
        f'<line class="axis" x1="{_LEFT}" x2="{WIDTH - _RIGHT}" y1="{_n(y(Decimal(0)))}" '
        f'y2="{_n(y(Decimal(0)))}"/>'
    )
    summary = "; ".join(f"{p.label}: {p.shown if p.value is not None else 'n/a'}" for p in points)
    return (
        f'<svg class="chart line-chart" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" '
        f'height="{HEIGHT}" role="img" aria-label="{_text(f"{title}: {summary}")}">'
        f"<title>{_text(title)}</title><desc>{_text(summary)}</desc>{''.join(body)}</svg>"
    )
