"""A cue set inside the statement it reports: ``The plan, she said, is dead``.

spaCy hangs such a cue from the statement's verb (``parataxis``). The words before and after
the attribution are the statement: each becomes an ``indirect`` row, both in one
``quote_group`` (``rule:parenthetical_cue``), as the pieces of a split direct quote are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

PARENTHETICAL = "rule:parenthetical_cue"


def pieces(cue: Token) -> list[list[Token]] | None:
    """The statement's words before and after a parenthetical cue, or None."""
    head = cue.head
    if cue.dep_ != "parataxis" or head.pos_ not in ("VERB", "AUX"):
        return None
    inner = {t.i for t in cue.subtree}
    for child in cue.lefts:  # "If the demands are not met, Mr. Taylor warned, …": the
        if child.dep_ in ("advcl", "prep", "npadvmod"):  # opening clause is the statement's
            inner -= {t.i for t in child.subtree}
            inner -= {child.right_edge.i + 1} if cue.doc[child.right_edge.i + 1].is_punct else set()
    lo, hi = min(inner), max(inner)
    words = [t for t in head.subtree if t.i not in inner]
    before = [t for t in words if t.i < lo]
    after = [t for t in words if t.i > hi]
    if not before or not after:
        return None  # "…, she said." at the end is a ccomp's business
    return [before, after]


def link(quote, earlier: list) -> int | None:
    """The ``quote_group`` of the earlier piece bound by the same cue, if any."""
    same = [q for q in earlier if q.link is not None and q.link == quote.link]
    return same[-1].group if same else None
