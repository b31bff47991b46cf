"""Listed names the model missed: organisations, people and places, when they stand on
their own in the prose.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trump_putin_call.pipeline.entities.gazetteer.lists import (
    _pattern,
    known_orgs,
    known_people,
    known_places,
)
from trump_putin_call.pipeline.entities.gazetteer.relabel import (
    _GPE_LOC,
    _IN_TOWN,
    _org_label,
    _placed,
)
from trump_putin_call.pipeline.entities.gazetteer.split import _LEGAL_FORM
from trump_putin_call.pipeline.entities.lexicon import TITLES
from trump_putin_call.pipeline.entities.mention import MINED_TYPES, Mention
from trump_putin_call.pipeline.sentences import Sentence

_WORD_BEFORE = re.compile(r"([\w’'\-.&]+)\s+$")

#: Capitalised words that may stand before a name without being part of it.
_OPENERS = frozenset(
    "the a an in at for and but on by from with to of as while when after before its their "
    "his her our says said like both".split()
)

_WORD_AFTER = re.compile(r"(?:[’']s)?\s+([\w’'\-&]+)")


def _alone(text: str, sent: Sentence, start: int, end: int) -> bool:
    """The name at ``start:end`` stands on its own: no capitalised word right before it
    ("Thomson Reuters") or after it ("Amazon Web Services"), save an opener ("The"), a
    possessive ("Støre’s Labour government", "the PLA’s Eastern Command") or a legal form
    ("Porsche SE")."""

    before = _WORD_BEFORE.search(text, sent.start, start)
    if (
        before
        and before.group(1)[:1].isupper()
        and before.group(1).lower() not in _OPENERS | TITLES  # "President Ursula …"
        and not before.group(1).endswith(("’s", "'s"))
    ):
        return False
    after = _WORD_AFTER.match(text, end, sent.end)
    return not (
        after
        and after.group(1)[:1].isupper()
        and not _LEGAL_FORM.match(text, end)
        and text[end : end + 2] not in ("’s", "'s")
    )


def _add_names(
    text: str,
    sentences: list[Sentence],
    mentions: list[Mention],
    pattern: re.Pattern[str],
    make: Callable[[str, int, Sentence], Mention | None],
    *,
    skip_sentence_start: bool,
) -> list[Mention]:
    """Matches of ``pattern`` in the prose that no mention covers, made into mentions by
    ``make(name, start, sentence)`` (``None``: leave it); mentions lying inside a match are
    its pieces and go."""
    out = list(mentions)
    for sent in sentences:
        if sent.block.type not in MINED_TYPES:
            continue
        for match in pattern.finditer(text, sent.start, sent.end):
            start, end = match.span()
            if skip_sentence_start and start == sent.start:
                continue  # a sentence's first word is capitalised whatever it is
            overlapping = [m for m in out if m.start < end and start < m.end]
            if any(m.start <= start and m.end >= end for m in overlapping):
                continue  # the model's mention already covers it (relabel() has seen it)
            if any(m.start < start or m.end > end for m in overlapping):
                continue
            if not _alone(text, sent, start, end):
                continue
            made = make(match.group(), start, sent)
            if made is None:
                continue
            gone = {id(m) for m in overlapping}  # "Hudson" + "Bay Company"
            out = [m for m in out if id(m) not in gone]
            out.append(made)
    return sorted(out, key=lambda m: m.start)


def add_missing(
    text: str, sentences: list[Sentence], mentions: list[Mention], method: str
) -> list[Mention]:
    """Known organisations the model missed or cut in pieces ("Hudson" + "Bay Company"),
    when they stand on their own (:func:`_alone`)."""
    orgs = known_orgs()

    def make(name: str, start: int, sent: Sentence) -> Mention:
        org = orgs[name]
        label = _org_label(text, start, org)
        canonical = org.canonical_name or name
        return Mention(
            start, start + len(name), name, label, sent, [method, "rule:known_org"], canonical
        )

    return _add_names(text, sentences, mentions, _pattern("orgs"), make, skip_sentence_start=False)


def add_people(
    text: str, sentences: list[Sentence], mentions: list[Mention], method: str
) -> list[Mention]:
    """Listed public figures the model missed ("Tedros said"), when they stand on their own
    and are not also the name of a listed organisation or place."""
    people, orgs, places = known_people(), known_orgs(), known_places()

    def make(name: str, start: int, sent: Sentence) -> Mention:
        canonical = people[name].canonical_name or name
        rules = [method, "rule:known_person"]
        return Mention(start, start + len(name), name, "PERSON", sent, rules, canonical)

    before = {id(m) for m in mentions}
    found = _add_names(
        text, sentences, mentions, _pattern("people"), make, skip_sentence_start=False
    )
    return [m for m in found if id(m) in before or not (m.text in orgs or m.text in places)]


def add_places(
    text: str, sentences: list[Sentence], mentions: list[Mention], method: str
) -> list[Mention]:
    """Countries, capitals, states and regions the model missed ("power cuts in Tuvalu"),
    and cities where a place is meant ("a rally in Cardiff"), when they stand on their own
    and do not open a sentence."""
    places = known_places()

    def make(name: str, start: int, sent: Sentence) -> Mention:
        label = places[name].label
        return Mention(
            start, start + len(name), name, label, sent, [method, "rule:known_place"], name
        )

    def make_city(name: str, start: int, sent: Sentence) -> Mention | None:
        m = make(name, start, sent)
        listed = _AFTER_LISTED.search(text, sent.start, start)
        after_place = listed is not None and any(
            o.end == listed.start() and o.label in _GPE_LOC for o in mentions
        )  # "in Edinburgh and Cardiff"
        return m if after_place or _placed(text, m, _IN_TOWN) else None

    mentions = _add_names(
        text, sentences, mentions, _pattern("places"), make, skip_sentence_start=True
    )
    return _add_names(
        text, sentences, mentions, _pattern("cities"), make_city, skip_sentence_start=True
    )


_AFTER_LISTED = re.compile(r"(?:,\s+|\s+and\s+|,\s+and\s+|\s+or\s+)\Z")
