"""``bizaudit rules`` and ``bizaudit rule``: the rules, and one rule explained."""

import shutil
import sys
import textwrap
from typing import Annotated

import typer

from bizaudit.cli.shared import EXIT_INPUT, app, emit, guarded

__all__ = ["rule_command", "rules_command"]


@app.command("rules")
@guarded
def rules_command(
    format: Annotated[
        str,
        typer.Option(
            "--format", "-f", metavar="FORMAT", help="table, or markdown for the full reference."
        ),
    ] = "table",
) -> None:
    """List the rules with their IDs and severities."""
    from bizaudit.core.rules import RULES, reference_markdown

    if format == "markdown":
        sys.stdout.write(reference_markdown())
        return
    if format not in ("table", "rich"):  # rich: what check, diff and trend call it
        raise typer.BadParameter("choose table or markdown", param_hint="--format")
    from bizaudit.render import tables

    emit(tables.rules(list(RULES.values())))
    typer.echo("\nExplain one with: bizaudit rule BA101")


# "explain" is what a newcomer types for it (and the word ruff, pylint and others use for
# the same thing): a hidden alias, as a mistyped command was told "Did you mean 'plan'?"
# (X17 of the forty-sixth review round, 2026-12-06)
@app.command("explain", hidden=True)
@app.command("rule")
@guarded
def rule_command(
    rule_id: Annotated[
        str,
        typer.Argument(
            metavar="RULE",
            help="A rule ID or name, e.g. BA101 or marketing-below-minimum.",
            show_default=False,
        ),
    ],
) -> None:
    """Explain one rule and how to fix what it finds."""
    from bizaudit.core.rules import UnknownRuleError, get

    try:
        rule = get(rule_id)
    except UnknownRuleError as exc:
        typer.echo(f"bizaudit: error: {exc}", err=True)
        raise typer.Exit(EXIT_INPUT) from None
    typer.echo(f"{rule.id} {rule.name} ({rule.severity})\n")
    width = min(shutil.get_terminal_size().columns, 100) - 1
    typer.echo("\n\n".join(_wrapped(part, width) for part in rule.documentation().split("\n\n")))


def _wrapped(paragraph: str, width: int) -> str:
    """A paragraph of a rule's documentation filled to the terminal's width; a list or a
    table keeps its lines."""
    if any(line.lstrip().startswith(("- ", "* ", "|")) for line in paragraph.splitlines()):
        return paragraph
    return textwrap.fill(" ".join(paragraph.split()), width)
