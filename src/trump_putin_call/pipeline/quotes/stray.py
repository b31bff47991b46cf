"""A content clause the parser hung from the wrong word: ``said in a statement that …``.

spaCy often attaches the ``that`` clause of a cue followed by a prepositional phrase
(``said in a statement that …``, ``claimed without evidence that …``) to the noun of the
phrase, as if it described the statement. A clause opened by the conjunction ``that``
(not the pronoun: ``a statement that was released``) with a subject of its own is the
cue's content all the same (``rule:stray_that_clause``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

STRAY = "rule:stray_that_clause"
#: Prepositions whose object has a content of its own (``responded to claims that …``).
_TOPICS = frozenset("to about of over against for on".split())


def clause(cue: Token) -> Token | None:
    """The head of a ``that`` clause hung from the object of the cue's preposition."""
    for prep in cue.rights:
        if prep.dep_ != "prep" or prep.lower_ in _TOPICS:
            continue  # "responded to accusations that …": the accusations' content
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            for verb in obj.rights:
                if verb.dep_ not in ("acl", "relcl", "ccomp") or verb.pos_ not in ("VERB", "AUX"):
                    continue
                first = verb.doc[verb.left_edge.i]
                if first.lower_ == "that" and first.dep_ == "mark" and _has_subject(verb):
                    return verb
    return None


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
