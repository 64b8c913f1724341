"""``bizaudit import``: a profile from an accounting or bank export."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from bizaudit.cli.shared import (
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

if TYPE_CHECKING:
    from bizaudit.io.errors import InputError
    from bizaudit.io.ledger import Imported, Unreadable
    from bizaudit.io.ledger.parsing import Said

__all__ = ["import_command"]


@app.command("import", short_help="Build a profile from a ledger, card or bank export.")
@guarded
def import_command(
    ledger: Annotated[
        Path,
        typer.Argument(
            metavar="LEDGER",
            help="The export: a CSV file, or an OFX or QFX statement.",
            show_default=False,
        ),
    ],
    output: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            "--output",
            "-o",
            metavar="PATH",
            help="Write the profile here (default, or -: standard output).",
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
        Optional[str],  # noqa: UP045
        typer.Option(
            metavar="CODE",
            help="ISO 4217 code of the amounts, when the export does not say (OFX files and "
            "exports with currency symbols or a currency column do).",
        ),
    ] = None,
    name: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(metavar="NAME", help="The business's name."),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite an existing output file.")
    ] = False,
) -> None:
    """Build a profile from an accounting, card or bank export (CSV, OFX or QFX)."""
    from bizaudit.io.checker import Options
    from bizaudit.io.errors import InputError, InputErrors
    from bizaudit.io.ledger import mapping, read_ledger, writer
    from bizaudit.io.output import note_input
    from bizaudit.model.profile import CURRENCY_CODE, ClassifyRules
    from bizaudit.render.progress import reading

    if group_by not in (None, "account", "payee"):
        raise typer.BadParameter("choose account or payee", param_hint="--group-by")
    if currency is not None and not CURRENCY_CODE.fullmatch(currency):
        raise typer.BadParameter(
            f"{printable(currency)[:20]!r} is not a three-letter ISO 4217 code such as USD, "
            "EUR or GBP",
            param_hint="--currency",
        )
    if output is not None and str(output) == "-":  # -o -: standard output, as for init
        output = None
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
    found = settings("rich")
    classifier = Options(settings=found).classifier_for(ClassifyRules())
    with exit_on_input_errors("rich"):
        column_map = mapping.load(map_file) if map_file else None
        with reading(ledger, console(stderr=True)) as advance:
            imported = read_ledger(
                ledger,
                group_by=group_by,  # type: ignore[arg-type]
                column_map=column_map,
                classifier=classifier,
                progress=advance,
                workers=found.workers,
            )
    with exit_on_input_errors("rich"):
        missing: list[InputError] = []  # both options at once, not one per run
        code, asked = currency or "", False
        try:
            code, asked = _currency(imported, currency, printable(ledger))
        except InputError as exc:
            missing.append(exc)
        if amount is None and imported.income <= 0:
            try:
                amount, told = _revenue(printable(ledger))
                asked = asked or told
            except InputError as exc:
                missing.append(exc)
        if missing:
            raise InputErrors(missing)
    for row in imported.unreadable:
        held = f" (it held {format_money(abs(row.amount), code)})" if row.amount else ""
        typer.echo(
            f"{printable(ledger)}:{row.row}: warning: row not read: {_cell(imported, row)}"
            f"{printable(row.message)}{held}",
            err=True,
        )
    if imported.unreadable_count:
        shown = len(imported.unreadable)
        more = f"; the first {shown} are listed" if shown < imported.unreadable_count else ""
        rows = plural(imported.unreadable_count, "row")
        typer.echo(f"{printable(ledger)}: {rows} could not be read{more}", err=True)
    given = "answered for" if asked else "given with"  # a question at the terminal, or not
    text = writer.to_yaml(
        imported, revenue=amount, period=period, name=name, currency=code, given=given
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


def _cell(imported: Imported, row: Unreadable) -> str:
    """ "column 14 (Amount): ", the cell at fault in an unread row, when one is. The warning
    keeps its FILE:LINE: prefix (a row, not a cell, is what is left out), so the column is
    said in words."""
    if row.column is None:
        return ""
    header = imported.header or []
    named = header[row.cell].strip() if row.cell is not None and row.cell < len(header) else ""
    shown = f" ({printable(' '.join(named.split())[:30])})" if named else ""
    return f"column {row.column}{shown}: "


def _at_a_terminal() -> bool:
    """Whether a missing option can be asked for: someone is at the keyboard."""
    return sys.stdin.isatty() and sys.stderr.isatty()


def _currency(imported: Imported, given: str | None, shown: str) -> tuple[str, bool]:
    """The currency of the import, and whether it was asked for: what the file says, or
    --currency, or the answer to a question at a terminal. A file that says one currency and
    an option that says another is an error, except a bare $ (US, Canadian, Australian...),
    which --currency settles."""
    from bizaudit.io.errors import InputError

    said = imported.currency
    if said is not None and said.mixed:
        first = f"; the first in {said.other} is on line {said.at.line}" if said.at else ""
        raise _said_error(
            shown,
            said,
            f"the export's amounts are in more than one currency ({', '.join(said.mixed)}"
            f"{first}); a profile adds up amounts of one currency",
            "export one currency at a time, or convert the amounts first",
        )
    if given is not None:
        code = given.upper()
        if said is not None and said.certain and said.code != code:
            raise _said_error(
                shown,
                said,
                f"the export's amounts are in {said.code} ({said.where}), not {code}",
                f"leave --currency out, or pass --currency {said.code}",
            )
        return code, False
    if said is not None:
        return said.code, False
    if _at_a_terminal():
        from bizaudit.model.profile import CURRENCY_CODE

        question = "The export does not say its currency. Which is it (USD, EUR, GBP...)?"
        while True:
            try:
                answer = str(typer.prompt(question, err=True)).strip().upper()
            except typer.Abort:  # end of input: no answer, as in a pipe
                break
            if CURRENCY_CODE.fullmatch(answer):
                return answer, True
            typer.echo("A three-letter ISO 4217 code, please.", err=True)
    raise InputError(
        shown,
        "the export does not say which currency its amounts are in",
        "pass it: --currency CODE, e.g. --currency USD (or EUR, GBP...)",
    )


def _said_error(shown: str, said: Said, message: str, hint: str) -> InputError:
    """An error about the currency a file says, where it says it (the cell, the <CURDEF>, the
    map file's line), or at the whole file when that is not known."""
    from bizaudit.io.errors import InputError

    at = said.at
    if at is None:
        return InputError(shown, message, hint)
    source = None if at.source is None else printable(at.source, keep="\t")
    return InputError(at.path or shown, message, hint, at.line, at.column, source)


def _revenue(shown: str) -> tuple[Decimal, bool]:
    """The period's revenue for an export that holds no income (a card statement, an expense
    report), and whether it was asked for: asked at a terminal, else an input error. A profile
    written with a revenue of 0 would be audited as a business with no revenue yet, and pass
    or fail for that reason."""
    from bizaudit.io.errors import InputError

    if _at_a_terminal():
        question = "The export holds no income. What was the revenue for the period?"
        while True:
            try:
                answer = str(typer.prompt(question, err=True))
            except typer.Abort:  # end of input: no answer, as in a pipe
                break
            try:
                return amounts.parse_money(answer), True
            except amounts.AmountError as exc:
                typer.echo(str(exc), err=True)
    raise InputError(
        shown,
        "the export holds no income, so the period's revenue is unknown",
        "pass it: --revenue AMOUNT, e.g. --revenue 120000 (0 for a business with no revenue yet)",
    )
