"""The command line: one module per command, each parsing its options, calling the core,
rendering and choosing the exit code (see ``app`` for what they share)."""

from bizaudit.cli import check, classify, diff, init, ledger, plan, rules, schema, trend
from bizaudit.cli.app import app

__all__ = [
    "app",
    "check",
    "classify",
    "diff",
    "init",
    "ledger",
    "main",
    "plan",
    "rules",
    "schema",
    "trend",
]


def main() -> None:
    """Console-script entry point."""
    app()
