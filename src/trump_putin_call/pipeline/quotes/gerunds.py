"""A report whose content is a gerund: ``Mr. Kasich reported having $1.3 million in cash``,
``She suggested taking action after the election``, ``He denied meeting the envoy``.

A verb that reports with a clause of its own (``report``, ``suggest``, ``deny``,
``recall`` …) sometimes takes a gerund instead: the parser hangs it as an ``xcomp`` with
the ``-ing`` tag. What the gerund phrase says is what was said (``rule:gerund_content``).
Only a gerund after the cue counts, and only one with words of its own after it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

GERUND = "rule:gerund_content"


def content(cue: Token) -> list[Token] | None:
    """The gerund phrase a cue verb reports, or None."""
    for child in cue.rights:  # "he recalled smiling": no words after the gerund
        if child.dep_ == "xcomp" and child.tag_ == "VBG" and len(list(child.subtree)) > 2:
            return list(child.subtree)
    return None
