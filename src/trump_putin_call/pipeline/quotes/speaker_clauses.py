"""Speakers the parser read as what they said, and speakers it put elsewhere, for reported
speech.

- ``“…,” said Dana Vance, a confidant who heads the fund`` and ``“…,” said the fisherman, who
  like others … asked not to be named``: after a quote, a cue with no subject of its own whose
  clause after it starts with the speaker (a name right after the cue, or a noun set off by
  ``, who``): that clause describes the speaker and is not what was said.
- ``The report led Mara Lind to announce her resignation``: :func:`.agents.better` finds the
  speaker of an indirect row as it does for a quote's (a noun with a name in apposition,
  ``her rival, Tom Ashby,``, is a name there, not a thing).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trump_putin_call.pipeline.quotes import agents, keep, outer

if TYPE_CHECKING:
    from spacy.tokens import Token

    from trump_putin_call.pipeline.quotes.article import _Article

#: Entity labels that make a cue subject a name, not a thing (:func:`agents.better`).
_LABELS = ("PERSON", "ORG", "GPE", "NORP")
#: Possessives that make a noun someone's relation (``his client``, ``her husband``).
_PERSONAL = frozenset("his her their my our your".split())


def said(cue: Token, comps: list[Token], marks: list[tuple[int, int]]) -> list[Token]:
    """The content clauses ``comps`` of ``cue`` without those that describe its speaker."""
    misparsed = agents.relative_subject(cue)
    return [
        c
        for c in comps
        if (misparsed is None or misparsed.head.i != c.i) and not _inverted(cue, c, marks)
    ]


def _inverted(cue: Token, clause: Token, marks: list[tuple[int, int]]) -> bool:
    """``“…,” said Dana Vance, a confidant who heads the fund``: a cue set after a quote
    with no subject of its own, whose clause after it starts with a name right after the
    cue: the parser made the speaker and her description a clause of what was said."""
    if clause.i < cue.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return False
    quoted = [
        c
        for c in cue.children
        if c.dep_ == "ccomp" and c.i < cue.i and any(a <= c.idx < b for a, b in marks)
    ]
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return (
        bool(quoted)
        and bool(subjects)
        and subjects[0].pos_ == "PROPN"
        and subjects[0].left_edge.i == cue.i + 1
    )


def better(
    art: _Article,
    cue: Token,
    subj: Token,
    offset: int,
    marks: list[tuple[int, int]],
    lift: bool = True,
) -> tuple[Token, Token, str] | None:
    """The speaker :func:`agents.better` finds for ``cue`` instead of its subject ``subj``
    (a noun with a name in apposition is a name: ``her rival, Tom Ashby, …``, and so is a
    noun owned by a person: in ``said his client … denied that …`` the client denied it).
    The outer cue's speaker only when ``lift``: not for an object (in ``implying that his
    plan will call for cuts`` the plan calls for them, and no one says so)."""
    found = agents.better(
        cue,
        subj,
        lambda t: (
            keep.is_actor(art, t, offset, _LABELS)
            or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in t.children)
            or any(c.dep_ == "poss" and c.lower_ in _PERSONAL for c in t.children)
        ),
        lambda t: any(a <= t.idx < b for a, b in marks),
    )
    if found is not None and not lift and found[2] == outer.RULE:
        return None
    return found
