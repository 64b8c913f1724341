"""The module-level regular expressions, shipped compiled: ``data/patterns.marshal``.

``re.compile`` parses a pattern and generates its matching code in Python: for the few dozen
patterns a check of a small profile uses, about 28 M instructions, 2.5% of its start-up
(counted, 2026-12-07), paid again at every run for the same result. ``python -m
bizaudit.io.precompute`` writes, for every :class:`~bizaudit.model.lazy.LazyPattern` in the
package, what the compiler hands to the regular-expression engine (``_sre.compile``'s
arguments: the code, the groups and the flags the pattern sets), and a ``LazyPattern`` is
compiled from that when it is first used.

The file counts only for the interpreter it was made with: its first line names the Python
version and the engine's code format (``_sre.MAGIC`` and ``CODESIZE``), and a pattern the file
does not hold, or any other interpreter, or a file that cannot be read, compiles with
``re.compile`` as usual, so no answer ever depends on the file, only the start-up's cost. A
test holds every shipped entry to what the compiler generates now and names the command that
makes the file again.

The file is read as two arrays (the patterns' keys, in order, and where each entry starts),
and a run unpacks only the entries it uses, each zlib-compressed: reading it costs about as
much as compiling one pattern."""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # the engine re.compile hands its code to
import marshal
import re
import sys
import zlib
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["FILE", "Shipped", "compiled", "dumps", "entry", "key", "loads", "stamp"]

FILE = "data/patterns.marshal"

#: One pattern's arguments to ``_sre.compile``: the pattern, the flags (the given ones and
#: those the pattern sets inline), the code, the number of groups and the group names both ways
Entry = tuple[str, int, list[int], int, dict[str, int], tuple[Any, ...]]


def stamp() -> bytes:
    """The first line of a file this interpreter can use."""
    version = "{}.{}.{}".format(*sys.version_info[:3])
    size = memoryview(b"\0\0\0\0").cast("I").itemsize
    return (
        f"{sys.implementation.cache_tag} {version} sre {_sre.MAGIC} {_sre.CODESIZE} {size}"
        f" {sys.byteorder}\n"
    ).encode()


def key(pattern: str, flags: int) -> int:
    """Where the file files a pattern: the CRC-32 of its flags and text (two patterns with the
    same key are both kept, and told apart by their text)."""
    return zlib.crc32(f"{flags}:{pattern}".encode("utf-8", "surrogatepass"))


def entry(pattern: str, flags: int) -> Entry:
    """What ``re.compile(pattern, flags)`` hands to the engine."""
    from re import _compiler, _parser  # type: ignore[attr-defined]  # only to make the file

    parsed = _parser.parse(pattern, flags)
    code: list[int] = _compiler._code(parsed, flags)
    names: dict[str, int] = dict(parsed.state.groupdict)
    by_index: list[str | None] = [None] * parsed.state.groups
    for name, index in names.items():
        by_index[index] = name
    return (
        pattern,
        flags | parsed.state.flags,
        code,
        parsed.state.groups - 1,
        names,
        tuple(by_index),
    )


def dumps(patterns: Iterable[tuple[str, int]]) -> bytes:
    """The file for these patterns (each ``(text, flags)``): the stamp's line, the number of
    patterns, their keys in order, where each entry starts and ends, and the entries, each
    marshalled and zlib-compressed (the code as an array of ``CODESIZE`` bytes a word)."""
    from array import array  # only to make the file: reading it needs no module of its own

    given = sorted({(key(text, int(flags)), text, int(flags)) for text, flags in patterns})
    keys, offsets, blobs, at = array("I"), array("I", [0]), [], 0
    for found, text, flags in given:
        pattern, final, code, groups, names, by_index = entry(text, flags)
        packed = (pattern, flags, final, array("I", code).tobytes(), groups, names, by_index)
        blob = zlib.compress(marshal.dumps(packed), 9)
        keys.append(found)
        blobs.append(blob)
        at += len(blob)
        offsets.append(at)
    count = array("I", [len(keys)])
    return stamp() + count.tobytes() + keys.tobytes() + offsets.tobytes() + b"".join(blobs)


class Shipped:
    """A shipped file, read: the keys and offsets as views of words, each entry unpacked when
    asked."""

    def __init__(self, data: bytes) -> None:
        head, _, body = data.partition(b"\n")
        if head + b"\n" != stamp():
            raise ValueError("made by another interpreter")
        words = memoryview(body)
        count = words[:4].cast("I")[0]
        size = 4 * count
        self.keys = words[4 : 4 + size].cast("I")
        self.offsets = words[4 + size : 8 + 2 * size].cast("I")
        self.blobs = words[8 + 2 * size :]
        if (len(self.keys), len(self.offsets), len(self.blobs)) != (
            count,
            count + 1,
            self.offsets[-1],
        ):
            raise ValueError("cut short")

    def get(self, pattern: str, flags: int) -> Entry | None:
        """The pattern's entry; None when the file does not hold it."""
        wanted, keys = key(pattern, flags), self.keys
        low, high = 0, len(keys)
        while low < high:  # the first key not below the one wanted
            middle = (low + high) // 2
            if keys[middle] < wanted:
                low = middle + 1
            else:
                high = middle
        while low < len(keys) and keys[low] == wanted:
            start, end = self.offsets[low], self.offsets[low + 1]
            text, given, final, code, groups, names, by_index = marshal.loads(
                zlib.decompress(self.blobs[start:end])
            )
            if text == pattern and given == flags:
                listed: list[int] = memoryview(code).cast("I").tolist()
                return text, final, listed, groups, names, by_index
            low += 1
        return None


def loads(data: bytes) -> Shipped | None:
    """The file, read; None when this interpreter cannot use it."""
    try:
        return Shipped(data)
    except (ValueError, IndexError, TypeError):
        return None


@cache
def _shipped() -> Shipped | None:
    try:
        data = resources.files("bizaudit").joinpath(FILE).read_bytes()
    except OSError:
        return None
    return loads(data)


def compiled(pattern: str, flags: int) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the shipped code when the file holds it."""
    shipped = _shipped()
    try:
        found = shipped.get(pattern, int(flags)) if shipped is not None else None
        if found is not None:
            text, final, code, groups, names, by_index = found
            made: re.Pattern[str] = _sre.compile(text, final, code, groups, names, by_index)
            return made
    except (zlib.error, EOFError, ValueError, TypeError, RuntimeError):
        pass  # a damaged entry: compiled as usual below
    return re.compile(pattern, flags)
