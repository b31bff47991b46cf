"""Reported content that runs on into the next sentence's quote.

``Clinton touted her record on the bill. “We need fair elections,” …``: a quote that opens
the sentence after a reported clause, has no cue of its own and no other speaker, continues
that clause's content (PolNeAR's guidelines: "content continuations should be included in
the attribution", even when they start a new sentence). The indirect row's span is widened
over the quote, and the quote joins its ``quote_group``, as a mixed clause's quoted words do
(``rule:continued_content``).
"""

from __future__ import annotations

import re

from trump_putin_call.pipeline.quotes.quote import Quote

#: The ``method`` token of an indirect row widened over the quote after it.
CONTINUED = "rule:continued_content"
_CLOSING = "”\"'’»"
#: Between the clause and the quote: the rest of its sentence (cue, source), ended, then the
#: opening mark. No newline, no other quotation mark.
_GAP = re.compile(r"[,.]?[”\"'’]{0,2}[^\n“”\"«»]*[.!?…]\s+[“\"‘'«]{1,2}")
#: After the quote: its closing mark and the end of the sentence, then a new sentence or the
#: end of the paragraph ("…,” Smith said." gives the quote a cue of its own).
_TAIL = re.compile(r"[”\"'’»]{1,2}([.!?…]?)(?:\s*$|\s*\n|\s+[“\"‘'«A-Z(])")


def extend(text: str, quotes: list[Quote]) -> None:
    """Widen each indirect row over a cue-less quote that opens the next sentence.

    ``quotes`` are one article's rows sorted by start; changed in place.
    """
    for k, row in enumerate(quotes):
        if row.quote_type != "indirect" or k + 1 >= len(quotes):
            continue
        after = [q for q in quotes[k + 1 :] if q.start >= row.end]
        if not after or any(row.end <= q.start < after[0].start for q in quotes if q is not row):
            continue
        nxt = after[0]
        if (
            nxt.quote_type != "direct"
            or nxt.sentence.block is not row.sentence.block
            or nxt.sentence.index > row.sentence.index + 1
            or nxt.speaker_name not in (None, row.speaker_name)
            or row.speaker_name is None
            or not _GAP.fullmatch(text, row.end, nxt.start)
            or not _ends_sentence(text, nxt.end)
        ):
            continue
        if any(q.group == nxt.group and q.quote_type == "indirect" for q in quotes):
            continue  # the quote is already part of another reported clause
        end = nxt.end
        while end < len(text) and text[end] in _CLOSING and end - nxt.end < 2:
            end += 1
        row.end = end
        row.text = text[row.start : end]
        old = nxt.group
        for q in quotes:
            if q.group == old:
                q.group = row.group
        row.rules.append(CONTINUED)


def _ends_sentence(text: str, end: int) -> bool:
    """The quote ending at ``end`` ends its sentence: no cue after it ("…,” Smith said")."""
    tail = _TAIL.match(text, end)
    return bool(tail) and (bool(tail.group(1)) or text[end - 1 : end] in ".!?…")
