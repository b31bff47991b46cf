"""The README's data dictionary is generated from schemas/ and kept in sync."""

from __future__ import annotations

from pathlib import Path

from trump_putin_call.docs import render
from trump_putin_call.schemas import TABLES, field_names


def test_readme_data_dictionary_is_in_sync(root: Path):
    readme = (root / "README.md").read_text()
    assert render(readme) == readme, "run `nox -s docs` and commit README.md"
    for name in TABLES:
        for col in field_names(name):
            assert f"| `{col}` |" in readme


def test_readme_starts_with_the_two_commands(root: Path):
    readme = (root / "README.md").read_text()
    ci = (root / ".ci" / "run").read_text()
    head = readme.split("```")
    build_cmd, test_cmd = head[1].strip().split("\n")[-1], head[3].strip().split("\n")[-1]
    assert "nox -s build" in build_cmd
    assert "nox -s tests" in test_cmd and test_cmd in ci
