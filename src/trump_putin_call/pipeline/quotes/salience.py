"""A pronoun speaker is, most often, whoever spoke last.

``“…,” Murphy said. Obama’s plan, he argued, … “…,” he said``: news keeps one voice going
over several quotes, and ``he`` goes on being the last speaker, even when another person
is named (not as a subject) in between (``rule:previous_speaker``). The last speaker is
taken when they spoke in this paragraph or the two before, agree with the pronoun's gender
where their first name tells it, nobody else has been the subject of a sentence since, and
nobody else is named in the pronoun's own sentence (``Trump’s rhetoric …, as the
president-elect denounced what he claimed …``: Trump). The last speaker counts even
when the entity model missed them, if the name says a person (``Adel Nefzi said …`` left
untagged, then ``Nefzi said …`` tagged as a place), and whether or not the stage has kept
their quote yet (the indirect quotes of a paragraph are kept together).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trump_putin_call.pipeline.quotes import pronouns, roles
from trump_putin_call.pipeline.quotes.lexicon import INSTITUTIONS, ORG_VOICES

if TYPE_CHECKING:
    from trump_putin_call.pipeline.quotes.article import _Article
    from trump_putin_call.pipeline.quotes.quote import Quote

_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})

PREVIOUS = "rule:previous_speaker"
#: Paragraph breaks a voice carries over.
MAX_BREAKS = 2


def _person_speaker(art: _Article, q: Quote) -> bool:
    """Whether a quote's speaker is a named person: a person mention that reads as one, a
    name the entity model did not tag (:func:`_named_person`), or the surname of a person
    named before ("Nefzi said" after "Adel Nefzi said")."""
    if q.speaker is not None and q.speaker.label == "PERSON":
        return pronouns.person_like(art, q.speaker)
    if _named_person(art, q):
        return True
    name, written = q.speaker_name or "", q.speaker_text or ""
    if not name or not written[:1].isupper() or written.lower() in _PRONOUNS:
        return False
    last = name.split()[-1]
    earlier = [m.canonical for m in art.people if m.start < q.start]
    known = {id(p): p for p in [*art.done, *art.spoken]}.values()
    earlier += [p.speaker_name or "" for p in known if p.start < q.start and _named_person(art, p)]
    return any(len(n.split()) > 1 and n.split()[-1] == last for n in earlier)


def _named_person(art: _Article, q: Quote) -> bool:
    """A speaker the entity model did not tag as a person (nor as an organisation) but whose
    name says one: two or more words with a first name of known gender ("Nefzi" as a place
    linked to "Adel Nefzi"), or an untagged name of a person."""
    from trump_putin_call.pipeline import gender

    name, written = q.speaker_name or "", q.speaker_text or ""
    if not name or not written[:1].isupper() or (q.speaker and q.speaker.label == "ORG"):
        return False
    if any(v[2] == name for v in art.voices):  # "Marden police": an institution
        return False
    if len(name.split()) > 1 and gender.of_name(name) is not None:
        return True
    return "rule:untagged_name" in q.rules and _name_of_person(art, q, name)


def _name_of_person(art: _Article, q: Quote, name: str) -> bool:
    """An untagged name of two or three words, none of them a word for an institution,
    not led by ``the``: "Adel Nefzi said", not "the Water Standards Regulator said"."""
    words = name.lower().split()
    if not 2 <= len(words) <= 3 or any(w in INSTITUTIONS or w in ORG_VOICES for w in words):
        return False
    start = q.speaker_start or 0
    return not re.search(r"\b[Tt]he\s+$", art.text[max(0, start - 5) : start])


def previous_speaker(art: _Article, before: int, pronoun: str) -> Quote | None:
    """The quote whose speaker, a person, last spoke before offset ``before``, if
    ``pronoun`` can be them."""
    known = {id(q): q for q in [*art.done, *art.spoken]}.values()
    spoken = [q for q in known if q.end <= before and _person_speaker(art, q)]
    if not spoken:
        return None
    last = max(spoken, key=lambda q: q.end)
    who = last.speaker_name or ""
    if art.text.count("\n", last.end, before) > MAX_BREAKS:
        return None
    if not pronouns.agrees(art, who, pronoun):
        return None
    line_start = art.text.rfind("\n", 0, before) + 1
    ends = list(re.finditer(r"[.!?][’”\"']?\s", art.text[line_start:before]))
    sentence_start = line_start + (ends[-1].end() if ends else 0)
    since = [
        m
        for m in art.people
        if last.end <= m.start < before
        and m.canonical != who
        and art._outside(m)
        # a subject since (or the owner of one: "Suu Kyi's fate is unclear, but she said"),
        # or anyone named in the pronoun's own sentence
        and (id(m) in art.subjects or id(m) in art.in_subject or m.start >= sentence_start)
    ]
    if since:
        return None
    # "Cole asked Admiral Vance …. Asked again, the admiral laughed. “…,” he said": a role
    # subject since the last quote that stands for someone else (rule:pronoun_role_subject)
    role = roles.latest(art, last.end, before)
    if role is not None:
        other = roles.person(art, role[1], role[0], art.people)
        if (
            other is not None
            and other.canonical != who
            and pronouns.agrees(art, other.canonical, pronoun)
        ):
            return None
    return last
