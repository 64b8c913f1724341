"""Settings from pyproject.toml and BIZAUDIT_* variables, and their precedence."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from .conftest import MINIMAL, RunCli, WriteProfile


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project folder that is the current directory, holding the minimal profile."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "profile.yaml").write_text(MINIMAL)
    return tmp_path


def pyproject(folder: Path, body: str) -> None:
    (folder / "pyproject.toml").write_text(
        "[project]\nname = 'x'\n\n[tool.bizaudit]\n" + textwrap.dedent(body)
    )


def thresholds(run_cli: RunCli) -> dict[str, dict[str, object]]:
    result = run_cli("check", "-f", "json", "profile.yaml")
    assert result.exit_code in (0, 1), result
    policy: dict[str, dict[str, object]] = json.loads(result.stdout)["profiles"][0]["policy"]
    return policy


def test_defaults_without_pyproject(run_cli: RunCli, project: Path) -> None:
    assert thresholds(run_cli)["min_marketing_share"] == {"value": 0.1, "source": "default"}


def test_precedence_flags_env_profile_pyproject_defaults(
    run_cli: RunCli, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pyproject(project, "min_marketing_share = '5%'\nmax_referral_share = '60%'\n"
                       "min_owner_marketing_time = 0.2\n")  # fmt: skip
    (project / "profile.yaml").write_text(MINIMAL + "policy:\n  max_referral_share: 70%\n")
    monkeypatch.setenv("BIZAUDIT_MIN_MARKETING_SHARE", "7%")
    found = thresholds(run_cli)
    assert found["min_owner_marketing_time"] == {"value": 0.2, "source": "pyproject"}
    assert found["max_referral_share"] == {"value": 0.7, "source": "profile"}
    assert found["min_marketing_share"] == {"value": 0.07, "source": "env"}
    result = run_cli("check", "-f", "json", "profile.yaml", "--min-marketing-share", "9%")
    policy = json.loads(result.stdout)["profiles"][0]["policy"]
    assert policy["min_marketing_share"] == {"value": 0.09, "source": "cli"}


def test_pyproject_in_a_parent_folder_is_found(
    run_cli: RunCli, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pyproject(project, "min_marketing_share = '3%'\n")
    sub = project / "budgets"
    sub.mkdir()
    (sub / "profile.yaml").write_text(MINIMAL)
    monkeypatch.chdir(sub)
    assert thresholds(run_cli)["min_marketing_share"] == {"value": 0.03, "source": "pyproject"}


def test_strict_in_pyproject(run_cli: RunCli, project: Path) -> None:
    # Without its newsletter the profile spends nothing on retention: BA104, a warning.
    (project / "profile.yaml").write_text(MINIMAL.replace("name: Newsletter", "name: Rent2"))
    assert run_cli("check", "profile.yaml").exit_code == 0
    pyproject(project, "strict = true\n")
    assert run_cli("check", "profile.yaml").exit_code == 1


def test_fail_on_in_pyproject(run_cli: RunCli, project: Path) -> None:
    """fail_on in [tool.bizaudit] is --fail-on's list, added to the flags' (H8 of the fortieth
    round): without its newsletter the profile spends nothing on retention, BA104's warning."""
    (project / "profile.yaml").write_text(MINIMAL.replace("name: Newsletter", "name: Rent2"))
    pyproject(project, "fail_on = ['BA114']\n")
    assert run_cli("check", "profile.yaml").exit_code == 0
    assert run_cli("check", "profile.yaml", "--fail-on", "BA104").exit_code == 1
    pyproject(project, "fail_on = ['ba104']\n")
    result = run_cli("check", "profile.yaml")
    assert result.exit_code == 1
    assert "error    BA104" in result.stdout


def test_report_names_the_source(run_cli: RunCli, project: Path) -> None:
    pyproject(project, "min_marketing_share = '5%'\n")
    assert "min 5% (pyproject.toml)" in run_cli("check", "profile.yaml").stdout


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        (
            "min_marketing_share = 'lots'\n",
            "pyproject.toml:5:1: error: [tool.bizaudit] min_marketing_share",
        ),
        (
            "min_marketing_shar = '5%'\n",
            "pyproject.toml:5:1: error: [tool.bizaudit] min_marketing_shar: unknown setting — "
            "did you mean 'min_marketing_share'?",
        ),
        # "yes" had been read as true, "maybe" reported in Pydantic's words
        ("strict = 'yes'\n", "pyproject.toml:5:1: error: [tool.bizaudit] strict: expected true"),
        ("strict = 'maybe'\n", "[tool.bizaudit] strict: expected true or false"),
        (
            "fail_on = ['BA114', 'BA999']\n",
            "pyproject.toml:5:1: error: [tool.bizaudit] fail_on: unknown rule BA999; the "
            "rules are BA101,",
        ),
        ("fail_on = 'BA114'\n", "[tool.bizaudit] fail_on: expected a list"),
        ("min_marketing_share = \n", "pyproject.toml:5:23: error: invalid TOML"),
        (
            "classify = 3\n",
            "pyproject.toml:5:1: error: [tool.bizaudit] classify: expected a table of settings",
        ),
    ],
)
def test_bad_pyproject_is_an_input_error(
    run_cli: RunCli, project: Path, body: str, fragment: str
) -> None:
    pyproject(project, body)
    result = run_cli("check", "profile.yaml")
    assert result.exit_code == 2
    assert fragment in result.stderr


def test_tool_bizaudit_that_is_not_a_table(run_cli: RunCli, project: Path) -> None:
    (project / "pyproject.toml").write_text("[tool]\nbizaudit = 3\n")
    result = run_cli("check", "profile.yaml")
    assert result.exit_code == 2
    assert "pyproject.toml:2:1: error: tool.bizaudit must be a table of settings" in result.stderr


def test_bad_environment_value(
    run_cli: RunCli, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BIZAUDIT_MAX_REFERRAL_SHARE", "most")
    result = run_cli("check", "profile.yaml")
    assert result.exit_code == 2
    assert "$BIZAUDIT_MAX_REFERRAL_SHARE: error: 'most' is not a percentage" in result.stderr


def test_profile_classify_rules_win_over_built_ins(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    path = write_profile(
        MINIMAL.replace("name: Rent", "name: Zorblax retainer") + "classify:\n"
        "  activities:\n"
        "    - term: zorblax\n"
        "      kind: marketing\n"
        "      purpose: acquire\n"
        "    - pattern: 'news*'\n"
        "      kind: sales\n"
        "  sources:\n"
        "    - term: google ads\n"
        "      kind: referral\n"
    )
    data = json.loads(run_cli("check", "-f", "json", path).stdout)["profiles"][0]
    by_name = {a["name"]: a for a in data["activities"]}
    assert (by_name["Zorblax retainer"]["category"], by_name["Zorblax retainer"]["purpose"]) == (
        "marketing",
        "acquire",
    )
    assert (
        by_name["Zorblax retainer"]["reason"]
        == "'zorblax' → marketing/acquire (your rule in the profile)"
    )
    assert by_name["Newsletter"]["category"] == "sales"
    assert data["metrics"]["referral_share"] == 1.0  # google ads counted as referral now


def test_pyproject_classify_rules_and_the_classify_command(run_cli: RunCli, project: Path) -> None:
    pyproject(
        project, "[[tool.bizaudit.classify.activities]]\nterm = 'zorblax'\nkind = 'innovation'\n"
    )
    result = run_cli("classify", "Zorblax", "-f", "json")
    [answer] = json.loads(result.stdout)
    assert answer["category"] == "innovation"
    assert "your rule in" in answer["reason"]
    assert "pyproject.toml" in answer["reason"]
    # A profile's own rule beats pyproject's.
    (project / "p.yaml").write_text(
        MINIMAL + "classify:\n  activities:\n    - {term: zorblax, kind: sales}\n"
    )
    result = run_cli("classify", "Zorblax", "-f", "json", "--profile", "p.yaml")
    assert json.loads(result.stdout)[0]["category"] == "sales"


def test_classify_rule_needs_term_or_pattern(run_cli: RunCli, write_profile: WriteProfile) -> None:
    path = write_profile(MINIMAL + "classify:\n  activities:\n    - kind: sales\n")
    result = run_cli("check", path)
    assert result.exit_code == 2
    assert (
        f"{path}:22:7: error: classify.activities[0]: give either 'term' or 'pattern'"
        in result.stderr
    )
