"""The rules catalogue: every token that can appear in a table's ``method`` column.

A row's ``method`` is its tokens joined by ``+``: first the model that made it
(``spacy:…``), then the rules that changed it, in the order they ran. Each token has one
:class:`Rule` here (:mod:`.entity_rules`, :mod:`.gazetteer_rules`, :mod:`.quote_rules`,
:mod:`.crosslink_rules`),
the single source of ``RULES.md``, ``trump-putin-call rules`` and the viewer's hover text.
A token that varies with the labels involved is one entry with a placeholder:
``rule:label_vote_{label}`` stands for ``rule:label_vote_person``, ``rule:label_vote_org``…
(``{label}``, ``{from}``, ``{to}``: an entity label, lower case).

Needs no spaCy: the loader's installation reads it too. ``tests/test_rules.py`` builds
every entry's example and fails when it does not write the token, and fails when a stage
writes a token, or holds a ``"rule:…"`` literal, that no entry covers.
"""

from __future__ import annotations

import functools

from trump_putin_call.pipeline.rules import (
    crosslink_rules,
    entity_rules,
    gazetteer_rules,
    quote_rules,
)
from trump_putin_call.pipeline.rules.entry import LABELS, Rule

#: Every entry, in the order ``RULES.md`` lists them (by stage, then as the stage runs).
CATALOGUE: tuple[Rule, ...] = (
    *entity_rules.RULES,
    *gazetteer_rules.RULES,
    *quote_rules.RULES,
    *crosslink_rules.RULES,
)
#: The tables with a ``method`` column.
TABLES = ("sentences", "entities", "quotes", "utterances", "alignments")

__all__ = ["CATALOGUE", "LABELS", "TABLES", "Rule", "explain", "lookup", "rule"]


@functools.lru_cache(maxsize=4096)
def lookup(table: str, token: str) -> Rule | None:
    """The entry that ``token`` in ``table``'s ``method`` column stands for, or None.

    An entry without placeholders wins over one with (``rule:known_place_norp`` over
    ``rule:known_place_{label}``)."""
    found = [r for r in CATALOGUE if table in r.tables and r.matches(token)]
    found.sort(key=lambda r: "{" in r.token)
    return found[0] if found else None


def explain(table: str, method: str) -> list[tuple[str, Rule | None]]:
    """Each token of a ``method`` value with its entry (None: not in the catalogue)."""
    return [(token, lookup(table, token)) for token in method.split("+") if token]


def rule(name: str, table: str = "entities") -> str:
    """The token of the entry named ``name`` (``rule:`` may be left out), for a stage to
    write: raises KeyError when the catalogue has no such entry."""
    token = name if name.startswith("rule:") else f"rule:{name}"
    if lookup(table, token) is None:
        raise KeyError(f"{token!r} is not in the rules catalogue of {table}: add it to rules/")
    return token
