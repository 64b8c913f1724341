"""A renderable laid out for the width the terminal gives it."""

from __future__ import annotations

from collections.abc import Callable

from rich.console import Console, ConsoleOptions, RenderableType, RenderResult

__all__ = ["ByWidth"]


class ByWidth:
    """What ``build`` makes for the width it is rendered at: a table whose bars or figures
    give way so that names keep their words at 80 columns (the channel table's bars, plan's
    figures), and stay on one line where there is room."""

    def __init__(self, build: Callable[[int], RenderableType]) -> None:
        self.build = build

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self.build(options.max_width)
