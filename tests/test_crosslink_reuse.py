"""Reuse detection: MinHash blocking (map/reduce), verification, passages, determinism."""

from __future__ import annotations

import random

import polars as pl
from crosslink_helpers import tables
from hypothesis import given, settings
from hypothesis import strategies as st

from trump_putin_call.pipeline.crosslink import candidates, crosslink, minhash, reuse
from trump_putin_call.pipeline.crosslink.text import fold, shingles, words
from trump_putin_call.pipeline.crosslink.units import Unit

SENT = "The ministry said the new scanners would be installed at the port by the end of next year."


@given(st.text(alphabet="abc XY.,'\"‘’“”-–—", max_size=60))
def test_typography_and_case_are_not_words(text: str) -> None:
    straight = text.translate(
        str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
    )
    assert words(text) == words(straight.upper()) == words(straight.lower())
    assert fold(text) == fold(straight).casefold()


@given(st.lists(st.sampled_from("a b c d e f".split()), max_size=12), st.integers(1, 4))
def test_shingles_are_distinct_ngrams_in_order(tokens: list[str], n: int) -> None:
    out = shingles(tokens, n)
    assert len(out) == len(set(out))
    if len(tokens) >= n:
        assert all(len(s.split()) == n for s in out)
        assert set(out) == {" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


def test_band_keys_ignore_typography_and_skip_short_sentences() -> None:
    keys = minhash.band_keys(SENT)
    assert len(keys) == minhash.BANDS
    assert minhash.band_keys(SENT.upper().replace(".", "!")) == keys
    assert minhash.band_keys("He declined to comment.") == []
    edited = SENT.replace("scanners", "machines")
    assert set(minhash.band_keys(edited)) & set(keys)  # one word changed still collides
    other = "Shares in the bank fell sharply after the results were published on Friday."
    assert not set(minhash.band_keys(other)) & set(keys)


def test_candidate_pairs_cross_articles_only_and_large_buckets_are_skipped() -> None:
    keys = pl.DataFrame(
        {
            "key": [1, 1, 1, 1, 2, 2, 3, 3],
            "article_id": ["b", "a", "a", "d", "c", "c", "x", "y"],
            "sentence_id": ["b:s1", "a:s1", "a:s2", "d:s1", "c:s1", "c:s2", "x:s1", "y:s1"],
        }
    )
    pairs, skipped = candidates.pairs(keys, max_bucket=10)
    assert skipped == 0
    assert pairs.rows() == [
        ("a", "a:s1", "b", "b:s1"),
        ("a", "a:s1", "d", "d:s1"),
        ("a", "a:s2", "b", "b:s1"),
        ("a", "a:s2", "d", "d:s1"),
        ("b", "b:s1", "d", "d:s1"),
        ("x", "x:s1", "y", "y:s1"),
    ]
    pairs, skipped = candidates.pairs(keys, max_bucket=2)  # key 1 spans three articles
    assert skipped == 1 and pairs.rows() == [("x", "x:s1", "y", "y:s1")]


def _unit(aid: str, pos: int, text: str) -> Unit:
    return Unit(
        f"{aid}:s{pos}", aid, pos, pos * 100, pos * 100 + len(text), text, None, tuple(words(text))
    )


def test_verify_kinds_and_rounded_scores() -> None:
    a = _unit("a", 0, SENT)
    assert reuse.verify(a, _unit("b", 0, SENT.upper())).verbatim
    near = reuse.verify(a, _unit("b", 0, SENT.replace("new", "old")))
    assert near is not None and not near.verbatim and near.score == round(near.score, 2) < 1
    assert reuse.verify(a, _unit("b", 0, "The ministry said nothing at all about it.")) is None


WORDS = "the port said new old scanners would be installed by year end of next".split()


@given(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=14),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=14),
)
def test_matches_score_pairs_as_verify_does(a_words: list[str], b_words: list[str]) -> None:
    a, b = _unit("a", 0, " ".join(a_words)), _unit("b", 0, " ".join(b_words))
    pair = pl.DataFrame({"sentence_id_a": ["a:s0"], "sentence_id_b": ["b:s0"]})
    found = reuse.matches(pair, reuse.unit_frame({"a:s0": a, "b:s0": b}))
    expected = reuse.verify(a, b)
    if expected is None:
        assert found.is_empty()
    else:
        assert found.select("score", "verbatim").row(0) == (expected.score, expected.verbatim)


def test_no_sentences_no_matches() -> None:
    empty = pl.DataFrame(schema={"sentence_id_a": pl.String, "sentence_id_b": pl.String})
    found = reuse.matches(empty, reuse.unit_frame({}))
    assert found.is_empty() and reuse.passages(found).is_empty()


def test_encoding_skips_surrogates_and_keeps_words_apart() -> None:
    many = [_unit("a", i, f"w{2 * i} w{2 * i + 1}") for i in range(30_000)]
    codes = reuse.encode(many)
    assert codes is not None
    joined = "".join(codes.values())
    assert len(set(joined)) == 60_000
    joined.encode("utf-8")  # a surrogate would not encode
    assert codes["a:s0"] != codes["a:s1"] and len(codes["a:s29999"]) == 2


def test_passages_merge_consecutive_sentences_only() -> None:
    a = [_unit("a", i, f"{SENT} {i}") for i in range(4)]
    b = [_unit("b", i, f"{SENT} {i}") for i in range(4)]
    frame = reuse.unit_frame({u.sentence_id: u for u in a + b})
    pairs = pl.DataFrame(
        {"sentence_id_a": ["a:s0", "a:s1", "a:s3"], "sentence_id_b": ["b:s0", "b:s1", "b:s2"]}
    )
    # Neighbours are tried too: a:s2/b:s2 and a:s3/b:s3 continue the first run, and the
    # off-by-one pairs a:s1/b:s0, a:s2/b:s1, a:s3/b:s2 (one number differs) are a second.
    ps = reuse.passages(reuse.matches(pairs, frame))
    assert ps.select("start_a", "end_a", "start_b", "end_b", "kind").rows() == [
        (0, a[3].end, 0, b[3].end, "verbatim"),
        (a[1].start, a[3].end, 0, b[2].end, "near-verbatim"),
    ]


def test_passage_score_is_the_word_weighted_mean() -> None:
    a = [_unit("a", 0, SENT), _unit("a", 1, "One two three four five six seven eight nine ten.")]
    b = [_unit("b", 0, SENT), _unit("b", 1, "One two three four five six seven eight nine.")]
    frame = reuse.unit_frame({u.sentence_id: u for u in a + b})
    pairs = pl.DataFrame({"sentence_id_a": ["a:s0"], "sentence_id_b": ["b:s0"]})
    (kind, score) = reuse.passages(reuse.matches(pairs, frame)).select("kind", "score").row(0)
    second = reuse.verify(a[1], b[1])
    assert second is not None and second.score == 0.95
    weights = [len(a[0].words) * 2, len(a[1].words) + len(b[1].words)]
    assert kind == "near-verbatim"
    assert score == round((weights[0] * 1.0 + weights[1] * 0.95) / sum(weights), 2) < 1


PARAS = [
    "Dutch customs officers seized eight tonnes of cocaine hidden in banana crates at Rotterdam. "
    "The haul was the largest ever found in the port, officials said on Monday.",
    "The central bank kept its main rate at four per cent for a third meeting in a row. "
    "Its governor said inflation was falling more slowly than the bank had hoped in spring.",
    "Farmers blocked roads around the capital with tractors for a second day on Tuesday. "
    "They want the government to drop a tax on diesel used by agricultural machines.",
]


@settings(max_examples=10, deadline=None)
@given(st.randoms(use_true_random=False), st.integers(0, 2))
def test_copied_paragraph_is_found_whatever_the_row_order(rng: random.Random, which: int) -> None:
    source = "\n".join(PARAS)
    host = "A storm closed schools across the north of the region on Wednesday morning.\n"
    copy = host + PARAS[which].replace("“", '"') + "\nThe end of this short report is here now."
    texts = {
        "art_a": source,
        "art_b": copy,
        "art_c": "An unrelated story about a new bridge opening downtown.",
    }
    t = tables(texts)
    shuffled = {
        k: v.sample(fraction=1.0, shuffle=True, seed=rng.randrange(1000)) for k, v in t.items()
    }
    out, again = crosslink(t).alignments, crosslink(shuffled).alignments
    assert out.equals(again)
    assert crosslink(t, max_bucket=1).alignments.filter(pl.col("kind") != "paraphrase").is_empty()
    assert crosslink(t, max_bucket=1).skipped_buckets > 0
    rows = out.filter(pl.col("kind") != "paraphrase").rows(named=True)
    assert len(rows) == 1
    row = rows[0]
    assert (row["article_id_a"], row["article_id_b"], row["kind"]) == ("art_a", "art_b", "verbatim")
    assert texts["art_a"][row["start_char_a"] : row["end_char_a"]] == row["text_a"] == PARAS[which]
    assert texts["art_b"][row["start_char_b"] : row["end_char_b"]] == row["text_b"]
    assert row["alignment_id"] == "art_a:a0001"


def test_map_per_part_then_reduce_equals_one_pass() -> None:
    texts = {f"art_{i}": "\n".join(PARAS[i % 3 :] + PARAS[: i % 3]) for i in range(5)}
    t = tables(texts)
    whole, _ = candidates.pairs(minhash.signatures(t["sentences"]))
    parts = [
        minhash.signatures(t["sentences"].filter(pl.col("article_id") == aid))
        for aid in sorted(texts, reverse=True)
    ]
    split, _ = candidates.pairs(pl.concat(parts))
    assert whole.height > 0 and split.equals(whole)
