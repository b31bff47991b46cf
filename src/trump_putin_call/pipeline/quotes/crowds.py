"""Speakers named by a share of a group or by a relative pronoun.

- ``47 percent said …``, ``one in four said …``, ``most said …``: a share of a group
  speaks (``rule:quantity_speaker``); the speaker is the phrase as written, unnamed.
- ``Karl Stone, who said …``: the relative pronoun stands for the noun its clause
  modifies (``rule:relative_speaker``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

QUANTITY = "rule:quantity_speaker"
RELATIVE = "rule:relative_speaker"
#: Words for a share of a group that can be the subject of a cue.
SHARES = frozenset(
    "percent % majority majorities minority half third quarter most many some few several "
    "all both".split()
)


def is_quantity(subj: Token) -> bool:
    """``47 percent``, ``Twenty-four percent``, ``one in four``, ``a majority``, ``most``."""
    if subj.lemma_.lower() in SHARES or subj.lower_ in SHARES:
        return True
    return subj.like_num and any(
        c.dep_ == "prep" and c.lower_ in ("in", "of") for c in subj.children
    )


def relative_antecedent(subj: Token) -> Token | None:
    """The noun a relative ``who`` (or ``that``) subject stands for, if it is one."""
    if subj.lower_ in ("who", "that") and subj.tag_ in ("WP", "WDT") and subj.head.dep_ == "relcl":
        return subj.head.head
    return None
