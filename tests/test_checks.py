"""The schema-driven integrity checks reject broken tables."""

from __future__ import annotations

import polars as pl
import pytest

from trump_putin_call.checks import check


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
    ],
)
def test_broken_copies_are_rejected(seed_tables, table, breakage, message):
    tables = dict(seed_tables)
    tables[table] = breakage(tables[table])
    errors = check(tables)
    assert any(message in e for e in errors), errors
