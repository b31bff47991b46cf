"""Mentions spelled like a known name take its label (and canonical name, if listed)."""

from __future__ import annotations

import re

from trump_putin_call.pipeline.entities.gazetteer.lists import (
    _ALSO_PEOPLE,
    _PERSON_PROOF,
    KnownName,
    known_orgs,
    known_people,
    known_places,
)
from trump_putin_call.pipeline.entities.lexicon import FAC_SUFFIXES, INSTITUTION_FAC
from trump_putin_call.pipeline.entities.mention import Mention

#: Labels a known organisation's name may have been given by the model (FAC is left:
#: "outside the Bank of England" may be the building).
_RELABEL_TO_PERSON = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"})

_RELABEL_TO_ORG = frozenset({"PERSON", "GPE", "LOC", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"})

_TO_PLACE = frozenset(
    "in at near outside inside into to from around across through via toward towards "
    "between of left visited fled reached entered".split()
)

_PLACE_NOUNS = frozenset(
    "mayor city council residents police port airport area region province state county "
    "suburbs metropolitan".split()
)

_GPE_LOC = frozenset({"GPE", "LOC"})

#: Words after which a seat of power is the building, not the institution ("outside the
#: Kremlin"); elsewhere it acts ("the Kremlin said").
_PLACE_WORDS = frozenset("outside inside near around opposite beside behind in into".split())


def _building(name: str) -> bool:
    """A name that may be the building ("Bank of England", "British Museum", "Kremlin")."""

    words = name.lower().split()
    return known_orgs().get(name, KnownName("", "", "", "")).kind == "seat of power" or bool(
        set(words) & (FAC_SUFFIXES | INSTITUTION_FAC | {"bank", "exchange"})
    )


def _org_label(text: str, start: int, org: KnownName) -> str:
    """ORG, or FAC for a seat of power named as the building."""
    if org.kind != "seat of power":
        return "ORG"
    before = [w.lower() for w in text[max(0, start - 30) : start].split()]
    while before and before[-1] in ("the", "a"):
        before.pop()
    return "FAC" if before and before[-1] in _PLACE_WORDS else "ORG"


#: Competitions and games the model takes for organisations or places: events.
EVENTS = frozenset(
    {
        "Champions League",
        "Europa League",
        "Conference League",
        "World Cup",
        "Club World Cup",
        "Euros",
        "Olympics",
        "Olympic Games",
        "Paralympics",
        "Paralympic Games",
        "Commonwealth Games",
        "Six Nations",
        "Tour de France",
        "Super Bowl",
        "World Series",
        "Grand Slam",
        "Ryder Cup",
        "Africa Cup of Nations",
        "Copa América",
        "Eurovision",
        "Eurovision Song Contest",
    }
)

_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish)")

#: Nationality words of other forms ("Welsh", "Thai").
_DEMONYMS = frozenset(
    "Welsh French Dutch Thai Swiss Greek Czech Scots Scottish Irish British Danish Swedish "
    "Finnish Polish Spanish Turkish Kurdish Lao Malay Filipino Uzbek Kazakh Tajik Kyrgyz "
    "Afghan Arab Yemeni Saudi Iraqi Israeli Omani Qatari Emirati Kuwaiti Bahraini "
    "Pakistani Bangladeshi Nepali Somali American Mexican African".split()
)


def _is_demonym(name: str, label: str = "GPE") -> bool:
    """A nationality word: one of :data:`_DEMONYMS`, or (not for a PERSON, whose surname may
    end so) a word in "-ian", "-ean", "-ese" or "-ish"."""
    return name in _DEMONYMS or (label != "PERSON" and bool(_DEMONYM.fullmatch(name)))


_CALENDAR = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)

#: Words before a town's name that make it the place: fewer than :data:`_TO_PLACE` ("a
#: stake sold to Mercedes" names no town).
_IN_TOWN = frozenset("in at near outside inside around into via reached entered".split())


def _placed(text: str, m: Mention, words: frozenset[str] = _TO_PLACE) -> bool:
    """A city's name where a place is meant: "trains to Lyon", "former Savannah mayor"
    (``words``: those before it that say so)."""
    before = text[max(0, m.start - 20) : m.start].split()
    after = text[m.end : m.end + 20].split()
    return bool(
        (before and before[-1].lower() in words)
        or (after and after[0].lower().strip(".,;:") in _PLACE_NOUNS)
    )


def _unintroduced(m: Mention, full_names: set[str]) -> bool:
    """A person's name that no other full name in the article ends with, built like no
    person's: news names a person in full before using a surname alone ("Lampedusa" said
    nothing)."""
    from trump_putin_call.pipeline import gender

    last = m.tokens[-1]
    return (
        m.label == "PERSON"
        and m.canonical == m.text
        and not any(n != m.text and n.split()[-1] == last for n in full_names)
        and gender.of_name(m.tokens[0]) is None
        and m.text not in _ALSO_PEOPLE
    )


def relabel(text: str, mentions: list[Mention]) -> None:
    """Mentions spelled like a known name take its label (and canonical name, if listed)."""
    orgs, places, people = known_orgs(), known_places(), known_people()
    full_names = {m.text for m in mentions if m.label == "PERSON" and len(m.tokens) >= 2}
    for m in mentions:
        place = places.get(m.text)
        if (
            place is not None
            and m.text not in people
            and m.text not in orgs
            and _unintroduced(m, full_names)
        ):
            m.rules.append("rule:known_place_unintroduced_person")  # "ferries to Lampedusa"
            m.label = place.label
            continue
        if m.text in EVENTS and m.label in ("ORG", "PERSON", "GPE", "LOC", "FAC", "NORP"):
            m.rules.append(f"rule:known_event_{m.label.lower()}")
            m.label = "EVENT"
            continue
        person = people.get(m.text)
        if person is not None and m.text not in orgs and m.text not in places:
            if m.label in _RELABEL_TO_PERSON:
                m.rules.append(f"rule:known_person_{m.label.lower()}")
                m.label = "PERSON"
            if m.label == "PERSON" and person.canonical_name and m.canonical == m.text:
                m.canonical = person.canonical_name
                if "rule:known_person" not in "".join(m.rules):
                    m.rules.append("rule:known_person")
            continue
        org = orgs.get(m.text)
        if org is not None and (
            m.label in _RELABEL_TO_ORG
            or org.kind == "seat of power"
            or (m.label == "FAC" and not _building(m.text))  # "Guardia Civil", "PSG"
        ):
            new = _org_label(text, m.start, org)
            if new != m.label:
                m.rules.append(f"rule:known_org_{m.label.lower()}_{new.lower()}")
                m.label = new
        if org is not None and m.label in ("ORG", "FAC"):
            m.canonical = org.canonical_name or m.canonical
            continue
        article = text[max(0, m.start - 4) : m.start]
        if article == "The " and f"The {m.text}" in places and m.label in _GPE_LOC:
            m.start -= 4  # "The Hague": the article is part of the name
            m.text = m.canonical = f"The {m.text}"
            m.rules.append("rule:known_place_article")
        if (
            m.label in ("GPE", "PERSON", "ORG")
            and m.text not in places
            and _is_demonym(m.text, m.label)
        ):
            m.rules.append(f"rule:demonym_{m.label.lower()}_norp")  # "Ukrainian", "Welsh"
            m.label = "NORP"
            continue
        place = places.get(m.text)
        if place is not None and place.kind == "town":
            # a town of GeoNames' cities15000 shares its name with many other things: it is
            # the place only where the text says so ("ferries to Lampedusa")
            if (
                m.label not in ("GPE", "LOC", "NORP")
                and m.text not in _CALENDAR  # "in March" (Cambridgeshire)
                and _placed(text, m, _IN_TOWN)
            ):
                m.rules.append(f"rule:known_town_{m.label.lower()}")
                m.label = place.label
            continue
        if place is not None and m.label == "NORP" and not _is_demonym(m.text):
            m.rules.append("rule:known_place_norp")  # "Punjab"
            m.label = place.label
            continue
        if place is None or m.label not in ("ORG", "PERSON", "PRODUCT", "WORK_OF_ART"):
            continue
        multiword_subdivision = place.kind == "subdivision" and " " in m.text  # "Andhra Pradesh"
        if m.label == "PERSON" and (
            m.text in _ALSO_PEOPLE
            or (
                place.kind not in _PERSON_PROOF
                and not multiword_subdivision
                and not _placed(text, m)
            )
        ):
            continue
        m.rules.append(f"rule:known_place_{m.label.lower()}")
        m.label = place.label
