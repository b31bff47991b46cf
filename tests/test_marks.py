"""Quotation marks paired by direction (``rule:mark_direction``) and mixed quotation."""

from __future__ import annotations

from trump_putin_call.pipeline.quotes.marks import find_marks
from trump_putin_call.pipeline.quotes.mixed import mixed_span


def _pairs(text):
    return [(text[slice(*sp.inner)], sp.closed) for sp in find_marks(text, 0, len(text))]


def test_a_straight_mark_with_a_space_before_opens_a_new_quote():
    # the paragraph break was lost: the first quote never closes
    text = 'Jo Marr said: "We baked all night for the fair. "Then came the rain," she said.'
    assert _pairs(text) == [
        ("We baked all night for the fair. ", False),
        ("Then came the rain,", True),
    ]


def test_two_apostrophes_are_a_double_mark():
    text = "''We will reopen the mill,'' Ms. Vance said. ''It is ours.''"
    assert _pairs(text) == [("We will reopen the mill,", True), ("It is ours.", True)]


def test_two_apostrophes_hold_a_quote_within_a_quote():
    text = "''He told me, 'Keep going,''' Mr. Pell said."
    assert _pairs(text) == [("He told me, 'Keep going,'", True)]


def test_curly_and_apostrophes_still_pair_as_before():
    text = "“Don’t wait,” she said, and called the O’Neill plan ‘a players’ charter’."
    assert _pairs(text) == [("Don’t wait,", True), ("a players’ charter", True)]


def test_mixed_span_takes_in_the_marks_it_cuts():
    text = "the mill was “doing fine” and will stay"
    a = text.index("“")
    marks = [(a, text.index("”") + 1)]
    assert mixed_span(text, 0, len(text), marks) == (0, len(text), True)
    # the clause's last token was the closing mark
    text2 = "the mill was “doing fine”"
    lo, hi, held = mixed_span(text2, 0, len(text2) - 1, [(text2.index("“"), len(text2))])
    assert (text2[lo:hi], held) == (text2, True)


def test_a_clause_all_in_marks_or_cut_by_a_quote_is_not_mixed():
    text = "that “we will win the vote”"
    marks = [(text.index("“"), len(text))]
    assert mixed_span(text, text.index("“") + 1, len(text) - 1, marks) is None
    text2 = "“the vote is lost and so is he”"
    assert mixed_span(text2, 10, 20, [(0, len(text2))]) is None


def test_mixed_quotation_is_recorded_twice_and_linked(annotate):
    art = annotate(
        "Mayor Ines Carrow said the closure was “a betrayal of the valley” and would be fought."
    )
    rows = [(q.quote_type, q.text, q.speaker_name, q.group) for q in art.quotes]
    clause = "the closure was “a betrayal of the valley” and would be fought"
    assert rows == [
        ("indirect", clause, "Ines Carrow", rows[1][3]),
        ("partial", "a betrayal of the valley", "Ines Carrow", rows[1][3]),
    ]
    assert "rule:mixed_quote" in art.quotes[0].rules


def test_a_share_of_a_group_can_report_speech(annotate):
    art = annotate("In the survey of Brenton residents, 40 percent said they would move away.")
    (q,) = art.quotes
    assert (q.quote_type, q.text) == ("indirect", "they would move away")
    assert "rule:quantity_speaker" in q.rules


def test_a_relative_who_speaks_for_the_noun_it_follows(annotate):
    art = annotate("Karl Stonebridge, who said the dam would hold, left the valley on Monday.")
    (q,) = art.quotes
    assert (q.text, q.speaker_name) == ("the dam would hold", "Karl Stonebridge")
    assert "rule:relative_speaker" in q.rules


def test_whoever_a_verb_of_saying_has_for_subject_speaks(annotate):
    art = annotate(
        "The Tarrow Museum in Leeds will close its east wing.\n"
        "The museum said the roof could no longer be repaired."
    )
    (q,) = art.quotes
    assert (q.text, q.speaker_name) == ("the roof could no longer be repaired", "Tarrow Museum")
    assert {"rule:speech_verb_subject", "rule:noun_named_before"} <= set(q.rules)


def test_a_report_nested_in_another_keeps_the_list_of_nouns_that_speak(annotate):
    art = annotate(
        "His lawyer, Amos Kell, said his client accepted the fine but denied that he had lied."
    )
    # "denied" hangs from "said": its subject ("client") is no speaker noun, so no row
    assert [q.text for q in art.quotes] == ["his client accepted the fine"]


def test_a_cue_inside_the_statement_makes_two_linked_pieces(annotate):
    art = annotate("In any case, Ms. Farrow said, the ferry service was never profitable.")
    rows = [(q.quote_type, q.text, q.speaker_name, q.group) for q in art.quotes]
    assert rows == [
        ("indirect", "In any case", "Farrow", 1),
        ("indirect", "the ferry service was never profitable", "Farrow", 1),
    ]
    assert all("rule:parenthetical_cue" in q.rules for q in art.quotes)


def test_a_pronoun_goes_on_being_the_last_speaker(annotate):
    art = annotate(
        "“We will keep the depot open,” said Nora Quill, the transport secretary.\n"
        "The decision follows a review by Ann Acre of the budget office. "
        "“It was never in doubt,” she said."
    )
    last = art.quotes[-1]
    assert (last.text, last.speaker_name) == ("It was never in doubt,", "Nora Quill")
    assert "rule:previous_speaker" in last.rules


def test_a_question_asked_is_reported_and_the_one_an_answer_follows_has_no_asker(annotate):
    art = annotate("Councillor Ruth Blane asked whether the ferry would run in winter.")
    (q,) = art.quotes
    assert (q.text, q.speaker_name, q.cue) == (
        "the ferry would run in winter",
        "Ruth Blane",
        "asked",
    )
    assert "rule:question_asked" in q.rules
    art = annotate("Asked whether the ferry would run, Ruth Blane said the timetable was fixed.")
    assert [(q.text, q.speaker_name) for q in art.quotes] == [
        ("the ferry would run", None),  # the asker is not named: rule:question_answered
        ("the timetable was fixed", "Ruth Blane"),
    ]


def test_news_verbs_of_saying_are_cues_of_partial_quotes(annotate):
    art = annotate("Senator Ada Mole blasted the levy as “a tax on breathing” on Tuesday.")
    (q,) = art.quotes
    assert (q.quote_type, q.text, q.speaker_name, q.cue) == (
        "partial",
        "a tax on breathing",
        "Ada Mole",
        "blasted",
    )


def test_an_opening_shape_where_a_quote_closes_closes_it():
    text = "Ida Brenn called the ruling “abhorrent“ in a tweet and said it was “unfair.”"
    assert _pairs(text) == [("abhorrent", True), ("unfair.", True)]
    # an opening mark before a word still opens the next quote
    text = "He said “we won and “They lost,” she said."
    assert _pairs(text) == [("we won and ", False), ("They lost,", True)]
