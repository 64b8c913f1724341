"""No module defines the same name twice at its top level: the second definition silently
replaces the first for every function that reads it. Round 49's mends did so twice (a second
`_FREE` in core.patient_inducements, a second `_SELLERS` moved into core.channels), and both
changed readings no test of theirs looked at."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import bizaudit

SOURCE = Path(bizaudit.__file__).resolve().parent


def _defined_twice(path: Path) -> list[str]:
    lines: dict[str, list[int]] = defaultdict(list)
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names = [node.name]
        else:
            continue
        for name in names:
            lines[name].append(node.lineno)
    return [f"{name} at lines {found}" for name, found in lines.items() if len(found) > 1]


def test_no_module_defines_a_name_twice() -> None:
    found = {
        str(path.relative_to(SOURCE)): twice
        for path in sorted(SOURCE.rglob("*.py"))
        if (twice := _defined_twice(path))
    }
    assert found == {}


def test_care_given_free_or_waived_and_the_people_who_sell_are_read_again() -> None:
    """The two readings the shadowed names had changed: care waived or comp'd for programme
    clients is free care (G4 of the thirty-ninth round), and SDRs, account executives and
    telemarketers are people who sell, a sales dashboard is not."""
    from bizaudit.core.channels import pays_sellers
    from bizaudit.core.patient_inducements import gives_free_care

    assert gives_free_care("First week of care waived for Medicaid waiver clients")
    assert gives_free_care("Comp'd care hours for Medicaid clients (first 8)")
    for sellers in ("SDRs", "BDRs", "Account executives", "Telemarketers"):
        assert pays_sellers(sellers), sellers
    assert not pays_sellers("Sales dashboard")
