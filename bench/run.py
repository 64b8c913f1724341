"""bizaudit's benchmark suite: every goal is a ratio against a floor measured in the same run.

    python bench/run.py            # the full suite (about a minute)
    python bench/run.py --quick    # tiny inputs, to check the suite itself runs

Runs alternate between bizaudit and its floor and the medians are compared, so a busy machine
slows both alike. Timings never go into the test suite; only --quick is run by a test.
"""

from __future__ import annotations

import argparse
import compileall
import gc
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

import bizaudit
from bizaudit import audit, loading, policy, validation
from bizaudit.checker import Options, check
from bizaudit.classify import classify
from bizaudit.render import json_report
from bizaudit.report import ProfileReport, Report

NAMES = [
    "Google Ads", "Email newsletter", "Office rent", "Sales commissions", "R&D prototype",
    "Loyalty card", "Upsell campaign", "Coffee beans", "Bookkeeping", "Zorblax services",
]  # fmt: skip


@dataclass
class Row:
    name: str
    ours: float
    floor: float
    goal: str
    unit: str = "s"

    @property
    def ratio(self) -> float:
        return self.ours / self.floor if self.floor else float("inf")


def profile_text(activities: int, seed: int = 0) -> str:
    rng = random.Random(seed)
    lines = ["version: 1", "business:", "  name: Bench Co", "  currency: USD", "revenue: 10M"]
    lines.append("activities:")
    for i in range(activities):
        lines += [
            f"  - name: {rng.choice(NAMES)} {i}",
            f"    spend: {rng.randint(0, 50_000)}",
            f"    recurring: {'true' if i % 3 else 'false'}",
        ]
    lines += ["customers:", "  new: 40", "  sources:", "    referrals: 30", "    google ads: 10"]
    lines += ["owner_hours:", "  delivery: 40", "  marketing: 5"]
    return "\n".join(lines) + "\n"


def alternate(
    ours: Callable[[], object], floor: Callable[[], object], runs: int
) -> tuple[float, float]:
    """Median seconds of each, measured in alternation."""
    a: list[float] = []
    b: list[float] = []
    for _ in range(runs):
        for fn, into in ((ours, a), (floor, b)):
            gc.collect()
            start = time.perf_counter()
            fn()
            into.append(time.perf_counter() - start)
    return statistics.median(a), statistics.median(b)


def audit_files(paths: list[Path]) -> str:
    report, _ = check(paths, Options())
    return json_report.render(report)


def parse_files(paths: list[Path]) -> None:
    for path in paths:
        yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


def peak_memory(fn: Callable[[], object]) -> int:
    gc.collect()
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def commands(ours: list[str], floor: list[str], runs: int) -> tuple[float, float]:
    """Median wall time of two commands, run in alternation."""
    env = {**os.environ, "NO_COLOR": "1"}

    def run(cmd: list[str]) -> Callable[[], object]:
        return lambda: subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, check=True)

    return alternate(run(ours), run(floor), runs)


def check_small(small: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "bizaudit",
        "check",
        "--format",
        "json",
        "--exit-zero",
        str(small),
    ]


BARE_IMPORT = [sys.executable, "-c", "import typer, pydantic, yaml"]  # what the JSON path imports


def startup(folder: Path, runs: int) -> Row:
    small = folder / "small.yaml"
    small.write_text(profile_text(8))
    a, b = commands(check_small(small), BARE_IMPORT, runs)
    return Row(
        "(a) check a small profile (JSON) vs importing typer, pydantic, yaml", a, b, "≤ 1.3×"
    )


MINIMAL_APP = """
import typer, yaml, pydantic
app = typer.Typer()
@app.command()
def check(path: str) -> None:
    yaml.load(open(path).read(), Loader=yaml.CSafeLoader)
@app.command()
def other() -> None:
    pass
app()
"""


def startup_vs_typer(folder: Path, runs: int) -> Row:
    """Context for (a): Typer loads Pydantic's machinery when an app runs, not on import."""
    small = folder / "small.yaml"
    floor = [sys.executable, "-c", MINIMAL_APP, "check", str(small)]
    a, b = commands(check_small(small), floor, runs)
    return Row("    (a) vs a minimal Typer app parsing the same file", a, b, "context")


LIST_MODULES = """
import atexit, runpy, sys
def third_party():
    own = ("bizaudit", "_", "__main__", "cython_runtime")
    names = [m for m in sys.modules if not m.startswith(own)]
    modules = [m for m in names if m.split(".")[0] not in sys.stdlib_module_names]
    print(" ".join(modules), file=sys.stderr)
atexit.register(third_party)
sys.argv = ["bizaudit", *sys.argv[1:]]
runpy.run_module("bizaudit", run_name="__main__")
"""


def startup_vs_same_modules(folder: Path, runs: int) -> tuple[Row, Row]:
    """Context for (a): a floor that imports every third-party module the run imports (Pydantic
    and Typer load most of theirs lazily, so ``import pydantic`` alone loads little), and how
    that floor compares with (a)'s: the part of (a) no program using these libraries avoids."""
    small = folder / "small.yaml"
    listed = subprocess.run(
        [sys.executable, "-c", LIST_MODULES, *check_small(small)[3:]],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "NO_COLOR": "1"},
    )
    modules = listed.stderr.splitlines()[-1].split()
    floor = [
        sys.executable,
        "-c",
        f"import importlib\nfor m in {modules!r}: importlib.import_module(m)",
    ]
    a, b = commands(check_small(small), floor, runs)
    ours = Row(
        f"    (a) vs importing the {len(modules)} third-party modules it loads", a, b, "context"
    )
    a, b = commands(floor, BARE_IMPORT, runs)
    floors = Row("    (a) importing those modules alone vs (a)'s floor", a, b, "context")
    return ours, floors


def large(folder: Path, activities: int, runs: int) -> tuple[Row, Row]:
    path = folder / "large.yaml"
    path.write_text(profile_text(activities))
    a, b = alternate(lambda: audit_files([path]), lambda: parse_files([path]), runs)
    time_row = Row(f"(b) check {activities:,} activities vs CSafeLoader parse", a, b, "≤ 1.5×")
    mem_ours = peak_memory(lambda: audit_files([path]))
    mem_floor = peak_memory(lambda: parse_files([path]))
    mem_row = Row("    peak memory of (b) vs the parse's", mem_ours, mem_floor, "≤ 3×", "bytes")
    return time_row, mem_row


def many(folder: Path, count: int, runs: int) -> tuple[Row, Row]:
    paths = []
    for i in range(count):
        path = folder / f"p{i:04}.yaml"
        path.write_text(profile_text(8, seed=i))
        paths.append(path)
    a, b = alternate(lambda: audit_files(paths), lambda: parse_files(paths), runs)
    row = Row(f"(c) {count} small profiles in one call vs {count} parses", a, b, "≤ 1.5×")
    limits = loading.Limits()
    a, b = alternate(
        lambda: [loading.load_file(p, limits) for p in paths], lambda: parse_files(paths), runs
    )
    reading = Row("    (c) reading them only, with every check of the safe loader", a, b, "context")
    return row, reading, pydantic_share(paths, runs)


def pydantic_share(paths: list[Path], runs: int) -> Row:
    """Context for (c): what Pydantic alone costs in that run, given files already read and
    audits already computed: validating each profile and each report, and serialising them."""
    limits = loading.Limits()
    docs = [loading.load_file(p, limits) for p in paths]
    data = [
        audit.report_data(validation.parse_profile(doc), policy.resolve([]), path=doc.path)
        for doc in docs
    ]

    def models() -> str:
        for doc in docs:
            validation.parse_profile(doc)
        reports = [ProfileReport.model_validate(d) for d in data]
        return json_report.render(Report(passed=True, profiles=reports))

    a, b = alternate(models, lambda: parse_files(paths), runs)
    return Row("    (c) Pydantic's part alone: validate profiles and reports, write JSON", a, b,
               "context")  # fmt: skip


def names(count: int) -> Row:
    rng = random.Random(1)
    words = [*" ".join(NAMES).lower().split(), "acme", "widgets", "client", "van", "fuel"]
    distinct = {f"{' '.join(rng.choices(words, k=rng.randint(1, 4)))} {i}" for i in range(count)}
    start = time.perf_counter()
    for name in distinct:
        classify(name)
    elapsed = time.perf_counter() - start
    return Row(f"(d) classify {len(distinct):,} distinct names", elapsed, 1.0, "< 1 s (floor: 1 s)")


def ledger(folder: Path, rows: int, runs: int) -> tuple[Row, Row]:
    import csv

    from bizaudit.ledger import parallel, read_ledger

    path = folder / "ledger.csv"
    rng = random.Random(2)
    accounts = ["Advertising", "Rent", "Ingredients", "Email marketing", "Sales commissions"]
    with path.open("w", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["date", "description", "amount", "category"])
        for i in range(rows):
            account = "Income" if i % 50 == 0 else rng.choice(accounts)
            out.writerow([f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}", f"Payee {i}",
                          f"{rng.randint(1, 5000)}.{rng.randint(0, 99):02d}", account])  # fmt: skip

    def bare() -> None:
        with path.open(newline="") as handle:
            for _ in csv.reader(handle):
                pass

    a, b = alternate(lambda: read_ledger(path), bare, runs)
    cores = parallel.cores()
    time_row = Row(
        f"(e) import a {rows:,}-row ledger ({cores} worker{'s' * (cores > 1)}) "
        "vs a bare csv.reader pass",
        a,
        b,
        "≤ 2×",
    )
    a1, b1 = alternate(lambda: read_ledger(path, workers=1), bare, runs)
    one_row = Row("    (e) in one process", a1, b1, "context")
    mem = peak_memory(lambda: read_ledger(path, workers=1))
    size = path.stat().st_size
    mem_row = Row("    peak memory of (e) in one process vs the file's size", mem, size, "bounded",
                  "bytes")  # fmt: skip
    return time_row, one_row, mem_row


def growth(folder: Path, small: int, big: int, runs: int) -> Row:
    timings = []
    for size in (small, big):
        path = folder / f"grow{size}.yaml"
        path.write_text(profile_text(size))
        timings.append(statistics.median(_times(lambda p=path: audit_files([p]), runs)))
    per_small, per_big = timings[0] / small, timings[1] / big
    return Row(
        f"    time per activity at {big:,} vs at {small:,} (linear = 1)",
        per_big,
        per_small,
        "≈ 1× (no quadratic step)",
    )


def _times(fn: Callable[[], object], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def table(rows: list[Row]) -> str:
    lines = ["| measurement | bizaudit | floor | ratio | goal |", "|---|---|---|---|---|"]
    for row in rows:
        if row.unit == "bytes":
            ours, floor = f"{row.ours / 1e6:.1f} MB", f"{row.floor / 1e6:.1f} MB"
        else:
            ours, floor = f"{row.ours * 1000:.1f} ms", f"{row.floor * 1000:.1f} ms"
        lines.append(f"| {row.name.strip()} | {ours} | {floor} | {row.ratio:.2f}× | {row.goal} |")
    return "\n".join(lines)


def machine() -> str:
    return (
        f"{platform.python_implementation()} {platform.python_version()}, "
        f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()}; "
        f"PyYAML {yaml.__version__} with libyaml: {yaml.__with_libyaml__}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny inputs: check the suite runs")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    args = parser.parse_args()
    quick = args.quick
    # Measure bizaudit as installed: with its bytecode compiled (an editable install in an
    # environment with PYTHONDONTWRITEBYTECODE would otherwise compile it at every start).
    compileall.compile_dir(Path(bizaudit.__file__).parent, quiet=1)
    runs = 3 if quick else 11
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rows = [startup(folder, runs), startup_vs_typer(folder, runs)]
        rows += startup_vs_same_modules(folder, runs)
        rows += large(folder, 50 if quick else 5000, runs)
        rows += many(folder, 10 if quick else 500, 3 if quick else 5)
        rows.append(names(1_000 if quick else 100_000))
        rows.append(growth(folder, 20 if quick else 1000, 200 if quick else 10_000, 3))
        rows += ledger(folder, 2_000 if quick else 1_000_000, 3 if quick else 5)
    if args.json:
        print(json.dumps([row.__dict__ | {"ratio": row.ratio} for row in rows], indent=2))
    else:
        print(table(rows))
        print(f"\nMachine: {machine()}")


if __name__ == "__main__":
    main()
