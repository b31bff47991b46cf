"""Verify reuse candidates, extend them to neighbouring sentences, merge runs into passages.

A candidate sentence pair is reuse when the word sequences match: ``score`` is the Indel
(longest common subsequence) similarity of the folded words, 2·LCS / (len a + len b), from
rapidfuzz, rounded to 2 decimals *before* it is
compared with :data:`NEAR` (0.80). ``verbatim``: the same words in the same order
(typography, case and punctuation aside); ``near-verbatim``: score ≥ 0.80 otherwise.
From every verified pair the neighbours (previous and next sentence in both articles) are
tried too, so a short edited sentence inside a copied paragraph is found even when its
MinHash missed it. Consecutive pairs (next sentence in both articles) form one passage.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from trump_putin_call.pipeline.crosslink.units import Unit

NEAR = 0.80
#: Scores under this round below :data:`NEAR`; rapidfuzz stops early on them.
_CUTOFF = 0.79
#: Neighbours shorter than this are not extended to (a lone "Read more" line).
MIN_NEIGHBOUR_WORDS = 3


@dataclass(frozen=True, order=True)
class Match:
    """Two sentences, ``a`` in the article that sorts first."""

    a: Unit
    b: Unit
    score: float
    verbatim: bool


def similarity(a: Unit, b: Unit) -> float:
    """Rounded ratio of matching words (order kept)."""
    if a.words == b.words:
        return 1.0
    return round(Indel.normalized_similarity(a.words, b.words), 2)


def verify(a: Unit, b: Unit) -> Match | None:
    """The pair as a match, or None when it is not reuse."""
    score = similarity(a, b)
    if score < NEAR:
        return None
    return Match(a, b, score, a.words == b.words)


#: Code points a word may be spelled with in :func:`encode` (surrogates left out).
_FIRST, _SURROGATES, _LAST = 0x100, range(0xD800, 0xE000), 0x10FFFF


def encode(units_: Iterable[Unit]) -> dict[str, str] | None:
    """Each sentence's words as a string, one character per distinct word of the corpus.

    The similarity of two encoded sentences is their words' (it depends only on which words
    are equal), and rapidfuzz compares strings several times faster than tuples of words.
    None when the corpus has more distinct words than there are characters.
    """
    vocab: dict[str, str] = {}
    out: dict[str, str] = {}
    for u in units_:
        chars = []
        for w in u.words:
            c = vocab.get(w)
            if c is None:
                code = _FIRST + len(vocab)
                code += len(_SURROGATES) if code >= _SURROGATES.start else 0
                if code > _LAST:
                    return None
                c = vocab[w] = chr(code)
            chars.append(c)
        out[u.sentence_id] = "".join(chars)
    return out


def verifier(units_: Iterable[Unit]) -> Callable[[Unit, Unit], Match | None]:
    """:func:`verify` for sentences of ``units_``, computed on :func:`encode`'s strings.

    The result is :func:`verify`'s; only faster.
    """
    codes = encode(units_)
    if codes is None:
        return verify
    ratio = Indel.normalized_similarity

    def check(a: Unit, b: Unit) -> Match | None:
        ca, cb = codes[a.sentence_id], codes[b.sentence_id]
        if ca == cb:
            return Match(a, b, 1.0, True)
        score = round(ratio(ca, cb, score_cutoff=_CUTOFF), 2)
        return Match(a, b, score, False) if score >= NEAR else None

    return check


def matches(
    candidates: list[tuple[str, str]],
    units_: dict[str, Unit],
    positions: dict[tuple[str, int], Unit],
) -> list[Match]:
    """Verified candidate pairs plus verified neighbours, distinct and sorted."""
    check = verifier(units_.values())
    found: dict[tuple[str, str], Match] = {}
    todo = []
    for sa, sb in candidates:
        m = check(units_[sa], units_[sb])
        if m is not None and (sa, sb) not in found:
            found[(sa, sb)] = m
            todo.append(m)
    while todo:
        m = todo.pop()
        for step in (-1, 1):
            na = positions.get((m.a.article_id, m.a.pos + step))
            nb = positions.get((m.b.article_id, m.b.pos + step))
            if na is None or nb is None or (na.sentence_id, nb.sentence_id) in found:
                continue
            if min(len(na.words), len(nb.words)) < MIN_NEIGHBOUR_WORDS:
                continue
            n = check(na, nb)
            if n is not None:
                found[(na.sentence_id, nb.sentence_id)] = n
                todo.append(n)
    return sorted(found.values(), key=_order)


def _order(m: Match) -> tuple[str, int, str, int]:
    return (m.a.article_id, m.a.pos, m.b.article_id, m.b.pos)


@dataclass(frozen=True)
class Passage:
    """A run of consecutive matched sentences in both articles."""

    matches: tuple[Match, ...]

    @property
    def kind(self) -> str:
        """verbatim when every sentence is, else near-verbatim."""
        return "verbatim" if all(m.verbatim for m in self.matches) else "near-verbatim"

    @property
    def score(self) -> float:
        """Word-weighted mean of the sentence scores, rounded to 2 decimals."""
        weights = [len(m.a.words) + len(m.b.words) for m in self.matches]
        total = sum(w * m.score for w, m in zip(weights, self.matches, strict=True))
        return round(total / sum(weights), 2)


def passages(found: list[Match]) -> list[Passage]:
    """Merge matches that continue each other (a.pos + 1 and b.pos + 1) into passages."""
    by_next: dict[tuple[str, int, str, int], list[Match]] = {}
    out: list[list[Match]] = []
    for m in sorted(found, key=_order):
        key = (m.a.article_id, m.a.pos, m.b.article_id, m.b.pos)
        run = by_next.pop(key, None)
        if run is None:
            run = []
            out.append(run)
        run.append(m)
        by_next[(m.a.article_id, m.a.pos + 1, m.b.article_id, m.b.pos + 1)] = run
    return [Passage(tuple(run)) for run in out]
