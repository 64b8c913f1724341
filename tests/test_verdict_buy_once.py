"""Where no customer comes back (the score's retention part is not scored, beside BA104's
information), the verdict speaks of winning customers, not of "getting and keeping" them: a
wholesaler whose sellers sell once read "Strong: you invest in getting and keeping customers
on purpose" (a leftover of the fifty-fourth round, 2026-12-07)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from bizaudit.explain import score

from .test_law_round54h import _report


def _wholesaler() -> dict[str, Any]:
    path = Path(__file__).parent / "fixtures" / "review54" / "wholesale.yaml"
    loaded: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return loaded


def test_the_wholesalers_verdict_speaks_of_winning_customers() -> None:
    report = _report(_wholesaler())
    retention = next(c for c in report.score_components if c.name == "retention")
    assert retention.earned is None  # not scored: no customer comes back
    assert report.verdict == "Strong: you invest in winning customers on purpose."


def test_customers_who_come_back_keep_the_usual_words() -> None:
    """Near case: the same wholesaler with a retention rate of 30% (sellers who sell again):
    the retention part is scored, and the verdict's words are the usual ones."""
    profile = _wholesaler()
    profile["customers"] = {**profile["customers"], "retention_rate": "30%"}
    report = _report(profile)
    retention = next(c for c in report.score_components if c.name == "retention")
    assert retention.earned is not None
    assert "winning customers" not in report.verdict


def test_every_band_that_speaks_of_keeping_customers_is_reworded() -> None:
    assert score.verdict(85, buy_once=True) == "Strong: you invest in winning customers on purpose."
    assert score.verdict(45, buy_once=True) == "Weak: too little goes into winning customers."
    assert score.verdict(45) == "Weak: too little goes into getting and keeping customers."
    # nothing to keep: never "nothing yet goes into keeping them (BA104)"
    assert score.verdict(85, buy_once=True, not_keeping=True) == (
        "Strong: you invest in winning customers on purpose."
    )
    for value in (0, 45, 65, 85):
        for words in (
            score.verdict(value, buy_once=True, under_minimum=True, under_average=True),
            score.verdict(value, buy_once=True, under_minimum=True),
        ):
            assert "keeping" not in words
