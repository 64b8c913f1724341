"""Bad input through the command line: file:line:col, a plain message, exit 2, no traceback,
nothing written."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from .conftest import EXAMPLES, MINIMAL, RunCli, WriteProfile

V = "version: 1\nbusiness:\n  name: Shop\n"

CASES = [
    # (id, profile text, line, column, message fragment)
    ("yaml syntax", V + "revenue: 1\nactivities:\n  - name: a: b\n", 6, 12, "a ':' appears where"),
    ("tabs", V + "revenue: 1\nactivities:\n\t- name: a\n", 6, 1, "tabs"),
    (
        "wrong type",
        V + "revenue: [1, 2]\nactivities: []\n",
        4,
        10,
        "expected an amount of money, got a list",
    ),
    ("negative money", V + "revenue: -1\nactivities: []\n", 4, 10, "cannot be negative"),
    (
        "missing field",
        "version: 1\nbusiness:\n  currency: USD\nrevenue: 1\nactivities: []\n",
        3,
        3,
        "business is missing the required field 'name'",
    ),
    (
        "invalid enum",
        V + "  industry: b2c-service\nrevenue: 1\nactivities: []\n",
        4,
        13,
        "'b2c-service' is not one of",
    ),
    ("unknown field", V + "revenue: 1\nactivites: []\n", 5, 1, "unknown field 'activites'"),
    (
        "duplicate key",
        V + "revenue: 1\nrevenue: 2\nactivities: []\n",
        5,
        1,
        "duplicate key 'revenue': it is already set on line 4",
    ),
    (
        "nested duplicate",
        V + "  name: Other\nrevenue: 1\nactivities: []\n",
        4,
        3,
        "duplicate key 'name'",
    ),
    ("sexagesimal", V + "revenue: 1:30\nactivities: []\n", 4, 10, "'1:30' is not an amount"),
    ("octal", V + "revenue: 0o17\nactivities: []\n", 4, 10, "'0o17' is not an amount"),
    ("hex", V + "revenue: 0x1F\nactivities: []\n", 4, 10, "'0x1F' is not an amount"),
    (
        "date as money",
        V + "revenue: 2024-02-30\nactivities: []\n",
        4,
        10,
        "'2024-02-30' is not an amount",
    ),
    ("nan", V + "revenue: .nan\nactivities: []\n", 4, 10, "'.nan' is not an amount"),
    ("inf", V + "revenue: .inf\nactivities: []\n", 4, 10, "'.inf' is not an amount"),
    ("1e400", V + "revenue: 1e400\nactivities: []\n", 4, 10, "'1e400' is not an amount"),
    ("absurd", V + "revenue: " + "9" * 30 + "\nactivities: []\n", 4, 10, "implausibly large"),
    ("huge digits", V + "revenue: " + "9" * 5000 + "\nactivities: []\n", 4, 10, "too long"),
    ("junk money", V + "revenue: $12,00x\nactivities: []\n", 4, 10, "is not an amount of money"),
    (
        "python tag",
        V + "revenue: !!python/object/apply:os.system [ls]\nactivities: []\n",
        4,
        10,
        "the tag !!python/object/apply:os.system is not allowed",
    ),
    (
        "binary tag",
        V + "revenue: !!binary aGk=\nactivities: []\n",
        4,
        10,
        "!!binary is not allowed",
    ),
    ("set tag", V + "revenue: 1\nactivities: !!set {a}\n", 5, 13, "!!set is not allowed"),
    (
        "bool as count",
        V + "revenue: 1\nactivities: []\ncustomers:\n  new: yes\n",
        7,
        8,
        "expected a whole number",
    ),
    (
        "bad percent",
        V + "revenue: 1\nactivities: []\npolicy:\n  min_marketing_share: 150%\n",
        7,
        24,
        "more than 100%",
    ),
    (
        "recursive alias",
        V + "revenue: 1\nactivities: &a [*a]\n",
        5,
        17,
        "refers to a node that contains it",
    ),
    (
        "escaped control character",
        'version: 1\nbusiness:\n  name: "Shop\\x1b[31m"\nrevenue: 1\nactivities: []\n',
        3,
        9,
        "business.name: contains a control character ('\\x1b'); write plain text on one line",
    ),
    (
        "raw control character",
        "version: 1\nbusiness:\n  name: Shop\x07\nrevenue: 1\n",
        3,
        13,
        "a control character ('\\x07') is not allowed in a profile",
    ),
    ("list at top", "- a\n- b\n", 1, 1, "this file holds a list"),
    ("scalar at top", "just text\n", 1, 1, "this file holds a single value"),
]


@pytest.mark.parametrize(
    ("text", "line", "column", "fragment"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_bad_profile(
    run_cli: RunCli, write_profile: WriteProfile, text: str, line: int, column: int, fragment: str
) -> None:
    path = write_profile(text)
    result = run_cli("check", path)
    assert result.exit_code == 2, result
    assert "Traceback" not in result.stdout + result.stderr
    where = f"{path}:{line}:{column}: error: "
    matching = [x for x in result.stderr.splitlines() if x.startswith(where) and fragment in x]
    assert matching, result


def test_a_control_character_never_reaches_the_terminal(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    path = write_profile(V + "revenue: 1\nactivities:\n  - name: Ads\x1b[2J\n")
    result = run_cli("check", path)
    assert result.exit_code == 2
    assert "\x1b" not in result.stdout + result.stderr  # the source line is shown with \ufffd
    assert "Ads\ufffd[2J" in result.stderr


def test_a_note_may_run_over_several_lines(run_cli: RunCli, write_profile: WriteProfile) -> None:
    path = write_profile(
        MINIMAL.replace("spend: 1000", "spend: 1000\n    note: |\n      a\n      b")
    )
    assert run_cli("check", path).exit_code in (0, 1)


def test_a_name_a_comment_cut_short_is_warned_about(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """Q11 of the twenty-eighth round (2026-12-05): "Rx file purchase - Rite Aid #4521 (closing
    store)", unquoted, is read "Rx file purchase - Rite Aid": YAML takes " #4521 ..." for a
    comment, and `check` and `classify` read two different names with no word said. The run
    goes on (it is valid YAML), with a warning on stderr where the name stands; a "# note"
    after a space, and a quoted name, are as meant."""
    path = write_profile(
        V + "revenue: 100000\nactivities:\n"
        "  - name: Rx file purchase - Rite Aid #4521 (closing store)\n    spend: 45000\n"
        "  - name: Google Ads # our own note\n    spend: 3000\n"
        '  - name: "Quoted #1 name"\n    spend: 10\n'
    )
    result = run_cli("check", "--exit-zero", "-f", "json", path)
    assert result.exit_code == 0
    warned = [line for line in result.stderr.splitlines() if "warning" in line]
    assert warned == [
        f"bizaudit: warning: {path}:6:11: the name is read as 'Rx file purchase - Rite Aid': "
        "' #' starts a YAML comment, so the rest of the line was left out; put the whole name "
        "in quotes to keep it"
    ]
    assert json.loads(result.stdout)["profiles"][0]["activities"][0]["name"] == (
        "Rx file purchase - Rite Aid"
    )


@pytest.mark.parametrize("command", ["plan", "diff", "trend"])
def test_every_command_that_reads_a_profile_warns_of_a_name_cut_short(
    command: str, run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """`plan`, `diff` and `trend` read the same name as `check` does, so they say the same
    (a profile compared with itself is warned about once, not once a side)."""
    text = (
        V + "  period: '{}'\nrevenue: 100000\nactivities:\n"
        "  - name: Rite Aid #4521 files\n    spend: 45000\n"
        "  - name: Google Ads\n    spend: 3000\n"
    )
    first = write_profile(text.format("2025"), "a.yaml")
    second = write_profile(text.format("2026"), "b.yaml")
    args = {"plan": [first], "diff": [first, first], "trend": [first, second]}[command]
    result = run_cli(command, *map(str, args))
    assert result.exit_code == 0, result.stderr
    warned = [line for line in result.stderr.splitlines() if "warning" in line]
    cut = "the name is read as 'Rite Aid': ' #' starts a YAML comment"
    expected = [f"{path}:7:11: {cut}" for path in (args if command == "trend" else args[:1])]
    assert [line.split("warning: ", 1)[1][: len(expected[0])] for line in warned] == expected


def test_name_no_stays_text(run_cli: RunCli, write_profile: WriteProfile) -> None:
    path = write_profile(MINIMAL.replace("name: Test Shop", "name: no"))
    result = run_cli("check", "-f", "json", path)
    assert json.loads(result.stdout)["profiles"][0]["business"]["name"] == "no"


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"", "the file is empty"),
        (b"# only a comment\n", "the file is empty"),
        (b"\xef\xbb\xbf" + MINIMAL.encode(), None),  # a UTF-8 BOM is fine
        (
            b"version: 1\nbusiness:\n  name: Caf\xe9\n",
            ":3:12: error: byte 0xe9 at offset 32 is not valid UTF-8",
        ),
        (bytes(range(256)), "NUL byte"),
    ],
)
def test_encodings_and_empty_files(
    run_cli: RunCli, tmp_path: Path, content: bytes, fragment: str | None
) -> None:
    path = tmp_path / "p.yaml"
    path.write_bytes(content)
    result = run_cli("check", path)
    if fragment is None:
        assert result.exit_code == 0, result
    else:
        assert result.exit_code == 2, result
        assert fragment in result.stderr


def test_missing_file_and_unreadable_file(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = run_cli("check", tmp_path / "nope.yaml")
    assert result.exit_code == 2
    assert f"{tmp_path / 'nope.yaml'}: error: no such file" in result.stderr

    locked = tmp_path / "locked.yaml"
    locked.write_text(MINIMAL)

    opened = Path.open

    def denied(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == locked:
            raise PermissionError(13, "Permission denied")
        return opened(self, *args, **kwargs)

    # Tests may run as root, for whom chmod 000 does not lock a file.
    monkeypatch.setattr(Path, "open", denied)
    result = run_cli("check", locked)
    assert result.exit_code == 2
    assert "cannot read the file: permission denied" in result.stderr


def test_an_export_checked_as_a_profile_points_to_import(run_cli: RunCli) -> None:
    ledger = EXAMPLES / "ledgers" / "plain.csv"
    result = run_cli("check", ledger)
    assert result.exit_code == 2
    assert f"make a profile of it with 'bizaudit import {ledger}'" in result.stderr


def test_a_bare_number_in_a_variable_is_explained_once(
    run_cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BIZAUDIT_MIN_MARKETING_SHARE", "10")
    result = run_cli("check", EXAMPLES / "cafe.yaml")
    assert result.exit_code == 2
    assert result.stderr.count("10% or 0.1") == 1, result.stderr


def test_one_profile_with_several_errors_prints_no_summary(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    # Three errors in one file had printed "Summary 0 profiles audited" and an empty row.
    text = MINIMAL.replace("revenue:", "surplus: 1\ndeficit: 2\nrevenue:")
    result = run_cli("check", write_profile(text))
    assert result.exit_code == 2
    assert result.stderr.count("error: unknown field") == 2
    assert result.stdout == ""


def test_bad_and_good_profiles_together(
    run_cli: RunCli, write_profile: WriteProfile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    bad1 = Path(write_profile("version: 1\n", "a.yaml").name)
    bad2 = Path(write_profile("revenue: [\n", "b.yaml").name)
    good = Path(write_profile(MINIMAL, "c.yaml").name)
    result = run_cli("check", bad1, bad2, good)
    assert result.exit_code == 2
    assert str(bad1) in result.stderr
    assert str(bad2) in result.stderr
    assert "Test Shop" in result.stdout  # the good one is still audited
    assert "Summary 1 profile audited, 0 failed, 2 could not be read" in result.stdout
    # The summary table lists the unread files too, so none is missing from the overview.
    unread = [line.split() for line in result.stdout.splitlines() if line.endswith("not read")]
    assert unread == [[str(bad1), "not", "read"], [str(bad2), "not", "read"]]


def test_nothing_is_written_when_an_input_is_bad(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    bad = write_profile("version: 1\n", "bad.yaml")
    target = bad.parent / "report.json"
    result = run_cli("check", bad, "-o", f"json:{target}")
    assert result.exit_code == 2
    assert not target.exists()


def test_a_report_never_overwrites_a_profile(run_cli: RunCli, write_profile: WriteProfile) -> None:
    path = write_profile(MINIMAL)
    result = run_cli("check", path, "-o", f"json:{path}")
    assert result.exit_code == 2
    assert "a report never overwrites a profile" in result.stderr
    assert path.read_text() == MINIMAL


def test_a_failed_write_leaves_the_old_report_intact(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.json"
    target.write_text("previous report\n")

    def crash(self: Path, target: Path) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "replace", crash)
    result = run_cli("check", EXAMPLES / "agency.yaml", "-o", f"json:{target}")
    assert result.exit_code == 2
    assert f"{target}: error: cannot write the file: No space left on device" in result.stderr
    assert target.read_text() == "previous report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]


def test_file_size_limit_is_named_and_can_be_raised(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    path = write_profile(MINIMAL)
    result = run_cli("check", path, "--max-file-size", "100")
    assert result.exit_code == 2
    assert "over the 100-byte limit" in result.stderr
    assert "--max-file-size" in result.stderr
    assert run_cli("check", path, "--max-file-size", "1M").exit_code == 0


@pytest.mark.parametrize(
    "command",
    [
        ["import", EXAMPLES / "ledgers" / "plain.csv", "-o"],
        ["init", "--no-input"],
        ["check", EXAMPLES / "cafe.yaml", "-f", "json", "-o"],
    ],
    ids=["import", "init", "check"],
)
def test_writing_where_no_file_can_be(
    run_cli: RunCli, tmp_path: Path, command: list[object]
) -> None:
    def target(path: Path) -> str:
        return f"json:{path}" if command[0] == "check" else str(path)

    folder = run_cli(*command, target(tmp_path))
    assert folder.exit_code == 2
    assert f"{tmp_path}: error: this is a folder" in folder.stderr
    missing = run_cli(*command, target(tmp_path / "nope" / "x.yaml"))
    assert missing.exit_code == 2
    assert f"the folder {tmp_path / 'nope'} does not exist" in missing.stderr
    assert "internal error" not in folder.stderr + missing.stderr
    assert list(tmp_path.iterdir()) == []  # nothing half-written


def test_file_names_never_break_an_output(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A repository under review chooses its file names: bytes that are not UTF-8 broke the
    # JSON report (an internal error), a newline started a GitHub workflow command of its own,
    # an escape sequence reached the terminal.
    monkeypatch.chdir(tmp_path)
    cafe = (EXAMPLES / "cafe.yaml").read_bytes()
    Path(os.fsdecode(b"\xff.yaml")).write_bytes(cafe)
    Path("a\n::error file=x,line=1::FAKE\n.yaml").write_bytes(cafe)
    Path("b\x1b[31m.yaml").write_bytes(b"version: 1\n")

    as_json = run_cli("check", "-f", "json", ".")
    assert "internal error" not in as_json.stderr
    paths = [p["path"] for p in json.loads(as_json.stdout)["profiles"]]
    assert "\ufffd.yaml" in paths

    github = run_cli("check", "-f", "github", ".")
    assert not [line for line in github.stdout.splitlines() if line.startswith("::error file=x")]

    assert "\x1b" not in run_cli("check", ".").stderr
    assert "b\ufffd[31m.yaml:1:1: error:" in run_cli("check", ".").stderr


def test_every_input_error_shows_its_path_harmlessly() -> None:
    from bizaudit.io.errors import InputError

    assert InputError("a\x1b[2Jb.yaml", "m", line=3).one_line() == "a\ufffd[2Jb.yaml:3:1: error: m"


def test_a_folders_broken_link_or_pipe_is_named_not_skipped_nor_waited_on(
    run_cli: RunCli, tmp_path: Path
) -> None:
    # A hostile-input review: they had been skipped without a word (and a pipe named as a
    # profile would wait for a writer).
    (tmp_path / "cafe.yaml").write_bytes((EXAMPLES / "cafe.yaml").read_bytes())
    (tmp_path / "broken.yaml").symlink_to(tmp_path / "nowhere.yaml")
    os.mkfifo(tmp_path / "pipe.yaml")
    result = run_cli("check", tmp_path, "--exit-zero")
    assert result.exit_code == 2
    for name in ("broken.yaml", "pipe.yaml"):
        assert f"{tmp_path / name}: error: not a profile file" in result.stderr
    assert "The Corner Café" in result.stdout  # the readable profile is still audited
