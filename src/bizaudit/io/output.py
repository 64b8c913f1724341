"""The one writer every output file goes through, and the inputs it must never replace.

* A run records every file it reads (:func:`note_input`: profiles, also those found in
  folders, standard input's file, a ledger, a ``--map`` file, a corpus); :func:`write`
  refuses a path that is one of them, by path and by identity, after following links.
* A regular file is replaced atomically: a temporary file beside it, written, flushed and
  synced, then renamed over it, with the mode the file had (a new file: the umask's mode).
  A symlink to a file keeps being a symlink; its target is replaced.
* When overwriting is not allowed (``init`` and ``import`` without ``--force``) the file is
  created exclusively, at the moment of writing: a file created meanwhile is never replaced.
* GitHub's step summary is appended to (:func:`append`), never when it is one of the inputs.
* Special files (a FIFO, a device, ``/dev/stdout``, a descriptor under ``/proc``) are written
  to directly: renaming over them would replace the device with a regular file.
* SIGTERM (what ``timeout`` and CI cancellation send) and Ctrl-C unwind like an exception, so
  the temporary file is removed (:func:`exit_cleanly_on_sigterm`).
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import stat
from collections.abc import Iterator
from contextvars import ContextVar
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bizaudit.model.report import Chunk

from bizaudit.explain.text import printable
from bizaudit.io.errors import InputError

__all__ = [
    "append",
    "check_writable",
    "exit_cleanly_on_sigterm",
    "note_input",
    "reading",
    "terminated_code",
    "write",
]

_Identity = tuple[int, int]  # (device, inode)


class _Inputs:
    """What one run has read, by resolved path and by (device, inode)."""

    def __init__(self) -> None:
        self.paths: set[str] = set()
        self.files: set[_Identity] = set()

    def holds(self, path: Path) -> bool:
        if _resolved(path) in self.paths:
            return True
        try:
            found = path.stat()
        except OSError:
            return False
        return (found.st_dev, found.st_ino) in self.files


_RUN: ContextVar[_Inputs | None] = ContextVar("bizaudit_inputs", default=None)


@contextlib.contextmanager
def reading() -> Iterator[None]:
    """The span of one command: what it reads while inside, its writes will not replace."""
    token = _RUN.set(_Inputs())
    try:
        yield
    finally:
        _RUN.reset(token)


def note_input(path: Path | None = None, *, fd: int | None = None) -> None:
    """Record a file this run reads (a path, or an open descriptor such as stdin's)."""
    run = _RUN.get()
    if run is None:
        return
    try:
        if path is not None:
            run.paths.add(_resolved(path))
            found = path.stat()
        elif fd is not None:
            found = os.fstat(fd)
        else:
            return
    except (OSError, ValueError):
        return
    if stat.S_ISREG(found.st_mode):  # a pipe or a terminal is nothing a write could replace
        run.files.add((found.st_dev, found.st_ino))


def _resolved(path: Path) -> str:
    # os.path.realpath never raises (a symlink loop is left as it is), unlike Path.resolve.
    return os.path.realpath(path)


def _refuse_an_input(path: Path, hint: str) -> None:
    """InputError when ``path`` is one of the files this run reads."""
    run = _RUN.get()
    if run is not None and run.holds(path):
        raise InputError(str(path), "this is one of the files this run reads", hint)


def check_writable(path: Path) -> None:
    """Raise InputError now, before any work, when ``path`` cannot be a file we write."""
    _refuse_an_input(
        path, "write the output to another file; bizaudit never replaces what it reads"
    )
    if path.is_dir():
        raise InputError(str(path), "this is a folder", "give the name of a file inside it")
    if not path.parent.is_dir():
        raise InputError(
            str(path),
            f"the folder {printable(path.parent)} does not exist",
            "create it, or choose another",
        )


def append(path: Path, text: str) -> None:
    """Append ``text`` to ``path`` (GitHub's step summary): never to one of this run's inputs.
    InputError when it is one, or cannot be written."""
    _refuse_an_input(path, "point it at another file; bizaudit never changes what it reads")
    try:
        with path.open("a", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as exc:
        raise InputError(str(path), f"cannot write the file: {exc.strerror or exc}") from None


def write(path: Path, text: str | bytes | list[Chunk], *, overwrite: bool = True) -> None:
    """Write ``text`` (or UTF-8 bytes, or chunks of them, written one after the other) to
    ``path`` (see the module's description); InputError when it cannot be written, is one of
    this run's inputs, or exists and ``overwrite`` is false."""
    check_writable(path)
    data: list[Chunk] = text if isinstance(text, list) else [_encoded(text)]
    try:
        target = Path(_resolved(path))
        try:
            found: os.stat_result | None = target.stat()
        except FileNotFoundError:
            found = None
        if _names_a_descriptor(path) or (found is not None and not stat.S_ISREG(found.st_mode)):
            _write_directly(path, data)
        elif found is not None and not overwrite:
            raise FileExistsError(errno.EEXIST, "exists", str(path))
        else:
            _write_atomically(target, data, found, overwrite=overwrite)
    except FileExistsError:
        raise InputError(str(path), "the file exists", "use --force to overwrite it") from None
    except OSError as exc:
        raise InputError(str(path), f"cannot write the file: {exc.strerror or exc}") from None


def _names_a_descriptor(path: Path) -> bool:
    """``/dev/stdout``, ``/proc/self/fd/1`` and links to them: an open descriptor of some
    process, whatever file it is now; never replaced by a rename."""
    hop = path.absolute()
    for _ in range(40):  # as many links as the system itself follows
        if str(hop).startswith(("/dev/", "/proc/")):
            return True
        if not hop.is_symlink():
            return False
        hop = hop.parent / hop.readlink()
    return False


def _encoded(text: str | bytes) -> bytes:
    return text if isinstance(text, bytes) else text.encode("utf-8")


def _write_directly(target: Path, data: list[Chunk]) -> None:
    with target.open("wb") as handle:  # a FIFO or a device: no rename, no truncation games
        handle.writelines(data)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _write_atomically(
    target: Path, data: list[Chunk], found: os.stat_result | None, *, overwrite: bool
) -> None:
    import tempfile

    mode = stat.S_IMODE(found.st_mode) if found is not None else 0o666 & ~_umask()
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.writelines(data)
            handle.flush()
            os.fchmod(handle.fileno(), mode)
            os.fsync(handle.fileno())
        if overwrite:
            Path(tmp).replace(target)
        else:
            _create_exclusively(tmp, target, data, mode)
    finally:  # a full disk, Ctrl-C, SIGTERM: no temporary file is left behind
        Path(tmp).unlink(missing_ok=True)


def _create_exclusively(tmp: str, target: Path, data: list[Chunk], mode: int) -> None:
    """Make ``target`` appear with ``tmp``'s contents only if it does not exist yet."""
    try:
        os.link(tmp, target)  # atomic, and fails if the name exists
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links: create it exclusively instead
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.writelines(data)


class Terminated(SystemExit):
    """SIGTERM, raised where the program is, so that ``finally`` blocks clean up."""


_SIGNALLED: list[int] = []  # the exit code of a SIGTERM received, once one is


def _terminated(signum: int, frame: FrameType | None) -> None:
    _SIGNALLED.append(128 + signum)
    raise Terminated(128 + signum)


def terminated_code() -> int | None:
    """The exit code of a SIGTERM this run received (143), else None: a library may catch
    the Terminated the signal raised inside it and raise its own error instead (Pydantic
    building a model's schema wraps it in a SchemaError), which is then no bug to report."""
    return _SIGNALLED[0] if _SIGNALLED else None


def exit_cleanly_on_sigterm() -> None:
    """SIGTERM unwinds the program like Ctrl-C does (exit code 143), instead of killing it
    where it stands. Only the main thread can install it; elsewhere this does nothing."""
    with contextlib.suppress(ValueError):
        signal.signal(signal.SIGTERM, _terminated)
