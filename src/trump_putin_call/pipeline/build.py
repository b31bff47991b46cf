"""The whole build: a folder of .txt articles in, validated Parquet tables and descriptor out.

Source files are read and checked first (see :mod:`.read` for the bad-input policy); tables
are then written to a temporary folder beside the output, checked, and published together
with the descriptor by a crash-consistent commit (:mod:`trump_putin_call._commit`), so a
failed or killed build leaves the previous package as it was.

Between the two, articles stream through in three passes, so that memory holds no spaCy
``Doc`` beyond the chunk being annotated, and no table beyond one row group:

1. **Annotate** (:mod:`.annotate_pass`): each article from the annotation cache or run
   through the per-article stages, in this process or in worker processes, and spilled
   compressed to a temporary file.
2. **Link across articles** and 3. **Write** (:mod:`.write_pass`): the cross-article
   stage's map and reduce, then every table written part by part, in primary-key order,
   and checked.

On a Dask cluster (``dask=``), :mod:`.dask_engine` runs the same passes on its workers.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trump_putin_call import _commit
from trump_putin_call._paths import schemas_dir
from trump_putin_call.parts import ARTICLES_PER_PART
from trump_putin_call.pipeline import cache as cache_module
from trump_putin_call.pipeline import datapackage
from trump_putin_call.pipeline.annotate_pass import CHUNK_SIZE, annotate_all
from trump_putin_call.pipeline.errors import BuildError, InputError, RejectedInputs
from trump_putin_call.pipeline.inputs import Inputs as Inputs
from trump_putin_call.pipeline.inputs import index_inputs as index_inputs
from trump_putin_call.pipeline.inputs import read_all as read_all
from trump_putin_call.pipeline.inputs import read_inputs as read_inputs
from trump_putin_call.pipeline.write_pass import Written, write_tables

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


def _release_memory() -> None:
    """Give memory freed by Arrow back to the system (its allocator keeps it otherwise)."""
    import pyarrow as pa

    pa.default_memory_pool().release_unused()


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
    enough articles to annotate, see :func:`.annotate_pass.auto_workers`); the output is the same
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
                stored = annotate_all(raws, workers, chunk_size, overrides, cache, progress, spill)
                cached = stored.cached
                _release_memory()
                written = write_tables(raws, stored, meta, pub.staging, articles_per_part)
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
