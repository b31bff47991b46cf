"""``The actress said`` when the article never writes ``actress`` before a name: the person
the description stands for is the one the article has just been about.

News introduces a person by name and then goes on with a description of them: "Sarandon,
69, told MSNBC …. “…,” she added. ¶ The actress said …"; "Trump called on Mayor Lee Park
to …. ¶ “…,” the Republican presidential candidate said". When :meth:`.person_in_role`
finds nobody with the role as a title or apposition (``rule:named_role``), the speaker is
the latest person who spoke or was the subject of a sentence since the start of the
paragraph two before (``rule:role_recent_person``), who

- is a person by name (not a dateline in capitals),
- agrees with the description's gender when it says one (``the spokeswoman``, ``the
  congressman``),
- is not given another role as a title by the article ("Mayor Lee Park" is not "the
  candidate"), and
- is not named in the quote itself (whom a quote talks about is not who says it).

The role nouns are :data:`ROLE_NOUNS` (``candidate``, ``senator``, ``actress``, …), singular,
led by ``the``, without an owner (``Ostrova’s ambassador``
is :mod:`.speakers`' ``_possessed``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trump_putin_call.pipeline.quotes import pronouns, roles

if TYPE_CHECKING:
    from trump_putin_call.pipeline.entities.mention import Mention
    from trump_putin_call.pipeline.quotes.article import _Article
    from trump_putin_call.pipeline.quotes.quote import Quote

RULE = "rule:role_recent_person"

#: Descriptions that stand for one named person the article is about: offices, candidacy,
#: occupations (not ``official``, ``source`` or ``organizer``, which news uses for people it
#: does not name).
ROLE_NOUNS = frozenset(
    "candidate nominee frontrunner front-runner senator congressman congresswoman governor "
    "mayor president secretary leader lawmaker chairman chairwoman billionaire businessman "
    "businesswoman developer mogul actress actor singer star rapper comedian entertainer "
    "host anchor pastor preacher admiral general ambassador neurosurgeon surgeon".split()
)

#: Titles that give a person an office other candidates do not hold ("Mayor Lee Park" is
#: not "the candidate"); senators, governors and secretaries run for office too.
_OTHER_OFFICES = (
    "mayor judge admiral general pastor bishop colonel sheriff ambassador chancellor coach "
    "professor".split()
)

#: Descriptions that say a gender, and the pronoun that gender takes.
_GENDERED = {
    "actress": "she",
    "businesswoman": "she",
    "congresswoman": "she",
    "spokeswoman": "she",
    "chairwoman": "she",
    "mother": "she",
    "sister": "she",
    "wife": "she",
    "daughter": "she",
    "actor": "he",
    "businessman": "he",
    "congressman": "he",
    "spokesman": "he",
    "chairman": "he",
    "father": "he",
    "brother": "he",
    "husband": "he",
    "son": "he",
}

#: A speaker given by a pronoun counts only when the voice carried on (``previous_speaker``).
_PRONOUNS = frozenset({"he", "she", "him", "her"})

#: Paragraphs before the description's own that the person may have been named in.
MAX_PARAGRAPHS = 2


def _paragraph_floor(text: str, at: int) -> int:
    """Where the paragraph :data:`MAX_PARAGRAPHS` before the one at ``at`` starts."""
    starts = [0] + [m.end() for m in re.finditer(r"\n+", text[:at])]
    return starts[max(0, len(starts) - 1 - MAX_PARAGRAPHS)]


def _titled_otherwise(art: _Article, m: Mention, noun: str) -> bool:
    """Whether the article writes another role's title before this person's surname."""
    surname = m.canonical.split()[-1].lower()
    for role in _OTHER_OFFICES:
        if role == noun:
            continue
        titles = roles.ROLES[role]
        words = "|".join(re.escape(t) for t in titles)
        pattern = re.compile(rf"\b(?i:{words}) (?:[A-Z][\w.'’-]* ){{0,3}}$")
        for o in art.people:
            if o.canonical.split()[-1].lower() != surname:
                continue
            if pattern.search(art.text[max(0, o.start - 40) : o.start]):
                return True
    return False


def person(art: _Article, noun: str, at: int, quote: Quote) -> tuple[Mention | None, str] | None:
    """The person ``the <noun>`` at offset ``at`` stands for, as (mention or None, name),
    or None."""
    floor = _paragraph_floor(art.text, at)
    if _introduced_unnamed(art, floor, at, noun):
        return None
    named = set(re.findall(r"\w+", quote.text))
    found: list[tuple[int, Mention | None, str]] = []
    for m in art.people:
        if floor <= m.start < at and id(m) in art.subjects and art._outside(m):
            found.append((m.start, m, m.canonical))
    known = {id(q): q for q in [*art.done, *art.spoken]}.values()
    for q in known:
        if q is quote or not (floor <= q.end <= at) or not q.speaker_name or RULE in q.rules:
            continue  # not a speaker this rule chose: the same sentence's other quotes
        guessed = (
            q.speaker_text or ""
        ).lower() in _PRONOUNS and "rule:previous_speaker" not in q.rules
        if q.speaker is not None and q.speaker.label == "PERSON" and not guessed:
            found.append((q.end, q.speaker, q.speaker_name))
    pronoun = _said_gender(art, at, noun)
    kept = []
    for _, m, name in sorted(found, key=lambda x: x[0], reverse=True):
        if m is None or not pronouns.person_like(art, m) or named & set(name.split()):
            continue
        if pronoun is not None and not pronouns.agrees(art, name, pronoun):
            continue
        if not _titled_otherwise(art, m, noun):
            kept.append((m, name))
    # a gender said picks a person known to have it over one whose gender is unknown
    sure = [k for k in kept if pronoun is None or pronouns.gender_of(art, k[1]) is not None]
    return (sure or kept or [None])[0]
    return None


def is_role(noun: str, tag: str) -> bool:
    """Whether ``noun`` (a lemma, with its part-of-speech tag) is a description of one
    person this module reads (not "the two voters")."""
    return noun in ROLE_NOUNS and tag == "NN"


def _said_gender(art: _Article, at: int, noun: str) -> str | None:
    """The pronoun the description's gender takes: the noun's own (``actress``), else
    the only one of ``her``/``his`` before it in its sentence ("Reprising one of her
    lines, the former secretary of state …")."""
    if noun in _GENDERED:
        return _GENDERED[noun]
    start = pronouns._sentence_start(art.text, at)
    found = {
        w.lower() for w in re.findall(r"\b(?:[Hh]er|[Hh]is|[Ss]he|[Hh]e)\b", art.text[start:at])
    }
    said = {"she" if w in ("her", "she") else "he" for w in found}
    return said.pop() if len(said) == 1 else None


def _introduced_unnamed(art: _Article, floor: int, at: int, noun: str) -> bool:
    """Whether ``a``/``an`` … ``noun`` stands between ``floor`` and ``at``: "A senior
    official said …. ‘…,’ the official said" speaks of that unnamed person."""
    pattern = re.compile(
        rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+){{0,4}}?{re.escape(noun)}\b"
    )
    return pattern.search(art.text, floor, at) is not None
