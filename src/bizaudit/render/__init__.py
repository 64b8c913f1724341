"""Output formats, by name. Modules are imported only when their format is chosen.

Each format module has ``render(report: Report) -> str | rich.console.RenderableType``; the CLI
decides where the result goes. Adding a format here adds it to ``--format``.
"""

from __future__ import annotations

import importlib
from types import ModuleType

__all__ = ["FORMATS", "load"]

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
