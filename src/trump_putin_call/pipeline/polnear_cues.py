"""PolNeAR's cues sorted for the benchmark: which are verbs of saying or writing, and which
introduce a statement rather than a topic.

An attribution is reported speech when its cue holds a verb of saying or writing (any
inflection) or ``according to`` (:func:`is_speech_cue`), and its cue does not end with a
preposition whose noun phrase is a topic (``spoke about the economy``), unless it is a
demand or claim (``called for a ban``: :func:`takes_statement`). :mod:`.polnear` states
the whole mapping.
"""

from __future__ import annotations

import re
from itertools import pairwise

_WORD = re.compile(r"\w+")

#: Verbs of saying or writing: an attribution whose cue holds one (or ``according to``) is
#: reported speech. Verbs of thinking, wanting, perceiving and deciding are not here.
SPEECH_VERBS = frozenset(
    " ".join(
        (
            "say tell add state claim warn argue write declare note insist explain announce",
            "stress emphasize emphasise confirm deny admit acknowledge assert maintain contend",
            "remark comment tweet post reply respond answer ask urge call describe praise",
            "criticize criticise blast slam accuse allege mention reiterate repeat caution",
            "concede complain testify report predict promise vow pledge suggest recommend",
            "propose demand quip joke exclaim shout yell boast brag lament proclaim reveal",
            "disclose assure reassure counter retort rebut dispute speak talk inform threaten",
            "charge hint decry condemn denounce mock question implore plead beg advise tout",
            "insinuate acknowledge affirm reaffirm recount describe label dub brand term",
        )
    ).split()
)
_IRREGULAR = {
    "say": ("said",),
    "tell": ("told",),
    "write": ("wrote", "written"),
    "speak": ("spoke", "spoken"),
}


def _forms(lemma: str) -> set[str]:
    """Inflections of a regular verb (plus the irregular ones in :data:`_IRREGULAR`)."""
    out = {lemma, *_IRREGULAR.get(lemma, ())}
    if lemma.endswith("e"):
        out |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        out |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    else:
        es = "es" if lemma.endswith(("s", "sh", "ch", "x", "z", "o")) else "s"
        out |= {lemma + es, lemma + "ed", lemma + "ing"}
        # one vowel then one consonant at the end: admit → admitted, slam → slammed
        if re.search(r"(?:^|[^aeiou])[aeiou][bdgmnprt]$", lemma) and lemma not in ("answer",):
            out |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return out


SPEECH_FORMS = frozenset(f for lemma in SPEECH_VERBS for f in _forms(lemma))


#: A cue ending with one of these takes a noun phrase, not a statement ("called for a
#: ban", "spoke about the economy").
_PREPOSITIONS = frozenset("about against at for from in of on over to with".split())


def is_speech_cue(cue: str) -> bool:
    """Whether a cue's words hold a verb of saying or writing, or ``according to``."""
    words = [w.lower() for w in _WORD.findall(cue)]
    if any(a == "according" and b == "to" for a, b in pairwise(words)):
        return True
    return any(w in SPEECH_FORMS for w in words)


#: Verb and preposition whose noun-phrase content is a demand or a claim, so a statement
#: (``called for a ban``, ``warned of a recession``, ``argued against the deal``), unlike a
#: topic (``spoke about the economy``, ``asked about the war``).
CLAIM_PREPOSITIONS = {
    "call": ("for",),
    "warn": ("of", "about", "against"),
    "argue": ("for", "against"),
    "complain": ("about",),
}
_CLAIM_FORMS = {
    (form, prep)
    for lemma, preps in CLAIM_PREPOSITIONS.items()
    for form in _forms(lemma)
    for prep in preps
}


def takes_statement(cue: str) -> bool:
    """Whether a cue introduces a statement: not one ending with a preposition, whose
    content is a noun phrase (a topic: ``spoke about``), but ``according to`` and a demand
    or claim (:data:`CLAIM_PREPOSITIONS`: ``called for``, ``warned of``)."""
    words = [w.lower() for w in _WORD.findall(cue)]
    if len(words) >= 2 and (words[-2], words[-1]) in _CLAIM_FORMS:
        return True
    return not words or words[-1] not in _PREPOSITIONS or words[-2:] == ["according", "to"]
