"""A large batch written as JSON is shared among forked workers: it must say exactly what one
process says (the same bytes, messages, warnings and exit code), and its workers must never
outlive the run, whatever stops it."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn, TypeVar

import pytest

from bizaudit.io import checker, forked
from bizaudit.io.checker import Options, check, check_json
from bizaudit.io.config import Settings
from bizaudit.model.report import LISTED_BETWEEN, Report, json_bytes, json_chunks, json_listed
from bizaudit.render import json_report

from .conftest import EXAMPLES, MINIMAL, RunCli

T = TypeVar("T")

pytestmark = pytest.mark.skipif(not forked.can_fork(), reason="workers are forked on Linux only")

CUT_BY_A_COMMENT = MINIMAL.replace("  - name: Newsletter\n", "  - name: Newsletter #2 spring\n")
QUOTED_NAME = MINIMAL.replace("name: Test Shop", 'name: "Test \\"Shop\\" \\\\ Co"')


def _batch(folder: Path, good: int = 30, *, bad: bool = True) -> Path:
    """Profiles of every kind a folder may hold, bad ones among them, more than
    ``checker.SHARED_FROM``: the examples again and again, a name a comment cuts short, a
    business name with quotes and a backslash in it (escaped in the JSON), a YAML error, a
    schema error and an empty file."""
    folder.mkdir()
    examples = sorted(EXAMPLES.glob("*.yaml"))
    for i in range(good):
        shutil.copy(examples[i % len(examples)], folder / f"p{i:03}.yaml")
    if not bad:
        return folder
    (folder / "p005a.yaml").write_text(CUT_BY_A_COMMENT)
    (folder / "p011a.yaml").write_text(QUOTED_NAME)
    (folder / "p017a.yaml").write_text("version: 1\nbusiness: [unclosed\n")
    (folder / "p023a.yaml").write_text(MINIMAL.replace("revenue: 100000", "revenue: lots"))
    (folder / "p029a.yaml").write_text("")
    assert good + 5 > checker.SHARED_FROM
    return folder


def _one_process(folder: Path) -> tuple[bytes, list[str], list[str]]:
    said: list[str] = []
    report, errors = check([folder], Options(), said)
    return json_report.render(report), [repr(e) for e in errors], said


def _shared(folder: Path, workers: int) -> tuple[bytes, list[str], list[str]]:
    said: list[str] = []
    head, written, errors = check_json([folder], Options(settings=Settings(workers=workers)), said)
    return b"".join(json_report.render_written(head, written)), [repr(e) for e in errors], said


def _counting_forks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The process ids this process forks from now on (a worker's own forks are its own)."""
    made: list[int] = []
    fork = os.fork

    def counted() -> int:
        pid = fork()
        if pid:
            made.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", counted)
    return made


@pytest.mark.parametrize("workers", [2, 3])
def test_a_shared_batch_says_what_one_process_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    folder = _batch(tmp_path / "batch")
    alone = _one_process(folder)
    forks = _counting_forks(monkeypatch)
    shared = _shared(folder, workers)
    assert len(forks) == workers - 1  # it was shared: this process did the first slice
    assert shared == alone
    text, errors, said = alone
    assert len(errors) == 3
    assert len(said) == 1
    assert "p017a.yaml" in errors[0]
    assert "p023a.yaml" in errors[1]
    assert "p029a" in errors[2]
    assert b'"name": "Test \\"Shop\\" \\\\ Co"' in text


def test_a_batch_under_the_threshold_is_audited_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "few"
    folder.mkdir()
    for i in range(checker.SHARED_FROM - 1):
        (folder / f"p{i}.yaml").write_text(MINIMAL)
    forks = _counting_forks(monkeypatch)
    assert _shared(folder, 2) == _one_process(folder)
    assert forks == []


def test_a_worker_that_dies_costs_only_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker killed before it sends anything (here: it leaves at once, status 3): its slice
    is audited again by this process, and nothing is lost or said twice."""
    folder = _batch(tmp_path / "batch")
    alone = _one_process(folder)
    monkeypatch.setattr(forked, "ignore_interrupts", lambda: os._exit(3))
    assert _shared(folder, 2) == alone


def test_when_no_process_can_be_started_this_one_does_it_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _batch(tmp_path / "batch")
    alone = _one_process(folder)

    def refused() -> int:
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", refused)
    assert _shared(folder, 2) == alone


def test_an_internal_error_in_a_worker_is_reported_in_its_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug while auditing one profile of the worker's slice costs only that profile, and
    its line comes where one process puts it, among the input errors."""
    folder = _batch(tmp_path / "batch")
    audit_file = checker.audit_file

    def buggy(path: Path, options: Options) -> object:
        if path.name == "p027.yaml":  # in the second half, a worker's slice
            raise ZeroDivisionError("division by zero")
        return audit_file(path, options)

    monkeypatch.setattr(checker, "audit_file", buggy)
    alone = _one_process(folder)
    bugs = [i for i, error in enumerate(alone[1]) if "internal error" in error]
    assert bugs == [2]
    assert "p027.yaml" in alone[1][2]
    assert _shared(folder, 2) == alone


def test_slices_keep_their_order_and_an_empty_one_is_nothing() -> None:
    def work(part: Sequence[int]) -> list[int]:
        return [n * n for n in part]

    assert forked.in_slices(work, list(range(10)), 3) == [[0, 1, 4, 9], [16, 25, 36], [49, 64, 81]]
    assert forked.in_slices(work, [1, 2], 3) == [[1], [4], []]


def test_a_worker_sends_a_large_result_whole_through_a_widened_pipe() -> None:
    """A worker's pipe holds a megabyte, not 64 KiB, where Linux allows it; a result larger
    than that (a batch's JSON is megabytes) still arrives whole, in order."""
    import fcntl

    read, write = os.pipe()
    try:
        forked._widen(write)
        assert fcntl.fcntl(write, fcntl.F_GETPIPE_SZ) == forked.PIPE_SIZE
    finally:
        os.close(read)
        os.close(write)

    def work(part: Sequence[int]) -> bytes:
        return b"".join(bytes([n]) * 1_500_000 for n in part)  # 3 MB a slice of two

    assert forked.in_slices(work, [1, 2, 3, 4], 2) == [
        b"\x01" * 1_500_000 + b"\x02" * 1_500_000,
        b"\x03" * 1_500_000 + b"\x04" * 1_500_000,
    ]


def _writing(part: Sequence[int], put: forked.Put) -> tuple[int, list[str]]:
    """Work that writes as it goes: n written n times for each n (0: nothing), a chunk each."""
    for n in part:
        put(str(n).encode() * n)
    return sum(part), [f"n{n}" for n in part]


def _joined(done: list[tuple[list[forked.Chunk], T]]) -> list[tuple[bytes, T]]:
    return [(b"".join(chunks), rest) for chunks, rest in done]


def test_a_worker_sends_what_it_writes_as_it_goes_and_its_result_pickled() -> None:
    """``in_written_slices``: each slice's chunks in order (a worker's as they arrived: whole
    but perhaps cut otherwise), and its result as it was; this process's own as they were
    handed over. A chunk of nothing, and a slice of none, come through too."""
    done = forked.in_written_slices(_writing, [1, 2, 0, 3, 4], 3)
    assert done[0] == ([b"1", b"22"], (3, ["n1", "n2"]))
    assert _joined(done[1:]) == [(b"333", (3, ["n0", "n3"])), (b"4444", (4, ["n4"]))]
    assert _joined(forked.in_written_slices(_writing, [0, 0], 2)) == [
        (b"", (0, ["n0"])),
        (b"", (0, ["n0"])),
    ]


def _left(pid: int) -> bool:
    """Whether the process ``pid`` has ended, not yet waited for (a zombie, on Linux)."""
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"


def test_what_workers_send_is_taken_in_while_this_process_works(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A worker's chunks are taken in each time this process hands over one of its own: two
    workers that each write three times what their pipe holds finish while this process is
    still working on its slice (handing over chunks of nothing), not waiting on a full pipe
    for this process to finish first. Each slice's bytes arrive whole and in order."""
    big = forked.PIPE_SIZE * 3 // 100
    forks = _counting_forks(monkeypatch)
    parent = os.getpid()
    finished: list[bool] = []

    def work(part: Sequence[int], put: forked.Put) -> int:
        for n in part:
            put(bytes([n]) * big)
        if os.getpid() == parent:
            deadline = time.monotonic() + 30
            while not all(map(_left, forks)) and time.monotonic() < deadline:
                put(b"")
                time.sleep(0.01)
            finished.append(all(map(_left, forks)))
        return len(part)

    items = [n % 250 for n in range(300)]
    done = forked.in_written_slices(work, items, 3)
    assert finished == [True]
    assert len(forks) == 2
    assert [rest for _, rest in done] == [100, 100, 100]
    for (chunks, _), part in zip(done, forked._cut(items, 3), strict=True):
        assert b"".join(chunks) == b"".join(bytes([n]) * big for n in part)


def test_a_worker_that_writes_thousands_of_small_chunks_sends_them_all() -> None:
    """Small chunks wait to go with the next large one, never more at once than one system
    call takes (IOV_MAX, 1,024 on Linux): 5,000 one-byte chunks arrive whole, in order."""

    def work(part: Sequence[int], put: forked.Put) -> int:
        for n in part:
            for i in range(5000):
                put(bytes([(n + i) % 256]))
        return os.getpid()

    done = forked.in_written_slices(work, [1, 2], 2)
    assert done[0][1] == os.getpid()
    assert done[1][1] != os.getpid()  # sent by the worker, not done again here
    assert b"".join(done[1][0]) == bytes((2 + i) % 256 for i in range(5000))


def test_a_worker_that_sent_all_is_not_waited_for_while_it_leaves(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A worker closes its pipe once it has sent all it had, and its result says by itself
    that it is whole: this process goes on without waiting for the system to tear the worker
    down (here it takes two seconds to leave), and reaps it later, without waiting either."""
    parent, leave = os.getpid(), os._exit

    def slow(status: int) -> NoReturn:
        if os.getpid() != parent:
            time.sleep(2)
        leave(status)

    monkeypatch.setattr(os, "_exit", slow)
    forks = _counting_forks(monkeypatch)
    start = time.monotonic()
    done = forked.in_written_slices(_writing, [1, 2, 3], 2)
    assert time.monotonic() - start < 1.5
    assert _joined(done) == [(b"122", (3, ["n1", "n2"])), (b"333", (3, ["n3"]))]
    assert forks == forked._LEAVING
    os.waitpid(forks[0], 0)  # (here, to end the test; a later batch reaps it without waiting)
    forked._reap()
    assert forks[0] not in forked._LEAVING


def test_a_worker_cut_short_has_its_slice_done_here(monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker that dies halfway through sending (here: it says it sent more than it did)
    costs only time: its slice is done again in this process, with the same result, and the
    worker is reaped."""
    real = forked._Sending.finish

    def cut(self: forked._Sending, result: object) -> None:
        self.length += 100  # a promise the bytes sent do not keep
        real(self, result)

    def work(part: Sequence[int], put: forked.Put) -> tuple[int, tuple[int, list[str]]]:
        return os.getpid(), _writing(part, put)

    monkeypatch.setattr(forked._Sending, "finish", cut)
    forks = _counting_forks(monkeypatch)
    done = forked.in_written_slices(work, [1, 2, 3], 2)
    here = os.getpid()
    assert done == [([b"1", b"22"], (here, (3, ["n1", "n2"]))), ([b"333"], (here, (3, ["n3"])))]
    assert len(forks) == 1
    with pytest.raises(ChildProcessError):
        os.waitpid(forks[0], os.WNOHANG)  # reaped


def test_ctrl_c_here_stops_the_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C while this process does its slice: the workers (which leave Ctrl-C to it) are
    stopped and waited for, none left running or unreaped."""
    parent = os.getpid()
    forks = _counting_forks(monkeypatch)

    def work(part: Sequence[int]) -> list[int]:
        if os.getpid() == parent:
            raise KeyboardInterrupt
        time.sleep(60)  # a worker still busy
        return list(part)

    with pytest.raises(KeyboardInterrupt):
        forked.in_slices(work, list(range(6)), 3)
    assert len(forks) == 2
    for pid in forks:
        with pytest.raises(ChildProcessError):  # stopped and reaped
            os.waitpid(pid, os.WNOHANG)


def test_the_joined_json_is_the_json_of_the_whole_report(tmp_path: Path) -> None:
    """Profiles written in pieces (as workers write their slices, an empty slice among them)
    and set in the report: the bytes of the whole report written at once."""
    folder = _batch(tmp_path / "batch")
    report, _ = check([folder], Options())
    head = Report(passed=report.passed, strict=report.strict, profiles=[], errors=report.errors)
    profiles = report.profiles
    # a slice in one chunk, a slice of none, and one of a profile a chunk (as written here)
    one_by_one = [json_listed(profiles[1:2]), LISTED_BETWEEN, json_listed(profiles[2:])]
    pieces = [[json_listed(profiles[:1])], [], [b""], one_by_one]
    assert b"".join(json_chunks(head, pieces)) == json_bytes(report)
    assert b"".join(json_chunks(head, pieces, b"\n")) == json_report.render(report)
    assert b"".join(json_chunks(head, [])) == json_bytes(head)  # no profile at all: "profiles": []
    assert b'"profiles": [],' in json_bytes(head)


def test_check_json_in_the_command_line_says_what_one_process_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: RunCli
) -> None:
    folder = _batch(tmp_path / "batch")
    out = tmp_path / "out.json"
    monkeypatch.setenv("BIZAUDIT_WORKERS", "1")
    alone = run_cli("check", "-f", "json", folder)
    monkeypatch.setenv("BIZAUDIT_WORKERS", "2")
    forks = _counting_forks(monkeypatch)
    shared = run_cli("check", "-f", "json", folder, "-o", out)
    assert len(forks) == 1
    assert (shared.exit_code, shared.stdout, shared.stderr) == (
        alone.exit_code,
        alone.stdout,
        alone.stderr,
    )
    assert alone.exit_code == 2  # the bad files: input errors
    assert "p005a.yaml:8:11:" in alone.stderr  # the name a comment cut short, where it starts
    assert not out.exists()  # a run that cannot read its input leaves no report behind


def test_a_wrong_bizaudit_workers_is_an_input_error(
    monkeypatch: pytest.MonkeyPatch, run_cli: RunCli
) -> None:
    for wrong in ("0", "two", "-1", "1.5"):
        monkeypatch.setenv("BIZAUDIT_WORKERS", wrong)
        result = run_cli("check", "-f", "json", EXAMPLES / "cafe.yaml")
        assert result.exit_code == 2, result
        expected = "expected a whole number of processes, 1 or more, not"
        assert f"$BIZAUDIT_WORKERS: error: {expected} {wrong!r}" in result.stderr
        assert result.stdout == ""


def _group(pgid: int) -> list[int]:
    """The processes of a process group still alive (zombies, which have exited, left out)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # gone meanwhile
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            found.append(int(entry.name))
    return found


def _until(condition: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A batch whose slices take each worker many seconds."""
    folder = tmp_path_factory.mktemp("many")
    for i in range(12_000):
        (folder / f"p{i:05}.yaml").write_text(MINIMAL)
    return folder


@pytest.mark.parametrize("stop", ["SIGTERM", "SIGKILL", "ctrl-c"])
def test_no_worker_outlives_the_command(many: Path, stop: str) -> None:
    """SIGTERM to the command alone (``timeout``, a CI runner), which it unwinds from, stopping
    its workers; SIGKILL, which it cannot (the system then kills its workers); or Ctrl-C,
    which the terminal sends to every process of the group and which workers leave to the
    command: the command ends, and its workers with it."""
    env = {**os.environ, "BIZAUDIT_WORKERS": "2"}
    command = [sys.executable, "-m", "bizaudit", "check", "-f", "json", str(many)]
    with subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
        start_new_session=True,
    ) as running:  # fmt: skip
        try:
            assert _until(lambda: len(_group(running.pid)) >= 2, 60), "no worker was started"
            if stop == "ctrl-c":
                os.killpg(running.pid, signal.SIGINT)
            else:
                running.send_signal(getattr(signal, stop))
            running.wait(30)
            # at once: a worker left alone would go on with its slice for seconds more
            assert _until(lambda: not _group(running.pid), 2), _group(running.pid)
            _, said = running.communicate(timeout=5)  # no worker holds its stderr open
            assert b"Traceback" not in said
        finally:
            for pid in _group(running.pid):
                os.kill(pid, signal.SIGKILL)


def test_bizaudit_workers_caps_a_ledger_import_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: RunCli
) -> None:
    from bizaudit.io.ledger import parallel

    asked: list[int | None] = []
    read = parallel.read

    def spy(*args: object) -> object:
        asked.append(args[7])  # type: ignore[arg-type]  # workers, as read_ledger passes it
        return read(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(parallel, "read", spy)
    ledger = EXAMPLES / "ledgers" / "plain.csv"
    for given, expected in (("1", 1), (None, None)):
        if given is None:
            monkeypatch.delenv("BIZAUDIT_WORKERS", raising=False)
        else:
            monkeypatch.setenv("BIZAUDIT_WORKERS", given)
        result = run_cli("import", ledger, "--currency", "USD", "-o", tmp_path / f"{given}.yaml")
        assert result.exit_code == 0, result
        assert asked[-1] == expected


def test_a_profile_a_worker_read_is_never_written_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: RunCli
) -> None:
    """``-o json:batch/p029.yaml``: the last profile, read by a worker, not by this process;
    the run refuses to write over it, as one process does, and leaves it as it was."""
    folder = _batch(tmp_path / "batch", bad=False)
    target = folder / "p029.yaml"
    before = target.read_bytes()
    monkeypatch.setenv("BIZAUDIT_WORKERS", "2")
    forks = _counting_forks(monkeypatch)
    result = run_cli("check", "-f", "json", folder, "-o", f"json:{target}")
    assert len(forks) == 1
    assert result.exit_code == 2, result
    assert "this is one of the files this run reads" in result.stderr  # as io.output says
    assert target.read_bytes() == before


def test_a_step_summary_is_written_from_the_whole_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: RunCli
) -> None:
    """Inside GitHub Actions with a step summary, the JSON batch is audited in one process, as
    the summary is Markdown written from the whole report: every profile is in it, and the
    JSON is the same as without it."""
    folder = _batch(tmp_path / "batch", bad=False)
    monkeypatch.setenv("BIZAUDIT_WORKERS", "2")
    without = run_cli("check", "-f", "json", folder)
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    forks = _counting_forks(monkeypatch)
    result = run_cli("check", "-f", "json", folder)
    assert forks == []
    assert (result.exit_code, result.stdout) == (without.exit_code, without.stdout)
    assert summary.read_text().count("\n### ") == 30  # one heading a profile
