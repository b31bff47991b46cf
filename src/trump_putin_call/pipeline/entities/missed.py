"""Names the model missed or split: organisation names built like names, abbreviations,
people led by a first name, parties before "MP", and other occurrences of names the
article already has.
"""

from __future__ import annotations

import re

from trump_putin_call.pipeline.entities.gazetteer.lists import context_orgs
from trump_putin_call.pipeline.entities.lexicon import (
    _LEADING_FUNCTION,
    _NOT_GIVEN,
    _NOT_ORG_ACRONYMS,
    ORG_PREFIXES,
    ORG_SUFFIXES,
    PLACE_ACRONYMS,
    TITLES,
    WORK_SUFFIXES,
)
from trump_putin_call.pipeline.entities.mention import MINED_TYPES, Mention
from trump_putin_call.pipeline.sentences import Sentence

_ORG_HEADS = (
    "Council|Ministry|Department|Committee|Commission|Authority|Agency|Association|Union|"
    "Institute|University|College|Bank|Board|Court|Directorate|Federation|Foundation|Fund|"
    "Party|Office|Service|Corporation|Company|Group|Holdings|Trust|Society|Organisation|"
    "Organization|Bureau|Tribunal|Parliament|Assembly|Senate|Chamber|League|Alliance|"
    "Coalition|Network|Airlines|Airways|Motors|Motor|Labs|Laboratories|Pharmaceuticals|"
    "Therapeutics|Logistics|Energy|Systems|Technologies|Partners|Capital|Investments|"
    "Club|Times|Post|Herald|Gazette|Tribune|Chronicle|Journal|Observer|Hospital|Police|"
    "Exchange"
)

_NAME = r"(?:(?:Women|Men|Children|People)[’']s|[A-Z][\w.&\-]*|[A-Z]{2,})"

_CONN = r"(?:of|and|&)"

#: "Competition and Consumer Board", "Allied Health Union", "Bank of England".
_ORG_NAME = re.compile(
    rf"(?<![\w\-])(?:{_NAME}\s+(?:{_CONN}\s+)*)*?(?:{_NAME}\s+)?(?:{_ORG_HEADS})"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?{_NAME}(?:\s+(?:and\s+)?{_NAME})*)*(?![\w\-])"
)

#: "Fondation Aurelle", "Partido de la Liberación Nacional": an organisation word in
#: another language, then capitalised words (and the particles between them).
_ORG_PREFIXED = re.compile(
    rf"(?<![\w\-])(?:{'|'.join(sorted(ORG_PREFIXES))})"
    r"(?:\s+(?:(?:de|del|de la|des|du|der|di|do|da|für|y|et|e)\s+)?[A-Z][\w\-]*)+(?![\w\-])"
)

#: Roles named after a portfolio ("Mines and Energy Minister", "Culture Secretary").
_PORTFOLIO_ROLES = frozenset("minister ministers secretary commissioner czar tsar".split())


def org_names(
    text: str, sentences: list[Sentence], mentions: list[Mention], method: str
) -> list[Mention]:
    """Organisation names built like names ("… Board", "Bank of …") the model split or missed.

    A capitalised run ending in an organisation head word (or "Ministry of …") replaces the
    model's mentions inside it; a run that cuts through a longer mention is left alone.
    """
    out = list(mentions)
    for sent in sentences:
        if sent.block.type not in MINED_TYPES:
            continue
        found = [
            *_ORG_NAME.finditer(text, sent.start, sent.end),
            *_ORG_PREFIXED.finditer(text, sent.start, sent.end),
        ]
        for match in found:
            start, end = match.span()
            words = text[start:end].split()
            while words and words[0] in _LEADING_FUNCTION:
                start += len(words[0]) + 1
                words = words[1:]
            if words and words[-1].endswith(".") and len(words[-1]) > 4:
                end -= 1  # "… University of South Florida." ends the sentence, not the name
                words[-1] = words[-1][:-1]
            if start == sent.start and len(words) > 3 and words[1] == "of":
                rest = " ".join(words[2:])
                if re.search(rf"\b(?:{_ORG_HEADS})$", rest):  # "Shares of Tata Motors"
                    start += len(words[0]) + len(words[1]) + 2
                    words = words[2:]
            if len(words) < 2 or not words[0][:1].isupper():
                continue
            after = text[end : end + 20].split()
            if after and after[0].lower().strip(".,") in _PORTFOLIO_ROLES:
                # "Mines and Energy Minister": a portfolio, not an organisation
                out = [m for m in out if not (m.label == "ORG" and start <= m.start < end)]
                continue
            inside = [m for m in out if m.start < end and start < m.end]
            if any(m.start < start or m.end > end for m in inside):
                continue
            if any(m.label == "PERSON" and m.start == start and m.end == end for m in inside):
                continue
            if len(inside) == 1 and (inside[0].start, inside[0].end) == (start, end):
                if inside[0].label != "ORG":
                    inside[0].rules.append(f"rule:org_name_{inside[0].label.lower()}")
                    inside[0].label = "ORG"
                continue
            out = [m for m in out if m not in inside]
            name = text[start:end]
            out.append(
                Mention(
                    start,
                    end,
                    name,
                    "ORG",
                    sent,
                    [method, "rule:org_name"],
                    canonical=" ".join(name.split()),
                )
            )
    return sorted(out, key=lambda m: m.start)


_ACRONYM = re.compile(r"(?<![\w\-’'])[A-Z][A-Z&]{1,5}(?![\w\-])")


def acronyms(
    text: str, sentences: list[Sentence], mentions: list[Mention], method: str
) -> list[Mention]:
    """All-capital abbreviations the model missed ("the ICC", "WTA"): organisations.

    Known place abbreviations (US, UK, …) are left to the model; an abbreviation already
    tagged keeps its mention.
    """
    out = list(mentions)
    taken = [(m.start, m.end) for m in mentions]
    for sent in sentences:
        if sent.block.type not in MINED_TYPES:
            continue
        for match in _ACRONYM.finditer(text, sent.start, sent.end):
            start, end = match.span()
            word = match.group()
            if word in PLACE_ACRONYMS or any(a < end and start < b for a, b in taken):
                continue
            if sent.end - sent.start == end - start or word in _NOT_ORG_ACRONYMS:
                continue
            out.append(
                Mention(start, end, word, "ORG", sent, [method, "rule:acronym"], canonical=word)
            )
            taken.append((start, end))
    return sorted(out, key=lambda m: m.start)


_PARTICLES = r"(?:de|van|von|da|di|al|bin|ibn|le|la|du|del|der|ter|ten|dos|das|ní|nic|mac)"

_GIVEN_NAME = re.compile(
    rf"[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?"
    rf"(?:\s+(?:{_PARTICLES}\s+)?[A-Z][^\W\d_]*(?:[-’'][A-Z]?[^\W\d_]+)*\.?){{1,3}}"
)


def first_name_people(
    text: str, sentences: list[Sentence], mentions: list[Mention], method: str
) -> list[Mention]:
    """People the model missed: two to four capitalised words led by a well-attested first name.

    "Halina Wojtasik" is a person even when the model tags nothing; names built like
    organisations ("… Airways") and first names that are mostly common words are left out.
    """
    from trump_putin_call.pipeline import gender

    out = list(mentions)
    taken = [(m.start, m.end) for m in mentions]
    for sent in sentences:
        if sent.block.type not in MINED_TYPES:
            continue
        pos = sent.start
        while pos < sent.end:
            match = _GIVEN_NAME.match(text, pos, sent.end)
            if match is None or (pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] in "-’'")):
                pos += 1
                continue
            start, end = match.span()
            name = text[start:end]
            for suffix in ("’s", "'s"):
                if name.endswith(suffix):
                    end -= len(suffix)
                    name = text[start:end]
            words = name.split()
            first = words[0]
            ok = (
                first.lower() not in _NOT_GIVEN
                and first.lower() not in TITLES
                and gender.of_name(first) is not None
                and words[-1].lower().strip(".") not in ORG_SUFFIXES | WORK_SUFFIXES
                and not any(a < end and start < b for a, b in taken)
            )
            if ok:
                out.append(
                    Mention(
                        start,
                        end,
                        name,
                        "PERSON",
                        sent,
                        [method, "rule:first_name"],
                        canonical=" ".join(words),
                    )
                )
                taken.append((start, end))
                pos = end
            else:
                pos += len(first)
    return sorted(out, key=lambda m: m.start)


#: Members of a party ("Labour MP", "Conservative backbenchers").
_PARTY_MEMBERS = frozenset(
    "MP MPs MEP MEPs MSP MSPs backbencher backbenchers peer peers councillor councillors".split()
)

_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ive|ic|an|ist|al)")


def party_names(
    text: str, sentences: list[Sentence], mentions: list[Mention], method: str
) -> list[Mention]:
    """The party of "Labour MP Priya Sandhu" or "Conservative leader Harriet Vane".

    One capitalised word before a party member ("MP", "backbenchers"…) is the party: an
    adjective ("Conservative", "Democratic") is NORP, a noun ("Labour") ORG. Before
    "leader" only adjectives count ("Council leader" names no party).
    """
    out = list(mentions)
    taken = [(m.start, m.end) for m in mentions]
    pattern = re.compile(
        r"(?<![\w\-’'])([A-Z][a-z]+) (MPs?|MEPs?|MSPs?|backbenchers?|peers?|"
        r"councillors?|leader)\b"
    )
    for sent in sentences:
        if sent.block.type not in MINED_TYPES:
            continue
        for match in pattern.finditer(text, sent.start, sent.end):
            start, end = match.span(1)
            word = match.group(1)
            if any(a < end and start < b for a, b in taken) or word.lower() in TITLES:
                continue
            adjective = _ADJECTIVE.fullmatch(word) is not None
            if match.group(2) == "leader" and not adjective:
                continue
            if word in _LEADING_FUNCTION:
                continue
            if start == sent.start and not (
                adjective and any(m.label == "PERSON" and m.start == match.end() + 1 for m in out)
            ):
                continue  # "Several MPs said": only "Conservative leader Harriet Vane" opens one
            label = "NORP" if adjective else "ORG"
            out.append(
                Mention(
                    start, end, word, label, sent, [method, "rule:party_member"], canonical=word
                )
            )
            taken.append((start, end))
    return sorted(out, key=lambda m: m.start)


def propagate(
    text: str, sentences: list[Sentence], mentions: list[Mention], method: str
) -> list[Mention]:
    """Mentions the model missed: other occurrences of names it found in the article.

    Once an article names "Donald Trump", a bare "Trump" elsewhere in its prose is the
    same person even where the statistical model tagged nothing; likewise an
    organisation's name. Returns all mentions, old and new, in document order.
    """

    ambiguous = context_orgs()  # "Reform" the party is no reason to tag "Reform of …"
    forms: dict[str, str] = {}
    for m in mentions:
        if (
            m.label == "ORG"
            and len(m.canonical) > 2
            and m.canonical[:1].isupper()
            and m.canonical not in ambiguous
        ):
            forms.setdefault(m.canonical, "ORG")
    for m in mentions:
        if m.label == "PERSON" and len(m.tokens) >= 2:
            forms[m.canonical] = "PERSON"
            forms[m.canonical.split()[-1]] = "PERSON"
    if not forms:
        return mentions
    ordered = sorted(forms, key=lambda f: (-len(f), f))
    taken = [(m.start, m.end) for m in mentions]
    pattern = re.compile(
        r"(?<![\w\-’'])(?:" + "|".join(re.escape(f) for f in ordered) + r")(?![\w\-])(?!\s+Jr\b)"
    )
    found = list(mentions)
    for sent in sentences:
        if sent.block.type not in MINED_TYPES:
            continue
        for match in pattern.finditer(text, sent.start, sent.end):
            start, end = match.span()
            if any(a < end and start < b for a, b in taken):
                continue
            found.append(
                Mention(
                    start,
                    end,
                    match.group(),
                    forms[match.group()],
                    sent,
                    [method, "rule:name_propagation"],
                    canonical=match.group(),
                )
            )
            taken.append((start, end))
    return sorted(found, key=lambda m: m.start)
