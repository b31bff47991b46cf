"""The entity index: one row per entity, counted from the entities table."""

from __future__ import annotations

import polars as pl

import trump_putin_call as t


def test_entity_index_counts_match_the_mentions():
    index = t.entity_index()
    mentions = t.load("entities")
    assert index["entity_id"].is_unique().all()
    assert index["n_mentions"].sum() == mentions.height
    trump = index.filter(pl.col("entity_id") == "person:donald_trump").row(0, named=True)
    assert trump["canonical_name"] == "Donald Trump" and trump["label"] == "PERSON"
    assert trump["n_articles"] == 2
    assert {"Trump", "Donald Trump"} <= set(trump["surface_forms"])
    jr = index.filter(pl.col("entity_id") == "person:donald_trump_jr").row(0, named=True)
    assert set(jr["surface_forms"]) == {"Donald Trump Jr.", "Trump Jr."}
    assert t.entity_index("pandas").shape[0] == index.height
