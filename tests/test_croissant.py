"""croissant.json: generated from schemas/, checksummed, valid and loadable by mlcroissant."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from trump_putin_call import croissant
from trump_putin_call.schemas import TABLES, table_schema

mlc = pytest.importorskip("mlcroissant")


@pytest.fixture(scope="module")
def doc(root: Path) -> dict:
    return json.loads((root / croissant.FILENAME).read_text("utf-8"))


def test_context_is_the_official_one():
    from mlcroissant._src.core.context import Context, CroissantVersion
    from mlcroissant._src.core.rdf import make_context

    official = make_context(Context(conforms_to=CroissantVersion.V_1_0))
    assert official == croissant.CONTEXT


def test_every_file_is_listed_with_its_sha256(doc: dict, root: Path):
    files = {f["@id"]: f for f in doc["distribution"]}
    assert sorted(files) == sorted(f"{name}.parquet" for name in TABLES)
    for entry in files.values():
        data = (root / entry["contentUrl"]).read_bytes()
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
        assert entry["contentSize"] == f"{len(data)} B"


def test_record_sets_follow_the_schemas(doc: dict):
    sets = {rs["@id"]: rs for rs in doc["recordSet"]}
    assert list(sets) == list(TABLES)
    for name in TABLES:
        schema = table_schema(name)
        fields = sets[name]["field"]
        assert [f["name"] for f in fields] == [f["name"] for f in schema["fields"]]
        for ours, theirs in zip(fields, schema["fields"], strict=True):
            assert ours["description"] == theirs["description"]
            assert ours["dataType"] == croissant.DATA_TYPES[theirs["type"]]
        assert [k["@id"] for k in sets[name]["key"]] == [
            f"{name}/{k}" for k in schema["primaryKey"]
        ]


def test_mlcroissant_validates_it_offline(root: Path):
    out = subprocess.run(
        [Path(sys.executable).with_name("mlcroissant"), "validate", "--jsonld", croissant.FILENAME],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    assert "Done." in out.stderr
    assert "WARNING" not in out.stderr, out.stderr


def test_mlcroissant_loads_every_record_set(root: Path):
    dataset = mlc.Dataset(str(root / croissant.FILENAME))
    for name in TABLES:
        expected = pl.read_parquet(root / "build" / f"{name}.parquet")
        records = list(dataset.records(name))
        assert len(records) == expected.height, name
        key = table_schema(name)["primaryKey"][0]
        got = records[0][f"{name}/{key}"]
        got = got.decode() if isinstance(got, bytes) else got
        assert got == expected[key][0]
