"""Corpus files as input: Parquet, JSON Lines (optionally gzipped) or CSV, one article a row.

``text`` is required; ``article_id``, ``title``, ``outlet``, ``url``, ``published`` and
``license`` are optional and carried into ``articles`` exactly as given (an empty string is
unknown, like an empty cell: null). Files are read as streams, a bounded batch of rows at a
time (Parquet: pyarrow's ``iter_batches``; JSON Lines and CSV: one line or record at a
time), so reading never holds a whole file. Every bad row is an
:class:`~trump_putin_call.pipeline.errors.InputError` naming the file and the row (1-based,
in file order), the reason and what to do; a file that cannot be read (truncated, not
what its name says, a CSV quote never closed) is one naming the row where reading stopped.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import gzip
import hashlib
import json
import os
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from trump_putin_call.pipeline.errors import InputError
from trump_putin_call.pipeline.read import (
    ID_PATTERN,
    RawArticle,
    Source,
    check_text,
    index_entry,
    normalise,
)
from trump_putin_call.pipeline.sources import SourceMeta

#: File name endings of corpus files (``.jsonl.gz`` before ``.jsonl``: longest first).
SUFFIXES = (".jsonl.gz", ".parquet", ".jsonl", ".csv")
#: Files beside the articles that are not corpus files (metadata of a .txt folder).
NOT_CORPUS = ("sources.csv", "entity_overrides.csv")
#: Optional columns, carried into ``articles``.
COLUMNS = ("article_id", "title", "outlet", "url", "published", "license")
#: Rows read from a Parquet file at a time.
BATCH_ROWS = 1024
#: Digits of a derived id's row number: ``corpus.parquet`` row 17 → ``corpus_000000017``.
ROW_DIGITS = 9
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def suffix_of(path: Path) -> str | None:
    """The corpus suffix of ``path``'s name, or None when it is not a corpus file."""
    name = path.name.lower()
    return next((s for s in SUFFIXES if name.endswith(s)), None)


def is_corpus_file(path: Path) -> bool:
    return suffix_of(path) is not None and path.name not in NOT_CORPUS


def corpus_files(folder: Path) -> list[Path]:
    """Every corpus file below ``folder`` (recursively), in path order."""
    found = [p for p in folder.rglob("*") if p.is_file() and is_corpus_file(p)]
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


@dataclass(frozen=True)
class CorpusRow:
    """One article read from a corpus file, with its metadata."""

    raw: RawArticle
    meta: SourceMeta


class _Stop(Exception):
    """The file cannot be read from here on (``row``: the first row not read)."""

    def __init__(self, row: int, reason: str, hint: str) -> None:
        super().__init__(reason)
        self.row, self.reason, self.hint = row, reason, hint


# Readers: each yields (row number, record or the problem with it) ------------------------

Record = dict[str, Any]


def _parquet(path: Path) -> Iterator[tuple[int, int, Record | str]]:
    import pyarrow.parquet as pq

    row = 0
    try:
        reader = pq.ParquetFile(path)
        names = set(reader.schema_arrow.names)
        if "text" not in names:
            raise _Stop(1, f"has no 'text' column (columns: {sorted(names)})", _COLUMNS_HINT)
        columns = [c for c in ("text", *COLUMNS) if c in names]
        for batch in reader.iter_batches(batch_size=BATCH_ROWS, columns=columns):
            for record in batch.to_pylist():
                row += 1
                yield row, row - 1, record
    except _Stop:
        raise
    except Exception as exc:  # pyarrow's errors: truncated, corrupt, not Parquet
        raise _Stop(
            row + 1,
            f"cannot be read as Parquet from row {row + 1} on: {exc}",
            "the file is truncated or not Parquet: write or copy it again",
        ) from None


def open_jsonl(path: Path) -> IO[str]:
    """A JSON Lines file (gzipped or not) as text."""
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    return opener(path, "rt", encoding="utf-8")  # type: ignore[return-value]


def jsonl_record(line: str) -> Record | str:
    """One line of JSON Lines as an object, or what is wrong with it."""
    if not line.strip():
        return "is an empty line (JSON Lines has one object per line)"
    try:
        record = json.loads(line)
    except ValueError as exc:
        return f"is not valid JSON ({exc}): a truncated or broken line"
    if not isinstance(record, dict):
        return f"is a JSON {type(record).__name__}, not an object"
    return record


def _jsonl(path: Path) -> Iterator[tuple[int, int, Record | str]]:
    row = 0
    try:
        with open_jsonl(path) as handle:
            # readline, not iteration: tell() gives each line's position to read it back.
            while True:
                position = handle.tell()
                line = handle.readline()
                if not line:
                    return
                row += 1
                yield row, position, jsonl_record(line)
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise _Stop(
            row + 1,
            f"cannot be read from line {row + 1} on: {exc}",
            "the file is truncated, not gzip, or not UTF-8: write or copy it again",
        ) from None


@contextlib.contextmanager
def csv_fields_unbounded() -> Iterator[None]:
    """CSV fields as long as an article (the csv module stops at 128 KiB by default)."""
    before = csv.field_size_limit()
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    try:
        yield
    finally:
        csv.field_size_limit(before)


def open_csv(path: Path) -> IO[str]:
    return path.open(encoding="utf-8", newline="")


def csv_reader(handle: IO[str]) -> Iterator[list[str]]:
    """CSV records from ``handle``, read a line at a time (so ``tell()`` works between
    records)."""
    return csv.reader(iter(handle.readline, ""), strict=True)


def _csv(path: Path) -> Iterator[tuple[int, int, Record | str]]:
    row, line = 0, 1
    try:
        with open_csv(path) as handle, csv_fields_unbounded():
            reader = csv_reader(handle)
            header = next(reader, None)
            if header is None:
                raise _Stop(1, "is empty (no header line)", _COLUMNS_HINT)
            if "text" not in header:
                raise _Stop(1, f"has no 'text' column (header: {header})", _COLUMNS_HINT)
            if len(set(header)) != len(header):
                raise _Stop(1, f"names a column twice (header: {header})", _COLUMNS_HINT)
            while True:
                line = reader.line_num + 1
                position = handle.tell()
                try:
                    values = next(reader)
                except StopIteration:
                    return
                row += 1
                if len(values) != len(header):
                    yield (
                        row,
                        position,
                        f"(line {line}) has {len(values)} fields, the header {len(header)}",
                    )
                    continue
                yield row, position, dict(zip(header, values, strict=True))
    except csv.Error as exc:
        raise _Stop(
            row + 1,
            f"cannot be read as CSV from row {row + 1} (line {line}) on: {exc}; a quote "
            "opened there is never closed, or a quoted field is followed by other characters",
            'fix the quoting (a " inside a quoted field is written ""), or write the '
            "corpus as Parquet or JSON Lines",
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise _Stop(
            row + 1,
            f"cannot be read from row {row + 1} (line {line}) on: {exc}",
            "make it readable and UTF-8, or write it again",
        ) from None


_READERS = {".parquet": _parquet, ".jsonl": _jsonl, ".jsonl.gz": _jsonl, ".csv": _csv}
_COLUMNS_HINT = (
    "give one article per row with its text in a column named 'text' (optional: "
    + ", ".join(COLUMNS)
    + ")"
)


# Rows to articles -----------------------------------------------------------------------


def _optional(record: Record, column: str) -> str | None:
    value = record.get(column)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"{column} is a {type(value).__name__} ({value!r}), not a string")
    return value


def _published(record: Record) -> dt.date | None:
    value = record.get("published")
    if value is None or value == "":
        return None
    if type(value) is dt.date:
        return value
    if isinstance(value, str) and _DATE.fullmatch(value):
        with contextlib.suppress(ValueError):
            return dt.date.fromisoformat(value)
    raise ValueError(
        f"published {value!r} is not a date (ISO 8601 YYYY-MM-DD); a time of day is not "
        "kept: give the date only, as the source gives it"
    )


def _article_id(record: Record, derived: str) -> str:
    if "article_id" not in record:
        return derived
    value = record["article_id"]
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if value is None or value == "":
        raise ValueError("article_id is empty (the column is there, so every row needs one)")
    if not isinstance(value, str):
        raise ValueError(f"article_id is a {type(value).__name__} ({value!r}), not a string")
    if not ID_PATTERN.fullmatch(value):
        raise ValueError(f"article_id {value!r} is not of the form {ID_PATTERN.pattern}")
    return value


def _row_article(path: Path, rel: str, row: int, record: Record) -> CorpusRow:
    """One record as an article (raises ValueError saying what is wrong with it)."""
    text = record.get("text")
    if text is None:
        raise ValueError("has no text (the 'text' value is null or missing)")
    if not isinstance(text, str):
        raise ValueError(f"text is a {type(text).__name__}, not a string")
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError(f"text is not valid Unicode ({exc.reason})") from None
    normalised = normalise(text)
    try:
        check_text(normalised, path)
    except InputError as exc:
        raise ValueError(f"text {exc.reason.removeprefix('is ')}") from None
    stem = rel[: -len(suffix_of(Path(rel)) or "")].replace("/", "_")
    article_id = _article_id(record, f"{stem}_{row:0{ROW_DIGITS}d}")
    meta = SourceMeta(
        outlet=_optional(record, "outlet"),
        url=_optional(record, "url"),
        published=_published(record),
        license=_optional(record, "license"),
        title=_optional(record, "title"),
        has_title="title" in record,
    )
    source = Source(article_id, f"{rel}#{row}", path)
    raw = RawArticle(source, hashlib.sha256(data).hexdigest(), len(data), "utf-8", normalised)
    return CorpusRow(raw, meta)


def _rejected(path: Path, rel: str, row: int, reason: str, hint: str) -> InputError:
    return InputError(path, f"row {row}: {reason}", hint, source_path=f"{rel}#{row}", row=row)


_ROW_HINT = "fix the row, or build the rest with --skip-invalid (it lists the row)"


def read_file(path: Path, rel: str) -> Iterator[CorpusRow | InputError]:
    """Every row of one corpus file, as an index entry (:func:`.read.index_entry`: no text,
    where the row lies) or as the error saying why it is not an article. Its metadata is
    checked here and read again with its text (:mod:`.lazy`)."""
    reader = _READERS[suffix_of(path) or ""]
    file = os.path.abspath(path)
    try:
        for row, position, record in reader(path):
            if isinstance(record, str):
                yield _rejected(path, rel, row, record, _ROW_HINT)
                continue
            try:
                item = _row_article(path, rel, row, record)
            except ValueError as exc:
                yield _rejected(path, rel, row, str(exc), _ROW_HINT)
                continue
            yield CorpusRow(index_entry(item.raw, (file, position)), _NO_META)
    except _Stop as stop:
        yield _rejected(path, rel, stop.row, stop.reason, stop.hint)


_NO_META = SourceMeta()


def read_corpus(
    paths: list[Path], base: Path | None = None
) -> tuple[list[RawArticle], list[InputError]]:
    """The index of the corpus files ``paths`` (paths named relative to ``base``, else by
    file name): an entry per article, without its text or metadata (read again where they
    are needed, :mod:`.lazy`), and every rejected row. Files are read a batch of rows at a
    time; nothing but the index is kept.

    Two rows with one id are both rejected (which one is meant cannot be told).
    """
    rows: list[RawArticle] = []
    rejected: list[InputError] = []
    for path in paths:
        if not path.is_file():
            rejected.append(InputError(path, "does not exist or is not a file", _COLUMNS_HINT))
            continue
        rel = path.relative_to(base).as_posix() if base is not None else path.name
        for item in read_file(path, rel):
            if isinstance(item, InputError):
                rejected.append(item)
            else:
                rows.append(item.raw)
    by_id: dict[str, list[RawArticle]] = defaultdict(list)
    for raw in rows:
        by_id[raw.source.article_id].append(raw)
    raws = []
    for article_id, items in by_id.items():
        if len(items) == 1:
            raws.append(items[0])
            continue
        for item in items:
            others = ", ".join(i.source.source_path for i in items if i is not item)
            file, _, row = item.source.source_path.rpartition("#")
            rejected.append(
                _rejected(
                    item.source.path,
                    file,
                    int(row),
                    f"article_id {article_id!r} is also the id of {others}",
                    "give every article its own id (or drop the article_id column to have "
                    "ids derived from file and row)",
                )
            )
    rejected.sort(key=lambda e: ((e.source_path or e.path).rpartition("#")[0], e.row or 0))
    return raws, rejected
