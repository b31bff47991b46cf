"""Speakers the parse puts somewhere other than the cue's subject: a passive cue's ``by``
agent (``was asked by Tom Reyes``), the object of a verb that makes it speak (``led her to
declare``), a noun with a ``who`` clause the parser made the content's subject (``said the
woman, who like many … did not want …``); and :func:`better`, which picks among these and
:mod:`.outer` for a cue and its subject.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from trump_putin_call.pipeline.quotes import outer
from trump_putin_call.pipeline.quotes.cues import _subject

if TYPE_CHECKING:
    from spacy.tokens import Token

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


ACL = "rule:acl_cue_speaker"


def acl_speaker(cue: Token, labelled: Callable[[Token], bool]) -> Token | None:
    """``one lawmaker called Trump “the orange prince …”`` and ``Sanders’ campaign called
    AP’s report a “rush to judgment”``, the cue parsed as a reduced relative (``acl``) of the
    noun before it: that noun speaks, when the cue names a name or someone's thing first
    (not ``a group called “…”``, the name itself, nor ``a letter written by X``)."""
    noun = cue.head
    if cue.dep_ != "acl" or cue.tag_ not in ("VBD", "VBN") or noun.i > cue.i:
        return None  # "an email to supporters stating …": the participle is the email's
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ == "pobj":
        return None  # "who served … during the 2012 campaign, called …"
    if any(a.dep_ in ("relcl", "acl") for a in noun.ancestors):
        return None
    if any(c.dep_ == "agent" for c in cue.children) or outer.is_thing(noun, labelled):
        return None
    objs = [c for c in cue.children if c.dep_ in ("dobj", "oprd") and c.i > cue.i]
    if not objs:
        return None
    named = labelled(objs[0]) or objs[0].pos_ == "PROPN"
    owned = any(k.dep_ == "poss" for k in objs[0].children)
    end = max(t.i for t in objs[0].subtree) + 1
    marked = end < len(cue.doc) and cue.doc[end].text in ("“", '"', "‘", "``")
    if not ((named and (len(objs) > 1 or marked)) or owned):
        return None  # "a group called Stop Trump": a name, not a characterisation
    return noun


def better(
    cue: Token, subj: Token, labelled: Callable[[Token], bool], quoted: Callable[[Token], bool]
) -> tuple[Token, Token, str] | None:
    """The cue and speaker token to use instead of ``cue`` and its subject ``subj``, with
    the rule that chose them: a passive cue's agent, a participle's outer cue's subject,
    the noun a reduced relative cue hangs from (:func:`acl_speaker`), or the outer cue of a
    thing's cue (:func:`.outer.lift`). ``labelled`` says whether a token is in
    a named entity, ``quoted`` whether it is inside quotation marks (never a speaker)."""
    found: tuple[Token, Token, str] | None = None
    if (by := agent(cue, subj)) is not None:
        found = cue, by, AGENT
    elif (obj := controlled(cue, subj)) is not None and not outer.is_thing(obj, labelled):
        found = cue, obj, CONTROL
    elif (up := outer.participle(cue)) is not None and (said_by := _subject(up)) is not None:
        found = cue, said_by, outer.PARTICIPLE
    elif (noun := acl_speaker(cue, labelled)) is not None and noun.i != subj.i:
        found = cue, noun, ACL
    elif (lifted := outer.lift(cue, subj, labelled)) is not None:
        found = *lifted, outer.RULE
    if found is None or quoted(found[0]) or quoted(found[1]):
        return None
    return found
