"""Run the audit over files and folders: load, validate and audit each, collecting every error.

One bad profile never stops the others: its errors are collected and the good ones are still
audited, so a run over a folder reports everything at once.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import field
from pathlib import Path
from stat import S_ISDIR

from bizaudit.core import audit
from bizaudit.core.classify import Classifier, default, for_vertical
from bizaudit.core.policy import resolve
from bizaudit.explain.report import profile_report
from bizaudit.io import loading, validation
from bizaudit.io.config import Settings
from bizaudit.io.errors import InputError, InputErrors
from bizaudit.io.loading import Limits
from bizaudit.io.output import note_input
from bizaudit.model import verticals
from bizaudit.model.policy import Source
from bizaudit.model.profile import ClassifyRules, Policy, Profile
from bizaudit.model.records import record
from bizaudit.model.report import (
    LISTED_BETWEEN,
    Chunk,
    InputErrorOut,
    ProfileReport,
    Report,
    json_listed,
)

__all__ = [
    "SHARED_FROM",
    "Options",
    "audit_each",
    "audit_file",
    "check",
    "check_json",
    "load_profile",
    "names_cut",
    "profile_paths",
]

PROFILE_SUFFIXES = (".yaml", ".yml")


@record
class Options:
    """What the command line (or a caller) asks of a run."""

    cli: Policy = field(default_factory=Policy)
    settings: Settings = field(default_factory=Settings)
    strict: bool = False
    limits: Limits = field(default_factory=Limits)
    fail_on: frozenset[str] = frozenset()  # rules whose warnings fail the check (--fail-on)

    def layers(self, profile: Profile) -> list[tuple[Source, Policy | None]]:
        """Policy layers, weakest first: pyproject, profile, environment, command line."""
        return [
            ("pyproject", self.settings.project),
            ("profile", profile.policy),
            ("env", self.settings.env),
            ("cli", self.cli),
        ]

    def classifier_for(
        self, rules: ClassifyRules, vertical: verticals.Vertical | None = None
    ) -> Classifier:
        """The built-in classifier, with the words of the profile's vertical (SaaS engineering
        is product development) and extended by a profile's and pyproject's own rules."""
        project = self.settings.classify
        own = (vertical.id, vertical.terms) if vertical is not None and vertical.terms else None
        if not (rules.activities or rules.sources or project.activities or project.sources):
            return default() if own is None else for_vertical(*own)
        origin = str(self.settings.pyproject or "pyproject.toml")
        return Classifier(
            [("the profile", rules.activities), (origin, project.activities)],
            [("the profile", rules.sources), (origin, project.sources)],
            own,
        )


def profile_paths(paths: Iterable[Path]) -> tuple[list[Path], list[InputError]]:
    """Expand folders to the profiles in them (sorted), keeping files as given; a profile
    named twice (``budgets/ budgets/a.yaml``) is audited once, where it first appears."""
    found: list[Path] = []
    errors: list[InputError] = []
    identities: dict[Path, object] = {}  # one system call a name says both what it is and who
    for path in paths:
        same = identities[path] = _identity(path)
        if isinstance(same, tuple) and same[2]:  # a folder
            named = sorted(p for p in path.iterdir() if p.suffix in PROFILE_SUFFIXES)
            inside = [p for p in named if p.is_file()]
            # A profile's name on a broken link, a pipe or a device: said, not read (a pipe
            # would wait for a writer) and not skipped in silence.
            errors += [
                InputError(
                    str(p),
                    "not a profile file: a broken link, a pipe or a device",
                    "a folder is read for its *.yaml and *.yml files; fix or remove this one",
                )
                for p in named
                if not p.is_file() and not p.is_dir()
            ]
            if not inside:
                errors.append(InputError(str(path), "the folder holds no *.yaml or *.yml profiles"))
            found.extend(inside)
        else:
            found.append(path)
    seen: set[object] = set()
    unique = []
    for path in found:
        same = identities[path] if path in identities else _identity(path)
        if same not in seen:
            seen.add(same)
            unique.append(path)
    return unique, errors


def _identity(path: Path) -> object:
    """What makes two names one file: its device and inode (through links, ``./``, ``..``),
    and whether it is a folder, in one system call; a name that cannot be looked at stays its
    own, for reading it to report why (a loop of symbolic links, a missing file)."""
    if str(path) == loading.STDIN:
        return loading.STDIN
    try:
        found = path.stat()
    except (OSError, ValueError):
        return str(path)
    return (found.st_dev, found.st_ino, S_ISDIR(found.st_mode))


def load_profile(path: Path, limits: Limits) -> tuple[loading.Document, Profile]:
    """Read and validate one profile; raises InputError/InputErrors for what the user must fix."""
    doc = loading.load_file(path, limits)
    return doc, validation.parse_profile(doc)


def audit_file(path: Path, options: Options) -> tuple[loading.Document, ProfileReport]:
    """Audit one profile file, and keep the document (for messages about its lines); raises
    InputError/InputErrors for what the user must fix."""
    doc, profile = load_profile(path, options.limits)
    return doc, profile_report(audit_of(profile, options), path=doc.path, locate=doc.line_of)


def audit_of(profile: Profile, options: Options) -> audit.Audit:
    """Audit a validated profile under its policy layers: held to its declared industry's
    range (a golf or country club declared `fitness` to clubs': ``model.verticals.held_to``),
    and read by the words and rules of that industry, else of the one its name gives
    away."""
    vertical = verticals.held_to(
        profile.business.industry, profile.business.name, profile.business.trade
    )
    effective = resolve(
        options.layers(profile),
        strict=options.strict or options.settings.strict,
        fail_on=options.fail_on | options.settings.fail_on,
        vertical=vertical,
        industry=profile.business.industry,
    )
    reading = verticals.read_by(
        profile.business.industry, profile.business.name, profile.business.trade
    )
    return audit.run(
        profile, effective, options.classifier_for(profile.classify, reading), vertical
    )


def audit_each(
    paths: Iterable[Path], options: Options
) -> tuple[list[tuple[loading.Document, ProfileReport]], list[InputError]]:
    """Audit each file in turn, keeping its document (for messages about its lines), and
    collect what every file the user must fix has wrong."""
    audited: list[tuple[loading.Document, ProfileReport]] = []
    errors: list[InputError] = []
    for path in paths:
        try:
            audited.append(audit_file(path, options))
        except InputError as exc:
            errors.append(exc)
        except InputErrors as exc:
            errors.extend(exc.errors)
    return audited, errors


def check(
    paths: Sequence[Path], options: Options, warnings: list[str] | None = None
) -> tuple[Report, list[InputError]]:
    """Audit every profile; return the report and the input errors (also listed in the report).
    What was let through but may not be what was meant goes to ``warnings``, where given, as
    ``PATH:LINE:COL: what``."""
    files, errors = profile_paths(paths)
    reports: list[ProfileReport] = []
    with _batch(files):
        for path in files:
            _audit_into(path, options, reports, errors, warnings)
            _frozen()
    return _head(reports, errors, options, [r.passed for r in reports]), errors


def check_json(
    paths: Sequence[Path], options: Options, warnings: list[str] | None = None
) -> tuple[Report, list[Sequence[Chunk]], list[InputError]]:
    """:func:`check` for a report written only as JSON: the report without its profiles, their
    JSON in slices of chunks (:func:`bizaudit.model.report.json_listed`; ``json_chunks`` sets
    them in the report, in the same bytes as the JSON of :func:`check`'s report), and the input
    errors.

    Each profile's JSON is written as soon as it is audited, and its report let go: the next
    profile's is made in the memory it leaves, already the process's and in the processor's
    caches. Kept until the end, 500 small profiles' reports took 16 MB more, which the system
    gives a process a page at a time (5% of the batch, 2026-12-08).

    A batch of :data:`SHARED_FROM` profiles or more is shared among the cores (on Linux): each
    worker process reads, audits and writes the JSON of a slice of the profiles, in order, and
    sends back only bytes, which cost next to nothing to send (sending the reports themselves
    cost as much as the half of the audit a second process saved). The messages, warnings and
    exit code are those of one process, in the same order."""
    files, errors = profile_paths(paths)
    count = _workers(files, options)
    warn = warnings is not None
    with _batch(files):
        if count < 2:
            chunks: list[Chunk] = []
            done = [(chunks, _written(files, options, warn, chunks.append))]
        else:
            from bizaudit.io import forked

            # What a worker reads, this run's writes must not replace either; the worker's own
            # record of it ends with the worker, so every profile of the batch is recorded here.
            for path in files:
                note_input(path)
            done = forked.in_written_slices(
                lambda part, put: _written(part, options, warn, put), files, count
            )
    passed: list[bool] = []
    for _, (fine, failed, said) in done:
        passed += fine
        errors += failed
        if warnings is not None:
            warnings += said
    return _head([], errors, options, passed), [chunks for chunks, _ in done], errors


#: The least profiles a batch is shared among the cores from: starting a worker costs about
#: what auditing two small profiles does (2026-12-07), and a batch this size saves several.
SHARED_FROM = 24


def _written(
    files: Sequence[Path], options: Options, warn: bool, put: Callable[[Chunk], None]
) -> tuple[list[bool], list[InputError], list[str]]:
    """A slice of a batch, each profile's JSON handed to ``put`` as it is written (with
    :data:`LISTED_BETWEEN` before all but the first); and whether each passed, what is wrong
    with the others, and their names cut short, in order."""
    passed: list[bool] = []
    errors: list[InputError] = []
    said: list[str] = []
    reports: list[ProfileReport] = []  # this profile's, let go once written
    for path in files:
        _audit_into(path, options, reports, errors, said if warn else None)
        if reports:
            if passed:
                put(LISTED_BETWEEN)
            put(json_listed(reports))
            passed.append(reports.pop().passed)
        _frozen()
    return passed, errors, said


def _workers(files: Sequence[Path], options: Options) -> int:
    """How many processes audit ``files``: one per core (or as many as $BIZAUDIT_WORKERS says)
    for a large batch read from files (standard input is read once, by this process), on a
    system that forks; else one. Not with BIZAUDIT_DEBUG=1, which shows an internal error's
    traceback where it happens."""
    if len(files) < SHARED_FROM or os.environ.get("BIZAUDIT_DEBUG") == "1":
        return 1
    from bizaudit.io import forked  # a large batch's alone: pickle, for one, is not imported

    if any(str(path) == loading.STDIN for path in files) or not forked.can_fork():
        return 1
    wanted = options.settings.workers or forked.cores()
    return min(wanted, len(files))


def _head(
    reports: list[ProfileReport], errors: list[InputError], options: Options, passed: list[bool]
) -> Report:
    """The report of ``reports`` and ``errors``, passed when nothing failed, neither an input
    nor a profile (``passed`` says which profiles did)."""
    return Report(
        passed=not errors and all(passed),
        strict=options.strict or options.settings.strict,
        profiles=reports,
        errors=[
            InputErrorOut(path=e.path, line=e.line, column=e.column, message=e.message, hint=e.hint)
            for e in errors
        ],
    )


@contextmanager
def _batch(files: Sequence[Path]) -> Iterator[None]:
    """The collector kept out of a batch's way, and restored after it.

    What exists now (modules, models, the vocabulary) outlives the audits: the collector need
    not walk it again each time a few hundred new objects are made (4% of a batch's work).
    The vocabulary is read first for that (a single profile reads it only if it is valid);
    frozen, it is also left alone by the collector of a forked worker, whose pages then stay
    shared. An audit makes little cyclic garbage (reference counting frees the rest at once),
    so the youngest generation is collected every 100,000 objects, not every 700: a batch's
    reports are then walked far less often as they accumulate (1.4% of a batch's work,
    counted)."""
    if len(files) > 1:
        audit.load_vocabulary()
    gc.freeze()
    thresholds = gc.get_threshold()
    gc.set_threshold(100_000, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def _frozen() -> None:
    """After each profile: the reports made so far outlive the batch too (a JSON batch lets
    each go once written, but the classifier's remembered readings stay): frozen as they
    accumulate, the collector does not walk them again and again. A freeze moves its lists,
    whatever their length, and empties the youngest generation, which then never fills during
    a batch: frozen every 16 profiles, a batch of 200 was collected 11 times and nothing was
    ever found to free (1.1 M instructions of 940 M, 2026-12-07). Garbage a profile leaves in
    a cycle (an input error's traceback) waits for the end of the batch, as it waited for 16
    profiles."""
    gc.freeze()


def names_cut(doc: loading.Document) -> list[str]:
    """A warning, ``PATH:LINE:COL: what``, for each activity's name a YAML comment cut short
    (Q11 of the twenty-eighth round): every command that reads a profile gives them, so
    `check`, `plan`, `diff` and `trend` never read a name two ways unannounced."""
    return [
        f"{doc.path}:{line}:{column}: the name is read as {name!r}: ' #' starts a YAML "
        "comment, so the rest of the line was left out; put the whole name in quotes to keep it"
        for (line, column), name in loading.names_cut_by_comments(doc)
    ]


def _audit_into(
    path: Path,
    options: Options,
    reports: list[ProfileReport],
    errors: list[InputError],
    warnings: list[str] | None = None,
) -> None:
    """One profile's report, or what is wrong with it; a bug costs only this profile."""
    try:
        doc, report = audit_file(path, options)
        reports.append(report)
        if warnings is not None:
            warnings.extend(names_cut(doc))
    except InputError as exc:
        errors.append(exc)
    except InputErrors as exc:
        errors.extend(exc.errors)
    except Exception as exc:  # a bug must not cost the other profiles their reports
        if os.environ.get("BIZAUDIT_DEBUG") == "1":
            raise
        errors.append(
            InputError(
                str(path),
                f"internal error while auditing this profile, please report it: "
                f"{type(exc).__name__}: {exc}",
                "the other profiles were audited; set BIZAUDIT_DEBUG=1 for the traceback",
            )
        )
