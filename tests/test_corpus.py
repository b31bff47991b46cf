"""Corpus files as input: Parquet, JSON Lines (gzipped too) and CSV, one article a row."""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import json
from pathlib import Path

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from trump_putin_call.pipeline.build import REPORT_NAME, build, read_inputs
from trump_putin_call.pipeline.errors import InputError, RejectedInputs

TEXT = "Trump called Putin on Thursday.\n\nThe Kremlin denied it, Peskov said."
LINE = "Trump called Putin on Thursday."


def _jsonl(path: Path, records: list[object]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _rejected(source) -> list[InputError]:
    return read_inputs(source).rejected


def test_parquet_columns_are_carried_exactly(tmp_path: Path):
    file = tmp_path / "news.parquet"
    table = pa.table(
        {
            "article_id": ["b-2", "a-1"],
            "text": [TEXT, TEXT + " More."],
            "title": ["Call", None],
            "outlet": ["Wire", ""],
            "url": ["https://example.org/b", None],
            "published": pa.array([dt.date(2024, 11, 10), None], pa.date32()),
            "license": ["CC-BY-4.0", None],
            "ignored": [1, 2],
        }
    )
    pq.write_table(table, file)
    got = read_inputs(file)
    assert got.rejected == []
    assert [r.source.article_id for r in got.raws] == ["a-1", "b-2"]  # id order
    assert [r.source.source_path for r in got.raws] == ["news.parquet#2", "news.parquet#1"]
    meta = got.meta["news.parquet#1"]
    assert (meta.title, meta.outlet, meta.url, meta.published, meta.license) == (
        "Call",
        "Wire",
        "https://example.org/b",
        dt.date(2024, 11, 10),
        "CC-BY-4.0",
    )
    other = got.meta["news.parquet#2"]
    assert other.has_title and other.title is None and other.outlet is None  # "" is unknown
    assert got.listed == ["news.parquet"] and not got.txt


def test_ids_derived_from_file_and_row_when_absent(tmp_path: Path):
    folder = tmp_path / "corpus"
    (folder / "2024").mkdir(parents=True)
    _jsonl(folder / "2024" / "nov.jsonl", [{"text": TEXT}, {"text": TEXT + " Two."}])
    with gzip.open(folder / "dec.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"text": TEXT + " Three.", "published": "2024-12-01"}) + "\n")
    got = read_inputs(folder)
    assert [r.source.article_id for r in got.raws] == [
        "2024_nov_000000001",
        "2024_nov_000000002",
        "dec_000000001",
    ]
    assert got.meta["dec.jsonl.gz#1"].published == dt.date(2024, 12, 1)
    assert not got.meta["dec.jsonl.gz#1"].has_title  # no title column: read from the text
    assert got.listed == ["2024/nov.jsonl", "dec.jsonl.gz"]


def test_csv_with_quoted_newlines(tmp_path: Path):
    file = tmp_path / "a.csv"
    with file.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["text", "outlet"])
        writer.writerow([TEXT, 'The "Post"'])
    got = read_inputs(file)
    assert [r.text for r in got.raws] == [TEXT]
    assert got.meta["a.csv#1"].outlet == 'The "Post"'


BAD_ROWS = [
    ("null text", [{"text": None}], "row 1: has no text"),
    ("missing text", [{"title": "x"}], "row 1: has no text"),
    ("empty text", [{"text": "  \n "}], "row 1: text empty or whitespace only"),
    ("number text", [{"text": 5}], "row 1: text is a int, not a string"),
    ("bad date", [{"text": TEXT, "published": "2024-13-45"}], "published '2024-13-45'"),
    ("a time", [{"text": TEXT, "published": "2024-11-10T09:00:00Z"}], "is not a date"),
    ("words date", [{"text": TEXT, "published": "yesterday"}], "is not a date"),
    ("number outlet", [{"text": TEXT, "outlet": 3}], "outlet is a int"),
    ("empty id", [{"text": TEXT, "article_id": ""}], "article_id is empty"),
    ("bad id", [{"text": TEXT, "article_id": "a b"}], "article_id 'a b' is not of the form"),
    ("not an object", [[TEXT]], "row 1: is a JSON list, not an object"),
]


@pytest.mark.parametrize(("case", "records", "message"), BAD_ROWS, ids=[c[0] for c in BAD_ROWS])
def test_a_bad_row_is_named_with_its_file_and_row(tmp_path: Path, case, records, message):
    file = _jsonl(tmp_path / "c.jsonl", [{"text": TEXT + " Good."}, *records])
    (err,) = _rejected(file)
    assert str(file) in str(err) and message.replace("row 1", "row 2") in str(err), str(err)
    assert err.row == 2 and err.hint


def test_duplicate_ids_reject_both_rows(tmp_path: Path):
    file = _jsonl(tmp_path / "d.jsonl", [{"text": TEXT, "article_id": "x"}] * 2)
    errs = _rejected(file)
    assert [e.row for e in errs] == [1, 2]
    assert "article_id 'x' is also the id of d.jsonl#2" in str(errs[0])


def test_a_broken_json_line(tmp_path: Path):
    file = tmp_path / "t.jsonl"
    file.write_text(json.dumps({"text": TEXT}) + '\n{"text": "cut sho', encoding="utf-8")
    (err,) = _rejected(file)
    assert err.row == 2 and "is not valid JSON" in str(err)


def test_a_truncated_gzip_file(tmp_path: Path):
    file = tmp_path / "t.jsonl.gz"
    data = gzip.compress(
        "".join(json.dumps({"text": f"{TEXT} {i}"}) + "\n" for i in range(500)).encode()
    )
    file.write_bytes(data[: len(data) // 2])
    got = read_inputs(file)
    (err,) = got.rejected
    assert str(file) in str(err) and "cannot be read from line" in err.reason
    assert err.row == len(got.raws) + 1 and "truncated" in err.hint


def test_a_truncated_parquet_file(tmp_path: Path):
    file = tmp_path / "t.parquet"
    pq.write_table(pa.table({"text": [TEXT] * 10}), file)
    file.write_bytes(file.read_bytes()[:-100])
    (err,) = _rejected(file)
    assert str(file) in str(err) and "cannot be read as Parquet" in str(err) and err.row == 1


def test_a_parquet_file_without_text(tmp_path: Path):
    file = tmp_path / "t.parquet"
    pq.write_table(pa.table({"body": [TEXT]}), file)
    (err,) = _rejected(file)
    assert "has no 'text' column" in str(err) and "'text'" in err.hint


def test_a_parquet_text_column_of_numbers(tmp_path: Path):
    file = tmp_path / "t.parquet"
    pq.write_table(pa.table({"text": [1, 2]}), file)
    assert [e.row for e in _rejected(file)] == [1, 2]


def test_a_csv_quote_never_closed(tmp_path: Path):
    file = tmp_path / "q.csv"
    file.write_text(f'text,outlet\n"{LINE}",A\n"broken,B\nmore,C\n', encoding="utf-8")
    got = read_inputs(file)
    assert len(got.raws) == 1
    (err,) = got.rejected
    assert str(file) in str(err) and "row 2 (line 3)" in str(err) and "never closed" in str(err)


def test_a_csv_row_with_too_many_fields(tmp_path: Path):
    file = tmp_path / "f.csv"
    file.write_text(f"text\n{LINE}\na,b\n", encoding="utf-8")
    (err,) = _rejected(file)
    assert err.row == 2 and "(line 3) has 2 fields, the header 1" in str(err)


def test_txt_and_corpus_files_in_one_folder_are_refused(tmp_path: Path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    _jsonl(tmp_path / "b.jsonl", [{"text": TEXT}])
    with pytest.raises(InputError, match=r"both \.txt articles and corpus files"):
        read_inputs(tmp_path)


def test_a_corpus_builds_and_rejects_rows(tmp_path: Path):
    file = _jsonl(
        tmp_path / "in.jsonl",
        [
            {"text": TEXT, "title": "Given title", "outlet": "Wire", "published": "2024-11-10"},
            {"text": ""},
            {"text": TEXT + " Again.", "url": "https://example.org/2"},
        ],
    )
    out = tmp_path / "pkg"
    with pytest.raises(RejectedInputs, match=r"1 row\(s\) or file\(s\) cannot be built"):
        build(file, out / "build", out / "datapackage.json")
    assert not out.exists()
    result = build(file, out / "build", out / "datapackage.json", skip_invalid=True)
    with open(result.report, encoding="utf-8", newline="") as handle:
        (rejected,) = list(csv.DictReader(handle))
    assert result.report == out / "build" / REPORT_NAME
    assert (rejected["file"], rejected["row"]) == ("in.jsonl", "2")
    assert "empty" in rejected["reason"] and rejected["hint"]
    articles = pl.read_parquet(out / "build" / "articles.parquet")
    assert articles["article_id"].to_list() == ["in_000000001", "in_000000003"]
    first, second = articles.iter_rows(named=True)
    assert (first["title"], first["outlet"], first["published"]) == (
        "Given title",
        "Wire",
        dt.date(2024, 11, 10),
    )
    assert second["url"] == "https://example.org/2" and second["outlet"] is None
    assert first["source_path"] == "in.jsonl#1" and first["text"] == TEXT
    desc = json.loads((out / "datapackage.json").read_text("utf-8"))
    assert desc["sources"] == [{"title": "in.jsonl"}]
