"""Load the published tables: one function, the backend chosen by an argument.

Every table is checked against the sha256 in ``datapackage.json`` the first time it is
loaded in a process (and on demand with :func:`verify`), so a truncated or altered file
is an error, never wrong rows.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path
from typing import Any, Literal

from trump_putin_call._paths import data_root
from trump_putin_call.schemas import TABLES, table_schema, unknown_table_error

Backend = Literal["polars", "pandas", "pyarrow"]
_VERIFIED: set[str] = set()


class IntegrityError(RuntimeError):
    """A table file does not match the checksum recorded in ``datapackage.json``."""


def tables() -> list[str]:
    """Names of the tables, in pipeline order."""
    return list(TABLES)


@cache
def _descriptor() -> dict[str, Any]:
    return json.loads((data_root() / "datapackage.json").read_text("utf-8"))


def _resource(name: str) -> dict[str, Any]:
    if name not in TABLES:
        raise unknown_table_error(name)
    for res in _descriptor()["resources"]:
        if res["name"] == name:
            return res
    raise IntegrityError(f"datapackage.json has no resource {name!r}: reinstall the package")


def path(name: str) -> Path:
    """Path of the Parquet file of table ``name``."""
    res = _resource(name)
    root = data_root()
    # Bundled data keeps the checkout's layout, so the descriptor's relative path holds.
    file = (root / res["path"]).resolve()
    if root.resolve() not in file.parents:
        raise IntegrityError(f"datapackage.json points {name!r} outside the data folder")
    return file


def schema(name: str) -> dict[str, Any]:
    """The Frictionless Table Schema of table ``name`` (columns, types, descriptions, keys)."""
    return table_schema(name)


def _check(name: str) -> None:
    res = _resource(name)
    file = path(name)
    repair = (
        "rebuild it with `nox -s build` in a checkout, or reinstall with "
        "`pip install --force-reinstall trump-putin-call`"
    )
    if not file.is_file():
        raise IntegrityError(f"table {name!r}: {file} is missing; {repair}")
    size = file.stat().st_size
    if size != res["bytes"]:
        raise IntegrityError(
            f"table {name!r}: {file} has {size} bytes, datapackage.json "
            f"records {res['bytes']}; the file is truncated or altered: {repair}"
        )
    digest = hashlib.sha256(file.read_bytes()).hexdigest()
    if f"sha256:{digest}" != res["hash"]:
        raise IntegrityError(
            f"table {name!r}: sha256 of {file} is {digest}, datapackage.json "
            f"records {res['hash']}; the file is altered: {repair}"
        )
    _VERIFIED.add(name)


def verify(names: list[str] | None = None) -> None:
    """Check every table (or ``names``) against ``datapackage.json``; raise IntegrityError."""
    for name in names or TABLES:
        _check(name)


def load(name: str, backend: Backend = "polars") -> Any:
    """Table ``name`` as a polars DataFrame, a pandas DataFrame or a pyarrow Table."""
    if name not in _VERIFIED:
        _check(name)
    file = path(name)
    if backend == "polars":
        import polars as pl

        return pl.read_parquet(file)
    if backend == "pyarrow":
        import pyarrow.parquet as pq

        return pq.read_table(file)
    if backend == "pandas":
        import pyarrow.parquet as pq

        return pq.read_table(file).to_pandas()
    raise ValueError(f"unknown backend {backend!r}; use 'polars', 'pandas' or 'pyarrow'")
