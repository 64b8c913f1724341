"""JUnit XML: one testsuite per profile, one testcase per rule, for GitLab, Jenkins and Azure.

A rule's testcase fails when it found an error (or, under --strict, a warning); warnings and
notes that do not fail are kept in ``system-out``. Skipped rules are skipped testcases, with
their reason. A profile that could not be read is a testsuite with one errored testcase.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict

from bizaudit.core.rules import RULES
from bizaudit.explain.summary import reference_line
from bizaudit.model.report import Finding, InputErrorOut, ProfileReport, Report


def _text(path: str, findings: list[Finding]) -> str:
    return "\n".join(
        f"{path}:{f.line}: {f.severity}: {f.message} — {f.advice}"
        if f.line
        else f"{path}: {f.severity}: {f.message} — {f.advice}"
        for f in findings
    )


def _suite(report: ProfileReport, strict: bool) -> ET.Element:
    failing = {"error", "warning"} if strict else {"error"}
    by_rule: dict[str, list[Finding]] = defaultdict(list)
    for finding in report.findings:
        by_rule[finding.rule].append(finding)
    skipped = {s.rule: s.reason for s in report.skipped}
    suite = ET.Element("testsuite", name=report.path)
    counts = {"tests": 0, "failures": 0, "skipped": 0}
    for rule in RULES.values():
        counts["tests"] += 1
        case = ET.SubElement(
            suite, "testcase", classname=f"bizaudit.{report.path}", name=f"{rule.id} {rule.name}"
        )
        case.set("file", report.path)
        found = by_rule.get(rule.id, [])
        if found and found[0].line:
            case.set("line", str(found[0].line))
        if rule.id in skipped:
            counts["skipped"] += 1
            ET.SubElement(case, "skipped", message=skipped[rule.id])
        elif any(f.severity in failing for f in found):
            counts["failures"] += 1
            worst = next(f for f in found if f.severity in failing)
            failure = ET.SubElement(case, "failure", message=worst.message, type=worst.severity)
            failure.text = _text(report.path, found)
        elif found:
            ET.SubElement(case, "system-out").text = _text(report.path, found)
    for key, count in counts.items():
        suite.set(key, str(count))
    suite.set("errors", "0")
    properties = ET.Element("properties")
    for name, value in (
        ("score", f"{report.score}"),
        ("predictability", report.predictability.verdict),
        ("verdict", report.verdict),
        ("benchmark", reference_line(report)),
    ):
        ET.SubElement(properties, "property", name=name, value=value)
    suite.insert(0, properties)  # JUnit puts properties before the testcases
    return suite


def _unreadable(error: InputErrorOut) -> ET.Element:
    suite = ET.Element(
        "testsuite", name=error.path, tests="1", failures="0", errors="1", skipped="0"
    )
    case = ET.SubElement(suite, "testcase", classname=f"bizaudit.{error.path}", name="read profile")
    case.set("file", error.path)
    where = f"{error.path}:{error.line}:{error.column}" if error.line else error.path
    message = error.message + (f" — {error.hint}" if error.hint else "")
    ET.SubElement(case, "error", message=message, type="input").text = f"{where}: {message}"
    return suite


def render(report: Report) -> str:
    root = ET.Element("testsuites", name="bizaudit")
    suites = [_suite(p, report.strict) for p in report.profiles]
    suites += [_unreadable(e) for e in report.errors]
    # <testsuites> carries no "skipped": the JUnit schema CI servers use has none there.
    for key in ("tests", "failures", "errors"):
        root.set(key, str(sum(int(s.get(key, "0")) for s in suites)))
    root.extend(suites)
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
