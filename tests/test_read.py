"""Stage 1: discovering, decoding and normalising source files."""

from __future__ import annotations

import codecs
import os
import re
import unicodedata
from pathlib import Path

import pytest

from trump_putin_call.pipeline.errors import InputError
from trump_putin_call.pipeline.read import (
    MAX_BLOCK_CHARS,
    article_id_for,
    check_text,
    decode,
    discover,
    mark_duplicates,
    normalise,
    read,
    scan,
)


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
    with pytest.raises(InputError, match=r"image\.txt: is a PNG image, not text"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image.txt")
    with pytest.raises(InputError, match=r"data\.txt: contains NUL bytes \(the first at byte 3\)"):
        decode(b"abc\x00def", "data.txt")


def test_utf16_without_a_bom_is_rejected_with_a_hint():
    with pytest.raises(InputError, match="UTF-16/32 text without a byte-order mark") as exc:
        decode("Putin said.".encode("utf-16-le"), "x.txt")
    assert "re-save it as UTF-8" in exc.value.hint


def test_empty_and_whitespace_files_are_rejected(tmp_path: Path):
    for name, content in (
        ("empty.txt", b""),
        ("blank.txt", b" \n\t\r\n"),
        ("invisible.txt", "\u200b\u200d\ufeff\n\u2060".encode()),
    ):
        (tmp_path / name).write_bytes(content)
    for source in discover(tmp_path):
        with pytest.raises(InputError, match=r"is empty") as exc:
            read(source)
        assert exc.value.source_path == source.source_path and exc.value.hint


def test_read_records_provenance(root: Path):
    source = discover(root / "raw")[0]
    raw = read(source)
    assert raw.n_bytes == source.path.stat().st_size
    assert len(raw.sha256) == 64 and raw.encoding == "utf-8"
    assert raw.text == source.path.read_text(encoding="utf-8")


def test_latin1_pound_is_windows_1252_not_a_polish_l():
    """The BBC corpus case: one Latin-1 £ in English text (charset-normalizer says cp1250)."""
    data = ("Shares rose. " * 40 + "The deal was worth £5bn.\n").encode("latin-1")
    text, encoding = decode(data, "x.txt")
    assert encoding == "cp1252" and "£5bn" in text and "Ł" not in text


def test_text_that_is_neither_utf8_nor_windows_1252_is_rejected():
    data = "Москва заявила, что звонка не было.".encode("koi8-r")
    with pytest.raises(InputError, match=r"koi\.txt: is not valid UTF-8 \(byte 0x\w\w on line 1\)"):
        decode(data, "koi.txt")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("<!DOCTYPE html>\n<title>x</title>Trump", "HTML/XML document"),
        ("  <html><body><p>Trump called.</p></body></html>", "HTML/XML document"),
        ("<p>Trump called Putin.</p>\n<p>He said no.</p>", "HTML/XML document"),
        ("A" * (MAX_BLOCK_CHARS + 1), "line 1 is 1,000,001 characters long"),
        ("Trump\x00Putin", "NUL"),
    ],
)
def test_texts_that_cannot_be_articles(text, reason):
    with pytest.raises(InputError, match=re.escape(reason)):
        check_text(text, "x.txt")


@pytest.mark.parametrize(
    "text",
    [
        "Trump said <b>no</b> to the plan.",  # markup inside prose is kept, verbatim
        "Use the <p> tag, he said.",
        "\u200bTrump 😀 called\u200d Putin.",
        "A" * MAX_BLOCK_CHARS + "\n" + "B" * MAX_BLOCK_CHARS,
    ],
)
def test_texts_that_are_kept_as_they_are(text):
    check_text(text, "x.txt")


def test_symlinks_unreadable_and_odd_files_are_rejected_by_name(tmp_path: Path):
    src, outside = tmp_path / "src", tmp_path / "outside"
    src.mkdir()
    outside.mkdir()
    (outside / "elsewhere.txt").write_text("Putin.", encoding="utf-8")
    (src / "a.txt").write_text("Trump.", encoding="utf-8")
    (src / "inside.txt").symlink_to(src / "a.txt")
    (src / "out.txt").symlink_to(outside / "elsewhere.txt")
    (src / "broken.txt").symlink_to(src / "missing.txt")
    (src / "folder").symlink_to(outside, target_is_directory=True)
    os.mkfifo(src / "pipe.txt")
    sources, rejected = scan(src)
    assert [s.article_id for s in sources] == ["a", "inside"]
    reasons = {e.source_path: e.reason for e in rejected}
    assert reasons.keys() == {"broken.txt", "folder", "out.txt", "pipe.txt"}
    assert "broken symbolic link" in reasons["broken.txt"]
    assert "outside the source folder" in reasons["out.txt"]
    assert "outside the source folder" in reasons["folder"]
    assert "not a regular file" in reasons["pipe.txt"]
    assert all(e.hint and str(src) in e.path for e in rejected)


def test_unreadable_file_is_rejected(tmp_path: Path, monkeypatch):
    (tmp_path / "locked.txt").write_text("Trump.", encoding="utf-8")
    (tmp_path / "locked.txt").chmod(0)
    if os.access(tmp_path / "locked.txt", os.R_OK):  # root reads anything: simulate it
        real = Path.read_bytes

        def read_bytes(self):
            if self.name == "locked.txt":
                raise PermissionError(13, "Permission denied", str(self))
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", read_bytes)
    (source,) = discover(tmp_path)
    with pytest.raises(InputError, match=r"locked\.txt: cannot be read: Permission denied"):
        read(source)


def test_colliding_ids_reject_both_files(tmp_path: Path):
    (tmp_path / "politics").mkdir()
    (tmp_path / "politics" / "001.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "politics_001.txt").write_text("Two.", encoding="utf-8")
    (tmp_path / "ok.txt").write_text("Three.", encoding="utf-8")
    sources, rejected = scan(tmp_path)
    assert [s.article_id for s in sources] == ["ok"]
    assert sorted(e.source_path for e in rejected) == ["politics/001.txt", "politics_001.txt"]


def test_the_same_text_under_two_names_is_flagged(tmp_path: Path):
    (tmp_path / "b.txt").write_bytes(b"Trump called Putin.\r\n")
    (tmp_path / "a.txt").write_bytes(b"Trump called Putin.\n")
    (tmp_path / "c.txt").write_bytes(b"Putin called Trump.\n")
    raws = mark_duplicates([read(s) for s in discover(tmp_path)])
    assert [(r.source.article_id, r.duplicate_of) for r in raws] == [
        ("a", None),
        ("b", "a"),
        ("c", None),
    ]
