"""What a build reads: the articles of a source (a folder of .txt files, or corpus files),
read and checked once, kept as an index (no texts: :mod:`.lazy`), with their metadata,
entity overrides and every rejected input (see :mod:`.read` for the bad-input policy)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from trump_putin_call.pipeline import corpus, lazy
from trump_putin_call.pipeline.errors import InputError
from trump_putin_call.pipeline.index import IndexFile
from trump_putin_call.pipeline.overrides import Override, read_overrides
from trump_putin_call.pipeline.read import RawArticle, index_entry, mark_duplicates, read, scan
from trump_putin_call.pipeline.sources import SourceMeta, read_sources


def read_all(source_dir: Path, index: bool = False) -> tuple[list[RawArticle], list[InputError]]:
    """Every article of ``source_dir`` read (duplicates flagged), and every rejected file;
    ``index``: only each article's index entry is kept, not its text (:mod:`.lazy`)."""
    sources, rejected = scan(source_dir)
    raws = []
    for source in sources:
        try:
            raw = read(source)
        except InputError as exc:
            rejected.append(exc)
            continue
        raws.append(index_entry(raw, lazy.where_txt(source.path)) if index else raw)
    rejected.sort(key=lambda e: e.source_path or e.path)
    return mark_duplicates(raws), rejected


@dataclass
class Inputs:
    """What a build reads: the articles (in id order, duplicates flagged), their metadata
    by ``source_path``, the entity overrides, the rejected files or rows, and the source
    files the descriptor lists (``listed``; ``raw/…`` titles for a .txt folder).
    ``raws`` is an :class:`.index.IndexFile` where the index was written to a file
    (a Dask build, :mod:`.isolated`)."""

    raws: list[RawArticle] | IndexFile
    meta: dict[str, SourceMeta]
    overrides: tuple[Override, ...]
    rejected: list[InputError]
    listed: list[str]
    txt: bool


def read_inputs(source: Path | Sequence[Path], skip_invalid: bool = False) -> Inputs:
    """The articles of ``source`` with their texts and metadata (:func:`index_inputs`, each
    article read back): for a small corpus, or a test."""
    inputs = index_inputs(source, skip_invalid)
    inputs.raws, found = lazy.load(inputs.raws)
    inputs.meta = {**inputs.meta, **found}
    return inputs


def index_inputs(source: Path | Sequence[Path], skip_invalid: bool = False) -> Inputs:
    """The index of ``source``: a folder of .txt files, or corpus files (one or more
    ``.parquet``, ``.jsonl``, ``.jsonl.gz``, ``.csv`` files, or a folder of them). Every
    article is read and checked, a batch at a time, and only its index entry is kept (no
    text: :mod:`.lazy`); the metadata of a corpus file's rows is read again with their texts.

    ``skip_invalid``: a bad row of ``sources.csv`` or ``entity_overrides.csv`` is left out
    and listed with the rejected inputs instead of raising.
    """
    paths = [Path(source)] if isinstance(source, str | os.PathLike) else list(map(Path, source))
    if not paths:
        raise InputError(".", "no source given", "name a folder of .txt files or corpus files")
    folder = paths[0] if len(paths) == 1 and paths[0].is_dir() else None
    if folder is not None:
        corpus_in = corpus.corpus_files(folder)
        has_txt = next(folder.rglob("*.txt"), None) is not None
        if has_txt and corpus_in:
            raise InputError(
                folder,
                f"holds both .txt articles and corpus files ({corpus_in[0].name}, …)",
                "put them in separate folders and build each, or convert one kind",
            )
        if not corpus_in:
            raws, rejected = read_all(folder, index=True)
            listed = [r.source.source_path for r in raws]
            sink = rejected if skip_invalid else None
            overrides = read_overrides(folder, sink)
            return Inputs(raws, read_sources(folder, sink), overrides, rejected, listed, True)
        raws, rejected = corpus.read_corpus(corpus_in, folder)
        listed = [p.relative_to(folder).as_posix() for p in corpus_in]
        overrides = read_overrides(folder, rejected if skip_invalid else None)
        return Inputs(mark_duplicates(raws), {}, overrides, rejected, listed, False)
    for path in paths:
        if not path.exists():
            raise InputError(
                path,
                "is not a folder (or does not exist)",
                "pass a folder of .txt files, or corpus files",
            )
        if not corpus.is_corpus_file(path):
            raise InputError(
                path,
                "is neither a folder nor a corpus file",
                "name a folder of .txt files, or .parquet, .jsonl, .jsonl.gz or .csv files "
                "(or a folder of them)",
            )
    raws, rejected = corpus.read_corpus(paths)
    listed = [p.name for p in paths]
    return Inputs(mark_duplicates(raws), {}, (), rejected, listed, False)
