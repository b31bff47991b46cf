"""The whole build: a folder of .txt articles in, validated Parquet tables and descriptor out.

Source files are read and checked first (see :mod:`.read` for the bad-input policy); tables
are then written to a temporary folder beside the output, checked, and published together
with the descriptor by a crash-consistent commit (:mod:`trump_putin_call._commit`), so a
failed or killed build leaves the previous package as it was.

Between the two, articles stream through in three passes, so that memory holds no spaCy
``Doc`` beyond the chunk being annotated, and no table beyond one row group:

1. **Annotate.** Each article's per-article results come from the annotation cache
   (:mod:`.cache`, when the build has one) or from :func:`annotate_chunk`, run on chunks
   of :data:`CHUNK_SIZE` articles in this process or in worker processes that share
   nothing but their inputs; results come back in article order whatever the worker
   count. Each result is compressed and spilled to a temporary file (and written to the
   cache); only the counts of its entity names stay in memory
   (:class:`entities.CorpusNames`), for corpus-level linking.
2. **Link across articles.** Articles are read back a batch at a time for the
   cross-article stage's map (the columns it reads, band keys); its reduce gives the
   utterances, the alignments and each quote's ``utterance_id``, split by part
   (:mod:`.crosslink.stage`).
3. **Write.** Articles are read back a batch of :data:`ROWS_BATCH` at a time, in the
   order that puts every table's rows in primary-key order, linked across the corpus,
   turned into rows, checked (:class:`~trump_putin_call.checks.StreamingCheck`) and
   appended to the Parquet files a row group at a time (:class:`.write.TableWriter`).
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections import ChainMap, deque
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from trump_putin_call import _commit, citation
from trump_putin_call._paths import schemas_dir
from trump_putin_call._version import __version__
from trump_putin_call.parts import ARTICLES_PER_PART, file_name, part_ranges
from trump_putin_call.pipeline import cache as cache_module
from trump_putin_call.pipeline import datapackage, entities, lazy
from trump_putin_call.pipeline.annotate import Annotated, annotate_chunk
from trump_putin_call.pipeline.errors import BuildError, InputError, RejectedInputs
from trump_putin_call.pipeline.inputs import Inputs as Inputs
from trump_putin_call.pipeline.inputs import index_inputs as index_inputs
from trump_putin_call.pipeline.inputs import read_all as read_all
from trump_putin_call.pipeline.inputs import read_inputs as read_inputs
from trump_putin_call.pipeline.overrides import Override
from trump_putin_call.pipeline.progress import Progress
from trump_putin_call.pipeline.read import RawArticle
from trump_putin_call.pipeline.sources import SourceMeta
from trump_putin_call.pipeline.tables import rows, to_arrow
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

#: Articles per spaCy pass. Fixed, so batches (and so results) never depend on workers.
CHUNK_SIZE = 16
#: With ``workers=None``, a worker process is started only for every this many chunks
#: to annotate (a worker takes a few seconds to load the model), one per core at most.
CHUNKS_PER_WORKER = 4
#: Chunks queued per worker ahead of the one being merged: enough that no worker waits
#: for a slow chunk to be merged; results come back compressed, so this holds little.
QUEUED_PER_WORKER = 4
#: Articles turned into rows at a time in the write pass.
ROWS_BATCH = 64
#: The report of the files a ``skip_invalid`` build left out, written beside the tables.
REPORT_NAME = "rejected.csv"
REPORT_COLUMNS = ("file", "row", "reason", "hint")


@dataclass
class BuildResult:
    out_dir: Path
    descriptor: Path
    counts: dict[str, int]
    #: Files left out (only with ``skip_invalid``), and the report listing them.
    rejected: list[InputError] = field(default_factory=list)
    report: Path | None = None
    #: Articles run through spaCy and the stages, and articles taken from the cache.
    annotated: int = 0
    cached: int = 0


def _warm() -> None:
    """Worker start-up: load the model and the name table before the first chunk."""
    from trump_putin_call.pipeline import gender, nlp

    nlp.model_method()
    gender.of_name("Anna")


#: One article's result as pass 1 keeps it: compressed (:func:`cache.dumps`), and the
#: (canonical name, label) pairs of its mentions for corpus-level linking.
Result = tuple[bytes, list[tuple[str, str]]]


def annotate_results(chunk: list[RawArticle], overrides: tuple[Override, ...]) -> list[Result]:
    """:func:`annotate_chunk`, each article's result compressed where it was made (in a
    worker, that spares the main process from unpickling and compressing it again).
    Index entries' texts are read here, from their files (:mod:`.lazy`)."""
    chunk, _ = lazy.load(chunk)
    return [
        (cache_module.dumps(art), entities.names_of(art.mentions))
        for art in annotate_chunk(chunk, overrides)
    ]


def _annotate(
    raws: list[RawArticle], workers: int, chunk_size: int, overrides: tuple[Override, ...] = ()
) -> Iterator[Result]:
    """Every article of ``raws`` through the per-article stages, in order.

    Chunks of ``chunk_size`` articles (the same whatever ``workers``) run here, or in
    ``workers`` processes; results are yielded in article order as they come, with at most
    :data:`QUEUED_PER_WORKER` chunks per worker waiting.
    """
    chunks = [raws[i : i + chunk_size] for i in range(0, len(raws), chunk_size)]
    if workers <= 1 or len(chunks) <= 1:
        for chunk in chunks:
            yield from annotate_results(chunk, overrides)
        return
    pool = ProcessPoolExecutor(
        min(workers, len(chunks)), mp_context=get_context("spawn"), initializer=_warm
    )
    try:
        queue: deque[Future[list[Result]]] = deque()
        todo = iter(chunks)
        for chunk in todo:
            queue.append(pool.submit(annotate_results, chunk, overrides))
            if len(queue) >= workers * QUEUED_PER_WORKER:
                break
        while queue:
            done = queue.popleft().result()
            chunk = next(todo, None)
            if chunk is not None:
                queue.append(pool.submit(annotate_results, chunk, overrides))
            yield from done
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def auto_workers(n_articles: int, chunk_size: int = CHUNK_SIZE) -> int:
    """Workers for ``n_articles`` to annotate: one per core, if there is work for them."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        cores = os.cpu_count() or 1
    chunks = -(-n_articles // chunk_size)
    return max(1, min(cores, chunks // CHUNKS_PER_WORKER))


def _words(raw: RawArticle) -> int:
    return raw.words if raw.text is None else len(raw.text.split())


@dataclass
class _Stored:
    """Pass 1's result: every article's compressed result, in a temporary file, and the
    counts of its entity names for corpus-level linking."""

    spill: IO[bytes]
    spans: list[tuple[int, int]]
    names: entities.CorpusNames
    cached: int = 0

    def load(self, i: int, raw: RawArticle) -> Annotated:
        """Article ``i`` as pass 1 left it (before corpus-level linking)."""
        offset, size = self.spans[i]
        self.spill.seek(offset)
        return cache_module.loads(self.spill.read(size), raw)


def _annotate_all(
    raws: list[RawArticle],
    workers: int | None,
    chunk_size: int,
    overrides: tuple[Override, ...],
    cache: cache_module.AnnotationCache | None,
    progress: bool | None,
    spill: IO[bytes],
) -> _Stored:
    """Pass 1: each article from the cache or annotated, spilled compressed to ``spill``."""
    stored = _Stored(spill, [(0, 0)] * len(raws), entities.CorpusNames())

    def keep(i: int, blob: bytes, names: list[tuple[str, str]]) -> None:
        stored.spans[i] = (spill.tell(), len(blob))
        spill.write(blob)
        stored.names.add(names)

    todo = []
    for i, raw in enumerate(raws):
        hit = cache.get(raw) if cache is not None else None
        if hit is None:
            todo.append(i)
        else:
            keep(i, hit[0], entities.names_of(hit[1].mentions))
    if workers is None:
        workers = auto_workers(len(todo), chunk_size)
    pending = [raws[i] for i in todo]
    with Progress(len(raws), sum(map(_words, pending)), len(raws) - len(todo), progress) as bar:
        results = _annotate(pending, workers, chunk_size, overrides)
        for i, (blob, names) in zip(todo, results, strict=True):
            if cache is not None:
                cache.put(raws[i], blob)
            keep(i, blob, names)
            bar.advance(_words(raws[i]))
    stored.cached = len(raws) - len(todo)
    return stored


def _batches(
    raws: Sequence[RawArticle] | Mapping[int, RawArticle],
    stored: _Stored,
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


def _sweeps(
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


def _write_part(
    raws: list[RawArticle],
    stored: _Stored,
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

    metadata = {name: _file_metadata(name) for name in TABLES}
    counts: dict[str, int] = {}
    checker.new_part()
    for sweep, (order, names) in enumerate(_sweeps(raws, indices)):
        # The first sweep builds (and checks) every table; a second one only its own.
        built = ARTICLE_TABLES if sweep == 0 else names
        writers = {}
        for name in names:
            paths[name].parent.mkdir(parents=True, exist_ok=True)
            writers[name] = TableWriter(paths[name], arrow_schema(name, metadata[name]))
        try:
            for batch, batch_meta in _batches(raws, stored, order, meta):
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
        table = to_arrow(name, corpus_frames[name].to_dicts(), metadata[name])
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


def _crossmap(
    raws: list[RawArticle], stored: _Stored, meta: dict[str, SourceMeta], indices: Sequence[int]
) -> dict[str, pl.DataFrame]:
    """Map of the cross-article stage over one part's articles (see :mod:`.crosslink.stage`)."""
    from trump_putin_call.pipeline.crosslink import stage

    maps = []
    for batch, batch_meta in _batches(raws, stored, indices, meta):
        stored.names.link(m for art in batch for m in art.mentions)
        maps.append(stage.map_rows(rows(batch, batch_meta)))  # type: ignore[arg-type]
    return stage.concat(maps)


def part_articles(raws: list[RawArticle], ranges: Sequence[range]) -> list[list[str]]:
    """The article ids of each part."""
    return [[raws[i].source.article_id for i in indices] for indices in ranges]


def _write_tables(
    raws: list[RawArticle],
    stored: _Stored,
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
        stage.reduce(_crossmap(raws, stored, meta, indices) for indices in ranges),
        part_articles(raws, ranges),
    )
    counts = dict.fromkeys(TABLES, 0)
    files: dict[str, list[Path]] = {name: [] for name in TABLES}
    for k, indices in enumerate(ranges):
        paths = {name: folder / file_name(name, k, len(ranges)) for name in TABLES}
        written = _write_part(raws, stored, meta, paths, indices, checker, links[k])
        for name in TABLES:
            counts[name] += written[name]
            files[name].append(paths[name])
    return Written(counts, files, checker.finish())


def _release_memory() -> None:
    """Give memory freed by Arrow back to the system (its allocator keeps it otherwise)."""
    import pyarrow as pa

    pa.default_memory_pool().release_unused()


def _file_metadata(name: str) -> dict[str, str]:
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


def _schema_files(root: Path) -> dict[Path, bytes]:
    """Schemas a descriptor at ``root`` refers to, where they differ from the source of truth."""
    target = root / "schemas"
    source = schemas_dir()
    if target.resolve() == source.resolve():
        return {}
    out = {}
    for path in sorted(source.glob("*.json")):
        dest = target / path.name
        data = path.read_bytes()
        if not dest.exists() or dest.read_bytes() != data:
            out[dest] = data
    return out


def rejected_report(rejected: list[InputError]) -> bytes:
    """``rejected.csv``: one row per rejected file or corpus row (file, row, reason, hint).

    ``file`` is relative to the source folder; ``row`` (1-based) is empty for a .txt file.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(REPORT_COLUMNS)
    for exc in rejected:
        file = exc.source_path or exc.path
        if exc.row is not None:
            file = file.rpartition("#")[0]
        writer.writerow([file, "" if exc.row is None else exc.row, exc.reason, exc.hint])
    return buffer.getvalue().encode("utf-8")


def build(
    source_dir: Path | Sequence[Path],
    out_dir: Path,
    descriptor_path: Path | None = None,
    workers: int | None = 1,
    chunk_size: int = CHUNK_SIZE,
    skip_invalid: bool = False,
    cache_dir: Path | None = None,
    progress: bool | None = None,
    articles_per_part: int = ARTICLES_PER_PART,
    dask: str | None = None,
) -> BuildResult:
    """Build the tables from ``source_dir`` into ``out_dir``, atomically.

    ``source_dir``: a folder of .txt articles, or corpus files (see :func:`read_inputs`).

    A source file that cannot be an article stops the build before anything is written
    (:class:`RejectedInputs` lists every one, with what to do), unless ``skip_invalid``:
    then the rest is built and the rejected files are listed in ``out_dir/rejected.csv``.
    The tables and the descriptor are published together or not at all (see
    :mod:`trump_putin_call._commit`); tables that fail their checks are never published.

    ``workers``: processes annotating at once (``None``: one per core when there are
    enough articles to annotate, see :func:`auto_workers`); the output is the same
    whatever the number. ``cache_dir``: keep per-article results there and reuse them
    (:mod:`.cache`); the output is the same with or without. ``progress``: draw a progress
    bar on standard error (``None``: when it is a terminal and ``CI`` is unset).
    ``articles_per_part``: past this many articles, every table is written as part files
    aligned by article (:mod:`trump_putin_call.parts`). ``dask``: build on the Dask
    cluster at this address, scheduler file, or ``local`` (a LocalCluster of ``workers``
    processes; :mod:`.dask_engine`); the annotation cache is not used there, and the
    inputs are read and checked in a child process (:mod:`.isolated`).
    """
    out_dir = Path(out_dir)
    descriptor_path = Path(descriptor_path or out_dir.parent / "datapackage.json")
    args = (out_dir, descriptor_path, workers, chunk_size, skip_invalid, cache_dir, progress)
    if dask is None:
        inputs = index_inputs(source_dir, skip_invalid)
        return _build(inputs, source_dir, *args, articles_per_part, None)
    # The client lives on: its validating pass's memory stays in a child process, which
    # writes the index to a file (:mod:`.index`), not to the client; the cluster starts,
    # and its workers load the model, while the child reads and checks the input.
    from trump_putin_call.pipeline import dask_engine, isolated

    with (
        tempfile.TemporaryDirectory(prefix="trump-putin-call-index-") as scratch,
        ExitStack() as stack,
    ):
        child = isolated.start(source_dir, skip_invalid, Path(scratch) / "index")
        stack.callback(child.stop)
        try:
            client = stack.enter_context(dask_engine.connect(dask, workers))
            dask_engine.prepare(client)
        except BuildError:  # a bad input is said first
            _refuse(child.result(), source_dir, out_dir, skip_invalid)
            raise
        inputs = child.result()
        return _build(inputs, source_dir, *args, articles_per_part, client)


def _refuse(
    inputs: Inputs, source_dir: Path | Sequence[Path], out_dir: Path, skip_invalid: bool
) -> None:
    """Raise :class:`RejectedInputs` if the inputs cannot be built as they are."""
    where = (
        source_dir if isinstance(source_dir, str | os.PathLike) else ", ".join(map(str, source_dir))
    )
    what = "file(s)" if inputs.txt else "row(s) or file(s)"
    if inputs.rejected and not skip_invalid:
        raise RejectedInputs(
            where,
            inputs.rejected,
            "Nothing was written. Fix or remove these and build again, or build the "
            f"rest with --skip-invalid (which lists them in {out_dir / REPORT_NAME}).",
            what,
        )
    if not inputs.raws:
        raise RejectedInputs(
            where, inputs.rejected, "No article can be built: fix the input and build again.", what
        )


def _build(
    inputs: Inputs,
    source_dir: Path | Sequence[Path],
    out_dir: Path,
    descriptor_path: Path,
    workers: int | None,
    chunk_size: int,
    skip_invalid: bool,
    cache_dir: Path | None,
    progress: bool | None,
    articles_per_part: int,
    client: Any | None,
) -> BuildResult:
    """:func:`build` once its inputs are read and checked (``client``: of the Dask
    cluster to build on, or None)."""
    _refuse(inputs, source_dir, out_dir, skip_invalid)
    raws, meta, overrides, rejected = inputs.raws, inputs.meta, inputs.overrides, inputs.rejected

    use_cache = cache_dir is not None and client is None
    cache = cache_module.AnnotationCache(cache_dir, overrides) if use_cache else None
    with _commit.publishing(out_dir, descriptor_path) as pub:
        sums = None
        if client is not None:
            from trump_putin_call.pipeline import dask_engine

            counts, files, sums, errors = dask_engine.run(
                client, raws, meta, overrides, pub.staging, chunk_size, articles_per_part
            )
            written, cached = Written(counts, files, errors), 0
        else:
            with tempfile.TemporaryFile(dir=pub.staging, prefix=".annotated-") as spill:
                stored = _annotate_all(raws, workers, chunk_size, overrides, cache, progress, spill)
                cached = stored.cached
                _release_memory()
                written = _write_tables(raws, stored, meta, pub.staging, articles_per_part)
                del stored
        if written.errors:
            raise BuildError(
                "the built tables failed their checks; nothing was published:\n  "
                + "\n  ".join(written.errors)
            )
        report = None
        if rejected:
            report = out_dir / REPORT_NAME
            _commit.write_durably(pub.staging / REPORT_NAME, rejected_report(rejected))
        root = descriptor_path.parent
        for dest, data in _schema_files(root).items():
            pub.stage(dest, data)
        # Paths as they will be once the staging folder is swapped in as out_dir.
        final = Path(os.path.relpath(out_dir, root))
        desc = datapackage.descriptor(
            written.files,
            pub.staging,
            final,
            meta if inputs.txt else {},
            inputs.listed,
            "raw/" if inputs.txt else "",
            sums,
        )
        pub.stage(descriptor_path, datapackage.dumps(desc).encode("utf-8"))
        pub.commit()
    if cache is not None:
        cache.touch()
    return BuildResult(
        out_dir, descriptor_path, written.counts, rejected, report, len(raws) - cached, cached
    )
