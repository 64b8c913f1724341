"""``bizaudit diff``: compare two periods of one business."""

from pathlib import Path
from typing import Annotated, Optional

import typer

from bizaudit.cli.shared import (
    EXIT_FAILED,
    EXIT_INPUT,
    app,
    emit,
    guarded,
    print_errors,
    settings,
    warn_if_not_one_business,
    warn_names_cut,
)
from bizaudit.io.errors import InputError

__all__ = ["diff_command"]


@app.command("diff")
@guarded
def diff_command(
    old: Annotated[
        Path, typer.Argument(metavar="OLD", help="The earlier profile.", show_default=False)
    ],
    new: Annotated[
        Path, typer.Argument(metavar="NEW", help="The later profile.", show_default=False)
    ],
    format: Annotated[
        str, typer.Option("--format", "-f", metavar="FORMAT", help="rich, json or markdown.")
    ] = "rich",
    fail_on_drop: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(
            metavar="METRIC",
            help="Exit 1 when this figure got worse or can no longer be worked out "
            "(repeatable): score, marketing_share_of_revenue, marketing_share_of_spend, "
            "referral_share, owner_marketing_time_share, acquisition_channels, ltv_to_cac, "
            "payback_months.",
        ),
    ] = None,
) -> None:
    """Compare two periods: figures, spend moved, findings changed."""
    from bizaudit.core.diff import GATES, METRICS, compare
    from bizaudit.explain.numbers import money_locale
    from bizaudit.io.checker import Options, audit_each
    from bizaudit.render import diff_report

    if format not in diff_report.FORMATS:
        raise typer.BadParameter("choose rich, json or markdown", param_hint="--format")
    watched = fail_on_drop or []
    unjudged = [m for m in watched if m in METRICS and m not in GATES]
    if unjudged:
        raise typer.BadParameter(
            f"{unjudged[0]!r} is shown but not judged: no rule holds it either way, so it "
            f"cannot get worse; choose from {', '.join(GATES)}",
            param_hint="--fail-on-drop",
        )
    unknown = [m for m in watched if m not in METRICS]
    if unknown:
        raise typer.BadParameter(
            f"unknown metric {unknown[0]!r}; choose from {', '.join(GATES)}",
            param_hint="--fail-on-drop",
        )
    errors = [
        InputError(str(p), "a folder, not a profile", "diff compares two profile files")
        for p in (old, new)
        if p.is_dir()
    ]
    if errors:
        print_errors(errors, format)
        raise typer.Exit(EXIT_INPUT)
    options = Options(settings=settings(format))
    # One at a time: a file compared with itself is audited twice.
    sides, errors = audit_each((old, new), options)
    warn_names_cut(document for document, _ in sides)
    if not errors:
        (_, before), (document, after) = sides
        if before.business.currency != after.business.currency:
            # Amounts in two currencies do not compare: an error at NEW's currency line.
            errors.append(
                document.error(
                    ("business", "currency"),
                    f"amounts here are in {after.business.currency}, "
                    f"but in {before.business.currency} in {before.path}",
                    "convert one profile so both use the same currency",
                )
            )
    if errors:
        print_errors(errors, format)
        raise typer.Exit(EXIT_INPUT)
    warn_if_not_one_business([before, after], "diff")
    diff = compare(before, after)
    render_fn = {
        "rich": diff_report.render_rich,
        "json": diff_report.render_json,
        "markdown": diff_report.render_markdown,
    }[format]
    with money_locale(
        after.business.locale, after.business.currency
    ):  # the amounts as the newer profile writes them
        emit(render_fn(diff))
    worse = diff.worse(watched)
    if worse:
        names = ", ".join(
            c.metric
            + (" (now n/a: the new profile lacks what it takes)" if c.after is None else "")
            for c in worse
        )
        typer.echo(f"bizaudit: got worse: {names}", err=True)
        raise typer.Exit(EXIT_FAILED)
