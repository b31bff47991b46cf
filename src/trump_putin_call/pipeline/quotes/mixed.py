"""Mixed quotation: a reported clause that holds quoted words.

``Obama said he is “surprised and troubled” by the decision`` is reported speech (the
clause ``he is “surprised and troubled” by the decision``) and a partial quote (the words in
marks). Both are recorded: the clause as an ``indirect`` row whose span covers the marks,
and the quoted words as their own ``partial`` (or ``direct``) row, in the same
``quote_group`` so that they read as one utterance (``rule:mixed_quote``). A clause whose
words are all inside marks (``said that “we will win”``) is a quote, not a mixed one.
"""

from __future__ import annotations

import re

from trump_putin_call.pipeline.quotes import objects

#: The ``method`` token of an indirect row that holds quoted words.
MIXED = "rule:mixed_quote"
#: Words a clause needs outside quotation marks to be reported speech of its own.
MIN_OWN_WORDS = 3
_WORD = re.compile(r"\w+")
#: The first words of a quote that goes on with the clause before its opening mark.
_GOES_ON = re.compile(r"(and|but|or) ")


def mixed_span(
    text: str, lo: int, hi: int, marks: list[tuple[int, int]], least: int = MIN_OWN_WORDS
) -> tuple[int, int, bool] | None:
    """A reported clause ``text[lo:hi]`` against the marked stretches ``marks``.

    ``marks`` are (opening mark, just past the closing mark) in the same offsets. Returns
    the clause's span, widened to take in marks it cuts (its first or last token was the
    mark itself, a quote opened in the clause runs on past the sentence the parser ended
    it with, or a quote right after it goes on with ``and``/``but``/``or``), and whether it
    holds quoted words; None when the clause starts inside a quote or fewer than ``least``
    of its words lie outside marks.
    """
    for a, b in marks:
        if a >= hi and not text[hi:a].strip() and _GOES_ON.match(text, a + 1):
            hi = b  # "said she approached her “and said, …”": the quote goes on with the clause
    touched = [(a, b) for a, b in marks if a < hi and lo < b]
    if not touched:
        return lo, hi, False
    for a, b in touched:
        if a < lo:
            if text[a:lo].strip(" “”\"'‘’«»"):
                return None  # the clause starts inside the quote
            lo = a
        if b > hi:
            hi = b  # the quote runs on past the clause's end ("said the ruling was “… . The …”")
    inside = {m.start() for a, b in touched for m in _WORD.finditer(text, a, b)}
    own = [m for m in _WORD.finditer(text, lo, hi) if m.start() not in inside]
    if len(own) < least:
        return None
    return lo, hi, True


def link(quote, earlier: list) -> int | None:
    """The ``quote_group`` of the marked quotes inside a mixed clause, if any."""
    inside = [
        q
        for q in earlier
        if q.quote_type != "indirect" and quote.start <= q.start and q.end <= quote.end
    ]
    return min(q.group for q in inside) if inside else None


def orphan(quote, earlier: list) -> bool:
    """An object content of a characterising verb kept for the quoted words it
    holds (``criticized the “identity politics” on display``) whose marks hold no quote
    (``called for an election after a vote on its 'Reform Act'``: a title): the marks were
    the only reason to look again, so the row is left out as before."""
    rules = quote.rules
    return (
        MIXED in rules
        and objects.OBJECT in rules
        and quote.cue_lemma in objects.CHARACTERISING
        and link(quote, earlier) is None
    )
