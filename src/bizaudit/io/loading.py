"""Read a YAML profile safely into plain data, remembering where every value stood.

The document is built straight from the parser's event stream, so that:

* plain scalars stay the text the user wrote (only ``~``/``null``/empty become ``None``):
  ``name: no`` is the text "no", ``1:30`` is not 90, ``012345`` is not octal, and the models
  parse every number exactly;
* duplicate keys are errors naming both lines (PyYAML silently keeps the last one);
* only core tags are accepted, so nothing in a profile can construct an object or run code;
* depth, alias count and the size of the alias-expanded document are limited *while* the events
  arrive, so a billion-laughs bomb or a million-deep file stops after a few events;
* the file's size and encoding are checked before parsing.

libyaml's parser is used when PyYAML was built with it; the pure-Python parser otherwise. Both
produce the same events, so the checks and the positions are the same either way.
"""

from __future__ import annotations

import gc
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, Protocol

import yaml
from yaml import events as ev

from bizaudit.explain.text import printable
from bizaudit.io.errors import InputError, unreadable
from bizaudit.io.output import note_input
from bizaudit.model.lazy import LazyPattern
from bizaudit.model.positions import Loc, Pos
from bizaudit.model.tuples import NamedTuple

__all__ = ["Document", "Limits", "load_file", "load_text", "names_cut_by_comments"]

_NULLS = frozenset(("", "~", "null", "Null", "NULL"))
_CORE = "tag:yaml.org,2002:"
_ALLOWED_TAGS = frozenset(
    {"!", *(_CORE + name for name in ("str", "int", "float", "bool", "null", "map", "seq"))}
)
_SURROGATE = LazyPattern("[\ud800-\udfff]")
_UTF8_BOM = b"\xef\xbb\xbf"


class Limits(NamedTuple):
    """Bounds that keep a hostile profile from costing time or memory; errors name them."""

    max_bytes: int = 10 * 1024 * 1024
    max_depth: int = 64
    max_aliases: int = 100
    max_nodes: int = 1_000_000


class Mark(Protocol):
    """Where the parser says a node starts: its line and column, counted from 0."""

    @property
    def line(self) -> int: ...

    @property
    def column(self) -> int: ...


class Document:
    """A parsed profile: plain data plus where each value and key stood in the file.

    Each value and key keeps the parser's own mark of where it starts, and a position (line and
    column, counted from 1) is made of it only when one is asked for: a profile has a hundred
    values, and a report asks where a few of them stand (making every one a position was 1%
    of auditing a batch, 2026-12-05). Its ``__init__`` is written out: a dataclass compiled
    three methods at every start-up for it."""

    path: str
    data: Any
    lines: list[str]
    values: dict[Loc, Mark]
    keys: dict[Loc, Mark]
    #: from YAML's lines to an editor's, where they differ (:func:`load_text`)
    moved: Callable[[Pos], Pos] | None

    def __init__(
        self,
        path: str,
        data: Any,
        lines: list[str],
        values: dict[Loc, Mark] | None = None,
        keys: dict[Loc, Mark] | None = None,
        moved: Callable[[Pos], Pos] | None = None,
    ) -> None:
        self.path, self.data, self.lines, self.moved = path, data, lines, moved
        self.values = {} if values is None else values
        self.keys = {} if keys is None else keys

    def __repr__(self) -> str:
        return f"Document(path={self.path!r}, lines={len(self.lines)})"

    def at(self, mark: Mark) -> Pos:
        """The position a mark stands for, as an editor counts lines and columns."""
        pos = (mark.line + 1, mark.column + 1)
        return pos if self.moved is None else self.moved(pos)

    def position(self, loc: Loc, *, key: bool = False) -> Pos | None:
        """Where ``loc`` stood, or its nearest ancestor (inside an alias, the alias itself)."""
        if key and loc in self.keys:
            return self.at(self.keys[loc])
        while loc:
            if loc in self.values:
                return self.at(self.values[loc])
            loc = loc[:-1]
        root = self.values.get(())
        return None if root is None else self.at(root)

    def line_of(self, loc: Loc) -> int | None:
        pos = self.position(loc)
        return pos[0] if pos else None

    def error(
        self, loc: Loc, message: str, hint: str | None = None, *, key: bool = False
    ) -> InputError:
        return error_at(self.path, self.lines, self.position(loc, key=key), message, hint)


#: A comment that begins right after a plain value and reads as more of it: " #4521", "#2"
#: (a "# note" after a space is a comment meant as one)
_COMMENT_AFTER = LazyPattern(r"\s+#\S")


def names_cut_by_comments(doc: Document) -> list[tuple[Pos, str]]:
    """The activities' names that a comment cut short: an unquoted name followed on its line
    by " #" and more text at once ("Rx file purchase - Rite Aid #4521 (closing store)" is read
    "Rx file purchase - Rite Aid", as YAML takes the rest for a comment; Q11 of the
    twenty-eighth round: the report and `classify` then read two different names). Each with
    where it stands and the name as read; most profiles have none."""
    found: list[tuple[Pos, str]] = []
    data = doc.data
    activities = data.get("activities") if isinstance(data, dict) else None
    if not isinstance(activities, list):
        return found
    for index, item in enumerate(activities):
        name = item.get("name") if isinstance(item, dict) else None
        mark = doc.values.get(("activities", index, "name"))
        if not isinstance(name, str) or mark is None:
            continue
        pos = doc.at(mark)
        if pos[0] > len(doc.lines):
            continue
        line = doc.lines[pos[0] - 1]
        start = pos[1] - 1
        if line[start : start + len(name)] != name:  # quoted, or folded over lines
            continue
        if _COMMENT_AFTER.match(line, start + len(name)):
            found.append((pos, name))
    return found


def error_at(
    path: str, lines: list[str], pos: Pos | None, message: str, hint: str | None = None
) -> InputError:
    line, column = pos if pos else (None, None)
    source = lines[line - 1] if line is not None and 0 < line <= len(lines) else None
    if source is not None:  # shown to a terminal: never raw (tabs are expanded later)
        source = printable(source, keep="\t")
    return InputError(path, message, hint, line, column, source)


STDIN = "-"  # the path that means standard input: bizaudit import x.csv | bizaudit check -


def load_file(path: Path, limits: Limits = Limits()) -> Document:
    """Read and parse one profile file (``-``: standard input). Raises :class:`InputError` for
    anything a user can fix."""
    if str(path) == STDIN:
        if sys.stdin is None:
            raise InputError("<stdin>", "standard input is closed", "pipe a profile into it")
        note_input(fd=0)  # `check - -o json:p.yaml < p.yaml` must not replace p.yaml
        raw = read_at_most(sys.stdin.buffer, limits.max_bytes)  # a pipe has no size to check
        return load_text(decode(raw, "<stdin>", limits), "<stdin>", limits)
    shown = printable(path)
    try:
        note_input(path)
        # at most the limit, even from a device or a pipe; unbuffered, each read goes straight
        # into the bytes it returns (0.4% of auditing a batch, counted, 2026-12-07)
        with path.open("rb", buffering=0) as handle:
            raw = read_at_most(handle, limits.max_bytes)
            # Past the limit, the size says by how much (asked only then: a system call less
            # for every profile of a batch).
            if len(raw) > limits.max_bytes and (size := os.fstat(handle.fileno()).st_size):
                raise InputError(
                    shown,
                    f"the file is {size:,} bytes, over the {limits.max_bytes:,}-byte limit",
                    "raise it with --max-file-size if this really is a profile",
                )
    except IsADirectoryError:
        raise InputError(shown, "is a directory, not a profile") from None
    except PermissionError:
        raise InputError(shown, "cannot read the file: permission denied") from None
    except RuntimeError:  # Python's own word for a loop of symbolic links
        raise InputError(shown, "cannot read the file: a loop of symbolic links") from None
    except OSError as exc:
        raise unreadable(shown, exc) from None
    return load_text(decode(raw, shown, limits), shown, limits)


_CHUNK = 1024 * 1024


def read_at_most(handle: BinaryIO, limit: int) -> bytes:
    """Up to ``limit`` + 1 bytes (one more tells that the limit was passed), a megabyte at a
    time: nothing is allocated for a limit the input never reaches."""
    parts: list[bytes] = []
    left = limit + 1
    while left > 0 and (part := handle.read(min(_CHUNK, left))):
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


def decode(raw: bytes, path: str, limits: Limits = Limits()) -> str:
    """UTF-8 (with or without a BOM) to text; anything else is an error with its position."""
    if len(raw) > limits.max_bytes:
        raise InputError(path, f"the input is over the {limits.max_bytes:,}-byte limit")
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        raise InputError(path, "the file is UTF-32, not UTF-8", "save it as UTF-8")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(path, "the file is UTF-16, not UTF-8", "save it as UTF-8")
    raw = raw.removeprefix(_UTF8_BOM)
    if b"\x00" in raw:
        offset = raw.index(b"\x00")
        raise _byte_error(
            raw, offset, path, "the file contains a NUL byte: it looks binary, not YAML"
        )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = raw[exc.start : exc.start + 1].hex()
        raise _byte_error(
            raw, exc.start, path, f"byte 0x{bad} at offset {exc.start} is not valid UTF-8"
        ) from None


def _byte_error(raw: bytes, offset: int, path: str, message: str) -> InputError:
    line = raw.count(b"\n", 0, offset) + 1
    column = offset - (raw.rfind(b"\n", 0, offset) + 1) + 1
    return InputError(path, message, "save the file as UTF-8 text", line, column)


# YAML counts these as line breaks too; editors (and people) do not.
_OTHER_BREAKS = ("\x85", "\u2028", "\u2029")
_YAML_BREAK = LazyPattern("\r\n|[\r\n\x85\u2028\u2029]")


def load_text(text: str, path: str = "<text>", limits: Limits = Limits()) -> Document:
    """Parse YAML text into a :class:`Document`."""
    if not text.isascii() and any(char in text for char in _OTHER_BREAKS):  # rare: pasted
        return _load_counting_lines_as_editors_do(text, path, limits)
    return _load_text(text, path, limits, text.splitlines())


def _load_counting_lines_as_editors_do(text: str, path: str, limits: Limits) -> Document:
    """:func:`load_text` for text holding a break YAML counts and an editor does not (U+2028
    in a comment): every position is moved to the line and column an editor shows."""
    lines = re.split(r"\r\n|\r|\n", text)
    starts: list[Pos] = [(1, 0)]  # YAML's line n starts at line l, after c characters, of ours
    line, column, i = 1, 0, 0
    while i < len(text):
        char = text[i]
        if char in "\r\n":
            i += 2 if text.startswith("\r\n", i) else 1
            line, column = line + 1, 0
            starts.append((line, 0))
            continue
        column += 1
        if char in _OTHER_BREAKS:
            starts.append((line, column))
        i += 1

    def moved(pos: Pos) -> Pos:
        ours, before = starts[min(pos[0], len(starts)) - 1]
        return ours, before + pos[1]

    try:
        doc = _load_text(text, path, limits, text.splitlines())
    except InputError as exc:
        if exc.line is None or exc.column is None:
            raise
        line, column = moved((exc.line, exc.column))
        message, hint = exc.message, exc.hint
        source = lines[line - 1] if 0 < line <= len(lines) else ""
        hidden = next((c for c in source[:column] if c in _OTHER_BREAKS), None)
        if hidden is not None:  # most likely what broke it
            message = (
                f"this line holds a {unicodedata.name(hidden, 'line break').lower()} "
                f"(U+{ord(hidden):04X}), which YAML reads as a new line though an editor shows "
                f"none; then: {message}"
            )
            hint = "remove it (it usually comes from pasted text)"
        raise error_at(path, lines, (line, column), message, hint) from None
    doc.moved = moved
    doc.lines = lines
    return doc


def _load_text(text: str, path: str, limits: Limits, lines: list[str]) -> Document:
    builder = _Builder(path, lines, limits)
    parser = _make_parser(text)
    enabled = gc.isenabled()
    gc.disable()  # the builder makes many small containers and no cycles
    try:
        # Both parsers return None after the stream's end; iter() calls them from C.
        return builder.build(iter(parser.get_event, None))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        pos = (mark.line + 1, mark.column + 1) if mark else None
        problem = exc.problem or exc.context or "invalid YAML"
        if mark and text[mark.index : mark.index + 1] == "\t":
            problem = "found a tab character"  # libyaml's message does not say which character
        message, hint = _plain_parser_message(problem)
        if (
            pos is not None
            and pos[0] <= len(lines)
            and (quoted := _QUOTED_THEN_MORE.search(lines[pos[0] - 1]))
        ):
            # `name: "Now Enrolling" banner + yard signs`: YAML ends the value at the closing
            # quote, and re-indenting would not help (V24 of the sixteenth round)
            message = "a value that starts with a quote ends at the closing quote"
            key, value = quoted.group(1).strip(), quoted.group(2) + quoted.group(3)
            # single quotes hold any text, a single quote written twice (W17 of the sixteenth
            # round's re-review: a value with both kinds had been told to swap them for ever)
            whole = "'" + value.replace("'", "''") + "'"
            hint = f"put the whole value in single quotes, any ' in it written twice: {key} {whole}"
        raise error_at(path, lines, pos, message, hint) from None
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow, at an offset
        at = exc.position  # as YAML counts lines, like every other position here
        breaks = list(_YAML_BREAK.finditer(text, 0, at))
        line, column = len(breaks) + 1, at - (breaks[-1].end() if breaks else 0) + 1
        raise error_at(
            path,
            lines,
            (line, column),
            f"a control character ({chr(exc.character)!r}) is not allowed in a profile",
            "remove it; a profile is plain text",
        ) from None
    except yaml.YAMLError as exc:
        raise InputError(path, f"invalid YAML: {exc}") from None
    finally:
        parser.dispose()
        if enabled:
            gc.enable()


def _make_parser(text: str) -> Any:
    """libyaml's parser when PyYAML has it (faster), else the pure-Python one."""
    try:
        from yaml._yaml import CParser
    except ImportError:  # PyYAML built without libyaml
        return _PyParser(text)
    return CParser(text)


class _PyParser(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser):
    """PyYAML's pure-Python parser alone: events, no composer or constructor."""

    def __init__(self, stream: str) -> None:
        yaml.reader.Reader.__init__(self, stream)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)


# Parser messages that are true but cryptic, in the words a profile's author would use.
_PLAIN_MESSAGES: tuple[tuple[str, str, str | None], ...] = (
    (
        "mapping values are not allowed",
        "a ':' appears where YAML does not expect a new key",
        "put text that contains ': ' in quotes, or check this line's indentation",
    ),
    (
        "could not find expected ':'",
        "a key is missing its ':'",
        "write 'key: value', or put text with special characters in quotes",
    ),
    (
        "did not find expected key",
        "this line does not line up with the keys above it",
        "indent it with the same number of spaces as its siblings",
    ),
    (
        "did not find expected '-' indicator",
        "this list item does not line up with the items above it",
        "start every item of a list at the same column with '- '",
    ),
    (
        "found character '\\t' that cannot start any token",
        "YAML does not allow tabs for indentation",
        "indent with spaces",
    ),
    (
        "found a tab character",
        "YAML does not allow tabs for indentation",
        "indent with spaces",
    ),
    (
        "found unexpected end of stream",
        "the file ends inside a quoted text",
        "close the quote",
    ),
    (
        "expected <block end>, but found",
        "this line does not line up with the lines above it",
        "indent it with the same number of spaces as its siblings",
    ),
    (
        "expected ',' or ']'",
        "a '[' list is not closed",
        "close it with ']' or separate items with ','",
    ),
    (
        "expected ',' or '}'",
        "a '{' mapping is not closed",
        "close it with '}' or separate items with ','",
    ),
    (
        "exceeded maximum nesting depth",  # libyaml 0.2.5+ stops on its own at 1,000 levels
        "the profile is nested too deeply",
        "a profile needs only a few levels; check the indentation and brackets",
    ),
    (
        "block sequence entries are not allowed",
        "a '- ' list item stands where a value was expected",
        "start the list on the next line, indented below its key",
    ),
    (
        "expected node content",
        "a value is missing here, or the file ends too early",
        "check for a value after ':' or '- ', and for an unclosed '[' or '{'",
    ),
    (
        "found undefined alias",
        "this alias (*name) refers to an anchor (&name) that is not defined above it",
        None,
    ),
    (
        "found unknown escape character",
        "a backslash escape in double quotes is not valid YAML",
        "use single quotes, or write the backslash as \\\\",
    ),
    (
        "found invalid Unicode character escape code",
        "a \\u escape in double quotes is not a valid character",
        None,
    ),
)


#: A value that starts with a quoted part and goes on after it on the same line: the key and
#: its colon, the quoted part, the rest.
_QUOTED_THEN_MORE = LazyPattern(
    r"^(\s*(?:-\s+)?[\w ]+:\s+)(\"[^\"]*\"|'[^']*')(\s*[^\s#].*?)\s*(?:\s#.*)?$"
)


def _plain_parser_message(problem: str) -> tuple[str, str | None]:
    for needle, message, hint in _PLAIN_MESSAGES:
        if needle in problem:
            return message, hint
    return f"invalid YAML: {problem}", None


_NO_MARK: Mark = yaml.error.Mark("", 0, 0, 0, None, 0)  # the file's start


def _mark(event: ev.Event) -> Mark:
    return event.start_mark or _NO_MARK


def _pos(event: ev.Event) -> Pos:
    mark = event.start_mark
    return (mark.line + 1, mark.column + 1) if mark else (1, 1)


class _Frame:
    """A list or mapping being filled. What an alias of it would add to the document's size
    (its ``nodes``: itself, its values, and what the aliases in it add) is counted only for
    an anchored one, at its end, from the builder's counts when it began."""

    __slots__ = ("anchor", "collections", "container", "key", "key_pos", "loc", "nodes")

    def __init__(
        self,
        container: dict[str, Any] | list[Any],
        loc: Loc,
        anchor: str | None,
        nodes: int = 0,
        collections: int = 0,
    ) -> None:
        self.container = container
        self.loc = loc
        self.anchor = anchor
        self.key: str | None = None
        self.key_pos: Mark = _NO_MARK
        self.nodes, self.collections = nodes, collections


class _Builder:
    """Turns parser events into dicts, lists, strings and ``None``, checking as it goes."""

    def __init__(self, path: str, lines: list[str], limits: Limits) -> None:
        self.path = path
        self.lines = lines
        self.limits = limits
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.aliases = 0
        self.nodes = 0  # values so far, each alias counted as what it repeats
        self.collections = 0  # lists and mappings so far
        self.doc = Document(path, None, lines)

    def fail(self, event: ev.Event, message: str, hint: str | None = None) -> InputError:
        return error_at(self.path, self.lines, _pos(event), message, hint)

    def build(self, events: Iterator[Any]) -> Document:
        # Events are dispatched on their exact type, which mypy cannot narrow; hence Any.
        stack: list[_Frame] = []
        documents = 0
        values, keys, most = self.doc.values, self.doc.keys, self.limits.max_nodes
        nodes = self.nodes  # self.nodes, kept here (and handed to _place and back) for speed
        # A place is its parent's and one more, concatenated: a third faster than unpacking the
        # parent's into a new tuple, as RUF005 would (0.3% of auditing a batch, 2026-12-05).
        scalar_event = ev.ScalarEvent
        for event in events:
            kind = type(event)
            if kind is scalar_event and stack and event.tag is None and event.anchor is None:
                # By far the most common event: a plain value or key inside a mapping or a
                # list. This is _scalar and _place written out, for speed; anything unusual
                # (an error to report) takes their path.
                value = event.value
                if value in _NULLS and event.implicit[0] and not event.style:
                    value = None
                elif not value.isascii() and _SURROGATE.search(value):
                    self._scalar(event)  # raises
                nodes += 1
                frame = stack[-1]
                if nodes > most:
                    self.nodes = nodes
                    self._place(stack, event, value, 0)  # raises
                mark = event.start_mark
                into = frame.container
                if type(into) is list:
                    item: Loc = frame.loc + (len(into),)  # noqa: RUF005 (see build)
                    values[item] = mark
                    into.append(value)
                    continue
                key = frame.key
                if key is None:
                    if value is None or value in into or value == "<<":
                        self._take_key(frame, event, value, mark)  # raises
                    frame.key, frame.key_pos = value, mark
                    continue
                loc: Loc = frame.loc + (key,)  # noqa: RUF005 (see build)
                keys[loc] = frame.key_pos
                values[loc] = mark
                into[key] = value  # type: ignore[call-overload]
                frame.key = None
            elif kind is scalar_event:
                if event.tag is not None:
                    self._check_tag(event)
                scalar = self._scalar(event)
                if event.anchor is not None:
                    self.anchors[event.anchor] = (scalar, 1)
                self.nodes = nodes
                self._place(stack, event, scalar, 1)
                nodes = self.nodes
            elif kind is ev.MappingStartEvent or kind is ev.SequenceStartEvent:
                if event.tag is not None:  # most collections have none: no call
                    self._check_tag(event)
                if len(stack) >= self.limits.max_depth:
                    raise self.fail(
                        event,
                        f"the profile is nested more than {self.limits.max_depth} levels deep",
                        "a profile needs only a few levels; check the indentation and brackets",
                    )
                container: dict[str, Any] | list[Any] = {} if kind is ev.MappingStartEvent else []
                # _child_loc and _place, written out for the common cases (a collection in a
                # list, or under a key); the root and an error to report take their path
                parent = stack[-1] if stack else None
                if parent is not None and type(into := parent.container) is list:
                    loc = parent.loc + (len(into),)  # noqa: RUF005 (see build)
                    values[loc] = event.start_mark
                    into.append(container)
                elif parent is not None and parent.key is not None:
                    loc = parent.loc + (parent.key,)  # noqa: RUF005 (see build)
                    values[loc] = event.start_mark
                    keys[loc] = parent.key_pos
                    into[parent.key] = container  # type: ignore[call-overload]
                    parent.key = None
                else:
                    loc = self._child_loc(stack, event)
                    values[loc] = event.start_mark
                    self._place(stack, event, container, 0)
                self.collections += 1
                if event.anchor is None:
                    stack.append(_Frame(container, loc, None))
                else:
                    stack.append(_Frame(container, loc, event.anchor, nodes, self.collections))
            elif kind is ev.MappingEndEvent or kind is ev.SequenceEndEvent:
                frame = stack.pop()
                if frame.anchor is not None:
                    # itself, and the values, aliases and collections placed in it
                    size = 1 + nodes - frame.nodes + self.collections - frame.collections
                    self.anchors[frame.anchor] = (frame.container, size)
            elif kind is ev.AliasEvent:
                self.nodes = nodes
                self._place(stack, event, *self._alias(stack, event))
                nodes = self.nodes
            elif kind is ev.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise self.fail(
                        event,
                        "a profile file holds one YAML document, but this starts a second one",
                        "put each profile in its own file, or remove the '---' line",
                    )
        self.nodes = nodes
        return self.doc

    def _check_tag(self, event: ev.NodeEvent) -> None:
        tag = getattr(event, "tag", None)
        if tag is not None and tag not in _ALLOWED_TAGS:
            shown = tag.replace(_CORE, "!!")
            raise self.fail(
                event,
                f"the tag {shown} is not allowed in a profile",
                "profiles hold plain text, numbers, lists and mappings; remove the tag",
            )

    def _scalar(self, event: ev.ScalarEvent) -> str | None:
        value: str = event.value
        plain = event.implicit[0] and not event.style
        if (plain and value in _NULLS) or event.tag == _CORE + "null":
            return None
        if not value.isascii() and _SURROGATE.search(value):
            raise self.fail(event, "the text contains an invalid character (a lone surrogate)")
        return value

    def _alias(self, stack: list[_Frame], event: ev.AliasEvent) -> tuple[Any, int]:
        name = event.anchor
        if any(frame.anchor == name for frame in stack):
            raise self.fail(event, f"the alias *{name} refers to a node that contains it")
        if name not in self.anchors:
            raise self.fail(event, f"the alias *{name} has no anchor &{name} above it")
        self.aliases += 1
        if self.aliases > self.limits.max_aliases:
            raise self.fail(
                event,
                f"the profile uses more than {self.limits.max_aliases} aliases",
                "write the values out; a profile has no need for that many",
            )
        return self.anchors[name]

    def _child_loc(self, stack: list[_Frame], event: ev.Event) -> Loc:
        if not stack:
            return ()
        frame = stack[-1]
        if isinstance(frame.container, list):
            return (*frame.loc, len(frame.container))
        if frame.key is None:
            raise self.fail(event, "a key must be plain text, not a list or mapping")
        return (*frame.loc, frame.key)

    def _place(self, stack: list[_Frame], event: ev.Event, value: Any, nodes: int) -> None:
        self.nodes += nodes
        if self.nodes > self.limits.max_nodes:
            raise self.fail(
                event,
                f"the profile expands to more than {self.limits.max_nodes:,} values",
                "anchors and aliases multiply values; write them out or split the file",
            )
        if not stack:
            self.doc.data = value  # the document's root (a collection is filled in later)
            self.doc.values.setdefault((), _mark(event))
            return
        frame = stack[-1]
        pos = _mark(event)
        container = frame.container
        if isinstance(container, list):
            if nodes:  # scalars and aliases; collections recorded their start already
                item: Loc = (*frame.loc, len(container))
                self.doc.values[item] = pos
            container.append(value)
            return
        if frame.key is None:
            self._take_key(frame, event, value, pos)
            return
        loc = (*frame.loc, frame.key)
        self.doc.keys[loc] = frame.key_pos
        if nodes:
            self.doc.values[loc] = pos
        container[frame.key] = value
        frame.key = None

    def _take_key(self, frame: _Frame, event: ev.Event, value: Any, pos: Mark) -> None:
        if not isinstance(value, str):
            if value is None:
                raise self.fail(event, "a key is empty", "write a name before the ':'")
            raise self.fail(event, "a key must be plain text, not a list or mapping")
        assert isinstance(frame.container, dict)
        if value in frame.container:
            duplicate: Loc = (*frame.loc, value)
            first = self.doc.at(self.doc.keys[duplicate])
            raise self.fail(
                event,
                f"duplicate key {value!r}: it is already set on line {first[0]}",
                "keep one of them; YAML would silently drop the first",
            )
        if value == "<<":
            raise self.fail(
                event, "merge keys (<<) are not supported in a profile", "write the keys out"
            )
        frame.key = value
        frame.key_pos = pos
