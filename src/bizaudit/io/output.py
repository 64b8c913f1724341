"""Write reports to files atomically: a temp file in the same folder, then a rename.

A failing or interrupted run never leaves a truncated report behind, and a report can never
overwrite the profile it was made from.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from bizaudit.explain.text import printable
from bizaudit.io.errors import InputError

__all__ = ["check_writable", "write_atomic"]


def check_writable(path: Path) -> None:
    """Raise InputError now, before any work, when ``path`` cannot be a file we write."""
    if path.is_dir():
        raise InputError(str(path), "this is a folder", "give the name of a file inside it")
    if not path.parent.is_dir():
        raise InputError(
            str(path),
            f"the folder {printable(path.parent)} does not exist",
            "create it, or choose another",
        )


def write_atomic(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` in one step (or leave it as it was); InputError when the
    file cannot be written."""
    check_writable(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            Path(tmp).replace(path)
        except BaseException:  # a full disk, or Ctrl-C: no temp file is left behind
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise InputError(str(path), f"cannot write the file: {exc.strerror or exc}") from None
