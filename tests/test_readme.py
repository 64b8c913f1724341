"""The README stays true: its quick start, its sample report and its rules reference."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bizaudit.core.rules import reference_markdown

from .conftest import EXAMPLES, RunCli

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## )", README, re.S | re.M)
    assert match, f"README has no '## {title}' section"
    return match.group(1)


def test_quick_start_is_one_block_of_two_commands() -> None:
    blocks = re.findall(r"```sh\n(.*?)```", section("Quick start"), re.S)
    assert len(blocks) == 1
    commands = [line for line in blocks[0].splitlines() if line.strip()]
    assert commands[0].startswith("pip install . && bizaudit check examples/")
    assert commands[1] == "pip install '.[test]' && pytest"
    assert len(commands) == 2


def test_ci_runs_the_readme_test_command() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install '.[test]' && pytest" in script


def test_rules_reference_is_generated_from_the_rules() -> None:
    match = re.search(r"<!-- rules:start -->\n(.*)<!-- rules:end -->", README, re.S)
    assert match
    assert match.group(1) == reference_markdown(), "run: bizaudit rules -f markdown"


def test_sample_report_is_what_the_tool_prints(run_cli: RunCli) -> None:
    match = re.search(r"```text\n\$ bizaudit check (examples/\S+)\n(.*?)```", README, re.S)
    assert match
    result = run_cli("check", match.group(1))
    # CliRunner is not a terminal, so Rich output is plain text at COLUMNS=80.
    printed = "".join(line.rstrip() + "\n" for line in result.stdout.splitlines())
    assert match.group(2).rstrip("\n") == printed.rstrip("\n")


def test_sample_summary_is_what_the_tool_prints(
    run_cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample = r"```text\n\$ bizaudit check examples/\n\.\.\.\n(Summary.*?)```"
    match = re.search(sample, README, re.S)
    assert match
    monkeypatch.chdir(EXAMPLES.parent)
    result = run_cli("check", "examples/")
    printed = "".join(line.rstrip() + "\n" for line in result.stdout.splitlines())
    assert printed.endswith(match.group(1))


def test_plan_and_channel_samples_are_what_the_tool_prints(
    run_cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(EXAMPLES.parent)
    plan = re.search(r"```text\n\$ bizaudit plan (examples/\S+)\n(.*?)```", README, re.S)
    assert plan
    printed = "".join(line.rstrip() + "\n" for line in run_cli("plan", plan[1]).stdout.splitlines())
    assert plan[2] == printed.rstrip("\n") + "\n"  # the trailing blank line left out
    table = re.search(
        r"```text\n\$ bizaudit check (examples/dental\S+)\n\.\.\.\n(.*?)```", README, re.S
    )
    assert table
    report = "".join(
        line.rstrip() + "\n" for line in run_cli("check", table[1]).stdout.splitlines()
    )
    assert table[2] in report
