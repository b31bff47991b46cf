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

    # Lazy, so the join is filtered as it is made (eager, it peaked at twice the memory).
    distinct = keys.lazy().unique()
    sizes = distinct.group_by("key").agg(pl.col("article_id").n_unique().alias("k")).collect()
    skipped = sizes.filter(pl.col("k") > max_bucket).height
    useful = sizes.filter((pl.col("k") > 1) & (pl.col("k") <= max_bucket)).select("key")
    kept = distinct.join(useful.lazy(), on="key", how="semi")
    # Joined on row numbers in id order (the same order as the ids, cheaper to compare).
    sentences = (
        kept.select("sentence_id", "article_id")
        .unique()
        .sort("sentence_id")
        .with_row_index("sid")
        .collect()
    )
    articles = sentences.select("article_id").unique().sort("article_id").with_row_index("art")
    sentences = sentences.join(articles, on="article_id", how="left")
    k = kept.join(sentences.lazy(), on="sentence_id").select("key", "sid", "art")
    out = (
        k.join(k, on="key", suffix="_b")
        .filter(pl.col("art") < pl.col("art_b"))
        .select("art", "sid", "art_b", "sid_b")
        .unique()
        .sort("art", "sid", "art_b", "sid_b")
        .collect()
    )
    sid, aid = sentences["sentence_id"], articles["article_id"]
    return pl.DataFrame(
        {
            "article_id_a": aid.gather(out["art"]),
            "sentence_id_a": sid.gather(out["sid"]),
            "article_id_b": aid.gather(out["art_b"]),
            "sentence_id_b": sid.gather(out["sid_b"]),
        }
    ), skipped
