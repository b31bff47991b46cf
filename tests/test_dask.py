"""Builds on a real Dask cluster (a LocalCluster of 2 worker processes): the same bytes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import polars as pl
import pytest

from trump_putin_call.pipeline.errors import BuildError
from trump_putin_call.schemas import CORPUS_TABLES, TABLES

distributed = pytest.importorskip("distributed")

PER_PART = 50  # 120 articles: parts of 50, 50 and 20


def _package(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and ".cache" not in p.parts
    }


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    from trump_putin_call.bench.corpus import write_parquet

    path = tmp_path_factory.mktemp("corpus") / "news.parquet"
    write_parquet(path, 120, lines=6)  # 120 articles, about 18,000 words, metadata columns
    return path


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> Path:
    """The corpus built in this process with 1 worker."""
    from trump_putin_call.pipeline.build import build

    out = tmp_path_factory.mktemp("one")
    build(corpus, out / "build", out / "datapackage.json", workers=1, articles_per_part=PER_PART)
    return out


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        yield cluster


def test_the_seeds_on_local_dask_are_the_committed_bytes(root: Path, tmp_path: Path):
    from trump_putin_call.cli import main

    out = tmp_path / "pkg"
    args = ["build", str(root / "raw"), "--out", str(out), "--dask", "local", "--workers", "2"]
    assert main(args) == 0
    from trump_putin_call.pipeline import isolated

    assert isolated.last_pid not in (None, os.getpid())  # the inputs were read in a child
    for name in TABLES:
        built = (out / "build" / f"{name}.parquet").read_bytes()
        assert built == (root / "build" / f"{name}.parquet").read_bytes(), name
    assert (out / "datapackage.json").read_bytes() == (root / "datapackage.json").read_bytes()


def test_a_partitioned_corpus_on_a_cluster_equals_one_worker(corpus, reference, cluster, tmp_path):
    from trump_putin_call.pipeline.build import build
    from trump_putin_call.validate import validate_package

    out = tmp_path / "dask"
    address = cluster.scheduler_address
    build(corpus, out / "build", out / "datapackage.json", articles_per_part=PER_PART, dask=address)
    assert _package(out) == _package(reference)
    assert sorted(p.name for p in (out / "build" / "quotes").iterdir()) == [
        "part-00000.parquet",
        "part-00001.parquet",
        "part-00002.parquet",
    ]
    assert validate_package(out / "datapackage.json") == []
    _frictionless_accepts(out / "datapackage.json")


def _frictionless_accepts(descriptor: Path) -> None:
    """Plain ``frictionless validate`` (as a user runs it, every part in full) finds nothing.

    This corpus has quotes without a speaker mention: frictionless 5.21 reads Parquet
    through pandas, which read the nulls of ``speaker_start``/``speaker_end`` as NaN until
    the files' ``pandas`` metadata declared those columns Int64 (schemas.pandas_metadata).
    """
    exe = Path(sys.executable).with_name("frictionless")
    run = subprocess.run(
        [exe, "validate", "--json", descriptor.name],
        cwd=descriptor.parent,
        capture_output=True,
        text=True,
    )
    report = json.loads(run.stdout)
    tasks = report["tasks"]
    assert len(tasks) == 3 * len(TABLES)
    # Every part holds rows of each per-article table (the cross-article ones may be empty).
    assert all(task["stats"]["rows"] for task in tasks if task["name"][:-6] not in CORPUS_TABLES)
    assert [e for task in tasks for e in task["errors"]] == []
    assert report["valid"] is True
    quotes = pl.concat(
        [pl.read_parquet(p) for p in sorted((descriptor.parent / "build" / "quotes").glob("*"))]
    )
    assert quotes["speaker_start"].null_count() > 0  # the case this guards is present


def _annotated(client) -> int:
    def count(dask_scheduler) -> int:
        return sum(
            ts.state == "memory" and str(ts.key).startswith("annotate")
            for ts in dask_scheduler.tasks.values()
        )

    return client.run_on_scheduler(count)


def test_a_worker_killed_mid_build_costs_a_retry_not_a_row(corpus, reference, tmp_path):
    from trump_putin_call.pipeline.build import build

    killed: list[int] = []
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as watcher,
    ):
        done = threading.Event()

        def kill_one_when_annotating() -> None:
            while not done.is_set():
                if _annotated(watcher) >= 2:
                    pid = next(iter(watcher.run(os.getpid).values()))
                    os.kill(pid, signal.SIGKILL)
                    killed.append(pid)
                    return
                time.sleep(0.05)

        killer = threading.Thread(target=kill_one_when_annotating)
        killer.start()
        out = tmp_path / "killed"
        try:
            build(
                corpus,
                out / "build",
                out / "datapackage.json",
                articles_per_part=PER_PART,
                dask=cluster.scheduler_address,
            )
        finally:
            done.set()
            killer.join()
    assert killed, "no worker was killed during the build"
    assert _package(out) == _package(reference)


class _FakeClient:
    """The two questions the client asks every worker, answered as a broken cluster would."""

    def __init__(self, imports, sees) -> None:
        self.imports, self.sees = imports, sees

    def run(self, func, *args):
        if func.__name__ == "_imports":
            if isinstance(self.imports, Exception):
                raise self.imports
            return self.imports
        return self.sees


def test_clear_errors_for_a_cluster_that_cannot_build(tmp_path):
    from trump_putin_call._version import __version__
    from trump_putin_call.pipeline.dask_engine import _check_workers

    worker = "tcp://10.0.0.7:40001"
    missing = ModuleNotFoundError("No module named 'spacy'")
    with pytest.raises(BuildError, match=r"cannot import the pipeline .*No module named 'spacy'"):
        _check_workers(_FakeClient(missing, {}), tmp_path)
    with pytest.raises(BuildError, match="install the same version everywhere"):
        _check_workers(_FakeClient({worker: "0.1.0"}, {}), tmp_path)
    blind = {worker: "cannot read /scratch/x: No such file or directory"}
    (tmp_path / "staging").mkdir()
    with pytest.raises(BuildError, match=r"not visible to 1 Dask worker.*shared filesystem"):
        _check_workers(_FakeClient({worker: __version__}, blind), tmp_path / "staging")
    assert list((tmp_path / "staging").iterdir()) == []  # the probe file is gone


def test_an_unreachable_scheduler(monkeypatch, root, tmp_path):
    from trump_putin_call.pipeline import dask_engine
    from trump_putin_call.pipeline.build import build

    monkeypatch.setattr(dask_engine, "CONNECT_TIMEOUT", "1s")
    with pytest.raises(
        BuildError, match=r"cannot reach the Dask scheduler at 'tcp://127\.0\.0\.1:9'"
    ):
        build(
            root / "raw",
            tmp_path / "build",
            tmp_path / "datapackage.json",
            dask="tcp://127.0.0.1:9",
        )
    assert not (tmp_path / "datapackage.json").exists()


def test_a_cluster_that_goes_away_publishes_nothing(corpus, tmp_path):
    from trump_putin_call.pipeline.build import build

    cluster = distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with distributed.Client(cluster) as watcher:
        address = cluster.scheduler_address

        def close_when_annotating() -> None:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                if _annotated(watcher) >= 1:
                    cluster.close()
                    return
                time.sleep(0.05)

        closer = threading.Thread(target=close_when_annotating)
        closer.start()
        out = tmp_path / "gone"
        try:
            with pytest.raises(BuildError, match="went away during the build"):
                build(corpus, out / "build", out / "datapackage.json", dask=address)
        finally:
            closer.join()
            cluster.close()
    assert not (out / "datapackage.json").exists() and not (out / "build").exists()


def test_dask_is_never_imported_without_dask(root, tmp_path):
    script = (
        "import sys\n"
        "from trump_putin_call.cli import main\n"
        f"assert main(['build', {str(root / 'raw')!r}, '--out', {str(tmp_path)!r}]) == 0\n"
        "assert 'dask' not in sys.modules and 'distributed' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, capture_output=True)


def _plain(value):
    """``value`` without Dask futures (they pickle as keys, not data)."""
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value if not isinstance(v, distributed.Future)]
    return value


def test_tasks_carry_no_text_and_alignments_across_parts_point_into_b(
    corpus, cluster, tmp_path, monkeypatch
):
    """Workers read their own rows: no article text goes to the scheduler. An alignment
    lies in the part of article a; where article b is in another part, its text_b and
    offsets are article b's."""
    import pickle

    from trump_putin_call.pipeline.build import build

    sent: list[bytes] = []
    submit = distributed.Client.submit

    def spy(self, func, *args, **kwargs):
        sent.append(pickle.dumps(_plain([*args, *kwargs.values()])))
        return submit(self, func, *args, **kwargs)

    monkeypatch.setattr(distributed.Client, "submit", spy)
    out = tmp_path / "dask"
    address = cluster.scheduler_address
    build(corpus, out / "build", out / "datapackage.json", articles_per_part=PER_PART, dask=address)
    texts = pl.read_parquet(corpus, columns=["text"])["text"].to_list()
    lines = {line for t in texts for line in t.split("\n") if len(line) > 40}
    assert len(sent) > 10 and len(lines) > 100
    assert not [line for line in lines if any(line.encode() in blob for blob in sent)]

    part_of, text_of = {}, {}
    for k, path in enumerate(sorted((out / "build" / "articles").glob("*.parquet"))):
        for article_id, text in pl.read_parquet(path, columns=["article_id", "text"]).iter_rows():
            part_of[article_id], text_of[article_id] = k, text
    crossing = 0
    for k, path in enumerate(sorted((out / "build" / "alignments").glob("*.parquet"))):
        for row in pl.read_parquet(path).iter_rows(named=True):
            a, b = row["article_id_a"], row["article_id_b"]
            assert part_of[a] == k
            assert text_of[a][row["start_char_a"] : row["end_char_a"]] == row["text_a"]
            assert text_of[b][row["start_char_b"] : row["end_char_b"]] == row["text_b"]
            crossing += part_of[b] != k
    assert crossing >= 10


def test_a_validating_pass_that_dies_publishes_nothing(tmp_path):
    """The child reading the inputs killed (as by the out-of-memory killer): a clear error."""
    import multiprocessing

    from trump_putin_call.bench.corpus import write_parquet
    from trump_putin_call.pipeline.build import build

    source = tmp_path / "news.parquet"
    write_parquet(source, 3000, lines=2)
    out = tmp_path / "pkg"
    killed = []

    def kill() -> None:
        deadline = time.monotonic() + 60
        while not killed and time.monotonic() < deadline:
            for child in multiprocessing.active_children():
                if child.name == "validate-inputs" and child.pid:
                    os.kill(child.pid, signal.SIGKILL)
                    killed.append(child.pid)
            time.sleep(0.01)

    thread = threading.Thread(target=kill)
    thread.start()
    try:
        with pytest.raises(BuildError, match=r"killed by SIGKILL.*out of memory.*nothing was"):
            build(source, out / "build", out / "datapackage.json", dask="local", workers=1)
    finally:
        thread.join()
    assert killed
    assert not out.exists()
