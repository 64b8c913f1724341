"""``cli.coercion`` builds Typer's converters only for values that need them: every command's
options parse to what Typer's own converters give, given or left unset."""

from __future__ import annotations

from typing import Any

import pytest
import typer.main

from bizaudit.cli import app, coercion

#: For each command, command lines that leave options unset, give them text, lists, paths and
#: numbers (an int option given text Typer must refuse, as it refuses it without the change).
LINES: dict[str, list[list[str]]] = {
    "check": [
        ["a.yaml"],
        ["a.yaml", "b.yaml", "-f", "json", "--min-marketing-share", "7%", "--strict"],
        ["a.yaml", "--fail-on", "BA101", "--fail-on", "BA102", "-o", "json:x.json"],
        ["a.yaml", "--max-file-size", "2M", "--max-referral-share", "0.4", "--exit-zero"],
    ],
    "classify": [
        ["Google Ads", "Rent"],
        ["--source", "Yelp", "--industry", "dental", "--evaluate", "e.csv", "-f", "json"],
        ["x", "--profile", "p.yaml"],
    ],
    "diff": [["old.yaml", "new.yaml"], ["o.yaml", "n.yaml", "--fail-on-drop", "score:5"]],
    "import": [
        ["ledger.csv"],
        ["l.csv", "-o", "p.yaml", "--revenue", "120000", "--period", "FY2026", "--map", "m.yaml"],
        ["l.csv", "--group-by", "vendor", "--currency", "EUR", "--name", "Café", "--force"],
    ],
    "plan": [
        ["p.yaml"],
        ["p.yaml", "--budget", "50000", "--target-new-customers", "40", "--max-shift", "30%"],
        ["p.yaml", "--min-customers", "3", "--exponent", "0.5", "-o", "plan.json"],
        ["p.yaml", "--target-new-customers", "many"],
    ],
    "rules": [[], ["-f", "json"]],
    "rule": [["BA101"]],
    "schema": [[], ["--report"]],
    "trend": [["a.yaml", "b.yaml"], ["a.yaml", "--sort", "period", "-f", "json"]],
    "init": [["p.yaml"], ["p.yaml", "--no-input", "--force"]],
}


def _parse(command: Any, line: list[str]) -> object:
    try:
        with command.make_context(command.name, list(line)) as ctx:
            return dict(ctx.params)
    except Exception as exc:  # what Typer refuses, it must refuse alike
        return (type(exc).__name__, str(exc))


@pytest.mark.parametrize(("name", "line"), [(n, x) for n, xs in LINES.items() for x in xs])
def test_options_parse_as_typers_own_converters_parse_them(
    name: str, line: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    own = coercion.typer_own()
    if own is None:
        pytest.skip("this Typer converts through click's types; cli.coercion changes nothing")
    command = typer.main.get_command(app).commands[name]  # type: ignore[attr-defined]
    deferred = _parse(command, line)
    parameter, original = own
    for param in command.params:
        param._runtime_param = None  # as a fresh process would find them
    monkeypatch.setattr(parameter, "get_runtime_param", original)
    assert deferred == _parse(command, line)


def test_unset_and_text_options_build_no_converter() -> None:
    """``check a.yaml -f json``: of its ten parameters only the list of paths needs Typer's
    converter (the format is text, the flags are booleans, the rest are unset)."""
    own = coercion.typer_own()
    if own is None:
        pytest.skip("this Typer converts through click's types; cli.coercion changes nothing")
    command = typer.main.get_command(app).commands["check"]  # type: ignore[attr-defined]
    for param in command.params:
        param._runtime_param = None
    _parse(command, ["a.yaml", "-f", "json"])
    built = {
        param.name
        for param in command.params
        if param._runtime_param is not None and not hasattr(param._runtime_param, "descriptor")
    }
    assert built == {"profiles"}
