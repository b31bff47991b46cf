"""Download a released version's tables, verified against the registry shipped in the package.

>>> import trump_putin_call as t
>>> quotes = t.load("quotes", version="1.0.0")   # fetched once, then read from the cache

A paper cites a version; years later a reader gets exactly that version's bytes. The files
and their sha256 come from :mod:`trump_putin_call.registry` (shipped in the package, so a
server can only serve the right bytes or be refused). `pooch <https://www.fatiando.org/pooch>`_
downloads each file into a temporary file, checks its sha256 and only then moves it into
the cache, so a corrupted or truncated download is never cached. The cache is the user's
cache folder (``platformdirs``; ``TRUMP_PUTIN_CALL_CACHE_DIR`` overrides), one folder per
version; once a version's files are there, nothing is downloaded again (offline works).

Where the files are: the release location is recorded in the package's release metadata
(``[tool.trump-putin-call] release-url`` in ``pyproject.toml``, a URL with ``{version}``
where the version goes) once a public release exists; ``TRUMP_PUTIN_CALL_RELEASE_URL``
overrides it, for a mirror or a local copy.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from trump_putin_call import registry
from trump_putin_call._parquet import check_backend, parse
from trump_putin_call.hashes import sha256_file
from trump_putin_call.loader import IntegrityError

ENV_URL = "TRUMP_PUTIN_CALL_RELEASE_URL"
ENV_CACHE = "TRUMP_PUTIN_CALL_CACHE_DIR"
URL_FIELD = "release-url"
APP = "trump-putin-call"
TIMEOUT = 60  # seconds without a byte before a download is abandoned


class DownloadError(RuntimeError):
    """A version cannot be downloaded: no release location, or the server failed."""


class UnknownVersionError(DownloadError, LookupError):
    """The registry shipped in this package has no such version."""


class NoReleaseLocationError(DownloadError):
    """No release location is recorded, and none is given by the environment."""


def _registry() -> dict[str, registry.Version]:
    """The registry shipped in the package (a function, so tests can substitute one)."""
    return registry.read()


def versions() -> list[str]:
    """The released versions this package knows, oldest first."""
    from packaging.version import Version

    return sorted(_registry(), key=Version)


def known(version: str) -> registry.Version:
    """The registry entry of ``version``; UnknownVersionError lists the known ones."""
    entries = _registry()
    if version in entries:
        return entries[version]
    listed = ", ".join(versions()) or "none: no version has been released yet"
    raise UnknownVersionError(
        f"version {version!r} is not in this package's registry of released versions "
        f"(known: {listed}). A version released after this copy of the package needs a newer "
        "one: pip install --upgrade trump-putin-call"
    )


def _configured_url() -> str | None:
    """``[tool.trump-putin-call] release-url`` of the installed package, if recorded."""
    from trump_putin_call._paths import data_root

    with open(data_root() / "pyproject.toml", "rb") as handle:
        tool = tomllib.load(handle).get("tool", {}).get(APP, {})
    return tool.get(URL_FIELD) or None


def release_url(version: str) -> str:
    """The URL of the folder of ``version``'s release files (ends with ``/``).

    ``{version}`` in the configured URL is replaced by the version; a URL without it names
    one version's files (a mirror of a single release, or a local copy).
    """
    template = os.environ.get(ENV_URL) or _configured_url()
    if not template:
        raise NoReleaseLocationError(
            "no public release location is known for this package: its release metadata "
            f"([tool.{APP}] {URL_FIELD} in pyproject.toml) records none yet. To download from "
            f"a mirror, set {ENV_URL} to the URL of its release files, with {{version}} where "
            f"the version goes, e.g. {ENV_URL}=https://mirror.example.org/{APP}/{{version}}/"
        )
    return template.replace("{version}", version).rstrip("/") + "/"


def cache_dir(version: str) -> Path:
    """Where ``version``'s files are cached."""
    base = os.environ.get(ENV_CACHE)
    if base:
        return Path(base) / "releases" / version
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP)) / "releases" / version


def _cached(folder: Path, item: registry.ReleasedFile) -> bool:
    file = folder / item.asset
    return file.is_file() and file.stat().st_size == item.bytes and sha256_file(file) == item.sha256


def fetch(version: str, files: list[registry.ReleasedFile] | None = None) -> dict[str, Path]:
    """Asset name → cached file for ``files`` of ``version`` (default: all), each checked.

    Only files missing from the cache (or not matching the registry) are downloaded, so a
    version fetched once needs no network and no release location afterwards.
    """
    entry = known(version)
    wanted = list(entry.files if files is None else files)
    folder = cache_dir(version)
    missing = [item for item in wanted if not _cached(folder, item)]
    if missing:
        _download(version, folder, missing)
    return {item.asset: folder / item.asset for item in wanted}


def _download(version: str, folder: Path, items: list[registry.ReleasedFile]) -> None:
    import pooch
    import requests

    base = release_url(version)
    store = pooch.create(
        path=folder,
        base_url=base,
        registry={item.asset: f"sha256:{item.sha256}" for item in items},
        retry_if_failed=0,
    )
    downloader = pooch.HTTPDownloader(progressbar=False, timeout=TIMEOUT)
    for item in items:
        url = base + item.asset
        try:
            store.fetch(item.asset, downloader=downloader)
        except ValueError as exc:  # pooch: the downloaded file's hash does not match
            raise IntegrityError(
                f"{url}: the downloaded file does not match the sha256 this package records "
                f"for {item.path} of version {version} ({item.sha256}, {item.bytes} bytes): "
                "a corrupted or truncated download, or a server holding other files. Nothing "
                f"was cached; try again, or another mirror ({ENV_URL}). ({exc})"
            ) from None
        except requests.RequestException as exc:
            raise DownloadError(
                f"{url}: download of {item.path} of version {version} failed ({exc}); "
                f"nothing was cached. Check the address ({ENV_URL}) and the network, and "
                "try again"
            ) from None
        if not _cached(folder, item):  # the size too; and never trust a file we did not check
            (folder / item.asset).unlink(missing_ok=True)
            raise IntegrityError(f"{url}: {item.path} of version {version} does not match")


def _verified_bytes(file: Path, item: registry.ReleasedFile, version: str) -> bytes:
    data = file.read_bytes()
    if len(data) != item.bytes or registry.digest(data) != item.sha256:
        raise IntegrityError(
            f"{file} ({item.path} of version {version}) changed in the cache since it was "
            f"checked; delete {file.parent} and load again"
        )
    return data


def load_version(name: str, version: str, backend: str = "polars") -> Any:
    """Table ``name`` of released ``version`` (downloaded once, then from the cache)."""
    check_backend(backend)
    entry = known(version)
    items = entry.table_files(name)
    if not items:
        raise KeyError(
            f"version {version} has no table {name!r}; its tables: {', '.join(entry.tables())}"
        )
    local = fetch(version, items)
    parts = [_verified_bytes(local[item.asset], item, version) for item in items]
    return parse(parts, backend)


def download(version: str, out: Path) -> list[Path]:
    """Write ``version``'s data package into ``out`` (``datapackage.json``, ``build/…``)."""
    entry = known(version)
    local = fetch(version)
    out = Path(out)
    written = []
    for item in entry.files:
        dest = out / item.path
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = dest.with_name(f".{dest.name}.tmp-{os.getpid()}")
        shutil.copyfile(local[item.asset], tmp)
        if sha256_file(tmp) != item.sha256:
            tmp.unlink()
            raise IntegrityError(f"{dest}: the copy does not match; delete it and try again")
        os.replace(tmp, dest)
        written.append(dest)
    return written


# --- the command line: trump-putin-call download ----------------------------------------


def add_command(command: Callable[..., argparse.ArgumentParser]) -> None:
    """Register ``download`` with the CLI's ``command(name, summary, description)``."""
    c = command(
        "download",
        "fetch a released version's tables into a folder (sha256-checked, cached)",
        "Fetch the data package of released VERSION (datapackage.json and build/*.parquet) "
        "into DIR, each file checked against the sha256 recorded in this package. Files are "
        "cached in the user's cache folder, so a version fetched once works offline. The "
        f"release location is the package's; {ENV_URL} points at a mirror ({{version}} where "
        "the version goes).",
    )
    c.add_argument("version", nargs="?", metavar="VERSION", help="a released version")
    c.add_argument("--out", type=Path, metavar="DIR", help="folder for the data package")
    c.add_argument("--list", action="store_true", help="list the versions this package knows")
    c.set_defaults(func=_cli)


def _cli(args: argparse.Namespace) -> int:
    if args.list:
        for version in versions():
            print(version)
        if not versions():
            print("no released versions are known yet", file=sys.stderr)
        return 0
    if not args.version or args.out is None:
        print("error: give VERSION and --out DIR (or --list)", file=sys.stderr)
        return 2
    try:
        for path in download(args.version, args.out):
            print(path)
    except (UnknownVersionError, NoReleaseLocationError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except (DownloadError, IntegrityError) as exc:  # the server failed or sent other bytes
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0
