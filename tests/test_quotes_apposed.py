"""A cue the parser left without a subject, after ``X, a description,`` (`quotes/apposed.py`)."""

from __future__ import annotations

from test_quotes import _extract


def test_a_name_and_its_description_before_a_subjectless_cue_speak():
    found = _extract(
        "At Marden Quay, where it costs new members $7,000 to join, Tom Reyes, the club's "
        "78-year-old president and general manager, suggested that the troubles of his rivals "
        "could be blamed on poor management.",
        lambda m: m,
    )
    assert [(q.quote_type, q.speaker_name) for q in found] == [("indirect", "Tom Reyes")]
    assert "rule:apposed_name" in found[0].rules


def test_a_name_after_the_closing_mark_and_its_description_speak():
    found = _extract(
        "“They were rivals, but also friends,” Tom Reyes, the mayor's former chief of staff, said.",
        lambda m: m,
    )
    assert [(q.text, q.speaker_name) for q in found] == [
        ("They were rivals, but also friends,", "Tom Reyes")
    ]
    assert "rule:apposed_name" in found[0].rules


def test_a_name_inside_the_quote_is_not_taken():
    found = _extract(
        "“Ask Tom Reyes, the harbour master,” a spokesman for the council said.",
        lambda m: m,
    )
    assert all(q.speaker_name != "Tom Reyes" for q in found)
