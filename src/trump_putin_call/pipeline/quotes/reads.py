"""``“…,” the statement read.``: a text that reads its words is their speaker, as written.

``read`` is no cue verb (``she read the report``), so a quote closed by ``the statement
read``, ``the suit reads`` or ``it read`` had no cue, and took the speaker of the quote
before it. Right after the closing mark (and its comma), a text noun (statement, letter,
email, sign, suit …) or ``it``, then ``read``/``reads`` ending the clause, is the quote's
tag (``rule:text_reads_tag``). Whoever the sentence before the quote says sent that text
(``A coalition of groups sent a letter …`` ¶ ``“…,” it read.``; ``The Cruz campaign sent a
fundraising email …`` ¶ ``“…,” the email read.``) speaks; else the text as written
(``statement``, ``it``), with no name: ``it`` is not the latest organisation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trump_putin_call.pipeline.quotes.lexicon import DOCUMENTS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from trump_putin_call.pipeline.quotes.quote import Quote

RULE = "rule:text_reads_tag"
_MARKS = frozenset("“”\"‘’«»'`")
#: Texts that read their words, besides the documents.
_TEXTS = DOCUMENTS | frozenset(
    "statement sign email suit lawsuit complaint editorial message release tweet post caption "
    "banner headline card placard poster flyer ad advertisement notice petition resolution "
    "invitation text".split()
)
#: Verbs whose subject (or passive agent) sends a text.
_SENDING = frozenset("send release issue write post publish sign file distribute".split())
_OWNERS = frozenset("the a an one another his her their its our".split())


def tag(doc: Doc, t_close: int) -> tuple[Token, Token] | None:
    """The ``read`` verb and its text right after the quote ending at token ``t_close``
    (``,” the statement read.``), else None."""
    i = t_close + 1
    while i < len(doc) and (doc[i].is_punct or doc[i].text in _MARKS) and doc[i].text != ".":
        i += 1
    words = []
    while i < len(doc) and len(words) < 4 and not doc[i].is_punct:
        words.append(doc[i])
        i += 1
    if len(words) < 2 or words[-1].lower_ not in ("read", "reads"):
        return None
    if i < len(doc) and doc[i].text not in (".", ",", ";", "!"):
        return None
    text, *rest = reversed(words[:-1])
    if text.lower_ == "it" and not rest:
        return words[-1], text
    if text.lemma_.lower() not in _TEXTS and text.lower_ not in _TEXTS:
        return None
    if any(t.lower_ not in _OWNERS and t.pos_ not in ("ADJ", "NOUN", "PROPN") for t in rest):
        return None
    return words[-1], text


def as_written(quote: Quote, text: Token, offset: int, article: str) -> None:
    """The text's phrase (``statement`` for ``the statement``, ``it``) as the speaker,
    with no name: whose statement it is, the tag does not say."""
    words = [t for t in text.subtree if not t.is_punct and t.i <= text.i]
    if words[0].lower_ in ("the", "a", "an") and len(words) > 1:
        words = words[1:]
    start, end = offset + words[0].idx, offset + text.idx + len(text)
    quote.speaker_start, quote.speaker_end = start, end
    quote.speaker_text = article[start:end]
    quote.speaker, quote.speaker_name = None, None


def sender(text: Token, t_open: int, prior: Doc | None) -> Token | None:
    """Who sent ``text`` (the reading text of the tag), by the sentence before the quote's
    opening mark at token ``t_open`` (else the last sentence of the paragraph before,
    ``prior``): the subject of a sending verb whose object is that text noun (any text noun
    for ``it``), or the ``by`` agent of its passive; the nearest text noun decides."""
    doc = text.doc
    first = doc[t_open].sent
    before = doc[first.start - 1].sent if first.start > 0 else None
    if before is None and prior is not None and len(prior):
        before = prior[len(prior) - 1].sent
    if before is None:
        return None
    for tok in reversed(list(before)):
        lemma = tok.lemma_.lower()
        if lemma not in _TEXTS or (text.lower_ != "it" and lemma != text.lemma_.lower()):
            continue
        verb = tok.head
        if verb.lemma_.lower() not in _SENDING:
            return None
        if tok.dep_ == "dobj":
            found = [c for c in verb.children if c.dep_ == "nsubj"]
        elif tok.dep_ == "nsubjpass":
            found = [o for a in verb.children if a.dep_ == "agent" for o in a.children]
        else:
            return None
        return found[0] if found and found[0].pos_ in ("NOUN", "PROPN", "PRON") else None
    return None
