"""Load the published tables: one function, the backend chosen by an argument.

Every load checks the table's bytes against the sha256 in ``datapackage.json`` and parses
those very bytes (so a file changed between the check and the read cannot slip through);
:func:`verify` checks every table on demand. A truncated or altered file is an
:class:`IntegrityError` that says how to repair it, never wrong rows. Table names are
checked against the schemas, and no path in the descriptor can lead outside the data folder.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path
from typing import Any

from trump_putin_call._parquet import BACKENDS, Backend, check_backend, parse
from trump_putin_call._paths import data_root, inside
from trump_putin_call.hashes import recorded_size
from trump_putin_call.schemas import TABLES, table_schema, unknown_table_error

__all__ = ["BACKENDS", "Backend", "IntegrityError", "load", "path", "schema", "tables", "verify"]
#: Tables whose bytes matched the descriptor when last read in this process.
_VERIFIED: set[str] = set()


class IntegrityError(RuntimeError):
    """A table file does not match the checksum recorded in ``datapackage.json``."""


def tables() -> list[str]:
    """Names of the tables, in pipeline order."""
    return list(TABLES)


@cache
def _parse_descriptor(file: str, stamp: tuple[int, int, int]) -> dict[str, Any]:
    return json.loads(Path(file).read_text("utf-8"))


def _descriptor() -> dict[str, Any]:
    """``datapackage.json``, parsed again whenever the file changes (a rebuild)."""
    file = data_root() / "datapackage.json"
    st = file.stat()
    return _parse_descriptor(str(file), (st.st_mtime_ns, st.st_size, st.st_ino))


_descriptor.cache_clear = _parse_descriptor.cache_clear  # type: ignore[attr-defined]


def _repair() -> str:
    """What to do about a table that does not match the descriptor."""
    from trump_putin_call._commit import journal_path

    root = data_root()
    journal = journal_path(root / "datapackage.json")
    if journal.exists():
        return (
            f"a build was interrupted while publishing ({journal} is its journal): finish it "
            f"with `trump-putin-call validate {root / 'datapackage.json'}`, or rebuild"
        )
    return (
        "rebuild it with `nox -s build` in a checkout, or reinstall with "
        "`pip install --force-reinstall trump-putin-call`"
    )


def _resource(name: str) -> dict[str, Any]:
    if not isinstance(name, str) or name not in TABLES:
        raise unknown_table_error(name)
    for res in _descriptor()["resources"]:
        if res["name"] == name:
            return res
    raise IntegrityError(f"datapackage.json has no resource {name!r}: {_repair()}")


def path(name: str) -> Path:
    """Path of the Parquet file of table ``name`` (always inside the data folder)."""
    res = _resource(name)
    # Bundled data keeps the checkout's layout, so the descriptor's relative path holds.
    file = inside(data_root(), str(res["path"]))
    if file is None:
        raise IntegrityError(
            f"datapackage.json points {name!r} at {res['path']!r}, outside the data folder "
            f"{data_root().resolve()}: {_repair()}"
        )
    return file


def schema(name: str) -> dict[str, Any]:
    """The Frictionless Table Schema of ``name`` (columns, types, descriptions, keys)."""
    return table_schema(name)


def _read_verified(name: str) -> bytes:
    """The bytes of table ``name``, once they match the descriptor's size and sha256."""
    res = _resource(name)
    file = path(name)
    _VERIFIED.discard(name)
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        raise IntegrityError(f"table {name!r}: {file} is missing; {_repair()}") from None
    except OSError as exc:
        raise IntegrityError(
            f"table {name!r}: {file} cannot be read ({exc.strerror}); {_repair()}"
        ) from None
    if len(data) != recorded_size(res):
        raise IntegrityError(
            f"table {name!r}: {file} has {len(data)} bytes, datapackage.json "
            f"records {recorded_size(res)}; the file is truncated or altered: {_repair()}"
        )
    digest = hashlib.sha256(data).hexdigest()
    if f"sha256:{digest}" != res["hash"]:
        raise IntegrityError(
            f"table {name!r}: sha256 of {file} is {digest}, datapackage.json "
            f"records {res['hash']}; the file is altered: {_repair()}"
        )
    _VERIFIED.add(name)
    return data


def _check(name: str) -> None:
    _read_verified(name)


def verify(names: list[str] | None = None) -> None:
    """Check every table (or ``names``) against ``datapackage.json``; raise IntegrityError."""
    for name in TABLES if names is None else names:
        _read_verified(name)


def load(name: str, backend: Backend = "polars", version: str | None = None) -> Any:
    """Table ``name`` as a polars DataFrame, a pandas DataFrame or a pyarrow Table.

    ``version``: a released version, downloaded once and checked against the sha256 this
    package records for it (:mod:`trump_putin_call.download`); default the installed data.
    """
    if version is not None:
        from trump_putin_call.download import load_version

        return load_version(name, version, backend)
    check_backend(backend)
    return parse([_read_verified(name)], backend)
