"""Validation that bites: a deliberately broken copy of each table is rejected three ways.

For every table, each breakage is written as a real Parquet file with the table's own Arrow
schema, beside a copy of the descriptor (its bytes and sha256 updated, so only the content
is wrong), and must be rejected by the build's checks (``checks.check``), by
``validate_package`` and by Frictionless, with the expected error type. Frictionless
cannot compare offsets with ``articles.text``; ``frictionless_validate`` adds that check
(error type ``offset-error``).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from trump_putin_call.checks import check
from trump_putin_call.hashes import SIZE_KEY
from trump_putin_call.schemas import TABLES
from trump_putin_call.validate import frictionless_validate, validate_package

pytest.importorskip("frictionless")

Breakage = Callable[[pl.DataFrame], pl.DataFrame]


def at(row: int, **values) -> Breakage:
    """Set columns of one row (negative: from the end)."""

    def apply(df: pl.DataFrame) -> pl.DataFrame:
        i = row % df.height
        return df.with_columns(
            pl.when(pl.int_range(pl.len()) == i)
            .then(pl.lit(v, dtype=df.schema[c]))
            .otherwise(pl.col(c))
            .alias(c)
            for c, v in values.items()
        )

    return apply


def shift(row: int, column: str, by: int = 10**6) -> Breakage:
    def apply(df: pl.DataFrame) -> pl.DataFrame:
        i = row % df.height
        bump = pl.when(pl.int_range(pl.len()) == i).then(by).otherwise(0)
        return df.with_columns(pl.col(column) + bump)

    return apply


def duplicate(row: int) -> Breakage:
    """Repeat one row right after itself (the rows stay sorted by key)."""
    return lambda df: pl.concat([df.slice(0, row + 1), df.slice(row, 1), df.slice(row + 1)])


def reword(row: int) -> Breakage:
    def apply(df: pl.DataFrame) -> pl.DataFrame:
        return at(row, text="Words that were never there")(df)

    return apply


def with_speaker(breakage: Callable[[int], Breakage]) -> Breakage:
    """Apply to the first quote that has a speaker."""

    def apply(df: pl.DataFrame) -> pl.DataFrame:
        row = df.with_row_index().filter(pl.col("speaker_start").is_not_null())["index"][0]
        return breakage(row)(df)

    return apply


def articles_text_changed(df: pl.DataFrame) -> pl.DataFrame:
    return df.with_columns(text=pl.col("text").str.replace("Trump", "Biden"))


#: (table, what is broken, breakage, message from checks.check, Frictionless error type)
CASES = [
    ("articles", "duplicate key", duplicate(0), "duplicate primary key", "primary-key"),
    ("articles", "dangling key", at(1, duplicate_of="nope"), "no match", "foreign-key"),
    ("articles", "null", at(1, language=None), "null value(s)", "constraint-error"),
    ("articles", "enum", at(0, source_encoding="latin-9"), "outside the enum", "constraint-error"),
    ("articles", "text", articles_text_changed, "!= text", "offset-error"),
    ("blocks", "duplicate key", duplicate(3), "duplicate primary key", "primary-key"),
    ("blocks", "dangling key", at(-1, article_id="zzz"), "no match", "foreign-key"),
    ("blocks", "null", at(2, block_type=None), "null value(s)", "constraint-error"),
    ("blocks", "past the end", shift(2, "end_char"), "!= text", "offset-error"),
    ("blocks", "enum", at(2, block_type="sidebar"), "outside the enum", "constraint-error"),
    ("blocks", "text", reword(4), "!= text", "offset-error"),
    ("sentences", "duplicate key", duplicate(5), "duplicate primary key", "primary-key"),
    ("sentences", "dangling key", at(5, block_index=999), "no match", "foreign-key"),
    ("sentences", "null", at(5, method=None), "null value(s)", "constraint-error"),
    ("sentences", "past the end", shift(5, "end_char"), "!= text", "offset-error"),
    ("sentences", "enum", at(5, block_type="boilerplate"), "outside the enum", "constraint-error"),
    ("sentences", "text", reword(5), "!= text", "offset-error"),
    ("entities", "duplicate key", duplicate(7), "duplicate primary key", "primary-key"),
    ("entities", "dangling key", at(7, sentence_id="x:s0001"), "no match", "foreign-key"),
    ("entities", "null", at(7, canonical_name=None), "null value(s)", "constraint-error"),
    ("entities", "past the end", shift(7, "end_char"), "!= text", "offset-error"),
    ("entities", "enum", at(7, label="PERSONA"), "outside the enum", "constraint-error"),
    ("entities", "text", reword(7), "!= text", "offset-error"),
    ("quotes", "duplicate key", duplicate(1), "duplicate primary key", "primary-key"),
    ("quotes", "dangling key", at(1, sentence_id="x:s0001"), "no match", "foreign-key"),
    ("quotes", "null", at(1, method=None), "null value(s)", "constraint-error"),
    (
        "quotes",
        "past the end",
        with_speaker(lambda r: shift(r, "speaker_end")),
        "!= speaker_text",
        "offset-error",
    ),
    ("quotes", "enum", at(1, quote_type="hearsay"), "outside the enum", "constraint-error"),
    ("quotes", "text", reword(1), "!= text", "offset-error"),
    ("quotes", "dangling utterance", at(2, utterance_id="x:u001"), "no match", "foreign-key"),
    ("utterances", "duplicate key", duplicate(0), "duplicate primary key", "primary-key"),
    ("utterances", "dangling key", at(0, quote_id="x:q001"), "no match", "foreign-key"),
    ("utterances", "null", at(0, text=None), "null value(s)", "constraint-error"),
    ("utterances", "pattern", at(0, utterance_id="u1"), "not matching", "constraint-error"),
    ("alignments", "duplicate key", duplicate(0), "duplicate primary key", "primary-key"),
    ("alignments", "dangling key", at(0, article_id_b="zzz"), "no match", "foreign-key"),
    ("alignments", "null", at(0, method=None), "null value(s)", "constraint-error"),
    ("alignments", "past the end", shift(0, "end_char_b"), "!= text_b", "offset-error"),
    ("alignments", "enum", at(0, kind="copy"), "outside the enum", "constraint-error"),
    (
        "alignments",
        "text",
        at(0, text_a="Words that were never there"),
        "!= text_a",
        "offset-error",
    ),
]


def _broken_copy(seed_build: Path, folder: Path, table: str, breakage: Breakage) -> Path:
    """The seed package with ``table`` broken; returns its descriptor."""
    pkg = folder / "pkg"
    shutil.copytree(seed_build, pkg)
    file = pkg / "build" / f"{table}.parquet"
    schema = pq.read_schema(file)  # the table's Arrow schema, descriptions and metadata
    df = breakage(pl.read_parquet(file))
    # A null in a required column cannot be stored in a non-nullable field: relax that one.
    schema = pa.schema(
        [f.with_nullable(True) if df[f.name].null_count() else f for f in schema],
        metadata=schema.metadata,
    )
    pq.write_table(df.to_arrow().cast(schema), file)
    descriptor = pkg / "datapackage.json"
    desc = json.loads(descriptor.read_text("utf-8"))
    for res in desc["resources"]:
        if res["name"] == table:
            data = file.read_bytes()
            res[SIZE_KEY], res["hash"] = len(data), f"sha256:{hashlib.sha256(data).hexdigest()}"
    descriptor.write_text(json.dumps(desc, indent=2), encoding="utf-8")
    return descriptor


def _frames(descriptor: Path) -> dict[str, pl.DataFrame]:
    return {n: pl.read_parquet(descriptor.parent / "build" / f"{n}.parquet") for n in TABLES}


def test_every_table_is_broken_every_way():
    broken = {(table, what) for table, what, *_ in CASES}
    for table in TABLES:
        kinds = {"duplicate key", "dangling key", "null", "enum", "text"}
        if table != "articles":
            kinds.add("past the end")
        if table == "utterances":  # no offsets, no enum: its ids have a pattern
            kinds = {"duplicate key", "dangling key", "null", "pattern"}
        assert {(table, k) for k in kinds} <= broken, table


def test_the_sound_package_passes_every_validator(seed_build: Path):
    descriptor = seed_build / "datapackage.json"
    assert check(_frames(descriptor)) == []
    assert validate_package(descriptor, recover=False) == []
    report = frictionless_validate(descriptor)
    assert report.valid, report.flatten(["type", "note"])


@pytest.mark.parametrize(
    ("table", "what", "breakage", "message", "error_type"),
    CASES,
    ids=[f"{table}-{what}" for table, what, *_ in CASES],
)
def test_a_broken_copy_is_rejected(
    seed_build, tmp_path, table, what, breakage, message, error_type
):
    descriptor = _broken_copy(seed_build, tmp_path, table, breakage)
    errors = check(_frames(descriptor))
    assert any(message in e for e in errors), errors
    assert any(message in e for e in validate_package(descriptor)), errors
    # The broken resource alone (its foreign keys are still looked up): 5x faster.
    checked = "blocks" if (table, what) == ("articles", "text") else table
    report = frictionless_validate(descriptor, checked)
    types = {t for (t,) in report.flatten(["type"])}
    assert error_type in types, report.flatten(["type", "note"])


def test_a_column_of_the_wrong_type_is_rejected(seed_build, tmp_path):
    def as_text(df: pl.DataFrame) -> pl.DataFrame:
        return df.with_columns(pl.col("start_char").cast(pl.String))

    pkg = tmp_path / "pkg"
    shutil.copytree(seed_build, pkg)
    file = pkg / "build" / "blocks.parquet"
    pq.write_table(as_text(pl.read_parquet(file)).to_arrow(), file)
    errors = validate_package(pkg / "datapackage.json")
    assert any("blocks.start_char: type String, the schema says integer" in e for e in errors)
    assert any("sha256" in e for e in errors)  # and the descriptor no longer matches it


def test_a_truncated_table_is_an_error_not_a_crash(seed_build, tmp_path):
    pkg = tmp_path / "pkg"
    shutil.copytree(seed_build, pkg)
    file = pkg / "build" / "quotes.parquet"
    file.write_bytes(file.read_bytes()[:1000])
    errors = validate_package(pkg / "datapackage.json")
    assert any("quotes" in e and "bytes, descriptor says" in e for e in errors)
    assert any("cannot be read as Parquet" in e for e in errors)


def test_plain_frictionless_accepts_the_committed_package(root):
    # The standard command, as a user types it: no skipped checks.
    exe = Path(sys.executable).with_name("frictionless")
    run = subprocess.run(
        [exe, "validate", "datapackage.json"], cwd=root, capture_output=True, text=True
    )
    assert run.returncode == 0 and "INVALID" not in run.stdout, run.stdout + run.stderr


@pytest.mark.parametrize("key", [SIZE_KEY, "hash"])
def test_a_wrong_recorded_size_or_hash_is_refused(seed_build, tmp_path, key):
    pkg = tmp_path / "pkg"
    shutil.copytree(seed_build, pkg)
    desc = json.loads((pkg / "datapackage.json").read_text("utf-8"))
    res = desc["resources"][4]
    res[key] = res[key] + 1 if key == SIZE_KEY else "sha256:" + "0" * 64
    (pkg / "datapackage.json").write_text(json.dumps(desc), encoding="utf-8")
    errors = validate_package(pkg / "datapackage.json")
    assert any(e.startswith(res["name"]) and ("bytes" in e or "sha256" in e) for e in errors)


def test_a_descriptor_path_outside_the_package_is_refused(seed_build, tmp_path):
    pkg = tmp_path / "pkg"
    shutil.copytree(seed_build, pkg)
    desc = json.loads((pkg / "datapackage.json").read_text("utf-8"))
    desc["resources"][0]["path"] = "../../../etc/passwd"
    (pkg / "datapackage.json").write_text(json.dumps(desc), encoding="utf-8")
    errors = validate_package(pkg / "datapackage.json")
    assert any("leads outside" in e for e in errors)


# Trustworthy loading -------------------------------------------------------------------


@pytest.fixture
def package(seed_build: Path, tmp_path: Path, monkeypatch) -> Path:
    """A copy of the seed package that the loader reads instead of the bundled one."""
    from trump_putin_call import loader

    pkg = tmp_path / "pkg"
    shutil.copytree(seed_build, pkg)
    monkeypatch.setattr(loader, "data_root", lambda: pkg)
    return pkg


def test_load_refuses_a_truncated_or_altered_table(package: Path):
    import trump_putin_call as t

    file = package / "build" / "entities.parquet"
    original = file.read_bytes()
    assert t.load("entities").height == pl.read_parquet(original).height
    file.write_bytes(original[:-10])
    with pytest.raises(t.IntegrityError, match="truncated or altered: rebuild it") as exc:
        t.load("entities")
    assert str(file) in str(exc.value) and "reinstall" in str(exc.value)
    flipped = bytearray(original)
    flipped[len(flipped) // 2] ^= 0xFF  # same size, one byte changed
    file.write_bytes(bytes(flipped))
    for backend in ("polars", "pandas", "pyarrow"):
        with pytest.raises(t.IntegrityError, match=r"sha256 of .* the file is altered"):
            t.load("entities", backend=backend)
    with pytest.raises(t.IntegrityError, match="entities"):
        t.verify()
    t.verify(["articles", "quotes"])  # the others are fine
    file.unlink()
    with pytest.raises(t.IntegrityError, match="is missing"):
        t.verify(["entities"])


def test_a_rebuilt_package_is_read_afresh(package: Path, tmp_path: Path):
    """The descriptor is re-read when it changes: no false alarm after a rebuild."""
    import trump_putin_call as t
    from trump_putin_call.pipeline.build import build

    before = t.load("articles").height
    src = tmp_path / "src"
    src.mkdir()
    (src / "only.txt").write_text("Trump called Putin.", encoding="utf-8")
    build(src, package / "build", package / "datapackage.json")
    assert t.load("articles")["article_id"].to_list() == ["only"] != before


@pytest.mark.parametrize(
    "name", ["Articles", "../build/quotes", "build/quotes.parquet", "/etc/passwd", "", None, 3]
)
def test_a_table_name_is_only_ever_a_table_name(name):
    import trump_putin_call as t

    with pytest.raises(KeyError, match="the tables are: articles, blocks, sentences"):
        t.load(name)
    with pytest.raises(KeyError, match="the tables are"):
        t.path(name)


def test_no_path_leads_outside_the_data_folder(package: Path, tmp_path: Path):
    import trump_putin_call as t

    desc = json.loads((package / "datapackage.json").read_text("utf-8"))
    desc["resources"][4]["path"] = "../outside.parquet"
    (package / "datapackage.json").write_text(json.dumps(desc), encoding="utf-8")
    shutil.copy(package / "build" / "quotes.parquet", tmp_path / "outside.parquet")
    with pytest.raises(t.IntegrityError, match="outside the data folder"):
        t.load("quotes")
    # A table file that is a link to a file elsewhere is refused the same way.
    (package / "build" / "blocks.parquet").unlink()
    (package / "build" / "blocks.parquet").symlink_to(tmp_path / "outside.parquet")
    with pytest.raises(t.IntegrityError, match="outside the data folder"):
        t.load("blocks")
