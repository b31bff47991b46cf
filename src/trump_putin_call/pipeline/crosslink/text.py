"""Text normalisation shared by the cross-article stages: words, stems, shingles.

Typography never counts as an edit: curly and straight quotation marks, apostrophes and
dashes are folded, case is folded, punctuation is dropped. Everything here is a pure
function of the text, so every worker computes the same result.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
    }
)
# A word: letters or digits, with inner apostrophes, hyphens, dots or commas (US-Russia,
# don't, 6.5, 1,000); possessive 's is cut off in :func:`words`.
_WORD = re.compile(r"[^\W_]+(?:['.,\-][^\W_]+)*")

#: Function words that carry no content (a fixed list: the scores depend on it).
STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his how
    i if in into is it its itself just me more most my myself no nor not now of off on
    once only or other our ours ourselves out over own same she should so some such than
    that the their theirs them themselves then there these they this those through to too
    under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves s t don shall may might must upon whether
    yet since though although however according said says say saying told tell tells
    stated state states added adding noted noting described describing
    """.split()
)


def fold(text: str) -> str:
    """NFKC, typographic quotes/dashes folded to ASCII, case folded."""
    return unicodedata.normalize("NFKC", text).translate(_FOLD).casefold()


def words(text: str) -> list[str]:
    """Folded words in order, punctuation dropped, possessive 's removed."""
    out = []
    for w in _WORD.findall(fold(text)):
        w = w.rstrip(".,-")
        if w.endswith("'s"):
            w = w[:-2]
        if w:
            out.append(w)
    return out


def shingles(tokens: list[str], n: int) -> list[str]:
    """Distinct word ``n``-grams in first-seen order (the whole text when shorter than n)."""
    if len(tokens) < n:
        return [" ".join(tokens)] if tokens else []
    seen: dict[str, None] = {}
    for i in range(len(tokens) - n + 1):
        seen[" ".join(tokens[i : i + n])] = None
    return list(seen)


@cache
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=1 << 18)
def stem(word: str) -> str:
    """Snowball (Porter 2) English stem of one folded word (cached: words repeat)."""
    return _stemmer().stemWord(word)


def is_number(word: str) -> bool:
    """A numeral such as 34, 6.5 or 1,000."""
    return any(c.isdigit() for c in word)


def content_stems(text: str) -> list[str]:
    """Stems of the content words (no function words, no one-letter words), in order."""
    return [stem(w) for w in words(text) if w not in STOPWORDS and len(w) > 1]
