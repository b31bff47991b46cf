"""“As he puts it, …”: a clause of the writer's that hands the quoted words of its
sentence to a speaker without a verb of saying.

``as X puts it``, ``as X has pointed out`` and ``in X’s words`` (``in Forbes’ words``,
``in the words of X``) say whose the quoted words beside them are (``That’s because, as
he puts it, “the best thing we have going for us” is …``; ``rule:as_puts_it``). The
lexicon knows none of them as a cue, so without this such a partial quote has no cue and
is dropped as a scare quote.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: ``method`` token of a quote whose cue is such a clause.
AS_PUTS = "rule:as_puts_it"


def _as_clause(tok: Token) -> Token | None:
    """The subject of ``as X puts it`` / ``as X (has) pointed out`` at verb ``tok``."""
    if tok.pos_ != "VERB" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
        return None
    lemma = tok.lemma_.lower()
    kids = {(c.dep_, c.lower_) for c in tok.children}
    if not (lemma == "put" and ("dobj", "it") in kids) and not (
        lemma == "point" and ("prt", "out") in kids
    ):
        return None
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    return subj[0] if subj else None


def _in_words(tok: Token) -> Token | None:
    """The owner of ``in X’s words`` / ``in the words of X`` at the noun ``words``."""
    if tok.lower_ != "words" or tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return None
    poss = [c for c in tok.children if c.dep_ == "poss"]
    if poss:
        return poss[0]
    if tok.i >= 2 and tok.doc[tok.i - 1].text in ("’", "'"):
        owner = tok.doc[tok.i - 2]  # "in Forbes’ words": the parser split off the possessive
        if owner.pos_ in ("PROPN", "NOUN") and owner.lower_.endswith("s"):
            return owner
    of = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
    obj = [c for c in of[0].children if c.dep_ == "pobj"] if of else []
    return obj[0] if obj else None


def as_cue(doc: Doc, lo: int, hi: int) -> tuple[Token, Token] | None:
    """The first ``as X puts it`` / ``in X’s words`` clause in tokens ``lo:hi`` (the
    sentences a quote touches): its verb (or ``words``), the cue, and the speaker token."""
    for tok in doc[lo:hi]:
        who = _as_clause(tok) or _in_words(tok)
        if who is not None:
            return tok, who
    return None
