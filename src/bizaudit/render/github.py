"""GitHub Actions workflow commands: an annotation at each finding's line, and a summary line.

Escaping follows the Actions toolkit: in messages ``%``, CR and LF; in properties also ``:``
and ``,``. GitHub shows at most 10 errors and 10 warnings per step, so every profile also gets
one summary line that is always printed.
"""

from __future__ import annotations

from pathlib import Path

from bizaudit.explain.numbers import plural
from bizaudit.explain.summary import reference_line, shown_findings
from bizaudit.explain.text import workflow_data, workflow_property
from bizaudit.model.report import InputErrorOut, ProfileReport, Report

_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


escape_data = workflow_data  # the names this module's callers use
escape_property = workflow_property


def relative(path: str) -> str:
    """Paths as GitHub matches them: relative to the workspace, without a leading './'."""
    candidate = Path(path)
    if candidate.is_absolute():
        try:
            candidate = candidate.relative_to(Path.cwd())
        except ValueError:
            return candidate.as_posix()
    text = candidate.as_posix()
    return text[2:] if text.startswith("./") else text


def annotation(
    level: str, path: str, line: int | None, column: int | None, title: str, message: str
) -> str:
    props = [f"file={escape_property(path)}"]
    where = path
    if line is not None:
        props.append(f"line={line}")
        where += f":{line}"
        if column is not None:
            props.append(f"col={column}")
            where += f":{column}"
    props.append(f"title={escape_property(title)}")
    return f"::{level} {','.join(props)}::{escape_data(f'{where}: {message}')}"


def _profile(report: ProfileReport) -> list[str]:
    path = relative(report.path)
    lines = [  # GitHub shows ten annotations of each level anyway
        f"bizaudit: {escape_data(path)}: {f}"
        if isinstance(f, str)
        else annotation(
            _COMMAND[f.severity], path, f.line, f.column, f.rule, f"{f.message} — {f.advice}"
        )
        for f in shown_findings(report.findings)
    ]
    counts = {s: sum(f.severity == s for f in report.findings) for s in ("error", "warning")}
    verdict = "passed" if report.passed else "FAILED"
    lines.append(  # a plain line, but one that starts a line: a path must not end it
        f"bizaudit: {escape_data(path)}: {verdict}, score {report.score}/100, "
        f"{plural(counts['error'], 'error')}, {plural(counts['warning'], 'warning')}; "
        f"business or hobby: {report.predictability.verdict}; {reference_line(report)}"
    )
    return lines


def _error(error: InputErrorOut) -> str:
    message = error.message + (f" — {error.hint}" if error.hint else "")
    return annotation("error", relative(error.path), error.line, error.column, "input", message)


def render(report: Report) -> str:
    lines: list[str] = []
    for profile in report.profiles:
        lines += _profile(profile)
    lines += [_error(e) for e in report.errors]
    if report.errors:
        lines.append(f"bizaudit: {plural(len(report.errors), 'input error')}")
    return "\n".join(lines) + "\n"
