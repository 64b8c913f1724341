"""SARIF 2.1.0, for GitHub code scanning and other viewers: stable rule IDs, help, regions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

from bizaudit import __version__
from bizaudit.core.rules import RULES
from bizaudit.model.report import Report, to_data
from bizaudit.render.github import relative

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _why(documentation: str) -> str:
    """The rule's "Why it matters" paragraph, on one line."""
    for paragraph in documentation.split("\n\n"):
        if paragraph.startswith("Why it matters"):
            return " ".join(paragraph.removeprefix("Why it matters: ").split())
    return documentation.split("\n\n")[0]


def _rules() -> list[dict[str, Any]]:
    return [
        {
            "id": rule.id,
            "name": rule.name,
            "shortDescription": {"text": rule.summary},
            "fullDescription": {"text": _why(rule.documentation())},
            "help": {"text": rule.documentation()},
            "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        }
        for rule in RULES.values()
    ]


def uri(path: str) -> str:
    """A path as SARIF wants it, a URI reference: relative to the workspace where it can be,
    percent-encoded ("my café #1.yaml" → "my%20caf%C3%A9%20%231.yaml": a bare "#" would start
    a fragment), or a file:// URI outside it."""
    shown = Path(relative(path))
    return shown.as_uri() if shown.is_absolute() else quote(shown.as_posix())


def _location(path: str, line: int | None, column: int | None = None) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": uri(path)}}
    if line:
        region: dict[str, int] = {"startLine": line}
        if column:
            region["startColumn"] = column
        physical["region"] = region
    return {"physicalLocation": physical}


def render(report: Report) -> str:
    index = {rule_id: i for i, rule_id in enumerate(RULES)}
    results = [
        {
            "ruleId": f.rule,
            "ruleIndex": index[f.rule],
            "level": _LEVEL[f.severity],
            "message": {"text": f"{f.message} — {f.advice}"},
            "locations": [_location(p.path, f.line, f.column)],
        }
        for p in report.profiles
        for f in p.findings
    ]
    notifications = [
        {
            "level": "error",
            "message": {"text": e.message + (f" — {e.hint}" if e.hint else "")},
            "locations": [_location(e.path, e.line, e.column)],
        }
        for e in report.errors
    ]
    sarif = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "bizaudit",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": _rules(),
                    }
                },
                "invocations": [
                    {
                        "executionSuccessful": not report.errors,
                        "toolExecutionNotifications": notifications,
                    }
                ],
                "results": results,
                "properties": {
                    "profiles": [
                        {
                            "path": p.path,
                            "score": p.score,
                            "verdict": p.verdict,
                            "predictability": p.predictability.verdict,
                            "benchmarks": [to_data(b) for b in p.benchmarks],
                        }
                        for p in report.profiles
                    ]
                },
            }
        ],
    }
    return json.dumps(sarif, indent=2, ensure_ascii=False) + "\n"
