"""A he or she after a sentence whose subject is a role: the person the article gave it.

``Gen. Cole asked Admiral Vance that question. Asked later, the admiral chuckled. “…,”
he said``: the last sentence naming a person has Cole as its subject, but ``he`` goes on
from ``the admiral``, the subject of the sentences since, and the admiral is Vance
(``rule:pronoun_role_subject``). Likewise ``The Ohio senator sought to calm his
supporters, a swipe at Grant’s rallies. He said …``: Grant is named, not the subject; the
senator is. A subject of a clause hung under a main verb that has none counts as the main
verb's ("Asked later - war or not - the admiral chuckled": the parser makes "Asked" the
root).

A role subject is a noun of :data:`ROLES` led by ``the`` (``the admiral``, ``the Florida
senator``), the subject of its sentence's main verb (not of a clause inside it: "She
implied that the mayor was …"), outside quotation marks. Its person is the
nearest person named before it with that role as a title right before the name
(``Admiral Vance``, ``Sen. Ada Grant``, ``actor John Reyes``) or in an apposition right
after it (``Vance, the admiral``), whose gender fits the pronoun.
"""

from __future__ import annotations

import re
import weakref
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from trump_putin_call.pipeline.blocks import Block
    from trump_putin_call.pipeline.entities.mention import Mention
    from trump_putin_call.pipeline.quotes.article import _Article

RULE = "rule:pronoun_role_subject"

#: Role nouns, each with the titles written before a name for it.
ROLES: dict[str, tuple[str, ...]] = {
    "admiral": ("admiral", "adm."),
    "general": ("general", "gen."),
    "senator": ("senator", "sen."),
    "congressman": ("congressman", "rep."),
    "congresswoman": ("congresswoman", "rep."),
    "governor": ("governor", "gov."),
    "mayor": ("mayor",),
    "judge": ("judge", "justice"),
    "pastor": ("pastor", "rev.", "reverend"),
    "bishop": ("bishop",),
    "colonel": ("colonel", "col."),
    "sheriff": ("sheriff",),
    "ambassador": ("ambassador",),
    "chancellor": ("chancellor",),
    "coach": ("coach",),
    "professor": ("professor", "prof."),
    "secretary": ("secretary",),
    "billionaire": ("billionaire",),
    "candidate": ("candidate",),
    "nominee": ("nominee",),
    "actor": ("actor",),
    "actress": ("actress",),
    "businessman": ("businessman",),
    "host": ("host",),
    "anchor": ("anchor",),
}

_SUBJECTS: weakref.WeakKeyDictionary[_Article, list[tuple[int, str]]] = weakref.WeakKeyDictionary()


def mark(art: _Article, block: Block, doc: Doc) -> None:
    """Record the role subjects of ``block`` (offset, role noun), in document order."""
    offset = block.content[0]
    found = _SUBJECTS.setdefault(art, [])
    for tok in doc:
        if tok.dep_ not in ("nsubj", "nsubjpass") or not _main_clause(tok.head):
            continue
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        lemma = tok.lower_
        if lemma not in ROLES:
            continue
        first = min(tok.subtree, key=lambda t: t.i)
        if first.lower_ != "the" or any(c.dep_ == "poss" for c in tok.children):
            continue
        at = offset + tok.idx
        if not any(a <= at < b for a, b in art.quoted):
            found.append((at, lemma))


def _main_clause(verb: Token) -> bool:
    """Whether ``verb`` is its sentence's main verb, or the clause right under a main verb
    with no subject of its own ("Asked later - war or not - the admiral chuckled": the
    parser hangs "chuckled" under "Asked")."""
    if verb.dep_ == "ROOT":
        return True
    root = verb.head
    return (
        verb.dep_ in ("ccomp", "conj")
        and root.dep_ == "ROOT"
        and root.tag_ == "VBN"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children)
    )


def latest(art: _Article, lo: int, hi: int) -> tuple[int, str] | None:
    """The last role subject between offsets ``lo`` and ``hi``."""
    found = [s for s in _SUBJECTS.get(art, []) if lo <= s[0] < hi]
    return found[-1] if found else None


def person(art: _Article, role: str, near: int, people: list[Mention]) -> Mention | None:
    """The nearest of ``people`` named before ``near`` that the article gives ``role``."""
    words = "|".join(re.escape(w) for w in ROLES[role])
    before = re.compile(rf"(?i)\b(?:{words})\s+(?:[A-Z][\w.-]*\s+)?$")
    after = re.compile(rf"(?i)^,\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?{re.escape(role)}\b")
    titled = re.compile(rf"(?i)(?:{words})\s")
    for m in reversed([p for p in people if p.end <= near]):
        if (
            titled.match(m.text)
            or before.search(art.text[max(0, m.start - 30) : m.start])
            or after.match(art.text[m.end : m.end + 60])
        ):
            return m
    return None
