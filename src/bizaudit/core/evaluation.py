"""Measure the classifier against labelled names: accuracy and a confusion table.

Each :class:`Example` has the answer expected and the other answers accepted for a name the
definitions (docs/domain.md) leave genuinely ambiguous. Reading a corpus file is
``bizaudit.io.corpus``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from bizaudit.core.classify import Classification, SourceClass, classify, classify_source
from bizaudit.model.tuples import NamedTuple

__all__ = [
    "Answer", "Evaluation", "Example", "SourceEvaluation", "evaluate", "evaluate_sources",
]  # fmt: skip

Answer = tuple[str, str | None]


class Example(NamedTuple):
    name: str
    expected: Answer
    accepted: frozenset[Answer]  # expected plus the alternatives
    line: int


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


@dataclass
class SourceEvaluation:
    """How well customer sources are read: the kind of channel, against the labelled one."""

    total: int = 0
    correct: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)  # (expected, got)
    misses: list[tuple[Example, SourceClass]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


def evaluate_sources(
    examples: Iterable[Example], classifier: Callable[[str], SourceClass] = classify_source
) -> SourceEvaluation:
    """Read each labelled source (its ``expected`` is ``(kind, None)``) and count the right
    kinds; a kind among the accepted alternatives is right."""
    result = SourceEvaluation()
    for example in examples:
        got = classifier(example.name)
        result.total += 1
        right = got.kind in {kind for kind, _ in example.accepted}
        result.correct += right
        result.confusion[(example.expected[0], example.expected[0] if right else got.kind)] += 1
        if not right:
            result.misses.append((example, got))
    return result
