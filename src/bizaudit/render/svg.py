"""SVG: the report as a picture, for pull-request artifacts. It fetches nothing: no web font,
no script, no image from anywhere."""

from __future__ import annotations

from bizaudit.model.report import Report
from bizaudit.render.picture import recorded

__all__ = ["ASPECT", "TEMPLATE", "render"]

#: Rich's own SVG template (``rich._export_format.CONSOLE_SVG_FORMAT``) with two changes.
#: Its ``@font-face`` fetched Fira Code from a CDN: a picture opened offline, or in a viewer
#: that blocks requests, must not ask the internet for anything, so the fonts are the
#: reader's own monospace ones. And ``xml:space="preserve"``: Rich writes each run of text
#: as its own ``<text>``, and renderers (librsvg, for one) dropped the spaces a run starts
#: with, so "Score 58/100  Weak" was drawn "58/100Weak" and the panel's title lost its
#: margins.
TEMPLATE = """\
<svg class="rich-terminal" viewBox="0 0 {width} {height}" \
xmlns="http://www.w3.org/2000/svg" xml:space="preserve">
    <!-- bizaudit, drawn with Rich -->
    <style>

    .{unique_id}-matrix {{
        font-family: "Fira Code", "DejaVu Sans Mono", Menlo, Consolas, "Liberation Mono",
            monospace;
        font-size: {char_height}px;
        line-height: {line_height}px;
        font-variant-east-asian: full-width;
        white-space: pre;
    }}

    .{unique_id}-title {{
        font-size: 18px;
        font-weight: bold;
        font-family: Arial, Helvetica, sans-serif;
    }}

    {styles}
    </style>

    <defs>
    <clipPath id="{unique_id}-clip-terminal">
      <rect x="0" y="0" width="{terminal_width}" height="{terminal_height}" />
    </clipPath>
    {lines}
    </defs>

    {chrome}
    <g transform="translate({terminal_x}, {terminal_y})" \
clip-path="url(#{unique_id}-clip-terminal)">
    {backgrounds}
    <g class="{unique_id}-matrix">
    {matrix}
    </g>
    </g>
</svg>
"""


#: Width ÷ height of a character in DejaVu Sans Mono and Menlo, the monospace fonts most
#: readers have (Rich's 0.61 is Fira Code's). Browsers stretch each run of text to its cells
#: whatever the font; librsvg does not, and at 0.61 a panel's long edges fell short of its
#: corners.
ASPECT = 0.602


def render(report: Report) -> str:
    return recorded(report).export_svg(
        title="bizaudit", code_format=TEMPLATE, font_aspect_ratio=ASPECT
    )
