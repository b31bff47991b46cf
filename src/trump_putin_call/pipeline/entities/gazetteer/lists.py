"""The three name lists, read once, and the regexes that find their names in text."""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

from trump_putin_call.pipeline.entities.mention import Mention

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


def _known_label(name: str) -> str | None:
    if name in known_orgs():
        return "ORG"
    place = known_places().get(name)
    return place.label if place is not None else None


def is_known_org(m: Mention) -> bool:
    """The gazetteer (``known_names``) made or confirmed this organisation: form and
    context rules leave its label alone."""

    if m.label != "ORG":
        return False
    return m.text in known_orgs() or any(r.startswith("rule:known_org") for r in m.rules)
