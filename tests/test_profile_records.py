"""The profile's parts are Pydantic dataclasses: validated as models were, read as plain objects.

A Pydantic model's class defines ``__getattr__``, so every read of one of its fields took
Python's slow attribute path; the audit reads a profile's fields hundreds of times. These tests
hold what the change must keep: the same validation, whether ``recurring`` was stated (a
model's ``model_fields_set`` told it; a part leaves it None), and a copy with another amount.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from pydantic import BaseModel, ValidationError

from bizaudit.model import profile as model
from bizaudit.model.profile import Activity, Customers, Profile

PARTS = [
    model.Business,
    model.Activity,
    model.Source,
    model.Customers,
    model.OwnerHours,
    model.Skip,
    model.ActivityRule,
    model.SourceRule,
    model.ClassifyRules,
    model.Profile,
]


@pytest.mark.parametrize("part", PARTS, ids=lambda part: part.__name__)
def test_every_part_is_read_as_a_plain_object(part: type) -> None:
    """No part of a profile has a ``__getattr__`` in its class (a model's would send every
    field read down the slow path), and none compiles methods of its own beyond what Pydantic
    needs (each cost start-up): no ``__eq__``, frozen ``__setattr__`` or ``__repr__``."""
    assert dataclasses.is_dataclass(part)
    assert not issubclass(part, BaseModel)
    assert "__getattr__" not in {name for kind in part.__mro__ for name in vars(kind)}
    assert not {"__eq__", "__setattr__", "__repr__"} & set(vars(part))


def test_recurring_is_stated_however_the_line_is_made() -> None:
    """A name that says it ran once is a one-off unless the profile states ``recurring``;
    stated, the statement wins, whether the line is validated from YAML or built in code.
    Left out, ``recurring`` is None (the JSON Schema still says true: a line runs every period
    unless its name says otherwise); written empty, it is an error, as before."""
    once = "LED marquee sign (one time)"
    assert Activity.model_validate({"name": once, "spend": 1}).recurring is None
    with pytest.raises(ValidationError) as empty:
        Activity.model_validate({"name": once, "spend": 1, "recurring": None})
    assert empty.value.errors()[0]["type"] == "bool_type"
    assert Activity.model_validate({"name": once, "spend": 1}).repeats is False
    assert Activity.model_validate({"name": once, "spend": 1, "recurring": True}).repeats is True
    assert Activity(name=once, spend=Decimal(1)).repeats is False
    assert Activity(name=once, spend=Decimal(1), recurring=True).repeats is True
    assert Activity(name="Google Ads", spend=Decimal(1), recurring=False).repeats is False
    # a line that says nothing either way runs every period
    assert Activity.model_validate({"name": "Google Ads", "spend": 1}).repeats is True


def test_a_share_of_a_line_keeps_what_was_stated() -> None:
    """``with_spend`` (a channel's share of a shared line) changes the amount only: the copy
    keeps the name and the stated ``recurring``, and the original is unchanged."""
    line = Activity.model_validate({"name": "Sign (one time)", "spend": "900", "recurring": True})
    share = line.with_spend(Decimal("300.00"))
    assert (share.spend, line.spend) == (Decimal("300.00"), Decimal(900))
    assert share.name == line.name
    assert share.repeats is True  # stated; its name alone would make it a one-off
    unstated = Activity.model_validate({"name": "Sign (one time)", "spend": "900"})
    assert unstated.with_spend(Decimal(1)).repeats is False


def test_validation_is_a_models() -> None:
    """The same errors as the models gave (under a dataclass's names for the unknown field and
    the wrong shape): an unknown field, a missing one, a wrong shape, and a part's own check
    (retention and churn must add up to 100%). A part reads as a dataclass's would."""
    with pytest.raises(ValidationError) as caught:
        Profile.model_validate(
            {"version": 1, "business": {"name": "A", "colour": "red"}, "revenue": 1}
        )
    kinds = {(error["type"], error["loc"]) for error in caught.value.errors()}
    assert ("unexpected_keyword_argument", ("business", "colour")) in kinds
    assert ("missing", ("activities",)) in kinds
    with pytest.raises(ValidationError, match="add up to 100%"):
        Customers.model_validate({"retention_rate": "50%", "churn_rate": "10%"})
    with pytest.raises(ValidationError) as shape:
        Profile.model_validate([1])
    assert shape.value.errors()[0]["type"] == "dataclass_type"
    assert repr(Activity(name="Ads", spend=Decimal(2))) == (
        "Activity(name='Ads', spend=Decimal('2'), kind=None, purpose=None, channel=None, "
        "recurring=None, note=None)"
    )
