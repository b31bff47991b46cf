"""The gender an article's own pronouns give a person whose first name does not tell it.

"Bernie", "Devin" or "Chris" are given to men and women alike, so the first-name table
leaves them unknown, and a ``she`` could be resolved to Bernie Sanders. The article tells
it: a sentence that names one person only, outside quotation marks, as its subject, and
uses only ``he``, ``him``, ``his``, ``himself`` (or only ``she``, ``her``, ``hers``,
``herself``: "Dunn thanked his staff"), or is followed by a
sentence naming no one that opens with ``He`` (``She``), speaks of that person. A person
whose sentences say one gender at least :data:`MIN_VOTES` times, and the other one at
most a :data:`MAX_SHARE` share of that, takes that gender. It is part of the agreement
check every he/she step makes (:func:`.pronouns.gender_of`), not a step of its own.
"""

from __future__ import annotations

import re
import weakref
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trump_putin_call.pipeline.quotes.article import _Article

#: Sentences of one gender a person needs.
MIN_VOTES = 2
#: The other gender's sentences, at most this share of the first's.
MAX_SHARE = 0.25

_WORDS = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}
_PRONOUN = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)

_CACHE: weakref.WeakKeyDictionary[_Article, dict[str, str]] = weakref.WeakKeyDictionary()


def _said(art: _Article, start: int, end: int) -> set[str]:
    """The genders of he, him, his, she, her (and -self) between two offsets, outside quotes."""
    return {
        _WORDS[p.group(0).lower()]
        for p in _PRONOUN.finditer(art.text, start, end)
        if not any(a <= p.start() < b for a, b in art.quoted)
    }


def _votes(art: _Article) -> dict[str, str]:
    """canonical name → 'm' or 'f', for the people the article's pronouns settle."""
    named: dict[int, set[str]] = {}
    subject: dict[int, str] = {}
    sentences = {}
    for m in art.people:
        if not art._outside(m):
            continue
        key = id(m.sentence)
        sentences[key] = m.sentence
        named.setdefault(key, set()).add(m.canonical)
        if id(m) in art.subjects:
            subject[key] = m.canonical
    counts: dict[str, Counter[str]] = {}
    for key, names in named.items():
        if len(names) != 1 or key not in subject:
            continue
        s = sentences[key]
        said = _said(art, s.start, s.end)
        # "Kowalski said. He added …": the next sentence, naming no one, opens with it
        nxt = re.match(r"\s*(He|She)\b", art.text[s.end : s.end + 40])
        if nxt and "\n\n" not in art.text[s.end : s.end + nxt.start(1)]:
            said |= _said(art, s.end + nxt.start(1), s.end + nxt.end(1))
        if len(said) == 1:
            counts.setdefault(subject[key], Counter())[said.pop()] += 1
    out = {}
    for name, c in counts.items():
        (top, n), *rest = c.most_common()
        other = rest[0][1] if rest else 0
        if n >= MIN_VOTES and other <= MAX_SHARE * n:
            out[name] = top
    return out


def pronoun_gender(art: _Article, canonical: str) -> str | None:
    """'m', 'f' or None: the gender the article's pronouns give ``canonical``."""
    found = _CACHE.get(art)
    if found is None:
        found = _CACHE[art] = _votes(art)
    return found.get(canonical)
