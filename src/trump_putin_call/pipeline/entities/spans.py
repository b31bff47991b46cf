"""The model's mentions, and their spans repaired.

Per block: take spaCy's entities and cut possessives, leading articles, titles and
post-nominals from the span (:func:`extract`). Per article: drop roles the model took
for names, mend people's names it cut, split a nationality from a ministry, join place
names and saints' titles it left out.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trump_putin_call.pipeline.blocks import Block
from trump_putin_call.pipeline.entities import openers
from trump_putin_call.pipeline.entities.lexicon import (
    _ARTICLES,
    _NOT_GIVEN,
    _NOT_ORG_ACRONYMS,
    FAC_SUFFIXES,
    LOC_SUFFIXES,
    ORG_SUFFIXES,
    POSTNOMINALS,
    TITLES,
    WORK_SUFFIXES,
)
from trump_putin_call.pipeline.entities.mention import _GROUPS, MINED_TYPES, Mention
from trump_putin_call.pipeline.sentences import Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})

_TRAILING_FUNCTION = frozenset({"of", "and", "the", "in", "for", "at", "on", "to", "&", "from"})

_COMPASS = frozenset(
    "north south east west northern southern eastern western central upper lower".split()
)


def _looks_like_person(tokens: list[Token]) -> bool:
    """Two to four capitalised words, the first a well-attested first name."""
    from trump_putin_call.pipeline import gender

    words = [t.text for t in tokens if t.lower_ not in TITLES]
    # "State Representative Gail Horvath": role words before the first name do not count
    while len(words) > 2 and gender.of_name(words[0]) is None and words[0][:1].isupper():
        words = words[1:]
    particles = {"de", "van", "von", "da", "di", "al", "bin", "le", "la", "du", "del", "der"}
    last = words[-1].lower().strip(".") if words else ""
    return (
        2 <= len(words) <= 4
        and last not in ORG_SUFFIXES | FAC_SUFFIXES | LOC_SUFFIXES | WORK_SUFFIXES
        and words[0] not in ("Al", "El")  # "Al Jazeera": the Arabic article, not a first name
        and words[0].lower() not in _COMPASS  # "West Darfur"
        and all(w[:1].isupper() or w in particles for w in words)
        and gender.of_name(words[0]) is not None
    )


def _clean_span(ent: Span, label: str) -> tuple[int, int, str, list[str]] | None:
    """Token range and label of the name inside a spaCy span, and the rules applied."""
    tokens = list(ent)
    rules: list[str] = []
    for i, tok in enumerate(tokens):
        # "’s" always ends a name; a bare "’" only at the end ("the Housebuilders’ Council")
        if i > 0 and (
            tok.text in ("'s", "’s") or (tok.text in _POSSESSIVE and i == len(tokens) - 1)
        ):
            tokens = tokens[:i]
            rules.append("rule:strip_possessive")
            break
    for i, tok in enumerate(tokens):
        if i > 0 and tok.text in ("(", "["):  # "World Health Organization (WHO"
            tokens = tokens[:i]
            rules.append("rule:strip_bracket")
            break
    while tokens and tokens[0].lower_ in _ARTICLES:
        tokens = tokens[1:]
        rules.append("rule:strip_article")
    if label in ("ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART") and (
        _looks_like_person(tokens)
    ):
        rules.append(f"rule:first_name_{label.lower()}_person")
        label = "PERSON"
    if label == "PERSON":
        from trump_putin_call.pipeline import gender

        # "Sprinter Thiago Moraes", "State Representative Gail Horvath": words that are no
        # name, before a first name
        lead = 0
        while lead < len(tokens) - 2 and gender.of_name(tokens[lead].text) is None:
            lead += 1
        if 0 < lead < len(tokens) - 1 and gender.of_name(tokens[lead].text) is not None:
            tokens = tokens[lead:]
            rules.append("rule:strip_role")
        while len(tokens) > 1 and tokens[-1].lower_.strip(".") in POSTNOMINALS:
            tokens = tokens[:-1]
            rules.append("rule:strip_postnominal")
        while len(tokens) > 1 and tokens[0].lower_ in TITLES:
            tokens = tokens[1:]
            if "rule:strip_title" not in rules:
                rules.append("rule:strip_title")
    while tokens and (
        (tokens[-1].is_punct and tokens[-1].text != ".")
        or (label in ("PERSON", "ORG", "GPE") and any(ch.isdigit() for ch in tokens[-1].text))
    ):
        tokens = tokens[:-1]  # "Manchester United 3-1": the score is no part of the name
    while len(tokens) > 1 and tokens[-1].lower_ in _TRAILING_FUNCTION:
        tokens = tokens[:-1]  # "Aryna Voss of Germany": the name stops before "of"
        if "rule:strip_trailing_word" not in rules:
            rules.append("rule:strip_trailing_word")
    if label == "ORG" and len(tokens) > 1 and any(t.text[:1].isupper() for t in tokens[:-1]):
        # "the B3 exchange", "the Unite union": a common noun after the name is no part of it
        while len(tokens) > 1 and tokens[-1].is_alpha and tokens[-1].is_lower:
            tokens = tokens[:-1]
            if "rule:strip_common_noun" not in rules:
                rules.append("rule:strip_common_noun")
    if not tokens or not any(ch.isalnum() for tok in tokens for ch in tok.text):
        return None
    if label in _GROUPS and all(t.is_lower for t in tokens):
        return None  # "bin workers": a name has a capital (scripts without case pass)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text), label, rules


def extract(block: Block, doc: Doc, sentences: list[Sentence], method: str) -> list[Mention]:
    """Cleaned mentions in one block's Doc (article offsets)."""
    if block.type not in MINED_TYPES:
        return []
    offset = block.content[0]
    out: list[Mention] = []
    whole = doc.text  # spaCy joins every token's text on each access: read it once
    for ent in doc.ents:
        cleaned = _clean_span(ent, ent.label_)
        if cleaned is None:
            continue
        start, end, label, rules = cleaned
        sentence = next(s for s in sentences if s.token_start <= ent.start < s.token_end)
        text = whole[start:end]
        if label != "NORP" and _SPEAKING.match(whole, end) and " " not in text:
            rules.append(f"rule:speaking_{label.lower()}_norp")  # "Lekwungen-speaking peoples"
            label = "NORP"
        parts = [(start, end)]
        if label == "NORP" and _DOUBLE_NORP.fullmatch(text):  # "Ghanaian-American"
            cut = start + text.index("-")
            parts = [(start, cut), (cut + 1, end)]
            rules.append("rule:split_hyphen")
        for a, b in parts:
            piece = whole[a:b]
            out.append(
                Mention(
                    offset + a,
                    offset + b,
                    piece,
                    label,
                    sentence,
                    [method, *rules],
                    canonical=" ".join(piece.split()),
                )
            )
    return out


_SPEAKING = re.compile(r"-(?:speaking|speakers?|language)\b")

_DOUBLE_NORP = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|i)-[A-Z][a-z]+(?:an|ese|ish|i)")

#: Portfolios that lead a job title ("Health Secretary", "Interior Minister", "Army
#: spokesman"): part of the title, not an organisation.
_PORTFOLIOS = frozenset(
    "Health Interior Defence Defense Foreign Finance Justice Education Transport Environment "
    "Energy Trade Home Army Navy Culture Agriculture Housing Economy Treasury Commerce".split()
)

_ROLE_AFTER = re.compile(
    r"\s+(?:secretary|minister|spokesman|spokeswoman|spokesperson|chief|commander|"
    r"committee chair|cabinet secretary|leaders|officers|commanders|chiefs)\b",
    re.IGNORECASE,
)

#: Common nouns a sentence opens with that the model takes for a name ("State media said",
#: "Turnout was low").
_OPENING_NOUNS = frozenset(
    "State Army Government Competition Farm Police Turnout Voters Officials Authorities "
    "Prosecutors Investigators Parliament Court Council Party Ministry Cabinet Opposition "
    "Rescuers Residents Troops Fighters Shares Markets Prices".split()
)


def drop_roles(text: str, mentions: list[Mention]) -> list[Mention]:
    """Abbreviations of roles the model tags as organisations ("Gareth Penhaligon KC"), the
    portfolio of a job title ("Health Secretary Owen Pritchard"), a common noun opening a
    sentence ("State media said"), and a name cut at a hyphen ("Fly-")."""
    return [
        m
        for m in mentions
        if not (
            (
                m.label == "ORG"
                and (
                    m.text in _NOT_ORG_ACRONYMS
                    or (m.text in _PORTFOLIOS and _ROLE_AFTER.match(text, m.end))
                )
            )
            or (
                m.label in ("ORG", "PERSON")
                and m.text in _OPENING_NOUNS
                and m.start == m.sentence.start
            )
            or m.text.endswith("-")
        )
    ]


_ABBREVIATED = frozenset("corp. bros. assn. dept. govt.".split())

_HYPHENATED_FIRST = re.compile(r"[A-Z][^\W\d_]+-$")

_WORD_BEFORE_NAME = re.compile(r"(?<![\w\-’'.])([A-Z][^\W\d_]+) $")

_WORD_AFTER_NAME = re.compile(r" ([A-Z][^\W\d_]+)(?=[’']s\b|[,.;:]|\s+[a-z(]|$)")

#: Capitalised words that follow a name without being part of it.
_NOT_NAME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december jr sr administration "
    "government cabinet campaign team said says".split()
)


def person_spans(text: str, mentions: list[Mention]) -> list[Mention]:
    """People's names the model cut: "Jean-Paul Kabeya" read as "Paul Kabeya" (a first name
    joined by a hyphen), and "Mohammed bin Abdulrahman Al Thani" read as two people next to
    each other (two PERSON spans with only a space between are one name)."""
    for m in mentions:
        if m.label != "PERSON":
            continue
        found = _HYPHENATED_FIRST.search(text, max(0, m.start - 20), m.start)
        if found and (found.start() == 0 or not text[found.start() - 1].isalnum()):
            m.start = found.start()
            m.text = text[m.start : m.end]
            m.canonical = " ".join(m.text.split())
            m.rules.append("rule:hyphenated_first_name")
    from trump_putin_call.pipeline import gender

    openers.cut_verb_openings(text, mentions)
    openers.cut_dash_openings(text, mentions)

    starts = {m.start for m in mentions}
    for m in mentions:
        if m.label != "PERSON" or len(m.tokens) < 2:
            continue
        # "Pilar Ruiz Ortega" read as "Ruiz Ortega": a first name just before the name
        before = _WORD_BEFORE_NAME.search(text, max(0, m.start - 25), m.start)
        if (
            before
            and m.sentence.start <= before.start()
            and before.group(1).lower() not in _NOT_GIVEN | TITLES
            and gender.of_name(before.group(1)) is not None
            and not any(o.end == before.end() - 1 for o in mentions)
        ):
            m.start = before.start(1)
            m.rules.append("rule:first_name_before")
        # "Jonas Gahr Støre’s" read as "Jonas Gahr": one more capitalised word of the name
        after = _WORD_AFTER_NAME.match(text, m.end)
        if (
            after
            and after.end(1) <= m.sentence.end
            and after.start(1) not in starts
            and not after.group(1).isupper()  # "Gareth Penhaligon KC"
            and after.group(1).lower().strip(".")
            not in _NOT_NAME_WORDS
            | TITLES
            | POSTNOMINALS
            | ORG_SUFFIXES
            | LOC_SUFFIXES
            | FAC_SUFFIXES
        ):
            m.end = after.end(1)
            m.rules.append("rule:surname_after")
        m.text = text[m.start : m.end]
        m.canonical = " ".join(m.text.split())
    for m in mentions:
        # "Pierre Gasly." at the end of a sentence: the full stop is no part of the name
        last = m.tokens[-1] if m.tokens else ""
        if (
            m.label in _GROUPS
            and last.endswith(".")
            and len(last) > 4
            and last[:-1].isalpha()
            and last.lower() not in _ABBREVIATED
        ):
            m.end -= 1
            m.text = text[m.start : m.end]
            m.canonical = " ".join(m.text.split())
            m.rules.append("rule:strip_full_stop")
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        last = out[-1] if out else None
        if (
            last is not None
            and last.label == m.label == "PERSON"
            and text[last.end : m.start] == " "
            and last.sentence is m.sentence
        ):
            last.end, last.text = m.end, text[last.start : m.end]
            last.canonical = " ".join(last.text.split())
            last.rules.append("rule:joined_person")
            continue
        out.append(m)
    return out


_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish|i|an)")


def split_nationality(mentions: list[Mention]) -> list[Mention]:
    """A nationality before a ministry: "Iranian Foreign Ministry" → NORP + ORG.

    A nationality adjective before a ministry's name is a description of whose ministry it
    is, like "Kremlin" in "Kremlin spokesman"; "Ministry of …" names are left whole.
    """
    out: list[Mention] = []
    for m in mentions:
        words = m.tokens
        if not (
            m.label == "ORG"
            and len(words) == 3
            and words[-1] == "Ministry"
            and _DEMONYM.fullmatch(words[0])
            and words[1][:1].isupper()
        ):
            out.append(m)
            continue
        cut = m.text.index(words[1], len(words[0]))
        rules = [*m.rules, "rule:split_nationality"]
        adjective = Mention(
            m.start, m.start + len(words[0]), words[0], "NORP", m.sentence, list(rules), words[0]
        )
        rest = m.text[cut:]
        ministry = Mention(m.start + cut, m.end, rest, "ORG", m.sentence, list(rules), rest)
        out += [adjective, ministry]
    return out


_SAINT = re.compile(r"\b(?:St|St\.|Saint|San|Santa|São)\s+\Z")


def saint_names(text: str, mentions: list[Mention]) -> None:
    """ "St Thomas’ Hospital", "Santa Cruz": a saint's title before an organisation's or
    place's name is part of it (the model often leaves it out)."""
    for m in mentions:
        found = _SAINT.search(text, max(m.sentence.start, m.start - 8), m.start)
        if m.label in ("ORG", "FAC", "GPE", "LOC") and found and found.start() >= m.sentence.start:
            m.start = found.start()
            m.canonical = text[m.start : m.end] if m.canonical == m.text else m.canonical
            m.text = text[m.start : m.end]
            m.rules.append("rule:saint_name")


_PLACE_JOINER = re.compile(r"(?:\s+upon\s+|-upon-|-on-|-under-|-le-)[A-Z][\w\-]*(?![\w\-])")


def joined_place_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Burton upon Trent", "Stratford-upon-Avon": the model often stops before "upon"."""
    out = list(mentions)
    for m in mentions:
        if m.label not in ("GPE", "LOC") or m not in out:
            continue
        found = _PLACE_JOINER.match(text, m.end)
        if found is None:
            continue
        end = found.end()
        out = [o for o in out if o is m or not (o.start < end and m.end <= o.start)]
        m.end, m.text = end, text[m.start : end]
        m.canonical = " ".join(m.text.split())
        m.rules.append("rule:joined_place")
    return out
