"""A partial quote inside what a noun of saying holds is its holder's words.

``Trump’s recent assertion that “thousands” of people celebrated``, ``his promise to be
“neutral”``, ``Mitt Romney’s “47 percent” comment``, ``a report by Politico that he
“fabricated” the story``: no verb of saying stands near the quoted words, so the quote
stage took them for scare quotes. When the walk up from the quote's root reaches such a
noun, through its content (a clause, an infinitive or a modifier) and not through a
subject of its own, and the noun has a holder (a possessor, a name before it or a
``by`` agent), the noun is the cue and the holder the speaker (``rule:noun_quote``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from trump_putin_call.pipeline.quotes.nouns import NOUN_CUES, holder

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: ``method`` token of a quote whose cue is a noun of saying.
NOUN_QUOTE = "rule:noun_quote"

#: Nouns of saying that hold quoted words (with those of :data:`.nouns.NOUN_CUES`).
QUOTE_NOUNS = NOUN_CUES | frozenset(
    "remark comment statement accusation charge prediction threat declaration quip boast "
    "complaint report".split()
)
#: How a token hangs from the noun (or its clause) when it is part of what the noun holds.
_HELD = frozenset("acl relcl ccomp xcomp compound amod nmod npadvmod".split())


def _by_agent(noun: Token) -> Token | None:
    """``a report by Politico``: the object of ``by`` after the noun."""
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ == "by":
            objs = [c for c in prep.children if c.dep_ == "pobj"]
            return objs[0] if objs else None
    return None


def noun_holder(doc: Doc, at: int, inside: Callable[[Token], bool]) -> tuple[Token, Token] | None:
    """The noun of saying whose content holds token ``at`` (a quote's root), and its
    holder; None when there is none or the walk passes a subject of the main clause.
    ``inside`` tells a token within quotation marks."""
    tok = doc[at]
    for _ in range(6):
        if tok.dep_ in ("nsubj", "nsubjpass", "csubj") and tok.head.dep_ not in _HELD:
            return None  # the quote stands in a subject, not in what a noun holds
        if tok.head.i == tok.i:
            return None
        dep, tok = tok.dep_, tok.head
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in QUOTE_NOUNS and not inside(tok):
            if dep not in _HELD and dep not in ("prep", "pobj"):
                return None
            who = holder(tok) or _by_agent(tok)
            if who is None or inside(who):
                return None
            return tok, who
    return None
