"""Labels the name's own form decides: "Pearl River" is no person, "Lake Malawi" a
natural place, "Parliament" the body that votes.
"""

from __future__ import annotations

import re

from trump_putin_call.pipeline.entities.gazetteer.lists import is_known_org, known_places
from trump_putin_call.pipeline.entities.lexicon import (
    _ARTICLES,
    _PERSONAL_BODIES,
    FAC_SUFFIXES,
    INSTITUTION_FAC,
    LOC_PREFIXES,
    LOC_SUFFIXES,
    ORG_PREFIXES,
    ORG_SUFFIXES,
)
from trump_putin_call.pipeline.entities.mention import Mention
from trump_putin_call.pipeline.entities.titled import titled_names

_LOCATIVE = frozenset("in at near outside around across throughout inside".split())

#: Bodies that sit and vote, whatever label the model gave them.
_LEGISLATURES = frozenset(
    "Parliament Congress Senate Bundestag Bundesrat Duma Knesset Majlis Sejm Riksdag Storting "
    "Folketing Eduskunta Althing Oireachtas Dáil Seanad".split()
)

#: Bodies of a state: "X’s Foreign Ministry" makes X a country, not an organisation.
_GOVERNMENT_HEADS = frozenset(
    "Ministry Department Commission Parliament Government Embassy Army Navy Police Cabinet "
    "Senate Congress Treasury".split()
)

#: "Shares in Marlow & Finch": a stake in a company, not a place.
_HOLDINGS = frozenset("shares share stake stakes holding holdings investment investments".split())

_PLACE_PREPOSITIONS = frozenset(
    "in at on near outside inside into to from around across opposite beside behind below "
    "above beneath".split()
)

_STAFF = frozenset(
    "officials staff researchers scientists workers experts forecasters doctors curators "
    "employees analysts economists engineers executives managers lawyers".split()
)


def _after_locative(text: str, m: Mention) -> bool:
    """The mention follows a preposition of place ("displayed in the Acropolis Museum")."""
    before = [w for w in text[max(0, m.start - 40) : m.start].split() if w.lower() not in _ARTICLES]
    if not before or before[-1].lower() not in _PLACE_PREPOSITIONS:
        return False
    # "scientists at the National Flood Centre" work for the institution
    return not (before[-1].lower() == "at" and len(before) > 1 and before[-2].lower() in _STAFF)


def relabel_by_form(text: str, mentions: list[Mention]) -> None:
    """Labels the name's own form contradicts: "Pearl River" is no person, nor "Goldman Sachs"
    a place; a lone unlinked "Hamilton" after "in" or "near" is a place. Other mentions of
    the article with the same canonical name and old label take the new label too."""
    changed: dict[tuple[str, str], str] = {}
    titled = titled_names(text)
    for m in mentions:
        if is_known_org(m):
            continue
        last = m.tokens[-1].lower().strip(".") if m.tokens else ""
        new, name = None, ""
        if m.label in ("PERSON", "ORG", "GPE") and len(m.tokens) >= 2 and last in LOC_SUFFIXES:
            new = "LOC"

        elif (
            m.label in ("PERSON", "ORG", "GPE", "LOC")
            and len(m.tokens) >= 2
            and last in FAC_SUFFIXES
        ):
            new = "FAC"
            if m.label == "ORG" and last in INSTITUTION_FAC and not _after_locative(text, m):
                new = None  # "the British Museum has opened talks": the institution acts
        elif m.label == "PERSON" and len(m.tokens) >= 2 and last in ORG_SUFFIXES:
            new = "ORG"
        elif m.label in ("GPE", "LOC", "PERSON", "NORP") and m.text in _LEGISLATURES:
            new = "ORG"  # "Parliament voted": the body, not a place
        elif (
            m.label in ("PERSON", "GPE", "LOC", "FAC", "NORP")
            and len(m.tokens) >= 2
            and m.tokens[0] in ORG_PREFIXES
        ):
            new, name = "ORG", f"rule:org_prefix_{m.label.lower()}"
        elif m.label == "PERSON" and len(m.tokens) == 1 and m.canonical == m.text:
            before = text[max(0, m.start - 12) : m.start].split()
            if before and before[-1].lower() in _LOCATIVE:
                new = "GPE"
            elif (
                before
                and before[-1].lower() == "the"
                and m.text.isalpha()
                and not _PERSONAL_BODIES.match(text, m.end)  # "the Trump administration"
            ):
                # "the Louvre in Paris", "below the Acropolis": a person has no article
                new = "FAC" if _after_locative(text, m) else "ORG"
                name = f"rule:article_person_{new.lower()}"
            if new is not None and m.text in titled:  # "The Francis effect", "Pope Francis"
                m.rules.append("rule:titled_person")
                new = None
        elif (
            m.label == "ORG"
            and len(m.tokens) == 1
            and not m.text.isupper()
            and text[m.end : m.end + 3] in ("’s ", "'s ")
            and any(
                o.start == m.end + 3 and o.label == "ORG" and o.tokens[-1] in _GOVERNMENT_HEADS
                for o in mentions
            )
        ):
            new, name = "GPE", "rule:possessor_gpe"  # "Qatar’s Foreign Ministry"
        elif (
            m.label == "ORG"
            and len(m.tokens) <= 3
            and m.canonical == m.text
            and last not in ORG_SUFFIXES
            and not m.text.isupper()
            and "&" not in m.text
        ):
            before = text[max(0, m.start - 30) : m.start].split()
            if (
                before
                and before[-1].lower() in _LOCATIVE - {"at"}
                and not (len(before) > 1 and before[-2].lower().strip(".,") in _HOLDINGS)
            ):
                new = "GPE"  # "talks in Oslo": a place, not an organisation
        if new is not None and new != m.label:
            m.rules.append(name or f"rule:form_{m.label.lower()}_{new.lower()}")
            if "FAC" not in (m.label, new):  # building or institution: decided per use
                changed[(m.canonical, m.label)] = new
            m.label = new
    # "Manchester United … United manager": the other mentions of a relabelled name follow it
    for m in mentions:
        new = changed.get((m.canonical, m.label))
        if (
            new is not None
            and not is_known_org(m)
            and not any(r.startswith("rule:form_") for r in m.rules)
        ):
            m.rules.append(f"rule:label_consistency_{m.label.lower()}_{new.lower()}")
            m.label = new


#: Lower-case words after a region's name that are no part of it ("Tete province").
_REGION_NOUNS = frozenset(
    "province provinces county region district prefecture governorate oblast municipality "
    "state territory".split()
)

#: "the Chenab and Ravi rivers", "the Sutlej river": names before a lower-case river noun.
_RIVER_AFTER = re.compile(
    r"(?:(?:,|,? and|,? or) [A-Z][\w\-]+)* (?:river|rivers|rainforest|basin|delta)\b"
)


def natural_places(mentions: list[Mention], text: str = "") -> None:
    """ "Lake Malawi", "Mount Kenya", "Gulf of Aden": a natural place, whatever the model
    said (and so no person whose surname "Malawi" could take). "Tete province": the
    region's name is "Tete"."""

    places = known_places()
    for m in mentions:
        words = m.tokens
        if text and m.label != "LOC" and len(words) <= 2 and _RIVER_AFTER.match(text, m.end):
            m.rules.append(f"rule:river_{m.label.lower()}_loc")
            m.label = "LOC"
            continue
        if m.label in ("GPE", "LOC") and len(words) >= 2 and words[-1] in _REGION_NOUNS:
            name = m.text[: m.text.rindex(words[-1])].rstrip()
            if name[:1].isupper() and not name.endswith(("of", "the")):
                m.end = m.start + len(name)
                m.canonical = name if m.canonical == m.text else m.canonical
                m.text = name
                m.rules.append("rule:region_noun")
        if (
            m.label in ("PERSON", "ORG")
            and len(m.tokens) >= 2
            and m.tokens[0] in LOC_PREFIXES
            and (m.tokens[1][:1].isupper() or m.tokens[1] == "of")
            and m.tokens[-1].lower() not in ORG_SUFFIXES | FAC_SUFFIXES  # "Gulf … Council"
            and m.text not in places  # "Cape Town"
        ):
            m.rules.append(f"rule:place_prefix_{m.label.lower()}_loc")
            m.label = "LOC"
