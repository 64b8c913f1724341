"""The command line: parse options, call the core, render, return an exit code.

Exit codes: 0 passed, 1 a policy failed (``--exit-zero`` turns it into 0), 2 an input could
not be used or the usage is wrong. Anything unexpected is one "internal error" line, exit 2.
"""

import functools
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional, TypeVar, cast

import typer

from bizaudit import __version__, amounts, render
from bizaudit.errors import InputError, InputErrors, printable

# No ``from __future__ import annotations`` here: Typer reads every command's annotations at
# every run, and as strings they would be compiled and evaluated again each time (~10 ms).
if TYPE_CHECKING:  # the core is imported by the commands that use it, so --version stays quick
    from bizaudit.classify import Classifier
    from bizaudit.config import Settings
    from bizaudit.report import ProfileReport

app = typer.Typer(
    name="bizaudit",
    help="Audit a business profile: is it really investing in getting and keeping customers?",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

EXIT_FAILED, EXIT_INPUT = 1, 2  # and 0: passed


def _percent(value: str | None, option: str) -> Decimal | None:
    if value is None:
        return None
    try:
        return amounts.parse_percent(value)
    except amounts.AmountError as exc:
        raise typer.BadParameter(str(exc), param_hint=option) from None


def _size(value: str) -> int:
    try:
        return int(amounts.parse_money(value))
    except amounts.AmountError:
        raise typer.BadParameter(
            f"{value!r} is not a size in bytes (e.g. 20M)", param_hint="--max-file-size"
        ) from None


def _output(value: str) -> tuple[str, Path]:
    name, sep, path = value.partition(":")
    if not sep or not path or name not in render.FORMATS:
        raise typer.BadParameter(
            f"{value!r}: expected FORMAT:PATH with FORMAT one of {', '.join(render.FORMATS)}",
            param_hint="--output",
        )
    return name, Path(path)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"bizaudit {__version__}")
        raise typer.Exit()


@contextmanager
def _internal_errors(debug: bool) -> Iterator[None]:
    """Turn a bug into one line and exit 2; ``--debug`` shows the traceback instead."""
    try:
        yield
    except (typer.Exit, typer.Abort, typer.BadParameter, KeyboardInterrupt):
        raise  # an exit, Ctrl-C, or a bad option: Typer reports these itself
    except Exception as exc:
        if debug or os.environ.get("BIZAUDIT_DEBUG") == "1":
            raise
        typer.echo(
            f"bizaudit: internal error, please report it (bizaudit {__version__}): "
            f"{type(exc).__name__}: {exc} — run with --debug for the traceback",
            err=True,
        )
        raise typer.Exit(EXIT_INPUT) from None


F = TypeVar("F", bound=Callable[..., None])


def _guarded(command: F) -> F:
    """Every command: a bug becomes one "internal error" line and exit 2, never a traceback."""

    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> None:
        with _internal_errors(bool(kwargs.get("debug", False))):
            command(*args, **kwargs)

    return cast(F, run)


@app.callback()
def _main(
    version: Annotated[
        Optional[bool],  # noqa: UP045 - Typer reads the annotation at run time on 3.10
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = None,
) -> None:
    """Audit business profiles; see 'bizaudit check --help'."""


def _console(*, stderr: bool = False) -> Any:
    """A Rich console, imported only when something is drawn (JSON output never needs Rich)."""
    return render.console(stderr=stderr)


@app.command("check")
@_guarded
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
            metavar="FORMAT:PATH",
            help="Also write a report file, e.g. json:report.json. Repeatable.",
        ),
    ] = None,
    max_file_size: Annotated[
        str, typer.Option(metavar="SIZE", help="Largest profile file to read, e.g. 10M.")
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
    from bizaudit.checker import Options, check
    from bizaudit.loading import Limits
    from bizaudit.profile import Policy

    cli_policy = Policy(
        min_marketing_share=_percent(min_marketing_share, "--min-marketing-share"),
        max_referral_share=_percent(max_referral_share, "--max-referral-share"),
    )
    outputs = [_output(o) for o in output or []]
    _refuse_overwriting_inputs(outputs, profiles)
    limits = Limits(max_bytes=_size(max_file_size))
    with _internal_errors(debug):
        settings = _settings(format)
        options = Options(cli=cli_policy, settings=settings, strict=strict, limits=limits)
        report, errors = check(profiles, options)
        _print_errors(errors, format)
        _emit(render.load(format).render(report))
        if not errors:  # a run that cannot read its input leaves no report files behind
            for name, path in outputs:
                _write(path, render.load(name).render(report))
        _step_summary(report)
    if errors:
        raise typer.Exit(EXIT_INPUT)
    if not report.passed and not exit_zero:
        raise typer.Exit(EXIT_FAILED)


@contextmanager
def _exit_on_input_errors(format: str) -> Iterator[None]:
    """What the user must fix is printed in the chosen format, and the command exits 2."""
    try:
        yield
    except InputError as exc:
        _print_errors([exc], format)
        raise typer.Exit(EXIT_INPUT) from None
    except InputErrors as exc:
        _print_errors(exc.errors, format)
        raise typer.Exit(EXIT_INPUT) from None


def _settings(format: str) -> "Settings":
    """pyproject.toml and BIZAUDIT_* variables; a mistake there is an input error (exit 2)."""
    from bizaudit import config

    with _exit_on_input_errors(format):
        return config.load(Path.cwd(), os.environ)


def _step_summary(report: Any) -> None:
    """Inside GitHub Actions, append the Markdown summary to the job's summary page."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return
    from bizaudit.render import markdown

    try:
        with Path(target).open("a", encoding="utf-8") as handle:
            handle.write(markdown.render(report))
    except OSError as exc:
        typer.echo(
            f"{printable(target)}: warning: cannot write the step summary: {exc.strerror}", err=True
        )


def _refuse_existing(path: Path, force: bool) -> None:
    """init and import never replace a file the user has unless asked to, and say before any
    work when the path cannot be written at all."""
    from bizaudit.output import check_writable

    with _exit_on_input_errors("rich"):
        check_writable(path)
    if path.exists() and not force:
        typer.echo(
            f"{printable(path)}: error: the file exists — use --force to overwrite it", err=True
        )
        raise typer.Exit(EXIT_INPUT)


def _refuse_overwriting_inputs(outputs: list[tuple[str, Path]], profiles: list[Path]) -> None:
    inputs = {p.resolve() for p in profiles if p.is_file()}
    for _, path in outputs:
        if path.resolve() in inputs:
            raise typer.BadParameter(
                f"{printable(path)} is one of the profiles being checked; "
                "a report never overwrites a profile",
                param_hint="--output",
            )


def _print_errors(errors: list[InputError], format: str) -> None:
    if not errors:
        return
    if format == "rich":
        from bizaudit.render.rich_report import render_errors

        _console(stderr=True).print(render_errors(errors), soft_wrap=True)
    else:
        for error in errors:
            sys.stderr.write(error.one_line() + "\n")


def _emit(rendered: Any) -> None:
    if not isinstance(rendered, str):
        from rich.console import Group

        console = _console()
        if console.is_terminal:  # one part at a time: the first report shows at once
            parts = rendered.renderables if isinstance(rendered, Group) else [rendered]
            for part in parts:
                console.print(part)
            return
        # In a pipe there is no colour; drop the padding Rich adds to table cells too.
        with console.capture() as captured:
            console.print(rendered)
        rendered = "".join(line.rstrip() + "\n" for line in captured.get().splitlines())
    sys.stdout.write(rendered)
    sys.stdout.flush()


def _write(path: Path, rendered: Any) -> None:
    from bizaudit.output import write_atomic

    if not isinstance(rendered, str):
        console = render.console(width=100, color_system=None)
        with console.capture() as captured:
            console.print(rendered)
        rendered = captured.get()
    with _exit_on_input_errors("rich"):
        write_atomic(path, rendered)


@app.command("classify")
@_guarded
def classify_command(
    names: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Argument(metavar="NAME", help="Activity names to classify.", show_default=False),
    ] = None,
    format: Annotated[
        str, typer.Option("--format", "-f", metavar="FORMAT", help="table or json.")
    ] = "table",
    evaluate: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            metavar="CORPUS.csv",
            help="Measure accuracy on a labelled CSV corpus and print a confusion table.",
        ),
    ] = None,
    profile: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(metavar="PROFILE", help="Also apply this profile's own classify rules."),
    ] = None,
) -> None:
    """Show how activity names are classified, and why."""
    if evaluate is not None:
        _evaluate(evaluate)
        return
    if not names:
        raise typer.BadParameter(
            "give at least one name, or --evaluate CORPUS.csv", param_hint="NAME"
        )
    if any(not name.strip() for name in names):
        raise typer.BadParameter("a name cannot be empty", param_hint="NAME")
    classify = _classifier(profile).classify
    results = [(name, classify(name)) for name in names]
    if format == "json":
        import json

        payload = [
            {
                "name": name,
                "category": c.category,
                "purpose": c.purpose,
                "reason": c.reason,
                "confidence": c.confidence,
            }
            for name, c in results
        ]
        sys.stdout.write(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
        return
    if format != "table":
        raise typer.BadParameter("choose table or json", param_hint="--format")
    from rich.table import Table

    table = Table(box=None, padding=(0, 1))
    for column in ("name", "category", "purpose", "confidence", "because"):
        table.add_column(column, overflow="fold")
    for name, c in results:
        table.add_row(printable(name), c.category, c.purpose or "-", c.confidence, c.reason)
    _emit(table)


def _classifier(profile_path: Path | None) -> "Classifier":
    """The classifier a check of that profile would use, from this folder."""
    from bizaudit.checker import Options, load_profile
    from bizaudit.profile import ClassifyRules

    options = Options(settings=_settings("rich"))
    rules = ClassifyRules()
    if profile_path is not None:
        with _exit_on_input_errors("rich"):
            rules = load_profile(profile_path, options.limits)[1].classify
    return options.classifier_for(rules)


def _evaluate(corpus: Path) -> None:
    from rich.table import Table

    from bizaudit.evaluation import evaluate, read_corpus
    from bizaudit.profile import CATEGORIES

    with _exit_on_input_errors("rich"):
        examples = read_corpus(corpus)
    result = evaluate(examples)
    table = Table(title="expected (rows) × classified as (columns)", box=None, padding=(0, 1))
    table.add_column("")
    for category in CATEGORIES:
        table.add_column(category, justify="right")
    for expected in CATEGORIES:
        table.add_row(expected, *(str(result.confusion[(expected, got)]) for got in CATEGORIES))
    _emit(table)
    typer.echo(
        f"\n{result.total} names: category accuracy {result.category_accuracy:.1%}, "
        f"purpose accuracy {result.purpose_accuracy:.1%} "
        f"(of {result.with_purpose} with a purpose); "
        f"{result.confidently_wrong} confidently wrong, {result.unplaced} not placed "
        "(the audit asks for their kind)"
    )
    for example, got in result.misses:
        wanted = "/".join(x for x in example.expected if x)
        label = got.category + (f"/{got.purpose}" if got.purpose else "")
        typer.echo(
            f"  {printable(corpus)}:{example.line}: {example.name!r} expected {wanted}, "
            f"got {label} ({got.reason})"
        )


@app.command("rules")
@_guarded
def rules_command(
    format: Annotated[
        str,
        typer.Option(
            "--format", "-f", metavar="FORMAT", help="table, or markdown for the full reference."
        ),
    ] = "table",
) -> None:
    """List the rules with their IDs and severities."""
    from rich.table import Table

    from bizaudit.rules import RULES, reference_markdown

    if format == "markdown":
        sys.stdout.write(reference_markdown())
        return
    if format != "table":
        raise typer.BadParameter("choose table or markdown", param_hint="--format")

    table = Table(box=None, padding=(0, 1))
    for column in ("rule", "name", "severity", "summary"):
        table.add_column(column, overflow="fold")
    for rule in RULES.values():
        table.add_row(rule.id, rule.name, rule.severity, rule.summary)
    _emit(table)
    typer.echo("\nExplain one with: bizaudit rule BA101")


@app.command("rule")
@_guarded
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
    from bizaudit.rules import UnknownRuleError, get

    try:
        rule = get(rule_id)
    except UnknownRuleError as exc:
        typer.echo(f"bizaudit: error: {exc}", err=True)
        raise typer.Exit(EXIT_INPUT) from None
    typer.echo(f"{rule.id} {rule.name} ({rule.severity})\n")
    typer.echo(rule.documentation())


@app.command("schema")
@_guarded
def schema_command() -> None:
    """Print the profile's JSON Schema, for editors."""
    import json

    from bizaudit.profile import Profile

    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema"}
    schema |= Profile.model_json_schema()
    sys.stdout.write(json.dumps(schema, indent=2, ensure_ascii=False) + "\n")


@app.command("init")
@_guarded
def init_command(
    path: Annotated[
        Path, typer.Argument(metavar="PATH", help="Where to write the profile.")
    ] = Path("profile.yaml"),
    no_input: Annotated[
        bool, typer.Option("--no-input", help="Write the commented example without asking.")
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a starter profile from a few questions (or --no-input)."""
    from bizaudit import starter
    from bizaudit.output import write_atomic

    _refuse_existing(path, force)
    answers = starter.template() if no_input else _ask()
    text = starter.to_yaml(answers, str(path))
    starter.check_valid(text, str(path))  # never write a profile that check would reject
    with _exit_on_input_errors("rich"):
        write_atomic(path, text)
    typer.echo(f"Wrote {path}. Check it with: bizaudit check {path}")


T = TypeVar("T")


def _until_read(question: str, read: Callable[[str], T], default: str | None = None) -> T:
    """Ask until ``read`` accepts the answer; its ValueError says what was wrong."""
    while True:
        text = typer.prompt(question, default=default, show_default=bool(default))
        try:
            return read(text.strip())
        except ValueError as exc:  # AmountError is a ValueError
            typer.echo(f"  {exc}")


def _ask() -> Any:
    """The questions of `bizaudit init`, re-asked until each answer is one a profile accepts."""
    import difflib

    from bizaudit import starter
    from bizaudit.profile import CURRENCY_CODE, INDUSTRIES, TEXT_MAX

    def text(value: str) -> str:
        if not value or not value.isprintable() or len(value) > TEXT_MAX:
            raise ValueError("write a short name on one line")
        return value

    def optional(read: Callable[[str], T]) -> Callable[[str], T | None]:
        return lambda value: read(value) if value else None

    def industry(value: str) -> str:
        if value.lower() not in INDUSTRIES:
            close = difflib.get_close_matches(value.lower(), INDUSTRIES, n=1)
            raise ValueError(f"choose one of {', '.join(INDUSTRIES)}" + (
                f" (did you mean {close[0]}?)" if close else ""))  # fmt: skip
        return value.lower()

    def currency(value: str) -> str:
        if not CURRENCY_CODE.fullmatch(value):
            raise ValueError("a three-letter ISO 4217 code such as USD, EUR or GBP")
        return value.upper()

    answers = starter.Answers()
    answers.name = _until_read("Business name", text)
    answers.industry = _until_read(
        f"Industry ({', '.join(INDUSTRIES)}; empty to skip)", optional(industry), ""
    )
    answers.currency = _until_read("Currency (ISO code)", currency, "USD")
    answers.period = _until_read("Period (e.g. FY2026; empty to skip)", optional(text), "")
    answers.revenue = _until_read("Revenue for the period", amounts.parse_money)
    typer.echo("The main things you spend money on (empty name to finish):")
    while name := _until_read("  Activity", optional(text), ""):
        answers.activities.append((name, _until_read(f"  Spend on {name}", amounts.parse_money)))
    typer.echo("Where last period's new customers came from (empty to finish):")
    while source := _until_read("  Source", optional(text), ""):
        customers = _until_read(f"  Customers from {source}", amounts.parse_count)
        answers.sources.append((source, customers))
    return answers


@app.command("diff")
@_guarded
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
            metavar="METRIC", help="Exit 1 when this metric got worse (repeatable), e.g. score."
        ),
    ] = None,
) -> None:
    """Compare two periods: figures, spend moved, findings changed."""
    from bizaudit.checker import Options, check
    from bizaudit.diff import METRICS, compare
    from bizaudit.render import diff_report

    if format not in diff_report.FORMATS:
        raise typer.BadParameter("choose rich, json or markdown", param_hint="--format")
    watched = fail_on_drop or []
    unknown = [m for m in watched if m not in METRICS]
    if unknown:
        raise typer.BadParameter(
            f"unknown metric {unknown[0]!r}; choose from {', '.join(METRICS)}",
            param_hint="--fail-on-drop",
        )
    folders = [
        InputError(str(p), "a folder, not a profile", "diff compares two profile files")
        for p in (old, new)
        if p.is_dir()
    ]
    if folders:
        _print_errors(folders, format)
        raise typer.Exit(EXIT_INPUT)
    options = Options(settings=_settings(format))
    profiles, errors = [], []
    for path in (old, new):  # one at a time: a file compared with itself is audited twice
        report, found = check([path], options)
        profiles += report.profiles
        errors += found
    if not errors:
        before, after = profiles
        errors = _currency_mismatch(before, after, new)
    if errors:
        _print_errors(errors, format)
        raise typer.Exit(EXIT_INPUT)
    diff = compare(before, after)
    render_fn = {
        "rich": diff_report.render_rich,
        "json": diff_report.render_json,
        "markdown": diff_report.render_markdown,
    }[format]
    _emit(render_fn(diff))
    worse = diff.worse(watched)
    if worse:
        names = ", ".join(c.metric for c in worse)
        typer.echo(f"bizaudit: got worse: {names}", err=True)
        raise typer.Exit(EXIT_FAILED)


def _currency_mismatch(
    before: "ProfileReport", after: "ProfileReport", new: Path
) -> list[InputError]:
    """Amounts in two currencies do not compare: an error at NEW's currency line."""
    from bizaudit.loading import STDIN, load_file

    was, now = before.business.currency, after.business.currency
    if was == now:
        return []
    message = f"amounts here are in {now}, but in {was} in {before.path}"
    hint = "convert one profile so both use the same currency"
    if str(new) == STDIN:  # standard input is read once: no second look for the line
        return [InputError(after.path, message, hint)]
    return [load_file(new).error(("business", "currency"), message, hint)]


_PROGRESS_BYTES = 4 * 1024 * 1024


@app.command("import")
@_guarded
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
    from bizaudit.ledger import mapping, read_ledger, writer
    from bizaudit.output import write_atomic

    if group_by not in (None, "account", "payee"):
        raise typer.BadParameter("choose account or payee", param_hint="--group-by")
    if output is not None:
        _refuse_existing(output, force)
    amount = None
    if revenue is not None:
        try:
            amount = amounts.parse_money(revenue)
        except amounts.AmountError as exc:
            raise typer.BadParameter(str(exc), param_hint="--revenue") from None
    settings = _settings("rich")
    from bizaudit.checker import Options
    from bizaudit.profile import ClassifyRules

    classifier = Options(settings=settings).classifier_for(ClassifyRules())
    with _exit_on_input_errors("rich"):
        column_map = mapping.load(map_file) if map_file else None
        with _progress(ledger) as advance:
            imported = read_ledger(
                ledger,
                group_by=group_by,  # type: ignore[arg-type]
                column_map=column_map,
                classifier=classifier,
                progress=advance,
            )
    for row in imported.unreadable:
        held = f" (it held {amounts.format_money(abs(row.amount), currency)})" if row.amount else ""
        typer.echo(
            f"{printable(ledger)}:{row.row}: warning: row not read: {row.message}{held}", err=True
        )
    if imported.unreadable_count:
        shown = len(imported.unreadable)
        more = f"; the first {shown} are listed" if shown < imported.unreadable_count else ""
        rows = amounts.plural(imported.unreadable_count, "row")
        typer.echo(f"{printable(ledger)}: {rows} could not be read{more}", err=True)
    text = writer.to_yaml(
        imported, revenue=amount, period=period, name=name, currency=currency.upper()
    )
    if output is None:
        sys.stdout.write(text)
        return
    with _exit_on_input_errors("rich"):
        write_atomic(output, text)
    typer.echo(
        f"Wrote {output}: {amounts.plural(len(imported.activities), 'activity', 'activities')} "
        f"from {amounts.plural(imported.expense_lines, 'expense line')} ({imported.layout}). "
        f"Check it with: bizaudit check {output}",
        err=True,
    )


@contextmanager
def _progress(path: Path) -> Iterator[Any]:
    """A progress bar on a terminal for large files; nothing when piped or small."""
    size = path.stat().st_size if path.is_file() else 0
    console = _console(stderr=True)
    if size < _PROGRESS_BYTES or not console.is_terminal:
        yield None
        return
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn

    # Refreshed as the reading advances, not by a thread: reading may fork worker processes.
    columns = (TextColumn("reading"), BarColumn(), DownloadColumn())
    with Progress(*columns, console=console, auto_refresh=False) as bar:
        task = bar.add_task("read", total=size)
        yield lambda done: bar.update(task, completed=done, refresh=True)


def main() -> None:
    """Console-script entry point."""
    app()
