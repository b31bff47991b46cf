"""The client keeps an index of the corpus, never its texts; texts are read back by row."""

from __future__ import annotations

import csv
import gzip
import json
import pickle
from pathlib import Path

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from trump_putin_call.pipeline import corpus, lazy
from trump_putin_call.pipeline.build import build, index_inputs, read_inputs
from trump_putin_call.pipeline.errors import BuildError

#: Short texts, each one distinct (one has a line break inside a CSV field).
TEXTS = [
    f"Article {i}: the minister said talks in city {i} would resume.\n\nAides agreed."
    for i in range(40)
]


def _ids(n: int) -> list[str]:
    # Ids whose order is not the file's: row k has id z-(n - k), so id order reverses rows.
    return [f"z-{n - k:03d}" for k in range(n)]


def _write_all(folder: Path) -> dict[str, Path]:
    """The same 40 articles as Parquet (row groups of 7), JSON Lines, gzipped, and CSV."""
    folder.mkdir(parents=True, exist_ok=True)
    ids, outlets = _ids(len(TEXTS)), [f"Outlet {i % 3}" for i in range(len(TEXTS))]
    files = {
        "parquet": folder / "a.parquet",
        "jsonl": folder / "b.jsonl",
        "gz": folder / "c.jsonl.gz",
        "csv": folder / "d.csv",
    }
    table = pa.table({"article_id": ids, "text": TEXTS, "outlet": outlets})
    pq.write_table(table, files["parquet"], row_group_size=7)
    lines = "".join(
        json.dumps({"article_id": i, "text": t, "outlet": o}) + "\n"
        for i, t, o in zip(ids, TEXTS, outlets, strict=True)
    )
    files["jsonl"].write_text(lines, encoding="utf-8")
    with gzip.open(files["gz"], "wt", encoding="utf-8") as handle:
        handle.write(lines)
    with files["csv"].open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["article_id", "text", "outlet"])
        writer.writerows(zip(ids, TEXTS, outlets, strict=True))
    return files


@pytest.mark.parametrize("kind", ["parquet", "jsonl", "gz", "csv"])
def test_the_index_holds_no_text_and_each_row_reads_back(tmp_path: Path, kind: str):
    file = _write_all(tmp_path)[kind]
    index = index_inputs(file)
    assert index.rejected == [] and index.meta == {}
    assert [r.source.article_id for r in index.raws] == sorted(_ids(len(TEXTS)))
    assert all(r.text is None and r.where is not None for r in index.raws)
    # The index is small: no text, no metadata (each text here is ~80 characters).
    assert not any(t[:30].encode() in pickle.dumps(index.raws) for t in TEXTS)
    # Read back in a scattered order (not the file's), a few rows at a time.
    by_id = dict(zip(_ids(len(TEXTS)), TEXTS, strict=True))
    picked = [index.raws[k] for k in (31, 2, 17, 9, 39, 0)]
    full, meta = lazy.load(picked)
    assert [r.text for r in full] == [by_id[r.source.article_id] for r in picked]
    assert {r.source.source_path for r in full} == set(meta)
    row = int(picked[0].source.source_path.rpartition("#")[2])
    assert meta[picked[0].source.source_path].outlet == f"Outlet {(row - 1) % 3}"
    assert [r.sha256 for r in full] == [r.sha256 for r in picked]


def test_the_client_never_reads_a_parquet_file_whole(tmp_path: Path, monkeypatch):
    """Every Parquet read goes through bounded batches: never a whole file, column or row
    group at once."""
    file = _write_all(tmp_path)["parquet"]

    def refuse(*args, **kwargs):
        raise AssertionError("a Parquet file or row group was read whole")

    batch_sizes = []
    iter_batches = pq.ParquetFile.iter_batches

    def batches(self, batch_size=65536, **kwargs):
        batch_sizes.append(batch_size)
        return iter_batches(self, batch_size=batch_size, **kwargs)

    for name in ("read", "read_row_group", "read_row_groups"):
        monkeypatch.setattr(pq.ParquetFile, name, refuse)
    monkeypatch.setattr(pq, "read_table", refuse)
    monkeypatch.setattr(pq.ParquetFile, "iter_batches", batches)
    got = read_inputs(file)
    assert [r.text for r in got.raws] == TEXTS[::-1]  # id order reverses the rows
    assert batch_sizes and max(batch_sizes) <= corpus.BATCH_ROWS


def test_every_format_builds_the_same_rows(tmp_path: Path):
    """The texts and metadata in the tables come back from each file exactly."""
    files = _write_all(tmp_path / "in")
    articles = {}
    for kind, file in files.items():
        out = tmp_path / kind
        build(file, out / "build", out / "datapackage.json", articles_per_part=15)
        parts = sorted((out / "build" / "articles").glob("*.parquet"))
        assert len(parts) == 3
        frame = pl.concat([pl.read_parquet(p) for p in parts])
        articles[kind] = frame.select("article_id", "text", "outlet", "source_sha256")
    assert articles["parquet"]["text"].to_list() == TEXTS[::-1]
    for kind in ("jsonl", "gz", "csv"):
        assert articles[kind].equals(articles["parquet"]), kind


def test_a_file_changed_during_the_build_stops_it(tmp_path: Path):
    file = _write_all(tmp_path)["jsonl"]
    index = index_inputs(file)
    lines = file.read_text("utf-8").replace("city 5 ", "city 6 ")
    file.write_text(lines, encoding="utf-8")
    with pytest.raises(BuildError, match=r"b\.jsonl#6 has changed since the build read it"):
        lazy.load(index.raws)
