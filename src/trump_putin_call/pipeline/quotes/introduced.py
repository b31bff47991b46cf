"""A quote introduced by a sentence that ends with a colon.

``He then listed the qualities he looks for:`` closes a paragraph, and the next paragraph
opens with a mark (``“Has the candidate …?``): the quote has no cue of its own, and its
speaker is the introducing sentence's speaker, its cue verb's subject (else its main verb's),
resolved as any cue subject is (a pronoun to its antecedent, ``the foundation's website`` to
the organisation): ``rule:colon_introduction``. The paragraphs the quote runs on into keep
that speaker (``rule:multi_paragraph``).

``Continued Stone: “So I think …”`` and ``Stated Stone:`` (a paragraph of its own before the
quote) put the speech verb first and the name after it, before the colon: the name speaks
(``rule:inverted_introduction``).

Only a named speaker is kept, or people described as written (``Obama’s first five
questioners ranged from skeptical to hostile:``): an introduction whose subject names no one
(``Here is the full text:``) leaves the quote as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from trump_putin_call.pipeline.entities.openers import SPEECH_OPENERS
from trump_putin_call.pipeline.quotes import outer
from trump_putin_call.pipeline.quotes.cues import _subject
from trump_putin_call.pipeline.quotes.lexicon import CUE_LEMMAS
from trump_putin_call.pipeline.quotes.quote import Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from trump_putin_call.pipeline.blocks import Block
    from trump_putin_call.pipeline.quotes.article import _Article
    from trump_putin_call.pipeline.sentences import Sentence

COLON = "rule:colon_introduction"
INVERTED = "rule:inverted_introduction"
LABEL = "rule:name_label"

#: Verbs that open an inverted introduction ("Continued Stone:"), besides the cue verbs.
_INVERTED_VERBS = CUE_LEMMAS | {"continue"}
_MARKS = frozenset('“”"‘’«»')
_OPENING = re.compile(r"\s*[A-Z][a-z]+ [^\n:]{1,60}:\s*$")

Finder = Callable[["_Article", "Token", int, Quote], None]


def introduce(
    art: _Article,
    q: Quote,
    here: tuple[Block, Doc, list[Sentence]],
    before: tuple[Block, Doc, list[Sentence]] | None,
    mark: int,
    speaker: Finder,
) -> None:
    """Give ``q`` (a quote with no cue, its opening mark at ``mark``) the speaker of the
    colon sentence that introduces it: in its own paragraph right before the mark, else the
    last sentence of the paragraph before when the quote opens its paragraph."""
    block = here[0]
    lead = art.text[block.content[0] : mark]
    if lead.strip():
        if lead.rstrip().endswith(":"):
            _same_paragraph(art, q, here, mark, lead, speaker)
        return
    if before is None:
        return
    p_block, p_doc, p_sents = before
    if not p_sents or p_block.index != block.index - 1:
        return
    last = p_sents[-1]
    colon = art.text.rfind(":", last.start, last.end)
    if not art.text[last.start : last.end].rstrip().endswith(":"):
        return
    if any(a <= colon < b for a, b in art.quoted):  # "… Here they are:" inside a quote
        return
    offset = p_block.content[0]
    if _inverted(art, q, p_doc, last, offset):
        return
    _from_intro(art, q, p_doc[last.token_start : last.token_end], offset, speaker)


def _same_paragraph(
    art: _Article,
    q: Quote,
    here: tuple[Block, Doc, list[Sentence]],
    mark: int,
    lead: str,
    speaker: Finder,
) -> None:
    """``Continued Stone: “…”``, ``Clinton: “…”`` and ``The board was firm in its findings:
    “…”`` (a colon right before the mark, in the quote's own paragraph)."""
    block, doc, sents = here
    offset = block.content[0]
    colon = offset + len(lead.rstrip()) - 1
    if any(a <= colon < b for a, b in art.quoted):
        return
    piece = re.split(r"[”\"]", lead)[-1]  # after the last closing mark: "… ” Bush: “"
    at = offset + len(lead) - len(piece) + (len(piece) - len(piece.lstrip()))
    who = art.mention_at(at, colon, ("PERSON",))
    if who is not None and who.start == at and not art.text[who.end : colon].strip():
        q.speaker_start, q.speaker_end, q.speaker_text = who.start, who.end, who.text
        q.speaker, q.speaker_name = who, who.canonical
        q.rules.append(LABEL)
        art.spoken.append(q)
        return
    intro = [s for s in sents if s.start <= colon]
    if not intro:
        return
    if _OPENING.fullmatch(lead) and _inverted(art, q, doc, intro[-1], offset):
        return
    lo = intro[-1].token_start
    hi = next((t.i for t in doc[lo : intro[-1].token_end] if offset + t.idx >= colon), lo)
    if hi > lo:
        _from_intro(art, q, doc[lo:hi], offset, speaker)


def _from_intro(art: _Article, q: Quote, span: Span, offset: int, speaker: Finder) -> None:
    """The speaker of the introducing words ``span``, kept only when it names someone."""
    subj = _intro_subject(span)
    if subj is None:
        return
    speaker(art, subj, offset, q)
    if q.speaker_name is None and subj.pos_ == "NOUN" and outer.speaks_as_written(subj):
        q.rules.append(COLON)  # "Obama’s first five questioners ranged …:" as written
        return
    if q.speaker_name is None:  # "Here is the full text:" names no one
        q.speaker_start = q.speaker_end = None
        q.speaker_text, q.speaker = None, None
        return
    q.rules.append(COLON)


def _inverted(art: _Article, q: Quote, doc: Doc, sent: Sentence, offset: int) -> bool:
    """``Continued Stone:``: a capitalised speech verb, then a person's name, then the colon."""
    span = doc[sent.token_start : sent.token_end]
    words = [t for t in span if not t.is_space]
    if len(words) < 3 or not _speech_opener(words[0]):
        return False
    colon = next((t for t in words if t.text == ":"), None)
    if colon is None:
        return False
    lo, hi = offset + words[1].idx, offset + colon.idx
    who = art.mention_at(lo, hi, ("PERSON",))
    if who is None or who.start != lo or art.text[who.end : hi].strip():
        return False
    q.speaker_start, q.speaker_end, q.speaker_text = who.start, who.end, who.text
    q.speaker, q.speaker_name = who, who.canonical
    q.rules.append(INVERTED)
    art.spoken.append(q)
    return True


def _speech_opener(tok: Token) -> bool:
    """``Continued``, ``Stated`` (which the tagger may take for a name): a capitalised
    speech verb in the past."""
    if not tok.text[:1].isupper():
        return False
    if tok.tag_ in ("VBD", "VBN") and tok.lemma_.lower() in _INVERTED_VERBS:
        return True
    return tok.text in SPEECH_OPENERS and not tok.text.endswith("ing")


def _intro_subject(span: Span) -> Token | None:
    """The speaker token of an introducing sentence: the subject of its last cue verb
    outside quotation marks, else of its main verb; none for a passive (``He was asked:``)."""
    inside = _inside_marks(span)
    cues = [
        t
        for t in span
        if t.lemma_.lower() in CUE_LEMMAS and t.pos_ in ("VERB", "AUX") and t.i not in inside
    ]
    verb = cues[-1] if cues else span.root
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    subj = _subject(verb)
    if subj is None or subj.i in inside or subj.dep_ == "nsubjpass":
        return None
    return subj


def _inside_marks(span: Span) -> set[int]:
    """Token indices between quotation marks in ``span``."""
    out: set[int] = set()
    opened = False
    for t in span:
        if t.text in _MARKS:
            opened = not opened
        elif opened:
            out.add(t.i)
    return out
