"""Verify reuse candidates, extend them to neighbouring sentences, merge runs into passages.

A candidate sentence pair is reuse when the word sequences match: ``score`` is the Indel
(longest common subsequence) similarity of the folded words, 2·LCS / (len a + len b), from
rapidfuzz, rounded to 2 decimals *before* it is
compared with :data:`NEAR` (0.80). ``verbatim``: the same words in the same order
(typography, case and punctuation aside); ``near-verbatim``: score ≥ 0.80 otherwise.
From every verified pair the neighbours (previous and next sentence in both articles) are
tried too, so a short edited sentence inside a copied paragraph is found even when its
MinHash missed it. Consecutive pairs (next sentence in both articles) form one passage.

:func:`verify` states the rule on one pair. :func:`matches` and :func:`passages` apply it
to a corpus's candidates as polars frames (the bench corpus's 2,000 articles give five
million candidates and over a million passages), with the same result pair by pair.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rapidfuzz.distance import Indel

from trump_putin_call.pipeline.crosslink.units import Unit

if TYPE_CHECKING:
    import polars as pl

NEAR = 0.80
#: Scores under this round below :data:`NEAR`; rapidfuzz stops early on them.
_CUTOFF = 0.79
#: Neighbours shorter than this are not extended to (a lone "Read more" line).
MIN_NEIGHBOUR_WORDS = 3
#: Candidate pairs scored at a time (bounds the memory the compared strings take).
CHUNK = 250_000


@dataclass(frozen=True, order=True)
class Match:
    """Two sentences, ``a`` in the article that sorts first."""

    a: Unit
    b: Unit
    score: float
    verbatim: bool


def similarity(a: Unit, b: Unit) -> float:
    """Rounded ratio of matching words (order kept)."""
    if a.words == b.words:
        return 1.0
    return round(Indel.normalized_similarity(a.words, b.words), 2)


def verify(a: Unit, b: Unit) -> Match | None:
    """The pair as a match, or None when it is not reuse."""
    score = similarity(a, b)
    if score < NEAR:
        return None
    return Match(a, b, score, a.words == b.words)


#: Code points a word may be spelled with in :func:`encode` (surrogates left out).
_FIRST, _SURROGATES, _LAST = 0x100, range(0xD800, 0xE000), 0x10FFFF


def encode(units_: Iterable[Unit]) -> dict[str, str] | None:
    """Each sentence's words as a string, one character per distinct word of the corpus.

    The similarity of two encoded sentences is their words' (it depends only on which words
    are equal), and rapidfuzz compares strings several times faster than tuples of words.
    None when the corpus has more distinct words than there are characters.
    """
    vocab: dict[str, str] = {}
    out: dict[str, str] = {}
    for u in units_:
        chars = []
        for w in u.words:
            c = vocab.get(w)
            if c is None:
                code = _FIRST + len(vocab)
                code += len(_SURROGATES) if code >= _SURROGATES.start else 0
                if code > _LAST:
                    return None
                c = vocab[w] = chr(code)
            chars.append(c)
        out[u.sentence_id] = "".join(chars)
    return out


def unit_frame(units_: Mapping[str, Unit]) -> pl.DataFrame:
    """The sentences as rows: ids, position, offsets, word count and words to compare.

    ``code``: :func:`encode`'s string, or the list of words when the corpus has too many
    distinct words to encode (the same scores, slower).
    """
    import polars as pl

    codes = encode(units_.values())
    ordered = sorted(units_.values(), key=lambda u: (u.article_id, u.pos))
    return pl.DataFrame(
        {
            "sentence_id": [u.sentence_id for u in ordered],
            "article_id": [u.article_id for u in ordered],
            "pos": [u.pos for u in ordered],
            "start": [u.start for u in ordered],
            "end": [u.end for u in ordered],
            "n_words": [len(u.words) for u in ordered],
            "code": [codes[u.sentence_id] for u in ordered]
            if codes is not None
            else [list(u.words) for u in ordered],
        },
        schema={
            "sentence_id": pl.String,
            "article_id": pl.String,
            "pos": pl.Int64,
            "start": pl.Int64,
            "end": pl.Int64,
            "n_words": pl.Int64,
            "code": pl.String if codes is not None else pl.List(pl.String),
        },
    )


def _scored(pairs: pl.DataFrame) -> pl.DataFrame:
    """``pairs`` (with ``code_a``, ``code_b``) that are reuse, with ``score`` and ``verbatim``."""
    import numpy as np
    import polars as pl
    from rapidfuzz.process import cpdist

    if pairs.is_empty():
        return pairs.with_columns(score=pl.lit(None, pl.Float64), verbatim=pl.lit(None, pl.Boolean))
    raw = cpdist(
        pairs["code_a"].to_list(),
        pairs["code_b"].to_list(),
        scorer=Indel.normalized_similarity,
        score_cutoff=_CUTOFF,
        dtype=np.float64,
        workers=1,
    )
    keep = pairs.filter(pl.Series(raw >= _CUTOFF))
    # Python's round, as :func:`similarity` does (numpy's rounds differently at the halves).
    score = pl.Series("score", [round(x, 2) for x in raw[raw >= _CUTOFF].tolist()], pl.Float64)
    keep = keep.with_columns(score, verbatim=pl.col("code_a") == pl.col("code_b"))
    return keep.filter(pl.col("score") >= NEAR)


def _sides(pairs: pl.DataFrame, index: pl.DataFrame) -> pl.DataFrame:
    """``pairs`` (idx_a, idx_b: rows of ``index``) with each side's columns, suffixed _a, _b."""
    for side in ("a", "b"):
        named = index.rename({c: f"{c}_{side}" for c in index.columns})
        pairs = pairs.join(named, on=f"idx_{side}", how="left")
    return pairs


def _verified(pairs: pl.DataFrame, index: pl.DataFrame) -> pl.DataFrame:
    """The pairs (idx_a, idx_b) that are reuse, scored, in chunks."""
    import polars as pl

    out = [
        _scored(_sides(chunk, index)).drop("code_a", "code_b") for chunk in pairs.iter_slices(CHUNK)
    ]
    return pl.concat(out) if out else _scored(_sides(pairs, index)).drop("code_a", "code_b")


def matches(candidates: pl.DataFrame, frame: pl.DataFrame) -> pl.DataFrame:
    """Verified candidate pairs plus verified neighbours, distinct, in (a, b) position order.

    ``candidates``: sentence_id_a, sentence_id_b (distinct; a's article sorts first);
    ``frame``: :func:`unit_frame`. One row per match: both sentences' columns
    (``_a``, ``_b``), ``score`` and ``verbatim``.
    """
    import polars as pl

    # Sentences are numbered in (article, position) order: a sentence's neighbours are the
    # rows before and after it, when they are in the same article.
    index = frame.with_row_index("idx").with_columns(pl.col("idx").cast(pl.Int64))
    ids = index.select("sentence_id", "idx")
    pair = ["idx_a", "idx_b"]
    tried = candidates.join(
        ids.rename({"sentence_id": "sentence_id_a", "idx": "idx_a"}), on="sentence_id_a"
    ).join(ids.rename({"sentence_id": "sentence_id_b", "idx": "idx_b"}), on="sentence_id_b")
    tried = tried.select(pair)
    found = frontier = _verified(tried, index)
    article, words = index["article_id"], index["n_words"]
    while not frontier.is_empty():
        nxt = pl.concat(
            frontier.select(
                "article_id_a",
                "article_id_b",
                idx_a=pl.col("idx_a") + step,
                idx_b=pl.col("idx_b") + step,
            )
            for step in (-1, 1)
        ).filter(pl.min_horizontal(pair) >= 0, pl.max_horizontal(pair) < index.height)
        nxt = nxt.filter(
            pl.col("article_id_a") == article.gather(nxt["idx_a"]),
            pl.col("article_id_b") == article.gather(nxt["idx_b"]),
            pl.min_horizontal(words.gather(nxt["idx_a"]), words.gather(nxt["idx_b"]))
            >= MIN_NEIGHBOUR_WORDS,
        )
        new = nxt.select(pair).unique().join(tried, on=pair, how="anti")
        tried = pl.concat([tried, new])
        frontier = _verified(new, index)
        found = pl.concat([found, frontier])
    return found.drop(pair).sort("article_id_a", "pos_a", "article_id_b", "pos_b")


def passages(found: pl.DataFrame) -> pl.DataFrame:
    """Runs of consecutive matches (a.pos + 1 and b.pos + 1) as passages, in first-match order.

    Columns: article_id_a, start_a, end_a, article_id_b, start_b, end_b, kind (verbatim when
    every sentence is, else near-verbatim) and score (the word-weighted mean of the sentence
    scores, rounded to 2 decimals).
    """
    import polars as pl

    chain = ["article_id_a", "article_id_b", "diagonal"]
    runs = (
        found.with_columns(diagonal=pl.col("pos_a") - pl.col("pos_b"))
        .sort(*chain, "pos_a")
        .with_columns(
            run=(
                (pl.col("pos_a") != pl.col("pos_a").shift(1) + 1)
                | pl.any_horizontal(pl.col(c) != pl.col(c).shift(1) for c in chain)
            )
            .fill_null(True)
            .cum_sum()
        )
    )
    out = runs.group_by("run").agg(
        pl.col("article_id_a").first(),
        pl.col("pos_a").first(),
        pl.col("start_a").first(),
        pl.col("end_a").last(),
        pl.col("article_id_b").first(),
        pl.col("pos_b").first(),
        pl.col("start_b").first(),
        pl.col("end_b").last(),
        pl.col("verbatim").all(),
        pl.col("score"),
        (pl.col("n_words_a") + pl.col("n_words_b")).alias("weights"),
    )
    scores = [
        s[0] if len(s) == 1 else _weighted(w, s)
        for s, w in out.select("score", "weights").iter_rows()
    ]
    return (
        out.with_columns(
            pl.Series("score", scores, pl.Float64),
            kind=pl.when("verbatim").then(pl.lit("verbatim")).otherwise(pl.lit("near-verbatim")),
        )
        .sort("article_id_a", "pos_a", "article_id_b", "pos_b")
        .select(
            "article_id_a", "start_a", "end_a", "article_id_b", "start_b", "end_b", "kind", "score"
        )
    )


def _weighted(weights: list[int], scores: list[float]) -> float:
    """Word-weighted mean of the sentence scores, rounded (summed in passage order)."""
    total = sum(w * x for w, x in zip(weights, scores, strict=True))
    return round(total / sum(weights), 2)
