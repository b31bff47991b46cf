"""The release workflow lints clean with actionlint; .zenodo.json follows Zenodo's rules."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

from trump_putin_call import citation, zenodo

WORKFLOW = Path(".github") / "workflows" / "release.yml"
SCHEMA = Path(__file__).parent / "data" / "zenodo-deposit.schema.json"


def _actionlint() -> str:
    found = shutil.which("actionlint", path=str(Path(sys.executable).parent))
    found = found or shutil.which("actionlint")
    assert found, "actionlint is missing: it comes with the release dependency group"
    return found


def _lint(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [_actionlint(), "-no-color", str(path)], capture_output=True, text=True, timeout=120
    )


def test_the_release_workflow_passes_actionlint(root: Path):
    done = _lint(root / WORKFLOW)
    assert done.returncode == 0, done.stdout + done.stderr


def test_actionlint_catches_a_broken_workflow(root: Path, tmp_path: Path):
    """The lint can fail: an unknown context and a misspelt action input are reported."""
    text = (root / WORKFLOW).read_text("utf-8")
    broken = text.replace("${{ github.ref_name }}", "${{ github.ref_nam }}", 1)
    broken = broken.replace("packages-dir: pypi/", "package-dir: pypi/", 1)
    assert broken != text
    path = tmp_path / ".github" / "workflows" / "release.yml"
    path.parent.mkdir(parents=True)
    path.write_text(broken, encoding="utf-8")
    done = _lint(path)
    assert done.returncode == 1
    assert "ref_nam" in done.stdout and "package-dir" in done.stdout


def test_the_workflow_releases_what_the_release_session_checked(root: Path):
    flow = yaml.safe_load((root / WORKFLOW).read_text("utf-8"))
    assert flow[True]["push"]["tags"] == ["v*"]  # YAML 1.1 reads the key `on` as True
    assert flow["permissions"] == {"contents": "read"}
    jobs = flow["jobs"]
    build = " ".join(step.get("run", "") for step in jobs["build"]["steps"])
    assert 'nox -s release -- --tag "$TAG" --committed' in build
    # PyPI by trusted publishing: an OIDC token, no password or token secret anywhere.
    assert jobs["pypi"]["permissions"] == {"id-token": "write"}
    uses = [step.get("uses", "") for step in jobs["pypi"]["steps"]]
    assert "pypa/gh-action-pypi-publish@release/v1" in uses
    assert "secrets." not in (root / WORKFLOW).read_text("utf-8")
    # The release assets: every Parquet file, datapackage.json, SHA256SUMS.
    publish = jobs["github"]["steps"][-1]["run"]
    for asset in ("dist/*.parquet", "dist/datapackage.json", "dist/SHA256SUMS"):
        assert asset in publish
    assert jobs["github"]["needs"] == ["build", "pypi"]


# --- .zenodo.json ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft7Validator:
    schema = json.loads(SCHEMA.read_text("utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())


def test_the_generated_zenodo_metadata_is_valid(root: Path, validator):
    meta = json.loads((root / zenodo.FILENAME).read_text("utf-8"))
    errors = [e.message for e in validator.iter_errors(meta)]
    assert errors == []


@pytest.mark.parametrize(
    ("change", "error"),
    [
        (lambda m: m.pop("creators"), "'creators' is a required property"),
        (lambda m: m.update(upload_type="data"), "'data' is not one of"),
        (lambda m: m.update(creators=[{"affiliation": "x"}]), "'name' is a required property"),
        (lambda m: m.update(creators=[]), "should be non-empty"),
        (lambda m: m.pop("license"), "'license' is a required property"),
        (lambda m: m.update(publication_date="22/11/2026"), "does not match"),
        (lambda m: m.update(upload_type="publication"), "'publication_type' is a required"),
        (lambda m: m.update(licence="cc-by-4.0"), "Additional properties"),
        (lambda m: m.update(creators=[{"name": "A", "orcid": "12"}]), "does not match"),
    ],
)
def test_the_rules_refuse_broken_metadata(root: Path, validator, change, error: str):
    meta = json.loads((root / zenodo.FILENAME).read_text("utf-8"))
    change(meta)
    messages = [e.message for e in validator.iter_errors(meta)]
    assert any(error in m for m in messages), messages


def test_zenodo_metadata_says_what_citation_cff_says(root: Path):
    cff = yaml.safe_load((root / citation.CFF_NAME).read_text("utf-8"))
    meta = json.loads((root / zenodo.FILENAME).read_text("utf-8"))
    assert meta["upload_type"] == "dataset" == cff["type"]
    assert meta["title"] == cff["title"]
    assert meta["version"] == cff["version"]
    assert meta["publication_date"] == cff["date-released"].isoformat()
    assert meta["creators"] == [{"name": a["name"]} for a in cff["authors"]]
    assert meta["license"] == {"id": cff["license"].lower()}
    assert meta["keywords"] == cff["keywords"]
    assert cff["abstract"] in meta["description"]
    # Nothing CITATION.cff does not say: no DOI, no repository address invented.
    assert ("doi" in meta) == ("doi" in cff)
    assert ("related_identifiers" in meta) == ("repository-code" in cff)


def test_a_person_becomes_family_comma_given_with_a_bare_orcid(validator):
    cff = {
        "type": "dataset",
        "title": "T",
        "abstract": "A < B & C",
        "version": "1.0.0",
        "date-released": "2027-01-02",
        "license": "CC-BY-4.0",
        "authors": [
            {
                "family-names": "Beethoven",
                "name-particle": "van",
                "given-names": "Ludwig",
                "orcid": "https://orcid.org/0000-0002-1825-0097",
                "affiliation": "Bonn",
            },
            {"name": "A Research Group"},
        ],
        "repository-code": "https://git.example.org/group/data",
    }
    meta = zenodo.from_cff(cff)
    assert meta["creators"] == [
        {"name": "van Beethoven, Ludwig", "affiliation": "Bonn", "orcid": "0000-0002-1825-0097"},
        {"name": "A Research Group"},
    ]
    assert meta["description"] == "<p>A &lt; B &amp; C</p>"
    assert meta["related_identifiers"][0]["identifier"] == cff["repository-code"]
    assert [e.message for e in validator.iter_errors(meta)] == []
    with pytest.raises(ValueError, match="type 'model'"):
        zenodo.from_cff({**cff, "type": "model"})
