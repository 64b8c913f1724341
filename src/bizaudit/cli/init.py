"""``bizaudit init``: a starter profile from a few questions."""

import shutil
import sys
import textwrap
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional, TypeVar

import typer

from bizaudit.cli.shared import EXIT_INPUT, app, guarded, refuse_existing, write
from bizaudit.explain.text import printable
from bizaudit.model import amounts

if TYPE_CHECKING:
    from bizaudit.io.starter import Answers

__all__ = ["init_command"]


@app.command("init")
@guarded
def init_command(
    path: Annotated[
        Path,
        typer.Argument(metavar="PATH", help="Where to write the profile; - prints it instead."),
    ] = Path("profile.yaml"),
    no_input: Annotated[
        bool, typer.Option("--no-input", help="Write the commented example without asking.")
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a starter profile from a few questions (or --no-input)."""
    from bizaudit.io import starter

    to_stdout = str(path) == "-"  # bizaudit init --no-input - | bizaudit check -
    if to_stdout and not no_input:  # the questions would be mixed into the profile
        raise typer.BadParameter("- prints the example profile: add --no-input", param_hint="PATH")
    if not to_stdout:
        refuse_existing(path, force)
    answers = starter.template() if no_input else _ask()
    text = starter.to_yaml(answers, "-" if to_stdout else str(path))
    starter.check_valid(text, str(path))  # never write a profile that check would reject
    if to_stdout:
        sys.stdout.write(text)
        return
    write(path, text, overwrite=force)
    typer.echo(f"Wrote {printable(path)}. Check it with: bizaudit check {printable(path)}")


T = TypeVar("T")


def _say(text: str, indent: str = "  ") -> None:
    """A line of guidance, wrapped to the terminal (at most 100 columns)."""
    width = min(shutil.get_terminal_size().columns, 100) - 1
    typer.echo(textwrap.fill(text, width=width, subsequent_indent=indent))


def _answer(question: str, default: Optional[str]) -> str:  # noqa: UP045
    """One line from standard input; the end of input stops ``init`` with exit 2 (nothing is
    written), Ctrl-C with exit 130 (the guard)."""
    typer.echo(f"{question} [{default}]: " if default else f"{question}: ", nl=False)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    if not line:
        typer.echo("", err=True)
        typer.echo(
            "bizaudit: error: the input ended before every question was answered; "
            "nothing was written — answer them all, or use --no-input",
            err=True,
        )
        raise typer.Exit(EXIT_INPUT)
    return line.strip() or (default or "")


def _until_read(question: str, read: Callable[[str], T], default: Optional[str] = None) -> T:  # noqa: UP045
    """Ask until ``read`` accepts the answer; its ValueError says what was wrong."""
    while True:
        text = _answer(question, default)
        try:
            return read(text)
        except ValueError as exc:  # AmountError is a ValueError
            typer.echo(f"  {exc}")


def _ask() -> "Answers":
    """The questions of `bizaudit init`, re-asked until each answer is one a profile accepts."""
    from bizaudit.io import starter
    from bizaudit.model.profile import CURRENCY_CODE, INDUSTRIES, TEXT_MAX
    from bizaudit.model.vocab import SECTORS, VERTICALS, industry_for

    def text(value: str) -> str:
        if not value or not value.isprintable() or len(value) > TEXT_MAX:
            raise ValueError("write a short name on one line")
        return value

    def optional(read: Callable[[str], T]) -> Callable[[str], Optional[T]]:  # noqa: UP045
        return lambda value: read(value) if value else None

    def industry(value: str) -> str:
        if value.lower() not in INDUSTRIES:
            meant = industry_for(value)
            raise ValueError(
                "choose one of the industries above"
                + (f" (did you mean {meant}?)" if meant else "")
            )
        return value.lower()

    def currency(value: str) -> str:
        if not CURRENCY_CODE.fullmatch(value):
            raise ValueError("a three-letter ISO 4217 code such as USD, EUR or GBP")
        return value.upper()

    answers = starter.Answers()
    answers.name = _until_read("Business name", text)
    _say(
        "Industries: a vertical holds marketing to its own range: "
        + ", ".join(VERTICALS)
        + "; or a sector, for benchmarks only: "
        + ", ".join(SECTORS)
        + "."
    )
    answers.industry = _until_read("Industry (empty to skip)", optional(industry), "")
    answers.currency = _until_read("Currency (ISO code)", currency, "USD")
    answers.period = _until_read("Period (e.g. FY2026; empty to skip)", optional(text), "")
    answers.revenue = _until_read("Revenue for the period", amounts.parse_money)
    typer.echo(
        "Every cost of the period, as your P&L lists them: wages, rent and cost of goods "
        "too (empty name to finish):"
    )
    while name := _until_read("  Activity", optional(text), ""):
        answers.activities.append((name, _until_read(f"  Spend on {name}", amounts.parse_money)))
    typer.echo("Where last period's new customers came from (empty to finish):")
    while source := _until_read("  Source", optional(text), ""):
        customers = _until_read(f"  Customers from {source}", amounts.parse_count)
        answers.sources.append((source, customers))
    # What a customer is worth, and the owner's week: without them the first check can only
    # ask for them (BA109) and show no LTV (an owner's review, 2026-12-02).
    money, share = optional(amounts.parse_money), optional(amounts.parse_percent)
    answers.average_revenue = _until_read(
        "A year's revenue from one customer (empty to skip)", money, ""
    )
    answers.gross_margin = _until_read("Gross margin, e.g. 40% (empty to skip)", share, "")
    answers.retention_rate = _until_read(
        "Customers still with you a year later, e.g. 70% (empty to skip)", share, ""
    )
    _say(f"Delivery: {starter.hours_meaning('delivery')}")
    delivery = _until_read(
        "Your hours a week delivering the work (partners: all of you added together; "
        "empty to skip the owner's week)",
        optional(amounts.parse_hours),
        "",
    )
    owners = 1
    if delivery is not None:
        # partners' weeks added together are read as theirs, not one owner's (AF11 of the
        # twentieth round: init could not say so, and 3 partners' 168 hours read as one's)
        owners = _until_read("  How many owners or partners do these hours cover?", _owners, "1")
        if owners > 1:
            answers.owner_hours["owners"] = Decimal(owners)
        answers.owner_hours["delivery"] = delivery
        for part in ("marketing", "sales", "admin"):
            # what each part holds, before its figure is asked (a coach's review, 2026-12-04:
            # an owner could not tell whether quoting a job was sales or delivery)
            _say(f"  {part.capitalize()}: {starter.hours_meaning(part)}", indent="    ")
            answers.owner_hours[part] = _until_read(
                f"  Hours a week on {part}", amounts.parse_hours, "0"
            )
        # Without it the profit is also the owner's wage (BA118; an owner's coach's review,
        # 2026-12-02: a shop at 8% made 0.6% once its owner was paid).
        pay = _until_read(
            "  What the business pays you for the period, salary or draws "
            "(empty if a cost above already does)",
            money,
            "",
        )
        if pay is not None:
            # a draw is written as one, so BA116 can ask for a fair wage in its place (AF11 of
            # the twentieth round: draws written as "Owner's pay" read as a salary)
            draws = _until_read("  Is that a salary on payroll (s) or draws (d)?", _draws, "s")
            name = ("Partner" if owners > 1 else "Owner") + (
                " draws" if draws else (" salaries" if owners > 1 else "'s pay")
            )
            answers.activities.append((name, pay))
    return answers


def _owners(value: str) -> int:
    """How many owners the week covers: a whole number from 1 to the profile's limit."""
    from bizaudit.model.profile import MAX_OWNERS

    count = amounts.parse_count(value)
    if not 1 <= count <= MAX_OWNERS:
        raise ValueError(f"a whole number from 1 to {MAX_OWNERS}")
    return count


def _draws(value: str) -> bool:
    """Whether the owner's pay is draws ("d"), not a salary ("s")."""
    answer = value.strip().lower()
    if answer in ("s", "salary", "payroll"):
        return False
    if answer in ("d", "draw", "draws"):
        return True
    raise ValueError("answer s (a salary on payroll) or d (draws)")
