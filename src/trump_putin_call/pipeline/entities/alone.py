"""Names the article writes alone that the model did not tag everywhere: a first name
("Megyn was incredulous") of the one person it names in full with it ("Megyn Kelly"), and
a surname the model tagged alone once whose full name stands only inside a title ("The
Rachel Maddow Show").
"""

from __future__ import annotations

import re

from trump_putin_call.pipeline.entities.gazetteer.lists import known_people, known_places
from trump_putin_call.pipeline.entities.lexicon import _NOT_GIVEN, TITLES
from trump_putin_call.pipeline.entities.mention import MINED_TYPES, Mention
from trump_putin_call.pipeline.sentences import Sentence

#: A capitalised word before or after the first name makes it part of another name.
_BEFORE = re.compile(r"[A-Z][\w’'\-]*\s+$")
_AFTER = re.compile(r"\s+[A-Z]")


def _alone(text: str, name: str) -> list[tuple[int, int]]:
    """Where ``name`` stands alone: not inside a word, nor beside another capitalised word."""
    found = []
    for match in re.finditer(rf"(?<![\w\-’']){re.escape(name)}(?![\w\-])", text):
        start, end = match.span()
        if _BEFORE.search(text, max(0, start - 40), start) or _AFTER.match(text, end):
            continue
        found.append((start, end))
    return found


def first_names(
    text: str, sentences: list[Sentence], mentions: list[Mention], method: str
) -> list[Mention]:
    """Untagged lone first names become mentions linked to the person they open.

    A first name qualifies when exactly one person of the article, named in full, has it;
    it is a well-attested first name (which leaves out family names written first, "Ban"
    of "Ban Ki-moon"); no person of the article has it as a surname; and the article
    writes it alone more than once. Returns all mentions in document order.
    """
    from trump_putin_call.pipeline import gender

    people: dict[str, set[str]] = {}
    surnames = set()
    for m in mentions:
        if m.label != "PERSON" or not m.tokens:
            continue
        surnames.add(m.tokens[-1])
        words = m.canonical.split()
        if len(words) >= 2 and words[0].lower().strip(".") not in TITLES:
            people.setdefault(words[0], set()).add(m.canonical)
    taken = [(m.start, m.end) for m in mentions]
    mined = [s for s in sentences if s.block.type in MINED_TYPES]
    found = list(mentions)
    for first, full in sorted(people.items()):
        if (
            len(full) != 1
            or not (first[:1].isupper() and first[1:].islower())  # not "ISIS"
            or first in surnames
            or first.lower() in _NOT_GIVEN
            or gender.of_name(first) is None
            or first in known_places()
            or first in known_people()
        ):
            continue
        spots = _alone(text, first)
        if len(spots) < 2:
            continue
        (canonical,) = full
        for start, end in spots:
            _add(
                found,
                taken,
                mined,
                (start, end),
                first,
                canonical,
                [method, "rule:first_name_alone"],
            )
    return sorted(found, key=lambda m: m.start)


def _add(
    found: list[Mention],
    taken: list[tuple[int, int]],
    mined: list[Sentence],
    span: tuple[int, int],
    text: str,
    canonical: str,
    rules: list[str],
) -> None:
    """A PERSON mention at ``span`` when a mined sentence holds it and no mention overlaps it."""
    start, end = span
    sent = next((s for s in mined if s.start <= start and end <= s.end), None)
    if sent is None or any(a < end and start < b for a, b in taken):
        return
    found.append(Mention(start, end, text, "PERSON", sent, rules, canonical=canonical))
    taken.append(span)


def surnames(
    text: str, sentences: list[Sentence], mentions: list[Mention], method: str
) -> list[Mention]:
    """Other occurrences of a one-word person the model tagged, which no full name of the
    article ends, when the article writes it after a well-attested first name ("Rachel
    Maddow" inside "The Rachel Maddow Show"). Returns all mentions in document order.
    """
    from trump_putin_call.pipeline import gender

    ends = {m.tokens[-1] for m in mentions if m.label == "PERSON" and len(m.tokens) >= 2}
    words = sorted(
        {
            m.text
            for m in mentions
            if m.label == "PERSON"
            and len(m.tokens) == 1
            and m.canonical == m.text
            and len(m.text) > 2
            and m.text[:1].isupper()
            and m.text[1:].islower()
            and m.text not in ends
        }
    )
    taken = [(m.start, m.end) for m in mentions]
    mined = [s for s in sentences if s.block.type in MINED_TYPES]
    found = list(mentions)
    for word in words:
        after = re.findall(rf"(?<![\w\-’'])([A-Z][a-z]+) {re.escape(word)}(?![\w\-])", text)
        if not any(
            gender.of_name(first) is not None and first.lower() not in _NOT_GIVEN for first in after
        ):
            continue
        for match in re.finditer(rf"(?<![\w\-’']){re.escape(word)}(?![\w\-])", text):
            rules = [method, "rule:lone_surname_propagation"]
            _add(found, taken, mined, match.span(), word, word, rules)
    return sorted(found, key=lambda m: m.start)
