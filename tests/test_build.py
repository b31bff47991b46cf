"""The whole build on the seeds: contract, determinism and the committed package."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pyarrow.parquet as pq
import pytest

from trump_putin_call.checks import check
from trump_putin_call.hashes import SIZE_KEY
from trump_putin_call.schemas import TABLES, field_names

SPANS = {
    "blocks": ("start_char", "end_char", "text"),
    "sentences": ("start_char", "end_char", "text"),
    "entities": ("start_char", "end_char", "text"),
    "quotes": ("start_char", "end_char", "text"),
}


def _bytes(folder: Path) -> dict[str, bytes]:
    files = {f"build/{n}.parquet": folder / "build" / f"{n}.parquet" for n in TABLES}
    files["datapackage.json"] = folder / "datapackage.json"
    return {name: path.read_bytes() for name, path in files.items()}


def test_every_offset_slices_back_to_its_text(seed_tables):
    texts = dict(seed_tables["articles"].select("article_id", "text").iter_rows())
    for name, (start, end, col) in SPANS.items():
        for row in seed_tables[name].iter_rows(named=True):
            assert texts[row["article_id"]][row[start] : row[end]] == row[col], (name, row)
    for row in seed_tables["quotes"].iter_rows(named=True):
        if row["speaker_start"] is not None:
            span = texts[row["article_id"]][row["speaker_start"] : row["speaker_end"]]
            assert span == row["speaker_text"]


def test_keys_and_foreign_keys_hold(seed_tables):
    assert check(seed_tables) == []
    sentences, blocks = seed_tables["sentences"], seed_tables["blocks"]
    assert sentences["sentence_id"].is_unique().all()
    joined = sentences.join(blocks, on=["article_id", "block_index"], how="anti")
    assert joined.height == 0


def test_columns_follow_the_schemas(seed_build: Path):
    for name in TABLES:
        schema = pq.read_schema(seed_build / "build" / f"{name}.parquet")
        assert schema.names == field_names(name)
        assert all(field.metadata[b"description"] for field in schema)
        assert schema.metadata[b"table"] == name.encode()


def test_no_body_sentence_contains_boilerplate(seed_tables):
    furniture = seed_tables["blocks"].filter(pl.col("block_type") == "boilerplate")
    assert furniture.height == 8
    body = seed_tables["sentences"]
    for row in furniture.iter_rows(named=True):
        inside = body.filter(
            (pl.col("article_id") == row["article_id"])
            & (pl.col("start_char") < row["end_char"])
            & (pl.col("end_char") > row["start_char"])
        )
        assert inside.height == 0
    assert not body["text"].str.contains("cookies|Read More|Stranger Things").any()


def test_articles_are_honest(seed_tables):
    articles = seed_tables["articles"]
    for col in ("title", "outlet", "url", "published", "license"):
        assert articles[col].is_null().all(), col  # nobody knows them: never invented
    assert articles["dateline"].to_list() == [None, "UNITED STATES"]
    counts = articles.select("article_id", "n_blocks", "n_sentences", "n_entities", "n_quotes")
    for name, col in (
        ("blocks", "n_blocks"),
        ("sentences", "n_sentences"),
        ("entities", "n_entities"),
        ("quotes", "n_quotes"),
    ):
        per = seed_tables[name].group_by("article_id").len()
        merged = counts.join(per, on="article_id", how="left").fill_null(0)
        assert (merged[col] == merged["len"]).all(), name


def test_committed_package_equals_a_fresh_build(seed_build: Path, root: Path):
    assert _bytes(seed_build) == _bytes(root)


def test_two_workers_and_small_chunks_give_identical_bytes(seed_build: Path, tmp_path: Path, root):
    from trump_putin_call.pipeline.build import build

    build(root / "raw", tmp_path / "build", tmp_path / "datapackage.json", workers=2, chunk_size=1)
    assert _bytes(tmp_path) == _bytes(seed_build)


def test_frictionless_validates_the_package(seed_build: Path):
    frictionless = pytest.importorskip("frictionless")
    # As a user runs it: nothing skipped (the size is not in frictionless's `bytes`).
    report = frictionless.validate(seed_build / "datapackage.json")
    assert report.valid, report.flatten(["type", "note"])


def test_descriptor_carries_checksums(seed_build: Path):
    import hashlib

    desc = json.loads((seed_build / "datapackage.json").read_text())
    assert desc["$schema"] == "https://datapackage.org/profiles/2.0/datapackage.json"
    for res in desc["resources"]:
        data = (seed_build / res["path"]).read_bytes()
        assert "bytes" not in res and res[SIZE_KEY] == len(data)
        assert res["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
        assert res["schema"] == f"schemas/{res['name']}.json"
        assert res["mediatype"] == "application/vnd.apache.parquet"
    assert not any(str(seed_build) in line for line in json.dumps(desc).splitlines())


def test_failed_build_leaves_the_previous_one_intact(seed_build: Path, tmp_path: Path, root):
    import shutil

    from trump_putin_call.pipeline.build import build
    from trump_putin_call.pipeline.errors import InputError

    shutil.copytree(seed_build / "build", tmp_path / "build")
    shutil.copy(seed_build / "datapackage.json", tmp_path / "datapackage.json")
    before = _bytes(tmp_path)
    src = tmp_path / "src"
    src.mkdir()
    (src / "good.txt").write_text("Trump called Putin.", encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    with pytest.raises(InputError, match=r"empty\.txt"):
        build(src, tmp_path / "build", tmp_path / "datapackage.json")
    assert _bytes(tmp_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["build", "datapackage.json", "src"]
