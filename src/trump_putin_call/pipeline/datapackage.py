"""The Frictionless Data Package (v2) descriptor, generated from ``schemas/`` and the files."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from trump_putin_call import release
from trump_putin_call._paths import schemas_dir
from trump_putin_call._version import __version__
from trump_putin_call.hashes import integrity
from trump_putin_call.pipeline.sources import SourceMeta
from trump_putin_call.schemas import TABLES, table_schema

PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
MEDIATYPE = "application/vnd.apache.parquet"


def package_metadata() -> dict[str, Any]:
    return json.loads((schemas_dir() / "package.json").read_text("utf-8"))


def descriptor(
    table_paths: dict[str, Path],
    root: Path,
    sources: dict[str, SourceMeta],
    source_paths: list[str],
    prefix: str = "raw/",
) -> dict[str, Any]:
    """The descriptor for tables at ``table_paths`` (paths written relative to ``root``);
    its ``sources`` name ``source_paths`` (with ``prefix``) and what ``sources`` says."""
    meta = package_metadata()
    resources = []
    for name in TABLES:
        path = table_paths[name]
        schema = table_schema(name)
        resources.append(
            {
                "name": name,
                "type": "table",
                "title": schema["title"],
                "description": schema["description"],
                "path": Path(os.path.relpath(path, root)).as_posix(),
                "format": "parquet",
                "mediatype": MEDIATYPE,
                **integrity(path),
                "schema": f"schemas/{name}.json",
            }
        )
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
