"""`nox -s release`: what it refuses, the registry entry it writes, the notes it writes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from trump_putin_call import registry, release, releasing
from trump_putin_call.dist import ReleaseError
from trump_putin_call.hashes import SIZE_KEY
from trump_putin_call.schemas import TABLES

CHANGELOG = """# Changelog

## {cv} — {cd}{suffix}

{body}
## 0.9.0 — 2026-01-01

- Older.
"""


def _checkout(tmp: Path, root: Path, version: str, date: str = "2027-03-04", **entry) -> Path:
    """pyproject.toml (with ``version`` and ``date``) and a CHANGELOG.md in ``tmp``."""
    text = (root / "pyproject.toml").read_text("utf-8")
    rel = release.read(root / "pyproject.toml")
    text = text.replace(f'version = "{rel.version}"', f'version = "{version}"', 1)
    text = text.replace(f"release-date = {rel.date.isoformat()}", f"release-date = {date}", 1)
    (tmp / "pyproject.toml").write_text(text, encoding="utf-8")
    fields = {"cv": version, "cd": date, "suffix": "", "body": "- Fixes.\n"} | entry
    (tmp / "CHANGELOG.md").write_text(CHANGELOG.format(**fields), encoding="utf-8")
    return tmp


@pytest.mark.parametrize(
    ("version", "entry", "tag", "message"),
    [
        ("1.1.0.dev2", {}, None, "1.1.0.dev2 is a development version"),
        ("1.1.0", {"cv": "1.0.9"}, None, "CHANGELOG.md has no entry for 1.1.0"),
        ("1.1.0", {"cd": "2027-03-05"}, None, "dates 1.1.0 2027-03-05"),
        ("1.1.0", {"suffix": " (unreleased)"}, None, "still calls 1.1.0 unreleased"),
        ("1.1.0", {"body": ""}, None, "the entry for 1.1.0 says nothing"),
        ("1.1.0", {}, "v1.0.0", "tag v1.0.0 does not name version 1.1.0"),
    ],
)
def test_what_is_not_fit_to_release_is_refused(
    tmp_path: Path, root: Path, version: str, entry: dict, tag: str | None, message: str
):
    checkout = _checkout(tmp_path, root, version, **entry)
    with pytest.raises(ReleaseError, match=message.replace("(", r"\(").replace(".", r"\.")):
        releasing.check(checkout, tag)


def test_the_checkout_itself_is_checked_last(tmp_path: Path, root: Path):
    """Version, changelog and tag pass; the package is not built for 1.1.0: refused."""
    checkout = _checkout(tmp_path, root, "1.1.0")
    shutil.copy(root / "datapackage.json", checkout / "datapackage.json")
    with pytest.raises(ReleaseError, match="run `nox -s build`"):
        releasing.check(checkout, "v1.1.0")


def test_the_changelog_entry_is_its_text(tmp_path: Path, root: Path):
    checkout = _checkout(tmp_path, root, "1.1.0", body="- One.\n- Two.\n")
    rel = release.read(checkout / "pyproject.toml")
    assert releasing.changelog_entry(checkout, rel) == "- One.\n- Two."


def test_the_development_checkout_cannot_be_released(root: Path):
    rel = release.read(root / "pyproject.toml")
    if not rel.is_dev:
        pytest.skip("the checkout is a release")
    with pytest.raises(ReleaseError, match="development version"):
        releasing.check(root)


def _package_copy(tmp: Path, root: Path) -> Path:
    """The checkout's data package and an empty registry, in ``tmp``."""
    shutil.copytree(root / "build", tmp / "build")
    shutil.copy(root / "datapackage.json", tmp / "datapackage.json")
    (tmp / releasing.REGISTRY).parent.mkdir(parents=True)
    (tmp / releasing.REGISTRY).write_text('{"format": 1, "versions": {}}\n', encoding="utf-8")
    return tmp


def test_the_registry_entry_records_every_published_byte(tmp_path: Path, root: Path):
    checkout = _package_copy(tmp_path, root)
    rel = release.read(root / "pyproject.toml")
    with pytest.raises(ReleaseError, match="lacks the entry"):
        releasing.write_registry_entry(checkout, rel, committed=True)
    assert releasing.write_registry_entry(checkout, rel) is True
    assert releasing.write_registry_entry(checkout, rel) is False  # already there, same
    assert releasing.write_registry_entry(checkout, rel, committed=True) is False
    (entry,) = registry.read(checkout / releasing.REGISTRY).values()
    assert entry.version == rel.version and entry.date == rel.date.isoformat()
    desc = json.loads((root / "datapackage.json").read_text("utf-8"))
    recorded = {f.path: (f.sha256, f.bytes) for f in entry.files}
    for res in desc["resources"]:
        size = res[SIZE_KEY]
        assert recorded[res["path"]] == (res["hash"].removeprefix("sha256:"), size)
    assert entry.tables() == list(TABLES)
    assert {f.asset for f in entry.files} == {"datapackage.json", *(f"{n}.parquet" for n in TABLES)}
    # The data change, the version does not: the release is refused.
    table = checkout / "build" / "quotes.parquet"
    table.write_bytes(table.read_bytes() + b"\0")
    with pytest.raises(ReleaseError, match="already in the registry with other files"):
        releasing.write_registry_entry(checkout, rel)


def test_differences_name_every_missing_extra_and_changed_file(tmp_path: Path):
    a, b = tmp_path / "a", tmp_path / "b"
    for folder in (a, b):
        (folder / "sub").mkdir(parents=True)
        (folder / "same").write_bytes(b"1")
    (a / "sub" / "changed").write_bytes(b"x")
    (b / "sub" / "changed").write_bytes(b"y")
    (a / "gone").write_bytes(b"")
    (b / "new").write_bytes(b"")
    assert releasing.differences(a, b) == ["gone (missing)", "new (extra)", "sub/changed"]
    assert releasing.differences(a, a) == []


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"format": 2, "versions": {}}, "expected"),
        ({"format": 1, "versions": {"1.0.0": {"files": []}}}, "files missing"),
        (
            {"format": 1, "versions": {"1.0.0": {"files": [
                {"path": "../datapackage.json", "asset": "d", "sha256": "0" * 64, "bytes": 1}
            ]}}},
            "must be relative",
        ),
        (
            {"format": 1, "versions": {"1.0.0": {"files": [
                {"path": "datapackage.json", "asset": "d", "sha256": "F" * 64, "bytes": 1}
            ]}}},
            "64 lowercase hex",
        ),
        (
            {"format": 1, "versions": {"1.0.0": {"files": [
                {"path": "datapackage.json", "asset": "a/b", "sha256": "0" * 64, "bytes": 1}
            ]}}},
            "not a plain file name",
        ),
    ],
)  # fmt: skip
def test_a_malformed_registry_is_refused(raw: dict, message: str):
    with pytest.raises(registry.RegistryError, match=message):
        registry.parse(raw)


def test_asset_names_are_flat_and_distinct():
    assert registry.asset_name("datapackage.json") == "datapackage.json"
    assert registry.asset_name("build/quotes.parquet") == "quotes.parquet"
    assert registry.asset_name("build/quotes/part-00001.parquet") == "quotes-part-00001.parquet"


def test_release_notes_list_the_files_and_cite_the_version(tmp_path: Path, root: Path):
    checkout = _checkout(tmp_path, root, "1.1.0", body="- Fixes a quote.\n")
    shutil.copytree(root / "schemas", checkout / "schemas")
    out = tmp_path / "dist"
    out.mkdir()
    (out / "quotes.parquet").write_bytes(b"abc")
    (out / "SHA256SUMS").write_text(f"{'a' * 64}  quotes.parquet\n", encoding="utf-8")
    rel = release.read(checkout / "pyproject.toml")
    notes = releasing.release_notes(checkout, rel, out)
    assert notes.startswith("# Trump–Putin call coverage corpus 1.1.0 (2027-03-04)\n")
    assert "- Fixes a quote." in notes
    assert f"| `quotes.parquet` | 3 | `{'a' * 64}` |" in notes
    assert 't.load("quotes", version="1.1.0")' in notes
    assert "trump-putin-call download 1.1.0" in notes
    assert "@misc{trump-putin-call-1.1.0," in notes
