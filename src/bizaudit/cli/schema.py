"""``bizaudit schema``: the profile's JSON Schema for editors, or the JSON report's."""

import json
import sys
from typing import Annotated

import typer

from bizaudit.cli.shared import app, guarded

__all__ = ["schema_command"]

_DIALECT = "https://json-schema.org/draft/2020-12/schema"


@app.command("schema", short_help="Print the profile's JSON Schema (--report: the report's).")
@guarded
def schema_command(
    report: Annotated[
        bool,
        typer.Option(
            "--report", help="The schema of the JSON report (check -f json), not the profile's."
        ),
    ] = False,
) -> None:
    """Print the profile's JSON Schema, for editors (--report: the JSON report's)."""
    schema: dict[str, object] = {"$schema": _DIALECT}
    if report:
        from bizaudit.model.report import adapter

        # What the report writes: money as decimal strings, shares as numbers.
        schema |= adapter().json_schema(mode="serialization")
        schema["title"] = "bizaudit JSON report"
    else:
        from pydantic import TypeAdapter

        from bizaudit.model.profile import Profile

        schema |= TypeAdapter(Profile).json_schema()
    sys.stdout.write(json.dumps(schema, indent=2, ensure_ascii=False) + "\n")
