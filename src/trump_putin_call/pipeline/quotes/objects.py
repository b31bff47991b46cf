"""Reported speech whose content is not a clause: ``X announced a new round of talks``,
``X vowed to veto the bill``, ``X accused Y of lying``, ``X called the deal a mistake``.

A verb that says what was said in its object (``denied the claims``, ``praised the
plan``) or in an infinitive (``vowed to veto it``, ``urged Congress to act``) reports a
statement as PolNeAR's guidelines mark it: the object, with what completes it
(``Y of lying``, ``the deal a mistake``, ``X to act``), is the content. Such a content is
an ``indirect`` row (``rule:object_content``) when it has at least three words, so that
``denied it`` or ``praised Smith`` report no statement. Verbs with an object that is not
what was said (``told reporters``, ``asked a question``, ``called a meeting``) count only
with the complement that says it (``told X to …``, ``asked X to …``, ``called X a …``);
verbs whose object is mostly a thing made (``wrote a book``, ``posted a photo``,
``reported earnings``) are left out. What follows the object and completes it
(``called for an inquiry to look at …``, ``condemned the plan in a letter …``) belongs to
the content, as PolNeAR marks it; a date (``on Monday``, ``last week``) does not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

OBJECT = "rule:object_content"

#: Verbs whose object (or infinitive) is what was said.
OBJECT_CUES = frozenset(
    " ".join(
        (
            "announce deny confirm propose praise criticize criticise accuse describe reveal",
            "disclose tout mock denounce condemn decry question recommend",
            "acknowledge admit tweet mention predict promise vow pledge threaten",
            "urge demand declare state note stress emphasize emphasise explain claim warn",
            "blast slam reiterate repeat concede hail",
        )
    ).split()
)
#: Verbs that report only with a complement that says it: ``told X to``, ``called X a``.
COMPLEMENT_CUES = {
    "tell": ("xcomp",),
    "ask": ("xcomp",),
    "call": ("oprd",),
    "label": ("oprd",),
    "brand": ("oprd",),
    "dub": ("oprd",),
    "term": ("oprd",),
    "claim": ("xcomp",),  # "claimed to have won"; "claimed victory", "claimed residency": taken
}
#: Verbs that characterise their object: words in marks that characterise it (``hailed the
#: plan as “bold”``, ``called it “a disgrace”``) are a partial quote, not a statement
#: around one; marks elsewhere (``criticized the “identity politics” on display``) are not.
CHARACTERISING = frozenset(
    "call hail describe label brand dub term praise criticize criticise denounce decry mock "
    "tout blast slam dismiss".split()
)
#: Dependents of the verb that hold the characterisation (``called X “Y”``, ``as “Y”``).
_TRAIT_DEPS = frozenset({"oprd", "xcomp", "ccomp", "acomp", "attr"})
#: Dependents after the verb that belong to the content.
_CONTENT_DEPS = frozenset({"dobj", "dative", "oprd", "xcomp", "prep", "attr", "acomp"})
#: The dependents one of which makes the content (a bare ``prep`` is a topic: ``spoke about``).
_CORE_DEPS = frozenset({"dobj", "oprd", "xcomp"})
#: Prepositions that carry what was said (``accused X of``, ``praised X for``); others
#: set the scene (``criticized X during a rally``).
_LINKS = frozenset("of for as to against about over with into on".split())
#: Dependents that end the content (``…, saying …``, ``and then …``).
_STOP_DEPS = frozenset({"punct", "cc", "conj", "advcl", "parataxis", "mark", "relcl"})


#: Dependents after the object that complete what was said (``in statements because …``).
_AFTER_OBJECT = frozenset({"prep", "advcl", "npadvmod", "xcomp", "advmod"})
#: Dependents that end a demand's content (``…, saying …`` is an ``advcl`` that goes on).
_ENDS = _STOP_DEPS - {"advcl"}


#: Prepositions that set the scene of the saying, not what was said.
_SCENE = frozenset("during at after before since amid while until".split())


def _when(child: Token) -> bool:
    """A dependent that says when or where (``on Tuesday``, ``last week``, ``during a
    rally``), not what was said."""
    if child.dep_ == "npadvmod":
        return child.ent_type_ in ("DATE", "TIME")
    if child.dep_ == "prep" and child.lower_ in _SCENE:
        return True  # "criticized Lind during a rally", "… after winning primaries"
    # the preposition's own object ("on Tuesday"), not a date deep inside what was said
    # ("accused China of hacking computers in recent years")
    return child.dep_ == "prep" and any(
        c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in child.children
    )


#: Verbs whose prepositional object is a demand or a claim: ``called for a ban``,
#: ``warned of a recession`` (``spoke about the economy`` names a topic: left out).
PREPOSITION_CUES = {
    "call": ("for",),
    "warn": ("of", "about", "against"),
    "argue": ("for", "against"),
    "complain": ("about",),
}


def _for_clause(child: Token, wanted: tuple[str, ...]) -> bool:
    """``for X to …`` after a demand, which the parser reads as a clause of its own
    (``called for Trump to drop out``: ``for`` a marker, ``drop`` an ``advcl``)."""
    if child.dep_ != "advcl" or "for" not in wanted:
        return False
    deps = {(c.dep_, c.lower_) for c in child.children}
    subject = any(d in ("nsubj", "nsubjpass") for d, _ in deps)  # "for X to be fired"
    return ("mark", "for") in deps and ("aux", "to") in deps and subject


def _appeal(verb: Token, prep: Token) -> list[Token] | None:
    """``called on Congress to pass the bill``: the one called on and what they are asked to
    do (not ``called on Monday to complain``)."""
    if verb.lemma_.lower() != "call" or prep.dep_ != "prep" or prep.lower_ not in ("on", "upon"):
        return None
    objs = [c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ not in ("DATE", "TIME")]
    acts = [
        c
        for c in verb.rights
        if c.i > prep.i
        and c.dep_ in ("xcomp", "advcl")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]
    if not objs or not acts:
        return None
    return [t for c in (objs[0], acts[0]) for t in c.subtree]


def _demand(verb: Token) -> list[Token] | None:
    """``called for a ban on imports``: the prepositional object of a demand or claim."""
    wanted = PREPOSITION_CUES.get(verb.lemma_.lower(), ())
    for child in verb.rights:
        if _for_clause(child, wanted):
            return list(child.subtree)  # "called for Trump to drop out": the clause
        if (appeal := _appeal(verb, child)) is not None:
            return appeal  # "called on Congress to pass the bill"
        if child.dep_ in _STOP_DEPS:
            break
        if child.dep_ == "prep" and child.lower_ in wanted:
            objs = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if not objs:
                return None
            # "called for a special prosecutor to take a look …": what completes the demand
            stop = min(
                (c.i for c in verb.rights if c.i > child.i and c.dep_ in _ENDS), default=None
            )
            more = [
                c
                for c in verb.rights
                if c.i > child.i
                and c.dep_ in _AFTER_OBJECT
                and (stop is None or c.i < stop)
                and not _when(c)
            ]
            return [t for c in objs + more for t in c.subtree]
    return None


def content(verb: Token) -> list[Token] | None:
    """The words a verb of saying reports in its object or infinitive, or None."""
    lemma = verb.lemma_.lower()
    known = lemma in OBJECT_CUES or lemma in COMPLEMENT_CUES or lemma in PREPOSITION_CUES
    if verb.pos_ != "VERB" or not known:
        return None
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None  # "was asked to": the one asked does not speak
    if verb.dep_ in ("amod", "acl", "compound", "nmod", "pobj", "dobj", "nsubj"):
        return None  # "pledged delegates", "a second home he calls …": not a report
    if any(t.tag_ in ("WP", "WDT") and t.dep_ != "nsubj" for t in verb.subtree if t.i < verb.i):
        return None  # "what he claimed to be …": a description, not a report
    if lemma in PREPOSITION_CUES and (said := _demand(verb)) is not None:
        return said
    if lemma not in OBJECT_CUES and lemma not in COMPLEMENT_CUES:
        return None
    kept: list[Token] = []
    for child in verb.rights:
        if child.dep_ in _STOP_DEPS:
            break
        if _when(child):
            continue  # "praised it on Tuesday": when, not what was said
        if child.dep_ in _CONTENT_DEPS and (child.dep_ != "prep" or child.lower_ in _LINKS):
            kept.append(child)
        elif kept and child.dep_ in _AFTER_OBJECT:
            kept.append(child)  # "condemned the program in statements because …"
    deps = {c.dep_ for c in kept}
    needed = COMPLEMENT_CUES.get(lemma, _CORE_DEPS)
    if not deps & set(needed):
        return None
    if lemma == "deny" and len([c for c in kept if c.dep_ in ("dobj", "dative")]) > 1:
        return None  # "to deny him the nomination": withholding, not a denial said
    if lemma in ("tell", "ask") and "dobj" not in deps:
        return None  # "asked not to be named": a request to no one is not reported
    words = [t for c in kept for t in c.subtree]
    # ", who has …", ", an inquiry that …": an aside about the object, not what was said
    asides = [
        t
        for t in words
        if t.dep_ in ("relcl", "appos")
        and t.left_edge.i > 0
        and t.doc[t.left_edge.i - 1].text == ","
    ]
    cut = {x.i for t in asides for x in t.subtree} | {t.left_edge.i - 1 for t in asides}
    return [t for t in words if t.i not in cut]


def characterised(verb: Token, quoted: list[Token]) -> bool:
    """Whether words in marks (``quoted``) are what a characterising verb calls its object:
    its complement (``called the plan “a disgrace”``, ``described it as “bold”``), or an
    object in marks after a naming verb (``dubbed her “the Wall”``), not words inside the
    object or the reason (``criticized X for “misrepresenting …”``)."""
    for t in quoted:
        child = t
        while child.head.i != verb.i and child.head.i != child.i:
            if _as_trait(child, verb):
                return True  # "hailed the plan as “bold”", the parser's "as" under "plan"
            child = child.head
        if child.head.i != verb.i:
            continue
        if child.dep_ in _TRAIT_DEPS or _as_trait(child, verb):
            return True
        if child.dep_ == "dobj" and verb.lemma_.lower() in COMPLEMENT_CUES:
            return True
    return False


def _as_trait(tok: Token, verb: Token) -> bool:
    """``as …`` of the verb or of its object: what the object is described as."""
    if tok.dep_ != "prep" or tok.lower_ != "as":
        return False
    return tok.head.i == verb.i or (tok.head.dep_ == "dobj" and tok.head.head.i == verb.i)
