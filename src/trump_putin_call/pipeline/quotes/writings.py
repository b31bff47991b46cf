"""A person's own writing that speaks speaks for the person: ``Sanders’ fundraising email
notes that …``, ``according to Axelrod’s memoir``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trump_putin_call.pipeline.quotes.lexicon import DOCUMENTS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from trump_putin_call.pipeline.entities.mention import Mention
    from trump_putin_call.pipeline.quotes.article import _Article

WRITER = "rule:person_writing"

#: What a person writes or puts out in their own name ("Sanders’ email", "Rubio’s ad").
_WRITINGS = DOCUMENTS | frozenset("tweet post statement op-ed column book memoir ad".split())


def writer(art: _Article, subj: Token, owners: list[Token], offset: int) -> Mention | None:
    """The person owning a writing that speaks (``Sanders’ fundraising email notes that …``),
    named by a possessive the entity stage tagged as a person."""
    if subj.lemma_.lower() not in _WRITINGS or subj.dep_ not in ("nsubj", "pobj"):
        return None  # "Zuckoff’s book is described on Amazon as …": Amazon describes it
    for owner in (o for o in owners if o.head.i == subj.i):  # not "… provided by X’s lawyer"
        at = offset + owner.idx
        found = art.mention_at(at, at + len(owner), ("PERSON",))
        if found is not None:
            return found
    return None
