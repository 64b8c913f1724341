"""Output formats, by name. Modules are imported only when their format is chosen.

Each format module has ``render(report: Report) -> str | bytes | rich.console.RenderableType``
(bytes: UTF-8 text, written as they are); the CLI decides where the result goes. Adding a
format here adds it to ``--format``.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console

__all__ = ["FORMATS", "console", "load"]

#: format name → module that renders it
FORMATS: dict[str, str] = {
    "rich": "bizaudit.render.rich_report",
    "json": "bizaudit.render.json_report",
    "github": "bizaudit.render.github",
    "markdown": "bizaudit.render.markdown",
    "junit": "bizaudit.render.junit",
    "sarif": "bizaudit.render.sarif",
    "svg": "bizaudit.render.svg",
    "html": "bizaudit.render.html",
}


def load(name: str) -> ModuleType:
    """The module of a format (``KeyError`` for an unknown name)."""
    return importlib.import_module(FORMATS[name])


def console(**options: Any) -> Console:
    """A Rich console for what bizaudit draws. Names, paths and messages are the user's words:
    never read as markup ("[bold]") or emoji codes (":coffee:"). Rich is imported here, only
    when something is drawn."""
    from rich.console import Console

    return Console(markup=False, emoji=False, **options)
