"""``bizaudit trend``: periods of one business side by side."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from bizaudit.cli.shared import (
    EXIT_INPUT,
    app,
    emit,
    guarded,
    print_errors,
    settings,
    warn,
    warn_if_not_one_business,
    warn_names_cut,
)
from bizaudit.io.errors import InputError

if TYPE_CHECKING:
    from bizaudit.io.loading import Document
    from bizaudit.model.report import ProfileReport

__all__ = ["trend_command"]

_ORDERS = ("given", "period")


def _checked(audited: list[tuple["Document", "ProfileReport"]], order: str) -> list[InputError]:
    """What stops a trend: a period to sort by that is missing or named twice, and amounts
    in different currencies (they do not compare; each error at the later profile's line)."""
    errors = []
    if order == "period":
        seen: dict[str, str] = {}
        for document, report in audited:
            period = report.business.period
            if period is None:
                errors.append(
                    document.error(
                        ("business",),
                        "no business.period to sort by",
                        "add 'period: 2025' under business, or list the profiles in order "
                        "without --sort period",
                    )
                )
            elif period in seen:
                errors.append(
                    document.error(
                        ("business", "period"),
                        f"period {period!r} is also the period of {seen[period]}",
                        "each profile of a trend is one period",
                    )
                )
            else:
                seen[period] = report.path
    first = audited[0][1]
    for document, report in audited[1:]:
        if report.business.currency != first.business.currency:
            errors.append(
                document.error(
                    ("business", "currency"),
                    f"amounts here are in {report.business.currency}, "
                    f"but in {first.business.currency} in {first.path}",
                    "convert the profiles so all use the same currency",
                )
            )
    return errors


@app.command("trend", short_help="Follow the key figures and the score across periods.")
@guarded
def trend_command(
    profiles: Annotated[
        list[Path],
        typer.Argument(
            metavar="PROFILE",
            help="Two or more periods of one business: profiles, or folders of them.",
            show_default=False,
        ),
    ],
    format: Annotated[
        str,
        typer.Option("--format", "-f", metavar="FORMAT", help="rich, json, markdown or html."),
    ] = "rich",
    sort: Annotated[
        str,
        typer.Option(
            metavar="ORDER",
            help="given: the order on the command line (a folder's profiles by name); "
            "period: by business.period.",
        ),
    ] = "given",
) -> None:
    """Follow marketing, referrals, CAC, LTV ÷ CAC and the score across periods."""
    from bizaudit.core.trend import period_key, trend
    from bizaudit.explain.numbers import money_locale
    from bizaudit.io.checker import Options, audit_each, profile_paths
    from bizaudit.render import trend_report

    if format not in trend_report.FORMATS:
        raise typer.BadParameter("choose rich, json, markdown or html", param_hint="--format")
    if sort not in _ORDERS:
        raise typer.BadParameter("choose given or period", param_hint="--sort")
    paths, errors = profile_paths(profiles)
    if not errors and len(paths) < 2:
        raise typer.BadParameter(
            "give two or more profiles, one a period (a folder counts its *.yaml files)",
            param_hint="PROFILE",
        )
    options = Options(settings=settings(format))
    audited, unusable = audit_each(paths, options)
    warn_names_cut(document for document, _ in audited)
    errors += unusable
    if not errors:
        if sort == "period":
            audited.sort(key=lambda pair: period_key(pair[1].business.period or ""))
        errors = _checked(audited, sort)
    if errors:
        print_errors(errors, format)
        raise typer.Exit(EXIT_INPUT)
    reports = [report for _, report in audited]
    warn_if_not_one_business(reports, "trend")
    labels = [report.business.period for report in reports]
    if (
        sort == "given"
        and all(labels)
        and labels != sorted(labels, key=lambda label: period_key(label or ""))
    ):
        warn(
            f"the periods are given out of order ({', '.join(str(label) for label in labels)});"
            " a trend reads them oldest first as given: add --sort period to order them"
        )
    found = trend(reports)
    render = {
        "rich": trend_report.render_rich,
        "json": trend_report.render_json,
        "markdown": trend_report.render_markdown,
        "html": trend_report.render_html,
    }[format]
    with money_locale(
        found.periods[-1].business.locale, found.periods[-1].business.currency
    ):  # as the newest period writes it
        emit(render(found))
