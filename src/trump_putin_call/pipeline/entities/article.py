"""Linking within one article: a surname (or a tail such as ``Trump Jr.``) resolves to
the full name introduced in the article, an abbreviation or a short form to the
organisation it stands for.
"""

from __future__ import annotations

import re
from collections import Counter

from trump_putin_call.pipeline.entities.gazetteer.lists import (
    is_known_org,
    known_people,
    known_places,
)
from trump_putin_call.pipeline.entities.lexicon import (
    FAC_SUFFIXES,
    LOC_SUFFIXES,
    ORG_SUFFIXES,
    TITLES,
)
from trump_putin_call.pipeline.entities.mention import _NAMEABLE, Mention
from trump_putin_call.pipeline.entities.shared import by_honorific
from trump_putin_call.pipeline.entities.titled import titled_names

_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+([A-Z][\w’'\-]+)")

_ABBREVIATION = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,9})\)")


def _is_known_place(name: str) -> bool:

    return name in known_places()


_ARABIC_ARTICLE = re.compile(r"^(?:al|Al|el|El|ad|Ad|as|As|ash|Ash)-(?=[A-Z])")


def _is_tail(short: list[str], full: list[str]) -> bool:
    """``short`` ends ``full``: "Trump" of "Donald Trump", "Burhan" of "… al-Burhan"."""
    if len(short) >= len(full):
        return False
    tail = full[-len(short) :]
    return tail == short or [*tail[:-1], _ARABIC_ARTICLE.sub("", tail[-1])] == short


#: Generational suffixes that end a full name without being its surname ("Pate IV").
_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", "V"})


def _suffix_tail(short: list[str], full: list[str]) -> bool:
    """``short`` ends ``full`` once its generational suffix is cut: "Pate" of "Luther Stan
    Pate IV", "Trump" of "Donald Trump Jr." (used only when no full name ends with it)."""
    if len(full) < 3 or full[-1] not in _SUFFIXES or short[-1:] == full[-1:]:
        return False
    return _is_tail(short, full[:-1])


def resolve_article(mentions: list[Mention], text: str = "") -> None:
    """Within one article: surnames and tails resolve to the full name they end.

    A one-word organisation that opens a longer organisation name of the article
    ("Skyvale" after "Skyvale Airways") is that organisation.
    """
    # "Ms Ajayi" later in the article says "Olamide Ajayi" is a person, whatever the model said
    honorific = set(_HONORIFIC.findall(text)) if text else set()
    for m in mentions:
        words = m.tokens
        if (
            m.label != "PERSON"
            and m.label in _NAMEABLE
            and 1 <= len(words) <= 4
            and (words[-1] in honorific)
        ):
            m.rules.append(f"rule:honorific_{m.label.lower()}_person")
            m.label = "PERSON"
            while len(words) > 1 and words[0].lower().strip(".") in TITLES:
                words = words[1:]
            m.canonical = " ".join(words)
    # "Severin" tagged ORG in an article that writes "Pope Severin": a person
    titled = titled_names(text) - honorific if text else frozenset()
    for m in mentions:
        if (
            m.label != "PERSON"
            and m.label in _NAMEABLE
            and len(m.tokens) == 1
            and m.text in titled
            and not is_known_org(m)
            and not _is_known_place(m.text)
        ):
            m.rules.append(f"rule:titled_{m.label.lower()}_person")
            m.label = "PERSON"
    # "Ama Boateng" tagged ORG in an article about "Kofi Boateng" and "Boateng": a person
    surnames = {m.tokens[-1] for m in mentions if m.label == "PERSON" and m.tokens}
    for m in mentions:
        words = m.tokens
        if (
            m.label == "ORG"
            and 2 <= len(words) <= 3
            and all(w[:1].isupper() and w.isalpha() for w in words)
            and words[-1] in surnames
            and words[-1].lower() not in ORG_SUFFIXES | FAC_SUFFIXES | LOC_SUFFIXES
            and not is_known_org(m)  # "Toronto Maple Leafs" beside a mistaken "Leafs"
        ):
            m.rules.append("rule:family_name_org_person")
            m.label = "PERSON"
    orgs = [m for m in mentions if m.label == "ORG" and len(m.tokens) >= 2]
    opens_name(mentions, text, titled)
    # "the Competition and Markets Authority (CMA)": the abbreviation names the organisation
    short: dict[str, str] = {}
    for o in orgs:
        found = _ABBREVIATION.match(text, o.end) if text else None
        if found:
            short.setdefault(found.group(1), o.canonical)
    for m in mentions:
        if m.text in short and m.label in ("ORG", "GPE", "PERSON", "NORP"):
            m.canonical = short[m.text]
            if m.label != "ORG":
                m.rules.append(f"rule:relabel_{m.label.lower()}_org")
                m.label = "ORG"
            m.rules.append("rule:abbreviation")
    people = {w for m in mentions if m.label == "PERSON" and len(m.tokens) >= 2 for w in m.tokens}
    for m in mentions:
        if m.label in ("ORG", "PERSON", "GPE") and len(m.tokens) == 1:
            if m.label == "PERSON" and (m.text in people or m.canonical != m.text):
                continue  # "Ford" in an article about Bill Ford is the person
            if m.label == "GPE" and _is_known_place(m.text):
                continue  # "Washington" beside "Washington Post" is the city
            longer = [o for o in orgs if o.tokens[0] == m.text]
            if m.label != "ORG" and longer and longer[0].tokens[-1].lower() in FAC_SUFFIXES:
                continue  # "the Acropolis" beside "the Acropolis Museum" is the place
            if longer:
                m.canonical = longer[0].canonical
                if m.label != "ORG":
                    m.rules.append(f"rule:relabel_{m.label.lower()}_org")
                    m.label = "ORG"
                m.rules.append("rule:org_short_form")
    full_names = [m for m in mentions if m.label == "PERSON" and len(m.tokens) >= 2]
    for m in mentions:
        if m.label not in _NAMEABLE or "rule:org_short_form" in m.rules:
            continue  # "Ford" after "Ford Motor Company" is the company, not Henry Ford
        tokens = m.tokens
        while len(tokens) > 1 and tokens[0].lower() in TITLES:  # "Ms Carrasco"
            tokens = tokens[1:]
        candidates = [f for f in full_names if _is_tail(tokens, f.tokens)]
        rule = "rule:surname_link"
        if not candidates and " ".join(tokens) not in known_people():  # "Pate" after "… Pate IV"
            candidates = [f for f in full_names if _suffix_tail(tokens, f.tokens)]
            rule = "rule:surname_link_suffix"
        if not candidates:
            continue
        earlier = [f for f in candidates if f.start < m.start]
        # The nearest full name before the mention, else the first one after it.
        chosen = earlier[-1] if earlier else candidates[0]
        principal = _principal(text, m, earlier, mentions)
        if principal is not None and principal.canonical != chosen.canonical:
            chosen = principal  # "Murphy" of Chris Murphy, not of a victim named once
            m.rules.append("rule:shared_surname_principal")
        gendered = by_honorific(text, m, candidates)  # "Mrs. Clinton" of Hillary and Bill
        if gendered is not None and gendered.canonical != chosen.canonical:
            chosen = gendered
            m.rules.append("rule:shared_surname_honorific")
        m.canonical = chosen.canonical
        if m.label != "PERSON":
            m.rules.append(f"rule:relabel_{m.label.lower()}_person")
            m.label = "PERSON"
        m.rules.append(rule)


def _principal(
    text: str, m: Mention, earlier: list[Mention], mentions: list[Mention]
) -> Mention | None:
    """For a surname two people of the article share, both named in full before it: the
    one the article has named more often so far (in full, or by the surname alone after
    that full name), when
    the nearest full name is not in the mention's own paragraph ("Murphy" of the senator
    the article is about, not of a victim named in full a paragraph back). None when that
    full name is in its paragraph, or the counts tie."""
    full = {f.canonical for f in earlier}
    if len(full) < 2 or "\n" not in text[earlier[-1].end : m.start]:
        return None
    first = {}
    for f in earlier:
        first.setdefault(f.canonical, f.start)
    # mentions linked to a person before their full name came count for nobody
    names = Counter(
        o.canonical
        for o in mentions
        if o.label == "PERSON" and o.canonical in full and first[o.canonical] <= o.start < m.start
    )
    (top, n), (_, second) = names.most_common(2)
    if n == second:
        return None
    return next(f for f in reversed(earlier) if f.canonical == top)


#: Words after a name that only a person takes.
_PERSON_AFTER = r"(?:(?:’s|'s)?\s+(?:said|says|told|added|wrote)\b|,\s+who\b)"


def opens_name(mentions: list[Mention], text: str, titled: frozenset[str]) -> None:
    """A person's name of two or three words that opens a longer organisation or building
    name of the article ("Sandy Hook" beside "Sandy Hook Elementary School") stands for
    it, unless the article also treats it as a person: its last word alone, a title before
    that word, the name followed by "said" or ", who", or a listed public figure."""
    longer = [
        o
        for o in mentions
        if o.label in ("ORG", "FAC")
        and len(o.tokens) >= 3
        and o.tokens[-1].lower() in ORG_SUFFIXES | FAC_SUFFIXES
    ]
    if not longer:
        return
    alone = {m.text for m in mentions if len(m.tokens) == 1}
    for m in mentions:
        words = m.tokens
        if (
            m.label != "PERSON"
            or not 2 <= len(words) <= 3
            or m.canonical != m.text
            or words[-1] in alone | titled
            or m.text in known_people()
            or re.search(re.escape(m.text) + _PERSON_AFTER, text)  # "Marta Olsen said"
        ):
            continue
        found = [
            o for o in longer if len(o.tokens) > len(words) and o.tokens[: len(words)] == words
        ]
        if found:
            m.rules.append(f"rule:opens_name_person_{found[0].label.lower()}")
            m.label, m.canonical = found[0].label, found[0].canonical
