"""``“…,” the statement read.``: a text reading the quote is its tag (issue 15)."""

from __future__ import annotations


def _rows(art):
    return [
        (q.speaker_name, q.speaker_text, q.cue, "rule:text_reads_tag" in q.rules)
        for q in art.quotes
        if q.quote_type == "direct"
    ]


def test_a_statement_that_reads_the_quote_speaks_as_written(annotate):
    art = annotate(
        "Ana Ortiz met the harbour board on Monday.\n\n“The meeting was useful and the board "
        "will report in May,” the statement read."
    )
    assert _rows(art) == [(None, "statement", "read", True)]


def test_the_sender_of_the_letter_speaks_for_it(annotate):
    art = annotate(
        "The Harbour Trust sent a letter to the council on Monday.\n\n“We ask you to act "
        "before the winter storms,” it read."
    )
    assert _rows(art) == [("Harbour Trust", "Harbour Trust", "read", True)]


def test_it_read_is_not_the_latest_organisation(annotate):
    art = annotate(
        "A letter reached the Port Authority of Leeds on Monday.\n\n“We ask you to act "
        "before the winter storms,” it read."
    )
    assert _rows(art) == [(None, "it", "read", True)]
