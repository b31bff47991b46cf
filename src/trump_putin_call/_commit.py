"""Publish a data package crash-consistently: the tables folder and its descriptor together.

A package is two things that must agree: the tables folder (``build/``) and the descriptor
(``datapackage.json``) holding their checksums. No file system renames two paths at once,
so publishing is a two-phase commit with a journal:

1. **Prepare.** Everything new is written beside its destination under a temporary name:
   the tables as ``.build.tmp-<pid>/``, the descriptor as ``.datapackage.json.tmp-<pid>``
   (and any schema it refers to), then flushed to disk. A crash here leaves the published
   package as it was; the leftovers are removed by the next recovery.
2. **Commit.** The journal ``.datapackage.json.journal`` is written (atomically, by rename)
   beside the descriptor, naming every rename still to do. Its appearance is the commit
   point: from then on the new package *will* be published.
3. **Roll forward.** ``build/`` → ``.build.old-<pid>/``, ``.build.tmp-<pid>/`` → ``build/``,
   each staged file over its destination, the old folder removed, the journal removed.
   Every step checks what is already done, so it can be repeated after a crash.

:func:`recover` runs before every build and every ``validate``: it rolls a committed
build forward and removes an uncommitted one, so a crash at any instant leaves either the
previous package or the new one, complete. A reader that does not recover (the loader)
sees at worst a mix of old and new files, which the descriptor's checksums reject.

Only one build may write a package at a time: builds and recovery hold an exclusive
``flock`` on the folders they write in (on platforms without ``fcntl`` this is skipped).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from trump_putin_call.hashes import mismatch
from trump_putin_call.parts import PART_KEY

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger("trump_putin_call")

JOURNAL_FORMAT = 1


class PublishError(RuntimeError):
    """The package cannot be published or recovered; says what to do."""


class BusyError(PublishError):
    """Another build holds the package's lock."""


def checkpoint(step: str) -> None:
    """Called at each step of a publication. Does nothing.

    A seam for the crash tests, which replace it to SIGKILL the process at a chosen step.
    """


def journal_path(descriptor: Path) -> Path:
    """Where the journal of a publication of ``descriptor`` lives (beside it)."""
    descriptor = Path(descriptor)
    return descriptor.with_name(f".{descriptor.name}.journal")


def _temp_name(path: Path, kind: str) -> Path:
    return path.with_name(f".{path.name}.{kind}-{os.getpid()}")


def _fsync(path: Path) -> None:
    """Flush a file's (or, on POSIX, a folder's) content to disk."""
    if path.is_dir() and os.name != "posix":  # pragma: no cover - folders cannot be opened
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_durably(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` and flush it to disk."""
    with open(path, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


@contextlib.contextmanager
def locked(*folders: Path) -> Iterator[None]:
    """Hold an exclusive lock on each folder, or raise :class:`BusyError` at once."""
    fds: list[int] = []
    try:
        for folder in sorted({str(Path(f).resolve()) for f in folders}):
            if fcntl is None:  # pragma: no cover - Windows
                break
            fd = os.open(folder, os.O_RDONLY)
            fds.append(fd)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise BusyError(
                    f"{folder}: another build is writing a data package here; wait for it "
                    "to finish (or stop it) and try again"
                ) from None
        yield
    finally:
        for fd in fds:
            os.close(fd)  # releases the lock


# Roll forward -------------------------------------------------------------------------


def _rel(path: Path, base: Path) -> str:
    return Path(os.path.relpath(path, base)).as_posix()


def _roll_forward(journal: Path) -> None:
    """Finish the publication ``journal`` describes; safe to repeat after a crash."""
    base = journal.parent
    try:
        plan = json.loads(journal.read_text("utf-8"))
        out, staging, old = (base / plan[k] for k in ("out", "staging", "old"))
        files = [(base / tmp, base / dest) for tmp, dest in plan["files"]]
    except (ValueError, KeyError, TypeError) as exc:
        raise PublishError(
            f"{journal}: the journal of an interrupted build is unreadable ({exc}); remove "
            "it and rebuild the package"
        ) from None
    if staging.is_dir():
        if out.exists() or out.is_symlink():
            if old.exists():
                raise PublishError(
                    f"cannot finish the interrupted build of {out}: {old} is in the way; "
                    f"move it elsewhere, then run the build or `validate` again"
                )
            os.rename(out, old)
            _fsync(out.parent)
            checkpoint("old-moved")
        os.rename(staging, out)
        _fsync(out.parent)
        checkpoint("new-moved")
    for tmp, dest in files:
        if tmp.exists():
            os.replace(tmp, dest)
            _fsync(dest.parent)
            checkpoint(f"replaced:{dest.name}")
    if old.exists():
        shutil.rmtree(old)
        checkpoint("old-removed")
    journal.unlink()
    _fsync(base)


# Recovery ------------------------------------------------------------------------------


def _in_tables_dir(res: dict[str, Any]) -> Path:
    """A resource's file relative to the tables folder (``name/part-….parquet`` for a part)."""
    parts = Path(res["path"]).parts
    return Path(*parts[-2:]) if PART_KEY in res else Path(parts[-1])


def _out_dir_of(descriptor: Path) -> Path | None:
    """The tables folder a (readable) descriptor points at."""
    try:
        desc = json.loads(descriptor.read_text("utf-8"))
        folders = set()
        for res in desc["resources"]:
            file = descriptor.parent / res["path"]
            folders.add(file.parents[len(_in_tables_dir(res).parts) - 1])
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return None
    return folders.pop() if len(folders) == 1 else None


def _matches(folder: Path, descriptor: Path) -> bool:
    """Whether the tables in ``folder`` have the bytes ``descriptor`` records."""
    try:
        desc = json.loads(descriptor.read_text("utf-8"))
        for res in desc["resources"]:
            data = (folder / _in_tables_dir(res)).read_bytes()
            if mismatch(data, res) is not None:
                return False
    except (OSError, ValueError, KeyError, TypeError):
        return False
    return True


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)


def recover(descriptor: Path, out_dir: Path | None = None) -> list[str]:
    """Bring the package at ``descriptor`` back to a consistent state after a crash.

    A committed build (journal present) is finished; an uncommitted one is removed. A
    folder set aside by an interrupted swap without a journal (``.build.old-*``) is put
    back if the descriptor describes it. Call it while holding :func:`locked`. Returns
    what was done (empty when there was nothing to recover).
    """
    descriptor = Path(descriptor)
    base = descriptor.parent
    done: list[str] = []
    journal = journal_path(descriptor)
    if journal.exists():
        _roll_forward(journal)
        done.append(f"finished publishing the build interrupted after its commit ({journal})")
    out = Path(out_dir) if out_dir is not None else _out_dir_of(descriptor)
    leftovers = list(base.glob(f".{descriptor.name}.tmp-*"))
    leftovers += list((base / "schemas").glob(".*.json.tmp-*"))
    if out is not None:
        leftovers += list(out.parent.glob(f".{out.name}.tmp-*"))
    for path in sorted(set(leftovers)):
        _remove(path)
        done.append(f"removed {path}, left by a build interrupted before its commit")
    if out is not None:
        for old in sorted(out.parent.glob(f".{out.name}.old-*")):
            if not out.exists():
                os.rename(old, out)
                done.append(f"put back {out} from {old}, set aside by an interrupted build")
            elif not _matches(out, descriptor) and _matches(old, descriptor):
                aside = _temp_name(out, "tmp")
                os.rename(out, aside)
                os.rename(old, out)
                shutil.rmtree(aside)
                done.append(f"put back {out} from {old}: it is the one {descriptor} describes")
            else:
                _remove(old)
                done.append(f"removed {old}, set aside by an interrupted build")
    for line in done:
        log.warning("recovery: %s", line)
    return done


def recover_locked(descriptor: Path, out_dir: Path | None = None) -> list[str]:
    """:func:`recover` under the package's lock (raises :class:`BusyError` if a build runs)."""
    descriptor = Path(descriptor)
    folders = [descriptor.parent]
    out = Path(out_dir) if out_dir is not None else _out_dir_of(descriptor)
    if out is not None and out.parent.is_dir():
        folders.append(out.parent)
    if not descriptor.parent.is_dir():
        return []
    with locked(*folders):
        return recover(descriptor, out)


# Publication ---------------------------------------------------------------------------


class Publication:
    """A package being prepared: write into :attr:`staging`, :meth:`stage` files, commit."""

    def __init__(self, out_dir: Path, descriptor: Path) -> None:
        self.out = Path(out_dir)
        self.descriptor = Path(descriptor)
        self.staging = _temp_name(self.out, "tmp")
        self.old = _temp_name(self.out, "old")
        self.files: list[tuple[Path, Path]] = []
        self.committed = False

    def stage(self, dest: Path, data: bytes) -> None:
        """Write ``data`` beside ``dest``; it replaces ``dest`` when the package commits."""
        dest = Path(dest)
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = _temp_name(dest, "tmp")
        write_durably(tmp, data)
        self.files.append((tmp, dest))

    def commit(self) -> None:
        """Flush the staged package, write the journal (the commit point), roll forward."""
        for path in sorted(self.staging.rglob("*")):
            _fsync(path)
        _fsync(self.staging)
        _fsync(self.out.parent)
        checkpoint("staged")
        base = self.descriptor.parent
        plan: dict[str, Any] = {
            "journal": JOURNAL_FORMAT,
            "out": _rel(self.out, base),
            "staging": _rel(self.staging, base),
            "old": _rel(self.old, base),
            "files": [[_rel(tmp, base), _rel(dest, base)] for tmp, dest in self.files],
        }
        journal = journal_path(self.descriptor)
        tmp = _temp_name(self.descriptor, "tmp-journal")
        write_durably(tmp, (json.dumps(plan, indent=2) + "\n").encode("utf-8"))
        os.replace(tmp, journal)
        _fsync(base)
        self.committed = True
        checkpoint("committed")
        _roll_forward(journal)
        checkpoint("published")

    def abort(self) -> None:
        """Remove everything prepared (only before the commit)."""
        if self.committed:
            return
        shutil.rmtree(self.staging, ignore_errors=True)
        for tmp, _ in self.files:
            tmp.unlink(missing_ok=True)


@contextlib.contextmanager
def publishing(out_dir: Path, descriptor: Path) -> Iterator[Publication]:
    """Lock the package, recover it, and yield a :class:`Publication` to fill and commit.

    If the body raises before :meth:`Publication.commit`, nothing is published and
    nothing prepared is left behind.
    """
    out, descriptor = Path(out_dir), Path(descriptor)
    out.parent.mkdir(parents=True, exist_ok=True)
    descriptor.parent.mkdir(parents=True, exist_ok=True)
    with locked(out.parent, descriptor.parent):
        recover(descriptor, out)
        pub = Publication(out, descriptor)
        pub.staging.mkdir()
        try:
            yield pub
        finally:
            pub.abort()
