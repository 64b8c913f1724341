"""The records' ``__init__`` ship compiled with the package (``model/record_inits.py``, made by
``io.precompute``), not compiled by the dataclass at every start-up (the 21 records of a
report cost 22 M instructions, 2026-12-07). These tests hold the module to the records as
they are, each shipped ``__init__`` to what the dataclass would make (the same parameters,
defaults and errors), and hold that a record whose fields changed falls back to the
dataclass's own."""

from __future__ import annotations

import dataclasses
import inspect
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bizaudit.io.precompute import package_patterns
from bizaudit.model import record_inits, records, report
from bizaudit.model.records import RECORDS, record

FIX = "run: python -m bizaudit.io.precompute"
SHIPPED = Path(record_inits.__file__)
SHIPPED_CODE = record_inits.__file__  # where a shipped __init__'s code says it was compiled


def _records() -> list[type[Any]]:
    package_patterns()  # imports every module, so every record of the package is made
    return [cls for cls in RECORDS if cls.__module__.startswith("bizaudit.")]


def _twin(cls: type[Any]) -> type[Any]:
    """The same fields, made by the dataclass with the ``__init__`` it compiles."""
    namespace: dict[str, Any] = {"__annotations__": dict(inspect.get_annotations(cls))}
    for each in dataclasses.fields(cls):
        if each.default_factory is not dataclasses.MISSING:
            namespace[each.name] = dataclasses.field(default_factory=each.default_factory)
        elif each.default is not dataclasses.MISSING:
            namespace[each.name] = each.default
    made = type(cls.__name__, (), namespace)
    made.__qualname__ = cls.__qualname__
    return dataclasses.dataclass(kw_only=True, eq=False, repr=False)(made)


def _parameters(init: Any, factory: object) -> list[tuple[str, Any, object]]:
    return [
        (p.name, p.kind, "factory" if p.default is factory else p.default)
        for p in inspect.signature(init).parameters.values()
    ]


def test_the_shipped_inits_are_made_from_the_records_as_they_are() -> None:
    """In a fresh process (a test's own records would be counted in this one)."""
    fresh = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from bizaudit.io.precompute import record_inits_text; "
            "sys.stdout.write(record_inits_text())",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert fresh == SHIPPED.read_text(encoding="utf-8"), FIX


def test_every_record_of_the_package_uses_its_shipped_init() -> None:
    made = _records()
    assert len(made) >= 21  # the report's records, the diff's and the plan's
    compiled_again = [
        cls.__qualname__ for cls in made if cls.__init__.__code__.co_filename != SHIPPED_CODE
    ]
    assert not compiled_again, f"{compiled_again}: {FIX}"


def test_a_shipped_init_takes_what_the_dataclass_would() -> None:
    """The same keyword-only parameters in the same order with the same defaults (a factory's
    marker for a factory's), the same name in errors, a fresh value from each factory."""
    factory_marker = dataclasses._HAS_DEFAULT_FACTORY  # type: ignore[attr-defined]
    for cls in _records():
        twin = _twin(cls)
        ours = _parameters(cls.__init__, record_inits.FACTORY)
        theirs = _parameters(twin.__init__, factory_marker)
        assert ours == theirs, cls.__qualname__
        assert cls.__init__.__qualname__ == f"{cls.__qualname__}.__init__"
        required = [name for name, _, default in ours[1:] if default is inspect.Parameter.empty]
        given = dict.fromkeys(required, 1)
        one, other = cls(**given), cls(**given)
        for each in dataclasses.fields(cls):
            value = getattr(one, each.name)
            if each.default_factory is not dataclasses.MISSING:
                fresh = each.default_factory()
                assert type(value) is type(fresh)
                if not dataclasses.is_dataclass(fresh):  # a record is equal only to itself
                    assert value == fresh
                assert value is not getattr(other, each.name)  # a new one each time
            elif each.default is not dataclasses.MISSING:
                assert value is each.default
            else:
                assert value == 1
        if required:
            with pytest.raises(TypeError, match=rf"{cls.__qualname__}.__init__\(\) missing"):
                cls(**dict(list(given.items())[1:]))
        with pytest.raises(TypeError, match="unexpected keyword argument 'nothing'"):
            cls(**given, nothing=1)


def test_a_given_value_replaces_a_factorys() -> None:
    given: list[report.InputErrorOut] = []
    made = report.Report(passed=True, profiles=[], errors=given)
    assert made.errors is given


def test_a_record_whose_fields_changed_compiles_its_own_init(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A shipped ``__init__`` made for other fields (the module not made again after a record
    changed) is not used: the dataclass compiles the class's own, so no record depends on the
    module being current, only the start-up's cost."""

    def stale(self: Any, *, a: Any) -> None:
        self.a = a

    monkeypatch.setattr(records, "RECORDS", [])
    monkeypatch.setitem(record_inits.INITS, "test_record_inits.Thing", (stale, ("a",), ()))

    @record
    class Thing:
        a: int
        b: list[int] = dataclasses.field(default_factory=list)

    made = Thing(a=1)
    assert (made.a, made.b) == (1, [])
    assert Thing.__init__.__code__.co_filename != SHIPPED_CODE
    assert [Thing] == records.RECORDS
