"""Questions reported without marks: ``Reporters asked the mayor whether she would resign``.

``ask`` names a question rather than reporting a statement, so it is not a cue of
reported speech in general (``asked to intervene`` reports nothing). With a content clause
opened by ``whether``, ``if`` or a question word, the clause is what was asked
(``rule:question_asked``), when the verb has a subject: ``Asked whether …, the mayor
said …`` introduces the answer, which is the report.

The parser often hangs an ``if``/``whether`` clause from the verb as an adverbial
(``HuffPost asked the senator if he had …``), and a question's topic is what was asked
too (``Todd asked the senator about the dispute``): both are the content
(``rule:question_asked``), again only when the verb has a subject of its own.

In the passive (``Sanders was asked about the case``, ``was asked by a caller whether
…``) the subject is the one asked: the question is reported all the same, with the
``by`` agent as its speaker or none (``rule:question_passive``).

``Asked whether …, the mayor said …`` and ``when asked about …`` put a question to the one
who answers: ``asked`` has no subject, so the asker is not named. The question is reported
all the same (``rule:question_answered``), with the ``by`` agent as its speaker or none,
never the one who answers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

QUESTION = "rule:question_asked"
PASSIVE = "rule:question_passive"
ANSWERED = "rule:question_answered"
_OPENERS = frozenset("whether if what who whom why how when where which".split())


def asks(tok: Token) -> bool:
    """``asked (X) whether/if/what …``: a verb ``ask`` with a question clause."""
    if tok.lemma_.lower() != "ask" or tok.pos_ != "VERB":
        return False
    if not any(c.dep_ == "nsubj" for c in tok.children):
        return False  # "Asked whether she would resign, the mayor said …": the answer speaks
    return any(c.dep_ == "ccomp" and c.doc[c.left_edge.i].lower_ in _OPENERS for c in tok.children)


def content(tok: Token) -> list[Token] | None:
    """What ``asked`` with a subject of its own asks when the parser gave it no content
    clause: an ``if``/``whether`` clause hung as an adverbial, or an ``about`` topic (of
    the verb or of the person asked)."""
    if tok.lemma_.lower() != "ask" or tok.pos_ != "VERB":
        return None
    if not any(c.dep_ == "nsubj" for c in tok.children):
        return None
    for child in tok.rights:
        if child.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in child.lefts
        ):
            return list(child.subtree)
    heads = [tok] + [c for c in tok.rights if c.dep_ in ("dobj", "dative")]
    for head in heads:
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ == "about" and len(list(prep.subtree)) > 1:
                return list(prep.subtree)
    return None


def _question(tok: Token) -> list[Token] | None:
    """The question a verb ``ask`` hangs: an if/whether/wh clause or an ``about`` topic."""
    for child in tok.rights:
        if child.dep_ in ("advcl", "ccomp") and tok.doc[child.left_edge.i].lower_ in _OPENERS:
            return list(child.subtree)
    for prep in tok.rights:
        if prep.dep_ == "prep" and prep.lower_ == "about" and len(list(prep.subtree)) > 1:
            return list(prep.subtree)
    return None


def passive_content(tok: Token) -> list[Token] | None:
    """What ``X was asked (by Y)`` asks: ``about …``, ``whether …`` or ``to …``, or None."""
    if tok.lemma_.lower() != "ask" or tok.pos_ != "VERB":
        return None
    deps = {c.dep_ for c in tok.children}
    if "nsubjpass" not in deps or "auxpass" not in deps or "nsubj" in deps:
        return None
    if (asked := _question(tok)) is not None:
        return asked
    for child in tok.rights:  # "Lind has been asked to release the letters": the request
        if child.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.lefts):
            return list(child.subtree)
    return None


def answered_content(tok: Token) -> list[Token] | None:
    """What ``Asked whether …, X said`` or ``when asked about …`` asks: the question of an
    adverbial ``asked`` with no subject, or None."""
    if tok.lemma_.lower() != "ask" or tok.pos_ != "VERB" or tok.dep_ != "advcl":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in tok.children):
        return None
    return _question(tok)


def asker(tok: Token) -> Token | None:
    """The ``by`` agent of a passive ``was asked by a caller``, or None."""
    for agent in (c for c in tok.children if c.dep_ == "agent"):
        for obj in agent.children:
            if obj.dep_ == "pobj":
                return obj
    return None
