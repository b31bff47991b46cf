"""A cue's own subject speaks even where the content's words surround it.

``…, which he said the government should pay for`` (the relative ``which`` belongs to the
content, so its span starts before ``he said``) and ``… delegates, according to a CNN tally,
but …`` (the content runs on both sides of the cue): the speaker lies inside the span of the
reported words but is not one of them. Only the cue's own subject (``nsubj`` of the verb) or
the object of ``according to`` counts, never a subject found by climbing to another verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from trump_putin_call.pipeline.quotes.quote import Quote

INSIDE = "rule:speaker_inside_content"


def speaks(q: Quote, cue: Token, subj: Token) -> bool:
    """Whether ``subj``, inside the content's span, is the cue's own speaker; if so the
    quote records the rule."""
    if cue.lower_ == "according":
        own = subj.head.i == cue.i + 1 and subj.dep_ == "pobj"
    else:
        own = subj.head.i == cue.i and subj.dep_ in ("nsubj", "nsubjpass") and subj.i < cue.i
    if own:
        q.rules.append(INSIDE)
    return own
