"""Charts as inline SVG, drawn here: horizontal bars, a 100% bar and a range gauge.

Small on purpose (docs/architecture.md says why not a library): no script, no font, nothing
fetched; colours are CSS classes (``tone-marketing``, ``tone-bad``...), so the page's
stylesheet gives them for light, dark and print. Each function takes the figures already
worded (``shown``: "€4,300 · 1.6%"): this module draws, it never formats money or rounds a
share. Every text is made printable and escaped here; the SVG it returns is safe to insert.
Each chart comes with a sentence and rows of figures, the text alternative a page shows to
screen readers beside the picture.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from decimal import ROUND_CEILING, Decimal

from bizaudit.explain.text import printable
from bizaudit.model.tuples import NamedTuple

__all__ = [
    "Bar",
    "Chart",
    "GaugeRow",
    "bar_chart",
    "meter",
    "nice_ticks",
    "range_gauge",
    "share_bar",
]

#: The drawing's width in SVG units; pages scale it to their column (font sizes with it).
WIDTH = 380
#: The text size the stylesheet gives chart text, used to estimate how much a text takes.
FONT = 13
_CHAR = 0.58 * FONT  # an average character of a sans-serif face, a little generous


class Bar(NamedTuple):
    """One bar, or one part of a 100% bar."""

    label: str
    value: Decimal  # its length, in the chart's unit (money, a share, a score)
    shown: str  # the value as people read it
    tone: str = "neutral"


class GaugeRow(NamedTuple):
    """One row of a range gauge: a figure against a range and a limit, each optional."""

    label: str
    value: Decimal | None
    shown: str  # the value and anything said of it ("1.4% · range 3–6%")
    low: Decimal | None = None
    high: Decimal | None = None
    limit: Decimal | None = None
    tone: str = "neutral"


class Chart(NamedTuple):
    title: str
    svg: str  # the picture, every text escaped
    summary: str  # the chart in a sentence
    rows: tuple[tuple[str, str], ...]  # its figures, label → value as shown


def _text(value: str) -> str:
    return html.escape(printable(value), quote=True)


def _fit(label: str, room: float) -> str:
    """``label`` cut with "…" to about ``room`` units wide (the whole label stays in the
    chart's text alternative)."""
    most = max(int(room / _CHAR), 4)
    return label if len(label) <= most else label[: most - 1].rstrip() + "…"


def _row_head(y: float, label: str, shown: str, *, track_y: float, track_height: int) -> str:
    """A chart row's opening: its label at the left (cut to fit beside the value, whole in a
    tooltip), its value at the right, and the empty track its marks are drawn on."""
    room = WIDTH - _width(shown) - 12
    return (
        f'<g class="row"><text x="0" y="{_n(y + 14)}">{_text(_fit(label, room))}'
        f"<title>{_text(label)}</title></text>"
        f'<text class="value" x="{WIDTH}" y="{_n(y + 14)}" text-anchor="end">'
        f"{_text(shown)}</text>"
        f'<rect class="track" x="0" y="{_n(track_y)}" width="{WIDTH}" '
        f'height="{track_height}" rx="2"/>'
    )


def _width(text: str) -> float:
    return len(text) * _CHAR


def _n(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _svg(chart_id: str, title: str, summary: str, height: float, body: list[str]) -> str:
    return (
        f'<svg class="chart" id="{_text(chart_id)}" viewBox="0 0 {WIDTH} {_n(height)}" '
        f'width="{WIDTH}" height="{_n(height)}" role="img" aria-label="{_text(summary)}">'
        f"<title>{_text(title)}</title>" + "".join(body) + "</svg>"
    )


def _length(value: Decimal, scale: Decimal, room: float = WIDTH) -> float:
    """The drawn length of ``value``: at least a hair when above zero, so a small figure is
    never drawn as nothing."""
    if value <= 0 or scale <= 0:
        return 0.0
    return max(float(min(value / scale, Decimal(1))) * room, 1.5)


def bar_chart(
    chart_id: str,
    title: str,
    bars: Sequence[Bar],
    *,
    summary: str,
    scale: Decimal | None = None,
) -> Chart:
    """Horizontal bars, one a row: the label above its bar at the left, the value at the
    right, so long labels never push the bars off a narrow screen. Bars are drawn against
    ``scale`` (by default the largest value)."""
    top = max([b.value for b in bars], default=Decimal(0))
    scale = scale if scale is not None else top
    row, body = 40.0, []
    for i, bar in enumerate(bars):
        y = i * row
        body.append(_row_head(y, bar.label, bar.shown, track_y=y + 20, track_height=12))
        length = _length(bar.value, scale)
        if length:
            body.append(
                f'<rect class="bar tone-{_text(bar.tone)}" x="0" y="{_n(y + 20)}" '
                f'width="{_n(length)}" height="12" rx="2"/>'
            )
        body.append("</g>")
    height = max(len(bars), 1) * row
    rows = tuple((b.label, b.shown) for b in bars)
    return Chart(title, _svg(chart_id, title, summary, height, body), summary, rows)


def share_bar(
    chart_id: str, title: str, parts: Sequence[Bar], *, summary: str, empty: str = ""
) -> Chart:
    """One bar split into its parts (a 100% bar), with a legend below that names each part
    with its value; parts of zero are named in the legend but not drawn. ``empty`` is said
    in the bar's place when every part is zero."""
    total = sum((p.value for p in parts if p.value > 0), Decimal(0))
    body = [f'<rect class="track" x="0" y="0" width="{WIDTH}" height="22" rx="3"/>']
    x = 0.0
    for part in parts:
        if total <= 0 or part.value <= 0:
            continue
        length = float(part.value / total) * WIDTH
        body.append(
            f'<rect class="bar tone-{_text(part.tone)}" x="{_n(x)}" y="0" '
            f'width="{_n(length)}" height="22"><title>{_text(part.label)}: '
            f"{_text(part.shown)}</title></rect>"
        )
        x += length
    if total <= 0 and empty:
        body.append(f'<text class="muted" x="8" y="15.5">{_text(empty)}</text>')
    # The legend: swatches and words, flowed into lines as wide as the chart.
    line, x, y = 0, 0.0, 44.0
    for part in parts:
        words = f"{part.label} {part.shown}"
        wide = 16 + _width(words) + 14
        if x and x + wide > WIDTH:
            line, x = line + 1, 0.0
        y = 44.0 + line * 20
        body.append(
            f'<rect class="swatch tone-{_text(part.tone)}" x="{_n(x)}" y="{_n(y - 10)}" '
            f'width="11" height="11" rx="2"/><text x="{_n(x + 16)}" y="{_n(y)}">'
            f"{_text(part.label)} "
            f'<tspan class="value">{_text(part.shown)}</tspan></text>'
        )
        x += wide
    rows = tuple((p.label, p.shown) for p in parts)
    return Chart(title, _svg(chart_id, title, summary, y + 8, body), summary, rows)


def nice_ticks(top: Decimal, most: int = 6) -> list[Decimal]:
    """Ticks from 0 to at least ``top`` in steps of 1, 2, 2.5 or 5 times a power of ten,
    at most ``most`` of them: ``nice_ticks(Decimal("0.07"))`` → 0, 0.02, 0.04, 0.06, 0.08."""
    if top <= 0:
        return [Decimal(0), Decimal(1)]
    power = Decimal(1).scaleb(top.adjusted() - 1)
    for factor in (1, 2, Decimal("2.5"), 5, 10, 20, 25, 50):
        step = power * factor
        count = int((top / step).to_integral_value(rounding=ROUND_CEILING))
        if count + 1 <= most:
            return [step * i for i in range(count + 1)]
    return [Decimal(0), top]  # pragma: no cover - the factors above always fit


def range_gauge(
    chart_id: str,
    title: str,
    rows: Sequence[GaugeRow],
    *,
    summary: str,
    tick: Callable[[Decimal], str],
    legend: tuple[str, str, str],
) -> Chart:
    """A figure against a range and a limit, a row each (one business, or one a client):
    the range is a shaded band, the limit a tick across the track, the figure a bar from
    zero. Below: an axis with ``tick`` labels and a legend (figure, range, limit)."""
    values = [v for r in rows for v in (r.value, r.high, r.limit, r.low) if v is not None and v > 0]
    ticks = nice_ticks(max(values, default=Decimal("0.1")) * Decimal("1.15"))
    scale = ticks[-1]
    row, body = 46.0, []
    for i, r in enumerate(rows):
        y = i * row
        body.append(_row_head(y, r.label, r.shown, track_y=y + 22, track_height=16))
        if r.low is not None and r.high is not None:
            x0, x1 = _length(r.low, scale), _length(r.high, scale)
            body.append(
                f'<rect class="band" x="{_n(x0)}" y="{_n(y + 22)}" width="{_n(max(x1 - x0, 1.5))}" '
                'height="16"/>'
            )
        if r.value is not None and (length := _length(r.value, scale)):
            body.append(
                f'<rect class="bar tone-{_text(r.tone)}" x="0" y="{_n(y + 26)}" '
                f'width="{_n(length)}" height="8" rx="1"/>'
            )
        if r.limit is not None:
            x = _length(r.limit, scale) if r.limit > 0 else 0.0
            body.append(
                f'<line class="limit" x1="{_n(x)}" x2="{_n(x)}" y1="{_n(y + 18)}" '
                f'y2="{_n(y + 42)}"/>'
            )
        body.append("</g>")
    axis = len(rows) * row + 4
    body.append(f'<line class="axis" x1="0" x2="{WIDTH}" y1="{_n(axis)}" y2="{_n(axis)}"/>')
    for value in ticks:
        x = float(value / scale) * WIDTH
        anchor = "start" if value == 0 else "end" if value == scale else "middle"
        body.append(
            f'<line class="axis" x1="{_n(x)}" x2="{_n(x)}" y1="{_n(axis)}" y2="{_n(axis + 4)}"/>'
            f'<text class="muted" x="{_n(x)}" y="{_n(axis + 17)}" text-anchor="{anchor}">'
            f"{_text(tick(value))}</text>"
        )
    # One row: the legend's bar has its colour; several: grey, as each row has its own.
    tone = rows[0].tone if len(rows) == 1 else "neutral"
    x, y = 0.0, axis + 40
    for kind, words in zip(("figure", "band", "limit"), legend, strict=True):
        if not words:
            continue
        wide = 20 + _width(words) + 16
        if x and x + wide - 16 > WIDTH:
            x, y = 0.0, y + 20
        # words wider than the chart go on as many lines as they need, or the SVG cuts them
        # off ("hospitality range 2.5–4.5% of revenue (marketing and sales)" on a phone)
        lines = _lines(words, WIDTH - 20 - x)
        body.append(
            _mark(kind, x, y, tone)
            + f'<text x="{_n(x + 20)}" y="{_n(y)}">'
            + "".join(
                f'<tspan x="{_n(x + 20)}" dy="{0 if i == 0 else 16}">{_text(line)}</tspan>'
                if len(lines) > 1
                else _text(line)
                for i, line in enumerate(lines)
            )
            + "</text>"
        )
        if len(lines) > 1:
            x, y = 0.0, y + 16 * (len(lines) - 1) + 20
            continue
        x += wide
    table = tuple((r.label, r.shown) for r in rows)
    return Chart(title, _svg(chart_id, title, summary, y + 8, body), summary, table)


def _lines(words: str, room: float) -> list[str]:
    """``words`` in lines no wider than ``room`` (a word longer than that keeps a line)."""
    lines: list[str] = []
    for word in words.split():
        if lines and _width(f"{lines[-1]} {word}") <= room:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [words]


def _mark(kind: str, x: float, y: float, tone: str) -> str:
    """The legend's sign for the figure, the range or the limit, left of its words."""
    if kind == "figure":
        return (
            f'<rect class="swatch tone-{_text(tone)}" x="{_n(x)}" y="{_n(y - 8)}" '
            'width="14" height="6"/>'
        )
    if kind == "band":
        return f'<rect class="band" x="{_n(x)}" y="{_n(y - 10)}" width="14" height="11"/>'
    return (
        f'<line class="limit" x1="{_n(x + 6)}" x2="{_n(x + 6)}" y1="{_n(y - 12)}" '
        f'y2="{_n(y + 3)}"/>'
    )


def meter(value: Decimal | None, scale: Decimal, tone: str = "neutral") -> str:
    """A bar for a table cell, beside the figure it draws (so hidden from screen readers)."""
    length = _length(value, scale, 100) if value is not None else 0.0
    bar = (
        f'<rect class="bar tone-{_text(tone)}" width="{_n(length)}" height="10" rx="1"/>'
        if length
        else ""
    )
    return (
        '<svg class="meter" viewBox="0 0 100 10" preserveAspectRatio="none" '
        'aria-hidden="true" focusable="false">'
        f'<rect class="track" width="100" height="10" rx="1"/>{bar}</svg>'
    )
