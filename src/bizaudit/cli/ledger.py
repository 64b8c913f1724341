"""``bizaudit import``: a profile from an accounting or bank export."""

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from bizaudit.cli.app import (
    app,
    console,
    exit_on_input_errors,
    guarded,
    refuse_existing,
    settings,
    write,
)
from bizaudit.explain.numbers import format_money, plural
from bizaudit.explain.text import printable
from bizaudit.model import amounts

__all__ = ["import_command"]


@app.command("import")
@guarded
def import_command(
    ledger: Annotated[
        Path, typer.Argument(metavar="LEDGER", help="The CSV export.", show_default=False)
    ],
    output: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            "--output",
            "-o",
            metavar="PATH",
            help="Write the profile here (default: standard output).",
        ),
    ] = None,
    revenue: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            metavar="AMOUNT", help="Revenue for the period, when the export has no income lines."
        ),
    ] = None,
    period: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(metavar="LABEL", help="Label for the period, e.g. 2026."),
    ] = None,
    group_by: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            metavar="account|payee",
            help="One activity per account or per payee (default: account when the export "
            "has accounts).",
        ),
    ] = None,
    map_file: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            "--map",
            metavar="COLUMNS.yaml",
            help="A YAML file naming the columns of an unusual export.",
        ),
    ] = None,
    currency: Annotated[
        str, typer.Option(metavar="CODE", help="ISO 4217 code of the amounts.")
    ] = "USD",
    name: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(metavar="NAME", help="The business's name."),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite an existing output file.")
    ] = False,
) -> None:
    """Build a profile from an accounting or bank CSV export."""
    from bizaudit.io.checker import Options
    from bizaudit.io.ledger import mapping, read_ledger, writer
    from bizaudit.io.output import note_input
    from bizaudit.model.profile import CURRENCY_CODE, ClassifyRules
    from bizaudit.render.progress import reading

    if group_by not in (None, "account", "payee"):
        raise typer.BadParameter("choose account or payee", param_hint="--group-by")
    if not CURRENCY_CODE.fullmatch(currency):
        raise typer.BadParameter(
            f"{printable(currency)[:20]!r} is not a three-letter ISO 4217 code such as USD, "
            "EUR or GBP",
            param_hint="--currency",
        )
    note_input(ledger)  # what is read is never what is written, even with --force
    if map_file is not None:
        note_input(map_file)
    if output is not None:
        refuse_existing(output, force)
    amount = None
    if revenue is not None:
        try:
            amount = amounts.parse_money(revenue)
        except amounts.AmountError as exc:
            raise typer.BadParameter(str(exc), param_hint="--revenue") from None
    classifier = Options(settings=settings("rich")).classifier_for(ClassifyRules())
    with exit_on_input_errors("rich"):
        column_map = mapping.load(map_file) if map_file else None
        with reading(ledger, console(stderr=True)) as advance:
            imported = read_ledger(
                ledger,
                group_by=group_by,  # type: ignore[arg-type]
                column_map=column_map,
                classifier=classifier,
                progress=advance,
            )
    for row in imported.unreadable:
        held = f" (it held {format_money(abs(row.amount), currency)})" if row.amount else ""
        typer.echo(
            f"{printable(ledger)}:{row.row}: warning: row not read: {printable(row.message)}{held}",
            err=True,
        )
    if imported.unreadable_count:
        shown = len(imported.unreadable)
        more = f"; the first {shown} are listed" if shown < imported.unreadable_count else ""
        rows = plural(imported.unreadable_count, "row")
        typer.echo(f"{printable(ledger)}: {rows} could not be read{more}", err=True)
    text = writer.to_yaml(
        imported, revenue=amount, period=period, name=name, currency=currency.upper()
    )
    with exit_on_input_errors("rich"):  # never a profile that check would reject
        writer.check_valid(text, printable(ledger))
    if output is None:
        sys.stdout.write(text)
        return
    write(output, text, overwrite=force)
    written = printable(output)
    typer.echo(
        f"Wrote {written}: {plural(len(imported.activities), 'activity', 'activities')} "
        f"from {plural(imported.expense_lines, 'expense line')} ({imported.layout}). "
        f"Check it with: bizaudit check {written}",
        err=True,
    )
