"""Shared fixtures: the repository, and the seeds built once per test session."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from hypothesis import settings

from trump_putin_call.schemas import TABLES

ROOT = Path(__file__).resolve().parents[1]

# No per-example deadline: on a loaded machine (CI shares its cores) a slow example is not a
# failure; every property is still checked on every example.
settings.register_profile("no-deadline", deadline=None)
settings.load_profile("no-deadline")


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


def raw_articles(*texts: str, ids: list[str] | None = None) -> list:
    """Source records for texts written in a test (ids ``a0``, ``a1``… or ``t`` for one)."""
    import hashlib

    from trump_putin_call.pipeline.read import RawArticle, Source, normalise

    out = []
    for i, text in enumerate(texts):
        text = normalise(text)
        article_id = ids[i] if ids else ("t" if len(texts) == 1 else f"a{i}")
        source = Source(article_id, f"{article_id}.txt", Path(f"{article_id}.txt"))
        digest = hashlib.sha256(text.encode()).hexdigest()
        out.append(RawArticle(source, digest, len(text), "utf-8", text))
    return out


@pytest.fixture(scope="session")
def annotate_corpus():
    """Annotate texts as one corpus: every per-article stage, then corpus-level linking."""
    from trump_putin_call.pipeline import entities
    from trump_putin_call.pipeline.annotate import annotate_chunk

    def run(*texts: str, ids: list[str] | None = None):
        arts = annotate_chunk(raw_articles(*texts, ids=ids))
        entities.link_corpus([m for a in arts for m in a.mentions])
        return arts

    return run


@pytest.fixture(scope="session")
def annotate(annotate_corpus):
    """Run every per-article stage on a text written in a test (corpus linking included)."""

    def run(text: str, article_id: str = "t"):
        (art,) = annotate_corpus(text, ids=[article_id])
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
