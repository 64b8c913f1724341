"""Small tables the commands print besides reports: classifications, the classifier's
confusion table, the rules."""

from __future__ import annotations

from collections.abc import Sequence

from rich.table import Table

from bizaudit.core.classify import Classification, SourceClass
from bizaudit.core.evaluation import Evaluation, SourceEvaluation
from bizaudit.core.rules import Rule
from bizaudit.explain.text import printable
from bizaudit.model.vocab import CATEGORIES, SOURCE_KINDS

__all__ = ["classifications", "confusion", "rules", "source_confusion", "source_readings"]


def classifications(results: Sequence[tuple[str, Classification]]) -> Table:
    table = Table(box=None, padding=(0, 1))
    for column in ("name", "category", "purpose", "confidence", "because"):
        table.add_column(column, overflow="fold")
    for name, c in results:
        table.add_row(printable(name), c.category, c.purpose or "-", c.confidence, c.reason)
    return table


def source_readings(results: Sequence[tuple[str, SourceClass]]) -> Table:
    table = Table(box=None, padding=(0, 1))
    for column in ("source", "kind", "because"):
        table.add_column(column, overflow="fold")
    for name, s in results:
        table.add_row(printable(name), s.kind, s.reason)
    return table


def source_confusion(result: SourceEvaluation) -> Table:
    table = Table(title="expected (rows) × read as (columns)", box=None, padding=(0, 1))
    table.add_column("")
    for kind in SOURCE_KINDS:
        table.add_column(kind, justify="right")
    for expected in SOURCE_KINDS:
        table.add_row(expected, *(str(result.confusion[(expected, got)]) for got in SOURCE_KINDS))
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
