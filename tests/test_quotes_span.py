"""Where an indirect row starts: the complementiser is cut, a subordinator opening what
was said is kept."""

from __future__ import annotations


def _indirect(art):
    return [q.text for q in art.quotes if q.quote_type == "indirect"]


def test_a_subordinator_opening_the_content_is_what_was_said(annotate):
    art = annotate(
        "Mayor Ines Carrow said that if the ferry closes, the valley will lose its only link. "
        "Senator Mara Lind warned that as prices rise, families will cut back on travel."
    )
    assert _indirect(art) == [
        "if the ferry closes, the valley will lose its only link",
        "as prices rise, families will cut back on travel",
    ]


def test_the_complementiser_itself_is_cut(annotate):
    art = annotate("Mayor Ines Carrow said that the ferry would close in May.")
    assert _indirect(art) == ["the ferry would close in May"]
