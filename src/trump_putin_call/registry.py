"""The registry of released versions: every file of every release, with its sha256 and size.

``registry.json`` beside this module ships in the package and is the trust anchor of
:mod:`trump_putin_call.download`: a downloaded file is accepted only when its sha256 is the
one recorded here. ``nox -s release`` adds the entry of the version it releases (the
registry is committed with it, before the tag); an entry, once released, never changes.
No version has been released yet, so the shipped registry is empty: nothing is invented.

A version's files are its ``datapackage.json`` and the Parquet file(s) of every table.
Each has a ``path`` (where it goes in a data package folder: ``build/quotes.parquet``) and
an ``asset`` name (its name among the flat release assets: ``quotes.parquet``).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from trump_putin_call.hashes import sha256_file

REGISTRY_FILE = Path(__file__).resolve().with_name("registry.json")
FORMAT = 1
DESCRIPTOR = "datapackage.json"
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_ASSET = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


class RegistryError(ValueError):
    """The registry file, or an entry for it, is malformed or contradicts a release."""


@dataclass(frozen=True)
class ReleasedFile:
    """One file of a released version."""

    path: str
    asset: str
    sha256: str
    bytes: int
    resource: str | None = None  # the table it holds; None for datapackage.json


@dataclass(frozen=True)
class Version:
    """The files of one released version."""

    version: str
    date: str
    files: tuple[ReleasedFile, ...]

    def tables(self) -> list[str]:
        """Names of the tables this version has, in the descriptor's order."""
        return list(dict.fromkeys(f.resource for f in self.files if f.resource))

    def table_files(self, name: str) -> list[ReleasedFile]:
        return [f for f in self.files if f.resource == name]


def asset_name(path: str) -> str:
    """``build/quotes.parquet`` → ``quotes.parquet``; a part file keeps its folder in its name
    (``build/quotes/part-00001.parquet`` → ``quotes-part-00001.parquet``)."""
    parts = PurePosixPath(path).parts
    if len(parts) > 1 and parts[0] == "build":
        parts = parts[1:]
    return "-".join(parts)


def _safe_path(path: str) -> bool:
    pure = PurePosixPath(path)
    return bool(path) and not pure.is_absolute() and ".." not in pure.parts and "\\" not in path


def _file(raw: dict[str, Any], where: str) -> ReleasedFile:
    try:
        item = ReleasedFile(
            path=raw["path"],
            asset=raw["asset"],
            sha256=raw["sha256"],
            bytes=raw["bytes"],
            resource=raw.get("resource"),
        )
    except (KeyError, TypeError):
        raise RegistryError(f"{where}: each file needs path, asset, sha256 and bytes") from None
    if not _safe_path(item.path):
        raise RegistryError(f"{where}: path {item.path!r} must be relative, inside the package")
    if not _ASSET.match(item.asset):
        raise RegistryError(f"{where}: asset {item.asset!r} is not a plain file name")
    if not isinstance(item.sha256, str) or not _SHA256.match(item.sha256):
        raise RegistryError(f"{where}: {item.path}: sha256 must be 64 lowercase hex digits")
    if not isinstance(item.bytes, int) or item.bytes < 0:
        raise RegistryError(f"{where}: {item.path}: bytes must be a count")
    return item


def parse(data: dict[str, Any], where: str = "registry") -> dict[str, Version]:
    """Version → its files, from the parsed JSON; RegistryError says what is wrong."""
    if data.get("format") != FORMAT or not isinstance(data.get("versions"), dict):
        raise RegistryError(f"{where}: expected {{'format': {FORMAT}, 'versions': {{...}}}}")
    out = {}
    for version, raw in data["versions"].items():
        files = tuple(_file(f, f"{where}: {version}") for f in raw.get("files", []))
        assets = [f.asset for f in files]
        if not files or len(set(assets)) != len(assets):
            raise RegistryError(f"{where}: {version}: files missing or asset names repeated")
        if DESCRIPTOR not in [f.path for f in files]:
            raise RegistryError(f"{where}: {version}: no {DESCRIPTOR}")
        out[version] = Version(version, str(raw.get("date", "")), files)
    return out


def read(path: Path = REGISTRY_FILE) -> dict[str, Version]:
    """The registry at ``path`` (default: the one shipped in the package)."""
    return parse(json.loads(Path(path).read_text("utf-8")), str(path))


def dumps(versions: dict[str, Version]) -> str:
    """The registry's JSON text: versions and files in a fixed order, one trailing newline."""
    body = {
        "format": FORMAT,
        "versions": {
            v: {
                "date": versions[v].date,
                "files": [
                    {k: val for k, val in asdict(f).items() if val is not None}
                    for f in versions[v].files
                ],
            }
            for v in sorted(versions)
        },
    }
    return json.dumps(body, indent=2, ensure_ascii=False) + "\n"


def _resource_paths(resource: dict[str, Any]) -> list[str]:
    path = resource.get("path")
    return [path] if isinstance(path, str) else list(path or [])


def entry_for_checkout(root: Path, version: str, date: str) -> Version:
    """The registry entry for the data package at ``root`` (its descriptor and tables).

    Sizes and digests are computed from the files themselves, not copied from the
    descriptor, so the entry records exactly the bytes that will be published.
    """
    root = Path(root)
    descriptor = json.loads((root / DESCRIPTOR).read_text("utf-8"))
    if descriptor.get("version") != version:
        raise RegistryError(
            f"{root / DESCRIPTOR} is version {descriptor.get('version')}, not {version}: "
            "run `nox -s build`"
        )
    files = [_measure(root, DESCRIPTOR, None)]
    for res in descriptor["resources"]:
        files += [_measure(root, p, res["name"]) for p in _resource_paths(res)]
    entry = Version(version, date, tuple(files))
    parse(json.loads(dumps({version: entry})), f"entry for {root}")  # same rules as on read
    return entry


def _measure(root: Path, path: str, resource: str | None) -> ReleasedFile:
    if not _safe_path(path):
        raise RegistryError(f"{root / DESCRIPTOR}: path {path!r} leads outside the package")
    file = root / path
    if not file.is_file():
        raise RegistryError(f"{file} is missing: run `nox -s build`")
    return ReleasedFile(path, asset_name(path), sha256_file(file), file.stat().st_size, resource)


def add(versions: dict[str, Version], entry: Version) -> dict[str, Version]:
    """``versions`` with ``entry`` added; a released version's files never change."""
    old = versions.get(entry.version)
    if old is not None and old.files != entry.files:
        raise RegistryError(
            f"version {entry.version} is already in the registry with other files: a "
            "released version never changes; give the new data a new version"
        )
    return {**versions, entry.version: entry}


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
