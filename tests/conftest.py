"""Shared fixtures: the repository, and the seeds built once per test session."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from trump_putin_call.schemas import TABLES

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds built with one worker into a fresh folder; returns that folder."""
    from trump_putin_call.pipeline.build import build

    out = tmp_path_factory.mktemp("one_worker")
    build(ROOT / "raw", out / "build", out / "datapackage.json", workers=1)
    return out


@pytest.fixture(scope="session")
def seed_tables(seed_build: Path) -> dict[str, pl.DataFrame]:
    return {name: pl.read_parquet(seed_build / "build" / f"{name}.parquet") for name in TABLES}


@pytest.fixture(scope="session")
def nlp():
    from trump_putin_call.pipeline import nlp

    return nlp.load()


@pytest.fixture(scope="session")
def annotate():
    """Run every per-article stage on a text written in a test (corpus linking included)."""
    import hashlib

    from trump_putin_call.pipeline import entities
    from trump_putin_call.pipeline.annotate import annotate_chunk
    from trump_putin_call.pipeline.read import RawArticle, Source, normalise

    def run(text: str, article_id: str = "t"):
        text = normalise(text)
        source = Source(article_id, f"{article_id}.txt", Path(f"{article_id}.txt"))
        raw = RawArticle(
            source, hashlib.sha256(text.encode()).hexdigest(), len(text), "utf-8", text
        )
        (art,) = annotate_chunk([raw])
        entities.link_corpus(art.mentions)
        return art

    return run


@pytest.fixture(scope="module")
def hf_offline(tmp_path_factory: pytest.TempPathFactory):
    """Hugging Face ``datasets`` with no network and a throwaway cache (set before import)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HF_DATASETS_OFFLINE", "1")
        mp.setenv("HF_HUB_OFFLINE", "1")
        mp.setenv("HF_HUB_DISABLE_TELEMETRY", "1")
        mp.setenv("HF_HOME", str(tmp_path_factory.mktemp("hf_home")))
        mp.setenv("HF_DATASETS_DISABLE_PROGRESS_BARS", "1")
        import datasets

        assert datasets.config.HF_HUB_OFFLINE
        yield datasets
