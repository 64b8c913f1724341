"""Where a value stands: a path into a document, and a line and column in its file."""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["Loc", "Locate", "Pos", "nowhere"]

Loc = tuple[str | int, ...]  # ("activities", 3, "spend")
Pos = tuple[int, int]  # 1-based line and column
Locate = Callable[[Loc], "int | None"]  # a path → its line in the file, when known


def nowhere(loc: Loc) -> int | None:
    """A locator for profiles that were not read from a file."""
    return None
