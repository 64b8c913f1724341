"""Errors a user can cause, each with a place in a file and a plain sentence about it."""

from __future__ import annotations

from bizaudit.explain.text import printable

__all__ = ["InputError", "InputErrors", "unreadable"]


class InputError(Exception):
    """A profile (or another input) that cannot be used, and where and why.

    ``line`` and ``column`` are 1-based, as editors show them; ``None`` when the problem is
    the file as a whole (missing, unreadable, empty). Its ``__init__`` is written out, not a
    dataclass's, which compiled two methods at every start-up for an error most runs never
    raise; it is not frozen, as Python sets ``__traceback__`` on an exception as it goes up.
    """

    path: str
    message: str
    hint: str | None
    line: int | None
    column: int | None
    source_line: str | None

    def __init__(
        self,
        path: str,
        message: str,
        hint: str | None = None,
        line: int | None = None,
        column: int | None = None,
        source_line: str | None = None,
    ) -> None:
        super().__init__()
        # Whoever raised it, safe to show anywhere: a message may quote the input (a YAML tag
        # that decodes to a newline, a key with an escape sequence).
        self.path = printable(path)
        self.message = printable(message)
        self.hint = None if hint is None else printable(hint)
        self.line, self.column, self.source_line = line, column, source_line

    def __reduce__(self) -> tuple[type[InputError], tuple[object, ...]]:
        """Pickled as its fields (a worker auditing part of a batch sends its errors back):
        made again by ``__init__``, whose cleaning of the text changes nothing the second
        time."""
        fields = (self.path, self.message, self.hint, self.line, self.column, self.source_line)
        return InputError, fields

    def __repr__(self) -> str:
        return (
            f"InputError(path={self.path!r}, message={self.message!r}, hint={self.hint!r}, "
            f"line={self.line!r}, column={self.column!r}, source_line={self.source_line!r})"
        )

    def __str__(self) -> str:
        return self.one_line()

    @property
    def location(self) -> str:
        if self.line is None:
            return self.path
        return f"{self.path}:{self.line}:{self.column or 1}"

    def one_line(self) -> str:
        """``PATH:LINE:COL: error: what is wrong — what would be right``."""
        text = f"{self.location}: error: {self.message}"
        return f"{text} — {self.hint}" if self.hint else text


class InputErrors(Exception):
    """Several problems found in one input (all schema errors of a profile at once)."""

    def __init__(self, errors: list[InputError]) -> None:
        super().__init__("\n".join(e.one_line() for e in errors))
        self.errors = errors


def unreadable(path: str, exc: OSError) -> InputError:
    """The error for an input file that cannot be opened or read."""
    if isinstance(exc, FileNotFoundError):
        return InputError(path, "no such file", "check the path")
    return InputError(path, f"cannot read the file: {exc.strerror or exc}")
