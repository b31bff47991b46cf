"""Names the article writes right after a person's title ("Pope Francis", "Sen. Warren",
"Mr. Pate"): whatever else their form suggests, the article says they are people.
"""

from __future__ import annotations

import re

#: Titles that only stand before a person's name (no "Justice Department", "General Motors").
_TITLE = re.compile(
    r"\b(?:Pope|President|Senator|Sen\.|Governor|Gov\.|Rep\.|Representative|Mayor|"
    r"Secretary|Ambassador|Judge|King|Queen|Prince|Princess|Cardinal|Bishop|Rabbi|Imam|"
    r"Mr|Mrs|Ms|Dr|Mr\.|Mrs\.|Ms\.|Dr\.)\s+([A-Z][\w’'\-]*[a-z][\w’'\-]*)"
)


def titled_names(text: str) -> frozenset[str]:
    """Every one-word name the article writes after a person's title."""
    return frozenset(m.group(1) for m in _TITLE.finditer(text))
