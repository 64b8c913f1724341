"""The Typer app and what every command shares: exit codes, the internal-error guard, printing
input errors, writing output.

Exit codes: 0 passed, 1 a policy failed (``--exit-zero`` turns it into 0), 2 an input could
not be used or the usage is wrong. Anything unexpected is one "internal error" line, exit 2.
"""

import errno
import functools
import io
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional, TypeVar, cast

import typer

from bizaudit import __version__, render
from bizaudit.cli import coercion
from bizaudit.explain.text import printable
from bizaudit.io.errors import InputError, InputErrors

# No ``from __future__ import annotations`` in this package: Typer reads every command's
# annotations at every run, and as strings they would be compiled and evaluated again each
# time (~10 ms).
if TYPE_CHECKING:  # the core is imported by the commands that use it, so --version stays quick
    from bizaudit.io.config import Settings
    from bizaudit.io.loading import Document
    from bizaudit.model.report import ProfileReport

__all__ = [
    "EXIT_FAILED",
    "EXIT_INPUT",
    "app",
    "emit",
    "exit_on_input_errors",
    "guarded",
    "print_errors",
    "refuse_existing",
    "settings",
    "write",
]

coercion.install()

app = typer.Typer(
    name="bizaudit",
    help="Audit a business profile: is it really investing in getting and keeping customers?",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

EXIT_FAILED, EXIT_INPUT = 1, 2  # and 0: passed


def _version(value: bool) -> None:
    if value:
        typer.echo(f"bizaudit {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        Optional[bool],  # noqa: UP045 - Typer reads the annotation at run time on 3.10
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = None,
) -> None:
    """Audit business profiles; see 'bizaudit check --help'."""


EXIT_INTERRUPTED = 128 + 2  # Ctrl-C, as shells report a program stopped by SIGINT
EXIT_BROKEN_PIPE = 128 + 13  # as a program killed by SIGPIPE: `bizaudit rules | head -1`
_OUTPUT_FAILED = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EBADF, errno.EIO, errno.EFBIG})


class _ClosedStream(io.TextIOBase):
    """Standard output or error when the process was started with it closed (``>&-``)."""

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "standard output is closed")


def _prepare_streams() -> None:
    """Output that cannot fail on a character: a stream whose encoding cannot show one (say
    PYTHONIOENCODING=ascii) shows "?" in its place; a closed stream fails where it is used."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:
            setattr(sys, name, _ClosedStream())
        elif isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
            with suppress(ValueError, OSError):
                stream.reconfigure(errors="replace")


def _stop_writing() -> None:
    """After a broken pipe: send what is left to nowhere, so that Python's own flush at exit
    does not fail again."""
    with suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


@contextmanager
def _internal_errors(debug: bool, how: str) -> Iterator[None]:
    """Turn a bug into one line and exit 2 (``how`` says how to see the traceback); a reader
    that went away (a broken pipe) ends the command quietly; a full disk or a closed stream
    on standard output is said in one line, exit 2."""
    try:
        yield
        sys.stdout.flush()  # here, where a failure can still be reported
    except (typer.Exit, typer.Abort, typer.BadParameter):
        raise  # an exit or a bad option: Typer reports these itself
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except BrokenPipeError:
        _stop_writing()
        raise typer.Exit(EXIT_BROKEN_PIPE) from None
    except OSError as exc:
        if exc.errno not in _OUTPUT_FAILED:
            _report_bug(exc, debug, how)
        _stop_writing()
        sys.stderr.write(f"bizaudit: cannot write to standard output: {exc.strerror}\n")
        raise typer.Exit(EXIT_INPUT) from None
    except Exception as exc:
        _report_bug(exc, debug, how)


def _report_bug(exc: Exception, debug: bool, how: str) -> None:
    from bizaudit.io.output import terminated_code  # only on this path: not at start-up

    if (code := terminated_code()) is not None:  # SIGTERM, turned into another error
        raise SystemExit(code) from None
    if debug or os.environ.get("BIZAUDIT_DEBUG") == "1":
        raise exc
    typer.echo(
        f"bizaudit: internal error, please report it (bizaudit {__version__}): "
        f"{type(exc).__name__}: {printable(exc)[:500]} — {how} for the traceback",
        err=True,
    )
    raise typer.Exit(EXIT_INPUT) from None


F = TypeVar("F", bound=Callable[..., None])


def guarded(command: F) -> F:
    """Every command: a bug becomes one "internal error" line and exit 2, never a traceback;
    what the command reads, its writes never replace (``io.output``); SIGTERM unwinds it."""
    from inspect import signature

    has_debug = "debug" in signature(command).parameters
    how = "run with --debug" if has_debug else "set BIZAUDIT_DEBUG=1"

    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> None:
        from bizaudit.io import output

        _prepare_streams()
        output.exit_cleanly_on_sigterm()
        with _internal_errors(bool(kwargs.get("debug", False)), how), output.reading():
            command(*args, **kwargs)

    return cast(F, run)


def console(*, stderr: bool = False) -> Any:
    """A Rich console, imported only when something is drawn (JSON output never needs Rich)."""
    return render.console(stderr=stderr)


@contextmanager
def exit_on_input_errors(format: str) -> Iterator[None]:
    """What the user must fix is printed in the chosen format, and the command exits 2."""
    try:
        yield
    except InputError as exc:
        print_errors([exc], format)
        raise typer.Exit(EXIT_INPUT) from None
    except InputErrors as exc:
        print_errors(exc.errors, format)
        raise typer.Exit(EXIT_INPUT) from None


def settings(format: str) -> "Settings":
    """pyproject.toml and BIZAUDIT_* variables; a mistake there is an input error (exit 2)."""
    from bizaudit.io import config

    with exit_on_input_errors(format):
        return config.load(Path.cwd(), os.environ)


def print_errors(errors: list[InputError], format: str) -> None:
    if not errors:
        return
    if format == "rich":
        from bizaudit.render.rich_report import render_errors

        console(stderr=True).print(render_errors(errors), soft_wrap=True)
    else:
        for error in errors:
            sys.stderr.write(error.one_line() + "\n")


def warn_if_not_one_business(reports: "list[ProfileReport]", command: str) -> None:
    """A warning on stderr when the profiles name different businesses (a renamed business
    still compares, so it is no error)."""
    names = {report.business.name for report in reports}
    if len(names) > 1:
        shown = ", ".join(f"{r.path} is {r.business.name!r}" for r in reports[:3])
        more = f" (and {len(reports) - 3} more)" if len(reports) > 3 else ""
        warn(f"{shown}{more}; {command} compares periods of one business")


def warn(message: str) -> None:
    """A warning on stderr, one line: what was let through but may not be what was meant."""
    sys.stderr.write(printable(f"bizaudit: warning: {message}") + "\n")


def warn_names_cut(documents: "Iterable[Document]") -> None:
    """A warning for each activity's name a YAML comment cut short, once for a file read
    twice (a period compared with itself)."""
    from bizaudit.io.checker import names_cut

    for message in dict.fromkeys(m for document in documents for m in names_cut(document)):
        warn(message)


def emit(rendered: Any) -> None:
    """A rendered report to standard output: as it is drawn on a terminal, plain in a pipe;
    bytes (UTF-8 JSON) as they are, or a list of chunks of them one after the other."""
    if isinstance(rendered, (bytes, list)):
        chunks = [rendered] if isinstance(rendered, bytes) else rendered
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is None:  # a stream of text only (a closed one fails here, as any write)
            sys.stdout.write(b"".join(chunks).decode())
        else:
            sys.stdout.flush()
            buffer.writelines(chunks)
            buffer.flush()
        return
    if not isinstance(rendered, str):
        from rich.console import Group

        out = console()
        if out.is_terminal:  # one part at a time: the first report shows at once
            parts = rendered.renderables if isinstance(rendered, Group) else [rendered]
            for part in parts:
                out.print(part)
            return
        # In a pipe there is no colour; drop the padding Rich adds to table cells too.
        with out.capture() as captured:
            out.print(rendered)
        rendered = "".join(line.rstrip() + "\n" for line in captured.get().splitlines())
    sys.stdout.write(rendered)
    sys.stdout.flush()


def write(path: Path, rendered: Any, *, overwrite: bool = True) -> None:
    """A rendered report (or profile) to a file through the one writer (``io.output``): a
    Rich drawing as plain text at 100 columns."""
    from bizaudit.io import output

    if not isinstance(rendered, (str, bytes, list)):  # (a list: chunks of bytes, JSON's)
        drawing = render.console(width=100, color_system=None)
        with drawing.capture() as captured:
            drawing.print(rendered)
        rendered = captured.get()
    with exit_on_input_errors("rich"):
        output.write(path, rendered, overwrite=overwrite)


def refuse_existing(path: Path, force: bool) -> None:
    """init and import say before any work when the path cannot be written, or exists and
    --force was not given (the writer checks again when it writes: a file created meanwhile
    is never replaced)."""
    from bizaudit.io.output import check_writable

    with exit_on_input_errors("rich"):
        check_writable(path)
    if path.exists() and not force:
        print_errors([InputError(str(path), "the file exists", "use --force to overwrite it")], "")
        raise typer.Exit(EXIT_INPUT)
