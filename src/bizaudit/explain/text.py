"""Text from outside (names, paths, messages that quote them) made safe for every sink.

Every sink bizaudit writes to reads some characters as commands: a terminal runs escape
sequences and bidirectional overrides, a CI log runs lines that start with ``::``, XML
rejects control characters, Markdown reads HTML, links, images, mentions and code spans. The
functions here are the one place where the user's words are made plain text for each sink;
renderers call them, never their own replacements.
"""

from __future__ import annotations

import re

from bizaudit.model.lazy import LazyPattern

__all__ = [
    "markdown_code",
    "markdown_text",
    "printable",
    "workflow_data",
    "workflow_property",
    "yaml_comment",
]

_REPLACEMENT = "\ufffd"
# Spaces Python does not call printable, that are plain spaces to every sink: how CLDR groups
# digits and joins an amount to its currency ("31 000 €", "6.600 €").
_NO_BREAK_SPACES = "\u00a0\u202f"


def printable(text: object, keep: str = "") -> str:
    """Text as bizaudit shows it anywhere: bytes that are not UTF-8 (surrogate escapes),
    control characters, bidirectional overrides and other invisible format characters become
    U+FFFD (but those in ``keep``), so that no name can break the JSON report, colour or
    reorder a terminal line, start a line of its own in a CI log or make XML invalid. No-break
    spaces stay."""
    shown = str(text)
    if shown.isprintable():
        return shown
    keep += _NO_BREAK_SPACES
    return "".join(c if c.isprintable() or c in keep else _REPLACEMENT for c in shown)


# Characters that can start Markdown inside a line (CommonMark and GitHub's extensions):
# emphasis, code, links and images (no "[", no link), HTML and entities, tables,
# strikethrough, math; escaped with a backslash, which renders them as they are. The text is
# never put at the start of a line, where "#", "-" or "1." would matter too. An "&" is an
# entity only as CommonMark's entity references are written, up to their ";" ("&amp;",
# "&#60;", "&#x3C;"): "Buddy Week & member rewards" and "R&D" keep their "&" bare, which an
# email client shows as written (BBQ9 of the fifty-ninth round's review). A "$" is always
# escaped: GitHub reads "$...$" on one line as math, and a money sentence holds several.
_MARKUP = LazyPattern(
    r"([\\`*_\[\]<>|~$]|&(?=[A-Za-z][A-Za-z0-9]{1,31};|#[0-9]{1,7};|#[xX][0-9A-Fa-f]{1,6};))"
)
# Made inert with a word joiner, which shows nothing: @mentions, bare URLs and www. links.
_AUTOLINKS = LazyPattern(r"(@)(?=\w)|(:)(?=//)|(\bwww)(?=\.)", re.IGNORECASE)
_JOINER = "\u2060"


# Runs of white space, but the no-break spaces inside an amount ("9 300 €"), which stay.
_BREAKING_SPACE = LazyPattern(r"[^\S\u00a0\u202f]+")


def markdown_text(text: str) -> str:
    """The user's words (or a message quoting them) as Markdown text that renders as written:
    never HTML, a link, an image, a mention, code or a table's edge; on one line."""
    shown = printable(_BREAKING_SPACE.sub(" ", text).strip(" "))
    shown = _MARKUP.sub(r"\\\1", shown)
    return _AUTOLINKS.sub(lambda m: (m.group(0)) + _JOINER, shown)


def markdown_code(text: str) -> str:
    """A path as an inline code span: fenced by more backticks than it holds in a row, so no
    name closes it early; a "|" escaped, as it would still end a table cell."""
    shown = printable(" ".join(text.split())).replace("|", "\\|")
    longest = max((len(run) for run in re.findall(r"`+", shown)), default=0)
    fence = "`" * (longest + 1)
    padded = f" {shown} " if longest else shown
    return f"{fence}{padded}{fence}"


def yaml_comment(text: str) -> str:
    """Text for a ``#`` comment in a YAML file bizaudit writes: on one line, printable (a
    newline in a file name would end the comment and start YAML of its own)."""
    return printable(text)


def workflow_data(text: str) -> str:
    """A GitHub Actions workflow command's message: ``%``, CR and LF escaped as the Actions
    toolkit does, so no text starts a command of its own."""
    shown = printable(text, keep="\r\n")
    return shown.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def workflow_property(text: str) -> str:
    """A workflow command's property (``file=``, ``title=``): also ``:`` and ``,``."""
    return workflow_data(text).replace(":", "%3A").replace(",", "%2C")
