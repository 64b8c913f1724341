"""Project settings: ``[tool.bizaudit]`` in the nearest pyproject.toml, and BIZAUDIT_* variables.

Precedence, strongest first: command-line flags, environment, the profile's ``policy:``,
pyproject.toml, the defaults. pyproject.toml is looked for in the current folder and its
parents, as ruff and coverage.py do.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from dataclasses import field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from bizaudit.io.errors import InputError
from bizaudit.io.loading import read_at_most
from bizaudit.io.output import note_input
from bizaudit.model.profile import ClassifyRules, Policy
from bizaudit.model.records import record

__all__ = ["ENV_THRESHOLDS", "Settings", "env_policy", "find_pyproject", "load"]

if TYPE_CHECKING:  # imported where a [tool.bizaudit] table is read: most runs have none
    from bizaudit.model.config import ProjectConfig

MAX_PYPROJECT_BYTES = 10 * 1024 * 1024

#: environment variable → policy field
ENV_THRESHOLDS = {
    "BIZAUDIT_MIN_MARKETING_SHARE": "min_marketing_share",
    "BIZAUDIT_MAX_REFERRAL_SHARE": "max_referral_share",
    "BIZAUDIT_MIN_OWNER_MARKETING_TIME": "min_owner_marketing_time",
}


#: No rules of one's own: made once, not validated again for every profile of a batch
_NO_RULES = ClassifyRules()


@record
class Settings:
    """Everything a run takes from outside the profiles and the flags."""

    pyproject: Path | None = None
    project: ProjectConfig | None = None  # None: no [tool.bizaudit] settings
    env: Policy = field(default_factory=Policy)
    workers: int | None = None  # $BIZAUDIT_WORKERS: processes a large batch is shared among

    @property
    def strict(self) -> bool:
        return self.project is not None and self.project.strict

    @property
    def fail_on(self) -> frozenset[str]:
        return frozenset(self.project.fail_on) if self.project is not None else frozenset()

    @property
    def classify(self) -> ClassifyRules:
        return self.project.classify if self.project is not None else _NO_RULES


def find_pyproject(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def _line_of_loc(text: str, loc: tuple[str | int, ...]) -> int | None:
    """The line of a setting by its path, e.g. ("classify", "activities", 1, "kind"): the key
    in the second [[tool.bizaudit.classify.activities]]; else that table's header, else the
    first key's line."""
    keys = [part for part in loc if isinstance(part, str)]
    table, entry = "tool.bizaudit", 0
    for part in loc:
        if isinstance(part, int):
            entry = part
        elif part == keys[-1]:
            return (
                _line_of(text, part, table, entry)
                or _header_line(text, table, entry)
                or _line_of(text, keys[0])
            )
        else:
            table, entry = f"{table}.{part}", 0
    return None


def _header_line(text: str, table: str, entry: int) -> int | None:
    """The line of the ``entry``-th ``[[table]]`` (or ``[table]``) header."""
    seen = -1
    for number, line in enumerate(text.splitlines(), start=1):
        header = re.match(r"\s*\[+\s*([^\]]+?)\s*\]+", line)
        if header and header.group(1) == table:
            seen += 1
            if seen == entry:
                return number
    return None


def _line_of(text: str, key: str, table: str = "tool.bizaudit", entry: int = 0) -> int | None:
    """The line of ``key = ...`` inside the [tool.bizaudit] tables (TOML parsers keep no marks)."""
    inside, seen = False, -1
    for number, line in enumerate(text.splitlines(), start=1):
        header = re.match(r"\s*\[+\s*([^\]]+?)\s*\]+", line)
        if header:
            if header.group(1) == table:
                seen += 1
            inside = header.group(1).startswith(table) and seen >= entry
        elif inside and re.match(rf"\s*{re.escape(key)}\s*=", line):
            return number
    return None


def _project(path: Path) -> ProjectConfig | None:
    if sys.version_info >= (3, 11):  # imported here: most runs have no pyproject.toml to read
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib

    shown = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_PYPROJECT_BYTES:
            raise InputError(
                shown,
                f"the file is {size:,} bytes, over the {MAX_PYPROJECT_BYTES:,}-byte limit for "
                "a pyproject.toml",
                "is this really the project's pyproject.toml?",
            )
        note_input(path)
        with path.open("rb") as handle:
            text = read_at_most(handle, MAX_PYPROJECT_BYTES).decode("utf-8")
        data = tomllib.loads(text)
    except OSError as exc:
        raise InputError(shown, f"cannot read the file: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise InputError(shown, "the file is not UTF-8 text") from None
    except RecursionError:  # the TOML parser recurses once a level: a bomb, not a project file
        line, column = _too_deep(text)
        raise InputError(
            shown,
            "arrays or inline tables are nested too deeply to read",
            "a pyproject.toml needs only a few levels; check the brackets",
            line,
            column,
        ) from None
    except tomllib.TOMLDecodeError as exc:
        where = re.search(r"line (\d+), column (\d+)", str(exc))
        line, column = (int(where.group(1)), int(where.group(2))) if where else (None, None)
        message = str(exc).split(" (at ")[0]
        raise InputError(shown, f"invalid TOML: {message}", None, line, column) from None
    tool = data.get("tool", {})
    section: Any = tool.get("bizaudit", {}) if isinstance(tool, dict) else {}
    if not isinstance(section, dict):
        raise InputError(
            shown,
            "tool.bizaudit must be a table of settings",
            "write them under a [tool.bizaudit] line",
            _line_of(text, "bizaudit", table="tool"),
            1,
        )
    if not section:
        return None
    from bizaudit.model.config import ProjectConfig  # a Pydantic model: 4 M instructions to import

    try:
        from bizaudit.core.rules import RULES  # only a project with settings reads them

        # a rule in fail_on must be one of ours, as a skipped rule must
        return ProjectConfig.model_validate(section, context={"rules": tuple(RULES)})
    except ValidationError as exc:
        detail = exc.errors(include_input=False, include_url=False)[0]
        loc = ".".join(str(part) for part in detail["loc"])
        message = _MESSAGES.get(detail["type"], detail["msg"])
        line = _line_of_loc(text, tuple(detail["loc"]))
        hint = "see the README's 'Configuration' section"
        if detail["type"] == "extra_forbidden" and len(detail["loc"]) == 1:
            import difflib

            close = difflib.get_close_matches(loc, list(ProjectConfig.model_fields), n=1)
            hint = f"did you mean {close[0]!r}?" if close else hint
        raise InputError(
            shown, f"[tool.bizaudit] {loc}: {message}", hint, line, 1 if line else None
        ) from None


_MESSAGES = {
    "extra_forbidden": "unknown setting",
    "unexpected_keyword_argument": "unknown setting",  # in the profile's parts (dataclasses)
    "model_type": "expected a table of settings",
    "dataclass_type": "expected a table of settings",
    "model_attributes_type": "expected a table of settings",
    "dict_type": "expected a table of settings",
    "list_type": "expected a list",
    "bool_type": "expected true or false",
}


def env_policy(environ: Mapping[str, str]) -> Policy:
    """Thresholds from BIZAUDIT_* variables; a bad value is an error naming the variable."""
    values = {field: environ[name] for name, field in ENV_THRESHOLDS.items() if environ.get(name)}
    try:
        return Policy.model_validate(values)
    except ValidationError as exc:
        detail = exc.errors(include_input=False, include_url=False)[0]
        name = next(n for n, f in ENV_THRESHOLDS.items() if f == detail["loc"][0])
        message = detail["msg"]
        hint = None if "e.g." in message or "10% or 0.1" in message else "e.g. 10% or 0.1"
        raise InputError(f"${name}", message, hint) from None


def env_workers(environ: Mapping[str, str]) -> int | None:
    """$BIZAUDIT_WORKERS: how many processes may share a large batch (1: this one alone; unset:
    one per core); a bad value is an error naming the variable."""
    given = environ.get("BIZAUDIT_WORKERS", "").strip()
    if not given:
        return None
    if not given.isdecimal() or int(given) < 1:
        raise InputError(
            "$BIZAUDIT_WORKERS",
            f"expected a whole number of processes, 1 or more, not {given!r}",
            "1 audits every profile in this process; unset, a large batch uses every core",
        )
    return int(given)


def _too_deep(text: str, most: int = 64) -> tuple[int | None, int | None]:
    """Where brackets first open ``most`` levels deep (strings aside, roughly): the place to
    point at in a file too deeply nested to parse."""
    depth = 0
    for line_number, line in enumerate(text.splitlines(), 1):
        for column, char in enumerate(line, 1):
            depth += (char in "[{") - (char in "]}")
            if depth > most:
                return line_number, column
    return None, None


def load(cwd: Path, environ: Mapping[str, str]) -> Settings:
    """Read pyproject.toml (if any) and the environment. Raises InputError."""
    pyproject = find_pyproject(cwd)
    project = _project(pyproject) if pyproject else None
    return Settings(
        pyproject=pyproject,
        project=project,
        env=env_policy(environ),
        workers=env_workers(environ),
    )
