"""A report in the passive with its source as the ``by`` agent: ``Ashby's move was first
reported by the Gazette``, ``The campaign, first reported by the Gazette, is …``.

What was reported is the passive subject (or, for a participle set after the subject of a
clause, that clause, the aside inside it), and the agent is the source
(``rule:reported_by_agent``). Only verbs whose passive subject is the news itself
(``reported``, ``revealed``, ``disclosed``) are read so; with no agent (``had been
previously reported``) no one is named, and the row is left out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

BY_AGENT = "rule:reported_by_agent"

#: Verbs whose passive subject is what was made known.
_NEWS_VERBS = frozenset({"report", "reveal", "disclose"})


def agent(verb: Token) -> Token | None:
    """The object of the verb's ``by`` agent (``by the Gazette``: Gazette), or None."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def content(verb: Token) -> list[Token] | None:
    """What a passive report with a ``by`` agent says was reported, or None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _NEWS_VERBS or agent(verb) is None:
        return None
    deps = {c.dep_ for c in verb.children}
    if "nsubjpass" in deps and "auxpass" in deps:
        subj = next(c for c in verb.children if c.dep_ == "nsubjpass")
        return list(subj.subtree)
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    # "The campaign, first reported by the Post, is a key element of …": the clause the
    # noun is the subject of is the news, with the aside about its source inside it
    return list(noun.head.subtree) if noun.head.pos_ in ("VERB", "AUX") else None
