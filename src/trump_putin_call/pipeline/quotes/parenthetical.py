"""A cue set inside the statement it reports: ``The plan, she said, is dead``.

spaCy hangs such a cue from the statement's verb (``parataxis``). The words before and after
the attribution are the statement: each becomes an ``indirect`` row, both in one
``quote_group`` (``rule:parenthetical_cue``), as the pieces of a split direct quote are.
The pieces count their words outside quotation marks together (``The golf trade, she said,
is “doing better”``); a quoted sentence of its own after the cue (``Stressing …, she said,
“We will …”``) is a direct quote, and the words before the cue are the author's.

A cue in an ``as`` clause set off by commas (``The mill closed, as the Gazette reported``)
reports the clause it hangs from in the same way (``rule:as_reported``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trump_putin_call.pipeline.quotes.mixed import MIN_OWN_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token

PARENTHETICAL = "rule:parenthetical_cue"
AS_REPORTED = "rule:as_reported"
_WORD = re.compile(r"\w+")


def pieces(cue: Token) -> list[list[Token]] | None:
    """The statement's words before and after a parenthetical cue, or None."""
    head = cue.head
    if as_reported(cue):
        return _around(cue)
    if cue.dep_ != "parataxis" or head.pos_ not in ("VERB", "AUX"):
        return None
    inner = {t.i for t in cue.subtree}
    subjects = [c.i for c in cue.lefts if c.dep_ in ("nsubj", "nsubjpass")]
    for child in cue.lefts:  # "If the demands are not met, Mr. Taylor warned, …": the
        opening = child.dep_ in ("advcl", "prep", "npadvmod")  # opening clause is the statement's
        # "Voters, Clinton suggested, don't …": a subject before the cue's own one
        if opening or (child.dep_ == "nsubj" and child.i < max(subjects) and _comma_after(child)):
            inner -= {t.i for t in child.subtree}
            inner -= {child.right_edge.i + 1} if cue.doc[child.right_edge.i + 1].is_punct else set()
    lo, hi = min(inner), max(inner)
    words = [t for t in head.subtree if t.i not in inner]
    before = [t for t in words if t.i < lo]
    after = [t for t in words if t.i > hi]
    # "It disbanded in 2008, Politico reported.": a cue the parser set beside the statement
    # rather than over it (a ccomp) reports the statement all the same
    pieces = [p for p in (before, after) if any(not t.is_punct for t in p)]
    return pieces or None


def as_reported(cue: Token) -> bool:
    """``…, as The Post reported, …``: a cue in an ``as`` clause with nothing said of its own."""
    if cue.dep_ != "advcl" or cue.head.pos_ not in ("VERB", "AUX") or cue.i == 0:
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.lefts):
        return False
    if any(c.dep_ in ("mark", "aux") and c.lower_ in ("if", "to") for c in cue.lefts):
        return False  # "his eyes gleaming, as if to say …": no one reported anything
    if any(c.dep_ in ("ccomp", "dobj", "xcomp", "dative", "oprd") for c in cue.children):
        return False  # "as he told reporters", "as he said he would"
    right = cue.right_edge  # the comma after the clause may hang from the cue itself
    return (
        cue.doc[cue.left_edge.i - 1].text in (",", "—", "–")
        or right.text in (",", "—", "–")
        or (right.i + 1 < len(cue.doc) and cue.doc[right.i + 1].text in (",", "—", "–"))
    )


def _around(cue: Token) -> list[list[Token]] | None:
    """The words of the clause an ``as`` cue hangs from, before and after the cue."""
    inner = {t.i for t in cue.subtree}
    words = [t for t in cue.head.subtree if t.i not in inner]
    lo, hi = min(inner), max(inner)
    out = [[t for t in words if t.i < lo], [t for t in words if t.i > hi]]
    return [piece for piece in out if piece] or None


def _comma_after(tok: Token) -> bool:
    """Whether a comma or dash follows the phrase ``tok`` heads."""
    nxt = tok.right_edge.i + 1
    return nxt < len(tok.doc) and tok.doc[nxt].text in (",", "—", "–")


def quote_opens(after: list[Token], marks: list[tuple[int, int]]) -> bool:
    """Whether the piece after the cue is a quoted sentence of its own (``Stressing …, she
    said, “We will …”``): then the quote is what was said, and the words before the cue
    are the author's."""
    first = min(after, key=lambda t: t.i)
    for a, b in marks:
        if a <= first.idx < b:
            words = [t for t in after if t.idx >= a and not t.is_punct]
            return bool(words) and words[0].text[:1].isupper()
    return False


def enough(spans: list[tuple[int, int]], text: str, marks: list[tuple[int, int]]) -> bool:
    """Whether the pieces ``spans`` of one statement hold, together, at least
    :data:`~.mixed.MIN_OWN_WORDS` words outside the quotation marks ``marks``."""
    own = [
        m
        for lo, hi in spans
        for m in _WORD.finditer(text, lo, hi)
        if not any(a <= m.start() < b for a, b in marks)
    ]
    return len(own) >= MIN_OWN_WORDS


def link(quote, earlier: list) -> int | None:
    """The ``quote_group`` of the earlier piece bound by the same cue, if any."""
    same = [q for q in earlier if q.link is not None and q.link == quote.link]
    return same[-1].group if same else None
