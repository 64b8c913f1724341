"""Work shared with forked worker processes, on the cores the system gives us.

Two readers use it: a large ledger read in stretches (:mod:`bizaudit.io.ledger.parallel`) and a
batch of profiles audited in slices (:func:`bizaudit.io.checker.check_json`). Workers are forked
only on Linux, where they start at once and share what is already imported; elsewhere the work
is done in one process, with the same result.

What a worker must never do, and how it is kept from it:

- outlive the run: it dies with the process that forked it (``PR_SET_PDEATHSIG``), and is
  killed when that process stops early (Ctrl-C, an error);
- answer Ctrl-C or SIGTERM itself: those are left to the main process, which stops the workers;
- touch what the main process writes: a worker writes only to its own pipe, and leaves with
  ``os._exit``, flushing nothing the main process had buffered and running none of its exit
  handlers.
"""

from __future__ import annotations

import os
import pickle
import signal
import struct
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from io import BufferedReader
from typing import IO, TypeVar, cast

__all__ = [
    "Chunk",
    "can_fork",
    "cores",
    "ignore_interrupts",
    "in_slices",
    "in_written_slices",
    "signals_held",
]

T = TypeVar("T")
R = TypeVar("R")

_STOPS = {signal.SIGINT, signal.SIGTERM}

_PR_SET_PDEATHSIG = 1

#: Bytes already written, which a worker sends as they are
Chunk = bytes | bytearray | memoryview


def cores() -> int:
    """How many processes share a large piece of work: one per core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every system
        return os.cpu_count() or 1


def can_fork() -> bool:
    """Forked workers start at once and share what is already imported; elsewhere starting
    them costs more than the work saves. (macOS can fork, but not safely.)"""
    return sys.platform.startswith("linux") and hasattr(os, "fork")


@contextmanager
def signals_held() -> Iterator[None]:
    """Ctrl-C and SIGTERM wait until the block is done, so workers start whole or not at all:
    a signal between forking a worker and making it leave signals to the main process left
    workers waiting for work, and the process waiting for them at exit (a CI run's
    ``bizaudit import`` still alive a minute after SIGTERM)."""
    held = signal.pthread_sigmask(signal.SIG_BLOCK, _STOPS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def ignore_interrupts() -> None:
    """In a worker: leave Ctrl-C and SIGTERM to the main process, which stops the workers, and
    die with it: killed outright, it would leave them blocked on a pipe, holding the caller's
    stderr open (the caller of ``timeout bizaudit import ...`` hung)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOPS)  # forked while they were held
    _die_with_parent()


def _die_with_parent() -> None:
    """Ask Linux to send SIGKILL to this process when its parent dies (prctl
    PR_SET_PDEATHSIG); elsewhere nothing (workers are only forked on Linux)."""
    import ctypes  # here: a worker's alone, never a start-up's

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # pragma: no cover - not Linux
        pass
    if os.getppid() == 1:  # the parent died before the request was made
        os._exit(1)


def in_slices(work: Callable[[Sequence[T]], R], items: Sequence[T], count: int) -> list[R]:
    """``work`` of ``items`` cut into ``count`` slices in order, one per process: this process
    does the first slice while forked workers do the others, each sending its result back
    pickled through a pipe. A result is only what ``work`` returns, so keep it small to send
    (bytes, not objects: pickling 500 audits' reports cost as much as the half of the audit a
    second process saved, 2026-12-04; and bytes already written go best unpickled, by
    :func:`in_written_slices`). A worker that fails (killed, out of memory, a result that
    cannot be pickled) costs nothing but time: its slice is done again here. The results are
    those of ``[work(s) for s in slices]``."""
    return _in_slices(work, items, count, written=False)


def in_written_slices(
    work: Callable[[Sequence[T]], tuple[Sequence[Chunk], R]], items: Sequence[T], count: int
) -> list[tuple[Sequence[Chunk], R]]:
    """:func:`in_slices` of a ``work`` that returns mostly bytes already written (megabytes of
    a batch's JSON) in chunks, and the rest: a worker sends its chunks as they are, one after
    the other, and pickles only the rest; they arrive here as one chunk, their concatenation.
    Pickled, the chunks were copied twice more on their way (into the pickle and out of it),
    each time into memory the system gives a process a page at a time: 8 ms of the 175 that
    500 small profiles took on two cores (2026-12-08)."""
    return _in_slices(work, items, count, written=True)


def _in_slices(
    work: Callable[[Sequence[T]], R], items: Sequence[T], count: int, *, written: bool
) -> list[R]:
    slices = _cut(items, count)
    workers: list[tuple[int, int] | None] = []  # (process id, read end of its pipe), or None
    try:
        with signals_held():
            workers += [_fork(work, part, written) for part in slices[1:]]
        results = [work(slices[0])]
        for part in slices[1:]:
            worker = workers.pop(0)  # now _result's to wait for, or to stop
            results.append(work(part) if worker is None else _result(*worker, work, part, written))
        return results
    finally:  # Ctrl-C, or an error here: the workers not yet heard from are stopped
        for worker in workers:
            if worker is not None:
                _stop(*worker)


def _cut(items: Sequence[T], count: int) -> list[Sequence[T]]:
    """``count`` slices in order, their lengths differing by at most one."""
    size, extra = divmod(len(items), count)
    bounds = [i * size + min(i, extra) for i in range(count + 1)]
    return [items[bounds[i] : bounds[i + 1]] for i in range(count)]


def _fork(
    work: Callable[[Sequence[T]], R], part: Sequence[T], written: bool
) -> tuple[int, int] | None:
    """A worker doing ``work(part)``: its process id and the read end of its pipe; None when
    the system will not start another process now (its slice is then done here)."""
    read, write = os.pipe()
    _widen(write)
    try:
        pid = os.fork()
    except OSError:
        os.close(read)
        os.close(write)
        return None
    if pid:
        os.close(write)
        return pid, read
    # the worker: nothing after this returns
    status = 1
    try:
        os.close(read)
        ignore_interrupts()
        with os.fdopen(write, "wb") as pipe:
            _send(work(part), written, pipe)
        status = 0
    finally:
        os._exit(status)


#: What a worker sends first: the length of its pickle, then of the chunks that follow it
_LENGTHS = struct.Struct("<QQ")


def _send(result: object, written: bool, pipe: IO[bytes]) -> None:
    """``result`` pickled, after the lengths of its pickle and of its chunks; if ``written``,
    the result is (chunks, rest): only the rest is pickled, and the chunks follow as they are."""
    chunks: Sequence[Chunk] = ()
    if written:
        chunks, result = cast("tuple[Sequence[Chunk], object]", result)
    sent = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
    pipe.write(_LENGTHS.pack(len(sent), sum(memoryview(chunk).nbytes for chunk in chunks)))
    pipe.write(sent)
    pipe.writelines(chunks)  # (a chunk longer than the writer's buffer goes straight through)


def _received(reading: BufferedReader, written: bool) -> object:
    """What :func:`_send` sent, whole; ValueError if it was cut short (the worker died)."""
    pickled, length = _LENGTHS.unpack(_exactly(reading, _LENGTHS.size))
    result = pickle.loads(_exactly(reading, pickled))
    if not written:
        return result
    chunk = bytearray(length)  # read straight into place: no copy of megabytes to join
    if length and reading.readinto(chunk) != length:
        raise ValueError("a worker's result was cut short")
    return (chunk,), result


def _exactly(reading: BufferedReader, length: int) -> bytes:
    read = reading.read(length)
    if len(read) != length:
        raise ValueError("a worker's result was cut short")
    return read


#: What a worker's pipe holds before its writes wait for the reader: Linux's most for an
#: unprivileged process (/proc/sys/fs/pipe-max-size), a megabyte, not the 64 KiB a pipe starts
#: with. A batch's worker sends back megabytes of JSON (3.7 MB for 250 small profiles) while
#: this process finishes its own slice; sent 64 KiB at a time, each a switch between the two
#: processes, they took 5 ms to arrive, about 2 ms of the benchmark's batch (2026-12-07).
PIPE_SIZE = 1 << 20


def _widen(pipe: int) -> None:
    """Let ``pipe`` hold :data:`PIPE_SIZE` bytes, where the system allows it (Linux; nothing
    is lost where it does not, but time)."""
    try:
        import fcntl  # a worker's alone (not on every system)

        fcntl.fcntl(pipe, fcntl.F_SETPIPE_SZ, PIPE_SIZE)
    except (ImportError, AttributeError, OSError):
        pass


def _result(
    pid: int, pipe: int, work: Callable[[Sequence[T]], R], part: Sequence[T], written: bool
) -> R:
    """What the worker sent, or its slice done here if it sent nothing whole. The worker is
    waited for, or stopped if this is interrupted."""
    status = None
    try:
        with os.fdopen(pipe, "rb") as reading:
            try:
                result = _received(reading, written)
            except Exception:  # a result cut short, or not unpickled: done again below
                result = _NOTHING
        _, status = os.waitpid(pid, 0)
    finally:
        if status is None:
            _kill(pid)
    return cast(R, result) if status == 0 and result is not _NOTHING else work(part)


_NOTHING = object()  # what _result received from a worker that sent nothing whole


def _stop(pid: int, pipe: int) -> None:
    os.close(pipe)
    _kill(pid)


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    except (ProcessLookupError, ChildProcessError):
        pass
