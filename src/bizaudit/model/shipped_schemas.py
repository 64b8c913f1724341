"""The core schemas of the profile's parts, shipped built: ``data/profile-schemas.pickle``.

Pydantic builds a validator from a class's annotations in two steps: it generates a core schema
in Python (the dear part: about 150 M instructions for the profile's twelve parts, more than
the rest of a small audit's start-up above its floor) and compiles it in Rust (cheap). The
generated schemas are the same at every run, so ``python -m bizaudit.io.precompute`` writes
them to a file, and :mod:`bizaudit.model.profile` defers Pydantic's build while that file is
fresh and compiles the shipped schemas instead.

Fresh means made from the same source files (``_SOURCES``, by their CRC-32 and length) with the
same Pydantic and pydantic-core: anything else, and each class is built by Pydantic as usual,
so no answer ever depends on the file, only the start-up's cost. A test holds the shipped file
to what Pydantic generates now and names the command that makes it again.

A schema holds references to the validators and classes it calls (``bizaudit.model.profile``'s
own functions, ``decimal.Decimal``...), so it is pickled. It is read back by an unpickler that
resolves names only from the modules a schema is made of: a check that the file holds schemas,
not a security boundary (the file ships inside the package and is trusted as its code is)."""

from __future__ import annotations

import io
import sys
import zlib
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from typing import Any

import pydantic
import pydantic_core

try:  # the unpickler itself, without pickle.py's Python side (4.4 M instructions, 2026-12-07)
    from _pickle import Unpickler, UnpicklingError
except ImportError:  # pragma: no cover (another Python than CPython)
    from pickle import Unpickler, UnpicklingError

__all__ = [
    "FILE",
    "dumps",
    "install",
    "loads",
    "made_with",
    "same",
    "shipped",
    "shown",
    "source_digest",
]

FILE = "data/profile-schemas.pickle"

#: The modules whose code the schemas are generated from
_SOURCES = ("model/profile.py", "model/amounts.py", "model/vocab.py", "model/lazy.py")

#: The only modules a shipped schema may name objects from
_ALLOWED = frozenset(
    {
        "bizaudit.model.profile",
        "bizaudit.model.amounts",
        "bizaudit.model.vocab",
        "bizaudit.model.lazy",
        "builtins",
        "copyreg",
        "decimal",
        "functools",
        "re",
        "pydantic.functional_validators",
        "pydantic.json_schema",
        "pydantic._internal._generate_schema",
        "pydantic._internal._validators",
        "pydantic._internal._std_types_schema",
        "pydantic._internal._decorators",
        "pydantic._internal._core_metadata",
        "pydantic._internal._fields",
        "pydantic.fields",
        "pydantic_core._pydantic_core",
        "pydantic_core.core_schema",
    }
)


def source_digest() -> str | None:
    """What a shipped file must have been made from: the sources' CRC-32 and length, and the
    versions of Python, Pydantic and pydantic-core; None when a source cannot be read (an
    install without its ``.py`` files), when Pydantic builds as usual."""
    package = resources.files("bizaudit")
    crc, size = 0, 0
    try:
        for name in _SOURCES:
            data = package.joinpath(name).read_bytes()
            crc, size = zlib.crc32(data, crc), size + len(data)
    except OSError:
        return None
    python = "{}.{}".format(*sys.version_info[:2])
    return (
        f"crc32:{crc:08x}:{size} python:{python} pydantic:{pydantic.VERSION} "
        f"pydantic-core:{pydantic_core.__version__}"
    )


def made_with() -> tuple[str, str] | None:
    """What the shipped file was made from, as its first line says: the sources' CRC-32 and
    length, and the versions of Python, Pydantic and pydantic-core; None without a file.

    An install that resolves another Pydantic than the one the file was made with (a fresh
    environment takes the newest release) builds every part as usual: the same answers, at
    the start-up cost the file saves."""
    try:
        text = resources.files("bizaudit").joinpath(FILE).read_bytes()
    except (OSError, ValueError):
        return None
    sources, _, versions = text.partition(b"\n")[0].decode("ascii", "replace").partition(" ")
    return sources, versions


@cache
def shipped() -> bytes | None:
    """The shipped file's schemas (pickled), or None when it is missing or was made from other
    sources or versions."""
    try:
        text = resources.files("bizaudit").joinpath(FILE).read_bytes()
    except (OSError, ValueError):
        return None
    head, _, body = text.partition(b"\n")
    digest = source_digest()
    return body if digest is not None and head.decode("ascii", "replace") == digest else None


def dumps(classes: Iterable[type[Any]]) -> bytes:
    """The file's content for these built classes: the digest line, then their core schemas
    and configurations by class name, pickled."""
    table = {cls.__name__: (cls.__pydantic_core_schema__, _core_config(cls)) for cls in classes}
    digest = source_digest()
    if digest is None:
        raise RuntimeError("the profile's sources cannot be read: nothing to make the file from")
    import pickle

    return digest.encode("ascii") + b"\n" + pickle.dumps(_named(table, {}), protocol=5)


def _core_config(cls: type[Any]) -> pydantic_core.CoreConfig:
    from pydantic._internal._config import ConfigWrapper

    # a dataclass's configuration, or a model's
    config = cls.__dict__.get("__pydantic_config__") or cls.__dict__["model_config"]
    return ConfigWrapper(config, check=False).core_config(title=cls.__name__)


class _Unpickler(Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if module == "sys" and name == "intern":  # a name, read back interned (_Name)
            return sys.intern
        if module not in _ALLOWED:
            raise UnpicklingError(f"a shipped schema names {module}.{name}")
        return super().find_class(module, name)


def loads(body: bytes) -> dict[str, tuple[Any, Any]]:
    """The schemas and configurations by class name, from a shipped file's body."""
    table: dict[str, tuple[Any, Any]] = _Unpickler(io.BytesIO(body)).load()
    return table


class _Name(str):
    """A name in a schema, pickled to be read back interned, as the names in Python's own code
    are. Pydantic-core fills a part's ``__dict__`` with the field names its schema holds, and
    every read of a field (``activity.spend``) looks its name up there: with a name read back
    as a copy, each lookup compared the two names' text instead of their identity (1.8% of
    auditing a batch, counted, 2026-12-07). Interned as it is read, in C: a pass interning
    every name after reading cost 12 M instructions at every start."""

    __slots__ = ()

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        return sys.intern, (str(self),)


def _named(value: Any, names: dict[str, _Name]) -> Any:
    """``value`` with every identifier in it (a field's name, a key) a :class:`_Name`, one
    object for each (pickled once, then referred to)."""
    if type(value) is str:
        return names.setdefault(value, _Name(value)) if value.isidentifier() else value
    if type(value) is dict:
        return {_named(key, names): _named(item, names) for key, item in value.items()}
    if type(value) is list:
        return [_named(item, names) for item in value]
    if type(value) is tuple:
        return tuple(_named(item, names) for item in value)
    return value


def shown(body: bytes) -> str:
    """A file's schemas as text, without what differs between two processes making the same
    file: objects' addresses, and the ids Pydantic puts in its definitions' names (what
    :func:`same` and the tests compare)."""
    import pprint
    import re

    text = pprint.pformat(loads(body), width=200)
    return re.sub(r" at 0x[0-9a-f]+|(?<=:)\d{5,}(?=')", "", text)


def same(old: bytes, new: bytes) -> bool:
    """Whether two files hold the same schemas made from the same sources: the bytes differ
    from one making to the next (the ids in the definitions' names, the order of sets), so
    ``io.precompute`` writes the file only when this is false."""
    old_head, _, old_body = old.partition(b"\n")
    new_head, _, new_body = new.partition(b"\n")
    try:
        return old_head == new_head and shown(old_body) == shown(new_body)
    except Exception:  # an unreadable old file is not the same
        return False


def install(namespace: Mapping[str, Any], body: bytes) -> bool:
    """Give each class of ``namespace`` its validator (and serialiser) compiled from the
    shipped schema, as Pydantic would have from the one it generates; False, with nothing
    changed, when the file cannot be read back."""
    try:
        table = loads(body)
        built = [
            (
                namespace[name],
                schema,
                pydantic_core.SchemaValidator(schema, config),
                pydantic_core.SchemaSerializer(schema, config),
            )
            for name, (schema, config) in table.items()
        ]
    except Exception:  # any failure: Pydantic builds them as usual
        return False
    for cls, schema, validator, serializer in built:
        cls.__pydantic_core_schema__ = schema
        cls.__pydantic_validator__ = validator
        cls.__pydantic_serializer__ = serializer
        cls.__pydantic_complete__ = True
    return True
