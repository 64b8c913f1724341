"""A progress bar for reading a large file, on a terminal only."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from rich.console import Console

__all__ = ["reading"]

_PROGRESS_BYTES = 4 * 1024 * 1024


@contextmanager
def reading(path: Path, console: Console) -> Iterator[Callable[[int], None] | None]:
    """A progress bar on a terminal for large files; nothing when piped or small."""
    size = path.stat().st_size if path.is_file() else 0
    if size < _PROGRESS_BYTES or not console.is_terminal:
        yield None
        return
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn

    # Refreshed as the reading advances, not by a thread: reading may fork worker processes.
    columns = (TextColumn("reading"), BarColumn(), DownloadColumn())
    with Progress(*columns, console=console, auto_refresh=False) as bar:
        task = bar.add_task("read", total=size)
        yield lambda done: bar.update(task, completed=done, refresh=True)
