"""The layers of docs/architecture.md hold: the import contracts in pyproject.toml pass, and
the parts that must stay pure stay so."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "bizaudit"


def test_import_contracts_hold() -> None:
    # The same check CI runs as `lint-imports`: a cycle or an upward import fails here.
    run = subprocess.run(
        [sys.executable, "-c", "import sys, importlinter.cli as c; sys.exit(c.lint_imports("
         "no_cache=True, no_logo=True))"],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr
    assert "0 broken" in run.stdout


def test_no_module_in_core_formats_for_display() -> None:
    # Formatting money and rounding for people is the explain layer's work.
    for path in (PACKAGE / "core").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for needle in (":,", ",.", ".2f", ".1f", "format_money", "format_percent"):
            assert needle not in text, f"{path.relative_to(ROOT)} formats numbers ({needle!r})"


def test_no_pattern_is_compiled_at_import() -> None:
    """A module-level regular expression is a LazyPattern (model/lazy.py): compiling them all
    at import took a tenth of every start-up, for patterns most runs never use."""
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            value = getattr(node, "value", None)
            if not (isinstance(value, ast.Call) and ast.unparse(value.func) == "re.compile"):
                continue
            first = value.args[0] if value.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, bytes):
                continue  # LazyPattern reads text; the OFX reader's byte patterns stay compiled
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            raise AssertionError(f"{where} compiles a pattern at import: use LazyPattern")


def test_every_rule_is_kept_apart_from_the_others() -> None:
    """Each rule module is in the import contract that keeps rules independent. What several
    rules share lives in core beside them: the thin and high margins in core/margins.py, the
    over-spending BA110 reports and the score caps in core/overspend.py."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # Python 3.10, as the project's config reader does
        import tomli as tomllib

    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    [apart] = [
        c for c in contracts["tool"]["importlinter"]["contracts"] if c["id"] == "rules-apart"
    ]
    modules = {
        f"bizaudit.core.rules.{path.stem}"
        for path in (PACKAGE / "core" / "rules").glob("ba[0-9]*.py")
    }
    assert modules == set(apart["modules"])


def test_every_rule_has_its_words() -> None:
    from bizaudit.core.rules import RULES
    from bizaudit.explain.findings import WORDS

    assert set(WORDS) == set(RULES)


def test_the_vocabularies_agree_with_the_data() -> None:
    from bizaudit.model.verticals import verticals
    from bizaudit.model.vocab import INDUSTRIES, SECTORS, VERTICALS

    assert (*SECTORS, *VERTICALS) == INDUSTRIES
    assert tuple(verticals()) == VERTICALS  # every vertical has its figures, in data/
    for vertical in verticals().values():
        assert vertical.sector in SECTORS
        assert 0 < vertical.marketing.low <= vertical.marketing.high < 1
        assert vertical.marketing.source
        assert vertical.marketing.year
