"""The README is a Hugging Face dataset card: its configs load every table from a checkout."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from trump_putin_call import metadata
from trump_putin_call.schemas import TABLES

yaml = pytest.importorskip("yaml")


@pytest.fixture(scope="module")
def card(root: Path) -> dict:
    readme = (root / "README.md").read_text("utf-8")
    assert readme.startswith("---\n"), "the README opens with the dataset card's front matter"
    front = readme.split("\n---\n", 1)[0].removeprefix("---\n")
    return yaml.safe_load(front)


def test_one_config_per_table(card: dict, root: Path):
    configs = {c["config_name"]: c["data_files"] for c in card["configs"]}
    assert list(configs) == list(TABLES)
    for name, files in configs.items():
        assert files == [{"split": "train", "path": f"build/{name}.parquet"}]
        assert (root / files[0]["path"]).is_file()
    assert card["license"] == "other" and card["license_link"] == "LICENSE"
    assert card["language"] == ["en"]


def test_front_matter_is_generated(root: Path):
    readme = (root / "README.md").read_text("utf-8")
    assert readme.startswith(metadata.front_matter(root))
    assert metadata.render_readme(readme, root) == readme


@pytest.mark.parametrize("name", TABLES)
def test_load_dataset_on_the_checkout(name: str, root: Path, hf_offline):
    ds = hf_offline.load_dataset(str(root), name, split="train")
    expected = pl.read_parquet(root / "build" / f"{name}.parquet")
    assert ds.column_names == expected.columns
    assert ds.num_rows == expected.height
    key = expected.columns[0]
    assert ds[key] == expected[key].to_list()
