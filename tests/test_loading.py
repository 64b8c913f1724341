"""The safe loader: text stays text, and hostile or broken YAML is stopped with a position."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from bizaudit.io import loading
from bizaudit.io.errors import InputError
from bizaudit.io.loading import Limits, decode, load_file, load_text


@pytest.fixture(autouse=True, params=["libyaml", "python"])
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every loader test runs with libyaml's parser and with PyYAML's pure-Python one."""
    if request.param == "python":
        monkeypatch.setattr(loading, "_make_parser", loading._PyParser)
    return str(request.param)


def test_plain_scalars_stay_the_text_the_user_wrote() -> None:
    doc = load_text(
        "a: no\nb: on\nc: 1:30\nd: 012345\ne: 0x1F\nf: 2024-02-30\ng: 12345678901234567.89\n"
    )
    assert doc.data == {
        "a": "no",
        "b": "on",
        "c": "1:30",
        "d": "012345",
        "e": "0x1F",
        "f": "2024-02-30",
        "g": "12345678901234567.89",
    }


def test_only_null_is_resolved() -> None:
    doc = load_text("a: ~\nb: null\nc:\nd: 'null'\n")
    assert doc.data == {"a": None, "b": None, "c": None, "d": "null"}


def test_on_and_1_are_different_keys() -> None:
    # PyYAML's safe_load makes both True == 1 and keeps only the last.
    assert load_text("on: x\n1: y\n").data == {"on": "x", "1": "y"}


def test_positions_are_recorded_1_based() -> None:
    doc = load_text("business:\n  name: Café\nactivities:\n  - name: Ads\n    spend: 5\n")
    assert doc.position(("business", "name")) == (2, 9)
    assert doc.position(("business", "name"), key=True) == (2, 3)
    assert doc.position(("activities", 0)) == (4, 5)
    assert doc.position(("activities", 0, "spend")) == (5, 12)
    # Unknown paths fall back to the nearest ancestor.
    assert doc.position(("activities", 0, "spend", "deeper")) == (5, 12)


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("a: 1\nb: 2\na: 3\n", 3, "duplicate key 'a': it is already set on line 1"),
        ("x:\n  y:\n    k: 1\n    k: 2\n", 4, "duplicate key 'k': it is already set on line 3"),
        ("- {a: 1, a: 2}\n", 1, "duplicate key 'a'"),
    ],
)
def test_duplicate_keys_name_both_lines(text: str, line: int, fragment: str) -> None:
    with pytest.raises(InputError) as info:
        load_text(text, "p.yaml")
    assert info.value.line == line
    assert fragment in info.value.message


@pytest.mark.parametrize(
    "text",
    [
        "a: !!python/object/apply:os.system ['echo hi']\n",
        "a: !!python/name:os.system\n",
        "a: !!binary aGVsbG8=\n",
        "a: !!set {x, y}\n",
        "a: !!omap [x: 1]\n",
        "a: !!timestamp 2024-01-01\n",
        "a: !custom thing\n",
    ],
)
def test_non_core_tags_are_rejected(text: str) -> None:
    with pytest.raises(InputError, match="is not allowed in a profile") as info:
        load_text(text, "p.yaml")
    assert (info.value.line, info.value.column) == (1, 4)


def test_core_tags_are_accepted_and_values_stay_text() -> None:
    assert load_text("a: !!str 5\nb: !!int 7\n").data == {"a": "5", "b": "7"}


BILLION_LAUGHS = "\n".join(
    ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    + [
        f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 9) + "]"
        for i in range(8)
    ]
)


def test_alias_bomb_is_stopped_quickly() -> None:
    started = time.perf_counter()
    with pytest.raises(InputError, match="expands to more than 1,000,000 values"):
        load_text(BILLION_LAUGHS, "bomb.yaml")
    # Not a timing test: a bomb that were expanded would take minutes and gigabytes.
    assert time.perf_counter() - started < 5


def test_an_alias_counts_as_all_it_repeats() -> None:
    # Counted by hand: keys x, a and b (3), x's value (1) and a's three values (3) are 7; a is
    # itself, its three values and its inner list, 5, so each alias of it adds 5: 17 in all.
    text = "x: &x 1\na: &a [1, [2, 3]]\nb: [*a, *a]\n"
    assert load_text(text, limits=Limits(max_nodes=17)).data["b"] == [["1", ["2", "3"]]] * 2
    with pytest.raises(InputError, match="expands to more than 16 values") as info:
        load_text(text, limits=Limits(max_nodes=16))
    assert (info.value.line, info.value.column) == (3, 9)  # the second alias
    # a mapping: itself and its key and value, 3 (keys m, n: 2; k, v: 2; 2 aliases: 6)
    text = "m: &m {k: v}\nn: [*m, *m]\n"
    load_text(text, limits=Limits(max_nodes=10))
    with pytest.raises(InputError, match="more than 9 values"):
        load_text(text, limits=Limits(max_nodes=9))


def test_many_aliases_are_limited() -> None:
    text = "x: &x 1\nl: [" + ", ".join(["*x"] * 101) + "]\n"
    with pytest.raises(InputError, match="more than 100 aliases"):
        load_text(text)


def test_recursive_alias_is_rejected() -> None:
    with pytest.raises(InputError, match="refers to a node that contains it"):
        load_text("a: &a\n  b: *a\n")


def test_undefined_alias_is_rejected() -> None:
    with pytest.raises(InputError, match="no anchor") as info:
        load_text("a: *nope\n")
    assert info.value.line == 1


def test_deep_nesting_stops_at_the_limit_without_reading_the_rest() -> None:
    text = "[" * 1_000_000
    started = time.perf_counter()
    with pytest.raises(InputError, match=r"nested (more than 64 levels|too deeply)") as info:
        load_text(text)
    # Our limit stops at the 65th bracket; newer libyaml builds scan ahead and stop at 1,000.
    assert info.value.line == 1
    assert info.value.column in (65, 1001)
    assert time.perf_counter() - started < 5  # not a benchmark: a full read would take minutes


def test_limits_are_configurable() -> None:
    with pytest.raises(InputError, match="nested more than 3 levels"):
        load_text("a:\n  b:\n    c:\n      d: 1\n", limits=Limits(max_depth=3))


def test_second_document_is_rejected() -> None:
    with pytest.raises(InputError, match="one YAML document") as info:
        load_text("a: 1\n---\nb: 2\n")
    assert info.value.line == 2


def test_merge_keys_are_rejected() -> None:
    with pytest.raises(InputError, match="merge keys"):
        load_text("base: &b {x: 1}\nother:\n  <<: *b\n")


def test_complex_and_empty_keys_are_rejected() -> None:
    with pytest.raises(InputError, match="plain text"):
        load_text("? [a, b]\n: 1\n")
    with pytest.raises(InputError, match="key is empty"):
        load_text("~: 1\n")


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("a: b: c\n", 1, "a ':' appears where YAML does not expect a new key"),
        ("a:\n\tb: 1\n", 2, "tabs"),
        ('a: "open\n', 2, "ends inside a quoted text"),
        ("a: [1, 2\n", 2, "'[' list is not closed"),
        ("a:\n  - x\n - y\n", 3, "does not line up"),
        # V24 of the sixteenth round: the advice was to re-indent, which would not help
        ('a:\n  - name: "Now Enrolling" banner\n', 2, "ends at the closing quote"),
    ],
)
def test_syntax_errors_are_explained_in_plain_words(text: str, line: int, message: str) -> None:
    with pytest.raises(InputError) as info:
        load_text(text, "p.yaml")
    assert info.value.line == line
    assert message in info.value.message


def test_a_value_quoted_in_part_is_told_how_to_quote_it_whole() -> None:
    with pytest.raises(InputError) as info:
        load_text('a:\n  - name: "Now Enrolling" banner + yard signs\n', "p.yaml")
    assert info.value.hint == (
        "put the whole value in single quotes, any ' in it written twice: "
        "- name: '\"Now Enrolling\" banner + yard signs'"
    )
    # both kinds of quote, and a comment after it (W17 of the re-review)
    with pytest.raises(InputError) as info:
        load_text("a:\n  - name: \"Kids' Day\" fair's booth  # spring\n", "p.yaml")
    assert info.value.hint is not None
    assert info.value.hint.endswith("- name: '\"Kids'' Day\" fair''s booth'")


def test_lone_surrogate_escape_is_rejected() -> None:
    with pytest.raises(InputError, match=r"not a valid character|lone surrogate"):
        load_text('a: "\\ud800"\n')


def test_utf8_bom_is_accepted() -> None:
    assert decode(b"\xef\xbb\xbfa: 1\n", "p.yaml") == "a: 1\n"


def test_invalid_utf8_names_the_byte_and_its_place() -> None:
    with pytest.raises(InputError) as info:
        decode(b"a: 1\nname: caf\xe9\n", "p.yaml")
    error = info.value
    assert "byte 0xe9 at offset 14" in error.message
    assert (error.line, error.column) == (2, 10)


def test_binary_and_utf16_are_rejected() -> None:
    with pytest.raises(InputError, match="NUL byte"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00", "p.png")
    with pytest.raises(InputError, match="UTF-16"):
        decode("a: 1".encode("utf-16"), "p.yaml")


def test_file_problems(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_file(tmp_path / "missing.yaml")
    with pytest.raises(InputError, match="is a directory"):
        load_file(tmp_path)
    big = tmp_path / "big.yaml"
    big.write_text("a: 1\n" * 100)
    with pytest.raises(InputError, match="over the 100-byte limit"):
        load_file(big, Limits(max_bytes=100))


def test_a_line_separator_yaml_counts_and_editors_do_not_moves_no_position() -> None:
    """U+2028 (pasted from a web page) is a line break to YAML, not to an editor: every
    position after it was one line too far down."""
    from bizaudit.io.errors import InputErrors
    from bizaudit.io.validation import parse_profile

    text = (
        "version: 1  # pasted\u2028\nbusiness:\n  name: Shop\nrevenue: 1000\n"
        "activities:\n  - name: Ads\n    spend: -5\n"
    )
    doc = load_text(text, "p.yaml")
    assert doc.position(("activities", 0, "spend")) == (7, 12)
    with pytest.raises(InputErrors) as info:
        parse_profile(doc)
    [error] = info.value.errors
    assert (error.line, error.column) == (7, 12)
    assert error.source_line == "    spend: -5"


def test_a_line_separator_that_breaks_the_yaml_is_named() -> None:
    text = "version: 1\nrevenue: 1000   # was 900\u2028 (see mail)\n"
    with pytest.raises(InputError) as info:
        load_text(text, "p.yaml")
    assert (info.value.line, info.value.column) == (2, 28)  # the "(" after it
    assert info.value.message.startswith(
        "this line holds a line separator (U+2028), which YAML reads as a new line"
    )
