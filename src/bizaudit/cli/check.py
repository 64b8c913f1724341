"""``bizaudit check``: audit profiles and gate on the policy."""

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from bizaudit import render
from bizaudit.cli.shared import (
    EXIT_FAILED,
    EXIT_INPUT,
    app,
    emit,
    exit_on_input_errors,
    guarded,
    print_errors,
    settings,
    warn,
    write,
)
from bizaudit.explain.text import printable
from bizaudit.io.errors import InputError
from bizaudit.io.output import check_writable
from bizaudit.model import amounts

if TYPE_CHECKING:
    from bizaudit.model.profile import Policy

__all__ = ["check_command"]


def _cli_policy(options: dict[str, Optional[str]]) -> "Policy":  # noqa: UP045
    """The thresholds given as flags, parsed once, by the model (``--min-marketing-share
    100%`` is 1 after parsing; parsed again it would be an ambiguous bare 1)."""
    from pydantic import ValidationError

    from bizaudit.model.profile import Policy

    given = {name: value for name, value in options.items() if value is not None}
    try:
        return Policy.model_validate(given)
    except ValidationError as exc:
        detail = exc.errors(include_url=False, include_input=False)[0]
        option = "--" + str(detail["loc"][0]).replace("_", "-")
        raise typer.BadParameter(detail["msg"], param_hint=option) from None


def _size(value: str) -> int:
    try:
        return amounts.parse_size(value)
    except amounts.AmountError as exc:
        raise typer.BadParameter(str(exc), param_hint="--max-file-size") from None


#: The report a file's extension asks for, when ``-o`` names no format (``-o report.html``).
BY_EXTENSION = {
    ".html": "html",
    ".json": "json",
    ".md": "markdown",
    ".sarif": "sarif",
    ".svg": "svg",
    ".xml": "junit",
}


def _output(value: str) -> tuple[str, Path]:
    """``FORMAT:PATH``, or a PATH whose extension says the format (``.sarif.json`` is SARIF,
    as GitHub's code scanning names it)."""
    name, sep, rest = value.partition(":")
    if sep and name in render.FORMATS and rest:
        return name, Path(rest)
    path = Path(value)
    named = path.name.lower()
    format = "sarif" if named.endswith(".sarif.json") else BY_EXTENSION.get(path.suffix.lower())
    if format is None:
        said = f"{path.suffix!r} names no format; " if path.suffix else ""
        raise typer.BadParameter(
            f"{value!r}: {said}expected FORMAT:PATH with FORMAT one of "
            f"{', '.join(render.FORMATS)}, or a file ending in {', '.join(BY_EXTENSION)}",
            param_hint="--output",
        )
    return format, path


def _refuse_overwriting_inputs(outputs: list[tuple[str, Path]], profiles: list[Path]) -> None:
    inputs = {os.path.realpath(p) for p in profiles if p.is_file()}
    for _, path in outputs:
        if os.path.realpath(path) in inputs:
            raise typer.BadParameter(
                f"{printable(path)} is one of the profiles being checked; "
                "a report never overwrites a profile",
                param_hint="--output",
            )


def _step_summary(report: Any) -> None:
    """Inside GitHub Actions, append the Markdown summary to the job's summary page."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return
    from bizaudit.io.output import append
    from bizaudit.render import markdown

    try:
        append(Path(target), markdown.render(report))
    except InputError as exc:
        typer.echo(
            printable(f"{target}: warning: no step summary written: {exc.message}"), err=True
        )


@app.command("check")
@guarded
def check_command(
    profiles: Annotated[
        list[Path],
        typer.Argument(
            help="Profile files, or folders of *.yaml / *.yml profiles; - reads standard input.",
            show_default=False,
            metavar="PROFILE",
        ),
    ],
    format: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help=f"Report format: {', '.join(render.FORMATS)}. "
            "Default: github inside GitHub Actions, else rich.",
            show_default=False,
        ),
    ] = None,
    min_marketing_share: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            metavar="PCT", help="Least marketing spend ÷ revenue, e.g. 10% (overrides the profile)."
        ),
    ] = None,
    max_referral_share: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            metavar="PCT",
            help="Most new customers from referrals, e.g. 50% (overrides the profile).",
        ),
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Fail on warnings as well as errors.")
    ] = False,
    fail_on: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(
            "--fail-on",
            metavar="RULE",
            help="Fail on this rule's warnings too, reported as errors, e.g. BA114 or "
            "BA114,BA121. Repeatable.",
        ),
    ] = None,
    exit_zero: Annotated[
        bool,
        typer.Option(
            "--exit-zero", help="Exit 0 even when a policy fails (input errors still exit 2)."
        ),
    ] = False,
    output: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(
            "--output",
            "-o",
            metavar="[FORMAT:]PATH",
            help="Also write a report file: FORMAT:PATH, e.g. rich:report.txt, or a PATH whose "
            "extension says the format (.html, .json, .md, .sarif, .svg, .xml for JUnit). "
            "Repeatable.",
        ),
    ] = None,
    max_file_size: Annotated[
        str,
        typer.Option(
            metavar="SIZE",
            help="Largest profile file to read: bytes, or K, M, G (multiples of 1,024), e.g. 20M.",
        ),
    ] = "10M",
    debug: Annotated[
        bool,
        typer.Option(
            "--debug", help="Show the traceback of an internal error.", envvar="BIZAUDIT_DEBUG"
        ),
    ] = False,
) -> None:
    """Audit profiles; exit 1 when the policy fails, 2 on bad input."""
    if format is None:
        format = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "rich"
    if format not in render.FORMATS:
        raise typer.BadParameter(
            f"choose one of {', '.join(render.FORMATS)}", param_hint="--format"
        )
    from bizaudit.io.checker import Options, check, check_json
    from bizaudit.io.loading import Limits

    cli_policy = _cli_policy(
        {"min_marketing_share": min_marketing_share, "max_referral_share": max_referral_share}
    )
    outputs = [_output(o) for o in output or []]
    _refuse_overwriting_inputs(outputs, profiles)
    limits = Limits(max_bytes=_size(max_file_size))
    options = Options(
        cli=cli_policy,
        settings=settings(format),
        strict=strict,
        limits=limits,
        fail_on=_rules(fail_on or []),
    )
    cut: list[str] = []
    if _json_only(format, outputs):  # written where each profile is audited
        head, written, errors = check_json(profiles, options, cut)
        report, as_json = head, render.load("json").render_written(head, written)

        def rendered(name: str) -> Any:
            return as_json
    else:
        report, errors = check(profiles, options, cut)

        def rendered(name: str) -> Any:
            return render.load(name).render(report)

    for message in cut:  # a name a comment cut short (Q11 of the twenty-eighth round)
        warn(message)
    print_errors(errors, format)
    emit(rendered(format))
    if not errors:  # a run that cannot read its input leaves no report files behind
        with exit_on_input_errors("rich"):  # ...nor some of them: every place is checked first
            for _, path in outputs:
                check_writable(path)
        for name, path in outputs:
            write(path, rendered(name))
    _step_summary(report)  # never asked for with only JSON written: see _json_only
    if errors:
        raise typer.Exit(EXIT_INPUT)
    if not report.passed and not exit_zero:
        raise typer.Exit(EXIT_FAILED)


def _json_only(format: str, outputs: list[tuple[str, Path]]) -> bool:
    """Whether every report this run writes is JSON: then each profile's JSON is written where
    it is audited, and a large batch is shared among the cores (``io.checker.check_json``).
    Not inside GitHub Actions' jobs that keep a step summary, which is written in Markdown
    from the whole report."""
    if format != "json" or any(name != "json" for name, _ in outputs):
        return False
    return not os.environ.get("GITHUB_STEP_SUMMARY")


def _rules(given: list[str]) -> frozenset[str]:
    """The rules ``--fail-on`` names, each flag one or several separated by commas; an
    unknown one is a usage error that lists the rules."""
    named = {part.strip().upper() for text in given for part in text.split(",") if part.strip()}
    if not named:
        return frozenset()
    from bizaudit.core.rules import RULES

    unknown = sorted(named - RULES.keys())
    if unknown:
        raise typer.BadParameter(
            f"unknown rule {', '.join(unknown)}; the rules are {', '.join(RULES)}",
            param_hint="--fail-on",
        )
    return frozenset(named)
