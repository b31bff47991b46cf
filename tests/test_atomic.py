"""Atomic builds: a build killed at any step leaves a complete, consistent package.

Each crash test runs a real build in a subprocess and SIGKILLs it at a named step of the
publication (the ``_commit.checkpoint`` seam; no timing, so nothing can flake). Before
its commit point, the previous package is untouched; after it, recovery (run by every
build and every ``validate``) finishes publishing the new one. To keep them fast, the
subprocesses are handed the spaCy annotations computed once here: what is tested is
everything after annotation, where the files are written and swapped in.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import shutil
import signal
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from trump_putin_call import _commit, loader
from trump_putin_call.hashes import SIZE_KEY
from trump_putin_call.pipeline import annotate_pass, write_pass
from trump_putin_call.pipeline import build as build_module
from trump_putin_call.pipeline.build import build
from trump_putin_call.pipeline.errors import BuildError
from trump_putin_call.schemas import TABLES
from trump_putin_call.validate import validate_package

#: Steps before the commit point: the previous package must survive untouched.
BEFORE_COMMIT = ["mid-write", "written:articles", "written:quotes", "staged"]
#: Steps after it: recovery must publish the new package.
AFTER_COMMIT = ["committed", "old-moved", "new-moved", "replaced:datapackage.json", "old-removed"]

SCRIPT = """
import os, pickle, signal, sys
from pathlib import Path
from trump_putin_call import _commit
from trump_putin_call.pipeline import annotate_pass, write_pass
from trump_putin_call.pipeline import build as b

src, out, descriptor, annotated, step = sys.argv[1:6]

def die():
    os.kill(os.getpid(), signal.SIGKILL)

def checkpoint(name):
    if name == step.removeprefix("recover:"):
        die()

_commit.checkpoint = checkpoint
if step.startswith("recover:"):
    _commit.recover_locked(Path(descriptor))
    sys.exit(0)
with open(annotated, "rb") as handle:
    done = pickle.load(handle)
annotate_pass.annotate = lambda *args, **kwargs: done
if step == "mid-write":  # half of sentences.parquet is on disk when the build dies
    class Writer(write_pass.TableWriter):
        def close(self):
            super().close()
            if self.path.name == "sentences.parquet":
                with open(self.path, "r+b") as handle:
                    handle.truncate(self.path.stat().st_size // 2)
                die()
    write_pass.TableWriter = Writer
b.build(Path(src), Path(out), Path(descriptor))
"""

NEW_ARTICLE = "Putin called Trump on Monday.\n\n“We will talk again,” Trump said.\n"


def _bytes(folder: Path) -> dict[str, bytes]:
    files = {f"build/{n}.parquet": folder / "build" / f"{n}.parquet" for n in TABLES}
    files["datapackage.json"] = folder / "datapackage.json"
    return {name: path.read_bytes() for name, path in files.items()}


def _is_clean(folder: Path) -> bool:
    """Nothing but the package: no temporary folder, staged file or journal left."""
    top = sorted(p.name for p in folder.iterdir())
    tables = sorted(p.name for p in (folder / "build").iterdir())
    return top == ["build", "datapackage.json", "schemas"] and tables == sorted(
        f"{n}.parquet" for n in TABLES
    )


def _run(args: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, *args], capture_output=True, text=True, timeout=300
    )


@pytest.fixture(scope="module")
def crashes(seed_build: Path, tmp_path_factory: pytest.TempPathFactory):
    """For every kill point: the package folder the killed build left, and its exit code."""
    base = tmp_path_factory.mktemp("crashes")
    src = base / "src"
    src.mkdir()
    (src / "new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    raws, _ = build_module.read_all(src)
    annotated = base / "annotated.pickle"
    annotated.write_bytes(pickle.dumps(list(annotate_pass.annotate(raws, 1, 16))))
    reference = base / "reference"
    build(src, reference / "build", reference / "datapackage.json")

    def crash(step: str) -> tuple[Path, int, str]:
        pkg = base / step.replace(":", "_")
        shutil.copytree(seed_build, pkg)
        proc = _run(
            [str(src), str(pkg / "build"), str(pkg / "datapackage.json"), str(annotated), step]
        )
        return pkg, proc.returncode, proc.stderr

    steps = BEFORE_COMMIT + AFTER_COMMIT
    with ThreadPoolExecutor(2) as pool:
        done = dict(zip(steps, pool.map(crash, steps), strict=True))
    return {"old": _bytes(seed_build), "new": _bytes(reference), "src": src, **done}


def _loader_sees(pkg: Path, monkeypatch) -> str:
    """What the loader makes of the package: 'ok' (consistent) or its IntegrityError."""
    monkeypatch.setattr(loader, "data_root", lambda: pkg)
    try:
        loader.verify()
    except loader.IntegrityError as exc:
        return str(exc)
    finally:
        monkeypatch.undo()
    return "ok"


@pytest.mark.parametrize("step", BEFORE_COMMIT)
def test_killed_before_the_commit_the_previous_package_is_untouched(crashes, step, monkeypatch):
    pkg, returncode, stderr = crashes[step]
    assert returncode == -signal.SIGKILL, stderr
    assert _bytes(pkg) == crashes["old"]  # even before any recovery
    assert _loader_sees(pkg, monkeypatch) == "ok"
    assert not _commit.journal_path(pkg / "datapackage.json").exists()
    assert not _is_clean(pkg)  # the half-built package is still lying about
    assert validate_package(pkg / "datapackage.json") == []  # recovers, then checks
    assert _is_clean(pkg) and _bytes(pkg) == crashes["old"]


@pytest.mark.parametrize("step", AFTER_COMMIT)
def test_killed_after_the_commit_recovery_publishes_the_new_package(crashes, step, monkeypatch):
    pkg, returncode, stderr = crashes[step]
    assert returncode == -signal.SIGKILL, stderr
    journal = _commit.journal_path(pkg / "datapackage.json")
    assert journal.exists()
    seen = _loader_sees(pkg, monkeypatch)  # consistent, or refused: never wrong rows
    assert seen == "ok" or ("interrupted" in seen and str(journal) in seen), seen
    assert validate_package(pkg / "datapackage.json") == []
    assert _is_clean(pkg) and _bytes(pkg) == crashes["new"]
    assert _loader_sees(pkg, monkeypatch) == "ok"


def test_a_mixed_state_is_refused_by_the_loader(crashes, seed_build, tmp_path, monkeypatch):
    """New tables under the old descriptor: the checksums say so, and how to finish."""
    pkg = tmp_path / "pkg"
    shutil.copytree(seed_build, pkg)
    state = crashes["new-moved"][0]  # already recovered by the test above, or not: copy it
    shutil.copytree(state / "build", pkg / "build", dirs_exist_ok=True)
    _commit.journal_path(pkg / "datapackage.json").write_text("{}", encoding="utf-8")
    seen = _loader_sees(pkg, monkeypatch)
    assert "interrupted" in seen and "trump-putin-call validate" in seen


def test_a_recovery_killed_midway_can_be_repeated(crashes, seed_build, tmp_path):
    pkg = tmp_path / "pkg"
    shutil.copytree(seed_build, pkg)
    src, annotated = crashes["src"], crashes["src"].parent / "annotated.pickle"
    args = [str(src), str(pkg / "build"), str(pkg / "datapackage.json"), str(annotated)]
    assert _run([*args, "committed"]).returncode == -signal.SIGKILL
    assert _run([*args, "recover:old-moved"]).returncode == -signal.SIGKILL
    assert not (pkg / "build").exists()  # the worst moment: no tables folder at all
    assert _run([*args, "recover:new-moved"]).returncode == -signal.SIGKILL
    assert _run([*args, "recover:old-removed"]).returncode == -signal.SIGKILL
    assert _commit.journal_path(pkg / "datapackage.json").exists()
    assert _run([*args, "recover:-"]).returncode == 0  # the rest, uninterrupted
    assert _is_clean(pkg) and _bytes(pkg) == crashes["new"]


def test_the_next_build_cleans_up_after_a_crash(crashes, seed_build, tmp_path):
    pkg = tmp_path / "pkg"
    shutil.copytree(seed_build, pkg)
    src, annotated = crashes["src"], crashes["src"].parent / "annotated.pickle"
    args = [str(src), str(pkg / "build"), str(pkg / "datapackage.json"), str(annotated)]
    assert _run([*args, "mid-write"]).returncode == -signal.SIGKILL
    build(src, pkg / "build", pkg / "datapackage.json")
    assert _is_clean(pkg) and _bytes(pkg) == crashes["new"]


def test_a_build_that_fails_its_checks_changes_nothing(seed_build, tmp_path, monkeypatch):
    pkg = tmp_path / "pkg"
    shutil.copytree(seed_build, pkg)
    before = _bytes(pkg)
    rows = write_pass.rows

    def shifted(*args, **kwargs):  # one sentence's offsets no longer match its text
        out = rows(*args, **kwargs)
        out["sentences"][0]["end_char"] += 1
        return out

    monkeypatch.setattr(write_pass, "rows", shifted)
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    with pytest.raises(BuildError, match=r"sentences: 1 row\(s\) where articles.text"):
        build(src, pkg / "build", pkg / "datapackage.json")
    assert _bytes(pkg) == before and _is_clean(pkg)


def test_a_second_build_of_the_same_package_is_refused_while_one_runs(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    with _commit.locked(tmp_path), pytest.raises(_commit.BusyError, match="another build"):
        build(src, tmp_path / "build", tmp_path / "datapackage.json")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["src"]


def test_a_folder_set_aside_without_a_journal_is_put_back(seed_build, crashes, tmp_path):
    """Leftovers of a swap interrupted without a journal: the descriptor decides."""
    pkg = tmp_path / "pkg"
    shutil.copytree(seed_build, pkg)
    (pkg / "build").rename(pkg / ".build.old-4242")  # killed between the two renames
    assert validate_package(pkg / "datapackage.json") == []
    assert _is_clean(pkg) and _bytes(pkg) == crashes["old"]
    # Killed after the new folder was renamed in, before the descriptor: put the old back.
    (pkg / "build").rename(pkg / ".build.old-4242")
    shutil.copytree(crashes["new-moved"][0] / "build", pkg / "build")
    assert validate_package(pkg / "datapackage.json") == []
    assert _is_clean(pkg) and _bytes(pkg) == crashes["old"]


def test_descriptor_checksums_match_after_every_crash(crashes):
    for step in BEFORE_COMMIT + AFTER_COMMIT:
        pkg = crashes[step][0]
        validate_package(pkg / "datapackage.json")  # recover (idempotent)
        desc = json.loads((pkg / "datapackage.json").read_text("utf-8"))
        for res in desc["resources"]:
            data = (pkg / res["path"]).read_bytes()
            assert res[SIZE_KEY] == len(data), step
            assert res["hash"] == "sha256:" + hashlib.sha256(data).hexdigest(), step
