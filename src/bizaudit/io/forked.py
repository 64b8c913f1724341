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
from contextlib import contextmanager, suppress
from functools import cache
from typing import Any, TypeVar

__all__ = [
    "Chunk",
    "Put",
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
    with suppress(OSError, AttributeError):  # (not Linux)
        _libc().prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() == 1:  # the parent died before the request was made
        os._exit(1)


@cache
def _libc() -> Any:
    """The C library, through ctypes: loaded before forking (:func:`_in_slices`), so that a
    worker, which must ask for :func:`_die_with_parent` before it starts, need not import
    ctypes first: 2.4 ms sooner at work, of a batch of 500 small profiles' 175 (2026-12-08).
    Never at start-up."""
    import ctypes

    return ctypes.CDLL(None, use_errno=True)


def in_slices(work: Callable[[Sequence[T]], R], items: Sequence[T], count: int) -> list[R]:
    """``work`` of ``items`` cut into ``count`` slices in order, one per process: this process
    does the first slice while forked workers do the others, each sending its result back
    pickled through a pipe. A result is only what ``work`` returns, so keep it small to send
    (bytes, not objects: pickling 500 audits' reports cost as much as the half of the audit a
    second process saved, 2026-12-04; and bytes written as they are made go best by
    :func:`in_written_slices`). A worker that fails (killed, out of memory, a result that
    cannot be pickled) costs nothing but time: its slice is done again here. The results are
    those of ``[work(s) for s in slices]``."""
    done = _in_slices(lambda part, _: work(part), items, count)
    return [result for _, result in done]


#: Where ``work`` hands each chunk of bytes it writes (:func:`in_written_slices`)
Put = Callable[[Chunk], None]


def in_written_slices(
    work: Callable[[Sequence[T], Put], R], items: Sequence[T], count: int
) -> list[tuple[list[Chunk], R]]:
    """:func:`in_slices` of a ``work`` that writes bytes as it goes (megabytes of a batch's
    JSON), handing each chunk to its second argument: each slice's chunks, in order, and its
    result. A worker sends each chunk through its pipe at once, and pickles only its result;
    this process takes in what the workers sent each time it is handed a chunk of its own.
    Neither keeps megabytes to send at the end, nor copies them into a pickle and out of it,
    each time into memory the system gives a process a page at a time (2026-12-08)."""
    return _in_slices(work, items, count)


def _in_slices(
    work: Callable[[Sequence[T], Put], R], items: Sequence[T], count: int
) -> list[tuple[list[Chunk], R]]:
    slices = _cut(items, count)
    workers: list[_Worker | None] = []
    with suppress(OSError):  # (not Linux: no worker asks for it)
        _libc()
    _reap()  # the last batch's workers, long gone
    try:
        with signals_held():
            workers += [_fork(work, part) for part in slices[1:]]
        heard = [worker for worker in workers if worker is not None]
        results = [_here(work, slices[0], heard)]
        for part in slices[1:]:
            worker = workers.pop(0)  # now to wait for, or to stop
            done: tuple[list[Chunk], R] | None = None
            if worker is not None:
                heard.remove(worker)
                done = worker.result()
            # a slice no worker did whole is done here (taking in the others' chunks meanwhile)
            results.append(_here(work, part, heard) if done is None else done)
        return results
    finally:  # Ctrl-C, or an error here: the workers not yet heard from are stopped
        for worker in workers:
            if worker is not None:
                worker.stop()


def _here(
    work: Callable[[Sequence[T], Put], R], part: Sequence[T], heard: list[_Worker]
) -> tuple[list[Chunk], R]:
    """``work`` of ``part`` in this process, its chunks kept in order; each time it hands one
    over, what the workers sent meanwhile is taken in."""
    chunks: list[Chunk] = []

    def put(chunk: Chunk) -> None:
        chunks.append(chunk)
        for worker in heard:
            worker.take()

    return chunks, work(part, put)


def _cut(items: Sequence[T], count: int) -> list[Sequence[T]]:
    """``count`` slices in order, their lengths differing by at most one."""
    size, extra = divmod(len(items), count)
    bounds = [i * size + min(i, extra) for i in range(count + 1)]
    return [items[bounds[i] : bounds[i + 1]] for i in range(count)]


def _fork(work: Callable[[Sequence[T], Put], R], part: Sequence[T]) -> _Worker | None:
    """A worker doing ``work(part)``; None when the system will not start another process now
    (its slice is then done here)."""
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
        os.set_blocking(read, False)  # taken in as it comes, between this process's own work
        return _Worker(pid, read)
    # the worker: nothing after this returns
    status = 1
    try:
        os.close(read)
        ignore_interrupts()
        sending = _Sending(write)
        sending.finish(work(part, sending.put))
        # closed before leaving: the system tears a worker down (2 ms for a batch's) before it
        # closes what the worker left open, and this process need not wait for that
        os.close(write)
        status = 0
    finally:
        os._exit(status)


#: What a worker sends last: the length of its pickled result, and of the chunks before it
_LENGTHS = struct.Struct("<QQ")

#: A chunk at least this long is sent at once, with the shorter ones before it (a separator)
_SENT_FROM = 4096
_MOST_AT_ONCE = 512


class _Sending:
    """A worker's pipe: each chunk as it is written, then the result pickled, then
    :data:`_LENGTHS`."""

    def __init__(self, pipe: int) -> None:
        self.pipe = pipe
        self.waiting: list[Chunk] = []
        self.length = 0  # of the chunks

    def put(self, chunk: Chunk) -> None:
        self.waiting.append(chunk)
        size = memoryview(chunk).nbytes
        self.length += size
        # (and never more at once than one system call takes: IOV_MAX is 1,024 on Linux)
        if size >= _SENT_FROM or len(self.waiting) >= _MOST_AT_ONCE:
            self._send()

    def finish(self, result: object) -> None:
        pickled = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
        self.waiting += [pickled, _LENGTHS.pack(len(pickled), self.length)]
        self._send()

    def _send(self) -> None:
        waiting, self.waiting = self.waiting, []
        sent = os.writev(self.pipe, waiting)
        if sent < sum(memoryview(chunk).nbytes for chunk in waiting):  # (a signal's, rarely)
            left = memoryview(b"".join(waiting))[sent:]
            while left:
                left = left[os.write(self.pipe, left) :]


class _Worker:
    """A forked worker and the read end of its pipe, taken in as it comes."""

    def __init__(self, pid: int, pipe: int) -> None:
        self.pid = pid
        self.pipe = pipe
        self.taken: list[Chunk] = []

    def take(self) -> None:
        """What the worker sent so far, without waiting for more."""
        try:
            while taken := os.read(self.pipe, PIPE_SIZE):
                self.taken.append(taken)
        except BlockingIOError:
            pass

    def result(self) -> tuple[list[Chunk], Any] | None:
        """Its chunks and result, once it has sent them all (its pipe closed); None if it sent
        nothing whole (killed, out of memory, a result that could not be pickled), when it is
        stopped and waited for, as it is if this is interrupted. A worker that sent it all is
        leaving, and is reaped without waiting (:func:`_reap`)."""
        done = None
        try:
            os.set_blocking(self.pipe, True)
            self.take()  # to the end: the worker closed its pipe
            done = self._sent()
        finally:
            os.close(self.pipe)
            if done is None:
                _kill(self.pid)
            else:
                _LEAVING.append(self.pid)
                _reap()
        return done

    def _sent(self) -> tuple[list[Chunk], Any] | None:
        try:
            pickled, length = _LENGTHS.unpack(_cut_off(self.taken, _LENGTHS.size))
            result = pickle.loads(_cut_off(self.taken, pickled))
        except Exception:  # cut short, or not unpickled
            return None
        if sum(memoryview(chunk).nbytes for chunk in self.taken) != length:
            return None
        return self.taken, result

    def stop(self) -> None:
        os.close(self.pipe)
        _kill(self.pid)


def _cut_off(chunks: list[Chunk], length: int) -> bytes:
    """The last ``length`` bytes of ``chunks``, taken off them; ValueError if there are
    fewer."""
    tail: list[Chunk] = []
    while length:
        if not chunks:
            raise ValueError("a worker's result was cut short")
        last = memoryview(chunks.pop())
        if last.nbytes > length:
            chunks.append(last[: last.nbytes - length])
            last = last[last.nbytes - length :]
        tail.append(last)
        length -= last.nbytes
    return b"".join(reversed(tail))


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


#: Workers that sent all they had and are leaving, not yet reaped
_LEAVING: list[int] = []


def _reap() -> None:
    """Reap the workers that have left, without waiting for those still leaving: they are
    reaped by the next call (the next batch's workers, or the next one's result), or go with
    this process. A worker's result says by itself that it is whole (its lengths, last), so
    nothing need wait for the worker to be torn down."""
    for pid in list(_LEAVING):
        try:
            left, _ = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:  # reaped elsewhere
            left = pid
        if left:
            _LEAVING.remove(pid)


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    except (ProcessLookupError, ChildProcessError):
        pass
