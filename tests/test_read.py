"""Stage 1: discovering, decoding and normalising source files."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import pytest

from trump_putin_call.pipeline.errors import InputError
from trump_putin_call.pipeline.read import article_id_for, decode, discover, normalise, read


def test_article_ids_follow_the_design():
    assert article_id_for("000_c6980810b8bc2544.txt") == "000_c6980810b8bc2544"
    assert article_id_for("politics/001.txt") == "politics_001"


def test_discover_is_recursive_and_sorted(tmp_path: Path):
    (tmp_path / "politics").mkdir()
    (tmp_path / "b.txt").write_text("B.", encoding="utf-8")
    (tmp_path / "politics" / "001.txt").write_text("P.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    assert [s.article_id for s in discover(tmp_path)] == ["a", "b", "politics_001"]
    assert [s.source_path for s in discover(tmp_path)] == ["a.txt", "b.txt", "politics/001.txt"]


def test_two_files_with_one_id_is_an_error(tmp_path: Path):
    (tmp_path / "politics").mkdir()
    (tmp_path / "politics" / "001.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "politics_001.txt").write_text("Two.", encoding="utf-8")
    with pytest.raises(InputError, match="politics_001"):
        discover(tmp_path)


def test_a_name_that_cannot_be_an_id_is_named(tmp_path: Path):
    (tmp_path / "bad name!.txt").write_text("Text.", encoding="utf-8")
    with pytest.raises(InputError, match="bad name!"):
        discover(tmp_path)


def test_crlf_lone_cr_and_bom_are_normalised():
    text, encoding = decode(codecs.BOM_UTF8 + b"One.\r\nTwo.\rThree.", "x.txt")
    assert encoding == "utf-8-sig"
    assert normalise(text) == "One.\nTwo.\nThree."


def test_nfc():
    decomposed = "Zelensky visited Mala\u0301 Danylivka."
    assert normalise(decomposed) == unicodedata.normalize("NFC", decomposed)
    assert "\u0301" not in normalise(decomposed)


def test_utf16_with_bom_is_decoded():
    text, encoding = decode("“Peace,” he said.".encode("utf-16"), "x.txt")
    assert text == "“Peace,” he said." and encoding == "utf-16"


def test_windows_1252_is_detected_and_recorded():
    data = "The grant of £6 billion was “final”, officials said.".encode("cp1252")
    text, encoding = decode(data, "x.txt")
    assert "£6 billion" in text and "“final”" in text
    assert encoding.replace("_", "").lower() in {"cp1252", "windows1252"}


def test_binary_is_rejected_with_the_file_name():
    with pytest.raises(InputError, match=r"image\.txt.*NUL"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image.txt")


def test_empty_and_whitespace_files_are_rejected(tmp_path: Path):
    for name, content in (("empty.txt", b""), ("blank.txt", b" \n\t\n")):
        (tmp_path / name).write_bytes(content)
    for source in discover(tmp_path):
        with pytest.raises(InputError, match="empty or whitespace only"):
            read(source)


def test_read_records_provenance(root: Path):
    source = discover(root / "raw")[0]
    raw = read(source)
    assert raw.n_bytes == source.path.stat().st_size
    assert len(raw.sha256) == 64 and raw.encoding == "utf-8"
    assert raw.text == source.path.read_text(encoding="utf-8")
