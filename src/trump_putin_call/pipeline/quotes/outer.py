"""A quote inside another cue's content speaks for that cue's subject when the nearer
cue's subject is a thing: ``Lind said the plan should reiterate “our allies”`` is Lind's,
not the plan's (``reiterate`` is a verb of saying, but a plan says nothing).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from trump_putin_call.pipeline.quotes import described
from trump_putin_call.pipeline.quotes.cues import _subject
from trump_putin_call.pipeline.quotes.lexicon import (
    CARRIERS,
    CUE_LEMMAS,
    DOCUMENTS,
    INSTITUTIONS,
    ORG_VOICES,
    SPEAKER_NOUNS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

RULE = "rule:outer_cue_speaker"

#: Common nouns for people that no speaker list holds ("his grandfather told him …").
_PEOPLE = frozenset(
    "man woman men women guy child children kid boy girl family grandfather grandmother "
    "uncle aunt cousin nephew niece parent partner staffer official everyone someone "
    "anyone nobody somebody guest fan crowd audience public staff band".split()
)

#: Endings of nouns for who does something ("writers", "viewers", "analysts"): people.
_AGENTIVE = ("er", "or", "ist", "ian", "ant")

#: Links a content clause climbs by to reach the verb whose content it is.
_CLIMB = frozenset({"ccomp", "conj", "advcl", "xcomp"})


def is_thing(subj: Token, labelled: Callable[[Token], bool]) -> bool:
    """A common noun that cannot speak: no name, pronoun, role, voice or document."""
    lemma = subj.lemma_.lower()
    if subj.pos_ != "NOUN" or labelled(subj):
        return False
    speaking = SPEAKER_NOUNS | ORG_VOICES | DOCUMENTS | INSTITUTIONS | CARRIERS | _PEOPLE
    if lemma.endswith(_AGENTIVE):
        return False
    return lemma not in speaking and lemma not in described.ROLE_NOUNS


def speaks_as_written(noun: Token) -> bool:
    """A common noun for people (``questioners``, ``aides``, ``voters``) that may stand as
    the speaker as written when the article names no one."""
    lemma = noun.lemma_.lower()
    people = SPEAKER_NOUNS - DOCUMENTS - ORG_VOICES
    return lemma in people or lemma in _PEOPLE or lemma.endswith(_AGENTIVE)


def outer_cue(subj: Token, cue: Token) -> Token | None:
    """The cue verb whose content clause holds ``subj``'s clause, passing through at
    least one ``ccomp`` (``said that [the plan should reiterate …]``), within four links."""
    cur, through = subj.head, False
    for _ in range(4):
        if cur.dep_ not in _CLIMB or cur.head.i == cur.i:
            return None
        through = through or cur.dep_ == "ccomp"
        cur = cur.head
        if (
            through
            and cur.i != cue.i
            and cur.lemma_.lower() in CUE_LEMMAS
            and cur.pos_ in ("VERB", "AUX")
        ):
            return cur
    return None


def lift(cue: Token, subj: Token, labelled: Callable[[Token], bool]) -> tuple[Token, Token] | None:
    """The outer cue and its subject when ``subj`` is a thing inside that cue's content
    and the outer subject is not one; ``labelled`` says whether a token is in a named
    entity."""
    if not is_thing(subj, labelled):
        return None
    up = outer_cue(subj, cue)
    said_by = _subject(up) if up is not None else None
    if up is None or said_by is None or is_thing(said_by, labelled):
        return None
    return up, said_by


PARTICIPLE = "rule:participle_outer_cue"


def participle(cue: Token) -> Token | None:
    """``X said Clinton will have to choose …, saying “…”``: a participle cue after a comma,
    hung from a verb that is the content of another cue only through ``xcomp`` links
    (``have to choose``), speaks for that cue, as one hung right on the content does."""
    doc = cue.doc
    if cue.tag_ != "VBG" or cue.dep_ != "advcl" or cue.i == 0 or doc[cue.i - 1].text != ",":
        return None
    cur, links = cue.head, 0
    while cur.dep_ == "xcomp" and cur.head.i != cur.i and links < 3:
        cur, links = cur.head, links + 1
    if links == 0 or cur.dep_ != "ccomp" or cur.head.i == cur.i:
        return None
    up = cur.head
    return up if up.lemma_.lower() in CUE_LEMMAS and up.pos_ in ("VERB", "AUX") else None
