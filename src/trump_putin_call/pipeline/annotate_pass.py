"""Pass 1 of the build on this machine: every article through the per-article stages.

Each article's result comes from the annotation cache (:mod:`.cache`, when the build has
one) or from :func:`.annotate.annotate_chunk`, run on chunks of :data:`CHUNK_SIZE`
articles in this process or in worker processes that share nothing but their inputs;
results come back in article order whatever the worker count. Each result is compressed
and spilled to a temporary file (and written to the cache); only the counts of its
entity names stay in memory (:class:`entities.CorpusNames`), for corpus-level linking.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from typing import IO

from trump_putin_call.pipeline import cache as cache_module
from trump_putin_call.pipeline import entities, lazy
from trump_putin_call.pipeline.annotate import Annotated, annotate_chunk
from trump_putin_call.pipeline.overrides import Override
from trump_putin_call.pipeline.progress import Progress
from trump_putin_call.pipeline.read import RawArticle

#: Articles per spaCy pass. Fixed, so batches (and so results) never depend on workers.
CHUNK_SIZE = 16
#: With ``workers=None``, a worker process is started only for every this many chunks
#: to annotate (a worker takes a few seconds to load the model), one per core at most.
CHUNKS_PER_WORKER = 4
#: Chunks queued per worker ahead of the one being merged: enough that no worker waits
#: for a slow chunk to be merged; results come back compressed, so this holds little.
QUEUED_PER_WORKER = 4


def warm() -> None:
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


def annotate(
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
        min(workers, len(chunks)), mp_context=get_context("spawn"), initializer=warm
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
class Stored:
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


def annotate_all(
    raws: list[RawArticle],
    workers: int | None,
    chunk_size: int,
    overrides: tuple[Override, ...],
    cache: cache_module.AnnotationCache | None,
    progress: bool | None,
    spill: IO[bytes],
) -> Stored:
    """Pass 1: each article from the cache or annotated, spilled compressed to ``spill``."""
    stored = Stored(spill, [(0, 0)] * len(raws), entities.CorpusNames())

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
        results = annotate(pending, workers, chunk_size, overrides)
        for i, (blob, names) in zip(todo, results, strict=True):
            if cache is not None:
                cache.put(raws[i], blob)
            keep(i, blob, names)
            bar.advance(_words(raws[i]))
    stored.cached = len(raws) - len(todo)
    return stored
