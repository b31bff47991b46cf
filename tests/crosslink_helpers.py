"""Per-article tables made without spaCy (regex sentences), for the cross-article tests."""

from __future__ import annotations

import polars as pl

from trump_putin_call.bench.reuse_corpus import sentences as split

QUOTE_COLS = {
    "quote_id": pl.String,
    "article_id": pl.String,
    "quote_type": pl.String,
    "text": pl.String,
    "start_char": pl.Int64,
    "end_char": pl.Int64,
    "quote_group": pl.String,
    "speaker_entity_id": pl.String,
    "speaker_name": pl.String,
}


def tables(texts: dict[str, str], quotes: list[dict] | None = None) -> dict[str, pl.DataFrame]:
    """articles, sentences (one per regex sentence of each line), quotes, no entities."""
    sent_rows = []
    for aid, text in texts.items():
        n, pos = 0, 0
        for line in text.split("\n"):
            for s, e in split(line) if line.strip() else []:
                n += 1
                sent_rows.append(
                    {
                        "sentence_id": f"{aid}:s{n:04d}",
                        "article_id": aid,
                        "start_char": pos + s,
                        "end_char": pos + e,
                        "text": line[s:e],
                        "block_type": "paragraph",
                    }
                )
            pos += len(line) + 1
    return {
        "articles": pl.DataFrame(
            {"article_id": list(texts), "text": list(texts.values())},
            schema={"article_id": pl.String, "text": pl.String},
        ),
        "sentences": pl.DataFrame(
            sent_rows,
            schema={
                "sentence_id": pl.String,
                "article_id": pl.String,
                "start_char": pl.Int64,
                "end_char": pl.Int64,
                "text": pl.String,
                "block_type": pl.String,
            },
        ),
        "quotes": pl.DataFrame(quotes or [], schema=QUOTE_COLS),
        "entities": pl.DataFrame(
            [],
            schema={
                "article_id": pl.String,
                "sentence_id": pl.String,
                "entity_id": pl.String,
                "label": pl.String,
                "start_char": pl.Int64,
                "end_char": pl.Int64,
            },
        ),
    }
