"""Convenience views derived from the published tables."""

from __future__ import annotations

from typing import Any

from trump_putin_call.loader import Backend, load


def entity_index(backend: Backend = "polars") -> Any:
    """One row per entity: id, canonical name, label, mention and article counts, forms seen.

    Sorted by mentions (most first), then ``entity_id``.
    """
    import polars as pl

    mentions = load("entities")
    index = (
        mentions.group_by("entity_id")
        .agg(
            pl.col("canonical_name").first(),
            pl.col("label").mode().sort().first(),
            pl.len().alias("n_mentions"),
            pl.col("article_id").n_unique().alias("n_articles"),
            pl.col("text").unique().sort().alias("surface_forms"),
        )
        .sort(["n_mentions", "entity_id"], descending=[True, False])
    )
    if backend == "polars":
        return index
    if backend == "pyarrow":
        return index.to_arrow()
    if backend == "pandas":
        return index.to_arrow().to_pandas()
    raise ValueError(f"unknown backend {backend!r}; use 'polars', 'pandas' or 'pyarrow'")
