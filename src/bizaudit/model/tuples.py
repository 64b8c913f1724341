"""``NamedTuple`` for the project's own records, made without compiling anything per class.

``typing.NamedTuple`` makes each class with ``collections.namedtuple``, which compiles its
``__new__`` from text (``eval``), and checks each annotation, which under ``from __future__
import annotations`` compiles each field's annotation text too (``typing.ForwardRef``): about
1.1 M instructions a class. A check imports about ninety of them, a tenth of its start-up
(counted, 2026-12-07). This one makes the same classes from one compiled ``__new__`` per number
of fields, renamed for each class's fields, and keeps the annotations as written.

For mypy it *is* ``typing.NamedTuple`` (imported as such when type checking), so every class is
checked as a named tuple; at run time a class made here is a ``tuple`` subclass with the same
``_fields``, ``_field_defaults``, ``_make``, ``_replace``, ``_asdict``, ``__match_args__``,
``repr``, pickling and field access by name as one ``collections.namedtuple`` makes (a test
compares them attribute by attribute)."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from functools import cache
from operator import itemgetter
from types import CodeType, FunctionType
from typing import TYPE_CHECKING, Any, cast

from bizaudit.model import tuple_news

__all__ = ["NamedTuple", "named_tuple", "template_text"]

_tuple_new = tuple.__new__


def _property_getter(index: int, doc: str) -> property:
    return property(itemgetter(index), doc=doc)


try:  # what collections.namedtuple reads a field with, in C
    from _collections import _tuplegetter as _getter  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover (another Python than CPython)
    _getter = _property_getter

#: What a class body may not define (as typing.NamedTuple refuses it), and what it defines
#: that the class keeps from the factory instead
_PROHIBITED = frozenset(
    {"__new__", "__init__", "__slots__", "__getnewargs__", "_fields", "_field_defaults",
     "_make", "_replace", "_asdict", "_source"}
)  # fmt: skip
_SPECIAL = frozenset({"__module__", "__name__", "__annotations__"})


@cache
def _template(arity: int) -> CodeType:
    """``lambda _cls, a, b: _tuple_new(_cls, (a, b))`` for ``arity`` fields: the code is the
    same whatever the fields are called, so each class renames its parameters. The code for
    each number of fields the package's named tuples have ships compiled
    (:mod:`bizaudit.model.tuple_news`, made by ``io.precompute``: compiling one for each
    number a check meets cost 13 M instructions, 2026-12-07); any other is compiled here,
    once."""
    shipped = tuple_news.TEMPLATES.get(arity)
    if shipped is not None:
        code: CodeType = shipped.__code__
        return code
    made = eval(template_text(arity), {"_tuple_new": _tuple_new, "__builtins__": {}})
    code = made.__code__
    return code


def template_text(arity: int) -> str:
    """The template's text for ``arity`` fields (``io.precompute`` ships the same)."""
    names = ", ".join(f"_{i}" for i in range(arity)) + ("," if arity == 1 else "")
    return f"lambda _cls, {names}: _tuple_new(_cls, ({names}))"


def _new(typename: str, fields: tuple[str, ...], defaults: tuple[Any, ...]) -> FunctionType:
    code = _template(len(fields))
    if sys.version_info >= (3, 11):
        code = code.replace(
            co_varnames=("_cls", *fields), co_name="__new__", co_qualname=f"{typename}.__new__"
        )
    else:  # pragma: no cover (3.10 has no qualified name in a code object)
        code = code.replace(co_varnames=("_cls", *fields), co_name="__new__")
    made = FunctionType(code, {"_tuple_new": _tuple_new, "__builtins__": {}}, "__new__")
    made.__qualname__ = f"{typename}.__new__"
    if defaults:
        made.__defaults__ = defaults
    return made


def named_tuple(
    typename: str, fields: Iterable[str], defaults: Iterable[Any] = (), module: str | None = None
) -> type[tuple[Any, ...]]:
    """A ``collections.namedtuple`` class, made without compiling (``defaults``: of the last
    fields, as there)."""
    names = tuple(map(sys.intern, fields))
    for name in names:
        if not name.isidentifier() or name.startswith("_"):
            raise ValueError(f"a field's name must be an identifier not starting with _: {name!r}")
    if len(set(names)) != len(names):
        raise ValueError(f"a field is named twice in {typename}")
    given = tuple(defaults)
    if len(given) > len(names):
        raise TypeError("more defaults than fields")
    count = len(names)
    arg_list = ", ".join(names)
    repr_fmt = "(" + ", ".join(f"{name}=%r" for name in names) + ")"

    def _make(cls: type[Any], iterable: Iterable[Any]) -> Any:
        result = _tuple_new(cls, iterable)
        if len(result) != count:
            raise TypeError(f"Expected {count} arguments, got {len(result)}")
        return result

    def _replace(self: Any, /, **kwds: Any) -> Any:
        result = self._make(map(kwds.pop, names, self))
        if kwds:
            raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
        return result

    def __repr__(self: tuple[Any, ...]) -> str:
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self: Any) -> dict[str, Any]:
        return dict(zip(self._fields, self, strict=True))

    def __getnewargs__(self: Any) -> tuple[Any, ...]:
        return tuple(self)

    __new__ = _new(typename, names, given)
    __new__.__doc__ = f"Create new instance of {typename}({arg_list})"
    for method in (_make, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = f"{typename}.{method.__name__}"
    namespace: dict[str, Any] = {
        "__doc__": f"{typename}({arg_list})",
        "__slots__": (),
        "_fields": names,
        "_field_defaults": dict(zip(names[count - len(given) :], given, strict=True)),
        "__new__": __new__,
        "_make": classmethod(_make),
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__match_args__": names,
    }
    for index, name in enumerate(names):
        namespace[name] = _getter(index, sys.intern(f"Alias for field number {index}"))
    made = type(typename, (tuple,), namespace)
    if module is not None:
        made.__module__ = module
    return made


class _Maker(type):
    """The metaclass of the class ``NamedTuple`` stands for: a class body with annotated
    fields becomes a named tuple class, its methods and docstring kept (as typing's does)."""

    def __new__(
        mcls, typename: str, bases: tuple[type, ...], ns: dict[str, Any]
    ) -> type[tuple[Any, ...]]:
        if not bases:  # the base itself
            return cast("type[tuple[Any, ...]]", super().__new__(mcls, typename, bases, ns))
        if bases != (_Base,):
            raise TypeError("a NamedTuple class can only inherit from NamedTuple")
        annotations: dict[str, Any] = ns.get("__annotations__", {})
        defaults = [name for name in annotations if name in ns]
        if defaults and defaults != list(annotations)[-len(defaults) :]:
            raise TypeError(f"in {typename}, a field without a default follows one with a default")
        made = named_tuple(
            typename, annotations, [ns[name] for name in defaults], ns.get("__module__")
        )
        made.__annotations__ = dict(annotations)
        for key, value in ns.items():
            if key in _PROHIBITED:
                raise AttributeError(f"Cannot overwrite NamedTuple attribute {key}")
            if key not in _SPECIAL and key not in made._fields:  # type: ignore[attr-defined]
                setattr(made, key, value)
        return made


class _Base(metaclass=_Maker):
    pass


if TYPE_CHECKING:
    from typing import NamedTuple as NamedTuple
else:
    NamedTuple = _Base
