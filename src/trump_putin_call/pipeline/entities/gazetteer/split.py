"""One span the model made of two names, cut where a known name or a title says; and a
company's legal form ("Porsche SE") joined to its name.
"""

from __future__ import annotations

import re

from trump_putin_call.pipeline.entities.gazetteer.lists import _known_label
from trump_putin_call.pipeline.entities.gazetteer.relabel import _GPE_LOC
from trump_putin_call.pipeline.entities.lexicon import _NOT_GIVEN, ORG_SUFFIXES
from trump_putin_call.pipeline.entities.mention import Mention

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
