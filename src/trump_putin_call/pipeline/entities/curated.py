"""The corpus's curated corrections (``entity_overrides.csv``): they run after the
gazetteer and win.
"""

from __future__ import annotations

import re

from trump_putin_call.pipeline.entities.mention import MINED_TYPES, Mention
from trump_putin_call.pipeline.overrides import Override
from trump_putin_call.pipeline.sentences import Sentence


def apply_overrides(
    text: str,
    sentences: list[Sentence],
    mentions: list[Mention],
    overrides: tuple[Override, ...],
    method: str,
) -> list[Mention]:
    """The curated corrections of ``entity_overrides.csv``, applied to one article.

    A surface form listed there gets the label and canonical name given, wherever it
    occurs in the prose (a mention the model missed is added); an empty label means
    the form is not an entity and its mentions are dropped.
    """
    if not overrides:
        return mentions
    by_form = {o.surface: o for o in overrides}
    kept = []
    for m in mentions:
        o = by_form.get(m.text)
        if o is None:
            kept.append(m)
        elif o.label:
            m.label, m.canonical = o.label, o.canonical_name
            m.rules.append("rule:override")
            kept.append(m)
    taken = [(m.start, m.end) for m in kept]
    pattern = re.compile(
        r"(?<![\w\-])(?:"
        + "|".join(re.escape(f) for f in sorted(by_form, key=lambda f: (-len(f), f)))
        + r")(?![\w\-])"
    )
    for sent in sentences:
        if sent.block.type not in MINED_TYPES:
            continue
        for match in pattern.finditer(text, sent.start, sent.end):
            o = by_form[match.group()]
            start, end = match.span()
            if not o.label or any(a < end and start < b for a, b in taken):
                continue
            kept.append(
                Mention(
                    start,
                    end,
                    match.group(),
                    o.label,
                    sent,
                    [method, "rule:override"],
                    canonical=o.canonical_name,
                )
            )
            taken.append((start, end))
    return sorted(kept, key=lambda m: m.start)
