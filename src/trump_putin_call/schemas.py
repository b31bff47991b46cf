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


def arrow_schema(name: str, metadata: dict[str, str] | None = None) -> pa.Schema:
    """Arrow schema of ``name``: types, nullability and descriptions from the Table Schema."""
    import pyarrow as pa

    fields = []
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
