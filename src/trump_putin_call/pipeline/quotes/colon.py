"""A reported clause that goes on into a quote after a colon.

``Ms. Rook said there was a simple explanation: “The ferry never paid.”``: PolNeAR marks the
clause and the quote as one content. The ``indirect`` row runs to the closing mark and holds
the quote, a mixed quote linked to it (``rule:quote_after_colon``).
"""

from __future__ import annotations

#: The ``method`` token of a reported clause that goes on into a quote after a colon.
AFTER_COLON = "rule:quote_after_colon"


def after_colon(text: str, hi: int, marks: list[tuple[int, int]]) -> int | None:
    """The end of a quote that goes on from a reported clause ending at ``hi`` after a
    colon (``said there is a simple answer: “…”``), or None."""
    rest = text[hi:]
    gap = len(rest) - len(rest.lstrip(" "))
    if not rest[gap:].startswith(":"):
        return None
    at = hi + gap + 1
    at += len(text[at:]) - len(text[at:].lstrip(" "))
    return next((b for a, b in marks if a == at), None)
