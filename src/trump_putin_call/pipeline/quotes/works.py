"""Titles of works in marks are not speech, even when a cue stands by them.

The quote stage keeps no title in marks (``the film “Dune”``). A title-cased stretch
followed by a byline is a book, an article or a show, whatever cue stands by it
(``according to “Perfect Enough: Carly Fiorina and the Reinvention of Hewlett-Packard”
by George Anders``): :func:`title_words` tells the title-cased stretch, and
:func:`trump_putin_call.pipeline.quotes.keep.bylined` the byline.
"""

from __future__ import annotations

from trump_putin_call.pipeline.quotes.marks import _title_cased


def title_words(quoted: str, min_words: int = 2) -> bool:
    """Whether the words in marks are title-cased (every word but the small ones starts
    with a capital), at least ``min_words`` of them, and not all in capitals (a shout)."""
    words = quoted.strip().rstrip(",.!?").split()
    return (
        len(words) >= min_words
        and not quoted.isupper()
        and any(w[:1].isalpha() for w in words)
        and _title_cased(words)
    )
