"""The reviewed vocabulary data (``data/vocabulary-verticals.toml``): vendors, platforms, roles
and P&L lines per vertical, abbreviations, QuickBooks detail types, traps, mixed lines,
customer-source words and the channels. Read once, on first use; the classifier (core)
compiles it with its built-in terms."""

from __future__ import annotations

import sys
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["vocabulary"]


@cache
def vocabulary() -> dict[str, Any]:
    """The file's tables as plain data: ``activities``, ``sources``, ``generic``, ``weak``,
    ``mixed``, ``channels``."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib

    text = resources.files("bizaudit").joinpath("data/vocabulary-verticals.toml").read_text("utf-8")
    data: dict[str, Any] = tomllib.loads(text)
    return data
