"""Articles by reference: texts read back from their files where they are needed.

The build reads its input once, on the client, to check every row (:mod:`.read`,
:mod:`.corpus`) and keeps only an index entry per article (:func:`.read.index_entry`: the
id, where the row lies, the sizes and hashes the ``articles`` table records, the text's
sha256 for duplicates, its word count), never the text. Whoever needs the texts (a chunk
being annotated, a batch of rows being built, in this process, a worker process or a Dask
worker) reads them with :func:`load`, straight from the file: a ``.txt`` file again;
Parquet a row group at a time, streamed from its start to the rows wanted; JSON Lines and
CSV from each row's position (``tell()``, recorded by the index pass; a gzipped file is
decompressed from its start up to the rows). The row is checked by the same code as in the
index pass, so the text and metadata are exactly what the index pass saw; a row whose text
no longer has the indexed sha256 stops the build (the file changed while it ran).
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from trump_putin_call.pipeline import corpus
from trump_putin_call.pipeline.errors import BuildError
from trump_putin_call.pipeline.read import RawArticle, Source, read
from trump_putin_call.pipeline.sources import SourceMeta

#: ``RawArticle.where`` of an index entry: the file's absolute path and the row's position
#: (Parquet: 0-based row; JSON Lines and CSV: the text stream's ``tell()`` before it;
#: ``.txt``: 0).
Where = tuple[str, int]


def where_txt(path: Path) -> Where:
    return (os.path.abspath(path), 0)


def _changed(raw: RawArticle, why: str) -> BuildError:
    return BuildError(
        f"{raw.source.path}: {raw.source.source_path} {why} since the build read it (or this "
        "worker does not see the same file): leave the input unchanged while building, on a "
        "filesystem every worker sees, and build again"
    )


def _parquet_records(file: str, wanted: list[int]) -> Iterator[tuple[int, dict[str, Any]]]:
    """The records at 0-based rows ``wanted`` (sorted), a batch at a time per row group."""
    import pyarrow.parquet as pq

    reader = pq.ParquetFile(file)
    names = set(reader.schema_arrow.names)
    columns = [c for c in ("text", *corpus.COLUMNS) if c in names]
    starts, start = [], 0
    for g in range(reader.num_row_groups):
        starts.append(start)
        start += reader.metadata.row_group(g).num_rows
    by_group: dict[int, list[int]] = defaultdict(list)
    group = 0
    for row in wanted:
        while group + 1 < len(starts) and starts[group + 1] <= row:
            group += 1
        by_group[group].append(row)
    for g, rows in by_group.items():
        todo, offset = iter(rows), starts[g]
        want = next(todo)
        batches = reader.iter_batches(
            batch_size=corpus.BATCH_ROWS, row_groups=[g], columns=columns, use_threads=False
        )
        for batch in batches:
            end = offset + batch.num_rows
            while want is not None and want < end:
                yield want, batch.slice(want - offset, 1).to_pylist()[0]
                want = next(todo, None)
            if want is None:
                break
            offset = end


def _text_records(path: Path, file: str, wanted: list[int]) -> Iterator[tuple[int, Any]]:
    """JSON Lines or CSV records at the positions ``wanted``."""
    if corpus.suffix_of(path) == ".csv":
        with corpus.open_csv(Path(file)) as handle, corpus.csv_fields_unbounded():
            header = next(corpus.csv_reader(handle))
            for position in wanted:
                handle.seek(position)
                values = next(corpus.csv_reader(handle))
                yield position, dict(zip(header, values, strict=True))
        return
    with corpus.open_jsonl(Path(file)) as handle:
        for position in wanted:
            handle.seek(position)
            yield position, corpus.jsonl_record(handle.readline())


def _load_file(path: Path, file: str, refs: list[RawArticle]) -> Iterator[Any]:
    """(entry, article with its text, metadata) for ``refs``, all rows of one file."""
    by_position = {ref.where[1]: ref for ref in refs}  # type: ignore[index]
    wanted = sorted(by_position)
    if corpus.suffix_of(path) == ".parquet":
        records: Iterator[tuple[int, Any]] = _parquet_records(file, wanted)
    else:
        records = _text_records(path, file, wanted)
    for position, record in records:
        ref = by_position[position]
        rel, _, row = ref.source.source_path.rpartition("#")
        try:
            if isinstance(record, str):
                raise ValueError(record)
            item = corpus._row_article(ref.source.path, rel, int(row), record)
        except ValueError as exc:
            raise _changed(ref, f"is no longer an article ({exc})") from None
        if item.raw.sha256 != ref.sha256 or item.raw.source != ref.source:
            raise _changed(ref, "has changed")
        yield ref, item.raw.text, item.meta


def _load_txt(ref: RawArticle) -> str:
    full = read(Source(ref.source.article_id, ref.source.source_path, Path(ref.where[0])))  # type: ignore[index]
    if full.sha256 != ref.sha256:
        raise _changed(ref, "has changed")
    return full.text  # type: ignore[return-value]


def load(raws: Sequence[RawArticle]) -> tuple[list[RawArticle], dict[str, SourceMeta]]:
    """``raws`` with their texts (index entries read back from their files; articles that
    have their text as they are), and the metadata of the corpus rows among them by
    ``source_path`` (a ``.txt`` folder's is in its ``sources.csv``)."""
    texts: dict[int, str] = {}
    meta: dict[str, SourceMeta] = {}
    by_file: dict[str, list[RawArticle]] = defaultdict(list)
    for k, raw in enumerate(raws):
        if raw.text is not None:
            continue
        if raw.where is None:
            raise ValueError(f"{raw.source.source_path}: neither a text nor where to read it")
        if corpus.suffix_of(raw.source.path) is None:
            texts[k] = _load_txt(raw)
        else:
            by_file[raw.where[0]].append(raw)
    if by_file:
        index = {id(raw): k for k, raw in enumerate(raws)}
        for file, refs in by_file.items():
            for ref, text, row_meta in _load_file(refs[0].source.path, file, refs):
                texts[index[id(ref)]] = text
                meta[ref.source.source_path] = row_meta
    out = [
        raw if k not in texts else replace(raw, text=texts[k], where=None, digest=None, words=0)
        for k, raw in enumerate(raws)
    ]
    return out, meta
