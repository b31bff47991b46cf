"""A speech tag after a quote that ends with ``!`` or ``?``.

``“Loved it — wish they had another season!” Bush said.``: the sentence splitter ends the
sentence at ``!”``, so the tag ``Bush said.`` is a sentence of its own and the quote had no
cue. A quote ending with a comma already reaches into the next sentence; one ending with
``!`` or ``?`` does when that sentence is only a tag: its root is a cue verb with a subject,
it reports no clause of its own (no ``that …`` content, no object) and holds no quotation
mark (``rule:trailing_tag``). A tag the parser read as a noun phrase, its verb hanging from
the noun (``the presumptive nominee, Ada Lind, tweeted Sunday.``), is one too, the noun its
speaker.

A bare tag right after the closing mark (``“… ?” asked Dunn, now a partner at …``) is the
quote's cue even when the parser hung the quote from an earlier verb (``… but Moscow
strongly denies — “…?” asked Dunn``): ``rule:tag_after_quote``. Bare: its own subject (or
the inverted name, ``asked Dunn``) and no clause of its own (not ``“…,” he claimed they
had never met``).

Words inside the quote are never its speaker: when the parser makes them the cue's subject
(``“Thanks, Marlow, for …,” said Ana Ortiz``), the speaker is looked for outside the
quote (``rule:subject_outside_quote``, :func:`subject_outside`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trump_putin_call.pipeline.quotes.lexicon import CUE_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from trump_putin_call.pipeline.sentences import Sentence

TRAILING = "rule:trailing_tag"
AFTER_QUOTE = "rule:tag_after_quote"
OUTSIDE = "rule:subject_outside_quote"
INVERTED = "rule:inverted_tag"
_MARKS = frozenset('“”"‘’«»')
_CONTENT = frozenset({"ccomp", "dobj", "xcomp", "obj"})
#: Pronouns that stand for one of a group just named ("“…,” tweeted another").
_SOMEONE = frozenset({"another", "one", "others", "both"})


def tag_end(doc: Doc, sents: list[Sentence], hi_tok: int) -> int | None:
    """The end token of the tag sentence right after token ``hi_tok``, if it is one."""
    after = [s for s in sents if s.token_start >= hi_tok][:1]
    if not after or after[0].token_start != hi_tok:
        return None
    span = doc[after[0].token_start : after[0].token_end]
    root = span.root
    if (verb := acl_cue(root)) is not None:  # "the party’s nominee, X, tweeted Sunday."
        root = verb
    if root.lemma_.lower() not in CUE_LEMMAS or root.pos_ not in ("VERB", "AUX"):
        return None
    if any(t.text in _MARKS for t in span[1:]):  # its first token may close the quote
        return None
    if _inverted(span, root):  # "“… ?” asked Dunn, now a partner at …": Dunn asks
        return after[0].token_end
    if any(c.dep_ in _CONTENT for c in root.children):
        return None
    if root is span.root and not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
        return None
    return after[0].token_end


def acl_cue(noun: Token) -> Token | None:
    """The cue verb a tag sentence parsed as a noun phrase hangs from its root noun
    (``the presumptive nominee, Ada Lind, tweeted Sunday``: ``tweeted`` an ``acl`` of
    ``nominee``), which is then its speaker."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "ROOT":
        return None
    verbs = [
        c
        for c in noun.children
        if c.dep_ == "acl"
        and c.i > noun.i
        and c.pos_ == "VERB"
        and c.tag_ in ("VBD", "VBN", "VBZ")
        and not any(k.dep_ == "agent" for k in c.children)  # "the letter, written by X"
    ]
    return verbs[0] if verbs and verbs[0].lemma_.lower() in CUE_LEMMAS else None


def _inverted(span: Span, root: Token) -> bool:
    """``asked Dunn``: the cue opens the sentence and the name right after it, which the
    parser takes for its object, is who speaks (no clause of its own follows)."""
    words = [t for t in span if not t.is_punct and t.text not in _MARKS]
    if not words or words[0] is not root:
        return False
    nxt = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
    while nxt is not None and nxt.dep_ == "compound" and nxt.head.i > nxt.i:
        nxt = nxt.head  # "asked Mr. Dunn"
    kids = [c for c in root.children if c.dep_ in _CONTENT]
    return nxt is not None and nxt.pos_ == "PROPN" and [c.i for c in kids] == [nxt.i]


def right_after(doc: Doc, t_close: int, cues: list[Token]) -> Token | None:
    """The cue that opens the words right after the quote's closing mark and names its own
    speaker (``“… ?” asked Dunn``, ``“…,” Dunn said``): the quote's tag, whichever earlier
    verb the parser hung the quote from (``… but Moscow denies — “…?” asked Dunn``)."""
    for cue in cues:
        if cue.i <= t_close:
            continue
        gap = doc[t_close + 1 : cue.i]
        if any(not (t.is_punct or t.text in _MARKS) for t in gap if t.dep_ != "nsubj"):
            return None
        if len([t for t in gap if not t.is_punct and t.text not in _MARKS]) > 1:
            return None
        if _inverted(doc[cue.i : cue.i + 4], cue):
            return cue
        own = any(c.dep_ in ("nsubj", "nsubjpass") and c.i <= cue.i + 3 for c in cue.children)
        # a bare tag: "he claimed they had never met" goes on with a clause of its own
        bare = not any(c.dep_ in _CONTENT and c.i > cue.i for c in cue.children)
        return cue if own and bare else None
    return None


def subject_outside(cue: Token, t_close: int, masked: list[tuple[int, int]]) -> Token | None:
    """A cue's speaker when the parser took words inside the quote for its subject: a name
    between the closing mark and the cue (``“We were wrong,” Ramos, 58, told AFP``), the
    name right after a cue that follows the quote (``“…,” said Cruz, who …``), a subject of
    the cue outside the quote (``“…,” said master of ceremonies X``), a noun phrase between
    the closing mark and the cue (``“…,” a voice over says``), else the subject of a
    verb the cue hangs from (``Clinton seemed ready …, telling the crowd, “Some people …”``),
    outside the quotes, else a name opening the sentence as its subject (``Ortiz supports
    “…,” opposes “…” and recalled …: “…”``); else none."""
    from trump_putin_call.pipeline.quotes.cues import _subject

    def inside(tok: Token) -> bool:
        return any(a <= tok.idx < b for a, b in masked)

    doc = cue.doc
    names = [t for t in doc[t_close + 1 : cue.i] if t.pos_ == "PROPN" and not inside(t)]
    if names:
        return names[0]
    if cue.i > t_close and cue.i + 1 < len(doc) and doc[cue.i + 1].pos_ == "PROPN":
        return doc[cue.i + 1]
    own = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and not inside(c)]
    if own:  # "“Thanks, …,” said master of ceremonies X": the parser gave two subjects
        return own[0]
    between = [t for t in doc[t_close + 1 : cue.i] if not t.is_punct and t.text not in _MARKS]
    nouns = [t for t in between if t.pos_ == "NOUN" and not inside(t)]
    if 1 < len(between) <= 4 and between[0].pos_ == "DET" and nouns:
        return nouns[-1]  # "“…,” a voice over says as …", the noun phrase misparsed
    cur = cue
    for _ in range(3):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        found = _subject(cur)
        if found is not None and not inside(found):
            return found
    # "Clinton supports “…,” opposes “…” and recalled …: “…”": the sentence's first subject
    opening = [
        t
        for t in doc[cue.sent.start : cue.i]
        if t.dep_ == "nsubj" and t.pos_ == "PROPN" and not inside(t)
    ]
    return opening[0] if opening and opening[0].i == _first_word(doc, cue) else None


def _first_word(doc: Doc, cue: Token) -> int:
    """The index of the first name token of ``cue``'s sentence (compounds count)."""
    i = cue.sent.start
    while i < cue.i and (doc[i].is_punct or doc[i].dep_ == "compound"):
        i += 1
    return i


def inverted_object(cue: Token, t_close: int) -> Token | None:
    """``“…,” added a South Carolina Democrat``: a cue right after the closing mark whose
    only complement, the noun after it (or ``another``: ``“…,” tweeted another``), the
    parser took for its object, is who speaks."""
    doc = cue.doc
    if cue.i <= t_close or any(not t.is_punct for t in doc[t_close + 1 : cue.i]):
        return None
    kids = [c for c in cue.children if c.dep_ in _CONTENT and c.i > cue.i]
    if len(kids) != 1 or kids[0].dep_ != "dobj":
        return None
    if kids[0].lower_ in _SOMEONE:  # "“…,” tweeted another."
        return kids[0]
    return kids[0] if kids[0].pos_ in ("NOUN", "PROPN") else None
