"""The package's regular expressions ship compiled (``data/patterns.marshal``): a pattern is
made from the code the compiler generated when the file was made, not compiled again at every
run (about 26 M instructions of a small audit's start-up, counted 2026-12-07). These tests hold
the file to what the compiler generates now, and hold that no answer depends on it: a pattern
the file lacks, a file another interpreter made, a damaged file or entry, each compiles as
usual."""

from __future__ import annotations

import re
from functools import cache

import pytest

from bizaudit.io.precompute import package_patterns
from bizaudit.model import shipped_patterns
from bizaudit.model.lazy import LazyPattern
from bizaudit.model.shipped_patterns import Shipped, compiled, dumps, entry, loads

FIX = "run: python -m bizaudit.io.precompute"

#: Names the patterns meet, and some they were written for
_SAMPLES = (
    "Google Ads - new patient special",
    "6010 TV - local spots (Univision)",
    "Thank-you gifts to referring attorneys ($250/referral)",
    "Holiday gift baskets for realtors",
    "Office rent",
    "Sales commissions 6",
    "1,200.50",
    "USD",
    "Événement – café crème 10 %",
    "",
)


@cache
def _patterns() -> frozenset[tuple[str, int]]:
    return frozenset(package_patterns())


def _shipped() -> Shipped:
    found = shipped_patterns._shipped()
    assert found is not None, f"made by another interpreter; {FIX}"
    return found


def test_every_pattern_of_the_package_is_shipped_as_the_compiler_makes_it_now() -> None:
    """Each pattern's entry is what ``re``'s compiler generates for it today: the code, the
    flags the pattern sets inline, the groups (else a pattern would be made from old code, or
    compiled at every run, and this fails until the file is made again)."""
    shipped = _shipped()
    assert len(_patterns()) > 500  # the package's patterns were found
    stale = [
        text[:60] for text, flags in _patterns() if shipped.get(text, flags) != entry(text, flags)
    ]
    assert not stale, f"{len(stale)} patterns not shipped as compiled now, e.g. {stale[:3]}; {FIX}"


def test_a_shipped_pattern_is_the_pattern_re_compiles() -> None:
    """Made from the file, a pattern has the same text, flags, groups and group names as
    ``re.compile`` gives, and finds the same matches in the same names."""
    for text, flags in _patterns():
        ours, theirs = compiled(text, flags), re.compile(text, flags)
        assert (ours.pattern, ours.flags, ours.groups, ours.groupindex) == (
            theirs.pattern,
            theirs.flags,
            theirs.groups,
            theirs.groupindex,
        ), text
        for name in _SAMPLES:
            found, expected = ours.search(name), theirs.search(name)
            assert (found and (found.span(), found.groups())) == (
                expected and (expected.span(), expected.groups())
            ), (text, name)


def test_a_lazy_pattern_is_compiled_from_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    """A ``LazyPattern`` of the package asks the file first, and ``re.compile`` is not called."""
    text, flags = min(_patterns())

    def refused(*_: object) -> None:
        raise AssertionError("compiled again")

    monkeypatch.setattr(re, "compile", refused)
    made = LazyPattern(text, flags)
    assert made.compiled.pattern == text
    assert made.compiled.flags == _shipped().get(text, flags)[1]  # type: ignore[index]


def test_a_pattern_the_file_lacks_compiles_as_usual() -> None:
    found = compiled(r"\bnot (?P<in>the) file\b", re.IGNORECASE).search("NOT THE FILE")
    assert found is not None
    assert found.group("in") == "THE"
    assert _shipped().get(r"\bnot (?P<in>the) file\b", int(re.IGNORECASE)) is None


def test_patterns_with_the_same_key_are_told_apart_by_their_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Two patterns filed under one key (a CRC-32 can collide) are both kept, and each is found
    by its own text and flags, never the other's."""
    monkeypatch.setattr(shipped_patterns, "key", lambda text, flags: 7)
    both = loads(dumps([("cat(s)?", 0), ("dogs?", 0), ("dogs?", int(re.IGNORECASE))]))
    assert both is not None
    assert both.get("dogs?", int(re.IGNORECASE)) == entry("dogs?", int(re.IGNORECASE))
    assert both.get("cat(s)?", 0) == entry("cat(s)?", 0)
    assert both.get("dogs?", 0) == entry("dogs?", 0)
    assert both.get("birds?", 0) is None


def test_a_file_another_interpreter_made_or_a_cut_file_is_not_used() -> None:
    made = dumps([("cat(s)?", 0)])
    other = made.replace(b"sre ", b"sre 1", 1)
    assert loads(other) is None
    assert loads(made[: len(made) // 2]) is None
    assert loads(made.partition(b"\n")[0] + b"\n\x01") is None
    assert loads(b"") is None


def test_a_damaged_entry_compiles_as_usual(monkeypatch: pytest.MonkeyPatch) -> None:
    """A damaged entry (its compressed bytes changed) is caught by zlib's check, and the
    pattern is compiled by ``re`` instead of being made from bad code."""
    made = bytearray(dumps([("cat(s)?", 0)]))
    made[-5] ^= 0xFF
    damaged = loads(bytes(made))
    assert damaged is not None
    monkeypatch.setattr(shipped_patterns, "_shipped", lambda: damaged)
    assert compiled("cat(s)?", 0).fullmatch("cats") is not None


def test_the_file_can_be_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shipped_patterns, "_shipped", lambda: None)
    assert compiled(r"\d+", 0).findall("a 12 b 3") == ["12", "3"]
