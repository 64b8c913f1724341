"""``bizaudit schema``: the profile's JSON Schema for editors, or the report's."""

import json
import sys

from bizaudit.cli.app import app, guarded

__all__ = ["schema_command"]


@app.command("schema")
@guarded
def schema_command() -> None:
    """Print the profile's JSON Schema, for editors."""
    from bizaudit.model.profile import Profile

    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema"}
    schema |= Profile.model_json_schema()
    sys.stdout.write(json.dumps(schema, indent=2, ensure_ascii=False) + "\n")
