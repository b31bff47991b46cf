"""The tasks a Dask build runs on its workers (:mod:`.dask_engine` schedules them): annotate
a range of articles, merge entity names, map and reduce the cross-article stage, write a
part, check the corpus. Each reads what it needs itself: its articles' index entries from
the index file (:mod:`.index`), their texts from the corpus files (:mod:`.lazy`)."""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Any

from trump_putin_call.hashes import integrity
from trump_putin_call.parts import file_name
from trump_putin_call.pipeline.index import IndexFile
from trump_putin_call.schemas import TABLES


def annotate_task(
    index: IndexFile, start: int, stop: int, chunk_size: int, overrides: tuple[Any, ...]
) -> list[tuple[bytes, Any]]:
    """Map: articles ``start`` to ``stop`` (their index entries read from ``index``; the
    worker reads their texts from the corpus, :mod:`.lazy`) annotated a chunk of
    ``chunk_size`` at a time, as the in-process build does: (compressed result, names)
    each."""
    from trump_putin_call.pipeline.annotate_pass import annotate_results

    refs = index.read(start, stop)
    return [
        result
        for i in range(0, len(refs), chunk_size)
        for result in annotate_results(refs[i : i + chunk_size], overrides)
    ]


def given_task(value: Any) -> Any:
    """``value`` itself: an argument several tasks take, sent to the cluster once."""
    return value


def names_task(*chunks: Any) -> Any:
    """Reduce: the entity names of chunks (or of merged names), as one CorpusNames."""
    from trump_putin_call.pipeline import entities

    merged = entities.CorpusNames()
    for item in chunks:
        if isinstance(item, entities.CorpusNames):
            merged._counts.update(item._counts)
        else:
            for _, names in item:
                merged.add(names)
    return merged


def _stored(
    chunks: list[list[tuple[bytes, Any]]],
    chunk_start: int,
    names: Any,
    indices: range,
    index: IndexFile,
) -> tuple[dict[int, Any], Any]:
    """A part's articles (their index entries, read from ``index``) and their results
    (``chunks``: the annotate tasks' results from article ``chunk_start`` on), as the
    in-process build keeps them."""
    import io

    from trump_putin_call.pipeline.annotate_pass import Stored

    refs = index.read(indices.start, indices.stop)
    raws: dict[int, Any] = dict(zip(indices, refs, strict=True))
    spill = io.BytesIO()
    spans: dict[int, tuple[int, int]] = {}
    i = chunk_start
    for chunk in chunks:  # consecutive chunks: article i is the i-th of the corpus
        for blob, _ in chunk:
            if i in indices:
                spans[i] = (spill.tell(), len(blob))
                spill.write(blob)
            i += 1
    return raws, Stored(spill, spans, names)  # type: ignore[arg-type]


def crossmap_task(
    chunks: list[list[tuple[bytes, Any]]],
    chunk_start: int,
    names: Any,
    meta: dict[str, Any],
    indices: range,
    index: IndexFile,
) -> Any:
    """Map: one part's articles linked and mapped for the cross-article stage."""
    from trump_putin_call.pipeline.write_pass import crossmap

    raws, stored = _stored(chunks, chunk_start, names, indices, index)
    return crossmap(raws, stored, meta, indices)  # type: ignore[arg-type]


def crossreduce_task(index: IndexFile, parts: list[range], *maps: Any) -> list[Any]:
    """Reduce: the cross-article stage over every part's map, split by part (``parts``:
    each part's articles, whose ids are read from ``index``)."""
    from trump_putin_call.pipeline.crosslink import stage

    ids = index.column("article_id")
    return stage.split(stage.reduce(maps), [ids[r.start : r.stop] for r in parts])


def write_task(
    staging: str,
    part: int,
    n_parts: int,
    chunks: list[list[tuple[bytes, Any]]],
    chunk_start: int,
    names: Any,
    meta: dict[str, Any],
    indices: range,
    index: IndexFile,
    links: Any,
) -> dict[str, Any]:
    """Write: one part's tables linked, built, checked and written into ``staging``."""
    from trump_putin_call.checks import StreamingCheck
    from trump_putin_call.pipeline.write_pass import write_part

    raws, stored = _stored(chunks, chunk_start, names, indices, index)
    folder = Path(staging)
    tag = uuid.uuid4().hex[:8]
    final = {name: folder / file_name(name, part, n_parts) for name in TABLES}
    temp = {name: path.with_name(f".{path.name}.{tag}") for name, path in final.items()}
    checker = StreamingCheck()
    try:
        counts = write_part(raws, stored, meta, temp, indices, checker, links)  # type: ignore[arg-type]
        out = {}
        for name in TABLES:
            os.replace(temp[name], final[name])
            out[name] = integrity(final[name])
    finally:
        for path in temp.values():
            path.unlink(missing_ok=True)
    checker.pack()  # columns, not Python objects: what the client keeps of every part
    return {"counts": counts, "files": out, "checker": checker}


def summary_task(result: dict[str, Any]) -> dict[str, Any]:
    """A written part's row counts and files' sizes and sha256 (what the client takes)."""
    return {"counts": result["counts"], "files": result["files"]}


def checks_task(*results: dict[str, Any]) -> list[str]:
    """The corpus-wide checks over every part's (in part order), on a worker: the client
    takes only the problems found, nothing per article."""
    from trump_putin_call.checks import StreamingCheck

    checker = StreamingCheck()
    for result in results:
        checker.absorb(result["checker"])
    return checker.finish()
