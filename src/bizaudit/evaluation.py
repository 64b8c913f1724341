"""Measure the classifier against a labelled corpus: accuracy and a confusion table.

The corpus is a CSV with the columns ``name,category,purpose,also``. ``also`` lists other
answers accepted for a name that DOMAIN.md's definitions leave genuinely ambiguous, as
``category`` or ``category/purpose``, separated by ``|``. Rows whose name starts with ``#``
are section headings.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from bizaudit.classify import Classification, classify
from bizaudit.errors import InputError, unreadable
from bizaudit.profile import CATEGORIES, PURPOSES_BY_CATEGORY

__all__ = ["Evaluation", "Example", "evaluate", "read_corpus"]

Answer = tuple[str, str | None]


def _answer(text: str) -> Answer:
    category, _, purpose = text.strip().partition("/")
    return category, purpose or None


@dataclass(frozen=True, slots=True)
class Example:
    name: str
    expected: Answer
    accepted: frozenset[Answer]  # expected plus the alternatives
    line: int


_COLUMNS = ("name", "category", "purpose")


def read_corpus(path: Path) -> list[Example]:
    """The labelled names of a corpus file. Raises InputError (with the row) for anything a
    user must fix: a missing column, an unknown category or purpose, no names at all."""
    shown = str(path)
    examples: list[Example] = []
    try:
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


@dataclass
class Evaluation:
    total: int = 0
    category_correct: int = 0
    with_purpose: int = 0
    purpose_correct: int = 0
    confidently_wrong: int = 0  # answered with high confidence, and wrong
    unplaced: int = 0  # no known term: the audit asks the user to state the kind
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)  # (expected, got)
    misses: list[tuple[Example, Classification]] = field(default_factory=list)

    @property
    def category_accuracy(self) -> float:
        return self.category_correct / self.total if self.total else 0.0

    @property
    def purpose_accuracy(self) -> float:
        return self.purpose_correct / self.with_purpose if self.with_purpose else 0.0


def evaluate(
    examples: Iterable[Example], classifier: Callable[[str], Classification] = classify
) -> Evaluation:
    result = Evaluation()
    for example in examples:
        got = classifier(example.name)
        result.total += 1
        accepted_categories = {category for category, _ in example.accepted}
        category_ok = got.category in accepted_categories
        result.category_correct += category_ok
        expected_category = example.expected[0]
        result.confusion[
            (expected_category, got.category if not category_ok else expected_category)
        ] += 1
        if any(purpose is not None for _, purpose in example.accepted):
            result.with_purpose += 1
            purpose_ok = (got.category, got.purpose) in example.accepted
            result.purpose_correct += purpose_ok
        else:
            purpose_ok = category_ok
        if not (category_ok and purpose_ok):
            result.misses.append((example, got))
            result.confidently_wrong += got.confidence == "high"
        result.unplaced += got.confidence == "none"
    return result
