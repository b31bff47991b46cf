"""The build's index as an Arrow file (what a Dask client keeps instead of the entries)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from trump_putin_call.pipeline import index
from trump_putin_call.pipeline.build import index_inputs
from trump_putin_call.pipeline.dask_engine import task_articles
from trump_putin_call.pipeline.read import RawArticle, Source


def _corpus(folder: Path) -> Path:
    """A JSON Lines corpus of 5 rows, the last a copy of the first's text."""
    folder.mkdir()
    texts = ["Putin called.\nTrump answered.", "A second story.", "Third one here.", "Four."]
    rows = [{"text": t, "outlet": "Wire"} for t in texts] + [{"text": texts[0]}]
    path = folder / "news.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    return path


def test_every_entry_round_trips_through_the_index_file(tmp_path: Path):
    source = _corpus(tmp_path / "in")
    raws = index_inputs(source).raws
    assert isinstance(raws, list) and len(raws) == 5
    assert raws[-1].duplicate_of == raws[0].source.article_id
    written = index.write(raws, tmp_path / "index")
    assert len(written) == 5
    assert written.read(0, 5) == raws
    assert written.read(1, 3) == raws[1:3]
    assert written.read(5, 5) == []
    assert written.column("article_id") == [r.source.article_id for r in raws]
    assert written.column("source_path", 2, 4) == [r.source.source_path for r in raws[2:4]]
    with pytest.raises(IndexError):
        written.read(4, 6)


def test_txt_entries_and_positions_beyond_64_bits_round_trip(tmp_path: Path):
    entries = [
        RawArticle(
            Source(f"a{k}", f"politics/{k}.txt", Path("raw") / "politics" / f"{k}.txt"),
            f"{k:064x}",
            100 + k,
            "cp1252" if k else "utf-8",
            None,
            None,
            (f"/abs/raw/politics/{k}.txt", 2**70 + k if k == 2 else k),
            f"{k + 7:064x}",
            10 * k,
        )
        for k in range(3)
    ]
    written = index.write(entries, tmp_path / "index")
    assert written.read(0, 3) == entries


def test_an_entry_with_its_text_is_not_written(tmp_path: Path):
    raw = RawArticle(Source("a", "a.txt", Path("a.txt")), "0" * 64, 3, "utf-8", "abc")
    with pytest.raises(ValueError, match=r"a\.txt: not an index entry"):
        index.write([raw], tmp_path / "index")


def test_the_index_file_moves_into_the_staging_folder(tmp_path: Path):
    raws = index_inputs(_corpus(tmp_path / "in")).raws
    written = index.write(raws, tmp_path / "index")  # type: ignore[arg-type]
    (tmp_path / "staging").mkdir()
    moved = written.moved(tmp_path / "staging")
    assert not Path(written.path).exists()
    assert Path(moved.path) == tmp_path / "staging" / index.NAME
    assert moved.read(0, len(moved)) == raws


@pytest.mark.parametrize(
    ("articles", "workers", "most_tasks"),
    [(20_000, 2, 64), (2_000, 2, 63), (600, 2, 38), (1_000_000, 8, 977), (40, 4, 3), (1, 2, 1)],
)
def test_annotate_tasks_are_whole_chunks_and_few(articles, workers, most_tasks):
    """At most 32 tasks per worker, or tasks of 1,024 articles: their number is bounded
    by the workers, or grows a 64th as fast as the chunks'."""
    size = task_articles(articles, workers, 16)
    assert size % 16 == 0 and 16 <= size <= 16 * 64
    assert -(-articles // size) <= most_tasks
