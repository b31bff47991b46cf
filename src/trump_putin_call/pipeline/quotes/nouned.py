"""Cue verbs the tagger read as nouns: ``Trump predicts that …``, ``“…,” the memo states``.

The small model tags a third-person ``-s`` verb after a name as a plural noun (``predicts``
as the sentence's root noun, or as the subject of the content verb). Read it as the cue,
with the noun phrase right before it as its subject, only when what follows is what a cue
takes: ``that`` and a clause with its own subject, a finite verb (the clause of a relative:
``a trend that the group predicts will continue``), an opening quotation mark, or (after a
quote and its comma) a comma or the sentence end.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trump_putin_call.pipeline.quotes.lexicon import CUE_LEMMAS, ORG_VOICES, SPEAKER_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

NOUNED = "rule:cue_tagged_noun"

#: Cue verbs of forecasts, read only in this shape ("the campaign projects that …").
_EXTRA = frozenset({"project"})
_OPENING = frozenset({"“", '"', "‘", "``"})
_CLOSING = frozenset({"”", '"', "’", "''"})
_NP_WORDS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "PART"})
_NOT_SPEAKERS = frozenset({"GPE", "LOC", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"})


def lemma(tok: Token) -> str | None:
    """The cue lemma of a lower-case ``-s`` word (``predicts`` → ``predict``), if one."""
    word = tok.text
    if not word.islower() or not word.endswith("s") or len(word) < 4:
        return None
    stems = [word[:-1], word[:-2]] if word.endswith("es") else [word[:-1]]
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")
    return next((s for s in stems if s in CUE_LEMMAS or s in _EXTRA), None)


def _speaks(prev: Token) -> bool:
    """Whether the word before the cue can head its speaker (a name, a speaking noun)."""
    if prev.ent_type_ in _NOT_SPEAKERS or prev.tag_ in ("NNS", "NNPS"):
        return False
    if prev.pos_ == "PROPN" or prev.ent_type_ in ("PERSON", "ORG", "NORP"):
        return True
    if prev.text[:1].isupper() and prev.is_alpha and prev.pos_ == "NOUN":
        return True  # a name tagged a noun: "Trump predicts that …"
    return (
        prev.pos_ == "NOUN" and (prev.lemma_ or prev.lower_).lower() in SPEAKER_NOUNS | ORG_VOICES
    )


def _follows(tok: Token, start: int) -> bool:
    """Whether what comes after cue ``tok`` (subject from token ``start``) is a cue's."""
    doc = tok.doc
    nxt = next((t for t in doc[tok.i + 1 : tok.i + 3] if not t.is_space), None)
    if nxt is None:
        return False
    if nxt.tag_ in ("VBD", "VBZ", "MD"):
        return True  # "a trend that the foundation predicts will continue": the clause
    if nxt.lower_ == "that":  # "states that have voted" is a relative clause, not a report
        rest = [t for t in doc[nxt.i + 1 : nxt.i + 3] if not t.is_punct]
        return bool(rest) and rest[0].tag_ not in ("VBD", "VBZ", "VBP", "MD")
    if nxt.text in _OPENING and nxt.whitespace_ == "":
        return True  # "the memo states “…”"
    before = doc[start - 2 : start] if start >= 2 else []
    quoted = len(before) == 2 and before[0].text == "," and before[1].text in _CLOSING
    return quoted and nxt.text in (",", ".")  # "“…,” the memo states, …"


def subject(tok: Token) -> Token | None:
    """The subject of ``tok`` when it is a cue verb tagged as a noun, else None."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.i == 0 or lemma(tok) is None:
        return None
    prev = tok.doc[tok.i - 1]
    if prev.sent != tok.sent or not _speaks(prev):
        return None
    start = prev.i
    while start > tok.sent.start and tok.doc[start - 1].pos_ in _NP_WORDS:
        start -= 1
    if not _follows(tok, start):
        return None
    names = [t for t in tok.doc[start : prev.i] if t.pos_ == "PROPN"]
    if prev.pos_ == "NOUN" and not prev.text[:1].isupper() and names:
        return names[-1]  # "The Sanders campaign projects": Sanders, as with a verb parse
    return prev


def content(tok: Token) -> list[Token]:
    """The reported clause after ``X predicts that``: the rest of the sentence."""
    if tok.doc[tok.i + 1].lower_ != "that":
        return []
    return [t for t in tok.sent if t.i > tok.i + 1]
