"""Reported content that runs on into the next sentence's quote.

``Clinton touted her record on the bill. “We need fair elections,” …``: a quote that opens
the sentence after a reported clause, has no cue of its own and no other speaker, continues
that clause's content (PolNeAR's guidelines: "content continuations should be included in
the attribution", even when they start a new sentence). The content is written in pieces,
as for a cue set inside a statement (``rule:parenthetical_cue``): the clause's row stays as
it is, the quote (marks included) becomes a second ``indirect`` row with the clause's
speaker and cue, and both join one ``quote_group`` with the direct quote
(``rule:continued_content``). So no row's text holds the cue and source between them
(``The plan will fail, Smith said. “It is a disaster.”``).
"""

from __future__ import annotations

import re

from trump_putin_call.pipeline.quotes.quote import QUOTE_RULES, Quote

#: The ``method`` token of a reported clause continued by the quote after it, and of the
#: quote's piece of the clause's content.
CONTINUED = "rule:continued_content"
_CLOSING = "”\"'’»"
_OPENING = "“\"‘'«"
#: Between the clause and the quote: the rest of its sentence (cue, source), ended, then the
#: opening mark. No newline, no other quotation mark.
_GAP = re.compile(r"[,.]?[”\"'’]{0,2}[^\n“”\"«»]*[.!?…]\s+[“\"‘'«]{1,2}")
#: After the quote: its closing mark and the end of the sentence, then a new sentence or the
#: end of the paragraph ("…,” Smith said." gives the quote a cue of its own).
_TAIL = re.compile(r"[”\"'’»]{1,2}([.!?…]?)(?:\s*$|\s*\n|\s+[“\"‘'«A-Z(])")


def extend(text: str, quotes: list[Quote]) -> None:
    """Add the content piece of each cue-less quote that opens the sentence after an
    indirect row, in the row's group.

    ``quotes`` are one article's rows sorted by start; changed in place (still sorted).
    """
    pieces = []
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
        pieces.append(_piece(text, row, nxt))
        old = nxt.group
        for q in quotes:
            if q.group == old:
                q.group = row.group
        row.rules.append(CONTINUED)
    if pieces:
        quotes.extend(pieces)
        quotes.sort(key=lambda q: q.start)


def _piece(text: str, row: Quote, quote: Quote) -> Quote:
    """The quote, marks included, as a piece of ``row``'s content: its speaker and cue."""
    start, end = quote.start, quote.end
    while start > 0 and text[start - 1] in _OPENING and quote.start - start < 2:
        start -= 1
    while end < len(text) and text[end] in _CLOSING and end - quote.end < 2:
        end += 1
    return Quote(
        start,
        end,
        text[start:end],
        "indirect",
        quote.closed,
        quote.sentence,
        row.group,
        speaker_start=row.speaker_start,
        speaker_end=row.speaker_end,
        speaker_text=row.speaker_text,
        speaker=row.speaker,
        speaker_name=row.speaker_name,
        cue=row.cue,
        cue_lemma=row.cue_lemma,
        rules=[QUOTE_RULES, CONTINUED],
    )


def _ends_sentence(text: str, end: int) -> bool:
    """The quote ending at ``end`` ends its sentence: no cue after it ("…,” Smith said")."""
    tail = _TAIL.match(text, end)
    return bool(tail) and (bool(tail.group(1)) or text[end - 1 : end] in ".!?…")
