"""A quote introduced by a sentence ending with a colon (`quotes/introduced.py`)."""

from __future__ import annotations

from test_quotes import _extract


def _who(quotes):
    return [(q.text, q.speaker_name) for q in quotes]


def test_a_colon_paragraph_introduces_the_quoted_paragraphs_after_it():
    found = _extract(
        "“We will back Ana Ortiz,” Tom Reyes wrote on Monday.\n\n"
        "He then listed the tests he applies to every candidate:\n\n"
        "“Has the candidate kept her promises?\n\n"
        "“Does the candidate answer her critics?”",
        lambda m: m,
    )
    assert _who(found) == [
        ("We will back Ana Ortiz,", "Tom Reyes"),
        ("Has the candidate kept her promises?", "Tom Reyes"),
        ("Does the candidate answer her critics?", "Tom Reyes"),
    ]
    assert "rule:colon_introduction" in found[1].rules


def test_a_colon_introduction_by_an_organisation_names_it():
    found = _extract(
        "The Harbour Trust has run the pier since 1990. Its history matters, as the Harbour "
        "Trust website notes:\n\n"
        "“The pier was built by the town in 1901 and rebuilt twice after storms.”",
        lambda m: m,
    )
    assert _who(found)[-1] == (
        "The pier was built by the town in 1901 and rebuilt twice after storms.",
        "Harbour Trust",
    )
    assert "rule:colon_introduction" in found[-1].rules


def test_a_colon_introduction_naming_no_one_leaves_the_quote_without_speaker():
    found = _extract(
        "The council met on Monday.\n\nHere is the full text of the motion:\n\n"
        "“The pier shall be closed to traffic from May.”",
        lambda m: m,
    )
    assert _who(found) == [("The pier shall be closed to traffic from May.", None)]


def test_a_colon_inside_a_quote_introduces_nothing():
    found = _extract(
        "Tom Reyes wrote to the board on Monday.\n\n"
        "“I have three questions. Here they are:\n\n"
        "“Why was the pier closed?”",
        lambda m: m,
    )
    assert all(q.speaker_name == "Tom Reyes" for q in found)
    assert not any("rule:colon_introduction" in q.rules for q in found)


def test_an_inverted_introduction_names_the_speaker_after_the_verb(annotate):
    found = annotate(
        "Ana Ortiz spoke on a radio programme on Monday.\n\n"
        "Continued Ortiz: “The pier must stay open to everyone in the town.”"
    ).quotes
    assert _who(found) == [("The pier must stay open to everyone in the town.", "Ana Ortiz")]
    assert "rule:inverted_introduction" in found[0].rules


def test_an_inverted_introduction_in_its_own_paragraph(annotate):
    found = annotate(
        "Ana Ortiz spoke on a radio programme on Monday.\n\n"
        "Stated Ortiz:\n\n"
        "“The pier must stay open to everyone in the town.”"
    ).quotes
    assert _who(found) == [("The pier must stay open to everyone in the town.", "Ana Ortiz")]
    assert "rule:inverted_introduction" in found[0].rules


def test_a_colon_in_the_quotes_own_sentence_introduces_it():
    found = _extract(
        "The town's plan was blocked on Monday. After a long review of the costs, the Marden "
        'Harbour Board was firm in its findings: "Further work on this pier is unnecessary."',
        lambda m: m,
    )
    assert _who(found) == [("Further work on this pier is unnecessary.", "Marden Harbour Board")]
    assert "rule:colon_introduction" in found[0].rules


def test_a_colon_after_a_subject_naming_no_one_gives_no_speaker():
    found = _extract(
        "The town's plan was blocked on Monday. The message was clear: \"Further work on this "
        'pier is unnecessary."',
        lambda m: m,
    )
    assert _who(found) == [("Further work on this pier is unnecessary.", None)]


def test_a_name_and_a_colon_label_the_quote_after_them(annotate):
    found = annotate(
        "Ana Ortiz and Tom Reyes both reject the plan.\n\n"
        'Ortiz: "Our goal is not to delay the pier, but to rebuild it." Reyes: "The task is to '
        'rebuild the pier, not to delay it."'
    ).quotes
    assert _who(found) == [
        ("Our goal is not to delay the pier, but to rebuild it.", "Ana Ortiz"),
        ("The task is to rebuild the pier, not to delay it.", "Tom Reyes"),
    ]
    assert all("rule:name_label" in q.rules for q in found)


def test_a_dash_line_under_a_quoted_paragraph_credits_it(annotate):
    found = annotate(
        "Ana Ortiz and Tom Reyes spoke at the debate on Monday.\n\n"
        '"Every family in this town pays more for water than it did a year ago."\n\n'
        "- Ortiz.\n\n"
        '"The pier will be rebuilt before the summer, whatever the council says."\n\n'
        "-Mayor Tom Reyes, speaking after the debate."
    ).quotes
    assert _who(found) == [
        ("Every family in this town pays more for water than it did a year ago.", "Ana Ortiz"),
        ("The pier will be rebuilt before the summer, whatever the council says.", "Tom Reyes"),
    ]
    assert all("rule:dash_credit" in q.rules for q in found)


def test_a_dash_line_naming_no_one_credits_nothing(annotate):
    found = annotate(
        "The council met on Monday.\n\n"
        '"Every family in this town pays more for water than it did a year ago."\n\n'
        "– An answer nobody expected –."
    ).quotes
    assert not any("rule:dash_credit" in q.rules for q in found)


def test_people_described_before_a_colon_speak_as_written(annotate):
    art = annotate(
        "At her briefing on Monday, Mayor Ortiz's first five questioners ranged from skeptical "
        "to hostile: “Is it time for your plan to change?”"
    )
    ((q,),) = [[q for q in art.quotes if q.quote_type == "direct"]]
    assert (q.speaker_text, q.speaker_name) == ("Mayor Ortiz's first five questioners", None)
    assert "rule:colon_introduction" in q.rules
