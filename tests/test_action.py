"""The composite Action's script steps, run locally with the env vars the Action would pass."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
ACTION: dict[str, Any] = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="the Action runs bash")


def step(name: str) -> dict[str, Any]:
    return next(s for s in ACTION["runs"]["steps"] if s["name"] == name)


def run_step(
    name: str, inputs: dict[str, str], tmp_path: Path, path: str
) -> subprocess.CompletedProcess[str]:
    values = {key: spec.get("default", "") for key, spec in ACTION["inputs"].items()} | inputs
    found = step(name)
    assert found["shell"] == "bash"

    def expand(text: str) -> str:
        text = re.sub(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}", lambda m: values[m.group(1)], text)
        return re.sub(r"\$\{\{\s*github\.action_path\s*\}\}", str(ROOT), text)

    assert "${{" not in found["run"], "inputs must reach scripts through env, not interpolation"
    env = {key: expand(str(value)) for key, value in found.get("env", {}).items()}
    env |= {
        "PATH": path,
        "GITHUB_ACTIONS": "true",
        "GITHUB_STEP_SUMMARY": str(tmp_path / "summary.md"),
        "HOME": str(tmp_path),
    }
    return subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", found["run"]],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_every_step_uses_bash_and_env() -> None:
    for found in ACTION["runs"]["steps"]:
        assert found["shell"] == "bash"
        assert "${{" not in found["run"]


def test_install_step_installs_the_action_or_a_version(tmp_path: Path) -> None:
    shim = tmp_path / "bin"
    shim.mkdir()
    log = tmp_path / "pip.log"
    (shim / "python").write_text(f'#!/bin/sh\necho "$@" >> {log}\n')
    (shim / "python").chmod(0o755)
    path = f"{shim}:{os.environ['PATH']}"
    assert run_step("Install bizaudit", {}, tmp_path, path).returncode == 0
    assert run_step("Install bizaudit", {"version": "0.1.0"}, tmp_path, path).returncode == 0
    assert log.read_text().splitlines() == [
        f"-m pip install --quiet {ROOT}",
        "-m pip install --quiet bizaudit==0.1.0",
    ]


@pytest.fixture
def path() -> str:
    if shutil.which("bizaudit") is None:
        pytest.skip("bizaudit is not installed as a command")
    return os.environ["PATH"]


def test_audit_step_passes_and_writes_the_summary(tmp_path: Path, path: str) -> None:
    inputs = {"profiles": "examples/agency.yaml\nexamples/startup.yaml"}
    result = run_step("Audit profiles", inputs, tmp_path, path)
    assert result.returncode == 0, result.stderr
    assert "bizaudit: examples/agency.yaml: passed" in result.stdout
    assert "bizaudit: examples/startup.yaml: passed" in result.stdout
    assert "### Brightline Digital — ✅ passed" in (tmp_path / "summary.md").read_text()


def test_audit_step_fails_the_job_on_policy_and_on_strict(tmp_path: Path, path: str) -> None:
    failing = run_step("Audit profiles", {"profiles": "examples/coaching.yaml"}, tmp_path, path)
    assert failing.returncode == 1
    assert "::error file=examples/coaching.yaml,line=17,title=BA101::" in failing.stdout
    lenient = {"profiles": "examples/coaching.yaml", "min-marketing-share": "1%"}
    assert run_step("Audit profiles", lenient, tmp_path, path).returncode == 0
    strict = lenient | {"strict": "true"}
    assert run_step("Audit profiles", strict, tmp_path, path).returncode == 1


def test_inputs_are_data_not_code(tmp_path: Path, path: str) -> None:
    marker = tmp_path / "pwned"
    inputs = {"profiles": "examples/agency.yaml", "min-marketing-share": f"$(touch {marker})"}
    result = run_step("Audit profiles", inputs, tmp_path, path)
    assert result.returncode == 2  # not a percentage: a usage error
    assert not marker.exists()


def test_one_profile_a_line_keeps_spaces_in_names(tmp_path: Path, path: str) -> None:
    spaced = tmp_path / "client books" / "my café.yaml"
    spaced.parent.mkdir()
    spaced.write_text((ROOT / "examples" / "agency.yaml").read_text(encoding="utf-8"))
    inputs = {"profiles": f"  examples/startup.yaml\n\n{spaced}  \n"}
    result = run_step("Audit profiles", inputs, tmp_path, path)
    assert result.returncode == 0, result.stderr
    assert "bizaudit: examples/startup.yaml: passed" in result.stdout
    assert "my café.yaml: passed" in result.stdout
