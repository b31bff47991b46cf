"""A speech tag after a quote that ends with ``!`` or ``?``.

``“Loved it — wish they had another season!” Bush said.``: the sentence splitter ends the
sentence at ``!”``, so the tag ``Bush said.`` is a sentence of its own and the quote had no
cue. A quote ending with a comma already reaches into the next sentence; one ending with
``!`` or ``?`` does when that sentence is only a tag: its root is a cue verb with a subject,
it reports no clause of its own (no ``that …`` content, no object) and holds no quotation
mark (``rule:trailing_tag``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trump_putin_call.pipeline.quotes.lexicon import CUE_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from trump_putin_call.pipeline.sentences import Sentence

TRAILING = "rule:trailing_tag"
_MARKS = frozenset('“”"‘’«»')
_CONTENT = frozenset({"ccomp", "dobj", "xcomp", "obj"})


def tag_end(doc: Doc, sents: list[Sentence], hi_tok: int) -> int | None:
    """The end token of the tag sentence right after token ``hi_tok``, if it is one."""
    after = [s for s in sents if s.token_start >= hi_tok][:1]
    if not after or after[0].token_start != hi_tok:
        return None
    span = doc[after[0].token_start : after[0].token_end]
    root = span.root
    if root.lemma_.lower() not in CUE_LEMMAS or root.pos_ not in ("VERB", "AUX"):
        return None
    if any(t.text in _MARKS for t in span[1:]):  # its first token may close the quote
        return None
    if any(c.dep_ in _CONTENT for c in root.children):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
        return None
    return after[0].token_end
