"""Hostile and extreme input: a report or a located error, never an internal error; nothing
the run read is changed; no output carries a command or markup from the user's text; work
bounded by the input's size. One test (or property) a class of case, at its mechanism."""

from __future__ import annotations

import json
import os
import re
import signal
import stat
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bizaudit.core.wildcards import Wildcards
from bizaudit.explain.text import markdown_code, markdown_text, printable, workflow_data
from bizaudit.io import output
from bizaudit.io.errors import InputError
from bizaudit.io.ledger.parsing import sniff_delimiter
from bizaudit.render import FORMATS

from .conftest import EXAMPLES, MINIMAL, RunCli, WriteProfile

BIZAUDIT = [sys.executable, "-m", "bizaudit"]
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def run(*args: str | Path, **kwargs: object) -> subprocess.CompletedProcess[str]:
    streams = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE} | kwargs
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [*BIZAUDIT, *map(str, args)],
        text=True,
        timeout=60,
        env={**os.environ, "NO_COLOR": "1"},
        check=False,
        **streams,
    )


# Internal errors: extreme but valid input gets a report


EXTREME = {
    "tiny revenue, huge spend": """\
        version: 1
        business: {name: A}
        revenue: "0.000000000001"
        activities:
          - {name: Google Ads, spend: 999999999999999}
        customers: {new: 3, sources: {referrals: 1, google ads: 2},
                    average_revenue: 100, gross_margin: 50%, churn_rate: 10%}
        """,
    "churn next to nothing": """\
        version: 1
        business: {name: C}
        revenue: 1000
        activities:
          - {name: Google Ads, spend: "0.000000000000000000000000000001"}
        customers: {new: 3, average_revenue: 999999999999999,
                    churn_rate: "0.000000000001%"}
        """,
}


@pytest.mark.parametrize("case", sorted(EXTREME))
def test_extreme_amounts_get_a_report_in_every_format(
    run_cli: RunCli, write_profile: WriteProfile, case: str
) -> None:
    path = write_profile(EXTREME[case])
    for format in FORMATS:
        result = run_cli("check", "-f", format, "--exit-zero", path)
        assert result.exit_code == 0, (format, result)
        assert "internal error" not in result.stderr


def test_one_extreme_profile_costs_the_others_nothing(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    extreme = write_profile(EXTREME["tiny revenue, huge spend"], name="a.yaml")
    normal = write_profile(MINIMAL, name="b.yaml")
    report = json.loads(run_cli("check", "-f", "json", "--exit-zero", extreme, normal).stdout)
    assert [p["business"]["name"] for p in report["profiles"]] == ["A", "Test Shop"]


@pytest.mark.parametrize("value", ["100%", "0%", "1%", "0.5"])
def test_a_threshold_flag_is_parsed_once(run_cli: RunCli, value: str) -> None:
    # "100%" is 1 once parsed; parsed again it was an ambiguous bare 1: an internal error.
    for flag in ("--max-referral-share", "--min-marketing-share"):
        result = run_cli(
            "check", "-f", "json", "--exit-zero", flag, value, EXAMPLES / "agency.yaml"
        )
        assert result.exit_code == 0, result


def test_a_loop_of_symbolic_links_is_an_input_error(run_cli: RunCli, tmp_path: Path) -> None:
    loop = tmp_path / "loop.yaml"
    loop.symlink_to(loop)
    result = run_cli("check", loop)
    assert result.exit_code == 2
    assert "internal error" not in result.stderr
    assert "loop.yaml: error:" in result.stderr


def test_a_large_size_limit_allocates_nothing_up_front(run_cli: RunCli) -> None:
    result = run_cli("check", "--max-file-size", "100G", "-f", "json", EXAMPLES / "agency.yaml")
    assert result.exit_code == 0, result


@pytest.mark.parametrize(
    ("size", "bytes_"), [("1b", 1), ("10M", 10 * 1024**2), ("1G", 1024**3), ("512K", 512 * 1024)]
)
def test_sizes_take_b_k_m_g(size: str, bytes_: int) -> None:
    from bizaudit.model.amounts import parse_size

    assert parse_size(size) == bytes_


# Standard streams


def test_a_broken_pipe_ends_quietly(tmp_path: Path) -> None:
    reader = subprocess.Popen(
        [*BIZAUDIT, "rules", "--format", "markdown"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert reader.stdout is not None
    reader.stdout.read(10)
    reader.stdout.close()  # what `| head -1` does
    _, err = reader.communicate(timeout=60)
    assert reader.returncode in (0, 141)  # done before the pipe broke, or 128 + SIGPIPE
    assert b"Traceback" not in err
    assert b"internal error" not in err


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
def test_a_full_disk_on_standard_output_is_one_line() -> None:
    with Path("/dev/full").open("w") as full:
        result = run("check", "-f", "json", EXAMPLES / "agency.yaml", stdout=full)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "bizaudit: cannot write to standard output: No space left on device"
    )


def test_a_closed_standard_output_is_one_line() -> None:
    result = subprocess.run(
        f"{sys.executable} -m bizaudit check -f json {EXAMPLES / 'agency.yaml'} >&-",
        shell=True,
        capture_output=False,
        stderr=subprocess.PIPE,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "cannot write to standard output" in result.stderr


def test_an_ascii_terminal_gets_question_marks_not_an_error() -> None:
    result = subprocess.run(
        [*BIZAUDIT, "check", "--exit-zero", EXAMPLES / "cafe.yaml"],
        capture_output=True,
        timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "ascii", "NO_COLOR": "1"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert b"The Corner Caf? " in result.stdout


def test_json_stays_utf8_whatever_the_terminal_encoding() -> None:
    """JSON is for programs, exchanged as UTF-8 (RFC 8259): the terminal's encoding does not
    turn its arrows into question marks, as it does in the report drawn for people."""
    result = subprocess.run(
        [*BIZAUDIT, "check", "--exit-zero", "-f", "json", EXAMPLES / "cafe.yaml"],
        capture_output=True,
        timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "ascii", "NO_COLOR": "1"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.decode("utf-8"))
    assert report["profiles"][0]["business"]["name"] == "The Corner Café"


def test_interactive_init_ends_with_2_at_the_end_of_input(run_cli: RunCli, tmp_path: Path) -> None:
    target = tmp_path / "p.yaml"
    result = subprocess.run(
        [*BIZAUDIT, "init", target], input="Shop\n", capture_output=True, text=True,
        timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert "nothing was written" in result.stderr
    assert not target.exists()


def test_ctrl_c_exits_130(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [*BIZAUDIT, "init", tmp_path / "p.yaml"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        # a shell's background job ignores Ctrl-C, and a child inherits that: restore it
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert process.stdout is not None
    process.stdout.read(len("Business name: "))  # it is waiting for an answer
    process.send_signal(signal.SIGINT)
    process.communicate(timeout=60)
    assert process.returncode == 130


# Nothing the run read is ever changed


def test_a_report_never_replaces_a_profile_found_in_a_folder(
    run_cli: RunCli, tmp_path: Path
) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    profile = folder / "agency.yaml"
    profile.write_text((EXAMPLES / "agency.yaml").read_text(), encoding="utf-8")
    before = profile.read_bytes()
    result = run_cli("check", folder, "-o", f"json:{profile}")
    assert result.exit_code == 2
    assert "one of the files this run reads" in result.stderr
    assert profile.read_bytes() == before


def test_a_report_never_replaces_the_file_on_standard_input(tmp_path: Path) -> None:
    profile = tmp_path / "q.yaml"
    profile.write_text(MINIMAL, encoding="utf-8")
    with profile.open() as stdin:
        result = run("check", "-", "-o", f"json:{profile}", stdin=stdin)
    assert result.returncode == 2
    assert profile.read_text(encoding="utf-8") == MINIMAL


@pytest.mark.parametrize("what", ["ledger", "map"])
def test_import_never_replaces_what_it_reads(run_cli: RunCli, tmp_path: Path, what: str) -> None:
    ledger = tmp_path / "led.csv"
    ledger.write_text("date,description,amount,category\n2026-01-02,Ads,10,Ads\n")
    column_map = tmp_path / "map.yaml"
    column_map.write_text(
        "columns: {date: date, description: description, amount: amount}\n"
        "money_out_sign: positive\n"
    )
    target = ledger if what == "ledger" else column_map
    before = target.read_bytes()
    result = run_cli("import", ledger, "--map", column_map, "-o", target, "--force")
    assert result.exit_code == 2, result
    assert target.read_bytes() == before


def test_without_force_a_file_created_meanwhile_is_never_replaced(tmp_path: Path) -> None:
    target = tmp_path / "p.yaml"
    target.write_text("mine\n")  # as if it appeared after the first check
    with pytest.raises(InputError, match="the file exists"):
        output.write(target, "theirs\n", overwrite=False)
    assert target.read_text() == "mine\n"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_fifo_is_written_to_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    output.write(fifo, "report\n")
    reader.join(timeout=30)
    assert got == [b"report\n"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_a_symlink_stays_a_symlink_and_modes_are_kept(tmp_path: Path) -> None:
    real, link = tmp_path / "real.json", tmp_path / "link.json"
    real.write_text("old")
    real.chmod(0o644)
    link.symlink_to(real)
    output.write(link, "new")
    assert link.is_symlink()
    assert real.read_text() == "new"
    assert stat.S_IMODE(real.stat().st_mode) == 0o644  # was made 0600
    fresh = tmp_path / "fresh.json"
    old = os.umask(0o022)
    try:
        output.write(fresh, "x")
    finally:
        os.umask(old)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644


def test_sigterm_leaves_no_worker_and_no_temporary_file(tmp_path: Path) -> None:
    ledger = tmp_path / "big.csv"
    rows = "".join(
        f"2026-01-{1 + i % 28:02d},Payee {i % 50},{i % 900}.50,Ads\n" for i in range(400_000)
    )
    ledger.write_text("date,description,amount,category\n" + rows)
    process = subprocess.Popen(
        [
            *BIZAUDIT,
            "import",
            ledger,
            "-o",
            tmp_path / "out.yaml",
            "--currency",
            "USD",
            "--revenue",
            "100000",
        ],  # so that an import the signal comes too late for exits 0
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        process.wait(timeout=0.3)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGTERM)
    # communicate returns only once every process holding the pipes has ended: a worker left
    # blocked on a pipe would hang it here.
    process.communicate(timeout=60)
    assert process.returncode in (0, 143, -signal.SIGTERM)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


# Injection: no output carries a command or markup from the user's text


HOSTILE = "![t](https://x/p.png) [Verify](https://x) @someone <b>`x`</b> | $5"


def test_markdown_renders_the_users_words_as_written(run_cli: RunCli, tmp_path: Path) -> None:
    profile = tmp_path / "a`b``c.yaml"
    profile.write_text(
        (EXAMPLES / "cafe.yaml").read_text().replace("The Corner Café", f"'{HOSTILE}'"),
        encoding="utf-8",
    )
    out = run_cli("check", "-f", "markdown", "--exit-zero", profile).stdout
    heading = next(line for line in out.splitlines() if line.startswith("### "))
    assert "\\!" not in heading  # "!" is harmless once "[" is escaped
    assert "\\[t\\]" in heading  # no image, no link
    assert "@\u2060someone" in heading  # no mention
    assert "https:\u2060//x" in heading  # no bare URL
    assert not re.search(r"(?<!\\)[<`|$]", heading.removeprefix("### ").split(" — ")[0])
    fence = re.search(r"(`+) ?\S*a`b``c\.yaml ?(`+)", out)
    assert fence is not None
    assert len(fence.group(1)) == len(fence.group(2)) == 3  # longer than any run inside


def test_a_yaml_tag_cannot_start_a_workflow_command(run_cli: RunCli, tmp_path: Path) -> None:
    profile = tmp_path / "p.yaml"
    profile.write_text("version: !<%0A::error%20title=pwned::x> 1\n")
    for format in ("github", "rich", "json"):
        result = run_cli("check", "-f", format, profile)
        assert result.exit_code == 2
        for line in (result.stdout + result.stderr).splitlines():
            assert not line.startswith("::") or line.startswith("::error file="), line


def test_a_key_with_a_newline_is_shown_on_one_line(run_cli: RunCli, tmp_path: Path) -> None:
    profile = tmp_path / "p.yaml"
    profile.write_text(
        "version: 1\nbusiness: {name: X}\nrevenue: 1\nactivities: []\n"
        'customers: {sources: {"a\\n::error title=x::y": -1}}\n'
    )
    result = run_cli("check", "-f", "github", profile)
    assert result.exit_code == 2
    assert not [line for line in result.stderr.splitlines() if line.startswith("::error t")]


CONTROLLED_NAMES = st.text(
    alphabet=st.characters(
        codec="utf-8", exclude_characters="/\x00", include_characters="\x1b\x07\n\r\u202e"
    ),
    min_size=1,
    max_size=12,
)


@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(stem=CONTROLLED_NAMES)
def test_no_format_passes_control_characters_or_commands_on(
    run_cli: RunCli, tmp_path_factory: pytest.TempPathFactory, stem: str
) -> None:
    folder = tmp_path_factory.mktemp("hostile")
    try:
        profile = folder / f"{stem}.yaml"
        profile.write_text(MINIMAL, encoding="utf-8")
    except (OSError, ValueError):  # a name this file system refuses
        return
    for format in FORMATS:
        result = run_cli("check", "-f", format, "--exit-zero", profile)
        text = result.stdout + result.stderr
        assert not CONTROL.search(text.replace("\n", "").replace("\t", "")), (format, stem)
        for line in text.splitlines():
            assert not line.startswith("::") or re.match(r"::(error|warning|notice) file=", line)
        if format == "junit":
            ET.fromstring(result.stdout.encode("utf-8"))  # well-formed XML


@given(st.text())
def test_the_sanitiser_leaves_no_control_character(text: str) -> None:
    for shown in (printable(text), markdown_text(text), markdown_code(text), workflow_data(text)):
        assert not CONTROL.search(shown)
    assert "\n" not in workflow_data(text)
    assert "\n" not in markdown_text(text)


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        # an entity reference, as CommonMark reads one, would render as another character
        ("&lt;script&gt;", "\\&lt;script\\&gt;"),
        ("Tom &#38; Jerry", "Tom \\&#38; Jerry"),
        ("&#x3C;b", "\\&#x3C;b"),
        # an "&" no entity follows stays bare, as an email client shows it (BBQ9, 2026-12-07)
        ("Buddy Week & member rewards", "Buddy Week & member rewards"),
        ("R&D prototypes", "R&D prototypes"),
        ("Q&A nights &", "Q&A nights &"),
        ("&amp without its semicolon", "&amp without its semicolon"),
    ],
)
def test_markdown_escapes_an_ampersand_only_where_it_starts_an_entity(
    name: str, shown: str
) -> None:
    assert markdown_text(name) == shown


# Work bounded by the input


@given(
    patterns=st.lists(st.text(alphabet="ab*?[]!", min_size=1, max_size=5), min_size=1, max_size=6),
    names=st.lists(st.text(alphabet="ab[]! ", max_size=6), max_size=6),
)
@settings(derandomize=True)
def test_wildcards_answer_as_trying_each_pattern_in_order(
    patterns: list[str], names: list[str]
) -> None:
    import fnmatch

    matcher = Wildcards(patterns)
    for name in names:
        naive = next(
            (i for i, p in enumerate(patterns) if re.match(fnmatch.translate(p), name)), None
        )
        assert matcher.first(name) == naive


def test_a_report_for_people_shows_ten_findings_of_a_rule(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    lines = ["version: 1", "business: {name: Big}", "revenue: 1M", "activities:"]
    lines += [f"  - {{name: Qzx{i}, spend: 1}}" for i in range(500)]
    path = write_profile("\n".join(lines) + "\n")
    rich = run_cli("check", "--exit-zero", path).stdout
    assert rich.count("could not tell what") == 10
    assert "490 more BA106 findings (all of them in --format json)" in rich
    findings = json.loads(run_cli("check", "-f", "json", "--exit-zero", path).stdout)
    assert sum(f["rule"] == "BA106" for f in findings["profiles"][0]["findings"]) == 500


def test_csv_sniffing_is_linear() -> None:
    # csv.Sniffer backtracked for 13 s on this; splitting the lines is instant.
    assert sniff_delimiter(', "a' * 16_000) == ","


def test_evaluate_reads_only_regular_files(run_cli: RunCli) -> None:
    result = run_cli("classify", "--evaluate", "/dev/zero")
    assert result.exit_code == 2
    assert "/dev/zero: error: not a regular file" in result.stderr


def test_import_never_writes_a_profile_check_rejects(run_cli: RunCli, tmp_path: Path) -> None:
    ledger = tmp_path / "led.csv"
    long_name = "A" * 600
    ledger.write_text(
        "date,description,amount,category\n"
        f"2026-01-02,x,10,{long_name}\n2026-01-03,y,999999999999999,Huge\n"
        "2026-01-04,z,999999999999999,Huge\n"
    )
    result = run_cli("import", ledger, "--currency", "USD", "--revenue", "1M")
    assert result.exit_code == 2
    assert "would not pass check" in result.stderr
    ledger.write_text(f"date,description,amount,category\n2026-01-02,x,10,{long_name}\n")
    result = run_cli("import", ledger, "--currency", "USD", "--revenue", "1M")
    assert result.exit_code == 0, result
    assert f'"{"A" * 499}…"' in result.stdout
    assert run_cli("import", ledger, "--currency", "US$").exit_code == 2


def test_an_environment_value_is_quoted_short(
    run_cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BIZAUDIT_MIN_MARKETING_SHARE", "x" * 100_000)
    result = run_cli("check", EXAMPLES / "agency.yaml")
    assert result.exit_code == 2
    assert len(result.stderr) < 500


# From a hostile-input review (2026-12-02): each of these had ended in "internal error" or
# changed an input.


def test_an_amount_of_a_hundred_and_twenty_digits_is_a_row_not_read(
    run_cli: RunCli, tmp_path: Path
) -> None:
    ledger = tmp_path / "big.csv"
    ledger.write_text(
        f"date,description,amount,category\n2026-01-04,x,{'9' * 120},Ads\n2026-01-05,y,100,Ads\n"
    )
    result = run_cli("import", ledger, "--currency", "USD", "--revenue", "1000", "-o",
                     tmp_path / "p.yaml")  # fmt: skip
    assert result.exit_code == 0, result
    assert "big.csv:2: warning: row not read:" in result.stderr
    assert "internal error" not in result.stderr


@pytest.mark.parametrize("value", ["nan", "NaN", "sNaN", "inf"])
def test_an_exponent_that_is_not_a_number_is_a_usage_error(run_cli: RunCli, value: str) -> None:
    result = run_cli("plan", EXAMPLES / "dental.yaml", "--exponent", value)
    assert result.exit_code == 2
    assert "a number above 0 and at most 1" in result.stderr
    assert "internal error" not in result.stderr


def test_a_pyproject_nested_hundreds_deep_is_an_error_at_its_place(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool]\nx = " + "[" * 500 + "]" * 500 + "\n")
    monkeypatch.chdir(tmp_path)
    result = run_cli("classify", "facebook")
    assert result.exit_code == 2
    assert "pyproject.toml:2:69: error: arrays or inline tables are nested too deeply" in (
        result.stderr
    )


def test_the_step_summary_is_never_appended_to_an_input(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile = tmp_path / "p.yaml"
    profile.write_bytes((EXAMPLES / "coaching.yaml").read_bytes())
    before = profile.read_bytes()
    link = tmp_path / "summary.md"
    link.symlink_to(profile)
    for target in (profile, link):
        monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(target))
        result = run_cli("check", profile, "--exit-zero")
        assert result.exit_code == 0
        assert "warning: no step summary written: this is one of the files this run reads" in (
            result.stderr
        )
    assert profile.read_bytes() == before


def test_no_report_is_written_when_another_cannot_be(run_cli: RunCli, tmp_path: Path) -> None:
    first, second = tmp_path / "a.json", tmp_path / "nodir" / "b.json"
    result = run_cli("check", EXAMPLES / "cafe.yaml", "--exit-zero", "-o", first, "-o", second)
    assert result.exit_code == 2
    assert "the folder" in result.stderr
    assert "does not exist" in result.stderr
    assert not first.exists()


def test_a_sigterm_a_library_turned_into_its_own_error_exits_143(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Found by CI (2026-12-02): a SIGTERM that arrived while Pydantic built a model's schema
    came back as Pydantic's SchemaError, reported as an internal error with exit code 2. Once
    a SIGTERM was received, any error it became exits 143, as SIGTERM does."""
    import typer

    from bizaudit.cli import shared
    from bizaudit.io import output

    wrapped = RuntimeError('Error building "model" validator: Terminated: 143')
    with pytest.raises(typer.Exit) as bug:  # no signal: a bug, reported as one
        shared._report_bug(wrapped, False, "set BIZAUDIT_DEBUG=1")
    assert bug.value.exit_code == 2
    monkeypatch.setattr(output, "_SIGNALLED", [143])
    with pytest.raises(SystemExit) as ended:
        shared._report_bug(wrapped, False, "set BIZAUDIT_DEBUG=1")
    assert ended.value.code == 143
