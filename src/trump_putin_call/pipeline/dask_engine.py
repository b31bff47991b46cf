"""The build on a Dask distributed cluster: the same stages, the same bytes.

Imported only by ``trump-putin-call build --dask …`` (``pip install
"trump-putin-call[dask]"``). The tasks are in :mod:`.dask_tasks`. The shape is map/reduce:

1. **Map.** One task per run of consecutive articles (whole chunks of
   :data:`~.annotate_pass.CHUNK_SIZE`, annotated chunk by chunk as in the in-process build; about
   :data:`TASKS_PER_WORKER` tasks per worker, :func:`task_articles`) annotates them on a
   worker; the result stays there. A task carries only the index file's name and its
   range of articles: the worker reads their index entries (id, file, row position,
   hashes) from the index file (:mod:`.index`) in the staging folder, then their rows
   from the corpus files (:mod:`.lazy`), so those must be on a filesystem every worker
   sees, like the output. The client holds nothing per article, and the scheduler a few
   kilobytes per task.
2. **Reduce.** Only what corpus-level linking needs travels: each task's (name, label)
   pairs, merged on the workers into one :class:`~.entities.CorpusNames` (a tree of merges).
3. **Cross-article map and reduce.** One task per part links its articles and maps them
   for the cross-article stage (the columns it reads, band keys:
   :mod:`.crosslink.stage`); one reduce task links the corpus and splits the result by
   part.
4. **Write.** One task per part (:mod:`trump_putin_call.parts`) takes its chunks' results
   and the merged names, links, builds the rows, checks them and writes the part's files
   into the package's staging folder, which every worker must see (a shared filesystem);
   it returns the files' sizes and sha256 to the client; the few bytes per article the
   corpus-wide checks need (ids, text hashes, keys) go to one check task on a worker.
   The cross-article map and the write read their articles' texts (and a corpus file's
   metadata) again, a batch at a time.

The client only has the input read and checked once (in a child process that writes the
index file, :mod:`.isolated`), schedules, writes the descriptor and commits. The child runs
while the client connects (a LocalCluster starts) and every worker loads the model
(:func:`prepare`), so neither waits for the other. A part's cross-article map, the reduce
and the part's write prefer one worker (:func:`_home`), where the part's annotate results
then are: they move between workers once. A worker lost
mid-build costs a retry of its tasks (Dask recomputes them from their inputs); a part file is
written under a temporary name and renamed, so a retried task never leaves a half file.
"""

from __future__ import annotations

import operator
import os
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from trump_putin_call.parts import file_name, part_ranges
from trump_putin_call.pipeline import index as index_module
from trump_putin_call.pipeline.dask_tasks import (
    annotate_task,
    checks_task,
    crossmap_task,
    crossreduce_task,
    given_task,
    names_task,
    summary_task,
    write_task,
)
from trump_putin_call.pipeline.errors import BuildError
from trump_putin_call.pipeline.index import IndexFile
from trump_putin_call.schemas import TABLES

#: How long to wait for a scheduler before saying it cannot be reached.
CONNECT_TIMEOUT = "30s"
#: Chunks' names merged per reduce task.
FAN_IN = 32
#: Annotate tasks per worker the articles are cut into (:func:`task_articles`): enough
#: that no worker idles long at the end of the map (a 600-article corpus on 2 workers
#: still gets tasks of 16 articles), while a large corpus gets :data:`MAX_TASK_CHUNKS`.
TASKS_PER_WORKER = 32
#: Most chunks of :data:`~.annotate_pass.CHUNK_SIZE` articles in one annotate task.
MAX_TASK_CHUNKS = 64
#: The configuration of a LocalCluster's workers (``--dask local``), set where it differs
#: from Dask's defaults for a CPU-bound build (measured: ``bench.scale``): no statistical
#: profiler sampling the task's stack every 10 ms, and glibc's own heap trimming rather
#: than ``MALLOC_TRIM_THRESHOLD_=65536``, whose system calls cost spaCy some 15% more CPU
#: time than the 2-process build's workers spend. A cluster started elsewhere keeps its own.
_TRIM = "MALLOC_TRIM_THRESHOLD_"
LOCAL_CONFIG = {
    "distributed.worker.profile.enabled": False,
    f"distributed.nanny.pre-spawn-environ.{_TRIM}": None,
}
#: Dask exceptions that mean the cluster (or the connection to it) went away.
_GONE = ("CommClosedError", "StreamClosedError", "FutureCancelledError", "CancelledError")


@contextmanager
def connect(address: str, workers: int | None) -> Iterator[Any]:
    """A client of the cluster at ``address``: a scheduler address (``tcp://host:8786``),
    a scheduler file (as dask-jobqueue and dask-mpi write), or ``local`` (a LocalCluster
    of ``workers`` processes, one thread each)."""
    try:
        import dask
        from distributed import Client, LocalCluster
    except ImportError:
        raise BuildError(
            "--dask needs Dask's distributed scheduler: pip install 'trump-putin-call[dask]'"
        ) from None
    if address == "local":
        n = workers or len(os.sched_getaffinity(0))
        # A cluster started earlier in this process (Dask's defaults) left the variable in
        # os.environ, which the workers would inherit: not while this one runs.
        trim = os.environ.pop(_TRIM, None)
        try:
            with (
                dask.config.set(LOCAL_CONFIG),
                LocalCluster(
                    n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None
                ) as cluster,
                Client(cluster) as client,
            ):
                yield client
        finally:
            if trim is not None:
                os.environ[_TRIM] = trim
        return
    try:
        if Path(address).is_file():
            client = Client(scheduler_file=address, timeout=CONNECT_TIMEOUT)
        else:
            client = Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        raise BuildError(
            f"cannot reach the Dask scheduler at {address!r} ({exc}): give its address "
            "(tcp://host:8786), its scheduler file, or 'local'"
        ) from None
    with client:
        yield client


# Tasks (run on the workers) -------------------------------------------------------------


def _probe(path: str, token: str) -> str | None:
    """Whether this worker sees ``path`` holding ``token`` (None) or what it sees."""
    try:
        seen = Path(path).read_text("utf-8")
    except OSError as exc:
        return f"cannot read {path}: {exc.strerror}"
    return None if seen == token else f"{path} holds something else"


def _imports() -> str:
    """The worker's version of the pipeline (raises if it cannot import it), its model
    loaded for the first task (once per worker process)."""
    from trump_putin_call._version import __version__
    from trump_putin_call.pipeline.annotate_pass import warm

    warm()
    return __version__


# The client -----------------------------------------------------------------------------


def _part_meta(index: IndexFile, meta: dict[str, Any], indices: range) -> dict[str, Any]:
    """The metadata of a part's articles (a .txt folder's ``sources.csv``; none for corpus
    files, whose metadata the workers read with the texts)."""
    if not meta:
        return {}
    paths = index.column("source_path", indices.start, indices.stop)
    return {path: meta[path] for path in paths if path in meta}


def prepare(client: Any) -> list[str]:
    """Every worker imports the same pipeline and loads its model (on a LocalCluster, while
    the client's child process still reads the input); the workers' addresses, sorted."""
    from trump_putin_call._version import __version__

    try:
        versions = client.run(_imports)
    except Exception as exc:
        raise BuildError(
            f"a Dask worker cannot import the pipeline ({type(exc).__name__}: {exc}): install "
            f"trump-putin-call[pipeline]=={__version__} in the workers' environment"
        ) from None
    if not versions:
        raise BuildError("the Dask cluster has no workers: start some, then build again")
    if wrong := {w: v for w, v in versions.items() if v != __version__}:
        raise BuildError(
            f"Dask worker(s) run trump-putin-call {sorted(set(wrong.values()))}, this client "
            f"{__version__}: install the same version everywhere ({', '.join(wrong)})"
        )
    return sorted(versions)


def _check_workers(client: Any, staging: Path) -> list[str]:
    """Every worker imports the same pipeline (:func:`prepare`) and sees the staging
    folder; the workers' addresses, sorted."""
    workers = prepare(client)
    token = uuid.uuid4().hex
    probe = staging / f".probe-{token}"
    probe.write_text(token, "utf-8")
    try:
        seen = client.run(_probe, str(probe.resolve()), token)
    finally:
        probe.unlink(missing_ok=True)
    if blind := {w: why for w, why in seen.items() if why is not None}:
        worker, why = next(iter(blind.items()))
        raise BuildError(
            f"the output folder {staging.parent.resolve()} is not visible to "
            f"{len(blind)} Dask worker(s) (e.g. {worker}: {why}): build into a folder on a "
            "filesystem every worker sees (a cluster's shared filesystem)"
        )
    return workers


def _home(workers: list[str], part: int) -> dict[str, Any]:
    """Where part ``part``'s cross-article map and write run (the reduce: part 0's): one
    worker per part in turn, so that a part's annotate results move to it once and the
    map's, the reduce's and the write's inputs are already there (a single-part corpus
    never moves them between workers twice). A preference only: if that worker is lost,
    any other runs the task (a retry, as for any task)."""
    return {"workers": [workers[part % len(workers)]], "allow_other_workers": True}


def task_articles(n_articles: int, workers: int, chunk_size: int) -> int:
    """Articles per annotate task: whole chunks of ``chunk_size`` (so the results do not
    change), about :data:`TASKS_PER_WORKER` tasks per worker, at most
    :data:`MAX_TASK_CHUNKS` chunks (what a lost worker costs again). The scheduler then
    holds a few kilobytes per task, not per chunk; the output never depends on it."""
    chunks = -(-n_articles // chunk_size)
    per_task = -(-chunks // max(1, workers * TASKS_PER_WORKER))
    return chunk_size * max(1, min(MAX_TASK_CHUNKS, per_task))


def run(
    client: Any,
    raws: IndexFile | Sequence[Any],
    meta: dict[str, Any],
    overrides: tuple[Any, ...],
    staging: Path,
    chunk_size: int,
    articles_per_part: int,
) -> tuple[dict[str, int], dict[str, list[Path]], dict[Path, dict[str, Any]], list[str]]:
    """The build's passes on the cluster: rows per table, each table's part files, their
    sizes and sha256, and every problem the checks found.

    ``raws``: the index (:class:`.index.IndexFile`, moved into ``staging`` for the
    workers to read, and removed from it at the end; or the entries themselves, written
    there)."""

    workers = _check_workers(client, staging)
    if isinstance(raws, IndexFile):
        index = raws.moved(staging)
    else:
        index = index_module.write(raws, staging / index_module.NAME)
    try:
        return _run(client, index, meta, overrides, staging, chunk_size, articles_per_part, workers)
    finally:
        Path(index.path).unlink(missing_ok=True)


def _run(
    client: Any,
    index: IndexFile,
    meta: dict[str, Any],
    overrides: tuple[Any, ...],
    staging: Path,
    chunk_size: int,
    articles_per_part: int,
    workers: list[str],
) -> tuple[dict[str, int], dict[str, list[Path]], dict[Path, dict[str, Any]], list[str]]:
    """:func:`run` once the index is where every worker reads it (``workers``: their
    addresses; a part's cross-article map, the reduce and a part's write are placed by
    :func:`_home`)."""
    n = len(index)
    size = task_articles(n, len(workers), chunk_size)
    try:
        annotated = [
            client.submit(
                annotate_task,
                index,
                start,
                min(start + size, n),
                chunk_size,
                overrides,
                key=f"annotate-{start // size}-{uuid.uuid4().hex}",
            )
            for start in range(0, n, size)
        ]
        level: list[Any] = annotated
        while len(level) > 1 or level is annotated:
            level = [
                client.submit(names_task, *level[i : i + FAN_IN], pure=False)
                for i in range(0, len(level), FAN_IN)
            ]
        (names,) = level
        ranges = part_ranges(n, articles_per_part)
        spans = [(r.start // size, -(-r.stop // size)) for r in ranges]
        metas = [client.submit(given_task, _part_meta(index, meta, r), pure=False) for r in ranges]
        maps = [
            client.submit(
                crossmap_task,
                annotated[lo:hi],
                lo * size,
                names,
                part_meta,
                r,
                index,
                pure=False,
                **_home(workers, k),
            )
            for k, ((lo, hi), part_meta, r) in enumerate(zip(spans, metas, ranges, strict=True))
        ]
        reduced = client.submit(
            crossreduce_task, index, list(ranges), *maps, pure=False, **_home(workers, 0)
        )
        parts = []
        for k, indices in enumerate(ranges):
            (lo, hi), part_meta = spans[k], metas[k]
            links = client.submit(operator.getitem, reduced, k, pure=False)
            parts.append(
                client.submit(
                    write_task,
                    str(staging),
                    k,
                    len(ranges),
                    annotated[lo:hi],
                    lo * size,
                    names,
                    part_meta,
                    indices,
                    index,
                    links,
                    pure=False,
                    **_home(workers, k),
                )
            )
        summaries = [client.submit(summary_task, part, pure=False) for part in parts]
        checked = client.submit(checks_task, *parts, pure=False)
        results, errors = client.gather([summaries, checked])
    except Exception as exc:
        if type(exc).__name__ in _GONE or isinstance(exc, OSError | TimeoutError):
            raise BuildError(
                f"the Dask cluster went away during the build ({type(exc).__name__}: {exc}); "
                "nothing was published: start it again and rebuild"
            ) from None
        if type(exc).__name__ == "KilledWorker":
            raise BuildError(
                f"Dask workers kept dying on one task ({exc}); nothing was published: give "
                "the workers more memory, or check their logs"
            ) from None
        raise
    counts = dict.fromkeys(TABLES, 0)
    files: dict[str, list[Path]] = {name: [] for name in TABLES}
    sums: dict[Path, dict[str, Any]] = {}
    for k, result in enumerate(results):
        for name in TABLES:
            counts[name] += result["counts"][name]
            path = staging / file_name(name, k, len(ranges))
            files[name].append(path)
            sums[path] = result["files"][name]
    return counts, files, sums, errors
