"""Records, polls and data as the source of ``according to``: ``…, according to F.A.A.
records``, ``according to a new poll by …``, ``according to her tax plan``.

``according to`` names a source whatever it is, so any noun phrase after it is the
source (``rule:according_to_record``), not only people and organisations. A bare noun
(``went according to plan``, ``according to schedule``) names no one: it says how
something went.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

RECORD = "rule:according_to_record"


def cited(source: Token) -> bool:
    """Whether the object of ``according to`` is a source: a noun phrase with more than
    the noun (a determiner, a modifier, a name) or a plural (``records``, ``data``)."""
    if source.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(
        c.dep_ in ("det", "poss", "amod", "compound", "nummod", "prep", "acl")
        for c in source.children
    ):
        return True
    return source.tag_ in ("NNS", "NNPS")
