"""The Frictionless Data Package (v2) descriptor, generated from ``schemas/`` and the files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from trump_putin_call import release
from trump_putin_call._paths import schemas_dir
from trump_putin_call._version import __version__
from trump_putin_call.hashes import integrity
from trump_putin_call.parts import PART_KEY, TABLE_KEY, part_schema, resource_name
from trump_putin_call.pipeline.sources import SourceMeta
from trump_putin_call.schemas import TABLES, table_schema

PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
MEDIATYPE = "application/vnd.apache.parquet"


def package_metadata() -> dict[str, Any]:
    return json.loads((schemas_dir() / "package.json").read_text("utf-8"))


def descriptor(
    files: dict[str, list[Path]],
    staging: Path,
    tables_dir: Path,
    sources: dict[str, SourceMeta],
    source_paths: list[str],
    prefix: str = "raw/",
    sums: dict[Path, dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """The descriptor for the part files ``files`` of each table, written in ``staging``
    and published as ``tables_dir`` (relative to the descriptor's folder); its ``sources``
    name ``source_paths`` (with ``prefix``) and what ``sources`` says about them. ``sums``:
    the files' sizes and sha256 where already known (else they are read here)."""
    meta = package_metadata()
    resources = []
    for name in TABLES:
        schema = table_schema(name)
        n_parts = len(files[name])
        for k, path in enumerate(files[name]):
            res: dict[str, Any] = {
                "name": resource_name(name, k, n_parts),
                "type": "table",
                "title": schema["title"],
                "description": schema["description"],
                "path": (tables_dir / path.relative_to(staging)).as_posix(),
                "format": "parquet",
                "mediatype": MEDIATYPE,
                **(sums[path] if sums is not None else integrity(path)),
                "schema": f"schemas/{name}.json",
            }
            if n_parts > 1:
                res["title"] = f"{schema['title']} (part {k + 1} of {n_parts})"
                res[TABLE_KEY], res[PART_KEY] = name, k
                res["schema"] = part_schema(name, schema, k, n_parts)
            resources.append(res)
    package_sources = []
    for source_path in source_paths:
        info = sources.get(source_path, SourceMeta())
        entry: dict[str, Any] = {"title": f"{prefix}{source_path}"}
        if info.outlet:
            entry["title"] = f"{info.outlet}: {prefix}{source_path}"
        if info.url:
            entry["path"] = info.url
        package_sources.append(entry)
    return {
        "$schema": PROFILE,
        "name": meta["name"],
        "title": meta["title"],
        "description": meta["description"],
        "version": __version__,
        "created": release.current().created,
        **({"homepage": meta["homepage"]} if meta.get("homepage") else {}),
        "keywords": meta["keywords"],
        "licenses": meta["licenses"],
        "contributors": meta["contributors"],
        "sources": package_sources,
        "resources": resources,
    }


def dumps(desc: dict[str, Any]) -> str:
    """Stable JSON text: fixed key order as built, two-space indent, final newline."""
    return json.dumps(desc, indent=2, ensure_ascii=False) + "\n"
