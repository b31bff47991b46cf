"""A cue with no subject in the parse, after a name and its description set off by commas.

``“It is not that simple,” Gene Sperling, a top outside adviser, said at …`` and ``Alarmed by
the unrest, Senator Harry Reid, the minority leader, said that …``: the parser hangs the
name from a word inside the quote or from the clause before it, so the cue ``said`` has no
subject. The speaker is the person named right before the description: a name that opens
the sentence, or follows a comma or the quote's closing mark (titles allowed), followed by
a comma, a description without quotation marks, a comma, and the cue
(``rule:apposed_name``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from trump_putin_call.pipeline.quotes.article import _Article

APPOSED = "rule:apposed_name"

_MARKS = frozenset('“”"‘’«»')
#: What may stand between the clause boundary and the name: titles ("Senator", "Former Gov.").
_TITLES = re.compile(r"(?:[A-Z][\w.-]*\s+)*$")
#: A clause boundary right before the name (and its titles): a comma or a closing mark.
_BOUNDARY = re.compile(r"(?:,|,?\s*(?:”|''|\"))\s*$")


def name_before(art: _Article, cue: Token, offset: int) -> Token | None:
    """The last token of the person named before the description that precedes ``cue``
    (``X, the minority leader, said``), when the parse gives the cue no subject."""
    if cue.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    doc, sent = cue.doc, cue.sent
    i = cue.i - 1
    while i > sent.start and doc[i].pos_ == "ADV":  # "…, also said"
        i -= 1
    if doc[i].text != ",":
        return None
    comma = offset + doc[i].idx
    lo = offset + sent.start_char
    text = art.text
    for m in sorted(art.people, key=lambda m: m.start, reverse=True):
        if not lo <= m.start < m.end < comma or text[m.end] != ",":
            continue
        if any(a <= m.start < b for a, b in art.quoted):
            continue
        if any(ch in _MARKS for ch in text[m.end : comma]):
            continue
        lead = text[lo : m.start]
        titles = _TITLES.search(lead)
        lead = lead[: titles.start()] if titles else lead
        if lead.strip() and not _BOUNDARY.search(lead):
            continue
        at = next((t for t in doc[sent.start : cue.i] if offset + t.idx >= m.end), None)
        if at is None:
            return None
        m_last = at.i - 1
        while m_last > sent.start and doc[m_last].is_space:
            m_last -= 1
        return doc[m_last]
    return None
