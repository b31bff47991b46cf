"""Release artifacts (``nox -s dist``) and their upload (``nox -s publish``).

``build`` writes into ``dist/``:

* the wheel (the tables inside it) and the sdist, built by ``uv build`` with the build
  backend pinned (``[tool.uv] build-constraint-dependencies``);
* ``trump-putin-call-{version}-datapackage.zip``: the data package on its own
  (``datapackage.json``, ``croissant.json``, ``schemas/``, ``build/``, README,
  ``CITATION.cff``, ``LICENSE``, ``CHANGELOG.md``) under one folder, stored uncompressed (the
  Parquet files are zstd already) so its bytes do not depend on the zlib at hand;
* the release assets a reader downloads one by one (:mod:`trump_putin_call.download`):
  ``datapackage.json`` and every table's Parquet file, flat (``quotes.parquet``), exactly
  the files and bytes of the version's registry entry (:mod:`trump_putin_call.registry`);
* ``SHA256SUMS`` for all of them, in ``sha256sum -c`` format.

``SOURCE_DATE_EPOCH`` is midnight UTC of the release date (never the clock), so two builds
give byte-identical artifacts. ``publish`` checks ``dist/`` against ``SHA256SUMS`` and
uploads the wheel and sdist with twine; the credentials come from ``TWINE_USERNAME`` and
``TWINE_PASSWORD`` and are never printed.

    python -m trump_putin_call.dist build [--out dist]
    python -m trump_putin_call.dist publish --repository-url URL [--dist dist]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from trump_putin_call import metadata, registry
from trump_putin_call import release as _release
from trump_putin_call.hashes import sha256_file as sha256
from trump_putin_call.schemas import TABLES

DISTRIBUTION = "trump-putin-call"
SUMS = "SHA256SUMS"
#: What the data-package zip holds besides build/ and schemas/ (all from the checkout).
PACKAGE_FILES = (
    "datapackage.json",
    "croissant.json",
    "README.md",
    "CITATION.cff",
    "LICENSE",
    "CHANGELOG.md",
)
_ZIP_EPOCH_MIN = 315532800  # 1980-01-01: the earliest time a zip entry can carry


class ReleaseError(RuntimeError):
    """The checkout or dist/ is not fit to release; the message says what to do."""


def _uv() -> str:
    found = os.environ.get("UV") or shutil.which("uv")
    if found:
        return found
    try:
        from uv import find_uv_bin  # type: ignore[import-not-found]

        return find_uv_bin()
    except (ImportError, FileNotFoundError):
        raise ReleaseError("uv is not installed: pip install uv") from None


def check_checkout(root: Path) -> _release.Release:
    """The release of ``root``, after checking its package is complete and consistent."""
    rel = _release.read(root / "pyproject.toml")
    desc = json.loads((root / "datapackage.json").read_text("utf-8"))
    problems = []
    if desc.get("version") != rel.version:
        problems.append(
            f"datapackage.json is version {desc.get('version')}, pyproject.toml {rel.version}: "
            "run `nox -s build`"
        )
    if desc.get("created") != rel.created:
        problems.append(
            f"datapackage.json was created {desc.get('created')}, the release date is "
            f"{rel.created}: run `nox -s build`"
        )
    for res in desc["resources"]:
        file = root / res["path"]
        if not file.is_file() or f"sha256:{sha256(file)}" != res["hash"]:
            problems.append(f"{res['path']} does not match datapackage.json: run `nox -s build`")
    drifted = metadata.drift(root)
    if drifted:
        problems.append(f"{', '.join(drifted)} out of date: run `nox -s metadata`")
    if problems:
        raise ReleaseError("not releasable:\n  " + "\n  ".join(problems))
    return rel


def _zip(files: list[tuple[str, Path]], dest: Path, epoch: int) -> None:
    """A zip whose bytes depend only on the files' names and contents and on ``epoch``."""
    date_time = time.gmtime(max(epoch, _ZIP_EPOCH_MIN))[:6]
    with zipfile.ZipFile(dest, "w", compression=zipfile.ZIP_STORED) as archive:
        for arcname, path in sorted(files):
            info = zipfile.ZipInfo(arcname, date_time)
            info.create_system = 3  # Unix, whatever builds it
            info.external_attr = 0o100644 << 16
            info.compress_type = zipfile.ZIP_STORED
            archive.writestr(info, path.read_bytes())


def package_zip(root: Path, out: Path, rel: _release.Release) -> Path:
    """``{name}-{version}-datapackage.zip`` of the data package at ``root``."""
    top = f"{DISTRIBUTION}-{rel.version}"
    files = [(f"{top}/{name}", root / name) for name in PACKAGE_FILES]
    files += [(f"{top}/schemas/{p.name}", p) for p in sorted((root / "schemas").glob("*.json"))]
    files += [(f"{top}/build/{n}.parquet", root / "build" / f"{n}.parquet") for n in TABLES]
    dest = out / f"{top}-datapackage.zip"
    _zip(files, dest, rel.source_date_epoch)
    return dest


def release_assets(root: Path, out: Path, rel: _release.Release) -> list[Path]:
    """Copy the version's registry files into ``out`` under their asset names."""
    entry = registry.entry_for_checkout(root, rel.version, rel.date.isoformat())
    written = []
    for item in entry.files:
        dest = out / item.asset
        if dest.exists():
            raise ReleaseError(f"release asset {item.asset} clashes with another file in {out}")
        shutil.copyfile(root / item.path, dest)
        written.append(dest)
    return written


def write_sums(out: Path, artifacts: list[Path]) -> Path:
    lines = [f"{sha256(p)}  {p.name}\n" for p in sorted(artifacts, key=lambda p: p.name)]
    (out / SUMS).write_text("".join(lines), encoding="utf-8")
    return out / SUMS


def read_sums(dist: Path) -> dict[str, str]:
    """``SHA256SUMS`` as file name → sha256."""
    path = dist / SUMS
    if not path.is_file():
        raise ReleaseError(f"{path} is missing: run `nox -s dist` first")
    out = {}
    for line in path.read_text("utf-8").splitlines():
        digest, _, name = line.partition("  ")
        out[name] = digest
    return out


def build(root: Path, out: Path) -> list[Path]:
    """Write the release artifacts of the checkout at ``root`` into ``out`` (emptied first)."""
    root, out = Path(root).resolve(), Path(out).resolve()
    rel = check_checkout(root)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(rel.source_date_epoch)}
    subprocess.run(
        [_uv(), "build", "--quiet", "--no-create-gitignore", "--out-dir", str(out), str(root)],
        check=True,
        env=env,
        cwd=root,
    )
    wheels, sdists = sorted(out.glob("*.whl")), sorted(out.glob("*.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        raise ReleaseError(f"uv build wrote {[p.name for p in out.iterdir()]}")
    artifacts = [wheels[0], sdists[0], package_zip(root, out, rel), *release_assets(root, out, rel)]
    write_sums(out, artifacts)
    return [*artifacts, out / SUMS]


def uploads(dist: Path, rel: _release.Release) -> list[Path]:
    """The wheel and sdist of ``rel`` in ``dist``, checked against ``SHA256SUMS``."""
    sums = read_sums(dist)
    stem = f"{DISTRIBUTION.replace('-', '_')}-{rel.version}"
    wanted = [dist / f"{stem}-py3-none-any.whl", dist / f"{stem}.tar.gz"]
    for path in wanted:
        if not path.is_file():
            raise ReleaseError(f"{path} is missing: run `nox -s dist` for {rel.version}")
        if sums.get(path.name) != sha256(path):
            raise ReleaseError(f"{path.name} does not match {SUMS}: run `nox -s dist` again")
    return wanted


def _redact(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(netloc=parts.hostname or "")) if parts.username else url


def publish(dist: Path, repository_url: str, root: Path | None = None) -> None:
    """Upload the wheel and sdist in ``dist`` to ``repository_url`` with twine."""
    if urlsplit(repository_url).username or urlsplit(repository_url).password:
        raise ReleaseError(
            f"{_redact(repository_url)}: keep credentials out of the URL; set "
            "TWINE_USERNAME and TWINE_PASSWORD instead"
        )
    missing = [v for v in ("TWINE_USERNAME", "TWINE_PASSWORD") if not os.environ.get(v)]
    if missing:
        raise ReleaseError(
            f"set {' and '.join(missing)} (for PyPI: TWINE_USERNAME=__token__ and an API token)"
        )
    root = Path(root or Path.cwd())
    rel = _release.read(root / "pyproject.toml")
    files = [str(p) for p in uploads(Path(dist), rel)]
    twine = [sys.executable, "-m", "twine"]
    subprocess.run([*twine, "check", "--strict", *files], check=True)
    print(f"uploading {len(files)} files of {DISTRIBUTION} {rel.version} to {repository_url}")
    subprocess.run(
        [
            *twine,
            "upload",
            "--non-interactive",
            "--disable-progress-bar",
            "--repository-url",
            repository_url,
            *files,
        ],
        check=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m trump_putin_call.dist", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="write the release artifacts and SHA256SUMS")
    b.add_argument("--out", type=Path, default=Path("dist"))
    p = sub.add_parser("publish", help="upload the wheel and sdist with twine")
    p.add_argument("--repository-url", required=True, help="e.g. https://upload.pypi.org/legacy/")
    p.add_argument("--dist", type=Path, default=Path("dist"))
    args = parser.parse_args(argv)
    try:
        if args.command == "build":
            for path in build(Path.cwd(), args.out):
                print(f"{sha256(path)}  {path}")
        else:
            publish(args.dist, args.repository_url)
    except (ReleaseError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except subprocess.CalledProcessError as exc:
        cmd = [str(c) for c in exc.cmd]
        tool = " ".join(cmd[2:4]) if cmd[1:3] == ["-m", "twine"] else Path(cmd[0]).name
        print(f"error: {tool} exited with {exc.returncode}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
