"""The reviewed vocabulary data (``data/vocabulary-verticals.toml``): vendors, platforms, roles
and P&L lines per vertical, abbreviations, QuickBooks detail types, traps, mixed lines,
customer-source words and the channels. Read once, on first use; the classifier (core)
compiles it with its built-in terms.

Parsing the TOML file and compiling its terms cost a start-up about a tenth of its time, so
``data/vocabulary-compiled.marshal`` ships both results, made by ``python -m
bizaudit.io.precompute``. It is used only while it was made from the TOML file as it is now
(a checksum of it is written in it); after an edit the TOML file is read, and a test says to make
the compiled file again.

The file is Python's ``marshal`` format (version 4, which every Python this package supports
reads), after a first line naming it: it holds the classifier's tables as the dicts of tuples
they are, so a start-up makes them in C. Read as JSON, then turned into those dicts, they cost
10.7 M instructions more of a small check's start-up (1,041.9 M against 1,031.2 M, counted
2026-12-07). A file that does not start with that line, or that ``marshal`` cannot read, is not
used: the TOML file is read instead, so answers never depend on the file."""

from __future__ import annotations

import marshal
import sys
import zlib
from functools import cache
from importlib import resources
from typing import Any

__all__ = [
    "COMPILED",
    "COMPILED_AWAY",
    "SOURCE",
    "STAMP",
    "compiled_bytes",
    "parse_source",
    "precompiled",
    "source_digest",
    "vocabulary",
]

SOURCE = "data/vocabulary-verticals.toml"
COMPILED = "data/vocabulary-compiled.marshal"
#: The compiled file's first line
STAMP = b"bizaudit's compiled vocabulary: python -m bizaudit.io.precompute; marshal format 4\n"


@cache
def _source_bytes() -> bytes:
    return resources.files("bizaudit").joinpath(SOURCE).read_bytes()


def source_digest() -> str:
    """A checksum of the TOML file as it is now (its CRC-32 and length): what a compiled file
    must have been made from. It tells an edit from the file it was made from, which is all it
    is for, in a seventh of a SHA-256's instructions at every start-up."""
    data = _source_bytes()
    return f"crc32:{zlib.crc32(data):08x}:{len(data)}"


@cache
def precompiled() -> dict[str, Any] | None:
    """The compiled file's content (``data``: the TOML file's tables; ``terms``, ``activities``
    and ``sources``: the classifier's tables), or None when it is missing or was made from
    another version of the TOML file."""
    try:
        data = resources.files("bizaudit").joinpath(COMPILED).read_bytes()
        if not data.startswith(STAMP):
            return None
        shipped = marshal.loads(memoryview(data)[len(STAMP) :])
    except (OSError, EOFError, ValueError, TypeError):  # missing, cut short, or not marshal's
        return None
    if not isinstance(shipped, dict) or shipped.get("source") != source_digest():
        return None
    return shipped


def compiled_bytes(content: dict[str, Any]) -> bytes:
    """The compiled file holding ``content`` (what :func:`precompiled` reads back)."""
    return STAMP + marshal.dumps(content, 4)


#: The tables only compiling reads (into the classifier's tables, shipped compiled)
COMPILED_AWAY = ("activities", "sources")


@cache
def vocabulary() -> dict[str, Any]:
    """The file's tables a run reads as plain data: ``generic``, ``weak``, ``mixed``,
    ``marketplaces``, ``channels``. Its ``activities`` and ``sources`` are read by compiling
    (:func:`parse_source`), and shipped compiled."""
    shipped = precompiled()
    if shipped is not None:
        data: dict[str, Any] = shipped["data"]
        return data
    return {key: table for key, table in parse_source().items() if key not in COMPILED_AWAY}


def parse_source() -> dict[str, Any]:
    """The TOML file's tables, parsed now."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib

    parsed: dict[str, Any] = tomllib.loads(_source_bytes().decode("utf-8"))
    return parsed
