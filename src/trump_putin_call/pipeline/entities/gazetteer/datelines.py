"""The place a wire story was filed from ("BERLIN (Reuters) -")."""

from __future__ import annotations

import re

from trump_putin_call.pipeline.entities.gazetteer.lists import known_places
from trump_putin_call.pipeline.entities.mention import MINED_TYPES, Mention
from trump_putin_call.pipeline.sentences import Sentence

#: "BERLIN (Reuters) -", "CHENNAI, India —", "KYIV –": a wire dateline opening a paragraph.
_DATELINE = re.compile(
    r"([A-ZÀ-Þ][A-ZÀ-Þ'’.\-]*(?: [A-ZÀ-Þ][A-ZÀ-Þ'’.\-]*)*)"
    r"(?:,\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*(?:\([^)\n]{1,30}\)\s*)?[-—–]\s"
)

_LOWER_IN_PLACE = frozenset("de da do dos das del of the upon la le el al on".split())


def _title_case(name: str) -> str:
    """ "RIO DE JANEIRO" → "Rio de Janeiro", "BRASÍLIA" → "Brasília"."""
    words = name.lower().split()
    return " ".join(
        w if i and w in _LOWER_IN_PLACE else "-".join(p.capitalize() for p in w.split("-"))
        for i, w in enumerate(words)
    )


def datelines(
    text: str, sentences: list[Sentence], mentions: list[Mention], method: str
) -> list[Mention]:
    """The place a wire story was filed from, in capitals at the start of a paragraph
    ("BERLIN (Reuters) -"): the model reads it as an organisation or misses it. A listed
    place there is the place, with its usual spelling as canonical name (``rule:dateline``)."""
    places = known_places()
    out = list(mentions)
    for sent in sentences:
        if sent.block.type not in MINED_TYPES or sent.start != sent.block.content[0]:
            continue
        match = _DATELINE.match(text, sent.start, sent.block.end)
        if match is None or len(match.group(1)) < 3:
            continue
        name = _title_case(match.group(1))
        place = places.get(name)
        if place is None:
            continue
        start, end = match.span(1)
        inside = [m for m in out if m.start < end and start < m.end]
        if any((m.start, m.end) != (start, end) for m in inside):
            continue
        for m in inside:
            if m.label != place.label:
                m.rules.append(f"rule:dateline_{m.label.lower()}_{place.label.lower()}")
                m.label = place.label
            m.canonical = name
        if not inside:
            rules = [method, "rule:dateline"]
            out.append(Mention(start, end, match.group(1), place.label, sent, rules, name))
    return sorted(out, key=lambda m: m.start)
