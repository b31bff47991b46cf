"""Stage 4b: names whose label the world already knows (a gazetteer).

Three versioned lists ship with the package, each row stamped on the mentions it touches:

- ``known_orgs.csv`` (about 10,300 organisations: international bodies, agencies,
  legislatures, courts, police and armed forces, parties and armed groups, news
  organisations, companies, clubs, universities and hospitals; written from general
  knowledge, merged by ``tools/add_known_orgs.py``). A mention spelled exactly like a
  listed name becomes an organisation ("advised by Goldman Sachs" is no person), and a
  listed name the model missed is added: ``rule:known_org``. A name that also means
  something else (column ``ambiguous``: a word, a person's name, or ``place`` for a town
  or nationality word: "Boots", "Liverpool", "Reform") counts only where the context says
  so: a club in a sports report, a company in a sentence about shares or sales, a party in
  one about seats or votes (``rule:known_org_context``).
- ``known_people.csv`` (hand-curated public figures: leaders, ministers, heads of
  international bodies, central bankers; full names and the surnames no other listed
  person shares). A name the model took for an organisation or place is a person ("talks
  with Trump"), and a lone surname gets the full name: ``rule:known_person``.
- ``known_places.csv`` (GeoNames, via ``tools/make_known_places.py``: countries, capitals,
  US states, continents, cities of 200,000 people or more, and towns of 15,000 or more).
  The model's organisation of that name is a place ("the embassy in Oslo"); its person is
  a place for countries, capitals, states and continents that are not also given names,
  and for other places where the text says a place is meant ("in Stavanger") or the
  article introduces nobody of that name: ``rule:known_place``, ``rule:known_town``.

The corpus's own ``entity_overrides.csv`` runs after this stage and wins.
"""

from __future__ import annotations

import csv
import functools
import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources

from trump_putin_call.pipeline.entities import MINED_TYPES, Mention
from trump_putin_call.pipeline.sentences import Sentence

ORGS_FILE = "known_orgs.csv"
PEOPLE_FILE = "known_people.csv"
PLACES_FILE = "known_places.csv"
#: Place kinds whose names the model's PERSON label cannot override.
_PERSON_PROOF = frozenset({"country", "capital", "us_state", "continent", "region"})
#: Countries and capitals that are also people's names ("Jordan", "Sofia", "Stanley").
_ALSO_PEOPLE = frozenset(
    "Jordan Chad Georgia Victoria Santiago Kingston Hamilton Douglas Stanley Male Washington "
    "Lima Sofia Israel Jersey Guernsey Nassau Florence Charlotte Austin Lincoln Jackson".split()
)
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
_WORD_BEFORE = re.compile(r"([\w’'\-.&]+)\s+$")
#: Capitalised words that may stand before a name without being part of it.
_OPENERS = frozenset(
    "the a an in at for and but on by from with to of as while when after before its their "
    "his her our says said like both".split()
)
#: Words after which a seat of power is the building, not the institution ("outside the
#: Kremlin"); elsewhere it acts ("the Kremlin said").
_PLACE_WORDS = frozenset("outside inside near around opposite beside behind in into".split())
_WORD_AFTER = re.compile(r"(?:[’']s)?\s+([\w’'\-&]+)")


@dataclass(frozen=True)
class KnownName:
    surface: str
    label: str
    canonical_name: str  # "" keeps the mention's own
    kind: str
    ambiguity: str = ""  # "place" or "yes": see ``context_orgs``


def _variants(surface: str) -> list[str]:
    """Other spellings of a listed name: the Arabic article both ways ("al-Shabaab",
    "Al-Shabaab") and either apostrophe ("King’s Fund", "King's Fund")."""
    out = [surface]
    for a, b in (("al-", "Al-"), ("Al-", "al-")):
        if surface.startswith(a):
            out.append(b + surface[len(a) :])
    for a, b in (("’", "'"), ("'", "’")):
        out += [form.replace(a, b) for form in out if a in form]
    return out


@functools.cache
def known_orgs() -> dict[str, KnownName]:
    """The curated organisations, by surface form."""
    out: dict[str, KnownName] = {}
    for r in _read(ORGS_FILE):
        if r["ambiguous"]:
            continue
        for form in _variants(r["surface"]):
            out.setdefault(form, KnownName(form, "ORG", r["canonical_name"], r["note"]))
    return out


@functools.cache
def context_orgs() -> dict[str, KnownName]:
    """Listed organisations whose name also means something else ("Liverpool", "Boots",
    "Reform"): they are organisations only where their sentence or article says so.
    ``ambiguity`` is "place" for a name that is also a town or a nationality word."""
    return {
        form: KnownName(form, "ORG", r["canonical_name"], r["note"], r["ambiguous"])
        for r in _read(ORGS_FILE)
        if r["ambiguous"]
        for form in _variants(r["surface"])
    }


@functools.cache
def known_people() -> dict[str, KnownName]:
    """The curated public figures, by surface form (full names and unambiguous surnames)."""
    return {
        r["surface"]: KnownName(r["surface"], "PERSON", r["canonical_name"], r["note"])
        for r in _read(PEOPLE_FILE)
    }


@functools.cache
def known_places() -> dict[str, KnownName]:
    """The GeoNames places, by surface form (a name that is also a known organisation is left
    to the organisation list: "Santander" the bank)."""
    orgs = known_orgs()
    return {
        r["surface"]: KnownName(r["surface"], r["label"], "", r["kind"])
        for r in _read(PLACES_FILE)
        if r["surface"] not in orgs
    }


def _read(name: str) -> list[dict[str, str]]:
    text = resources.files("trump_putin_call.pipeline").joinpath(name).read_text("utf-8")
    return list(csv.DictReader(text.splitlines()))


@functools.cache
def _pattern(kind: str) -> re.Pattern[str]:
    """The regex of one list, built once: "orgs" and "context" (the trusted and the
    ambiguous organisations), "people", "places" (those the model's person cannot
    override, save the names that are also people's) and "cities"."""
    if kind == "orgs":
        return _names_pattern(known_orgs())
    if kind == "context":
        return _names_pattern(context_orgs())
    if kind == "people":
        return _names_pattern(known_people())
    places = known_places()
    if kind == "cities":
        return _names_pattern(f for f, p in places.items() if p.kind == "city")
    return _names_pattern(
        f for f, p in places.items() if p.kind in _PERSON_PROOF and f not in _ALSO_PEOPLE
    )


def _names_pattern(names: Iterable[str]) -> re.Pattern[str]:
    """Any of ``names`` as a whole word, the longest that fits first.

    The names are folded into a trie ("Bank of (?:America|England)"), so the regex tries
    one branch per letter instead of every name at every position."""
    trie: dict = {}
    for name in names:
        node = trie
        for ch in name:
            node = node.setdefault(ch, {})
        node[""] = {}
    return re.compile(rf"(?<![\w\-’'])(?:{_trie_regex(trie)})(?![\w\-])")


def _trie_regex(node: dict) -> str:
    """The regex of a trie node: its branches, optional where a name ends there (greedy, so
    the longer name is tried first and the shorter one on backtracking)."""
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body


def _building(name: str) -> bool:
    """A name that may be the building ("Bank of England", "British Museum", "Kremlin")."""
    from trump_putin_call.pipeline.entities import FAC_SUFFIXES, INSTITUTION_FAC

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
    "Pakistani Bangladeshi Nepali Somali".split()
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


def _known_label(name: str) -> str | None:
    if name in known_orgs():
        return "ORG"
    place = known_places().get(name)
    return place.label if place is not None else None


_RUN_BY = re.compile(r"-(?:run|led|backed|owned|controlled|allied|aligned|funded|linked)\s+")


def _piece(m: Mention, start: int, end: int, text: str, label: str, rule: str) -> Mention:
    piece = text[start:end]
    return Mention(start, end, piece, label, m.sentence, [*m.rules, rule], canonical=piece)


#: Jobs that introduce a person: "analyst Søren Holm of Jyske Bank".
_PERSON_ROLES = frozenset(
    "analyst analysts economist economists professor lawyer researcher director head chief "
    "executive spokesman spokeswoman spokesperson strategist trader founder chairman "
    "chairwoman president secretary minister official adviser advisor correspondent "
    "editor reporter scientist expert partner manager".split()
)


def _role_before(text: str, start: int) -> bool:
    before = text[max(0, start - 25) : start].split()
    return bool(before) and before[-1] in _PERSON_ROLES


def _stands_alone(text: str, word: str, m: Mention) -> bool:
    """``word`` is named on its own elsewhere in the text, not followed by another
    capitalised word ("Fjordlaks said", but not "Competition and …" again)."""
    for found in re.finditer(
        rf"(?<![\w\-])({re.escape(word)})(?![\w\-])(?!\s+(?:and\s+)?[A-Z])", text
    ):
        if not m.start <= found.start() < m.end:
            return True
    return False


#: A title between an organisation's name and a person's ("… Governor Andrew Bailey").
_TITLED_PERSON = re.compile(
    r" (Governor|Chairman|Chairwoman|Chair|President|Director|Secretary|Minister|"
    r"Commissioner|Chief Executive|CEO|Spokesman|Spokeswoman|Spokesperson|Leader) "
    r"([A-Z][\w’'\-]+)(?: [A-Z][\w’'\-]+){1,2}$"
)


def split_merged(text: str, mentions: list[Mention]) -> list[Mention]:
    """One span the model made of two names: "Somali National Army and African Union",
    "Stockholm and Johns Hopkins University" (a known name on either side of "and"),
    "Eli Lilly of Indianapolis" (a known organisation "of" a known place) and
    "Søren Holm of Jyske Bank" (a first name "of" an organisation)."""
    from trump_putin_call.pipeline import gender
    from trump_putin_call.pipeline.entities import _NOT_GIVEN, ORG_SUFFIXES

    out: list[Mention] = []
    for m in mentions:
        compound = _RUN_BY.search(m.text) if m.label == "ORG" else None
        if compound and compound.start() > 0 and m.text[compound.end() :][:1].isupper():
            # "Hamas-run Health Ministry", "Iran-backed militias": two names
            left = m.text[: compound.start()]
            cut = m.start + compound.end()
            out.append(
                _piece(
                    m,
                    m.start,
                    m.start + len(left),
                    text,
                    _known_label(left) or "ORG",
                    "rule:split_compound",
                )
            )
            out.append(_piece(m, cut, m.end, text, "ORG", "rule:split_compound"))
            continue
        titled = _TITLED_PERSON.search(m.text) if m.label == "ORG" else None
        if titled and gender.of_name(titled.group(2)) is not None:
            # "Bank of England Governor Andrew Bailey": the organisation, then the person
            left_end = m.start + titled.start()
            out.append(_piece(m, m.start, left_end, text, "ORG", "rule:split_title"))
            right_start = m.start + titled.start(2)
            out.append(_piece(m, right_start, m.end, text, "PERSON", "rule:split_title"))
            continue
        parts = m.text.split(", ")
        if len(parts) > 1 and all(_known_label(p) in _GPE_LOC for p in parts):
            # "Mombasa, Kisumu": a list of places read as one name
            at = m.start
            for part in parts:
                label = _known_label(part) or "GPE"
                out.append(_piece(m, at, at + len(part), text, label, "rule:split_places"))
                at += len(part) + 2
            continue
        if m.label != "ORG" or _known_label(m.text) is not None:
            out.append(m)
            continue
        found = None
        for joiner in (" and ", " of "):
            at = m.text.find(joiner)
            if at <= 0 or m.text.find(joiner, at + 1) != -1:
                continue
            left, right = m.text[:at], m.text[at + len(joiner) :]
            lk, rk = _known_label(left), _known_label(right)
            words = left.split()
            if joiner == " and " and (lk or rk) and right[:1].isupper():
                found = (at, joiner, lk or "ORG", rk or "ORG")
            elif (
                joiner == " and "
                and len(words) == 1
                and right[:1].isupper()
                and _stands_alone(text, left, m)
            ):
                found = (at, joiner, "ORG", "ORG")  # "Fjordlaks and Nordhav Seafood"
            elif joiner == " of " and lk == "ORG" and rk in ("GPE", "LOC"):
                found = (at, joiner, "ORG", rk)
            elif (
                joiner == " of "
                and 2 <= len(words) <= 3
                and all(w[:1].isupper() for w in words)
                and words[0].lower() not in _NOT_GIVEN
                and (gender.of_name(words[0]) is not None or _role_before(text, m.start))
                and (rk == "ORG" or right.split()[-1].lower() in ORG_SUFFIXES)
            ):
                found = (at, joiner, "PERSON", "ORG")
            if found:
                break
        if found is None:
            out.append(m)
            continue
        at, joiner, left_label, right_label = found
        cut = m.start + at
        out.append(_piece(m, m.start, cut, text, left_label, "rule:split_merged"))
        out.append(_piece(m, cut + len(joiner), m.end, text, right_label, "rule:split_merged"))
    return out


_LEGAL_FORM = re.compile(
    r"\s+(?:SE|AG|plc|PLC|Inc\.|Inc|Ltd|NV|SA|GmbH|LLC|ASA|Oyj|Corp\.?)(?![\w\-])"
)


def legal_forms(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Porsche SE", "Next plc": the company's legal form is part of its name, and makes
    it a company whatever the model said ("Vantor SE" is no person)."""
    out = list(mentions)
    for m in mentions:
        nameable = m.label in ("ORG", "PERSON", "GPE", "NORP", "PRODUCT", "WORK_OF_ART")
        if nameable and m.label != "ORG" and _LEGAL_FORM_END.search(m.text):
            m.rules.append(f"rule:legal_form_{m.label.lower()}_org")  # the model's "Vantor SE"
            m.label = "ORG"
        found = _LEGAL_FORM.match(text, m.end) if nameable else None
        if found is None or found.end() > m.sentence.end:
            continue
        if m.label != "ORG":
            m.rules.append(f"rule:legal_form_{m.label.lower()}_org")
            m.label = "ORG"
        end = found.end()
        out = [o for o in out if o is m or not (m.end <= o.start < end)]
        m.end, m.text = end, text[m.start : end]
        m.canonical = " ".join(m.text.split())
        m.rules.append("rule:legal_form")
    return out


_LEGAL_FORM_END = re.compile(_LEGAL_FORM.pattern + "$")


_MATCH_RESULT = re.compile(
    r"\s+(?:beat|beats|defeated|thrashed|edged|edged past|drew with|drew against|lost to|"
    r"knocked out|eliminated|v|vs\.?)\s+"
)


def clubs_by_result(text: str, mentions: list[Mention]) -> None:
    """ "Barcelona beat Sevilla", "Madrid v Barcelona": two cities in a match result are
    clubs. Countries stay places (a national team is named by its country)."""
    places = known_places()
    ordered = sorted(mentions, key=lambda m: m.start)
    for a, b in itertools.pairwise(ordered):
        if a.sentence is not b.sentence or not _MATCH_RESULT.fullmatch(text[a.end : b.start]):
            continue
        pair = [a, b]
        if text[b.end : b.end + 2] in ("’s", "'s"):
            continue  # "Kyiv defeated Moscow’s offensive"
        if all(m.label in ("GPE", "ORG", "PERSON") and _is_city(m.text, places) for m in pair):
            for m in pair:
                if m.label != "ORG":
                    m.rules.append(f"rule:club_result_{m.label.lower()}_org")
                    m.label = "ORG"


def _is_city(name: str, places: dict[str, KnownName]) -> bool:
    place = places.get(name)
    return place is not None and place.kind in ("city", "capital", "subdivision")


def _club_short_forms(mentions: list[Mention]) -> None:
    """ "United" after "Manchester United": a place followed by one word names a club, and
    the word alone is that club."""
    places = known_places()
    clubs = {
        m.tokens[-1]: m.canonical
        for m in mentions
        if m.label == "ORG" and len(m.tokens) >= 2 and " ".join(m.tokens[:-1]) in places
    }
    for m in mentions:
        if m.label == "ORG" and m.text in clubs and m.canonical == m.text:
            m.canonical = clubs[m.text]
            m.rules.append("rule:club_short_form")


def _alone(text: str, sent: Sentence, start: int, end: int) -> bool:
    """The name at ``start:end`` stands on its own: no capitalised word right before it
    ("Thomson Reuters") or after it ("Amazon Web Services"), save an opener ("The"), a
    possessive ("Støre’s Labour government", "the PLA’s Eastern Command") or a legal form
    ("Porsche SE")."""
    from trump_putin_call.pipeline.entities import TITLES

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


#: Words that make an article a sports report (:data:`_SPORT_REPORT` distinct ones):
#: only words that rarely appear outside sport ("goal" and "penalty" do).
_SPORT_WORDS = frozenset(
    "striker strikers midfielder midfielders defender goalkeeper goalkeepers winger fly-half "
    "scrum-half innings wicket wickets batter batters batsman bowler bowlers touchdown "
    "touchdowns quarterback playoff playoffs derby relegation relegated kick-off half-time "
    "stoppage-time hat-trick equaliser equalizer referee teammates teammate peloton podium "
    "scored semi-final quarter-final semi-finals quarter-finals goalless unbeaten "
    "midfield scorer scoreline fixture fixtures rebounds matchday laps qualifying scrum "
    "goaltender goalie assists three-point touchline sin-bin".split()
)
_SPORT_REPORT = 2
#: Kinds of listed organisation that are clubs and teams (see ``known_orgs.csv``).
SPORT_KINDS = frozenset(
    "football rugby cricket basketball american_football baseball ice_hockey motor_racing "
    "cycling national_team_nickname".split()
) | {"sports club or body"}
#: Words in the sentence that make an ambiguous listed name the organisation, by kind.
_CUES = {
    "company": frozenset(
        "shares stock stake profit profits revenue revenues sales retailer retailers chain "
        "stores shops lender lenders bank banks airline airlines carrier firm firms company "
        "companies brand ceo executive customers merger takeover bid acquisition investors "
        "analysts dividend earnings staff employees jobs plant factory supermarket "
        "supermarkets insurer fleet flights orders contract deal listed".split()
    ),
    "party": frozenset(
        "party parties seats vote votes voters election elections poll polls coalition "
        "mps lawmakers candidate candidates campaign manifesto opposition ruling "
        "parliament parliamentary".split()
    ),
    "news": frozenset(
        "reported reports report newspaper broadcaster daily told interview editor "
        "columnist published according".split()
    ),
}
_KIND_CUES = {
    **{k: "party" for k in "party parliamentary_group movement".split()},
    "news": "news",
    "news organisation": "news",
    **{
        k: "company"
        for k in (
            "bank_finance insurance professional_services airline automotive energy_mining "
            "pharma_health defence_aerospace tech_telecom retail_consumer industrial "
            "transport_logistics media_entertainment_company food_agri conglomerate company"
        ).split()
    },
}
#: Words before a club's city name that make it the city ("fans in Liverpool"), and
#: nouns before "of" that do ("the city of Liverpool", but "clear of Barcelona").
_CITY_BEFORE = frozenset("in at near outside inside around across through".split())
_CITY_OF = frozenset("city town streets centre center outskirts mayor people residents".split())


#: Phrases that count as sports words ("pole position").
_SPORT_PHRASES = re.compile(
    r"\b(?:pole position|team principal|grand prix|fastest lap|penalty spot|free kick|"
    r"own goal|extra time|first innings|second innings|yellow card|red card)\b"
)


#: A result with its score ("beat Leinster 27-24"): one sports word.
_MATCH_SCORE = re.compile(
    r"\b(?:beat|beats|beating|defeated|lost|drew|edged|thrashed|won)\b[^.;\n]{0,60}?"
    r"\b\d{1,3}-\d{1,3}\b"
)


def _city_meant(text: str, start: int, end: int) -> bool:
    """A club's city name where the city is meant: "fans in Liverpool", "the city of
    Liverpool", "Liverpool residents" (but not "three points clear of Barcelona")."""
    before = text[max(0, start - 20) : start].split()
    after = text[end : end + 20].split()
    return bool(
        (len(before) > 1 and before[-1] == "of" and before[-2] in _CITY_OF)
        or (before and before[-1].lower() in _CITY_BEFORE)
        or (after and after[0].lower().strip(".,;:") in _PLACE_NOUNS)
    )


@functools.lru_cache(maxsize=8)  # asked by three stages of the same article
def is_sports_report(text: str) -> bool:
    """The article reports sport: it uses :data:`_SPORT_REPORT` of :data:`_SPORT_WORDS`
    (or :data:`_SPORT_PHRASES`)."""
    low = text.lower()
    found = set(re.findall(r"[a-z][a-z\-]+", low)) & _SPORT_WORDS
    found |= set(_SPORT_PHRASES.findall(low))
    if _MATCH_SCORE.search(text):
        found.add("beat 3-1")
    return len(found) >= _SPORT_REPORT


def by_context(
    text: str, sentences: list[Sentence], mentions: list[Mention], method: str
) -> list[Mention]:
    """Listed organisations whose name also means something else, where the context says
    the organisation is meant: a club's name in a sports report, unless a place is meant
    ("fans in Liverpool"); a company's, party's or news organisation's name in a sentence
    about shares, seats or reports ("Boots said sales rose"). Relabels the model's mention
    or adds the one it missed: ``rule:known_org_context``."""
    names = context_orgs()
    if not names:
        return mentions
    sports = is_sports_report(text)

    def cued(name: str, start: int, sent: Sentence, label: str = "") -> bool:
        kind = names[name].kind
        if (
            names[name].ambiguity == "place"
            and kind not in SPORT_KINDS
            and label not in ("PERSON", "ORG")
        ):
            # "exports to Iceland", "Norwegian": the model's place stays a place, and a
            # name the model left alone is not added
            return False
        if kind in SPORT_KINDS:
            return sports and not _city_meant(text, start, start + len(name))
        group = _KIND_CUES.get(kind, "")
        cues = _CUES.get(group)
        if cues is None or (group == "party" and name.endswith("s") and " " not in name):
            return False  # "the Greens", "the Liberals": members, not the party
        words = set(re.findall(r"[a-z]+", text[sent.start : sent.end].lower()))
        return bool(words & cues)

    for m in mentions:
        org = names.get(m.text)
        if org is None or m.label not in _RELABEL_TO_ORG | {"ORG", "FAC"}:
            continue
        if not cued(m.text, m.start, m.sentence, m.label):
            continue  # "the headquarters in Wolfsburg": not the club
        if m.label != "ORG":
            if m.label == "FAC" and org.kind not in SPORT_KINDS:
                continue
            m.rules.append(f"rule:known_org_context_{m.label.lower()}_org")
            m.label = "ORG"
        if org.canonical_name and m.canonical == m.text:
            m.canonical = org.canonical_name

    def make(name: str, start: int, sent: Sentence) -> Mention | None:
        if not cued(name, start, sent):
            return None
        canonical = names[name].canonical_name or name
        rules = [method, "rule:known_org_context"]
        return Mention(start, start + len(name), name, "ORG", sent, rules, canonical)

    return _add_names(
        text, sentences, mentions, _pattern("context"), make, skip_sentence_start=False
    )


def club_short_names(
    text: str, sentences: list[Sentence], mentions: list[Mention], method: str
) -> list[Mention]:
    """In a sports report, the city and the nickname of a listed club the article names
    stand for the club: "Toronto" and "Leafs" after "Toronto Maple Leafs", "Mumbai" after
    "Mumbai Indians" (not where the city is meant: "in Toronto"). A city two named clubs
    share ("Manchester") is left alone. ``rule:club_short_name``."""
    if not is_sports_report(text):
        return mentions
    listed = {**context_orgs(), **known_orgs()}
    places = known_places()
    short: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        club = listed.get(m.text)
        if m.label != "ORG" or club is None or club.kind not in SPORT_KINDS:
            continue
        words, canonical = m.text.split(), club.canonical_name or m.text
        for i in range(1, len(words)):
            if " ".join(words[:i]) in places:
                short[" ".join(words[:i])].add(canonical)  # "Toronto"
        if len(words) >= 2 and words[-1].endswith("s") and words[-1][:1].isupper():
            short[words[-1]].add(canonical)  # "Leafs"
            if len(words) >= 3:
                short[" ".join(words[-2:])].add(canonical)  # "Maple Leafs"
    clubs = {name: next(iter(c)) for name, c in short.items() if len(c) == 1}
    if not clubs:
        return mentions

    def club_of(name: str, start: int) -> str | None:
        return None if _city_meant(text, start, start + len(name)) else clubs[name]

    for m in mentions:
        if m.text in clubs and m.label in _RELABEL_TO_ORG | {"ORG", "FAC"}:
            canonical = club_of(m.text, m.start)
            if canonical is None or (m.label == "ORG" and m.canonical != m.text):
                continue
            if m.label != "ORG":
                m.rules.append(f"rule:club_short_name_{m.label.lower()}_org")
                m.label = "ORG"
            m.canonical = canonical

    def make(name: str, start: int, sent: Sentence) -> Mention | None:
        canonical = club_of(name, start)
        if canonical is None:
            return None
        rules = [method, "rule:club_short_name"]
        return Mention(start, start + len(name), name, "ORG", sent, rules, canonical)

    return _add_names(
        text, sentences, mentions, _names_pattern(clubs), make, skip_sentence_start=False
    )


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


def apply(
    text: str, sentences: list[Sentence], mentions: list[Mention], method: str
) -> list[Mention]:
    """The stage: relabel known names, then add the organisations the model missed."""
    mentions = split_merged(text, mentions)
    mentions = datelines(text, sentences, mentions, method)
    relabel(text, mentions)
    mentions = add_missing(text, sentences, mentions, method)
    mentions = add_places(text, sentences, mentions, method)
    mentions = add_people(text, sentences, mentions, method)
    mentions = by_context(text, sentences, mentions, method)
    mentions = club_short_names(text, sentences, mentions, method)
    mentions = legal_forms(text, mentions)
    clubs_by_result(text, mentions)
    _club_short_forms(mentions)
    return mentions
