"""Partitioned packages: part files aligned by article, one resource per part, checked."""

from __future__ import annotations

import ast
import datetime as dt
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import trump_putin_call as t
from trump_putin_call.hashes import SIZE_KEY
from trump_putin_call.parts import PART_KEY, TABLE_KEY
from trump_putin_call.schemas import TABLES
from trump_putin_call.validate import frictionless_validate, validate_package

TEXTS = [
    "Trump called Putin on Thursday, the Kremlin said.",
    "Zelensky said Kyiv was ready to talk.\n\n“We will not give up,” he said.",
    "NATO ministers met in Brussels on Monday.",
    "Peskov denied that the call took place.",
    "Sullivan said Washington would keep sending aid.",
]


def _corpus(path: Path, n: int = 7) -> Path:
    """``n`` articles with metadata columns; article 6 repeats article 1's text."""
    texts = [TEXTS[i % len(TEXTS)] + f"\n\nReporting by desk {i}." for i in range(n)]
    texts[6] = texts[1]  # a duplicate in a later part than its first
    table = pa.table(
        {
            "article_id": [f"a{i:02d}" for i in range(n)],
            "text": texts,
            "title": [f"Story {i}" for i in range(n)],
            "outlet": ["Wire" if i % 2 else None for i in range(n)],
            "published": pa.array([dt.date(2024, 11, 1 + i) for i in range(n)], pa.date32()),
        }
    )
    pq.write_table(table, path)
    return path


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    """The same corpus as one part (single files) and as parts of 3 articles."""
    from trump_putin_call.pipeline.build import build

    base = tmp_path_factory.mktemp("parts")
    corpus = _corpus(base / "corpus.parquet")
    whole, parts = base / "whole", base / "parts"
    build(corpus, whole / "build", whole / "datapackage.json")
    build(corpus, parts / "build", parts / "datapackage.json", articles_per_part=3)
    return whole, parts


def test_layout_and_descriptor(built):
    whole, parts = built
    assert sorted(p.name for p in (whole / "build").iterdir()) == sorted(
        f"{n}.parquet" for n in TABLES
    )
    desc = json.loads((parts / "datapackage.json").read_text("utf-8"))
    resources = desc["resources"]
    assert [r["name"] for r in resources] == [f"{n}-{k:05d}" for n in TABLES for k in range(3)]
    for res in resources:
        file = parts / res["path"]
        assert res["path"] == f"build/{res[TABLE_KEY]}/part-{res[PART_KEY]:05d}.parquet"
        assert res[SIZE_KEY] == file.stat().st_size and res["hash"].startswith("sha256:")
        for fk in res["schema"]["foreignKeys"]:  # keys point inside the same part
            assert fk["reference"]["resource"].endswith(f"-{res[PART_KEY]:05d}")


def test_article_i_goes_to_part_i_over_n_of_every_table(built):
    whole, parts = built
    for name in TABLES:
        files = sorted((parts / "build" / name).glob("part-*.parquet"))
        assert len(files) == 3
        frames = [pl.read_parquet(f) for f in files]
        for k, frame in enumerate(frames):
            if name == "alignments":  # the part of article a (b may lie in another part)
                ids = set(frame["article_id_a"])
            elif name == "utterances":  # the part of its first report
                ids = {u.rpartition(":")[0] for u in frame["utterance_id"]}
            else:
                ids = set(frame["article_id"])
            assert ids <= {f"a{i:02d}" for i in range(3 * k, 3 * k + 3)}, (name, k)
        key = pl.read_parquet(whole / "build" / f"{name}.parquet")
        assert pl.concat(frames).equals(key), name  # same rows, split by article


def test_cross_article_rows_cross_parts_and_validate_corpus_wide(built, tmp_path):
    """Reused text and quotes of one speaker link articles of different parts; a dangling
    cross-part key is found by validate (the parts' schemas cannot see it)."""
    _, parts = built
    ali = pl.concat(pl.read_parquet(f) for f in sorted((parts / "build" / "alignments").iterdir()))
    part = {f"a{i:02d}": i // 3 for i in range(7)}
    crossing = ali.filter(
        pl.col("article_id_a").replace_strict(part) != pl.col("article_id_b").replace_strict(part)
    )
    assert crossing.height and ali["kind"].is_in(["verbatim", "near-verbatim"]).all()
    quotes = pl.concat(pl.read_parquet(f) for f in sorted((parts / "build" / "quotes").iterdir()))
    across = quotes.filter(pl.col("utterance_id").str.replace(":u.*", "") != pl.col("article_id"))
    assert across.height  # a01's Zelensky quote is a06's (same text, later part)
    pkg = tmp_path / "pkg"
    shutil.copytree(parts, pkg)
    file = pkg / "build" / "utterances" / "part-00000.parquet"
    df = pl.read_parquet(file)
    pq.write_table(df.head(df.height - 1).to_arrow().cast(pq.read_schema(file)), file)
    errors = validate_package(pkg / "datapackage.json")
    assert any("quotes: 1 value(s) of ['utterance_id']" in e for e in errors), errors


def test_a_partitioned_package_validates(built):
    _, parts = built
    descriptor = parts / "datapackage.json"
    assert validate_package(descriptor) == []
    exe = Path(sys.executable).with_name("frictionless")
    run = subprocess.run([exe, "validate", "datapackage.json"], cwd=parts, capture_output=True)
    assert run.returncode == 0, run.stdout.decode()[-3000:]
    articles = pl.read_parquet(parts / "build" / "articles" / "part-00002.parquet")
    assert articles.filter(pl.col("article_id") == "a06")["duplicate_of"].to_list() == ["a01"]


def test_a_broken_second_part_is_found(built, tmp_path):
    _, parts = built
    pkg = tmp_path / "pkg"
    shutil.copytree(parts, pkg)
    file = pkg / "build" / "entities" / "part-00001.parquet"
    df = pl.read_parquet(file).with_columns(label=pl.lit("NOT_A_LABEL"))
    pq.write_table(df.to_arrow().cast(pq.read_schema(file)), file)
    errors = validate_package(pkg / "datapackage.json")
    assert any(e.startswith("entities-00001: sha256") for e in errors), errors
    assert any("value(s) outside the enum" in e for e in errors), errors
    report = frictionless_validate(pkg / "datapackage.json", "entities-00001")
    assert "constraint-error" in {t for (t,) in report.flatten(["type"])}


def test_open_loads_and_scans_every_part(built, tmp_path):
    whole, parts = built
    for path in (parts, parts / "datapackage.json"):
        pkg = t.open(path)
        assert pkg.tables() == list(TABLES)
        pkg.verify()
        for name in TABLES:
            expected = pl.read_parquet(whole / "build" / f"{name}.parquet")
            assert pkg.load(name).equals(expected)
            assert pkg.scan(name).collect().equals(expected)
            assert pkg.load(name, backend="pyarrow").num_rows == expected.height


def test_open_refuses_an_altered_part(built, tmp_path):
    _, parts = built
    pkg = tmp_path / "pkg"
    shutil.copytree(parts, pkg)
    file = pkg / "build" / "quotes" / "part-00001.parquet"
    file.write_bytes(file.read_bytes()[:-10])
    opened = t.open(pkg)
    with pytest.raises(t.IntegrityError, match=r"quotes-00001: .* has \d+ bytes"):
        opened.load("quotes")
    with pytest.raises(t.IntegrityError, match="truncated or altered"):
        opened.scan("quotes")
    with pytest.raises(KeyError, match="unknown table"):
        opened.load("nope")


def test_scan_of_the_bundled_data():
    assert t.scan("quotes").collect().equals(t.load("quotes"))


def _readme_snippets() -> list[str]:
    readme = (Path(__file__).parent.parent / "README.md").read_text("utf-8")
    section = readme.split("### Open a built package", 1)[1].split("\n### ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, re.S)


def test_the_readme_reads_a_partitioned_table_from_its_folder(built, tmp_path, monkeypatch):
    _, parts = built
    shutil.copytree(parts, tmp_path / "news-pkg")
    monkeypatch.chdir(tmp_path)
    snippets = _readme_snippets()
    assert len(snippets) == 3 and "duckdb" in snippets[1] and "pyarrow.dataset" in snippets[2]
    n_sentences = t.open("news-pkg").load("sentences").height
    for snippet in snippets:
        scope: dict = {}
        tree = ast.parse(snippet)
        *body, last = tree.body
        exec(compile(ast.Module(body, []), "README", "exec"), scope)
        result = eval(compile(ast.Expression(last.value), "README", "eval"), scope)
        if "duckdb" in snippet:
            assert result == [(n_sentences, 7)]
        elif "pyarrow.dataset" in snippet:
            assert result == n_sentences
