"""A person's surname the entity model tagged as a place or organisation.

``Luther Stan Pate IV`` is tagged PERSON once, then ``Pate`` ORG six times: those later
mentions still name him. A pronoun may stand for him there, and he can be the subject a
pronoun looks for (``rule:surname_person``). Only a surname one person of the article
carries counts (never ``Clinton`` when both Bill and Hillary Clinton are named), and only
after the full name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trump_putin_call.pipeline.entities.mention import Mention

SURNAME = "rule:surname_person"

_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_MISTAGGED = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})


def surname_people(mentions: list[Mention], people: list[Mention]) -> dict[int, Mention]:
    """``id`` of each mistagged surname mention → the person mention that names them in
    full (the first one)."""
    owners: dict[str, list[Mention]] = {}
    for p in people:
        words = [w for w in p.canonical.split() if w.lower().strip(".,") not in _SUFFIXES]
        if len(words) >= 2 and words[-1][:1].isupper():
            owners.setdefault(words[-1], []).append(p)
    out: dict[int, Mention] = {}
    for m in mentions:
        found = owners.get(m.text)
        if m.label not in _MISTAGGED or not found:
            continue
        if len({p.canonical for p in found}) != 1 or found[0].start > m.start:
            continue
        out[id(m)] = found[0]
    return out
