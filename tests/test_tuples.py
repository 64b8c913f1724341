"""``bizaudit.model.tuples.NamedTuple`` makes the same classes as ``typing.NamedTuple``, without
compiling per class: compared here attribute by attribute, instance by instance."""

from __future__ import annotations

import copy
import pickle
import re
import typing
from decimal import Decimal
from pathlib import Path

import pytest

from bizaudit.model.tuples import NamedTuple, named_tuple


class Ours(NamedTuple):
    """A line and its figures."""

    name: str
    spend: Decimal
    share: Decimal | None = None
    note: str = "none"

    def doubled(self) -> Decimal:
        return self.spend * 2

    @property
    def shown(self) -> str:
        return f"{self.name}: {self.spend}"


class Theirs(typing.NamedTuple):
    """A line and its figures."""

    name: str
    spend: Decimal
    share: Decimal | None = None
    note: str = "none"

    def doubled(self) -> Decimal:
        return self.spend * 2

    @property
    def shown(self) -> str:
        return f"{self.name}: {self.spend}"


class One(NamedTuple):
    only: int


def test_the_class_is_typings() -> None:
    assert issubclass(Ours, tuple)
    assert Ours.__mro__[1:] == Theirs.__mro__[1:] == (tuple, object)
    for attribute in ("_fields", "_field_defaults", "__match_args__", "__slots__", "__doc__"):
        assert getattr(Ours, attribute) == getattr(Theirs, attribute), attribute
    assert Ours.__qualname__ == "Ours"
    assert Ours.__module__ == __name__
    assert Ours.__new__.__qualname__ == "Ours.__new__"
    assert Ours.__new__.__defaults__ == Theirs.__new__.__defaults__ == (None, "none")
    # the annotations as written (typing's are ForwardRefs of the same text)
    assert Ours.__annotations__ == {
        "name": "str",
        "spend": "Decimal",
        "share": "Decimal | None",
        "note": "str",
    }
    assert typing.get_type_hints(Ours) == {
        "name": str,
        "spend": Decimal,
        "share": Decimal | None,
        "note": str,
    }
    assert Ours.name.__doc__ == Theirs.name.__doc__ == "Alias for field number 0"


def test_instances_behave_as_typings() -> None:
    ours, theirs = Ours("Flyers", Decimal(5)), Theirs("Flyers", Decimal(5))
    assert tuple(ours) == tuple(theirs) == ("Flyers", Decimal(5), None, "none")
    assert tuple(ours) == tuple(theirs)  # the same values
    assert repr(ours) == repr(theirs).replace("Theirs", "Ours")
    assert ours.spend == ours[1] == Decimal(5)
    assert tuple(ours._replace(note="x")) == tuple(theirs._replace(note="x"))
    assert ours._asdict() == theirs._asdict()
    assert Ours._make(["a", Decimal(1), None, "b"]) == ("a", Decimal(1), None, "b")
    assert ours.doubled() == Decimal(10)
    assert ours.shown == "Flyers: 5"
    assert Ours(name="a", spend=Decimal(1), note="n") == ("a", Decimal(1), None, "n")
    assert pickle.loads(pickle.dumps(ours)) == ours
    assert type(pickle.loads(pickle.dumps(ours))) is Ours
    assert copy.copy(ours) == ours
    assert hash(ours) == hash(theirs)
    match ours:
        case Ours(name, spend):
            assert (name, spend) == ("Flyers", Decimal(5))
        case _:
            pytest.fail("a positional pattern did not match")
    assert One(1) == (1,)
    assert One._make([2]).only == 2


def test_what_a_named_tuple_refuses() -> None:
    with pytest.raises(TypeError):
        Ours("a")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Ours("a", Decimal(1), None, "n", "extra")  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="unexpected field names"):
        Ours("a", Decimal(1))._replace(other=1)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="Expected 4 arguments"):
        Ours._make(["a"])
    with pytest.raises(AttributeError):
        Ours("a", Decimal(1)).name = "b"  # type: ignore[misc]
    with pytest.raises(TypeError, match="without a default follows"):
        named_tuple_class_with_a_gap()
    with pytest.raises(AttributeError, match="_replace"):
        named_tuple_class_overwriting_replace()
    with pytest.raises(ValueError, match="identifier"):
        named_tuple("Bad", ["_hidden"])
    with pytest.raises(ValueError, match="named twice"):
        named_tuple("Bad", ["a", "a"])


def named_tuple_class_with_a_gap() -> type:
    class Gap(NamedTuple):
        first: int = 0
        second: int  # type: ignore[misc]

    return Gap


def named_tuple_class_overwriting_replace() -> type:
    class Overwrites(NamedTuple):
        first: int

        def _replace(self) -> None:  # type: ignore[misc]
            pass

    return Overwrites


def test_no_module_uses_typings_named_tuple() -> None:
    """Every record of ours is made by model.tuples (typing's compiles each class: about
    1.1 M instructions, 90 of them a tenth of a check's start-up)."""
    source = Path(__file__).parent.parent / "src" / "bizaudit"
    typings = re.compile(r"^from typing import [^\n]*\bNamedTuple\b|\btyping\.NamedTuple\b", re.M)
    users = [
        str(path.relative_to(source))
        for path in source.rglob("*.py")
        if path.name != "tuples.py" and typings.search(path.read_text("utf-8"))
    ]
    assert users == [], "import NamedTuple from bizaudit.model.tuples"
    assert typings.search("from typing import Literal, NamedTuple\n")  # what it looks for


def test_the_shipped_templates_are_made_for_the_package_as_it_is() -> None:
    """``model/tuple_news.py`` holds a template for each number of fields the package's named
    tuples have, as ``io.precompute`` makes it now (in a fresh process: this one's test
    classes would count), else a check compiles them again: run python -m
    bizaudit.io.precompute."""
    import subprocess
    import sys

    from bizaudit.model import tuple_news

    fresh = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from bizaudit.io.precompute import tuple_news_text; "
            "sys.stdout.write(tuple_news_text())",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert fresh == Path(tuple_news.__file__).read_text(encoding="utf-8")


def test_a_shipped_template_is_the_code_compiled_from_its_text() -> None:
    """The same instructions, names and constants as the template compiled here, for every
    number of fields shipped; a number not shipped is compiled from the same text."""
    from bizaudit.model import tuple_news, tuples

    assert len(tuple_news.TEMPLATES) > 10
    for arity, shipped in tuple_news.TEMPLATES.items():
        compiled = eval(tuples.template_text(arity), {"_tuple_new": tuple.__new__}).__code__
        ours = shipped.__code__
        assert ours is tuples._template(arity)
        assert (ours.co_code, ours.co_varnames, ours.co_names, ours.co_consts) == (
            compiled.co_code,
            compiled.co_varnames,
            compiled.co_names,
            compiled.co_consts,
        ), arity
    wide = named_tuple("Wide", [f"f{i}" for i in range(200)])
    assert wide(*range(200))[199] == 199
    assert wide.__new__.__code__.co_varnames[-1] == "f199"
