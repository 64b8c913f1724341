"""A regular expression compiled the first time it is used.

Compiling a pattern costs far more than using it: the audit's module-level patterns took about
150 M instructions, a tenth of a start-up, to compile, and a run that checks a café uses a
fifth of them (bench/HISTORY.md measures both). Most are for one trade or one kind of line (a
brewery's gifts to bars, a roofer's deductible rebates, a lender's co-marketing), so every
module-level pattern in bizaudit is a ``LazyPattern``; a test keeps it so. Those a run uses are
made from code shipped with the package where it can (:mod:`bizaudit.model.shipped_patterns`).

Once compiled, the pattern's own methods replace this class's in the instance, so a lookup
costs what a compiled pattern's does: nothing is wrapped on the path a batch of profiles runs.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

from bizaudit.model.shipped_patterns import compiled

__all__ = ["LazyPattern"]

_METHODS = ("search", "match", "fullmatch", "sub", "finditer", "findall", "split")


class LazyPattern:
    """``re.compile(pattern, flags)``, done the first time one of its methods is called."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags = pattern, flags

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern; compiling it puts its methods in this instance's place."""
        found: re.Pattern[str] | None = self.__dict__.get("_compiled")
        if found is None:
            found = compiled(self.pattern, self.flags)
            own: dict[str, Any] = self.__dict__
            own["_compiled"] = found
            own.update((name, getattr(found, name)) for name in _METHODS)
        return found

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.fullmatch(text, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return self.compiled.sub(repl, text, count)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled.findall(text, pos, endpos)

    def split(self, text: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled.split(text, maxsplit)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.flags!r})"
