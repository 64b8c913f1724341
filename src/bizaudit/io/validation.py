"""Parsed YAML → :class:`Profile` (or another model), every schema error at its line and column.

Pydantic reports errors by path (``activities.3.spend``); the loader recorded where each path
stood, so every error points at the offending value, the unknown key, or the mapping that lacks
a required field. Errors never include the input's text (``hide_input_in_errors``), so an alias
bomb cannot make the error message itself expensive.
"""

from __future__ import annotations

import difflib
import re
import types
import typing
from typing import Any

from pydantic import ValidationError
from pydantic.fields import FieldInfo
from pydantic_core import ErrorDetails

from bizaudit.core.rules import RULES
from bizaudit.io.errors import InputError, InputErrors
from bizaudit.io.loading import Document
from bizaudit.model.positions import Loc
from bizaudit.model.profile import TEXT_MAX, Profile
from bizaudit.model.vocab import INDUSTRIES, industry_for

__all__ = ["parse_document", "parse_profile"]

_MAX_ERRORS = 20
M = typing.TypeVar("M")


_EXPORTS = (".csv", ".tsv", ".txt", ".ofx", ".qfx", ".qbo")  # what `bizaudit import` reads


def parse_profile(doc: Document) -> Profile:
    """Validate a document as a profile; raise :class:`InputErrors` listing what is wrong."""
    return parse_document(
        doc,
        Profile,
        "profile",
        empty="start from 'bizaudit init'",
        start="start the file with 'version: 1' and 'business:'",
        context={"rules": tuple(RULES)},  # a skipped rule must be one of ours
    )


def parse_document(
    doc: Document,
    model: type[M],
    what: str,
    *,
    empty: str,
    start: str,
    context: dict[str, object] | None = None,
) -> M:
    """Validate a YAML document as ``model`` (``what`` names it in messages, e.g. "profile");
    raise :class:`InputErrors` with each error at its line and column."""
    data = doc.data
    if data is None:
        raise InputErrors([InputError(doc.path, "the file is empty", empty)])
    if not isinstance(data, dict):
        shape = "a list" if isinstance(data, list) else "a single value"
        if what == "profile" and doc.path.lower().endswith(_EXPORTS):
            start = (
                f"this looks like an export: make a profile of it with 'bizaudit import {doc.path}'"
            )
        raise InputErrors(
            [doc.error((), f"a {what} is a mapping of fields, but this file holds {shape}", start)]
        )
    try:
        # A Pydantic model or dataclass: both carry their validator (the profile's parts are
        # dataclasses, a project's settings a model)
        made: M = typing.cast(Any, model).__pydantic_validator__.validate_python(
            data, context=context
        )
        return made
    except ValidationError as exc:
        details = _one_branch(exc.errors(include_input=False, include_url=False), data)
        errors = [_to_input_error(doc, model, what, d) for d in details[:_MAX_ERRORS]]
        errors.sort(key=lambda e: (e.line or 0, e.column or 0))
        if len(details) > _MAX_ERRORS:
            errors.append(InputError(doc.path, f"... and {len(details) - _MAX_ERRORS} more errors"))
        raise InputErrors(errors) from None


def _one_branch(details: list[ErrorDetails], data: Any) -> list[ErrorDetails]:
    """A customer source is a count or a mapping ({customers: N, kind: ...}); Pydantic reports
    why the value fails as each, under a branch name ("function-before[validate(), int]",
    "Source"). Keep the errors of the branch the value was written as, without its name."""
    kept = []
    for detail in details:
        loc = tuple(detail["loc"])
        if len(loc) >= 4 and loc[:2] == ("customers", "sources") and loc[2] != "[key]":
            mapping = isinstance(_value_at(data, loc[:3]), dict)
            if (loc[3] == "Source") != mapping:
                continue  # the other way of writing it
            detail = {**detail, "loc": (*loc[:3], *loc[4:])}
        kept.append(detail)
    return kept or details


def _dotted(loc: Loc, what: str) -> str:
    text = ""
    for part in loc:
        if part == "[key]":  # Pydantic's mark for a mapping's key: the path already names it
            continue
        name = str(part) if len(str(part)) <= 40 else f"{str(part)[:37]}..."
        text += f"[{part}]" if isinstance(part, int) else (f".{name}" if text else name)
    return text or f"the {what}"


def _to_input_error(doc: Document, model: type[Any], what: str, detail: ErrorDetails) -> InputError:
    loc: Loc = tuple(detail["loc"])
    kind = detail["type"]
    ctx = detail.get("ctx") or {}
    where = _dotted(loc, what)
    if kind == "missing":
        field = str(loc[-1])
        parent = _dotted(loc[:-1], what)
        return doc.error(
            loc[:-1],
            f"{parent} is missing the required field {field!r}",
            f"add '{field}: ...'",
        )
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):  # a model's, a dataclass's
        allowed = _fields_at(model, loc[:-1])
        return doc.error(
            loc,
            f"unknown field {loc[-1]!r} in {_dotted(loc[:-1], what)}",
            _suggest(str(loc[-1]), allowed),
            key=True,
        )
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        value = _value_at(doc.data, loc)
        # The message lists the choices; the hint only says which one was likely meant.
        meant = industry_for(str(value)) if set(choices) == set(INDUSTRIES) else None
        hint = f"did you mean {meant!r}?" if meant else _suggest(str(value), choices)
        return doc.error(
            loc,
            f"{where}: {value!r} is not one of {', '.join(choices)}",
            hint if hint and hint.startswith("did you mean") else None,
        )
    message = _MESSAGES.get(kind)
    if message is not None and "{" in message:
        message = message.format(**{k: v for k, v in ctx.items() if k in ("ge", "le")})
    if message is None:
        message = detail["msg"]
        message = message[0].lower() + message[1:]
    if _value_at(doc.data, loc) is None and kind.endswith("_type"):
        message = "is empty"
    hint = ctx.get("hint")  # a model's own errors may say how to write the value
    return doc.error(loc, f"{where}: {message}", hint if isinstance(hint, str) else None)


_MESSAGES = {
    "dict_type": "expected a mapping ('key: value' lines indented below it)",
    "model_type": "expected a mapping ('key: value' lines indented below it)",
    "dataclass_type": "expected a mapping ('key: value' lines indented below it)",
    "model_attributes_type": "expected a mapping ('key: value' lines indented below it)",
    "list_type": "expected a list (lines starting with '- ')",
    "string_type": "expected text",
    "bool_parsing": "expected true or false",
    "bool_type": "expected true or false",
    "string_too_short": "is empty",
    "string_too_long": f"is too long (at most {TEXT_MAX} characters)",
    "greater_than_equal": "must be {ge} or more",
    "less_than_equal": "must be {le} or less",
}


def _suggest(word: str, choices: list[str]) -> str | None:
    close = difflib.get_close_matches(word.lower(), choices, n=1, cutoff=0.6)
    if close:
        return f"did you mean {close[0]!r}?"
    return f"expected one of: {', '.join(choices)}" if choices else None


def _value_at(data: Any, loc: Loc) -> Any:
    for part in loc:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _fields_at(model: type[Any], loc: Loc) -> list[str]:
    """The field names the model accepts at ``loc`` (for "did you mean")."""
    target: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        fields = _fields(target)
        field = fields.get(part) if fields else None
        if field is None:
            return []
        target = _unwrap(field.annotation)
    return list(_fields(target) or ())


def _fields(target: Any) -> dict[str, FieldInfo] | None:
    """A Pydantic model's or dataclass's fields; None for anything else."""
    fields: dict[str, FieldInfo] | None = getattr(target, "__pydantic_fields__", None)
    return fields if isinstance(target, type) else None


def _unwrap(annotation: Any) -> Any:
    """``list[X]``, ``X | None`` → ``X``: the model a path leads into."""
    while True:
        origin = typing.get_origin(annotation)
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if origin in (typing.Union, types.UnionType, list, typing.Annotated) and args:
            annotation = args[0]
        else:
            return annotation
