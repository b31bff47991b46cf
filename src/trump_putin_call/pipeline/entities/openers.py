"""A capitalised verb the model read into a person's name: "Stated Stone:" (an inverted
introduction of a quote) is Stone, "Asserting Clinton’s …" is Clinton; and a dash it read
into a name at a line's start ("-President Obama, tweeting after …", a credit line).
"""

from __future__ import annotations

from trump_putin_call.pipeline.entities.mention import Mention

#: Capitalised speech verbs that open an inverted introduction ("Stated Stone:").
SPEECH_OPENERS = frozenset(
    "Said Stated Continued Added Asked Wrote Noted Explained Replied Responded Asserting "
    "Adding Declared Insisted Concluded".split()
)


def _is_verb(m: Mention) -> bool:
    """The first word of ``m`` is a speech verb, or a word in -ing opening the sentence
    that is no first name."""
    from trump_putin_call.pipeline import gender

    first = m.tokens[0]
    return first in SPEECH_OPENERS or (
        m.start == m.sentence.start
        and len(first) > 5
        and first.endswith("ing")
        and gender.of_name(first) is None
    )


def cut_verb_openings(text: str, mentions: list[Mention]) -> None:
    """Cut an opening verb from people's names of two words or more."""
    for m in mentions:
        if m.label == "PERSON" and len(m.tokens) >= 2 and _is_verb(m):
            rest = m.text[len(m.tokens[0]) :]
            m.start += len(m.text) - len(rest.lstrip())
            m.text = text[m.start : m.end]
            m.canonical = " ".join(m.text.split())
            m.rules.append("rule:verb_opening_cut")


#: Dashes a credit line opens with ("- Sanders.", "-President Obama, tweeting …").
_DASHES = "-–—"


def cut_dash_openings(text: str, mentions: list[Mention]) -> None:
    """Cut a leading dash (and the space after it) from people's and organisations' names."""
    for m in mentions:
        if m.label not in ("PERSON", "ORG") or m.text[:1] not in _DASHES:
            continue
        rest = m.text.lstrip(_DASHES).lstrip()
        if not rest[:1].isupper():
            continue
        m.start += len(m.text) - len(rest)
        m.text = text[m.start : m.end]
        m.canonical = " ".join(m.text.split())
        m.rules.append("rule:dash_opening_cut")
