"""A noun of saying with its content and its holder: ``Rubio's claim to be the strongest
alternative``, ``his promise that taxes will fall``, ``the Sanders claim to have …``.

The content is a ``that`` clause with a subject of its own, or a ``to`` infinitive, hung
from the noun; the speaker is the noun's possessor (``his``, ``Rubio's``) or a name before
it (``the Sanders claim``). A noun with no holder (``the claim that …``), or a holder
that names no one (``his`` with no person found), reports nothing (``rule:noun_cue``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

NOUN_CUE = "rule:noun_cue"
#: A ``his``/``her`` holder read as the subject of the clause the noun stands in.
OWNER = "rule:noun_cue_owner"

#: Nouns that name what someone said, with a content clause.
NOUN_CUES = frozenset(
    "claim promise pledge vow assertion allegation insistence warning admission "
    "contention suggestion".split()
)


def holder(noun: Token) -> Token | None:
    """Who made the statement: the possessor, or a name compounded before the noun."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for child in noun.children:
        if child.dep_ == "compound" and child.pos_ == "PROPN" and child.i < noun.i:
            return child
    return None


def content(noun: Token) -> list[Token] | None:
    """The clause a noun of saying hangs over: ``that`` + subject, or ``to`` + verb."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in NOUN_CUES:
        return None
    for verb in noun.rights:
        if verb.dep_ not in ("acl", "ccomp", "relcl") or verb.pos_ not in ("VERB", "AUX"):
            continue
        kids = list(verb.children)
        that = any(c.dep_ == "mark" and c.lower_ == "that" for c in kids)
        subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in kids)
        to = any(c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i for c in kids)
        if (that and subject) or (to and not subject):
            return [t for t in verb.subtree]
    return None


def owner(noun: Token, held: Token | None) -> Token | None:
    """The subject of the verb a noun of saying depends on, when its holder is ``his`` or
    ``her`` (``Trump has gained with his promise to build a wall``: Trump): a name or a
    he/she, which the speaker steps resolve as for any cue."""
    if held is None or held.tag_ != "PRP$" or held.lower_ not in ("his", "her"):
        return None
    verb = noun.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i > noun.i:
        return None
    if subj.pos_ == "PROPN" or subj.ent_type_ == "PERSON":
        return subj
    return subj if subj.lower_ in ("he", "she") else None
