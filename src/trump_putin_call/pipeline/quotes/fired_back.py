"""A quote opened after a clause that introduces it, when a cue stands in an earlier
clause of the sentence: ``When Trump suggested that …, Rubio fired back forcefully: “If
they sue us …”`` and ``After Brown criticized Clinton, Hillary shot back, “I suppose …”``.
The nearest cue before the quote (``suggested``) belongs to the clause about what provoked
the answer; the clause that ends at the colon (or at the comma after ``back``) and its
subject speak (``rule:introducing_clause_speaker``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

RULE = "rule:introducing_clause_speaker"
_SUBJECT_POS = frozenset({"PROPN", "NOUN", "PRON"})


def speaker(cue: Token, t_open: int) -> tuple[Token, Token] | None:
    """The verb of the clause that ends right before the quote's opening mark (token
    ``t_open``) and its subject, when ``cue`` lies before that verb, outside its clause's
    content, and is not the verb itself; else None."""
    doc = cue.doc
    k = t_open - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k <= 0 or doc[k].text not in (":", ","):
        return None
    if doc[k].text == ",":  # a comma introduces only an answer: "shot back, “…”"
        back = doc[k - 1]
        if back.lower_ != "back" or back.dep_ not in ("prt", "advmod"):
            return None
        verb = back.head
    else:
        verb = doc[k].head
    if verb.pos_ != "VERB" or not cue.i < verb.i < k:
        return None
    if any(a.i == cue.i for a in verb.ancestors):
        return None  # "X said Rubio fired back: “…”": the quote is inside what X said
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) != 1 or subjects[0].pos_ not in _SUBJECT_POS:
        return None
    if any(t.i == subjects[0].i for t in cue.subtree):
        return None
    return verb, subjects[0]
