"""The two CSV files beside the articles: ``sources.csv`` (publication metadata) and
``entity_overrides.csv`` (curated entity corrections). What they say reaches the tables,
and a bad file or row follows the bad-input policy: an error naming the file and line,
nothing written; or, with ``skip_invalid``, the row left out and listed in rejected.csv."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import polars as pl
import pytest

from trump_putin_call.pipeline.build import REPORT_NAME, build
from trump_putin_call.pipeline.errors import InputError

A = "Kremlin spokesman Dmitry Peskov said on Friday that the talks in Kyiv were useful.\n"
B = "Ukrainian President Volodymyr Zelensky met reporters in Kyiv on Monday.\n"
SOURCES_HEADER = "source_path,outlet,url,published,license\n"
OVERRIDES_HEADER = "surface,label,canonical_name,note\n"


def _folder(tmp_path: Path, sources: str | None = None, overrides: str | None = None) -> Path:
    src = tmp_path / "src"
    (src / "world").mkdir(parents=True)
    (src / "a.txt").write_text(A, encoding="utf-8")
    (src / "world" / "b.txt").write_text(B, encoding="utf-8")
    if sources is not None:
        (src / "sources.csv").write_text(sources, encoding="utf-8")
    if overrides is not None:
        (src / "entity_overrides.csv").write_text(overrides, encoding="utf-8")
    return src


def _articles(out: Path) -> dict[str, dict]:
    table = pl.read_parquet(out / "build" / "articles.parquet")
    return {r["source_path"]: r for r in table.iter_rows(named=True)}


def test_metadata_in_sources_csv_reaches_articles(tmp_path: Path):
    src = _folder(
        tmp_path,
        sources=SOURCES_HEADER
        + "a.txt,The Example Times,https://example.org/a,2024-11-10,CC-BY-4.0\n"
        + "world/b.txt,,,,\n",
    )
    out = tmp_path / "out"
    result = build(src, out / "build", out / "datapackage.json")
    assert result.rejected == [] and result.report is None
    table = pl.read_parquet(out / "build" / "articles.parquet")
    assert table.schema["published"] == pl.Date
    rows = _articles(out)
    picked = ("outlet", "url", "published", "license")
    assert {k: rows["a.txt"][k] for k in picked} == {
        "outlet": "The Example Times",
        "url": "https://example.org/a",
        "published": dt.date(2024, 11, 10),
        "license": "CC-BY-4.0",
    }
    assert {k: rows["world/b.txt"][k] for k in picked} == dict.fromkeys(picked)  # unknown
    desc = json.loads((out / "datapackage.json").read_text("utf-8"))
    assert desc["sources"] == [
        {"title": "The Example Times: raw/a.txt", "path": "https://example.org/a"},
        {"title": "raw/world/b.txt"},
    ]


def test_overrides_reach_entities(tmp_path: Path):
    src = _folder(tmp_path, overrides=OVERRIDES_HEADER + "Kremlin,FAC,Moscow Kremlin,a building\n")
    out = tmp_path / "out"
    build(src, out / "build", out / "datapackage.json")
    entities = pl.read_parquet(out / "build" / "entities.parquet")
    kremlin = entities.filter(pl.col("text") == "Kremlin").row(0, named=True)
    assert (kremlin["label"], kremlin["canonical_name"]) == ("FAC", "Moscow Kremlin")
    assert "rule:override" in kremlin["method"]


#: (file, content, what the error says, what is left out with skip_invalid)
BAD = {
    "sources: wrong columns": (
        "sources.csv",
        "source_path,outlet,url,date,license\na.txt,The Example Times,,2024-11-10,\n",
        "columns are ['source_path', 'outlet', 'url', 'date', 'license'], expected "
        "['source_path', 'outlet', 'url', 'published', 'license']",
    ),
    "sources: a bad date": (
        "sources.csv",
        SOURCES_HEADER + "world/b.txt,Wire,,,\na.txt,The Example Times,,10/11/2024,\n",
        "line 3: published '10/11/2024' is not an ISO date (YYYY-MM-DD)",
    ),
    "sources: a duplicate row": (
        "sources.csv",
        SOURCES_HEADER + "world/b.txt,Wire,,,\nworld/b.txt,Other Wire,,,\n",
        "line 3: 'world/b.txt' is listed twice",
    ),
    "overrides: wrong columns": (
        "entity_overrides.csv",
        "surface,label\nKremlin,FAC\n",
        "columns are ['surface', 'label'], expected ['surface', 'label', 'canonical_name', 'note']",
    ),
    "overrides: a bad label": (
        "entity_overrides.csv",
        OVERRIDES_HEADER + "Kremlin,BUILDING,Moscow Kremlin,\n",
        "line 2: label 'BUILDING' is not an OntoNotes label",
    ),
    "overrides: a duplicate row": (
        "entity_overrides.csv",
        OVERRIDES_HEADER + "Kyiv,GPE,Kyiv,\nKremlin,FAC,Moscow Kremlin,\nKremlin,ORG,Kremlin,\n",
        "line 4: empty or repeated surface 'Kremlin'",
    ),
}


def _bad_folder(tmp_path: Path, case: str) -> Path:
    name, content, _ = BAD[case]
    src = _folder(tmp_path)
    (src / name).write_text(content, encoding="utf-8")
    return src


@pytest.mark.parametrize("case", list(BAD))
def test_a_bad_row_stops_the_build_naming_the_file_and_line(tmp_path: Path, case: str):
    name, _, reason = BAD[case]
    src = _bad_folder(tmp_path, case)
    out = tmp_path / "out"
    with pytest.raises(InputError) as exc:
        build(src, out / "build", out / "datapackage.json")
    assert exc.value.path == str(src / name)
    assert str(exc.value).startswith(f"{src / name}: {reason}")
    assert exc.value.hint  # says what to do
    assert not out.exists()  # nothing written


@pytest.mark.parametrize("case", list(BAD))
def test_skip_invalid_leaves_the_row_out_and_lists_it(tmp_path: Path, case: str):
    name, _, reason = BAD[case]
    src = _bad_folder(tmp_path, case)
    out = tmp_path / "out"
    result = build(src, out / "build", out / "datapackage.json", skip_invalid=True)
    with open(out / "build" / REPORT_NAME, encoding="utf-8", newline="") as handle:
        report = list(csv.DictReader(handle))
    assert [(r["file"], r["reason"]) for r in report] == [(name, reason)]
    assert report[0]["hint"]
    assert [e.source_path for e in result.rejected] == [name]
    rows = _articles(out)
    assert sorted(rows) == ["a.txt", "world/b.txt"]  # every article is built
    entities = pl.read_parquet(out / "build" / "entities.parquet")
    kremlin = entities.filter(pl.col("text") == "Kremlin").row(0, named=True)
    if case == "sources: a bad date":  # the good row stays; the bad one is unknown
        assert (rows["world/b.txt"]["outlet"], rows["a.txt"]["outlet"]) == ("Wire", None)
        assert rows["a.txt"]["published"] is None
    elif case == "sources: a duplicate row":  # the first row counts
        assert rows["world/b.txt"]["outlet"] == "Wire"
    elif case == "overrides: a duplicate row":  # the first row counts
        assert (kremlin["label"], kremlin["canonical_name"]) == ("FAC", "Moscow Kremlin")
    else:  # the whole file, or its one row, left out: nothing from it applied
        assert {r["outlet"] for r in rows.values()} == {None}
        assert (kremlin["label"], kremlin["canonical_name"]) == ("ORG", "Kremlin")
        assert "rule:override" not in kremlin["method"]
