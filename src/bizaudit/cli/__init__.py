"""The command line: one module per command, each parsing its options, calling the core,
rendering and choosing the exit code (see ``app`` for what they share).

A run imports only the module of the command it names (``bizaudit check ...`` never builds
the options of the eight others, nor imports what they use); anything else (``--help``,
``--version``, a mistyped command) loads them all, and so does ``bizaudit.cli.app``, the app
with every command (``shared`` holds what the commands share)."""

from __future__ import annotations

import gc
import sys
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from typer import Typer

    from bizaudit.cli.shared import app

__all__ = ["COMMANDS", "app", "main"]

#: Each command's name → the module that defines it.
COMMANDS = {
    "check": "check",
    "classify": "classify",
    "diff": "diff",
    "explain": "rules",
    "import": "ledger",
    "init": "init",
    "plan": "plan",
    "rule": "rules",
    "rules": "rules",
    "schema": "schema",
    "trend": "trend",
}


def _load(modules: set[str]) -> Typer:
    for module in sorted(modules):
        import_module(f"bizaudit.cli.{module}")  # each registers its commands on the app
    from bizaudit.cli.shared import app

    return app


def __getattr__(name: str) -> Any:
    if name == "app":
        return _load(set(COMMANDS.values()))
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main() -> None:
    """Console-script entry point. The collector's youngest generation is collected every
    100,000 new objects, not every 700: start-up builds the profile's models and reads the
    vocabulary, tens of thousands of objects that all live until the run ends, and walking
    them over and over cost 2% of a check of one small profile (31 M instructions, counted
    with callgrind, 2026-12-04); what an audit leaves is freed by reference counting.

    When the command is done, everything left is frozen: the interpreter collects once more
    as it shuts down, whether the collector is on or not, and that walk over every object the
    run made (the models, the vocabulary, a batch's reports) freed nothing and cost about 130 M
    instructions, 9% of a check of one small profile (counted with callgrind, 2026-12-07).
    Frozen objects are still freed by reference counting as the interpreter clears its
    modules; every output is written and closed before (``io.output``), and the standard
    streams are flushed by the interpreter itself."""
    gc.set_threshold(100_000, *gc.get_threshold()[1:])
    named = COMMANDS.get(sys.argv[1]) if len(sys.argv) > 1 else None
    try:
        _load({named} if named is not None else set(COMMANDS.values()))()
    finally:
        gc.freeze()
