"""A package built anywhere is self-contained, and opens with ``trump_putin_call.open``."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from trump_putin_call.schemas import TABLES


def _files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_out_is_the_package_root(root: Path, tmp_path: Path, monkeypatch):
    from trump_putin_call.cli import main
    from trump_putin_call.validate import frictionless_validate, validate_package

    src = tmp_path / "src"
    shutil.copytree(root / "raw", src)
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    pkg = tmp_path / "out" / "pkg"
    assert main(["build", str(src), "--out", str(pkg), "--no-cache"]) == 0
    # Nothing beside or above the package folder, nothing in the working directory.
    assert sorted(os.listdir(tmp_path)) == ["cwd", "out", "src"]
    assert os.listdir(tmp_path / "out") == ["pkg"] and os.listdir(elsewhere) == []
    expected = {f"build/{name}.parquet" for name in TABLES} | {"datapackage.json"}
    expected |= {f"schemas/{name}.json" for name in TABLES}
    assert expected <= set(_files(pkg)), _files(pkg)
    assert all(f in expected or f.startswith("schemas/") for f in _files(pkg)), _files(pkg)
    # The package validates where it is, moved elsewhere too.
    moved = tmp_path / "moved"
    shutil.move(pkg, moved)
    assert validate_package(moved / "datapackage.json") == []
    report = frictionless_validate(moved / "datapackage.json")
    assert report.valid, report.flatten(["type", "note"])
    for name in TABLES:
        built = (moved / "build" / f"{name}.parquet").read_bytes()
        assert built == (root / "build" / f"{name}.parquet").read_bytes()


def test_out_defaults_to_the_working_directory(root: Path, tmp_path: Path, monkeypatch):
    from trump_putin_call.cli import main

    src = tmp_path / "raw"
    shutil.copytree(root / "raw", src)
    monkeypatch.chdir(tmp_path)
    assert main(["build", "raw", "--no-cache"]) == 0
    assert (tmp_path / "datapackage.json").read_bytes() == (root / "datapackage.json").read_bytes()
