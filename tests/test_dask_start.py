"""How a Dask build starts: the cluster and the validating child at once, workers ready."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from trump_putin_call.pipeline.errors import BuildError, RejectedInputs

distributed = pytest.importorskip("distributed")

UNREACHABLE = "tcp://127.0.0.1:9"


def _children() -> list[str]:
    return [c.name for c in multiprocessing.active_children() if c.name == "validate-inputs"]


def _source(tmp_path: Path, *texts: str) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    for i, text in enumerate(texts):
        (src / f"a{i}.txt").write_text(text, "utf-8")
    return src


def test_a_bad_input_is_said_before_an_unreachable_scheduler(monkeypatch, tmp_path):
    """The input is checked while the client connects: its error still comes first."""
    from trump_putin_call.pipeline import dask_engine
    from trump_putin_call.pipeline.build import build

    monkeypatch.setattr(dask_engine, "CONNECT_TIMEOUT", "1s")
    src = _source(tmp_path, "Putin spoke to Trump on Tuesday.\n", "   \n")
    out = tmp_path / "pkg"
    with pytest.raises(RejectedInputs) as exc:
        build(src, out / "build", out / "datapackage.json", dask=UNREACHABLE)
    assert [e.source_path for e in exc.value.rejected] == ["a1.txt"]
    assert not out.exists() and _children() == []


def test_an_unreachable_scheduler_leaves_no_child_reading(monkeypatch, tmp_path):
    from trump_putin_call.pipeline import dask_engine
    from trump_putin_call.pipeline.build import build

    monkeypatch.setattr(dask_engine, "CONNECT_TIMEOUT", "1s")
    src = _source(tmp_path, "Putin spoke to Trump on Tuesday.\n")
    out = tmp_path / "pkg"
    with pytest.raises(BuildError, match="cannot reach the Dask scheduler"):
        build(src, out / "build", out / "datapackage.json", dask=UNREACHABLE)
    assert not out.exists() and _children() == []


def test_local_workers_are_ready_and_configured_for_a_cpu_bound_build(monkeypatch):
    """``--dask local``: after :func:`prepare` every worker has the model loaded; no
    statistical profiler, no ``MALLOC_TRIM_THRESHOLD_`` (both cost the build CPU time),
    even where a cluster with Dask's defaults left it in this process's environment."""
    import os

    from trump_putin_call.pipeline import dask_engine

    monkeypatch.setenv("MALLOC_TRIM_THRESHOLD_", "65536")

    def state() -> dict:
        import os

        import dask

        from trump_putin_call.pipeline import nlp

        return {
            "trim": os.environ.get("MALLOC_TRIM_THRESHOLD_"),
            "threads": os.environ.get("OMP_NUM_THREADS"),
            "profile": dask.config.get("distributed.worker.profile.enabled"),
            "models": nlp.load.cache_info().currsize,
        }

    with dask_engine.connect("local", 1) as client:
        before = client.run(state)
        workers = dask_engine.prepare(client)
        after = client.run(state)
    assert workers == sorted(after) and len(workers) == 1
    assert [s["models"] for s in before.values()] == [0]
    assert list(after.values()) == [{"trim": None, "threads": "1", "profile": False, "models": 1}]
    assert os.environ["MALLOC_TRIM_THRESHOLD_"] == "65536"  # this process's, given back


def test_a_part_prefers_one_worker_in_turn_never_only_it():
    from trump_putin_call.pipeline.dask_engine import _home

    workers = ["tcp://a:1", "tcp://b:2"]
    assert [_home(workers, k)["workers"] for k in range(3)] == [
        ["tcp://a:1"],
        ["tcp://b:2"],
        ["tcp://a:1"],
    ]
    assert _home(workers, 5)["allow_other_workers"] is True  # a lost worker: a retry elsewhere
