"""Small tables the commands print besides reports: classifications, the classifier's
confusion table, the rules."""

from __future__ import annotations

from collections.abc import Sequence

from rich.table import Table

from bizaudit.core.classify import Classification
from bizaudit.core.evaluation import Evaluation
from bizaudit.core.rules import Rule
from bizaudit.explain.text import printable
from bizaudit.model.vocab import CATEGORIES

__all__ = ["classifications", "confusion", "rules"]


def classifications(results: Sequence[tuple[str, Classification]]) -> Table:
    table = Table(box=None, padding=(0, 1))
    for column in ("name", "category", "purpose", "confidence", "because"):
        table.add_column(column, overflow="fold")
    for name, c in results:
        table.add_row(printable(name), c.category, c.purpose or "-", c.confidence, c.reason)
    return table


def confusion(result: Evaluation) -> Table:
    table = Table(title="expected (rows) × classified as (columns)", box=None, padding=(0, 1))
    table.add_column("")
    for category in CATEGORIES:
        table.add_column(category, justify="right")
    for expected in CATEGORIES:
        table.add_row(expected, *(str(result.confusion[(expected, got)]) for got in CATEGORIES))
    return table


def rules(registered: Sequence[Rule]) -> Table:
    table = Table(box=None, padding=(0, 1))
    for column in ("rule", "name", "severity", "summary"):
        table.add_column(column, overflow="fold")
    for rule in registered:
        table.add_row(rule.id, rule.name, rule.severity, rule.summary)
    return table
