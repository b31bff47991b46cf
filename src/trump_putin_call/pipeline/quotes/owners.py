"""Which organisation an unnamed voice (``a spokeswoman``, ``the club's board``, ``the
airline``) belongs to: the nearest one of a fitting kind.

Two kinds of organisation an article names are rarely the voice's own:

- a news outlet that reports (``told the Daily Ledger``, ``Northport Radio reported``, a
  name with ``Times``/``News``/``Radio``…): it carries the story, it does not issue it
  (``rule:voice_not_reporter``);
- of two organisations each named to place a person in a role (``Redhill Albion manager
  Stellan Brekke`` … ``Kingsmoor’s manager, Teodor Vasile``), the later one: it is named
  for contrast, the article is about the first (``rule:voice_not_affiliation``). One such
  organisation alone (``Acme’s chief executive, Dana Wells``) stays a candidate.

Both are passed over for a nearer-fitting organisation named earlier; when none is left,
the nearest organisation stands, as before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trump_putin_call.pipeline.entities.mention import Mention

NOT_REPORTER = "rule:voice_not_reporter"
NOT_AFFILIATION = "rule:voice_not_affiliation"

#: Words in a news outlet's name.
_OUTLET_WORDS = frozenset(
    "times post news journal herald tribune gazette telegraph guardian observer chronicle "
    "reuters bloomberg politico cnn bbc nbc cbs abc msnbc npr fox ap afp radio tv "
    "television magazine daily press broadcasting broadcaster newspaper".split()
)

#: "told the Daily Ledger", "according to Northport Radio", "in an interview with X".
_REPORTS_BEFORE = re.compile(
    r"(?i)\b(?:told|according\s+to|reported\s+by|interview\s+with|newspaper|broadcaster|"
    r"outlet|channel|station)\s+(?:the\s+)?$"
)
#: "Northport Radio reported", "X's reporting".
_REPORTS_AFTER = re.compile(r"^(?:[’']s)?\s+(?:reported|reports|reporting|first\s+reported)\b")

#: "Kingsmoor’s manager, Teodor Vasile", "Redhill Albion manager Stellan Brekke": an
#: organisation placing a person in a role.
_ROLE_AFTER = re.compile(
    r"^(?:[’']s\s+(?:[a-z-]+\s+){0,2}|\s+)(?:manager|coach|chief\s+executive|executive|director|"
    r"chairman|chairwoman|chair|president|owner|founder|captain|analyst|economist|"
    r"head|boss|employee|worker|player|striker|forward|goalkeeper|defender|midfielder),?"
    r"\s+[A-Z]"
)


def reporter(text: str, m: Mention) -> bool:
    """Whether ``m`` is a news outlet: by its name, or by how the article cites it."""
    if set(re.findall(r"[a-z]+", m.canonical.lower())) & _OUTLET_WORDS:
        return True
    before = text[max(0, m.start - 30) : m.start]
    return bool(_REPORTS_BEFORE.search(before) or _REPORTS_AFTER.match(text[m.end : m.end + 30]))


def _places(text: str, m: Mention) -> bool:
    """Whether ``m`` is named to place a person in a role (``Kingsmoor’s manager, X``)."""
    return bool(_ROLE_AFTER.match(text[m.end : m.end + 60]))


def _contrast(text: str, found: list[Mention]) -> list[Mention]:
    """The organisations of ``found`` placing a person after an earlier, other one did."""
    placing = [m for m in found if _places(text, m)]
    if not placing:
        return []
    first = placing[0].canonical
    return [m for m in placing[1:] if m.canonical != first]


def fitting(text: str, found: list[Mention], rules: list[str] | None) -> list[Mention]:
    """``found`` without reporting outlets and placing names, when any is left; the rule
    passed over is added to ``rules`` when the nearest organisation changes."""
    if not found:
        return found
    kept = found
    contrast = {id(m) for m in _contrast(text, found)}
    tests = (
        (NOT_REPORTER, lambda m: reporter(text, m)),
        (NOT_AFFILIATION, lambda m: id(m) in contrast),
    )
    for rule, test in tests:
        rest = [m for m in kept if not test(m)]
        if rest and rest[-1] is not kept[-1] and rules is not None:
            rules.append(rule)
        kept = rest or kept
    return kept
