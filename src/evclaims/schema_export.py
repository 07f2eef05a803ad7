"""Produce the ledger's JSON Schema from the models."""

from __future__ import annotations

import json

from .models import Ledger


def schema_text() -> str:
    """Return the JSON Schema of the ledger as stable, indented JSON."""
    schema = Ledger.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "evclaims claims ledger"
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
