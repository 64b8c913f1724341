"""model/lazy.py: a pattern is compiled on its first use and then answers as the compiled
pattern does, through the compiled pattern's own methods."""

from __future__ import annotations

import re

import pytest

from bizaudit.model.lazy import LazyPattern


def test_nothing_is_compiled_until_a_method_is_called(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, int]] = []
    compile_ = re.compile

    def counted(pattern: str, flags: int = 0) -> re.Pattern[str]:
        calls.append((pattern, flags))
        return compile_(pattern, flags)

    monkeypatch.setattr(re, "compile", counted)
    lazy = LazyPattern(r"\bads?\b", re.I)
    assert calls == []
    assert lazy.pattern == r"\bads?\b"  # read without compiling
    assert lazy.flags == re.I
    assert calls == []
    assert lazy.search("Google Ads") is not None
    assert lazy.search("Adobe") is None
    assert lazy.sub("X", "ad and ads") == "X and X"
    assert calls == [(r"\bads?\b", re.I)]  # once, whatever is called after


def test_once_compiled_its_methods_are_the_compiled_patterns_own() -> None:
    lazy = LazyPattern(r"(\d+)%")
    lazy.findall("10% and 20%")
    assert lazy.search == lazy.compiled.search
    assert lazy.finditer == lazy.compiled.finditer


@pytest.mark.parametrize(
    ("method", "args"),
    [
        ("search", ("pay 10% of fees",)),
        ("search", ("pay 10% of fees", 5)),
        ("match", ("10% of fees",)),
        ("fullmatch", ("10%",)),
        ("sub", (r"<\1>", "10% and 20%")),
        ("sub", (r"<\1>", "10% and 20%", 1)),
        ("findall", ("10% and 20%",)),
        ("split", ("a 10% b 20% c",)),
    ],
)
def test_each_method_answers_as_the_compiled_pattern(method: str, args: tuple[object, ...]) -> None:
    def answer(pattern: object) -> object:
        found = getattr(pattern, method)(*args)
        return found.group(0) if isinstance(found, re.Match) else found

    expected = answer(re.compile(r"(\d+)%"))
    assert answer(LazyPattern(r"(\d+)%")) == expected  # before compiling
    compiled_first = LazyPattern(r"(\d+)%")
    compiled_first.search("")
    assert answer(compiled_first) == expected  # after
    spans = [m.span() for m in LazyPattern(r"(\d+)%").finditer("10% and 20%")]
    assert spans == [(0, 3), (8, 11)]
