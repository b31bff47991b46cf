"""Cue verbs the tagger read as nouns (round 8 of issue 15): ``X predicts that …``."""

from __future__ import annotations


def _doc(nlp, words: str, heads: list[int], deps: str, pos: str, tags: str):
    from spacy.tokens import Doc

    return Doc(
        nlp.vocab,
        words=words.split(),
        heads=heads,
        deps=deps.split(),
        pos=pos.split(),
        tags=tags.split(),
    )


def test_a_cue_tagged_as_a_root_noun_reports_the_clause_after_that(annotate):
    art = annotate("The harbour campaign projects that the new toll would raise $5 million a year.")
    rows = [
        (q.text, q.speaker_text, q.cue, q.cue_lemma, "rule:cue_tagged_noun" in q.rules)
        for q in art.quotes
        if q.quote_type == "indirect"
    ]
    assert rows == [
        (
            "the new toll would raise $5 million a year",
            "harbour campaign",  # the words the parser hung on the cue too
            "projects",
            "project",
            True,
        )
    ]


def test_a_noun_tagged_cue_after_a_quote_takes_the_noun_phrase_before_it(nlp):
    from trump_putin_call.pipeline.quotes import nouned
    from trump_putin_call.pipeline.quotes.cues import _cue_tokens, _subject

    doc = _doc(
        nlp,
        '" Staff get leave , " the memo states , after a year .',
        [2, 2, 2, 2, 2, 2, 8, 8, 2, 2, 2, 12, 10, 2],
        "punct nsubj ROOT dobj punct punct det compound appos punct prep det pobj punct",
        "PUNCT NOUN VERB NOUN PUNCT PUNCT DET NOUN NOUN PUNCT ADP DET NOUN PUNCT",
        "`` NN VBP NN , '' DT NN NNS , IN DT NN .",
    )
    assert [t.text for t in _cue_tokens(doc, 0, len(doc), [])] == ["states"]
    assert _subject(doc[8]).text == "memo"
    assert nouned.lemma(doc[8]) == "state"


def test_plural_nouns_and_relative_clauses_are_no_cue(nlp):
    from trump_putin_call.pipeline.quotes import nouned

    doc = _doc(
        nlp,
        'Rust Belt states that have lost jobs voted , and his remarks " hurt " .',
        [2, 2, 6, 5, 5, 2, 6, 6, 6, 10, 11, 6, 13, 11, 13, 6],
        "compound compound nsubj nsubj aux relcl ROOT punct cc poss nsubj conj punct dobj "
        "punct punct",
        "PROPN PROPN NOUN PRON AUX VERB VERB PUNCT CCONJ PRON NOUN VERB PUNCT NOUN PUNCT PUNCT",
        "NNP NNP NNS WDT VBP VBN VBD , CC PRP$ NNS VBP `` NN '' .",
    )
    assert [nouned.subject(t) for t in doc] == [None] * len(doc)
    said = _doc(
        nlp,
        "Mayor Lind predicts that the toll will fail .",
        [1, 2, 2, 7, 5, 7, 7, 2, 2],
        "compound compound ROOT mark det nsubj aux ccomp punct",
        "PROPN PROPN NOUN SCONJ DET NOUN AUX VERB PUNCT",
        "NNP NNP NNS IN DT NN MD VB .",
    )
    assert nouned.subject(said[2]).text == "Lind"
    assert [t.text for t in nouned.content(said[2])] == ["the", "toll", "will", "fail", "."]


def test_a_name_in_the_noun_phrase_speaks_as_with_a_verb_parse(annotate):
    art = annotate(
        "Mara Lind opened her campaign in Harlow on Monday. The Lind campaign projects that "
        "the new toll would raise $5 million a year."
    )
    rows = [(q.speaker_text, q.speaker_name, q.cue) for q in art.quotes]
    assert rows == [("Lind", "Mara Lind", "projects")]
