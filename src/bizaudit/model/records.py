"""``record``: an immutable keyword dataclass, made cheaply. The report's parts (and the diff's,
the plan's, a run's options) are records: built once, read, written as JSON.

Each generated method of a dataclass is compiled from text when its class is made, and a check
makes dozens of classes, so a record generates none it can do without: no frozen
``__setattr__`` (immutable for mypy only, through ``dataclass_transform``), no ``__eq__`` (an
identity, as an object's), one ``repr`` for all. Its ``__init__`` is shipped compiled with the
package (:mod:`bizaudit.model.record_inits`, written by ``python -m bizaudit.io.precompute``)
and used while it takes the class's fields (their names, in order, and which a factory makes);
otherwise the dataclass compiles its own, so no record depends on that module being current
(the 21 records of a report cost 22 M instructions to compile, 2026-12-07)."""

from __future__ import annotations

import inspect
import sys
from collections.abc import Callable
from dataclasses import MISSING, dataclass, fields
from dataclasses import Field as DataclassField
from types import FunctionType
from typing import Any, TypeVar

from typing_extensions import dataclass_transform

from bizaudit.model import record_inits

__all__ = ["RECORDS", "record", "shape"]

_T = TypeVar("_T")

#: Every record class, in the order made (``io.precompute`` writes their ``__init__`` from it)
RECORDS: list[type[Any]] = []

#: A record's fields as its ``__init__`` takes them: their names in order, and those a factory
#: makes
Shape = tuple[tuple[str, ...], tuple[str, ...]]


@dataclass_transform(frozen_default=True, kw_only_default=True)
def record(cls: type[_T]) -> type[_T]:
    """A dataclass with keyword fields, immutable as far as mypy is concerned (see the
    module's docstring for what it does not generate, and why)."""
    shipped = record_inits.INITS.get(key(cls))
    fits = shipped is not None and shipped[1:] == shape(cls)
    made = dataclass(kw_only=True, eq=False, repr=False, init=not fits)(cls)
    if shipped is not None and fits:
        made.__init__ = _init(made, shipped[0])  # type: ignore[method-assign]
    if "__repr__" not in cls.__dict__:
        made.__repr__ = _record_repr  # type: ignore[method-assign]
    RECORDS.append(made)
    return made


def key(cls: type[Any]) -> str:
    """Where :mod:`bizaudit.model.record_inits` files a record: its module's last name and its
    own (``report.Finding``, ``checker.Options``)."""
    return f"{cls.__module__.rpartition('.')[2]}.{cls.__qualname__}"


def shape(cls: type[Any]) -> Shape:
    """A class's fields as its ``__init__`` takes them, read before it is a dataclass."""
    names = tuple(inspect.get_annotations(cls))
    factories = tuple(
        name
        for name in names
        if isinstance(given := cls.__dict__.get(name), DataclassField)
        and given.default_factory is not MISSING
    )
    return names, factories


def _init(cls: type[Any], shipped: Callable[..., None]) -> Callable[..., None]:
    """The shipped ``__init__`` as the class's own: its name, the fields' defaults, and its
    factories (a field a factory makes defaults to the marker the code replaces by a new value,
    made by the factory the code finds under the field's name)."""
    code = shipped.__code__
    if sys.version_info >= (3, 11):
        code = code.replace(co_name="__init__", co_qualname=f"{cls.__qualname__}.__init__")
    else:  # pragma: no cover (3.10 has no qualified name in a code object)
        code = code.replace(co_name="__init__")
    parts = fields(cls)
    known: dict[str, Any] = {"FACTORY": record_inits.FACTORY, "__builtins__": {}}
    known.update(
        (f"_{each.name}", each.default_factory)
        for each in parts
        if each.default_factory is not MISSING
    )
    made = FunctionType(code, known, "__init__")
    made.__qualname__ = f"{cls.__qualname__}.__init__"
    made.__module__ = cls.__module__
    made.__kwdefaults__ = {
        each.name: record_inits.FACTORY if each.default is MISSING else each.default
        for each in parts
        if each.default is not MISSING or each.default_factory is not MISSING
    } or None
    return made


def _record_repr(self: Any) -> str:
    shown = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in fields(self))
    return f"{type(self).__qualname__}({shown})"
