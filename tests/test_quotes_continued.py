"""A quote with no cue that continues the reported clause before it (rule:continued_content):
the clause and the quote are pieces of one utterance, and no piece holds the cue."""

from __future__ import annotations

CONTINUED = "rule:continued_content"


def _rows(art):
    return [(q.quote_type, q.text, q.group) for q in art.quotes]


def test_a_quote_with_no_cue_after_a_reported_clause_continues_it(annotate):
    text = (
        "Mara Lind said the ferry would never pay its way. “It loses money on every crossing "
        "and always will.”\n\nTom Ashby argued that the fares were too low. “We can raise "
        "them next year,” Ashby said."
    )
    art = annotate(text)
    rows = _rows(art)
    quote = "It loses money on every crossing and always will."
    assert [r[:2] for r in rows[:3]] == [
        ("indirect", "the ferry would never pay its way"),
        ("indirect", f"“{quote}”"),
        ("direct", quote),
    ]
    assert rows[0][2] == rows[1][2] == rows[2][2]  # one utterance
    clause, piece = art.quotes[0], art.quotes[1]
    assert CONTINUED in clause.rules
    assert [r for r in piece.rules if r.startswith("rule:")] == ["rule:quote_marks-1", CONTINUED]
    assert (
        (piece.speaker_name, piece.cue)
        == ("Mara Lind", "said")
        == (
            clause.speaker_name,
            clause.cue,
        )
    )
    # a quote with a cue of its own ("…,” Ashby said.") is its own statement
    assert rows[3][:2] == ("indirect", "the fares were too low")
    assert rows[4][2] != rows[3][2]
    assert not any(CONTINUED in q.rules for q in art.quotes[3:])


def test_a_continued_clause_never_holds_the_cue_set_after_it(annotate):
    text = "The ferry plan will fail, Mara Lind said. “It is a disaster for the whole island.”"
    art = annotate(text)
    indirect = [q for q in art.quotes if q.quote_type == "indirect"]
    assert [q.text for q in indirect] == [
        "The ferry plan will fail",
        "“It is a disaster for the whole island.”",
    ]
    assert all(CONTINUED in q.rules for q in indirect)
    assert len({q.group for q in art.quotes}) == 1  # the clause, its piece and the quote
    for q in art.quotes:
        assert "said" not in q.text and "Lind" not in q.text
        assert text[q.start : q.end] == q.text
