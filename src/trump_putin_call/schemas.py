"""Table Schemas in ``schemas/``: the single source of truth for every column.

The Arrow schema of each Parquet file, its field descriptions and the datapackage
resources are all generated from here. Imports pyarrow lazily.
"""

from __future__ import annotations

import json
from functools import cache
from typing import TYPE_CHECKING, Any

from trump_putin_call._paths import schemas_dir

if TYPE_CHECKING:
    import pyarrow as pa

#: The tables in pipeline order (raw text → blocks → sentences → entities → quotes), then
#: the cross-article tables (utterances, alignments).
TABLES: tuple[str, ...] = (
    "articles",
    "blocks",
    "sentences",
    "entities",
    "quotes",
    "utterances",
    "alignments",
)
#: Tables whose rows each belong to one article and are built article by article.
ARTICLE_TABLES: tuple[str, ...] = TABLES[:5]
#: Tables built across the corpus (:mod:`trump_putin_call.pipeline.crosslink`).
CORPUS_TABLES: tuple[str, ...] = TABLES[5:]


def unknown_table_error(name: object) -> KeyError:
    """A KeyError that names the real tables."""
    return KeyError(f"unknown table {name!r}; the tables are: {', '.join(TABLES)}")


@cache
def _load(name: str) -> str:
    if name not in TABLES:
        raise unknown_table_error(name)
    return (schemas_dir() / f"{name}.json").read_text("utf-8")


def table_schema(name: str) -> dict[str, Any]:
    """The Frictionless Table Schema of ``name`` as a fresh dict."""
    return json.loads(_load(name))


def field_names(name: str) -> list[str]:
    """Column names of ``name`` in their fixed order."""
    return [f["name"] for f in table_schema(name)["fields"]]


def _arrow_type(field: dict[str, Any]) -> pa.DataType:
    import pyarrow as pa

    types = {
        "string": pa.string(),
        "integer": pa.int64(),
        "number": pa.float64(),
        "boolean": pa.bool_(),
        "date": pa.date32(),
    }
    try:
        return types[field["type"]]
    except KeyError:
        raise ValueError(f"field {field['name']!r}: no Arrow type for {field['type']!r}") from None


def pandas_metadata(name: str) -> str:
    """The ``pandas`` key of ``name``'s Parquet metadata: nullable integer columns as Int64.

    Without it pandas reads an integer column holding nulls as float64 (NaN), so a pandas
    user gets ``12.0`` for an offset, and frictionless, which reads Parquet through pandas,
    reports every null there as a type error: the plain ``frictionless validate`` would
    reject any package with a quote that has no speaker mention. Only these columns are
    listed; pandas reads every other column as it would without the key.
    """
    columns = [
        {"name": f["name"], "field_name": f["name"], "pandas_type": "int64"}
        | {"numpy_type": "Int64", "metadata": None}
        for f in table_schema(name)["fields"]
        if f["type"] == "integer" and not f.get("constraints", {}).get("required", False)
    ]
    meta = {"index_columns": [], "column_indexes": [], "columns": columns}
    return json.dumps(meta, sort_keys=True, separators=(",", ":"))


def arrow_schema(name: str, metadata: dict[str, str] | None = None) -> pa.Schema:
    """Arrow schema of ``name``: types, nullability and descriptions from the Table Schema,
    and the ``pandas`` key (:func:`pandas_metadata`) beside ``metadata``."""
    import pyarrow as pa

    fields = []
    if metadata is not None:
        metadata = {**metadata, "pandas": pandas_metadata(name)}
    for field in table_schema(name)["fields"]:
        required = field.get("constraints", {}).get("required", False)
        fields.append(
            pa.field(
                field["name"],
                _arrow_type(field),
                nullable=not required,
                metadata={"description": field.get("description", "")},
            )
        )
    return pa.schema(fields, metadata=metadata)
