"""Read a labelled corpus file for ``bizaudit classify --evaluate``.

An activity corpus is a CSV with the columns ``name,category,purpose,also``; a customer-source
corpus has ``name,kind,also``. ``also`` lists other answers accepted for a name that the
definitions (docs/domain.md) leave genuinely ambiguous, as ``category`` or
``category/purpose`` (a source: another kind), separated by ``|``. Rows whose name starts with
``#`` are section headings.
"""

from __future__ import annotations

import csv
import stat
from pathlib import Path

from bizaudit.core.evaluation import Answer, Example
from bizaudit.io.errors import InputError, unreadable
from bizaudit.io.output import note_input
from bizaudit.model.tuples import NamedTuple
from bizaudit.model.vocab import CATEGORIES, PURPOSES_BY_CATEGORY, SOURCE_KINDS

__all__ = ["MAX_CORPUS_BYTES", "Corpus", "read_corpus", "read_labelled"]

MAX_CORPUS_BYTES = 100 * 1024 * 1024  # thousands of times a real corpus; stops /dev/zero


def _answer(text: str) -> Answer:
    category, _, purpose = text.strip().partition("/")
    return category, purpose or None


_COLUMNS = ("name", "category", "purpose")
_SOURCE_COLUMNS = ("name", "kind")


class Corpus(NamedTuple):
    """A corpus as read: activity names (``sources`` False) or customer sources."""

    examples: list[Example]
    sources: bool


def read_corpus(path: Path) -> list[Example]:
    """The labelled activity names of a corpus file (see :func:`read_labelled`)."""
    corpus = read_labelled(path)
    if corpus.sources:
        raise InputError(
            str(path),
            "this is a corpus of customer sources (name,kind), not of activities",
            "evaluate it with: bizaudit classify --source --evaluate FILE",
            1,
        )
    return corpus.examples


def read_labelled(path: Path) -> Corpus:
    """The labelled names of a corpus file, activities or customer sources by its header.
    Raises InputError (with the row) for anything a user must fix: a missing column, an
    unknown category, purpose or kind, no names at all."""
    shown = str(path)
    sources = False
    examples: list[Example] = []
    try:
        found = path.stat()
        if not stat.S_ISREG(found.st_mode):
            raise InputError(shown, "not a regular file", "give a CSV file")
        if found.st_size > MAX_CORPUS_BYTES:
            raise InputError(
                shown,
                f"the file is {found.st_size:,} bytes; a corpus is at most {MAX_CORPUS_BYTES:,}",
                "split it into smaller files",
            )
        note_input(path)
        with path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            header = reader.fieldnames or []
            sources = "kind" in header and "category" not in header
            missing = [c for c in (_SOURCE_COLUMNS if sources else _COLUMNS) if c not in header]
            if missing and not sources:
                has = ", ".join(f for f in reader.fieldnames or [] if f.isprintable() and f)
                raise InputError(
                    shown,
                    f"a corpus needs the columns name, category, purpose (it has: {has or 'none'})",
                    "start it with the header row name,category,purpose,also",
                    1,
                )
            read = _source if sources else _example
            for row in reader:
                example = read(row, reader.line_num, shown)
                if example is not None:
                    examples.append(example)
    except OSError as exc:
        raise unreadable(shown, exc) from None
    except UnicodeDecodeError:
        raise InputError(shown, "the file is not UTF-8 text") from None
    except csv.Error as exc:
        raise InputError(shown, f"not a readable CSV file: {exc}") from None
    if not examples:
        raise InputError(shown, "the corpus holds no names", "one name a row, with its category")
    return Corpus(examples, sources)


def _source(row: dict[str, str | None], line: int, shown: str) -> Example | None:
    name = (row.get("name") or "").strip()
    if not name or name.startswith("#"):
        return None
    kinds = [(row.get("kind") or "").strip()]
    kinds += [a.strip() for a in (row.get("also") or "").split("|") if a.strip()]
    for kind in kinds:
        if kind not in SOURCE_KINDS:
            raise InputError(
                shown, f"{name!r}: kind {kind!r} is not one of {', '.join(SOURCE_KINDS)}",
                line=line,
            )  # fmt: skip
    expected: Answer = (kinds[0], None)
    return Example(name, expected, frozenset((kind, None) for kind in kinds), line)


def _example(row: dict[str, str | None], line: int, shown: str) -> Example | None:
    name = (row.get("name") or "").strip()
    if not name or name.startswith("#"):
        return None
    expected = _answer(f"{row.get('category') or ''}/{row.get('purpose') or ''}")
    also = {_answer(a) for a in (row.get("also") or "").split("|") if a.strip()}
    for category, purpose in (expected, *also):
        if category not in CATEGORIES:
            raise InputError(
                shown, f"{name!r}: category {category!r} is not one of {', '.join(CATEGORIES)}",
                line=line,
            )  # fmt: skip
        allowed = PURPOSES_BY_CATEGORY[category]
        if purpose is not None and purpose not in allowed:
            raise InputError(
                shown,
                f"{name!r}: {category} has no purpose {purpose!r}"
                + (f" (it has: {', '.join(allowed)})" if allowed else ""),
                line=line,
            )
    return Example(name, expected, frozenset({expected, *also}), line)
