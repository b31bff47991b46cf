"""Linking across the corpus: a full name with middle initials ("Donald J. Trump") is
the same person as the name without them when that is the only such form, a surname left
alone resolves to the one full name that ends with it, each entity gets its majority label,
and the id is a slug of label group and canonical name, so it is stable across rebuilds and
unaffected by unrelated articles.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable

from trump_putin_call.pipeline.entities.gazetteer.lists import known_people
from trump_putin_call.pipeline.entities.mention import _GROUPS, _LABEL_ORDER, _NAMEABLE, Mention


@functools.lru_cache(maxsize=2**16)
def _slug(label: str, name: str) -> str:
    group = _GROUPS.get(label, label.lower())
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_")
    if not slug:
        slug = "x" + hashlib.sha256(name.encode()).hexdigest()[:12]
    return f"{group}:{slug}"


#: Rules that label a mention from its own context ("Barcelona beat Sevilla", "the port
#: city of Santander"): such a mention keeps its label and casts no corpus-level vote,
#: since the same name can be another entity elsewhere.
_CONTEXT_RULES = (
    "rule:club_result",
    "rule:club_short_name",
    "rule:place_apposition",
    "rule:org_context_",
    "rule:known_org_context",
)


class CorpusNames:
    """Corpus-level linking in two passes that hold name counts, never the mentions.

    :meth:`add` the names of every article's mentions (:func:`names_of`, as the
    per-article stages left them), then
    :meth:`link` each article's mentions: a one-word name becomes the one full person name
    in the corpus that ends with it, each name gets the label most of its mentions have
    (ties: :data:`_LABEL_ORDER`), and every mention its stable ``entity_id``. A full name
    with middle initials folds into the name without them first (:func:`initial_folds`). The
    result
    depends on the set of mentions only, not on the order they are added or linked in.
    """

    def __init__(self) -> None:
        self._counts: Counter[tuple[str, str]] = Counter()
        self._full: dict[str, str] | None = None
        self._folds: dict[str, str] = {}
        self._winner: dict[str, str] = {}

    def add(self, names: Iterable[tuple[str, str]]) -> None:
        """Count (canonical name, label) pairs: :func:`names_of` an article's mentions."""
        if self._full is not None:
            raise RuntimeError("CorpusNames.add after link: add every article first")
        self._counts.update(names)

    def _surname_target(self, canonical: str, label: str) -> str | None:
        assert self._full is not None
        words = canonical.split()
        if label not in _NAMEABLE or len(words) != 1:
            return None
        return self._full.get(words[0])

    def _finish(self) -> None:
        people = {c for c, label in self._counts if label == "PERSON" and len(c.split()) >= 2}
        self._folds = initial_folds(people)
        people = sorted(people - set(self._folds))
        # A one-word name is the tail of exactly the full names that end with it: look
        # them up by last word rather than testing every person for every mention.
        by_last: dict[str, list[str]] = defaultdict(list)
        for p in people:
            by_last[p.split()[-1]].append(p)
        self._full = {last: full[0] for last, full in by_last.items() if len(full) == 1}
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for (canonical, label), n in self._counts.items():
            if label == "PERSON":
                canonical = self._folds.get(canonical, canonical)
            if (full := self._surname_target(canonical, label)) is not None:
                canonical, label = full, "PERSON"
            if label in _GROUPS:
                votes[canonical][label] += n
        self._winner = {
            name: min(counts, key=lambda lab: (-counts[lab], _LABEL_ORDER.index(lab)))
            for name, counts in votes.items()
        }

    def link(self, mentions: Iterable[Mention]) -> None:
        """Give ``mentions`` (counted by :meth:`add`) their corpus-level names, labels, ids."""
        if self._full is None:
            self._finish()
        for m in mentions:
            if m.label == "PERSON" and m.canonical in self._folds:
                m.canonical = self._folds[m.canonical]
                m.rules.append("rule:middle_initial_link")
            if (full := self._surname_target(m.canonical, m.label)) is not None:
                m.canonical = full
                if m.label != "PERSON":
                    m.rules.append(f"rule:relabel_{m.label.lower()}_person")
                    m.label = "PERSON"
                m.rules.append("rule:surname_link_corpus")
            if (
                m.label in _GROUPS
                and not _by_context(m)
                and self._winner.get(m.canonical, m.label) != m.label
            ):
                m.rules.append(f"rule:label_vote_{m.label.lower()}")
                m.label = self._winner[m.canonical]
            m.entity_id = _slug(m.label, m.canonical)


_INITIAL = re.compile(r"[A-Z]\.")


def initial_folds(people: Iterable[str]) -> dict[str, str]:
    """Full names with middle initials → the same name without them ("Donald J. Trump" →
    "Donald Trump"), when ``people`` holds that name and no other initialled form of it
    ("George H. W. Bush" and "George W. Bush" both stay apart from "George Bush"). A public
    figure the gazetteer knows by the initialled form ("John F. Kennedy") is never folded:
    the plain form may be someone else (Senator John Kennedy)."""
    people = set(people)
    known = known_people()
    forms: dict[str, list[str]] = defaultdict(list)
    for name in people:
        words = name.split()
        if name in known and not known[name].canonical_name:
            continue
        if len(words) >= 3 and all(_INITIAL.fullmatch(w) for w in words[1:-1]):
            forms[f"{words[0]} {words[-1]}"].append(name)
    return {
        found[0]: plain for plain, found in forms.items() if len(found) == 1 and plain in people
    }


def _by_context(m: Mention) -> bool:
    return any(r.startswith(_CONTEXT_RULES) for r in m.rules)


def names_of(mentions: Iterable[Mention]) -> list[tuple[str, str]]:
    """What corpus-level linking needs of ``mentions``: (canonical name, label) pairs. A
    mention its own context labelled neither takes nor casts a label vote ("Barcelona beat
    Sevilla" leaves the city a place)."""
    return [(m.canonical, m.label) for m in mentions if not _by_context(m)]


def link_corpus(mentions: list[Mention]) -> None:
    """Across the corpus: surnames to unique full names, majority labels, stable ids."""
    names = CorpusNames()
    names.add(names_of(mentions))
    names.link(mentions)
