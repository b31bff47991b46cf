"""A person named in a speaker phrase only as whom its head stands by: ``Supporters of
Sanders would argue``, ``a longtime supporter of Clinton``, ``Friends of Mr. Clinton's who
have seen him … say``. Those words are the supporters', not Sanders's: that person is not
the speaker (``rule:speaker_in_phrase`` skips them; with no one else named, the phrase
speaks as written).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Nouns for people who stand by (or against) someone without speaking for them.
RELATIONS = frozenset(
    "supporter friend critic ally opponent rival fan admirer donor backer detractor foe "
    "enemy follower".split()
)


def related_only(subj: Token, start: int, offset: int) -> bool:
    """Whether the name starting at character ``start`` (``offset``: the block's start)
    is the object of ``of``/``to`` after a relation noun (``supporters of Sanders``)."""
    tok = next((t for t in subj.doc if offset + t.idx == start), None)
    if tok is None:
        return False
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head  # "Hillary Clinton": the name's head word
    for _ in range(3):
        if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "to"):
            return tok.head.head.lemma_.lower() in RELATIONS
        if tok.dep_ not in ("appos", "conj"):
            return False
        tok = tok.head
    return False
