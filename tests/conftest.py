"""Shared fixtures: a CLI runner with fixed width and no colour, and profile builders."""

from __future__ import annotations

import json
import os
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from bizaudit.cli import app
from bizaudit.core.channels import Channel
from bizaudit.core.classify import Classification, classify, classify_source, for_vertical
from bizaudit.core.metrics import Facts, compute
from bizaudit.explain.report import profile_report
from bizaudit.io.checker import Options, audit_of, check
from bizaudit.model import verticals
from bizaudit.model.profile import Profile
from bizaudit.model.report import ChannelResult, Finding, ProfileReport

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

MINIMAL = """\
version: 1
business:
  name: Test Shop
revenue: 100000
activities:
  - name: Google Ads
    spend: 12000
  - name: Newsletter
    spend: 1000
  - name: Rent
    spend: 20000
customers:
  new: 10
  sources:
    referrals: 4
    google ads: 6
owner_hours:
  delivery: 30
  marketing: 10
"""


@dataclass
class Result:
    exit_code: int
    stdout: str
    stderr: str

    def __str__(self) -> str:  # shown by pytest when an assertion on a Result fails
        return f"exit {self.exit_code}\n--- stdout\n{self.stdout}\n--- stderr\n{self.stderr}"


@pytest.fixture(autouse=True)
def _stable_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same output on every machine: 80 columns, no colour, no CI-specific defaults."""
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("TERM", "dumb")
    for name in (
        "GITHUB_ACTIONS",
        "GITHUB_STEP_SUMMARY",
        "BIZAUDIT_DEBUG",
        "BIZAUDIT_WORKERS",
        "FORCE_COLOR",
    ):
        monkeypatch.delenv(name, raising=False)


RunCli = Callable[..., Result]


@pytest.fixture
def run_cli() -> RunCli:
    def run(*args: str | Path) -> Result:
        result = CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)
        return Result(result.exit_code, result.stdout, result.stderr)

    return run


WriteProfile = Callable[..., Path]


@pytest.fixture
def write_profile(tmp_path: Path) -> WriteProfile:
    """Write YAML text (dedented) to a file in a temp folder and return its path."""

    def write(text: str = MINIMAL, name: str = "profile.yaml") -> Path:
        path = tmp_path / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    return write


GOLDEN = Path(__file__).resolve().parent / "golden"
_UNCHECKED = "checked: NOT YET, regenerated; "


def matches_golden(name: str, output: str) -> None:
    """``output`` is the golden file ``name`` below its first line, which says what a person
    checked in it ("checked: ..."). BIZAUDIT_UPDATE_GOLDEN=1 rewrites the file and marks the
    line as not yet checked, which fails test_every_golden_file_was_checked until a person
    has checked the new output and said what they checked (and why it changed, in the commit
    message)."""
    golden = GOLDEN / name
    checked, _, expected = golden.read_text(encoding="utf-8").partition("\n")
    assert checked.startswith("checked: "), f"{name}: the first line says what was checked"
    if os.environ.get("BIZAUDIT_UPDATE_GOLDEN") == "1" and output != expected:
        note = checked if checked.startswith(_UNCHECKED) else _UNCHECKED + checked[9:]
        golden.write_text(f"{note}\n{output}", encoding="utf-8")
        return
    assert output == expected, f"{name} differs (see the diff above)"


def read_in(vertical: str | None, name: str) -> Classification:
    """How a name reads in a profile of that vertical (None: no industry declared)."""
    if vertical is None:
        return classify(name)
    found = verticals.get(vertical)
    assert found is not None
    return for_vertical(vertical, found.terms).classify(name)


def answer_in(vertical: str | None, name: str) -> tuple[str, str | None]:
    """A name's category and purpose in a profile of that vertical, as the review rounds'
    vocabulary tests compare them."""
    reading = read_in(vertical, name)
    return reading.category, reading.purpose


#: Words of the US law and its remedies that a clinic outside the US must not be told as its
#: own (the texts may say that "the US law ... does not apply", which names no statute): the
#: review rounds' tests of a clinic kept in another currency (test_review60l, test_review61n),
#: the union of the lists each kept until part d of the sixty-second round
US_WORDS = (
    "Anti-Kickback",
    "Stark",
    "42 CFR",
    "42 U.S.C.",
    "bona fide",
    "Medicare",
    "Medicaid",
    "OIG",
    "$15 an item",
    "In the US",
    "in the US",
    "Your own country's rules",
    "physician-relations liaison",
    "financial need",
    "health-care lawyer",
)

#: The answers the review rounds' vocabulary tests expect, as (category, purpose)
ACQUIRE = ("marketing", "acquire")
RETAIN = ("marketing", "retain")
SELLING = ("sales", "convert")
COST = ("cost-of-sales", None)
CONTRA = ("contra-revenue", None)
OVERHEAD = ("operations", None)


def source_kind_in(vertical: str | None, name: str) -> str:
    """The kind a customer source reads as in a profile of that vertical (None: none declared)."""
    if vertical is None:
        return classify_source(name).kind
    found = verticals.get(vertical)
    assert found is not None
    return for_vertical(vertical, found.terms).classify_source(name).kind


def profile_json(run_cli: RunCli, path: Path | str) -> dict[str, Any]:
    """The JSON report of ``check PATH`` (one profile), whether the check passes or not."""
    report = json.loads(run_cli("check", path, "-f", "json", "--exit-zero").stdout)
    return report["profiles"][0]  # type: ignore[no-any-return]


def findings_in(profile: dict[str, Any], rule: str) -> list[dict[str, Any]]:
    """A JSON profile's findings of one rule."""
    return [f for f in profile["findings"] if f["rule"] == rule]


def channel_in(profile: dict[str, Any], name: str) -> dict[str, Any]:
    """A JSON profile's one channel named ``name`` (the names it has, where not exactly one)."""
    found: list[dict[str, Any]] = [c for c in profile["channels"] if c["name"] == name]
    assert len(found) == 1, [c["name"] for c in profile["channels"]]
    return found[0]


def source_in(profile: dict[str, Any], name: str) -> dict[str, Any]:
    """A JSON profile's one customer source named ``name``."""
    found: list[dict[str, Any]] = [s for s in profile["customer_sources"] if s["name"] == name]
    assert len(found) == 1, [s["name"] for s in profile["customer_sources"]]
    return found[0]


def fixture_text(path: Path, old: str | None = None, new: str = "") -> str:
    """A fixture's text, with ``old`` (which must be in it) replaced by ``new``."""
    text = path.read_text(encoding="utf-8")
    if old is not None:
        assert old in text, old
        text = text.replace(old, new)
    return text


def facts_of(text: str) -> Facts:
    """The facts of a profile's YAML text, under its declared industry's vertical."""
    model = Profile.model_validate(yaml.safe_load(text))
    return compute(model, vertical=verticals.get(model.business.industry))


def channels_by_name(facts: Facts) -> dict[str, Channel]:
    """The channels of ``facts`` by their names."""
    return {channel.name: channel for channel in facts.by_channel}


def report_of(data: object) -> ProfileReport:
    """A profile's report (``data``: what its YAML reads as), audited with the default options
    and explained as ``check`` does, without a file: the review rounds' tests read findings
    and figures from it."""
    return profile_report(audit_of(Profile.model_validate(data), Options()))


def findings_by_subject(report: ProfileReport, rule: str) -> dict[str, Finding]:
    """A rule's findings in a report, by the line each names (its subject; "" for none)."""
    return {f.subject or "": f for f in report.findings if f.rule == rule}


def finding_words(finding: Finding) -> str:
    """A finding's message and advice as one run of words (whitespace collapsed): what the
    review rounds' tests look for words in."""
    return " ".join(f"{finding.message} {finding.advice}".split())


def channel_at(path: Path, line: int) -> ChannelResult:
    """The channel of a profile file's report that holds the profile's line ``line`` (read
    from the file, for the line numbers)."""
    report, _ = check([path], Options())
    [channel] = [c for c in report.profiles[0].channels if line in c.activities]
    return channel


def small_case(
    name: str, industry: str, activities: list[dict[str, object]], sources: dict[str, int]
) -> dict[str, object]:
    """A small profile: ``activities`` beside $100,000 of owner's salary and $40,000 of rent, on
    $1,000,000 of revenue; 100 new customers from ``sources``, worth $3,000 at a 50% margin."""
    return {
        "business": {"name": name, "industry": industry, "period": "2026"},
        "revenue": 1000000,
        "activities": [
            *activities,
            {"name": "Owner salary", "spend": 100000},
            {"name": "Rent", "spend": 40000},
        ],
        "customers": {
            "new": 100,
            "sources": sources,
            "average_revenue": 3000,
            "gross_margin": "50%",
            "retention_rate": "60%",
        },
    }
