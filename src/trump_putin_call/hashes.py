"""File checksums, computed one way for the descriptor, the release and the checks.

Every table file's size and sha256 are recorded in ``datapackage.json``: the sha256 in
the standard ``hash`` property (``sha256:<hex>``), the size in the namespaced custom
property :data:`SIZE_KEY`. The standard ``bytes`` is not used: frictionless 5.21 reads
Parquet through pandas, cannot count its bytes, and reports every Parquet resource that
declares ``bytes`` as a ``byte-count`` error; nor does it check ``hash`` for Parquet, so
both are checked here (:func:`mismatch`) by the loader and ``trump-putin-call validate``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

#: The resource property holding a file's size in bytes (a Data Package custom property).
SIZE_KEY = "trump-putin-call:bytes"


def sha256_file(path: Path) -> str:
    """Lowercase hex sha256 of a file, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def integrity(path: Path) -> dict[str, Any]:
    """The descriptor properties recording ``path``'s size and sha256."""
    return {SIZE_KEY: Path(path).stat().st_size, "hash": f"sha256:{sha256_file(path)}"}


def recorded_size(res: Mapping[str, Any]) -> Any:
    """The size a resource records (``bytes`` in descriptors written before 1.0)."""
    return res.get(SIZE_KEY, res.get("bytes"))


def mismatch(data: bytes, res: Mapping[str, Any]) -> str | None:
    """How ``data`` differs from the size and sha256 ``res`` records, or None."""
    if len(data) != recorded_size(res):
        return f"has {len(data)} bytes, datapackage.json records {recorded_size(res)}"
    digest = hashlib.sha256(data).hexdigest()
    if f"sha256:{digest}" != res.get("hash"):
        return f"has sha256 {digest}, datapackage.json records {res.get('hash')}"
    return None
