"""How far a cue's content clause runs: the clause, its conjuncts, and what the parser hung
beside it that was said all the same.

- ``said a scan had shown a strain and that Marsh would return``: a conjunct of the clause;
- ``said she intends to win, so she will have the votes``: a second clause of the cue after
  the first (not one that reports in turn: ``… and one in four said …`` is a row of its own;
  not one after a colon, which ``rule:quote_after_colon`` reads);
- ``insisted it was a temporary dip, reflecting restlessness …``: a participle of the cue
  right after the clause and a comma (not one that reports: ``…, adding that …``);
- ``says Hale is a close friend and it is his business …``: a clause with a subject of its
  own joined to the cue by a bare ``and`` (no comma or dash before it: ``…, and the market
  fell`` is the author's) and no cue of its own.

And where it stops short: a ``, which …`` / ``, who …`` clause or a noun set off by a dash
that ends the content and holds no cue (``said he supports the bill, which includes new
money``, ``said he was encouraged by the plan — a modest boost for …``) is the author's aside;
one with a verb of holding a view (``…, which they believe will …``) is still said.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trump_putin_call.pipeline.quotes.lexicon import INDIRECT_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs of holding a view: a relative clause with one (``…, which they believe will …``)
#: goes on with what was said.
_THINKING = frozenset("believe think expect hope fear feel know consider".split())

#: What before ``and`` makes the clause after it the author's (``…, and the market fell``).
_BREAKS = (",", ";", ":", "—", "–", "-", "--")


def reports(tok: Token) -> bool:
    """A cue verb with a content clause of its own."""
    return (
        tok.lemma_.lower() in INDIRECT_LEMMAS
        and tok.pos_ == "VERB"
        and any(c.dep_ == "ccomp" for c in tok.children)
    )


def has_subject(verb: Token) -> bool:
    """Whether a verb has a subject of its own."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "csubjpass") for c in verb.children
    )


def content(cue: Token, comps: list[Token]) -> list[Token]:
    """The tokens of what ``cue`` reports, from its content clauses (``comps``, the one
    after the cue first)."""
    first = comps[0]
    out = list(first.subtree)
    for c in first.children:
        if c.dep_ == "conj" and c.i > first.i:
            out += list(c.subtree)
    out = _trim_relative(out)
    if first.i < cue.i:
        return out
    for c in comps[1:]:
        if c.i > first.i and not reports(c) and not _after_colon(c):
            out += list(c.subtree)
    last = max(t.i for t in out)
    for c in cue.children:
        if _participle_after(c, last):
            out += list(c.subtree)
    last = max(t.i for t in out)
    if _bare_and(cue, last):
        for c in cue.children:
            if c.dep_ == "conj" and c.i > last and _joined_clause(c):
                out += list(c.subtree)
    return out


def _after_colon(clause: Token) -> bool:
    """A clause after a colon (``said there is a simple answer: “…”``): what follows a colon
    is read by ``rule:quote_after_colon``."""
    k = clause.left_edge.i
    if clause.doc[k].text == ":":
        return True
    k -= 1
    while k >= 0 and clause.doc[k].is_punct:  # over an opening mark
        if clause.doc[k].text == ":":
            return True
        k -= 1
    return False


def _participle_after(verb: Token, last: int) -> bool:
    """A participle of the cue right after the clause and a comma (``insisted it was a
    temporary dip, reflecting restlessness …``): it says how the clause is meant; one that
    reports (``…, adding that …``) is a row of its own."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i <= last or has_subject(verb):
        return False
    doc, start = verb.doc, verb.left_edge.i
    between = doc[last:start]
    return (
        all(x.is_punct for x in doc[last + 1 : start])
        and any(x.text == "," for x in between)
        and verb.lemma_.lower() not in INDIRECT_LEMMAS
    )


def _bare_and(cue: Token, last: int) -> bool:
    """Whether the cue has an ``and`` after token ``last`` with no break before it."""
    return any(
        k.dep_ == "cc" and k.lower_ == "and" and k.i > last and k.doc[k.i - 1].text not in _BREAKS
        for k in cue.children
    )


def _joined_clause(verb: Token) -> bool:
    """A conjunct of the cue that goes on with what was said: a subject of its own, and no
    cue of its own (``… and he said …`` is a second report)."""
    return has_subject(verb) and verb.lemma_.lower() not in INDIRECT_LEMMAS


def _trim_relative(tokens: list[Token]) -> list[Token]:
    """Without a ``, which …`` clause or a ``— a modest boost …`` apposition that ends the
    content and reports nothing."""
    last = max(t.i for t in tokens)
    for t in tokens:
        if t.right_edge.i != last or t.left_edge.i == 0:
            continue
        lo = t.left_edge
        before = lo.doc[lo.i - 1].text
        relative = t.dep_ == "relcl" and lo.lower_ in ("which", "who", "whose") and before == ","
        dashed = t.dep_ == "appos" and before in ("—", "–", "--")
        if not (relative or dashed):
            continue
        if any(x.lemma_.lower() in INDIRECT_LEMMAS | _THINKING for x in t.subtree):
            continue  # "…, which they believe will …": a view of the speaker's, still said
        cut = {x.i for x in t.subtree} | {lo.i - 1}
        return [x for x in tokens if x.i not in cut]
    return tokens
