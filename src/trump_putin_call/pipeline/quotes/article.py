"""What one article's quote pass knows: its people and organisations, who is a subject,
what is quoted, and how a pronoun or an unnamed voice finds its referent.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trump_putin_call.pipeline.blocks import Block
from trump_putin_call.pipeline.entities.lexicon import TITLES
from trump_putin_call.pipeline.entities.mention import Mention
from trump_putin_call.pipeline.quotes import owners
from trump_putin_call.pipeline.quotes.cues import _token_at
from trump_putin_call.pipeline.quotes.lexicon import ORG_CLASSIFIERS, ROLE_TITLES
from trump_putin_call.pipeline.quotes.quote import Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


#: "an analyst at …": a person's workplace, named in passing.
_AFFILIATION = re.compile(
    r"(?i)\b(?:analyst|economist|strategist|researcher|professor|lecturer|fellow|expert|"
    r"consultant|scientist|partner|director|adviser|advisor)s?\s+(?:at|with|from)\s+(?:the\s+)?$"
)


#: "Mr. Trump": a person, whatever else the name opens.
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+$")


def _org_classified(text: str, m: Mention) -> bool:
    """A name right after a lower-case word for an organisation ("chocolate maker X")."""
    words = text[max(0, m.start - 30) : m.start].split()
    return bool(words) and words[-1] in ORG_CLASSIFIERS


def _owns_subject(tok: Token) -> bool:
    """Whether a name is the owner in a subject phrase (``Trump's plan was …``, ``One of
    Trump's jeremiads came …``)."""
    if tok.dep_ != "poss":
        return False
    cur = tok.head
    for _ in range(3):
        if cur.dep_ in ("nsubj", "nsubjpass"):
            return True
        if cur.dep_ not in ("pobj", "prep") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


class _Article:
    """Everything one article's quote pass needs."""

    def __init__(self, text: str, mentions: list[Mention]) -> None:
        self.text = text
        # "Formula One team Arcadia Racing", "chocolate maker Maison Ferrand": a name after
        # a word for an organisation is one, whatever the entity model thought
        org_like = {id(m) for m in mentions if m.label == "PERSON" and _org_classified(text, m)}
        self.people = [m for m in mentions if m.label == "PERSON" and id(m) not in org_like]
        self.orgs = [m for m in mentions if m.label == "ORG" or id(m) in org_like]
        self.mentions = mentions
        self.quoted: list[tuple[int, int]] = []
        self.subjects: set[int] = set()  # ids of mentions that are grammatical subjects
        self.main_subjects: set[int] = set()  # those subjects of their sentence's root
        self.in_subject: set[int] = set()  # owners inside a subject ("Trump's plan was …")
        self.reported: list[tuple[int, int]] = []  # indirect quotes' content clauses
        self.voices: list[tuple[int, int, str]] = []  # named institutions that spoke
        self.unnamed: list[tuple[Quote, int, set[str]]] = []  # voices still to resolve
        self.done: list[Quote] = []  # the quotes found so far, as the stage builds them
        self.spoken: list[Quote] = []  # quotes given a named speaker so far, kept or not

    def resolve_unnamed(self, quotes: list[Quote]) -> None:
        """An unnamed voice ("a ministry spokesman") speaks for the latest institution
        named before it whose name holds one of its nouns ("Ostrova Foreign Ministry")."""
        for quote, lo, keys in self.unnamed:
            if quote.speaker_name is not None:
                continue
            found = [v for v in self.voices if v[1] <= lo and keys & set(v[2].lower().split())]
            if not found:
                continue
            for q in quotes:  # follow-on quotes copied the unresolved speaker
                if q is quote or (
                    q.speaker_name is None and q.speaker_start == quote.speaker_start
                ):
                    q.speaker_name = found[-1][2]
                    q.rules.append("rule:institution_voice")

    def mark_subjects(self, block: Block, doc: Doc) -> None:
        """Record which people of ``block`` are subjects (or appositions to one)."""
        offset = block.content[0]
        for m in self.people:
            if not block.start <= m.start < block.end:
                continue
            i = _token_at(doc, m.end - 1 - offset)
            tok = doc[i]
            while tok.head.i != tok.i and m.start <= offset + tok.head.idx < m.end:
                tok = tok.head
            if tok.dep_ == "compound" and tok.head.i == tok.i + 1 and tok.head.pos_ == "PROPN":
                tok = tok.head  # "Olusegun Bankole KC": the name hangs from the postnominal
            subject = ("nsubj", "nsubjpass")
            if _owns_subject(tok):
                self.in_subject.add(id(m))
            if tok.dep_ in subject or (tok.dep_ == "appos" and tok.head.dep_ in subject):
                self.subjects.add(id(m))
                verb = tok.head if tok.dep_ in subject else tok.head.head
                if verb.dep_ == "ROOT":  # "Asked whether Y …, Ban demurred": Ban
                    self.main_subjects.add(id(m))

    def mention_at(self, start: int, end: int, labels: tuple[str, ...] = ()) -> Mention | None:
        for m in self.mentions:
            if m.start < end and start < m.end and (not labels or m.label in labels):
                return m
        return None

    def _outside(self, m: Mention) -> bool:
        return not any(a <= m.start < b for a, b in self.quoted)

    def organisation(
        self, before: int, noun: str = "", rules: list[str] | None = None
    ) -> Mention | None:
        """The organisation an unnamed voice speaks for, mentioned before ``before``.

        One whose name ends with the voice's noun ("a spokesperson for the board" → the
        Competition and Consumer Board), else the nearest organisation outside quotes of a
        fitting kind (:mod:`owners`: no news outlet, no person's workplace).
        """
        found = [m for m in self.orgs if m.end <= before and self._outside(m)]
        named = [m for m in found if noun and noun.lower() in m.canonical.lower().split()]
        # "an analyst at Fenwick Stone" only places the analyst: not the article's company
        own = [
            m for m in found if not _AFFILIATION.search(self.text[max(0, m.start - 40) : m.start])
        ]
        if named:
            return named[-1]
        return (owners.fitting(self.text, own or found, rules) or [None])[-1]

    def group_referent(self, before: int) -> tuple[int, int, str, Mention | None] | None:
        """What ``it`` or ``they`` before ``before`` speaks for: the latest organisation or
        named institution outside quotes, skipping names inside reported clauses."""
        orgs = [
            (m.start, m.end, m.canonical, m)
            for m in self.orgs
            if m.end <= before
            and self._outside(m)
            and not any(a <= m.start < b for a, b in self.reported)
        ]
        voices = [(a, b, name, None) for a, b, name in self.voices if b <= before]
        found = sorted(orgs + voices, key=lambda x: x[1])
        return found[-1] if found else None

    def person_in_role(self, role: str, near: int, owner: str = "") -> Mention | None:
        """The person the article names in ``role`` ("the ambassador, Yerlan Abenov" or
        "ambassador Yerlan Abenov"), nearest before ``near``, else nearest after it."""
        words = "|".join(re.escape(w) for w in (role, *ROLE_TITLES.get(role.lower(), ())))
        pattern = re.compile(
            rf"(?i)(?:\b([\w-]+)[’']s\s+)?\b(?:{words}),?\s+(?:(?:mr|mrs|ms|dr)\.?\s+)?$"
        )
        found = []
        for m in self.people:
            match = pattern.search(self.text[max(0, m.start - 60) : m.start])
            # "the regulator’s chief executive, X" holds no other owner's post
            if match and not (owner and match.group(1) and match.group(1).lower() != owner):
                found.append(m)
        # an earlier naming first (anaphora), else a later one ("…, the ambassador, X, said")
        return min(found, key=lambda m: (m.start > near, abs(m.start - near))) if found else None

    def name_in_text(self, noun: str, before: int) -> str | None:
        """An organisation's capitalised name holding ``noun`` that the entity model missed
        ("The City of Eastbrook agreed …" for "a spokeswoman for the city")."""
        word = re.escape(noun.capitalize())
        name = r"[A-Z][\w’'&-]*"
        pattern = re.compile(rf"\b(?:{name} )*{word}(?: of(?: the)? {name})*\b(?![ -][A-Z])")
        found = [
            re.sub(r"^(?:The|A|An) ", "", m.group(0))
            for m in pattern.finditer(self.text, 0, before)
        ]
        found = [f for f in found if len(f.split()) > 1]
        return found[-1] if found else None

    def author_of(self, noun: str, near: int) -> Mention | None:
        """The person a ``<noun>, written by …`` clause names as the author, nearest ``near``."""
        pattern = re.compile(
            rf"(?i)\b{re.escape(noun)},?\s+(?:\w+\s+)?"
            r"(?:written|signed|authored|drafted|sent|prepared|compiled)\s+by\b"
        )
        found = []
        for match in pattern.finditer(self.text):
            line_end = self.text.find("\n", match.end())
            line_end = len(self.text) if line_end < 0 else line_end
            after = [
                m for m in self.people if match.end() <= m.start < min(line_end, match.end() + 150)
            ]
            if after:
                found.append((abs(match.start() - near), after[0]))
        return min(found, key=lambda x: x[0])[1] if found else None

    def organisation_named(self, m: Mention) -> Mention | None:
        """The article's longer organisation a one-word non-ORG name opens, if any."""
        if m.label == "ORG" or len(m.tokens) != 1:
            return None
        if m.label == "PERSON" and (
            len(m.canonical.split()) > 1
            or _HONORIFIC.search(self.text[max(0, m.start - 6) : m.start])
        ):  # "Mr. Trump said" after "Trump Force One": the man, not his plane
            return None
        for o in self.orgs:
            if len(o.tokens) >= 2 and o.tokens[0] == m.text:
                return o
        return None

    def person_named(self, surname: str) -> Mention | None:
        """A person of the article whose canonical name ends with ``surname`` (titles cut)."""

        words = surname.split()
        while len(words) > 1 and words[0].lower() in TITLES:
            words = words[1:]
        for m in self.people:
            names = m.canonical.split()
            if len(names) > len(words) and names[-len(words) :] == words:
                return m
        return None
