"""Polars schemas of the stage's tables, read from ``schemas/`` (the single source of truth)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from trump_putin_call.schemas import CORPUS_TABLES, table_schema

if TYPE_CHECKING:
    import polars as pl

NEW_TABLES = CORPUS_TABLES

__all__ = ["NEW_TABLES", "polars_schema", "table_schema"]


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
