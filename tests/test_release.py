"""One version, one date, everywhere; self-describing files; generated metadata in sync."""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import trump_putin_call as t
from trump_putin_call import citation, metadata, release
from trump_putin_call.hashes import SIZE_KEY
from trump_putin_call.schemas import TABLES, table_schema


@pytest.fixture(scope="module")
def pyproject(root: Path) -> dict:
    return tomllib.loads((root / "pyproject.toml").read_text("utf-8"))


@pytest.fixture(scope="module")
def rel(root: Path) -> release.Release:
    return release.read(root / "pyproject.toml")


def test_one_version_and_one_date_everywhere(root: Path, pyproject: dict, rel: release.Release):
    version = pyproject["project"]["version"]
    date = dt.date.fromisoformat(str(pyproject["tool"]["trump-putin-call"]["release-date"]))
    assert (rel.version, rel.date) == (version, date)
    assert t.__version__ == t.data_version == release.current().version == version
    assert release.current().date == date

    desc = json.loads((root / "datapackage.json").read_text("utf-8"))
    assert desc["version"] == version
    assert desc["created"] == f"{date.isoformat()}T00:00:00Z"

    cff = (root / "CITATION.cff").read_text("utf-8")
    assert re.search(r'^version: "([^"]+)"$', cff, re.M).group(1) == version
    assert re.search(r"^date-released: (\S+)$", cff, re.M).group(1) == date.isoformat()

    croissant = json.loads((root / "croissant.json").read_text("utf-8"))
    assert croissant["version"] == release.semver(version)
    assert croissant["datePublished"] == date.isoformat()
    assert f"version      = {{{version}}}" in croissant["citeAs"]

    for name in TABLES:
        meta = pq.read_schema(root / "build" / f"{name}.parquet").metadata
        assert meta[b"version"].decode() == version
        assert meta[b"citation"].decode() == citation.apa(rel)

    # The newest CHANGELOG entry is this version, with this date.
    changelog = (root / "CHANGELOG.md").read_text("utf-8")
    heading = re.search(r"^## (\S+) — (\d{4}-\d{2}-\d{2})", changelog, re.M)
    assert heading, "CHANGELOG.md entries are headed '## VERSION — YYYY-MM-DD'"
    assert heading.groups() == (version, date.isoformat())

    readme = (root / "README.md").read_text("utf-8")
    assert citation.bibtex(rel) in readme


def test_the_installed_copy_knows_its_release():
    """The wheel bundles pyproject.toml, so cite() works without a checkout."""
    from trump_putin_call._paths import data_root

    assert (data_root() / "pyproject.toml").is_file()
    assert (data_root() / "CITATION.cff").is_file()
    assert release.current().version == t.__version__


def test_generated_files_are_in_sync(root: Path):
    assert metadata.drift(root) == [], "run `nox -s metadata` and commit the files it changes"


def test_dates_derive_from_the_release_date(rel: release.Release):
    """Nothing reads the clock: a fresh build and regenerated metadata equal the committed
    files on any day (test_build, test_generated_files_are_in_sync); all dates are this."""
    midnight = dt.datetime(rel.date.year, rel.date.month, rel.date.day, tzinfo=dt.UTC)
    assert rel.source_date_epoch == int(midnight.timestamp())
    assert rel.created == midnight.strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.mark.parametrize(
    ("pep440", "semver"),
    [
        ("1.0.0", "1.0.0"),
        ("1.0.0.dev0", "1.0.0-dev0"),
        ("2.1.0rc1", "2.1.0-rc1"),
        ("2.1.0rc1.dev3", "2.1.0-rc1.dev3"),
        ("1.0.1.post2", "1.0.1+post2"),
    ],
)
def test_croissant_spells_the_same_version_in_semver(pep440: str, semver: str):
    assert release.semver(pep440) == semver


@pytest.mark.parametrize(
    ("tool", "message"),
    [
        ({}, "no \\[tool.trump-putin-call\\] release-date"),
        ({"release-date": "22/11/2026"}, "not YYYY-MM-DD"),
        ({"release-date": "2026-11-22", "concept-doi": "zenodo 123"}, "not a DOI"),
    ],
)
def test_bad_release_metadata_is_refused(tool: dict, message: str):
    with pytest.raises(ValueError, match=message):
        release.parse({"project": {"version": "1.0.0"}, "tool": {release.TOOL: tool}})


def test_a_concept_doi_reaches_every_citation():
    rel = release.parse(
        {
            "project": {"version": "1.2.0"},
            "tool": {
                release.TOOL: {
                    "release-date": dt.date(2027, 3, 4),
                    "concept-doi": "10.5281/zenodo.1234567",
                }
            },
        }
    )
    assert "doi          = {10.5281/zenodo.1234567}" in citation.bibtex(rel)
    assert citation.apa(rel).endswith("https://doi.org/10.5281/zenodo.1234567")
    assert 'doi: "10.5281/zenodo.1234567"' in citation.cff(rel)
    assert "date-released: 2027-03-04" in citation.cff(rel)


def test_every_parquet_file_describes_itself(root: Path):
    """pyarrow.parquet.read_schema on a downloaded file tells what it holds."""
    package = citation.package_metadata(root)
    for name in TABLES:
        schema = pq.read_schema(root / "build" / f"{name}.parquet")
        meta = {k.decode(): v.decode() for k, v in schema.metadata.items()}
        ts = table_schema(name)
        assert meta["dataset"] == package["name"]
        assert meta["table"] == name
        assert meta["description"] == ts["description"]
        assert "CC-BY-4.0" in meta["license"] or "Creative Commons" in meta["license"]
        assert "copyright of their publishers" in meta["license"]
        assert meta["citation"].startswith(citation.authors(package)[0])
        assert json.loads(meta["table_schema"]) == ts
        described = {f["name"]: f["description"] for f in ts["fields"]}
        for field in schema:
            assert field.metadata[b"description"].decode() == described[field.name]


def test_datapackage_is_complete(root: Path):
    desc = json.loads((root / "datapackage.json").read_text("utf-8"))
    for key in (
        "$schema",
        "name",
        "title",
        "description",
        "version",
        "created",
        "licenses",
        "contributors",
        "sources",
        "keywords",
        "resources",
    ):
        assert desc.get(key), key
    assert desc["$schema"] == "https://datapackage.org/profiles/2.0/datapackage.json"
    names = {lic.get("name") for lic in desc["licenses"]}
    assert {"CC-BY-4.0", "MIT"} <= names
    (texts,) = [lic for lic in desc["licenses"] if "name" not in lic]
    assert "copyright of their publishers" in texts["title"]
    assert "non-commercial research" in texts["title"]
    assert all(c.get("roles") for c in desc["contributors"])
    for res in desc["resources"]:
        assert re.fullmatch(r"sha256:[0-9a-f]{64}", res["hash"])
        assert res[SIZE_KEY] > 0
        assert res["mediatype"] == "application/vnd.apache.parquet"
