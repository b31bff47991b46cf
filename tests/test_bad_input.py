"""Every kind of bad input, through the whole build: handled and recorded, or rejected.

One messy source folder holds every case of the README's bad-input policy. By default the
build refuses it and writes nothing; with ``skip_invalid`` it builds the rest and lists the
rejected files, with the reason and what to do, in ``rejected.csv`` beside the tables.
"""

from __future__ import annotations

import codecs
import csv
import os
from pathlib import Path

import polars as pl
import pytest

from trump_putin_call.checks import check
from trump_putin_call.pipeline.build import REPORT_NAME, build
from trump_putin_call.pipeline.errors import InputError, RejectedInputs
from trump_putin_call.schemas import TABLES
from trump_putin_call.validate import validate_package

EMOJI = (
    "🇺🇸 Donald Trump 😀 called Vladimir Putin on Sunday.\u200b\n\n"
    "“We talked for a long time 👍,” Putin said in Mala\u0301 Danylivka.\n"
)
SAME = "Trump called Putin on Sunday.\n\n“It went well,” an aide said.\n"

#: file → (source_encoding, duplicate_of) for the files that are built.
BUILT = {
    "cp1252.txt": ("cp1252", None),
    "latin1.txt": ("cp1252", None),
    "utf16.txt": ("utf-16", None),
    "utf8_bom.txt": ("utf-8-sig", None),
    "crlf.txt": ("utf-8", None),
    "markup.txt": ("utf-8", None),
    "emoji.txt": ("utf-8", None),
    "link_in.txt": ("utf-8", "emoji"),
    "same_a.txt": ("utf-8", None),
    "same_b.txt": ("utf-8", "same_a"),
    "same_crlf.txt": ("utf-8", "same_a"),
}
#: file → what its rejection reason says.
REJECTED = {
    "empty.txt": "is empty (0 bytes)",
    "blank.txt": "is empty or whitespace only",
    "invisible.txt": "is empty or whitespace only",
    "nul.txt": "contains NUL bytes",
    "image.txt": "is a PNG image, not text",
    "utf16_nobom.txt": "UTF-16/32 text without a byte-order mark",
    "koi8.txt": "is not valid UTF-8",
    "big.txt": "line 1 is 5,000,000 characters long",
    "bad name!.txt": "not of the form",
    "politics/001.txt": "maps to article id 'politics_001', as does politics_001.txt",
    "politics_001.txt": "maps to article id 'politics_001', as does politics/001.txt",
    "page.txt": "is an HTML/XML document",
    "link_out.txt": "outside the source folder",
    "link_broken.txt": "is a broken symbolic link",
    "linked_folder": "outside the source folder",
    "pipe.txt": "is not a regular file",
}


@pytest.fixture(scope="module")
def messy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("messy")
    src, outside = base / "src", base / "outside"
    src.mkdir()
    outside.mkdir()
    (outside / "elsewhere.txt").write_text("Putin spoke.", encoding="utf-8")
    files = {
        "cp1252.txt": "The grant of £6 billion was “final”, officials said.".encode("cp1252"),
        "latin1.txt": ("Shares rose. " * 30 + "The deal was worth £5bn.").encode("latin-1"),
        "utf16.txt": "“Peace,” Putin said.\n".encode("utf-16"),
        "utf8_bom.txt": codecs.BOM_UTF8 + b"Trump won.\n",
        "crlf.txt": b"Trump spoke.\r\nPutin listened.\rThe call ended.\r\n",
        "markup.txt": b"Trump said <b>no</b> to the plan.\n",
        "emoji.txt": EMOJI.encode(),
        "same_a.txt": SAME.encode(),
        "same_b.txt": SAME.encode(),
        "same_crlf.txt": SAME.replace("\n", "\r\n").encode(),
        "empty.txt": b"",
        "blank.txt": b" \n\t \r\n",
        "invisible.txt": "\u200b\u200d\n".encode(),
        "nul.txt": b"Trump\x00Putin",
        "image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01",
        "utf16_nobom.txt": "Putin said.".encode("utf-16-le"),
        "koi8.txt": "Москва заявила, что звонка не было.".encode("koi8-r"),
        "big.txt": b"word " * 1_000_000,  # 5 MB, one paragraph
        "bad name!.txt": b"Text.",
        "politics_001.txt": b"One.",
        "page.txt": b"<!DOCTYPE html>\n<html><body><p>Trump called.</p></body></html>",
        "notes.md": b"not an article: ignored",
    }
    for name, data in files.items():
        (src / name).write_bytes(data)
    (src / "politics").mkdir()
    (src / "politics" / "001.txt").write_bytes(b"Two.")
    (src / "link_in.txt").symlink_to(src / "emoji.txt")
    (src / "link_out.txt").symlink_to(outside / "elsewhere.txt")
    (src / "link_broken.txt").symlink_to(src / "gone.txt")
    (src / "linked_folder").symlink_to(outside, target_is_directory=True)
    os.mkfifo(src / "pipe.txt")
    return base


@pytest.fixture(scope="module")
def skipped(messy: Path):
    """The messy folder built with skip_invalid."""
    result = build(
        messy / "src",
        messy / "out" / "build",
        messy / "out" / "datapackage.json",
        skip_invalid=True,
    )
    tables = {n: pl.read_parquet(result.out_dir / f"{n}.parquet") for n in TABLES}
    return result, tables


@pytest.mark.parametrize("dask", [None, "local"])
def test_by_default_nothing_is_built_and_every_file_is_named(messy: Path, dask):
    out = messy / f"refused-{dask}"  # on Dask, the inputs are read in a child process
    with pytest.raises(RejectedInputs) as exc:
        build(messy / "src", out / "build", out / "datapackage.json", dask=dask)
    found = {e.source_path: e for e in exc.value.rejected}
    assert found.keys() == REJECTED.keys()
    for source_path, reason in REJECTED.items():
        error = found[source_path]
        assert reason in error.reason, (source_path, error.reason)
        assert error.hint, source_path  # says what to do
        assert str(error).startswith(str(messy / "src" / source_path))  # names the file
        assert str(error) in str(exc.value)
    assert "--skip-invalid" in str(exc.value)
    assert not out.exists()  # nothing written, not even a folder


def test_skip_invalid_builds_the_rest_and_reports_the_rejected(skipped, messy: Path):
    result, tables = skipped
    articles = tables["articles"]
    assert articles["source_path"].to_list() == sorted(BUILT, key=lambda p: p[:-4])
    recorded = {
        row["source_path"]: (row["source_encoding"], row["duplicate_of"])
        for row in articles.iter_rows(named=True)
    }
    assert recorded == BUILT
    with open(result.report, encoding="utf-8", newline="") as handle:
        report = list(csv.DictReader(handle))
    assert result.report == messy / "out" / "build" / REPORT_NAME
    assert [r["file"] for r in report] == sorted(REJECTED)
    for row in report:
        assert REJECTED[row["file"]] in row["reason"] and row["hint"] and row["row"] == ""
    assert validate_package(messy / "out" / "datapackage.json") == []


def test_text_is_decoded_and_normalised_as_recorded(skipped):
    _, tables = skipped
    text = dict(tables["articles"].select("source_path", "text").iter_rows())
    assert text["cp1252.txt"] == "The grant of £6 billion was “final”, officials said."
    assert text["latin1.txt"].endswith("The deal was worth £5bn.")
    assert text["utf16.txt"] == "“Peace,” Putin said.\n"
    assert text["utf8_bom.txt"] == "Trump won.\n"
    assert text["crlf.txt"] == "Trump spoke.\nPutin listened.\nThe call ended.\n"
    assert text["markup.txt"] == "Trump said <b>no</b> to the plan.\n"  # kept verbatim
    assert text["emoji.txt"] == EMOJI.replace("a\u0301", "á")  # NFC, nothing else changed


def test_offsets_stay_right_after_astral_and_zero_width_characters(skipped):
    _, tables = skipped
    assert check(tables) == []
    texts = dict(tables["articles"].select("article_id", "text").iter_rows())
    for name in ("blocks", "sentences", "entities", "quotes"):
        for row in tables[name].iter_rows(named=True):
            assert texts[row["article_id"]][row["start_char"] : row["end_char"]] == row["text"]
    emoji = texts["emoji"]
    mentions = tables["entities"].filter(pl.col("article_id") == "emoji")
    putin = mentions.filter(pl.col("text") == "Vladimir Putin").row(0, named=True)
    assert putin["start_char"] == emoji.index("Vladimir Putin")  # code points, not UTF-16
    quote = tables["quotes"].filter(pl.col("article_id") == "emoji").row(0, named=True)
    assert quote["text"].startswith("We talked") and "👍" in quote["text"]


def test_the_cli_refuses_or_skips(messy: Path, capsys):
    from trump_putin_call.cli import main

    src, out = messy / "src", messy / "cli"
    assert main(["build", str(src), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "16 file(s) cannot be built" in err and "bad name!.txt" in err
    assert "--skip-invalid" in err and not out.exists()
    assert main(["build", str(src), "--out", str(out), "--skip-invalid"]) == 0
    err = capsys.readouterr().err
    assert (
        f"16 input(s) (files or rows) left out (--skip-invalid), listed with the reasons in {out}"
        in err
    )
    assert (out / "build" / REPORT_NAME).is_file() and (out / "datapackage.json").is_file()


def test_a_folder_where_nothing_can_be_built(tmp_path: Path):
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(RejectedInputs, match="No article can be built"):
        build(tmp_path, tmp_path / "out" / "build", skip_invalid=True)
    assert not (tmp_path / "out").exists()


def _error(exc: BaseException) -> tuple:
    """Everything an error says: type, message, file, row, hint, and its rejected inputs."""
    rejected = [_error(e) for e in getattr(exc, "rejected", [])]
    fields = {k: v for k, v in vars(exc).items() if k != "rejected"}
    return type(exc), str(exc), exc.args, fields, rejected


def _raised(source, out: Path, dask: str | None) -> tuple:
    with pytest.raises(InputError) as exc:
        build(source, out / "build", out / "datapackage.json", dask=dask)
    assert not out.exists()
    return _error(exc.value)


def test_a_bad_input_reads_the_same_with_and_without_dask(messy: Path, tmp_path: Path):
    from trump_putin_call.pipeline import isolated

    bad = tmp_path / "news.jsonl"
    bad.write_text('{"text": "Trump called Putin."}\n{"text": 5}\n', encoding="utf-8")
    cases = [messy / "src", bad, tmp_path / "missing", [tmp_path / "notes.md"]]
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    for n, source in enumerate(cases):
        isolated.last_pid = None
        here = _raised(source, tmp_path / f"out-{n}", None)
        assert isolated.last_pid is None  # in process without Dask
        there = _raised(source, tmp_path / f"out-{n}", "local")
        assert isolated.last_pid not in (None, os.getpid())  # read in a child process
        assert there == here, source
    assert "row 2: text is a int, not a string" in _raised(bad, tmp_path / "row", "local")[1]
