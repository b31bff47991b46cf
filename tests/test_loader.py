"""The loader: one function, three backends, checksums checked, names guarded."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import polars as pl
import pyarrow.parquet as pq
import pytest

import trump_putin_call as t
from trump_putin_call import loader


def test_tables_lists_the_seven():
    assert t.tables() == [
        "articles",
        "blocks",
        "sentences",
        "entities",
        "quotes",
        "utterances",
        "alignments",
    ]


@pytest.mark.parametrize("name", ["articles", "blocks", "sentences", "entities", "quotes"])
def test_every_backend_returns_exactly_the_parquet_rows(name, root: Path):
    expected = pl.read_parquet(root / "build" / f"{name}.parquet")
    assert t.load(name).equals(expected)
    assert pl.from_arrow(t.load(name, backend="pyarrow")).equals(expected)
    pandas = t.load(name, backend="pandas")
    assert list(pandas.columns) == expected.columns
    assert len(pandas) == expected.height
    assert pandas.to_dict("list") == pq.read_table(t.path(name)).to_pandas().to_dict("list")


def test_schema_and_path():
    assert t.schema("quotes")["primaryKey"] == ["quote_id"]
    assert t.path("quotes").name == "quotes.parquet" and t.path("quotes").is_file()


def test_unknown_table_lists_the_real_ones():
    with pytest.raises(KeyError, match="articles, blocks, sentences, entities, quotes"):
        t.load("../../etc/passwd")
    with pytest.raises(ValueError, match="backend"):
        t.load("articles", backend="spark")


def test_altered_file_is_refused(tmp_path: Path, monkeypatch, root: Path):
    data = tmp_path / "data"
    shutil.copytree(t.path("articles").parents[1], data, ignore=shutil.ignore_patterns(".*"))
    target = data / "build" / "quotes.parquet"
    target.write_bytes(target.read_bytes()[:-100])
    monkeypatch.setattr(loader, "data_root", lambda: data)
    loader._descriptor.cache_clear()
    monkeypatch.setattr(loader, "_VERIFIED", set())
    try:
        with pytest.raises(t.IntegrityError, match="truncated or altered"):
            t.load("quotes")
        with pytest.raises(t.IntegrityError, match="reinstall"):
            t.verify()
    finally:
        loader._descriptor.cache_clear()


def test_import_stays_light():
    code = (
        "import sys, trump_putin_call; "
        "print(sorted(m for m in ('polars', 'pyarrow', 'spacy', 'pandas') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_installed_wheel_carries_the_tables():
    """The nox sessions install the wheel (not editable): the data comes from inside it."""
    from trump_putin_call._paths import data_root

    root = data_root()
    if root.name != "data":
        pytest.skip("running from a source checkout, not an installed wheel")
    assert (root / "datapackage.json").is_file()
    assert sorted(p.name for p in (root / "build").glob("*.parquet")) == sorted(
        f"{n}.parquet" for n in t.tables()
    )
    t.verify()
