"""Questions reported without marks: ``Reporters asked the mayor whether she would resign``.

``ask`` names a question rather than reporting a statement, so it is not a cue of
reported speech in general (``asked to intervene`` reports nothing). With a content clause
opened by ``whether``, ``if`` or a question word, the clause is what was asked
(``rule:question_asked``), when the verb has a subject: ``Asked whether …, the mayor
said …`` introduces the answer, which is the report.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

QUESTION = "rule:question_asked"
_OPENERS = frozenset("whether if what who whom why how when where which".split())


def asks(tok: Token) -> bool:
    """``asked (X) whether/if/what …``: a verb ``ask`` with a question clause."""
    if tok.lemma_.lower() != "ask" or tok.pos_ != "VERB":
        return False
    if not any(c.dep_ == "nsubj" for c in tok.children):
        return False  # "Asked whether she would resign, the mayor said …": the answer speaks
    return any(c.dep_ == "ccomp" and c.doc[c.left_edge.i].lower_ in _OPENERS for c in tok.children)
