"""Every common reader gets the same rows: polars, pandas and pyarrow (the loader's
backends), DuckDB SQL over build/*.parquet, and Hugging Face ``datasets`` offline; and the
README's reader snippets run as written."""

from __future__ import annotations

import ast
import datetime as dt
import math
import re
from pathlib import Path
from typing import Any

import polars as pl
import pytest

import trump_putin_call as t
from trump_putin_call.schemas import TABLES, table_schema


def _norm(value: Any) -> Any:
    """One Python value per cell whatever the reader: None for nulls, int for whole numbers."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _rows(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: _norm(v) for k, v in r.items()} for r in records]


@pytest.fixture(scope="module")
def expected() -> dict[str, list[dict[str, Any]]]:
    return {name: _rows(pl.read_parquet(t.path(name)).to_dicts()) for name in TABLES}


def _primary_key(name: str) -> list[str]:
    return table_schema(name)["primaryKey"]


@pytest.mark.parametrize("name", TABLES)
def test_loader_backends_give_the_same_rows(name, expected):
    assert _rows(t.load(name).to_dicts()) == expected[name]
    assert _rows(t.load(name, backend="pyarrow").to_pylist()) == expected[name]
    pandas = t.load(name, backend="pandas")
    assert list(pandas.columns) == list(expected[name][0])
    assert _rows(pandas.astype(object).to_dict("records")) == expected[name]


@pytest.mark.parametrize("name", TABLES)
def test_duckdb_reads_the_same_rows(name, expected):
    import duckdb

    key = ", ".join(_primary_key(name))
    rel = duckdb.execute(
        f"SELECT * FROM read_parquet($file) ORDER BY {key}",
        {"file": str(t.path(name))},
    )
    columns = [d[0] for d in rel.description]
    assert _rows([dict(zip(columns, row, strict=True)) for row in rel.fetchall()]) == expected[name]


def test_duckdb_joins_quotes_to_entities():
    """SQL over the files: each quote with the label of its speaker's entity."""
    import duckdb

    got = duckdb.execute(
        """
        SELECT q.quote_id, q.speaker_entity_id, e.label, count(*) AS speaker_mentions
        FROM read_parquet($quotes) AS q
        JOIN read_parquet($entities) AS e ON q.speaker_entity_id = e.entity_id
        GROUP BY ALL
        ORDER BY q.quote_id
        """,
        {"quotes": str(t.path("quotes")), "entities": str(t.path("entities"))},
    ).fetchall()
    quotes, entities = t.load("quotes"), t.load("entities")
    want = (
        quotes.join(entities, left_on="speaker_entity_id", right_on="entity_id")
        .group_by("quote_id", "speaker_entity_id", "label")
        .agg(pl.len().alias("speaker_mentions"))
        .sort("quote_id")
    )
    assert got == want.rows()
    assert got, "some quote has a speaker that is a tagged entity"
    linked = quotes.filter(pl.col("speaker_entity_id").is_not_null())
    assert {r[0] for r in got} == set(linked["quote_id"])


@pytest.mark.parametrize("name", TABLES)
def test_hugging_face_datasets_offline(name, expected, hf_offline):
    ds = hf_offline.load_dataset("parquet", data_files=str(t.path(name)), split="train")
    assert ds.column_names == list(expected[name][0])
    assert _rows(ds.to_list()) == expected[name]


def _readme_section(root: Path, heading: str) -> str:
    readme = (root / "README.md").read_text("utf-8")
    return readme.split(f"\n## {heading}\n", 1)[1].split("\n## ", 1)[0]


def test_readme_reader_snippets_run(root: Path, monkeypatch, hf_offline):
    section = _readme_section(root, "Read the Parquet files directly")
    for reader in ("pyarrow", "polars", "pandas", "duckdb", "datasets", "load_dataset"):
        assert reader in section, reader
    assert "R (" in section and "Julia" in section and "Spark" in section
    blocks = re.findall(r"```python\n(.*?)```", section, re.S)
    assert len(blocks) >= 5
    monkeypatch.chdir(root)
    results = [_run(code) for code in blocks]
    # The polars and DuckDB joins show each linked quote with its speaker's label.
    quotes = pl.read_parquet(root / "build" / "quotes.parquet")
    linked = set(quotes.filter(pl.col("speaker_entity_id").is_not_null())["quote_id"])
    joins = [r for r in results if isinstance(r, pl.DataFrame) and "label" in r.columns]
    assert len(joins) == 2 and all(set(j["quote_id"]) == linked for j in joins)
    assert results[-1] == quotes["speaker_name"][0]  # the datasets snippet


def _run(code: str) -> Any:
    """Run a snippet; return the value of its last line when that is an expression."""
    tree = ast.parse(code)
    last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
    namespace: dict[str, Any] = {}
    exec(compile(tree, "<README>", "exec"), namespace)
    if last is None:
        return None
    return eval(compile(ast.Expression(last.value), "<README>", "eval"), namespace)


def test_readme_loader_snippet_gives_what_its_comments_say(root: Path):
    """Each line of the snippet run in turn; its value is what the line's comment says."""
    import pandas as pd
    import pyarrow as pa

    section = _readme_section(root, "Load the tables")
    (code,) = re.findall(r"```python\n(.*?)```", section, re.S)
    namespace: dict[str, Any] = {}
    said: dict[str, tuple[Any, str]] = {}  # statement → (its value, its comment)
    for line in code.splitlines():
        statement, _, comment = line.partition("  # ")
        if not statement.strip():
            continue
        tree = ast.parse(statement)
        if isinstance(tree.body[0], ast.Expr):
            value = eval(compile(ast.Expression(tree.body[0].value), "<README>", "eval"), namespace)
        else:
            exec(compile(tree, "<README>", "exec"), namespace)
            value = namespace.get("quotes")
        said[statement.strip()] = (value, comment.strip())
    value, comment = said["t.tables()"]
    assert value == ast.literal_eval(comment) == list(TABLES)
    rows = pl.read_parquet(root / "build" / "quotes.parquet").height
    polars_, comment = said['quotes = t.load("quotes")']
    assert comment == "polars DataFrame" and isinstance(polars_, pl.DataFrame)
    assert polars_.height == rows == 26
    pandas_, comment = said['quotes = t.load("quotes", backend="pandas")']
    assert comment.startswith("needs pandas") and isinstance(pandas_, pd.DataFrame)
    assert len(pandas_) == rows
    arrow, comment = said['quotes = t.load("quotes", backend="pyarrow")']
    assert comment == "pyarrow Table" and isinstance(arrow, pa.Table) and arrow.num_rows == rows
    schema, comment = said['t.schema("quotes")']
    assert comment.startswith("the Frictionless Table Schema")
    assert [f["name"] for f in schema["fields"]] == polars_.columns
    assert all(f["type"] and f["description"] for f in schema["fields"])
    path, comment = said['t.path("quotes")']
    assert comment == "the Parquet file itself" and path.name == "quotes.parquet"
    assert pl.read_parquet(path).equals(polars_)
    value, comment = said["t.verify()"]
    assert value is None and comment == "sha256 of every table against datapackage.json"
