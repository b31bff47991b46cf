"""Cue verbs ("said", "according to") in spaCy's parse, and their subjects."""

from __future__ import annotations

from typing import TYPE_CHECKING

from trump_putin_call.pipeline.quotes import nouned
from trump_putin_call.pipeline.quotes.lexicon import CUE_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _token_at(doc: Doc, offset: int) -> int:
    """Index of the token covering block-relative ``offset`` (or the next one)."""
    for tok in doc:
        if tok.idx + len(tok) > offset:
            return tok.i
    return len(doc) - 1


def _cue_tokens(doc: Doc, lo: int, hi: int, masked: list[tuple[int, int]]) -> list[Token]:
    """Cue verbs between token ``lo`` and ``hi`` that lie outside every quote."""
    out = []
    for tok in doc[lo:hi]:
        if any(a <= tok.idx < b for a, b in masked):
            continue
        if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "so":
            continue  # so-called: a scare quote, not speech
        verb = tok.lemma_.lower() in CUE_LEMMAS and tok.pos_ in ("VERB", "AUX")
        according = (
            tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to"
        )
        if verb or according or nouned.subject(tok) is not None:
            out.append(tok)
    return out


def _subject(tok: Token) -> Token | None:
    """The speaker token of a cue: its subject, or its governing verb's subject."""
    if tok.lower_ == "according":
        nxt = tok.doc[tok.i + 1]
        objs = [c for c in nxt.children if c.dep_ == "pobj"]
        return objs[0] if objs else None
    if tok.pos_ in ("NOUN", "PROPN") and (subj := nouned.subject(tok)) is not None:
        return subj  # "Trump predicts that …" with "predicts" tagged a noun
    cur = tok
    head = tok.head
    if (
        tok.tag_ == "VBG"
        and tok.dep_ == "advcl"
        and head.dep_ == "ccomp"
        and head.head.lemma_.lower() in CUE_LEMMAS
    ):  # "X stated that Y supplied …, arguing that …": X argues, not Y
        cur = head.head
    for _ in range(4):
        subj = [
            c
            for c in cur.children
            if c.dep_ in ("nsubj", "nsubjpass")
            and (not c.is_punct or c.text == "%")  # "26% say …": spaCy counts "%" as punct
            and c.text not in "«»“”‘’\"'"
        ]
        if len(subj) > 1:  # "Voters, Clinton suggested, …": the subject nearest the verb
            before = [c for c in subj if c.i < cur.i]
            return before[-1] if before else subj[0]
        if subj:
            return subj[0]
        if cur.head.i == cur.i:
            return None
        if cur.dep_ == "conj":  # "A welcomed it, but B called it ‘timid’ and said …": B
            nearer = [c for c in cur.head.children if c.dep_ == "conj" and c.i < cur.i]
            for sib in reversed(nearer):
                own = [c for c in sib.children if c.dep_ in ("nsubj", "nsubjpass")]
                if own and not own[0].is_punct:
                    return own[0]
        cur = cur.head
    return None


SHARED_CUE = "rule:repeated_cue_speaker"


def repeated_cue(tok: Token) -> Token | None:
    """The first of two same cues the parser chained wrongly (``He said the crew went … and
    said …`` with the second ``said`` hung from ``went``): the second has no subject and is
    the same verb as the one whose clause it hangs in, so the first cue's subject says it."""
    head = tok.head
    if (
        tok.dep_ == "conj"
        and head.dep_ == "ccomp"
        and head.head.i < head.i
        and tok.lemma_.lower() == head.head.lemma_.lower()
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    ):
        return head.head
    return None


def _adjacent_name(cue: Token) -> Token | None:
    """``…,’ O’Neill said`` when the parser missed the subject: the name beside the cue.

    Looks at the nearest word on each side, across commas ("…, Anneliese Vogt, said").
    """
    doc = cue.doc
    for step in (-1, 1):
        i = cue.i + step
        while 0 <= i < len(doc) and doc[i].is_punct and doc[i].text not in "“”«»\"‘’'":
            i += step
        if not 0 <= i < len(doc):
            continue
        tok = doc[i]
        if tok.pos_ == "PROPN" or tok.ent_type_ == "PERSON":
            return tok
        if tok.text[:1].isupper() and tok.pos_ not in ("PRON", "DET", "PUNCT"):
            return tok  # "O’Neill" mis-parsed as an adverb
    return None


def _governing_cue(doc: Doc, lo: int, hi: int, cues: list[Token]) -> Token | None:
    """The cue verb the quote's words hang from in the parse (``hailed it as “excellent”``)."""
    cue_ids = {c.i for c in cues}
    for tok in doc[lo:hi]:
        if lo <= tok.head.i < hi and tok.head.i != tok.i:
            continue
        cur = tok
        for _ in range(5):
            if cur.i in cue_ids:
                return cur
            if cur.head.i == cur.i:
                break
            cur = cur.head
    return None


def _choose_cue(cues: list[Token], t_open: int, t_close: int) -> Token | None:
    """Prefer a cue right after the quote, then the nearest before it, then any."""
    after = [c for c in cues if c.i > t_close]
    before = [c for c in cues if c.i < t_open]
    if after and after[0].i - t_close <= 4:
        return after[0]
    if before:
        return before[-1]
    return after[0] if after else None
