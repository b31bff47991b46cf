"""A partial quote in what an actor believes or feels is that actor's words.

The acting-subject walk (:func:`.keep.acting_subject`) stops at ``be`` and ``have``: a
quote under ``Trump is “great”`` says what he is, not what he says. Two shapes of belief
content pass through such a verb, and there the quoted words are the believer's
(``rule:belief_content``):

- ``be`` with an adjective of belief or feeling and an actor subject: ``Ida Brenn is
  convinced the count was “rigged”``, ``They are skeptical of the “sharing economy”``;
  the adjective is the cue;
- ``be`` or ``have`` heading a content clause (``that …``) of a verb whose subject is an
  actor: ``she made it clear that she has “serious concerns”``, ``Brenn thinks she is
  “the best”``; that verb is the cue.

A quote with no actor in the parse stays out (a writer's scare quote), and titles are
dropped later like any other title with no verb of saying.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: ``method`` token of a quote in belief or feeling content.
BELIEF = "rule:belief_content"

#: Adjectives that, after ``be``, say what the subject believes, fears or hopes.
BELIEF_ADJECTIVES = frozenset(
    "convinced sure certain confident positive adamant insistent skeptical sceptical "
    "doubtful wary suspicious worried afraid fearful concerned anxious hopeful optimistic "
    "pessimistic aware determined eager intent".split()
)
#: Verbs the acting-subject walk does not take as acts (see :data:`.keep._NOT_ACTS`).
_STATE = frozenset("be have".split())


def _actor_subject(
    verb: Token,
    is_actor: Callable[[Token], bool],
    inside: Callable[[Token], bool],
    deps: tuple[str, ...] = ("nsubj",),
) -> Token | None:
    """The verb's subject (the one before it) when it is an actor outside marks."""
    subj = [c for c in verb.children if c.dep_ in deps]
    subj = [c for c in subj if c.i < verb.i][-1:] or subj[:1]
    if subj and not inside(subj[0]) and is_actor(subj[0]):
        return subj[0]
    return None


def _belief_adjective(verb: Token, inside: Callable[[Token], bool]) -> Token | None:
    """``is convinced`` / ``are skeptical of``: the adjective of belief ``be`` takes."""
    for c in verb.children:
        if c.dep_ in ("acomp", "attr") and c.lower_ in BELIEF_ADJECTIVES and not inside(c):
            return c
    return None


def believer(
    doc: Doc, at: int, is_actor: Callable[[Token], bool], inside: Callable[[Token], bool]
) -> tuple[Token, Token] | None:
    """The cue and the believer of a partial quote whose root is token ``at``, or None.

    Walks up from the root like the acting-subject walk; at a ``be`` or ``have`` (outside
    marks) it takes an adjective of belief that ``be`` has, or, when the verb heads a
    content clause, goes on to the verb above it, whose actor subject believes.
    """
    tok = doc[at]
    through_state = False
    for _ in range(10):
        if tok.dep_ in ("nsubj", "nsubjpass", "csubj") and tok.head.dep_ not in ("ccomp", "acl"):
            return None  # the quote stands in a subject
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ not in ("VERB", "AUX") or inside(tok):
            continue
        if tok.lower_ in BELIEF_ADJECTIVES:  # "Brenn is convinced …", parsed as a verb
            holder = tok.head if tok.dep_ == "acomp" and tok.head.lemma_ == "be" else tok
            subj = _actor_subject(holder, is_actor, inside, ("nsubj", "nsubjpass"))
            return (tok, subj) if subj is not None else None
        subj = _actor_subject(tok, is_actor, inside)
        lemma = tok.lemma_.lower()
        if lemma in _STATE:
            adj = _belief_adjective(tok, inside) if lemma == "be" else None
            if adj is not None and subj is not None:
                return adj, subj  # "Brenn is convinced the count was “rigged”"
            content = tok.dep_ == "ccomp" or any(
                c.dep_ == "mark" and c.lower_ == "that" for c in tok.children
            )
            if not content:
                return None  # "Brenn is “great”": what she is, not what she says
            through_state = True
            continue
        if subj is not None:
            return (tok, subj) if through_state else None
    return None
