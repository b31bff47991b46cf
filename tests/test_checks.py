"""The schema-driven integrity checks reject broken tables."""

from __future__ import annotations

import pickle

import polars as pl
import pytest

from trump_putin_call.checks import StreamingCheck, check


@pytest.mark.parametrize(
    ("table", "breakage", "message"),
    [
        ("sentences", lambda df: pl.concat([df, df.head(1)]), "duplicate"),
        ("entities", lambda df: df.with_columns(sentence_id=pl.lit("nope:s0001")), "no match"),
        (
            "quotes",
            lambda df: df.with_columns(cue_lemma=pl.lit(None)).with_columns(
                method=pl.lit(None, dtype=pl.String)
            ),
            "null",
        ),
        ("blocks", lambda df: df.with_columns(end_char=pl.col("end_char") + 10**6), "!= text"),
        ("entities", lambda df: df.with_columns(label=pl.lit("PERSONA")), "enum"),
        (
            "sentences",
            lambda df: df.with_columns(text=pl.col("text").str.to_uppercase()),
            "!= text",
        ),
        ("blocks", lambda df: df.with_columns(start_char=pl.lit(-1)), "minimum"),
        ("quotes", lambda df: df.with_columns(quote_id=pl.lit("x")), "not matching"),
        ("quotes", lambda df: df.with_columns(utterance_id=pl.lit("x:u001")), "no match"),
        ("utterances", lambda df: df.with_columns(quote_id=pl.lit("x:q001")), "no match"),
        (
            "alignments",
            lambda df: df.with_columns(text_b=pl.col("text_b").str.to_uppercase()),
            "!= text_b",
        ),
        ("alignments", lambda df: df.with_columns(kind=pl.lit("copy")), "enum"),
    ],
)
def test_broken_copies_are_rejected(seed_tables, table, breakage, message):
    tables = dict(seed_tables)
    tables[table] = breakage(tables[table])
    errors = check(tables)
    assert any(message in e for e in errors), errors


def _article_of(name: str) -> pl.Expr:
    """The article a row belongs to: an alignment to article a, an utterance to the article
    of its first report (named by its id)."""
    if name == "alignments":
        return pl.col("article_id_a")
    if name == "utterances":
        return pl.col("utterance_id").str.replace(":u.*$", "")
    return pl.col("article_id")


def _per_article(tables: dict[str, pl.DataFrame]) -> list[dict[str, pl.DataFrame]]:
    ids = sorted(tables["articles"]["article_id"])
    return [{n: df.filter(_article_of(n) == aid) for n, df in tables.items()} for aid in ids]


def _stream(batches: list[dict[str, pl.DataFrame]]) -> list[str]:
    checker = StreamingCheck()
    for batch in batches:
        checker.add(batch)
        for name, df in batch.items():
            checker.in_order(name, df)
    return checker.finish()


def test_streaming_check_passes_the_seeds_article_by_article(seed_tables):
    assert len(_per_article(seed_tables)) == 2
    assert _stream(_per_article(seed_tables)) == []


def test_streaming_check_catches_what_only_the_whole_corpus_shows(seed_tables):
    first, second = _per_article(seed_tables)
    # Batches out of key order: each is sound on its own, the sequence is not.
    assert any("not sorted" in e for e in _stream([second, first]))
    # The second article copies the first one's text but does not say so.
    copy = dict(second)
    copy["articles"] = second["articles"].with_columns(text=first["articles"]["text"])
    errors = StreamingCheck()
    errors.add(first)
    errors.add({"articles": copy["articles"]})
    assert any("duplicate_of is not the first article" in e for e in errors.finish())
    # duplicate_of names an article that is in no batch.
    ghost = dict(second)
    ghost["articles"] = second["articles"].with_columns(duplicate_of=pl.lit("zz_nowhere"))
    found = _stream([first, ghost])
    assert any("no match in articles" in e for e in found), found
    # The second article's quotes report utterances of the first (a corpus-wide key): sound
    # in order, and found dangling when the first article's utterances are missing.
    assert set(second["quotes"]["utterance_id"].str.replace(":u.*$", "")) == {
        first["articles"]["article_id"][0]
    } | set(second["articles"]["article_id"])
    bare = {**first, "utterances": first["utterances"].clear()}
    found = _stream([bare, second])
    assert any("quotes" in e and "anywhere in the corpus" in e for e in found), found


def _absorbed(batches: list[dict[str, pl.DataFrame]]) -> list[str]:
    """Each batch checked as a Dask part is: packed, pickled, absorbed by the client."""
    client = StreamingCheck()
    for batch in batches:
        part = StreamingCheck()
        part.add(batch)
        for name, df in batch.items():
            part.in_order(name, df)
        part.pack()
        # What travels: one column per kept key, not a Python object per id.
        assert len(part._articles) == 1
        assert all(len(values) == 1 for values in part._keys.values())
        client.absorb(pickle.loads(pickle.dumps(part)))
    return client.finish()


def test_parts_absorbed_find_what_streaming_finds(seed_tables):
    first, second = _per_article(seed_tables)
    assert _absorbed([first, second]) == _stream([first, second]) == []
    bare = {**first, "utterances": first["utterances"].clear()}
    found = _absorbed([bare, second])
    assert found == _stream([bare, second])
    assert any("quotes" in e and "anywhere in the corpus" in e for e in found), found
    ghost = dict(second)
    ghost["articles"] = second["articles"].with_columns(duplicate_of=pl.lit("zz_nowhere"))
    found = _absorbed([first, ghost])
    assert found == _stream([first, ghost])
    assert any("duplicate_of is not the first" in e for e in found), found
    assert any("no match in articles" in e for e in found), found
