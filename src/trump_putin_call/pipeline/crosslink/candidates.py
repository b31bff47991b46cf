"""Reduce step of reuse blocking: sentences that share a band key, in different articles.

Only sentences in one bucket are ever compared, so the work grows with the number of
colliding sentences, never with the number of article pairs. A bucket holding more than
``max_bucket`` sentences is formulaic text repeated corpus-wide; it is skipped and counted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import polars as pl

MAX_BUCKET = 1000


def pairs(keys: pl.DataFrame, max_bucket: int = MAX_BUCKET) -> tuple[pl.DataFrame, int]:
    """Candidate sentence pairs (``sentence_id_a`` in ``article_id_a`` < ``article_id_b``).

    ``keys``: the concatenated output of :func:`.minhash.signatures`. Returns the pairs,
    sorted and distinct, and the number of buckets skipped as too large.
    """
    import polars as pl

    keys = keys.unique()
    sizes = keys.group_by("key").agg(
        pl.len().alias("n"), pl.col("article_id").n_unique().alias("k")
    )
    skipped = sizes.filter(pl.col("n") > max_bucket).height
    useful = sizes.filter((pl.col("k") > 1) & (pl.col("n") <= max_bucket)).select("key")
    keys = keys.join(useful, on="key", how="semi")
    left = keys.rename({"article_id": "article_id_a", "sentence_id": "sentence_id_a"})
    right = keys.rename({"article_id": "article_id_b", "sentence_id": "sentence_id_b"})
    out = (
        left.join(right, on="key")
        .filter(pl.col("article_id_a") < pl.col("article_id_b"))
        .select("article_id_a", "sentence_id_a", "article_id_b", "sentence_id_b")
        .unique()
        .sort("article_id_a", "sentence_id_a", "article_id_b", "sentence_id_b")
    )
    return out, skipped
