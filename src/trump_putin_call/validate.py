"""Validate a data package on disk: checksums and the schema-driven integrity checks."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from trump_putin_call.schemas import TABLES


def validate_package(descriptor: Path) -> list[str]:
    """Problems with the package at ``descriptor`` (empty when sound)."""
    import polars as pl

    from trump_putin_call.checks import check

    root = descriptor.parent
    desc = json.loads(descriptor.read_text("utf-8"))
    resources = {r["name"]: r for r in desc.get("resources", [])}
    errors = []
    frames = {}
    for name in TABLES:
        res = resources.get(name)
        if res is None:
            errors.append(f"{descriptor}: no resource {name!r}")
            continue
        file = root / res["path"]
        if not file.is_file():
            errors.append(f"{name}: {file} is missing")
            continue
        data = file.read_bytes()
        if len(data) != res.get("bytes"):
            errors.append(
                f"{name}: {file} has {len(data)} bytes, descriptor says {res.get('bytes')}"
            )
        if f"sha256:{hashlib.sha256(data).hexdigest()}" != res.get("hash"):
            errors.append(f"{name}: sha256 of {file} differs from the descriptor's hash")
        frames[name] = pl.read_parquet(file)
    if len(frames) == len(TABLES):
        errors += check(frames)
    return errors
