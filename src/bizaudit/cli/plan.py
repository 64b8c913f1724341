"""``bizaudit plan``: where the next dollar of acquisition should go."""

from __future__ import annotations

from collections.abc import Callable, Collection
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Optional

import typer

from bizaudit.cli.shared import (
    app,
    emit,
    exit_on_input_errors,
    guarded,
    settings,
    warn_names_cut,
    write,
)

__all__ = ["plan_command"]


@app.command("plan", short_help="Move acquisition money between channels, with its reasons.")
@guarded
def plan_command(
    profile: Annotated[
        Path, typer.Argument(metavar="PROFILE", help="The profile to plan for.", show_default=False)
    ],
    budget: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            metavar="AMOUNT",
            help="The acquisition budget to plan (default: today's), e.g. 50000 or 50k.",
        ),
    ] = None,
    target_new_customers: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option(
            metavar="N", min=1, help="Plan the budget that reaches N new customers a period."
        ),
    ] = None,
    max_shift: Annotated[
        str,
        typer.Option(metavar="PCT", help="The most of a channel's spend one plan cuts."),
    ] = "30%",
    exponent: Annotated[
        str,
        typer.Option(
            metavar="E",
            help="Diminishing returns: customers grow as spend^E (0 < E <= 1), default 0.5.",
        ),
    ] = "0.5",
    min_customers: Annotated[
        int,
        typer.Option(
            metavar="N", min=1, help="Leave alone channels with fewer new customers (default 20)."
        ),
    ] = 20,
    format: Annotated[
        str, typer.Option("--format", "-f", metavar="FORMAT", help="rich, json or markdown.")
    ] = "rich",
    output: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--output",
            "-o",
            metavar="[FORMAT:]PATH",
            help="Also write the plan to a file: plan.json, plan.md, or e.g. rich:plan.txt.",
        ),
    ] = None,
) -> None:
    """Move acquisition money between channels: an explained plan, under stated assumptions."""
    from bizaudit.core.plan import Assumptions, plan
    from bizaudit.explain.numbers import money_locale
    from bizaudit.explain.plan import plan_report
    from bizaudit.io.checker import Options, audit_of, load_profile
    from bizaudit.io.output import note_input
    from bizaudit.model import amounts
    from bizaudit.render import plan_report as render

    if format not in render.FORMATS:
        raise typer.BadParameter("choose rich, json or markdown", param_hint="--format")
    written = _output(output, render.FORMATS) if output is not None else None
    if budget is not None and target_new_customers is not None:
        raise typer.BadParameter(
            "give a budget or a target, not both", param_hint="--target-new-customers"
        )
    asked = _parsed(amounts.parse_money, budget, "--budget") if budget is not None else None
    shift = _parsed(amounts.parse_percent, max_shift, "--max-shift")
    if not Decimal(0) < shift <= Decimal(1):
        raise typer.BadParameter("a share above 0% and at most 100%", param_hint="--max-shift")
    curve = _parsed(Decimal, exponent, "--exponent")
    if not curve.is_finite() or not Decimal(0) < curve <= Decimal(1):  # NaN compares with nothing
        raise typer.BadParameter("a number above 0 and at most 1", param_hint="--exponent")
    note_input(profile)
    options = Options(settings=settings(format))
    with exit_on_input_errors(format):
        document, loaded = load_profile(profile, options.limits)
    warn_names_cut([document])
    done = audit_of(loaded, options)
    assumptions = Assumptions(exponent=curve, max_shift=shift, min_customers=min_customers)
    made = plan(
        done.facts.by_channel,
        budget=asked,
        target=target_new_customers,
        ltv=done.facts.economics.ltv.value,
        assumptions=assumptions,
        ltvs=done.facts.channel_ltvs(),
    )
    with money_locale(
        loaded.business.locale, loaded.business.currency
    ):  # the profile's money as its locale writes it
        report = plan_report(made, done.facts, path=document.path)
        emit(render.FORMATS[format](report))
        if written is not None:
            kind, path = written
            write(path, render.FORMATS[kind](report))


def _parsed(parse: Callable[[str], Decimal], value: str, option: str) -> Decimal:
    from bizaudit.model.amounts import AmountError

    try:
        return Decimal(parse(value))
    except (AmountError, ArithmeticError, ValueError) as exc:
        said = str(exc) if isinstance(exc, AmountError) else f"{value!r} is not a number"
        raise typer.BadParameter(said, param_hint=option) from None


_EXTENSIONS = {".json": "json", ".md": "markdown", ".markdown": "markdown", ".txt": "rich"}


def _output(value: str, formats: Collection[str]) -> tuple[str, Path]:
    """``json:plan.out``, or a path whose extension names the format (``plan.json``)."""
    kind, colon, rest = value.partition(":")
    if colon and kind in formats and rest:
        return kind, Path(rest)
    path = Path(value)
    found = _EXTENSIONS.get(path.suffix.lower())
    if found is None:
        raise typer.BadParameter(
            f"{value!r}: name the format, e.g. json:{value}, or end the name in .json, .md or .txt",
            param_hint="--output",
        )
    return found, path
