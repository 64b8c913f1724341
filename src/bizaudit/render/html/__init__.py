"""HTML: a client report to hand over or print, or a portfolio page for several profiles.

One self-contained document: the stylesheet inline, charts as inline SVG, no script, no font,
nothing fetched. Written with Jinja2 (``render/templates/``) with autoescaping on, and every
text made printable on its way out (``explain.text.printable``), so a business named
``<script>`` stays text. Jinja2 is imported only when this format is chosen.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import jinja2
from markupsafe import Markup

from bizaudit import __version__
from bizaudit.explain.text import printable
from bizaudit.model.lazy import LazyPattern
from bizaudit.model.report import Report
from bizaudit.render.html import view

__all__ = ["environment", "render"]


def _shown(value: Any) -> Any:
    """What every ``{{ }}`` prints: the user's words made printable (autoescaping then makes
    them text); markup that the chart module escaped itself passes as it is."""
    if value is None:
        return ""
    if isinstance(value, Markup):
        return value
    return printable(value) if isinstance(value, str) else value


#: A setting's dotted or underscored name ("customers.average_revenue"): too long for a phone's
#: narrow column, where the page broke it anywhere ("customers.average_re / venue": a leftover
#: of AZQ3 of the fifty-eighth round, 2026-12-07); it may break after each dot
_SETTING = LazyPattern(r"\b[a-z_]+(?:\.[a-z_]+)+\b")


def _breakable(value: Any) -> Markup:
    """``value`` made printable and escaped, with a place to break (``<wbr>``, copied as
    nothing) after each dot of a setting's name."""
    text = Markup.escape(_shown(value))
    return Markup(_SETTING.sub(lambda m: m.group(0).replace(".", ".<wbr>"), text))


@cache
def environment() -> jinja2.Environment:
    """The one Jinja2 environment of every HTML page (the client report, the portfolio and
    the trend page): templates from ``render/templates/``, autoescaping on, every value made
    printable on its way out."""
    made = jinja2.Environment(
        loader=jinja2.PackageLoader("bizaudit.render", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        finalize=_shown,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    made.filters["breakable"] = _breakable
    return made


def render(report: Report) -> str:
    return (
        environment()
        .get_template("report.html.j2")
        .render(page=view.page(report), version=__version__)
    )
