"""CITATION.cff is valid (cffconvert), and cite() agrees with it in every style."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

import trump_putin_call as t
from trump_putin_call import citation, release

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _uv() -> str:
    uv = os.environ.get("UV") or shutil.which("uv")
    if not uv:
        pytest.fail("uv is not on PATH: the release tests need it (pip install uv)")
    return uv


@pytest.fixture(scope="module")
def cffconvert(root: Path, tmp_path_factory: pytest.TempPathFactory):
    """cffconvert from uv.lock's `citation` group, in an environment of its own.

    It pins jsonschema 3.2.0, which frictionless (in the test environment) cannot use.
    """
    venv = tmp_path_factory.mktemp("cffconvert") / "venv"
    env = {k: v for k, v in os.environ.items() if k != "VIRTUAL_ENV"}
    env["UV_PROJECT_ENVIRONMENT"] = str(venv)
    subprocess.run(
        [_uv(), "sync", "--frozen", "--only-group", "citation", "--quiet"],
        cwd=root,
        env=env,
        check=True,
    )

    def run(*args: str) -> str:
        out = subprocess.run(
            [str(venv / "bin" / "cffconvert"), *args], capture_output=True, text=True
        )
        assert out.returncode == 0, out.stdout + out.stderr
        return out.stdout

    return run


def _bibtex_fields(text: str) -> dict[str, str]:
    return {k: v.strip("{}") for k, v in re.findall(r"^\s*(\w+)\s*=\s*(.+?),?$", text, re.M)}


def test_citation_cff_is_valid(root: Path, cffconvert):
    out = cffconvert("--validate", "-i", str(root / "CITATION.cff"))
    assert "valid" in out


def test_cite_returns_each_style():
    rel = release.current()
    from trump_putin_call._paths import data_root

    assert t.cite("cff") == (data_root() / "CITATION.cff").read_text("utf-8")
    apa = t.cite("apa")
    assert apa.startswith(f"trump-putin-call contributors. ({rel.date.year}). ")
    assert f"(Version {rel.version}) [Data set]." in apa
    bib = t.cite("bibtex")
    assert bib.startswith(f"@misc{{trump-putin-call-{rel.version},")
    assert bib == t.cite()
    fields = _bibtex_fields(bib)
    assert fields["year"] == str(rel.date.year)
    assert fields["month"] == MONTHS[rel.date.month - 1]
    assert fields["version"] == rel.version
    assert "doi" not in fields  # none is invented before Zenodo mints one
    with pytest.raises(ValueError, match="bibtex"):
        t.cite("mla")


def test_our_bibtex_agrees_with_cffconverts(root: Path, cffconvert):
    """cffconvert's own BibTeX (its key is always YourReferenceHere) has the same facts."""
    theirs = _bibtex_fields(cffconvert("-f", "bibtex", "-i", str(root / "CITATION.cff")))
    ours = _bibtex_fields(citation.bibtex())
    assert theirs["year"] == ours["year"]
    assert MONTHS[int(theirs["month"]) - 1] == ours["month"]
    assert theirs.get("url") == ours.get("url")  # none until a repository exists
    assert theirs["author"] == ours["author"].strip("{}")
    assert theirs["title"].replace("–", "--") == ours["title"].strip("{}")
    zenodo = json.loads(cffconvert("-f", "zenodo", "-i", str(root / "CITATION.cff")))
    rel = release.current()
    assert zenodo["version"] == rel.version
    assert zenodo["publication_date"] == rel.date.isoformat()
    assert zenodo["license"] == {"id": "CC-BY-4.0"}


def test_known_sources_are_cited_as_references(tmp_path: Path, root: Path, cffconvert):
    """Sources with a known outlet become references; unknown ones are left out."""
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "sources.csv").write_text(
        "source_path,outlet,url,published,license\n"
        "a.txt,The Example Times,https://example.org/a,2024-11-10,\n"
        "b.txt,,,,\n",
        encoding="utf-8",
    )
    refs = citation.references(tmp_path)
    assert refs == [
        {
            "type": "newspaper-article",
            "title": "The Example Times: a.txt",
            "author": "The Example Times",
            "url": "https://example.org/a",
            "date-published": "2024-11-10",
        }
    ]
    rel = release.Release("1.1.0", dt.date(2027, 1, 5), "10.5281/zenodo.7654321")
    text = citation.cff(rel, citation.package_metadata(root), refs)
    cff = tmp_path / "CITATION.cff"
    cff.write_text(text, encoding="utf-8")
    assert "valid" in cffconvert("--validate", "-i", str(cff))
    assert "references:" in text and "doi:" in text
