"""Text from outside (names, paths, messages that quote them) made safe to show.

Every sink bizaudit writes to reads some characters as commands: a terminal runs escape
sequences, a CI log runs lines that start with ``::``, XML rejects control characters,
Markdown reads links, images and mentions. The functions here are the one place where the
user's words are made plain text for each of them.
"""

from __future__ import annotations

__all__ = ["printable"]


def printable(path: object, keep: str = "") -> str:
    """A path (or any text from outside) as bizaudit shows it: bytes that are not UTF-8 and
    control characters (but those in ``keep``) become U+FFFD, so that no file name can break
    the JSON report, colour a terminal or start a line of its own in a CI log."""
    text = str(path)
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() or c in keep else "\ufffd" for c in text)
