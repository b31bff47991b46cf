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

    from trump_putin_call.pipeline.entities.mention import Mention
    from trump_putin_call.pipeline.quotes.article import _Article

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


AGENT = "rule:passive_cue_agent"


def agent(cue: Token, subj: Token) -> Token | None:
    """``Her attacks were echoed by the campaign``: a passive cue's ``by`` agent speaks,
    not its subject (what was said)."""
    if subj.dep_ != "nsubjpass" or subj.head.i != cue.i or cue.dep_ in ("relcl", "acl"):
        return None  # "a killing that was claimed by …": the quote is not the killing's
    for by in (c for c in cue.children if c.dep_ == "agent"):
        objs = [o for o in by.children if o.dep_ == "pobj"]
        if objs:
            return objs[0]
    return None


CONTROL = "rule:object_control_speaker"

#: Verbs that make their object speak ("led her to declare"), not ask or oblige it to.
_CAUSING = frozenset("lead prompt cause spur drive inspire force push move provoke".split())


def controlled(cue: Token, subj: Token) -> Token | None:
    """``That prompted Rubio to … call Trump “very flexible”``: a cue in the ``to``
    infinitive of a verb with an object says the object's words, not the subject's."""
    cur = cue
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
    if (
        cur.dep_ != "xcomp"
        or subj.head.i != cur.head.i
        or subj.dep_ != "nsubj"
        or cur.head.lemma_.lower() not in _CAUSING
    ):
        return None
    objs = [c for c in cur.head.children if c.dep_ == "dobj" and c.i < cur.i]
    if not objs or objs[0].pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    return objs[0]


def better(
    cue: Token, subj: Token, labelled: Callable[[Token], bool], quoted: Callable[[Token], bool]
) -> tuple[Token, Token, str] | None:
    """The cue and speaker token to use instead of ``cue`` and its subject ``subj``, with
    the rule that chose them: a passive cue's agent, a participle's outer cue's subject, or
    the outer cue of a thing's cue (:func:`lift`). ``labelled`` says whether a token is in
    a named entity, ``quoted`` whether it is inside quotation marks (never a speaker)."""
    found: tuple[Token, Token, str] | None = None
    if (by := agent(cue, subj)) is not None:
        found = cue, by, AGENT
    elif (obj := controlled(cue, subj)) is not None and not is_thing(obj, labelled):
        found = cue, obj, CONTROL
    elif (up := participle(cue)) is not None and (said_by := _subject(up)) is not None:
        found = cue, said_by, PARTICIPLE
    elif (lifted := lift(cue, subj, labelled)) is not None:
        found = *lifted, RULE
    if found is None or quoted(found[0]) or quoted(found[1]):
        return None
    return found


RELATIVE_MISPARSE = "rule:relative_misparse_subject"


def relative_subject(cue: Token) -> Token | None:
    """``One attendee, who like others spoke on the condition …, said`` and ``said the
    woman, who like many … did not want …``: a cue with no subject, whose content clause
    the parser gave the speaker as subject; that noun, set off by a comma and a relative
    ``who``, is the cue's subject."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    for clause in (c for c in cue.children if c.dep_ == "ccomp"):
        for noun in (c for c in clause.children if c.dep_ == "nsubj"):
            nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
            who = [
                w
                for r in noun.children
                if r.dep_ == "relcl"
                for w in r.children
                if w.dep_ == "nsubj" and w.lower_ == "who"
            ]
            if noun.pos_ in ("NOUN", "PROPN") and nxt is not None and nxt.text == "," and who:
                return noun
    return None


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
