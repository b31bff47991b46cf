"""Mixed quotation after characterising verbs: quoted words inside what was said make a
partial quote and an ``indirect`` row in one group; quoted words that are the
characterisation itself (``called the plan “a disgrace”``) stay a partial quote only."""

from __future__ import annotations


def _rows(art):
    return [(q.quote_type, q.text, q.group) for q in art.quotes]


def test_quoted_words_inside_the_criticised_object_are_said_both_ways(annotate):
    art = annotate(
        "Senator Mara Lind criticized the “identity politics” on display in the primary race."
    )
    rows = _rows(art)
    assert [(t, x) for t, x, _ in rows] == [
        ("indirect", "the “identity politics” on display in the primary race"),
        ("partial", "identity politics"),
    ]
    assert len({g for _, _, g in rows}) == 1
    assert "rule:mixed_quote" in art.quotes[0].rules
    assert art.quotes[0].speaker_name == "Mara Lind"


def test_quoted_words_in_a_reason_are_said_both_ways(annotate):
    art = annotate(
        "Tom Ashby slammed the harbour board for ignoring the “plain warnings” of its engineers."
    )
    assert [(q.quote_type, q.text) for q in art.quotes] == [
        ("indirect", "the harbour board for ignoring the “plain warnings” of its engineers"),
        ("partial", "plain warnings"),
    ]


def test_a_characterisation_in_marks_stays_a_partial_quote(annotate):
    art = annotate(
        "Tom Ashby described the new budget as “a shameful retreat.” "
        "Mara Lind called the transit plan “a costly mistake.” "
        "Ines Kahl hailed the harbour deal as “a clear signal,” on Friday."
    )
    assert [(q.quote_type, q.text) for q in art.quotes] == [
        ("partial", "a shameful retreat."),
        ("partial", "a costly mistake."),
        ("partial", "a clear signal,"),
    ]


def test_a_title_in_marks_holds_no_quote_to_keep_the_row_for(annotate):
    art = annotate(
        "Mara Lind has called for an early general election after the government lost a "
        "key vote on its 'Coastal Reform Act'."
    )
    assert [q.quote_type for q in art.quotes] == []


def test_a_quote_opened_in_the_clause_runs_on_past_its_sentence(annotate):
    art = annotate(
        "Speaker Ines Carrow said the ruling was “a direct attack on the valley. The harm "
        "to our farms will last for years.” The court did not comment."
    )
    rows = [(q.quote_type, q.text, q.group) for q in art.quotes]
    assert [(t, x) for t, x, _ in rows] == [
        (
            "indirect",
            "the ruling was “a direct attack on the valley. The harm to our farms will last "
            "for years.”",
        ),
        ("partial", "a direct attack on the valley. The harm to our farms will last for years."),
    ]
    assert len({g for _, _, g in rows}) == 1
    assert art.quotes[0].speaker_name == "Ines Carrow"


def test_a_quote_opening_with_and_goes_on_with_the_clause_before_it(annotate):
    art = annotate(
        "Ms Lind said Mayor Carrow approached her “and said the harbour would stay open all "
        "winter.”"
    )
    rows = [(q.quote_type, q.text, q.group) for q in art.quotes]
    assert [(t, x) for t, x, _ in rows] == [
        (
            "indirect",
            "Mayor Carrow approached her “and said the harbour would stay open all winter.”",
        ),
        ("partial", "and said the harbour would stay open all winter."),
    ]
    assert len({g for _, _, g in rows}) == 1
