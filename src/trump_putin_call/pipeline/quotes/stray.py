"""A content clause the parser hung from the wrong word: ``said in a statement that …``.

spaCy often attaches the ``that`` clause of a cue followed by a prepositional phrase
(``said in a statement that …``, ``claimed without evidence that …``) to the noun of the
phrase, as if it described the statement. A clause opened by the conjunction ``that``
(not the pronoun: ``a statement that was released``) with a subject of its own is the
cue's content all the same (``rule:stray_that_clause``), also after ``to``, ``on``, ``for`` …
when their noun is a name, a person or a time (``said on CNN, where …, that …``, ``said for
the first time that …``: the parser may call that ``that`` an adverb). So is such a clause
hung from the person told (``telling host Laura Ingraham that Rubio had opposed …``): a person is
told something, not described by a ``that`` clause.
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
        if prep.dep_ != "prep":
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if prep.lower_ in _TOPICS and not _no_topic(obj):
                continue  # "responded to accusations that …": the accusations' content
            if (verb := _that_clause(obj)) is not None:
                return verb
    for obj in cue.rights:  # "telling host Laura Ingraham that Rubio had opposed …"
        told = obj.dep_ in ("dobj", "dative") and _person(obj)
        if told and (verb := _that_clause(obj)) is not None:
            return verb
    return None


def _no_topic(tok: Token) -> bool:
    """A name, a person or a time, which has no content of its own (``said on CNN that
    …``, ``said for the first time that …``), unlike ``claims`` or ``reports``."""
    return (
        tok.pos_ == "PROPN"
        or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "DATE", "TIME")
        or tok.lemma_.lower() in _TIMES
        or _person(tok)
    )


#: Nouns of time (``for the first time``, ``on one occasion``).
_TIMES = frozenset("time occasion day week month year morning afternoon evening night".split())


def _person(tok: Token) -> bool:
    """A person or people one tells something (``host Laura Ingraham``, ``reporters``)."""
    from trump_putin_call.pipeline.quotes.lexicon import SPEAKER_NOUNS

    if tok.pos_ == "PRON":
        return tok.lower_ in ("me", "us", "him", "her", "them", "you")
    return tok.ent_type_ == "PERSON" or tok.lemma_.lower() in SPEAKER_NOUNS


def _that_clause(head: Token) -> Token | None:
    """The verb of a ``that`` clause (the conjunction, with a subject of its own) after
    ``head``."""
    for verb in head.rights:
        if verb.dep_ not in ("acl", "relcl", "ccomp") or verb.pos_ not in ("VERB", "AUX"):
            continue
        first = verb.doc[verb.left_edge.i]
        conjunction = first.dep_ == "mark" or (first.dep_ == "advmod" and first.tag_ == "IN")
        if first.lower_ == "that" and conjunction and _has_subject(verb):
            return verb
    return None


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
