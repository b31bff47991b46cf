"""One version everywhere: pyproject.toml is the one place it is written."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pyarrow.parquet as pq

import trump_putin_call as t


def test_versions_agree(root: Path):
    version = tomllib.loads((root / "pyproject.toml").read_text())["project"]["version"]
    assert t.__version__ == t.data_version == version
    assert json.loads((root / "datapackage.json").read_text())["version"] == version
    cff = (root / "CITATION.cff").read_text()
    assert re.search(r'^version:\s*"?([^"\n]+)"?', cff, re.M).group(1) == version
    for name in t.tables():
        meta = pq.read_schema(root / "build" / f"{name}.parquet").metadata
        assert meta[b"version"].decode() == version
