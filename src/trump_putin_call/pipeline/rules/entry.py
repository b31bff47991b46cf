"""One entry of the rules catalogue: a ``method`` token, what it means, and an example."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

#: The entity labels (OntoNotes), lower case as they appear inside a token.
LABELS = tuple(
    "person norp fac org gpe loc product event work_of_art law language date time percent "
    "money quantity ordinal cardinal".split()
)
_PLACEHOLDER = re.compile(r"\{(label|from|to|model|version|score)\}")
_PART = {
    "label": "(?:" + "|".join(LABELS) + ")",
    "from": "(?:" + "|".join(LABELS) + ")",
    "to": "(?:" + "|".join(LABELS) + ")",
    "model": r"[^+]+",
    "version": r"[0-9][0-9A-Za-z.]*",
    "score": r"(?:0\.[0-9]{2}|1\.00)",
}


@dataclass(frozen=True)
class Rule:
    """One token of the ``method`` column and what it means.

    ``where`` names the functions that write it, under ``trump_putin_call.pipeline``;
    ``before`` and ``after`` show what the rule changed on its ``example``: the article
    texts whose build writes the token (``overrides``: entity overrides given with them).
    """

    token: str
    tables: tuple[str, ...]
    where: tuple[str, ...]
    description: str
    before: str
    after: str
    example: tuple[str, ...]
    overrides: tuple[tuple[str, str, str], ...] = ()

    @property
    def name(self) -> str:
        """The token without its ``rule:`` prefix."""
        return self.token.removeprefix("rule:")

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        """The tokens this entry stands for (its placeholders filled with labels)."""
        out, at = [], 0
        for found in _PLACEHOLDER.finditer(self.token):
            out += [re.escape(self.token[at : found.start()]), _PART[found.group(1)]]
            at = found.end()
        return re.compile("".join([*out, re.escape(self.token[at:])]))

    def matches(self, token: str) -> bool:
        return self.pattern.fullmatch(token) is not None


def entity_rule(
    token: str, where: str | tuple[str, ...], description: str, before: str, after: str, *ex: str
) -> Rule:
    """An entry of the ``entities`` table: where it is written, what it does, an example."""
    where = (where,) if isinstance(where, str) else where
    return Rule(token, ("entities",), where, description, before, after, ex)


def quote_rule(
    token: str, where: str | tuple[str, ...], description: str, before: str, after: str, *ex: str
) -> Rule:
    """An entry of the ``quotes`` table: where it is written, what it does, an example."""
    where = (where,) if isinstance(where, str) else where
    return Rule(token, ("quotes",), where, description, before, after, ex)
