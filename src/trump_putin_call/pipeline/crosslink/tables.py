"""Polars schemas of the stage's tables, read from ``schemas/`` (the single source of truth).

``utterances`` and ``alignments`` are not in :data:`trump_putin_call.schemas.TABLES` yet
(the build wires them in), so their Table Schemas are read here directly.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from trump_putin_call._paths import schemas_dir

if TYPE_CHECKING:
    import polars as pl

NEW_TABLES = ("utterances", "alignments")

#: The column the quotes table gains (to be appended to schemas/quotes.json when wired).
QUOTES_UTTERANCE_FIELD: dict[str, Any] = {
    "name": "utterance_id",
    "type": "string",
    "description": "utterances.utterance_id of the utterance this quote reports; quotes of "
    "one speaker saying the same thing in any article share it.",
    "constraints": {"required": True},
}


def table_schema(name: str) -> dict[str, Any]:
    """The Table Schema of one of :data:`NEW_TABLES`."""
    if name not in NEW_TABLES:
        raise KeyError(f"unknown cross-article table {name!r}; they are: {', '.join(NEW_TABLES)}")
    return json.loads((schemas_dir() / f"{name}.json").read_text("utf-8"))


def polars_schema(name: str) -> dict[str, pl.DataType]:
    """Column names and polars types of ``name``, in schema order."""
    import polars as pl

    types = {
        "string": pl.String(),
        "integer": pl.Int64(),
        "number": pl.Float64(),
        "boolean": pl.Boolean(),
    }
    return {f["name"]: types[f["type"]] for f in table_schema(name)["fields"]}
