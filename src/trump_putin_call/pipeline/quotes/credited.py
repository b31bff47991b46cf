"""A quoted paragraph credited by a dash line under it.

``“… pay zero taxes.”`` ¶ ``- Sanders.`` and ``“…”`` ¶ ``-President Obama, tweeting after
the speech.``: a paragraph that is one quote with no cue, followed by a paragraph opening
with a dash and a name, is that person's (``rule:dash_credit``). The name must follow the
dash at once (titles such as ``President`` or ``Mayor`` may stand between) and end the line
or be followed by a comma or a full stop.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trump_putin_call.pipeline.entities.lexicon import TITLES

if TYPE_CHECKING:
    from trump_putin_call.pipeline.blocks import Block
    from trump_putin_call.pipeline.quotes.article import _Article
    from trump_putin_call.pipeline.quotes.quote import Quote

CREDIT = "rule:dash_credit"

_CLOSING = frozenset("”\"’'.!?,) \t")


def credit(art: _Article, q: Quote, block: Block, after: Block | None, close: int) -> None:
    """Give ``q`` the person (or organisation) a dash line right under its paragraph names,
    when the quote's closing mark at ``close`` ends its paragraph."""
    if after is None or after.index != block.index + 1:
        return
    if any(ch not in _CLOSING for ch in art.text[close : block.end]):
        return
    lo, hi = after.start, after.content[1]  # "- Sanders." may be read as a list item
    line = art.text[lo:hi]
    if line.lstrip()[:1] not in ("-", "–", "—"):
        return
    first = lo + len(line) - len(line.lstrip()) + 1  # right after the dash
    first += len(art.text[first:hi]) - len(art.text[first:hi].lstrip(" \t"))
    found = [
        m
        for m in art.mentions
        if m.label in ("PERSON", "ORG")
        and first <= m.start < hi
        and all(w.lower().rstrip(".") in TITLES for w in art.text[first : m.start].split())
    ]
    if not found:
        return
    who = found[0]
    rest = art.text[who.end : hi].strip()
    if rest and rest[0] not in ",.":
        return
    q.speaker_start, q.speaker_end, q.speaker_text = who.start, who.end, who.text
    q.speaker, q.speaker_name = who, who.canonical
    q.rules.append(CREDIT)
    art.spoken.append(q)
