"""The profile's parts' core schemas ship built (``data/profile-schemas.pickle``): start-up
compiles them instead of having Pydantic generate them (about 80 M instructions of a small
audit's 1,310 M, counted in the bench's start-up, 2026-12-07). These tests hold the file to
what Pydantic generates now, and hold that no answer depends on it: stale, missing or
unreadable, every part is built as usual."""

from __future__ import annotations

import pickle
import subprocess
import sys
import textwrap
from decimal import Decimal
from pathlib import Path

import pytest

from bizaudit.model import profile, shipped_schemas

FIX = "run: python -m bizaudit.io.precompute"


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


@pytest.fixture
def usable_here() -> None:
    """The shipped file, made from the profile's sources as they are now (else this fails
    until it is made again), with the Python, Pydantic and pydantic-core installed here (else
    the test is skipped, saying why: a fresh environment may resolve a newer Pydantic than
    the file was made with, and then builds every part as usual, with the same answers)."""
    made = shipped_schemas.made_with()
    now = shipped_schemas.source_digest()
    assert made is not None, FIX
    assert now is not None, FIX
    sources, versions = now.partition(" ")[::2]
    assert made[0] == sources, f"made from other sources; {FIX}"
    if made[1] != versions:
        pytest.skip(
            f"the shipped schemas were made with {made[1]}, and this environment has "
            f"{versions}: start-up builds every part as usual here (the same answers); "
            f"{FIX} to make them for this one"
        )


@pytest.mark.usefixtures("usable_here")
def test_the_shipped_schemas_are_current() -> None:
    """Made from the profile's sources as they are now, with this Pydantic (else start-up
    builds every part as usual and this fails until the file is made again)."""
    assert shipped_schemas.shipped() is not None, f"made from other sources or versions; {FIX}"


def test_what_the_file_was_made_from_is_read_from_its_first_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The sources' digest, then the versions, as :func:`shipped_schemas.source_digest` writes
    them; no file, no answer."""
    from importlib import resources

    head = b"crc32:0badf00d:123 python:3.11 pydantic:2.99.0 pydantic-core:2.99.1\nbody"

    class Package:
        def joinpath(self, name: str) -> Package:
            assert name == shipped_schemas.FILE
            return self

        def read_bytes(self) -> bytes:
            return head

    monkeypatch.setattr(resources, "files", lambda package: Package())
    assert shipped_schemas.made_with() == (
        "crc32:0badf00d:123",
        "python:3.11 pydantic:2.99.0 pydantic-core:2.99.1",
    )

    def missing(package: str) -> None:
        raise FileNotFoundError(package)

    monkeypatch.setattr(resources, "files", missing)
    assert shipped_schemas.made_with() is None


@pytest.mark.usefixtures("usable_here")
def test_the_shipped_schemas_are_those_pydantic_generates_now() -> None:
    """Every part's schema as shipped is the one Pydantic generates from its annotations in a
    fresh process: every field, constraint, validator and default (compared as text, as the
    two processes' objects are not the same objects)."""
    body = shipped_schemas.shipped()
    assert body is not None, FIX
    fresh = _run(
        """
        from bizaudit.io.precompute import schemas_bytes
        from bizaudit.model import shipped_schemas
        print(shipped_schemas.shown(schemas_bytes().partition(b"\\n")[2]))
        """
    )
    shipped = shipped_schemas.shown(body)
    assert fresh.strip() == shipped.strip(), FIX


@pytest.mark.usefixtures("usable_here")
def test_precompute_keeps_a_file_holding_the_same_schemas() -> None:
    """Made twice, the file's bytes differ (ids, the order of sets), so `io.precompute` keeps
    the shipped file while it holds the same schemas: no change to commit for nothing."""
    body = shipped_schemas.shipped()
    assert body is not None, FIX
    path = Path(profile.__file__).parent.parent / shipped_schemas.FILE
    shipped = path.read_bytes()
    assert shipped_schemas.same(shipped, shipped)
    head = shipped.partition(b"\n")[0]
    other = pickle.dumps({"Business": (None, None)})
    assert not shipped_schemas.same(shipped, head + b"\n" + other)
    assert not shipped_schemas.same(shipped, b"crc32:0:0 other\n" + shipped.partition(b"\n")[2])
    assert not shipped_schemas.same(b"junk", shipped)
    assert set(shipped_schemas.loads(body)) == {part.__name__ for part in profile.PARTS}


@pytest.mark.usefixtures("usable_here")
def test_a_run_uses_the_shipped_schemas() -> None:
    """Importing the profile's parts generates no schema: each validator is compiled from the
    shipped one (counted in a fresh process, by Pydantic's schema generator's calls)."""
    assert shipped_schemas.shipped() is not None, FIX
    out = _run(
        """
        from pydantic._internal import _generate_schema
        calls = []
        generate = _generate_schema.GenerateSchema.generate_schema
        def counted(self, obj):
            calls.append(obj)
            return generate(self, obj)
        _generate_schema.GenerateSchema.generate_schema = counted
        from bizaudit.model import profile
        assert all(part.__pydantic_complete__ for part in profile.PARTS)
        print(len(calls))
        """
    )
    assert out.strip() == "0"


@pytest.mark.parametrize(
    "spoil",
    [
        # made from other sources: the digest does not match
        "shipped_schemas.source_digest = lambda: 'crc32:00000000:0'",
        # a file that cannot be read back
        "shipped_schemas.shipped = lambda: b'not a pickle'",
        # a file naming code outside the modules a schema is made of
        "import pickle, os; "
        "shipped_schemas.shipped = lambda: pickle.dumps({'Business': (os.system, None)})",
    ],
    ids=["stale", "unreadable", "foreign"],
)
def test_without_usable_shipped_schemas_every_part_is_built_as_usual(spoil: str) -> None:
    """Answers never depend on the file: each part is then built by Pydantic, and validates
    and rejects as it does with the shipped schemas."""
    out = _run(
        f"""
        from bizaudit.model import shipped_schemas
        {spoil}
        from bizaudit.model import profile
        from pydantic import ValidationError
        part = profile.Profile.model_validate({{
            "version": 1, "business": {{"name": "Cafe"}}, "revenue": "$120,000",
            "activities": [{{"name": "Flyers", "spend": "1,200"}}],
        }})
        print(part.revenue, part.activities[0].spend, part.policy.model_dump())
        try:
            profile.Activity.model_validate({{"name": "Flyers", "spend": "lots"}})
        except ValidationError as exc:
            print(exc.errors()[0]["type"])
        print(repr(profile.Profile.__pydantic_core_schema__).count("Profile:"))
        """
    )
    revenue, spend, dumped = out.splitlines()[0].split(" ", 2)
    assert "'min_marketing_share': None" in dumped  # a model's serialiser, built too
    assert (Decimal(revenue), Decimal(spend)) == (Decimal(120_000), Decimal(1_200))
    assert out.splitlines()[1] == "money"
    # generated in that process: the same schema, with that process's reference names
    assert int(out.splitlines()[2]) >= 1


def test_the_same_validation_either_way() -> None:
    """A part's validator compiled from the shipped schema accepts and rejects as the one
    Pydantic builds: the same profile, and the same error for a bad amount."""
    data = {
        "version": 1,
        "business": {"name": "Cafe", "industry": "restaurant"},
        "revenue": "$120,000",
        "activities": [{"name": "Flyers", "spend": "1,200", "recurring": True}],
        "customers": {"new": 40, "sources": {"Google": 10}},
    }
    here = profile.Profile.model_validate(data)
    assert here.activities[0].spend == Decimal(1_200)
    assert here.business.industry == "restaurant"
    with pytest.raises(Exception, match="money"):
        profile.Activity.model_validate({"name": "Flyers", "spend": "lots"})


@pytest.mark.usefixtures("usable_here")
def test_the_field_names_read_back_are_interned() -> None:
    """The names a part's instances are filled under are the interned names Python's code
    reads them by (else every field read compares text: 1.8% of a batch)."""
    body = shipped_schemas.shipped()
    assert body is not None, FIX
    activity = shipped_schemas.loads(body)["Activity"][0]
    names = [field["name"] for field in activity["schema"]["fields"]]
    assert "spend" in names
    assert all(name is sys.intern(name) for name in names)
    made = profile.Activity.model_validate({"name": "Flyers", "spend": "10"})
    assert all(key is sys.intern(key) for key in vars(made))


def test_install_changes_nothing_when_the_file_cannot_be_read() -> None:
    class Part:
        pass

    assert shipped_schemas.install({"Part": Part}, b"not a pickle") is False
    assert not hasattr(Part, "__pydantic_validator__")
    foreign = pickle.dumps({"Part": (print, None)})
    assert shipped_schemas.install({"Part": Part}, foreign) is False
    assert not hasattr(Part, "__pydantic_validator__")
