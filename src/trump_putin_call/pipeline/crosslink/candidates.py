"""Reduce step of reuse blocking: sentences that share a band key, in different articles.

Only sentences in one bucket are ever compared, so the work grows with the number of
colliding sentences, never with the number of article pairs. A bucket whose sentences lie
in more than ``max_bucket`` articles is formulaic text repeated corpus-wide ("did not
immediately respond to a request for comment"): comparing its members would cost the
square of its size, so it is skipped and counted (passim's ``--max-df`` does the same for
n-grams). A passage reprinted by more articles than that is still found through the other
bands, where its edited copies fall into smaller buckets, but not when every copy is the same.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import polars as pl

MAX_BUCKET = 100


def pairs(keys: pl.DataFrame, max_bucket: int = MAX_BUCKET) -> tuple[pl.DataFrame, int]:
    """Candidate sentence pairs (``sentence_id_a`` in ``article_id_a`` < ``article_id_b``).

    ``max_bucket``: most articles a bucket may span before it is skipped.

    ``keys``: the concatenated output of :func:`.minhash.signatures`. Returns the pairs,
    sorted and distinct, and the number of buckets skipped as too large.
    """
    import polars as pl

    keys = keys.unique()
    sizes = keys.group_by("key").agg(
        pl.len().alias("n"), pl.col("article_id").n_unique().alias("k")
    )
    skipped = sizes.filter(pl.col("k") > max_bucket).height
    useful = sizes.filter((pl.col("k") > 1) & (pl.col("k") <= max_bucket)).select("key")
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
