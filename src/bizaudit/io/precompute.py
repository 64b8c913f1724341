"""Make ``data/vocabulary-compiled.marshal``: the vocabulary file parsed and the classifier's
tables compiled, so that a start-up reads one file instead (see
:mod:`bizaudit.model.vocabulary`); and ``data/verticals-compiled.json``, the verticals' TOML
file parsed (see :mod:`bizaudit.model.verticals`); and ``data/profile-schemas.pickle``, the
core schemas of the profile's parts (see :mod:`bizaudit.model.shipped_schemas`); and
``data/patterns.marshal``, the package's regular expressions compiled (see
:mod:`bizaudit.model.shipped_patterns`). Run after editing the vocabulary, the verticals' data,
the classifier's terms, the profile's models or a pattern, or after upgrading Python or
Pydantic::

    python -m bizaudit.io.precompute

A test fails, naming this command, while a shipped file is out of date; until it is made
again the data is read from its TOML file, so answers never depend on it."""

from __future__ import annotations

import dataclasses
import gc
import importlib
import json
import pkgutil
import sys
import typing
from pathlib import Path
from typing import Any

import bizaudit
from bizaudit.core.channels import channel_keys
from bizaudit.core.classify import compile_tables, starts, table_rows, terms_digest
from bizaudit.io.output import write
from bizaudit.model import (
    profile,
    records,
    shipped_patterns,
    shipped_schemas,
    verticals,
    vocabulary,
)
from bizaudit.model.lazy import LazyPattern
from bizaudit.model.tuples import template_text
from bizaudit.model.vocabulary import COMPILED, COMPILED_AWAY, parse_source, source_digest

__all__ = [
    "compiled_bytes",
    "compiled_content",
    "main",
    "package_patterns",
    "patterns_bytes",
    "schemas_bytes",
    "verticals_text",
]


def compiled_content() -> dict[str, Any]:
    """What the compiled vocabulary file holds: the TOML file's tables a run reads as data, the
    channels' keys and the classifier's tables (with the first words of their phrases), each
    text interned, so that the file holds a word once and a start-up makes it once."""
    source = parse_source()  # never the compiled file this replaces
    activities, sources = compile_tables(source)
    data = {key: table for key, table in source.items() if key not in COMPILED_AWAY}
    about = (
        "Made by python -m bizaudit.io.precompute from data/vocabulary-verticals.toml and the "
        "terms in bizaudit/core/classify.py; do not edit (edit those and run it again)."
    )
    content = {
        "about": about,
        "source": source_digest(),
        "terms": terms_digest(),
        "data": data,
        "channel_keys": channel_keys(data["channels"]),
        "activities": table_rows(activities),
        "sources": table_rows(sources),
        "activity_starts": starts(activities),
        "source_starts": starts(sources),
    }
    return typing.cast("dict[str, Any]", _interned(content))


def _interned(value: object) -> object:
    if isinstance(value, str):
        return sys.intern(value)
    if isinstance(value, dict):
        return {_interned(key): _interned(item) for key, item in value.items()}
    if isinstance(value, (list, tuple, frozenset)):
        return type(value)(_interned(item) for item in value)
    return value


def compiled_bytes() -> bytes:
    """The compiled vocabulary file, made from the vocabulary and the terms as they are now."""
    return vocabulary.compiled_bytes(compiled_content())


def verticals_text() -> str:
    """The verticals' compiled file: the TOML file's ``verticals`` table as JSON, one line a
    field (so a change reads as a small diff), and the digest of the file it was made from."""
    about = (
        "Made by python -m bizaudit.io.precompute from data/verticals.toml; do not edit (edit "
        "that file and run it again)."
    )
    head = {"about": about, "source": verticals.source_digest()}
    rows = json.dumps(verticals.parse_source(), ensure_ascii=False, indent=1)
    return (
        "{\n"
        + "".join(f" {json.dumps(key)}: {json.dumps(value)},\n" for key, value in head.items())
        + f' "verticals": {rows}\n}}\n'
    )


def schemas_bytes() -> bytes:
    """The profile's parts' core schemas as Pydantic generates them now (never the shipped
    ones this replaces)."""
    profile.build_parts()
    return shipped_schemas.dumps(profile.PARTS)


def package_patterns() -> set[tuple[str, int]]:
    """Every ``LazyPattern`` of the package, as ``(text, flags)``: each module is imported
    (but ``__main__``, which would run the command line) and the patterns are found among the
    live objects, wherever a module keeps them."""
    for module in pkgutil.walk_packages(bizaudit.__path__, "bizaudit."):
        if not module.name.endswith(".__main__"):
            importlib.import_module(module.name)
    return {
        (found.pattern, int(found.flags))
        for found in gc.get_objects()
        if isinstance(found, LazyPattern)
    }


#: The records' ``__init__`` module, beside the data files' folder
RECORD_INITS = "model/record_inits.py"


def record_inits_text() -> str:
    """``model/record_inits.py``: an ``__init__`` for every record of the package (each module
    is imported, as for the patterns), as the dataclass would compile it: keyword arguments,
    set in order, a field a factory makes given a new value when left out (the factory is
    found under the field's name, ``_name``, where :mod:`bizaudit.model.records` puts it)."""
    package_patterns()  # imports every module, so every record is made
    lines = [
        '"""Made by python -m bizaudit.io.precompute from the records '
        "(bizaudit.model.records.record);",
        'do not edit (edit the records and run it again)."""',
        "",
        "from typing import Any",
        "",
        "#: What a field a factory makes defaults to, replaced by a new value",
        "FACTORY: Any = object()",
    ]
    entries = []
    for cls in records.RECORDS:
        key = records.key(cls)
        name = key.replace(".", "__")
        parts = dataclasses.fields(cls)
        body = [
            f"    self.{part.name} = {part.name}"
            if part.default_factory is dataclasses.MISSING
            else f"    self.{part.name} = _{part.name}() if {part.name} is FACTORY else {part.name}"
            for part in parts
        ]
        arguments = "".join(f", {part.name}" for part in parts)
        lines += ["", "", f"def {name}(self, *{arguments}):", *(body or ["    pass"])]
        names = tuple(part.name for part in parts)
        factories = tuple(p.name for p in parts if p.default_factory is not dataclasses.MISSING)
        entries.append(f"    {key!r}: ({name}, {names!r}, {factories!r}),")
    lines += ["", "", "INITS: dict[str, Any] = {", *entries, "}", ""]
    return "\n".join(lines)


#: The named tuples' ``__new__`` templates' module
TUPLE_NEWS = "model/tuple_news.py"


def tuple_news_text() -> str:
    """``model/tuple_news.py``: the template of a named tuple's ``__new__``
    (:func:`bizaudit.model.tuples.template_text`) for each number of fields the package's named
    tuples have (each module is imported, as for the patterns), compiled with the package."""
    package_patterns()
    arities = sorted(
        {
            len(getattr(found, "_fields", ()))
            for found in gc.get_objects()
            if isinstance(found, type)
            and issubclass(found, tuple)
            and found.__module__.startswith("bizaudit.")
            and isinstance(getattr(found, "_fields", None), tuple)
        }
    )
    lines = [
        '"""Made by python -m bizaudit.io.precompute (bizaudit.model.tuples.template_text, for',
        'each number of fields the package\'s named tuples have); do not edit (run it again)."""',
        "",
        "from typing import Any",
        "",
        "TEMPLATES: dict[int, Any] = {",
        *(f"    {arity}: {template_text(arity)}," for arity in arities),
        "}",
        "",
    ]
    return "\n".join(lines)


def patterns_bytes() -> bytes:
    """The shipped patterns' file, made from the patterns the package has now."""
    return shipped_patterns.dumps(package_patterns())


def main() -> None:
    folder = Path(__file__).resolve().parent.parent
    made: list[tuple[str, str | bytes]] = [
        (COMPILED, compiled_bytes()),
        (verticals.COMPILED, verticals_text()),
        (shipped_schemas.FILE, schemas_bytes()),
        (shipped_patterns.FILE, patterns_bytes()),
        (RECORD_INITS, record_inits_text()),
        (TUPLE_NEWS, tuple_news_text()),
    ]
    for name, text in made:
        path = folder / name
        if (
            name == shipped_schemas.FILE
            and path.exists()
            and shipped_schemas.same(path.read_bytes(), typing.cast(bytes, text))
        ):
            print(f"kept {path} (the same schemas)")
            continue
        write(path, text)
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
