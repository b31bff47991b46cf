"""Passes 2 and 3 of the build: link across articles, then write every table, part by part.

Articles are read back from pass 1's spill (:class:`.annotate_pass.Stored`) a batch at a
time for the cross-article stage's map (the columns it reads, band keys); its reduce gives
the utterances, the alignments and each quote's ``utterance_id``, split by part
(:mod:`.crosslink.stage`). Then they are read back a batch of :data:`ROWS_BATCH` at a
time, in the order that puts every table's rows in primary-key order, linked across the
corpus, turned into rows, checked (:class:`~trump_putin_call.checks.StreamingCheck`) and
appended to the Parquet files a row group at a time (:class:`.write.TableWriter`). The
Dask engine runs the same functions on its workers (:mod:`.dask_tasks`).
"""

from __future__ import annotations

import json
from collections import ChainMap
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from trump_putin_call import _commit, citation
from trump_putin_call._version import __version__
from trump_putin_call.parts import ARTICLES_PER_PART, file_name, part_ranges
from trump_putin_call.pipeline import datapackage, lazy
from trump_putin_call.pipeline.annotate import Annotated
from trump_putin_call.pipeline.annotate_pass import Stored
from trump_putin_call.pipeline.read import RawArticle
from trump_putin_call.pipeline.sources import SourceMeta
from trump_putin_call.pipeline.tables import frame_to_arrow, rows, to_arrow
from trump_putin_call.pipeline.write import TableWriter
from trump_putin_call.schemas import (
    ARTICLE_TABLES,
    CORPUS_TABLES,
    TABLES,
    arrow_schema,
    table_schema,
)

if TYPE_CHECKING:
    import polars as pl

    from trump_putin_call.checks import StreamingCheck
    from trump_putin_call.pipeline.crosslink.stage import PartLinks

#: Articles turned into rows at a time in the write pass.
ROWS_BATCH = 64


def batches(
    raws: Sequence[RawArticle] | Mapping[int, RawArticle],
    stored: Stored,
    order: Sequence[int],
    meta: Mapping[str, SourceMeta],
) -> Iterator[tuple[list[Annotated], Mapping[str, SourceMeta]]]:
    """Articles ``order`` as pass 1 left them, :data:`ROWS_BATCH` at a time, their texts
    (and a corpus file's metadata) read for the batch (:func:`.lazy.load`)."""
    for k in range(0, len(order), ROWS_BATCH):
        batch = order[k : k + ROWS_BATCH]
        full, found = lazy.load([raws[i] for i in batch])
        yield (
            [stored.load(i, raw) for i, raw in zip(batch, full, strict=True)],
            (
                ChainMap(found, meta) if found else meta  # type: ignore[arg-type]
            ),
        )


def sweeps(
    raws: list[RawArticle], indices: Sequence[int]
) -> list[tuple[list[int], tuple[str, ...]]]:
    """Orders of the articles ``indices`` that give each table's rows in primary-key order,
    with the tables written in each: tables keyed by ``article_id`` first follow the ids;
    tables keyed by ``{article_id}:…`` ids follow ``article_id + ":"`` (``a1:`` sorts
    before ``a:``). One sweep when the two orders agree (they usually do)."""
    ids = {i: raws[i].source.article_id for i in indices}
    by_id = sorted(indices, key=ids.__getitem__)
    by_prefix = sorted(indices, key=lambda i: ids[i] + ":")
    if by_id == by_prefix:
        return [(by_id, ARTICLE_TABLES)]
    first = tuple(n for n in ARTICLE_TABLES if table_schema(n)["primaryKey"][0] == "article_id")
    return [(by_id, first), (by_prefix, tuple(n for n in ARTICLE_TABLES if n not in first))]


@dataclass
class Written:
    """What pass 2 wrote: rows per table, each table's part files, and every problem the
    checks found in them."""

    counts: dict[str, int]
    files: dict[str, list[Path]]
    errors: list[str]


def write_part(
    raws: list[RawArticle],
    stored: Stored,
    meta: dict[str, SourceMeta],
    paths: dict[str, Path],
    indices: Sequence[int],
    checker: StreamingCheck,
    links: PartLinks,
) -> dict[str, int]:
    """One part's tables (its articles ``indices``) written to ``paths``, a batch of
    articles at a time, then its share of the cross-article tables (``links``); rows per
    table.

    The same bytes as sorting each whole table by primary key and writing it at once.
    """
    import polars as pl

    metadata = {name: file_metadata(name) for name in TABLES}
    counts: dict[str, int] = {}
    checker.new_part()
    for sweep, (order, names) in enumerate(sweeps(raws, indices)):
        # The first sweep builds (and checks) every table; a second one only its own.
        built = ARTICLE_TABLES if sweep == 0 else names
        writers = {}
        for name in names:
            paths[name].parent.mkdir(parents=True, exist_ok=True)
            writers[name] = TableWriter(paths[name], arrow_schema(name, metadata[name]))
        try:
            for batch, batch_meta in batches(raws, stored, order, meta):
                stored.names.link(m for art in batch for m in art.mentions)
                records = rows(batch, batch_meta)  # type: ignore[arg-type]
                for quote in records["quotes"]:
                    quote["utterance_id"] = links.utterance_of[quote["quote_id"]]
                parts = {name: to_arrow(name, records[name], metadata[name]) for name in built}
                frames = {name: pl.from_arrow(table) for name, table in parts.items()}
                del records, batch
                if sweep == 0:
                    checker.add(frames)
                for name in names:
                    checker.in_order(name, frames[name])
                    writers[name].write(parts[name])
        except BaseException:
            for writer in writers.values():
                writer.abort()
            raise
        for name in names:
            writers[name].close()
            counts[name] = writers[name].rows
            _commit.checkpoint(f"written:{name}")
    corpus_frames = {"utterances": links.utterances, "alignments": links.alignments}
    checker.add(corpus_frames)
    for name in CORPUS_TABLES:
        paths[name].parent.mkdir(parents=True, exist_ok=True)
        table = frame_to_arrow(name, corpus_frames[name], metadata[name])
        checker.in_order(name, pl.from_arrow(table))  # type: ignore[arg-type]
        writer = TableWriter(paths[name], arrow_schema(name, metadata[name]))
        try:
            writer.write(table)
        except BaseException:
            writer.abort()
            raise
        writer.close()
        counts[name] = writer.rows
        _commit.checkpoint(f"written:{name}")
    return counts


def crossmap(
    raws: list[RawArticle], stored: Stored, meta: dict[str, SourceMeta], indices: Sequence[int]
) -> dict[str, pl.DataFrame]:
    """Map of the cross-article stage over one part's articles (see :mod:`.crosslink.stage`)."""
    from trump_putin_call.pipeline.crosslink import stage

    maps = []
    for batch, batch_meta in batches(raws, stored, indices, meta):
        stored.names.link(m for art in batch for m in art.mentions)
        maps.append(stage.map_rows(rows(batch, batch_meta)))  # type: ignore[arg-type]
    return stage.concat(maps)


def part_articles(raws: list[RawArticle], ranges: Sequence[range]) -> list[list[str]]:
    """The article ids of each part."""
    return [[raws[i].source.article_id for i in indices] for indices in ranges]


def write_tables(
    raws: list[RawArticle],
    stored: Stored,
    meta: dict[str, SourceMeta],
    folder: Path,
    articles_per_part: int = ARTICLES_PER_PART,
) -> Written:
    """Pass 2: the cross-article stage's map and reduce over the articles, then every
    table written to ``folder``, part by part (see :mod:`trump_putin_call.parts`), and
    checked."""
    from trump_putin_call.checks import StreamingCheck
    from trump_putin_call.pipeline.crosslink import stage

    checker = StreamingCheck()
    ranges = part_ranges(len(raws), articles_per_part)
    links = stage.split(
        stage.reduce(crossmap(raws, stored, meta, indices) for indices in ranges),
        part_articles(raws, ranges),
    )
    counts = dict.fromkeys(TABLES, 0)
    files: dict[str, list[Path]] = {name: [] for name in TABLES}
    for k, indices in enumerate(ranges):
        paths = {name: folder / file_name(name, k, len(ranges)) for name in TABLES}
        written = write_part(raws, stored, meta, paths, indices, checker, links[k])
        for name in TABLES:
            counts[name] += written[name]
            files[name].append(paths[name])
    return Written(counts, files, checker.finish())


def file_metadata(name: str) -> dict[str, str]:
    schema = table_schema(name)
    package = datapackage.package_metadata()
    return {
        "dataset": package["name"],
        "version": __version__,
        "table": name,
        "description": schema["description"],
        "license": "; ".join(lic["title"] for lic in package["licenses"]),
        "citation": citation.apa(),
        "table_schema": json.dumps(schema, ensure_ascii=False, sort_keys=True),
    }
