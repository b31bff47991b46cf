"""The sentences the cross-article stages compare, with their place in the article."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from trump_putin_call.pipeline.crosslink.text import words

if TYPE_CHECKING:
    import polars as pl


@dataclass(frozen=True)
class Unit:
    """One sentence: ids, position among its article's sentences, offsets, folded words."""

    sentence_id: str
    article_id: str
    pos: int
    start: int
    end: int
    text: str
    block_type: str | None
    words: tuple[str, ...]


def units(sentences: pl.DataFrame) -> dict[str, Unit]:
    """Every sentence by id; ``pos`` counts from 0 in document (start offset) order."""
    has_type = "block_type" in sentences.columns
    cols = ["sentence_id", "article_id", "start_char", "end_char", "text"]
    frame = sentences.select(*cols, *(["block_type"] if has_type else [])).sort(
        "article_id", "start_char"
    )
    out: dict[str, Unit] = {}
    pos, last = 0, None
    for row in frame.iter_rows():
        sid, aid, start, end, text = row[:5]
        pos = pos + 1 if aid == last else 0
        last = aid
        out[sid] = Unit(
            sid, aid, pos, start, end, text, row[5] if has_type else None, tuple(words(text))
        )
    return out
