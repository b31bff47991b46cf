"""Reported speech on short texts: which clause a cue reports, and cues set after or
around what was said (round 4 of issue 15)."""

from __future__ import annotations

from test_quotes_reported import _indirect


def _doc(nlp, words: str, heads: list[int], deps: str, pos: str):
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words.split(), heads=heads, deps=deps.split(), pos=pos.split())


def test_the_clause_after_the_cue_comes_before_one_the_parser_hung_before_it(nlp):
    from trump_putin_call.pipeline.quotes.reported import _clauses

    doc = _doc(
        nlp,
        "Labour backed the levy ; Tories argued that it would fail .",
        [1, 6, 3, 1, 6, 6, 6, 10, 10, 10, 6, 6],
        "nsubj ccomp det dobj punct nsubj ROOT mark nsubj aux ccomp punct",
        "PROPN VERB DET NOUN PUNCT PROPN VERB SCONJ PRON AUX VERB PUNCT",
    )
    assert [c.text for c in _clauses(doc[6])] == ["fail", "backed"]
    lone = _doc(
        nlp,
        "The levy will fail , Tories argued .",
        [1, 3, 3, 6, 6, 6, 6, 6],
        "det nsubj aux ccomp punct nsubj ROOT punct",
        "DET NOUN AUX VERB PUNCT PROPN VERB PUNCT",
    )
    assert [c.text for c in _clauses(lone[6])] == ["fail"]


def test_a_cue_after_the_statement_reports_the_words_before_it(annotate):
    art = annotate(
        "A decade of falling ferry fares will end this year, sooner than expected, the "
        "Harlow Transit Board reported on Tuesday."
    )
    assert _indirect(art, "rule:trailing_cue") == [
        (
            "A decade of falling ferry fares will end this year, sooner than expected",
            "Harlow Transit Board",
            "reported",
            True,
        )
    ]


def test_a_scene_before_a_trailing_cue_is_no_statement(annotate):
    art = annotate(
        "In an interview on Monday, Dana Vance bragged: she had won.\n\n"
        "The crowd cheered loudly, Dana Vance yelled."
    )
    assert [q.text for q in art.quotes if "rule:trailing_cue" in q.rules] == []


def test_a_question_hung_as_an_adverbial_or_a_topic_is_what_was_asked(annotate):
    art = annotate(
        "Senator Mara Lind toured the harbour on Monday. During an interview that afternoon, "
        "the Harlow Gazette asked the senator if she had been preparing herself for a defeat."
        "\n\nTom Ashby of the Harlow Gazette asked the senator about the ferry dispute."
    )
    assert _indirect(art, "rule:question_asked") == [
        ("she had been preparing herself for a defeat", "Harlow Gazette", "asked", True),
        ("about the ferry dispute", "Tom Ashby", "asked", True),
    ]


def test_verbs_that_report_only_with_a_clause_of_their_own(annotate):
    art = annotate(
        "Mayor Ines Rook revealed that the ferry would close in May. Tom Ashby assured "
        "voters that taxes would not rise. Tom Ashby assured the loan with his house. "
        "Ines Rook questioned whether the ferry had ever made money."
    )
    assert _indirect(art, "rule:indirect_ccomp") == [
        ("the ferry would close in May", "Ines Rook", "revealed", True),
        ("taxes would not rise", "Tom Ashby", "assured", True),
        ("the ferry had ever made money", "Ines Rook", "questioned", True),
    ]


def test_a_that_clause_hung_from_the_person_told_is_the_content(annotate):
    art = annotate(
        "Tom Ashby attacked Mara Lind for her support of a failed harbour bill, telling radio "
        "host Dana Vance that Lind had opposed adding money to the bill."
    )
    assert ("Lind had opposed adding money to the bill", "Tom Ashby", "telling", True) in (
        _indirect(art, "rule:stray_that_clause")
    )


def test_a_passive_question_names_the_asker_not_the_one_asked(annotate):
    art = annotate(
        "Mara Lind spoke in Harlow on Monday. Lind was asked about the ferry dispute. "
        "Tom Ashby was asked by a caller whether the ferry would run in winter."
    )
    assert _indirect(art, "rule:question_passive") == [
        ("about the ferry dispute", None, "asked", True),
        ("the ferry would run in winter", None, "asked", True),
    ]


def test_a_question_put_to_the_one_who_answers_has_no_named_asker(annotate):
    art = annotate(
        "Asked whether the ferry would run in winter, Mayor Ines Rook said it would not. "
        "When asked by Tom Ashby on Monday about the harbour tax, Mara Lind shrugged."
    )
    assert [
        (q.text, q.speaker_name, q.speaker_text, q.cue)
        for q in art.quotes
        if "rule:question_answered" in q.rules
    ] == [
        ("the ferry would run in winter", None, None, "Asked"),
        ("about the harbour tax", "Tom Ashby", "Tom Ashby", "asked"),
    ]
    assert ("it would not", "Ines Rook", "said", False) in _indirect(art)


def test_withholding_reports_no_denial(annotate):
    art = annotate(
        "The party leaders worked hard to deny him even that narrow path to the nomination."
    )
    assert _indirect(art) == []


def test_as_if_to_say_reports_nothing(annotate):
    art = annotate(
        "Brandt grinned. His head darted from side to side, his eyes gleaming, as if to say, "
        "“Did you see me do that?”"
    )
    assert [q.text for q in art.quotes if "rule:as_reported" in q.rules] == []


def test_according_to_on_a_verb_with_no_subject_reports_the_clause_above(annotate):
    art = annotate(
        "In the final round next month, Lind holds a 10-point lead in Harlow, according to "
        "the Gazette average of polls, where 475 pledged delegates will be at stake."
    )
    assert [q.text for q in art.quotes if q.cue == "according to"] == [
        "In the final round next month, Lind holds a 10-point lead in Harlow"
    ]


def test_a_fraction_of_voters_and_a_named_paper_behind_which_speak(annotate):
    art = annotate(
        "In the Gazette poll, nearly two-thirds of Harlow voters said that the ferry does more "
        "harm than good.\n\nThe council approved a plan by Harlow Transit, which said the ferry "
        "would run again in May."
    )
    assert [(q.text, q.speaker_name) for q in art.quotes] == [
        ("the ferry does more harm than good", None),
        ("the ferry would run again in May", "Harlow Transit"),
    ]


def test_a_gerund_after_a_cue_is_what_was_said(annotate):
    art = annotate(
        "Harlow Transit reported having $2 million in cash at the end of March. Mara Lind "
        "recalled smiling."
    )
    assert _indirect(art, "rule:gerund_content") == [
        ("having $2 million in cash at the end of March", "Harlow Transit", "reported", True)
    ]


def test_no_clause_left_before_a_nested_report_reports_nothing(annotate):
    art = annotate(
        "Beyond just fares, the Lind campaign has put out a stream of releases claiming that "
        "Ashby raised taxes, Tom Ashby says."
    )
    assert [q.text for q in art.quotes if q.cue == "says"] == []


def test_a_second_clause_of_the_cue_after_the_first_is_said_too(annotate):
    art = annotate(
        "Dana Vance said she intends to win every seat, so she will have enough votes to pass "
        "the levy."
    )
    assert _indirect(art, "rule:indirect_ccomp") == [
        (
            "she intends to win every seat, so she will have enough votes to pass the levy",
            "Dana Vance",
            "said",
            True,
        )
    ]


def test_a_clause_joined_to_the_cue_by_a_bare_and_goes_on_with_what_was_said(nlp):
    from spacy.tokens import Doc

    from trump_putin_call.pipeline.quotes.extent import content

    def run(words: str, lemma: str) -> str:
        heads = [1, 1, 3, 1, 5, 3, 1, 8, 1, 10, 8, 1]
        if words.count(" ") == 12:  # a comma before "and"
            heads = [1, 1, 3, 1, 5, 3, 1, 1, 9, 1, 11, 9, 1]
        deps = "nsubj ROOT nsubj ccomp det attr cc nsubj conj poss attr punct".split()
        pos = "PROPN VERB PROPN AUX DET NOUN CCONJ PRON VERB PRON NOUN PUNCT".split()
        if words.count(" ") == 12:
            deps.insert(6, "punct")
            pos.insert(6, "PUNCT")
        lemmas = [w.lower() for w in words.split()]
        lemmas[-4] = lemma
        doc = Doc(nlp.vocab, words=words.split(), heads=heads, deps=deps, pos=pos, lemmas=lemmas)
        said = content(doc[1], [doc[3]])
        return " ".join(t.text for t in sorted(said, key=lambda t: t.i))

    joined = "Ashby says Hale is a friend and it is his business ."
    assert run(joined, "be") == "Hale is a friend it is his business"
    assert run(joined.replace(" and", " , and"), "be") == "Hale is a friend"
    assert run(joined.replace("it is", "he said"), "say") == "Hale is a friend"


def test_a_relative_clause_or_dashed_apposition_ending_the_content_is_an_aside(annotate):
    art = annotate(
        "Tom Ashby said he supports the final bill, which includes new money for ferries.\n\n"
        "Mara Lind said she backs the levy, which she said would pay for the harbour.\n\n"
        "Tom Ashby said he was encouraged by the plan — a modest boost for the ferry since 2009."
    )
    texts = [q.text for q in art.quotes if q.quote_type == "indirect"]
    assert texts[0] == "he supports the final bill"
    assert texts[-1] == "he was encouraged by the plan"
    # a relative clause that reports is a report of its own
    assert "which she said would pay for the harbour" in [q.text for q in art.quotes]
    # one with a view of the speaker's goes on with what was said
    held = annotate(
        "Tom Ashby said the harbour board aims to put the ferry in a strong position, which "
        "they believe will bring new riders."
    )
    assert [q.text for q in held.quotes] == [
        "the harbour board aims to put the ferry in a strong position, which they believe will "
        "bring new riders"
    ]


def test_a_second_cue_the_parser_hung_from_the_first_clause_has_the_first_speaker(annotate):
    art = annotate(
        "Tom Ashby said the harbour board immediately went into crisis mode to try to find the "
        "missing ferry and said its rescue was always a priority."
    )
    assert _indirect(art, "rule:indirect_ccomp") == [
        (
            "the harbour board immediately went into crisis mode to try to find the missing ferry",
            "Tom Ashby",
            "said",
            True,
        ),
        ("its rescue was always a priority", "Tom Ashby", "said", True),
    ]
    assert "rule:repeated_cue_speaker" in art.quotes[1].rules


def test_a_participle_after_the_clause_says_how_it_is_meant(nlp):
    from spacy.tokens import Doc

    from trump_putin_call.pipeline.quotes.extent import content

    def run(participle: str, lemma: str) -> str:
        words = f"Ashby insisted it was a dip , {participle} the storms .".split()
        doc = Doc(
            nlp.vocab,
            words=words,
            heads=[1, 1, 3, 1, 5, 3, 3, 1, 9, 7, 1],
            deps="nsubj ROOT nsubj ccomp det attr punct advcl det dobj punct".split(),
            pos="PROPN VERB PRON AUX DET NOUN PUNCT VERB DET NOUN PUNCT".split(),
            tags="NNP VBD PRP VBD DT NN , VBG DT NNS .".split(),
            lemmas=[w.lower() for w in words[:7]] + [lemma, "the", "storm", "."],
        )
        return " ".join(t.text for t in sorted(content(doc[1], [doc[3]]), key=lambda t: t.i))

    assert run("reflecting", "reflect") == "it was a dip , reflecting the storms"
    assert run("blaming", "blame") == "it was a dip , blaming the storms"
    assert run("adding", "add") == "it was a dip ,"  # a report of its own
