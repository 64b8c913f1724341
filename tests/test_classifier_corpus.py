"""Classifier accuracy on the labelled corpus (gated) and on the held-out corpus (guarded).

`bizaudit classify --evaluate tests/fixtures/classifier_corpus.csv` prints the same figures
with a confusion table and every miss.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bizaudit.core.classify import classify
from bizaudit.core.evaluation import evaluate
from bizaudit.io.corpus import read_corpus

from .conftest import RunCli

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS = read_corpus(FIXTURES / "classifier_corpus.csv")
HOLDOUT = read_corpus(FIXTURES / "classifier_holdout.csv")


def test_corpus_is_large_and_well_formed() -> None:
    assert len(CORPUS) >= 400
    names = [e.name.lower() for e in CORPUS]
    assert len(names) == len(set(names)), "a name is labelled twice"
    valid = {
        ("marketing", "acquire"), ("marketing", "retain"), ("marketing", "grow"),
        ("sales", "convert"), ("innovation", None), ("operations", None),
    }  # fmt: skip
    for example in CORPUS + HOLDOUT:
        assert example.expected in valid, f"line {example.line}: {example.expected}"
        for category, purpose in example.accepted:
            assert (category, purpose) in valid or (purpose is None and category != "marketing")
    assert not {e.name.lower() for e in HOLDOUT} & set(names), "holdout overlaps the corpus"


def test_accuracy_on_the_corpus() -> None:
    result = evaluate(CORPUS)
    misses = [(e.name, g.category, g.purpose) for e, g in result.misses]
    assert result.category_accuracy >= 0.95, misses
    assert result.purpose_accuracy >= 0.90, misses


def test_accuracy_on_held_out_names_does_not_regress() -> None:
    # Measured once, before anyone looked at these names with the classifier: 85.2% category,
    # 70.7% purpose, 4 confidently wrong, 33 not placed (the audit asks for their kind). The
    # bounds sit just under that; do not tune the vocabulary on this file.
    result = evaluate(HOLDOUT)
    assert result.category_accuracy >= 0.83
    assert result.purpose_accuracy >= 0.68
    assert result.confidently_wrong <= 5


def test_evaluation_counts_alternatives_as_right() -> None:
    [example] = [e for e in CORPUS if e.name == "HubSpot"]
    assert ("marketing", "acquire") in example.accepted
    assert classify("HubSpot").category in {c for c, _ in example.accepted}


@pytest.mark.parametrize("variant", ["GOOGLE ADS", "google-ads", "Google  Ads!", "google ad"])
def test_case_punctuation_and_plural_variants_agree(variant: str) -> None:
    assert (classify(variant).category, classify(variant).purpose) == ("marketing", "acquire")


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("", "ev.csv:1:1: error: a corpus needs the columns name, category, purpose (it has: none"),
        ("name,category\nx,marketing\n", "(it has: name, category)"),
        ("name,category,purpose\n# heading,,\n", "ev.csv: error: the corpus holds no names"),
        ("name,category,purpose\nGoogle Ads,bogus,\n",
         "ev.csv:2:1: error: 'Google Ads': category 'bogus' is not one of marketing, sales"),
        ("name,category,purpose\nGoogle Ads,sales,acquire\n",
         "ev.csv:2:1: error: 'Google Ads': sales has no purpose 'acquire' (it has: convert)"),
        ("name,category,purpose,also\nAds,marketing,acquire,salez\n", "category 'salez'"),
    ],
)  # fmt: skip
def test_a_corpus_with_mistakes_says_where(
    run_cli: RunCli, tmp_path: Path, text: str, error: str
) -> None:
    corpus = tmp_path / "ev.csv"
    corpus.write_text(text)
    result = run_cli("classify", "--evaluate", corpus)
    assert result.exit_code == 2
    assert error in result.stderr
    assert "internal error" not in result.stderr


def test_a_missing_corpus_is_reported_like_any_missing_file(
    run_cli: RunCli, tmp_path: Path
) -> None:
    result = run_cli("classify", "--evaluate", tmp_path / "nope.csv")
    assert result.exit_code == 2
    assert f"{tmp_path / 'nope.csv'}: error: no such file — check the path" in result.stderr
