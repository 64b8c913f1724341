"""Read a labelled corpus file for ``bizaudit classify --evaluate``.

The corpus is a CSV with the columns ``name,category,purpose,also``. ``also`` lists other
answers accepted for a name that the definitions (docs/domain.md) leave genuinely ambiguous,
as ``category`` or ``category/purpose``, separated by ``|``. Rows whose name starts with ``#``
are section headings.
"""

from __future__ import annotations

import csv
import stat
from pathlib import Path

from bizaudit.core.evaluation import Answer, Example
from bizaudit.io.errors import InputError, unreadable
from bizaudit.io.output import note_input
from bizaudit.model.vocab import CATEGORIES, PURPOSES_BY_CATEGORY

__all__ = ["MAX_CORPUS_BYTES", "read_corpus"]

MAX_CORPUS_BYTES = 100 * 1024 * 1024  # thousands of times a real corpus; stops /dev/zero


def _answer(text: str) -> Answer:
    category, _, purpose = text.strip().partition("/")
    return category, purpose or None


_COLUMNS = ("name", "category", "purpose")


def read_corpus(path: Path) -> list[Example]:
    """The labelled names of a corpus file. Raises InputError (with the row) for anything a
    user must fix: a missing column, an unknown category or purpose, no names at all."""
    shown = str(path)
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
        with path.open(newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in _COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                has = ", ".join(f for f in reader.fieldnames or [] if f.isprintable() and f)
                raise InputError(
                    shown,
                    f"a corpus needs the columns name, category, purpose (it has: {has or 'none'})",
                    "start it with the header row name,category,purpose,also",
                    1,
                )
            for row in reader:
                example = _example(row, reader.line_num, shown)
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
    return examples


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
