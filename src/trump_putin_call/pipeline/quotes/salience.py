"""A pronoun speaker is, most often, whoever spoke last.

``“…,” Murphy said. Obama’s plan, he argued, … “…,” he said``: news keeps one voice going
over several quotes, and ``he`` goes on being the last speaker, even when another person
is named (not as a subject) in between (``rule:previous_speaker``). The last speaker is
taken when they spoke in this paragraph or the two before, agree with the pronoun's gender
where their first name tells it, nobody else has been the subject of a sentence since, and
nobody else is named in the pronoun's own sentence (``Trump’s rhetoric …, as the
president-elect denounced what he claimed …``: Trump).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trump_putin_call.pipeline.entities.mention import Mention
    from trump_putin_call.pipeline.quotes.article import _Article

PREVIOUS = "rule:previous_speaker"
#: Paragraph breaks a voice carries over.
MAX_BREAKS = 2


def previous_speaker(art: _Article, before: int, pronoun: str) -> Mention | None:
    """The person who last spoke before offset ``before``, if ``pronoun`` can be them."""
    from trump_putin_call.pipeline import gender

    spoken = [
        q
        for q in art.done
        if q.speaker is not None and q.speaker.label == "PERSON" and q.end <= before
    ]
    if not spoken:
        return None
    last = max(spoken, key=lambda q: q.end)
    who = last.speaker
    if art.text.count("\n", last.end, before) > MAX_BREAKS:
        return None
    want = gender.PRONOUN_GENDER.get(pronoun)
    if want is not None and gender.of_name(who.canonical) not in (want, None):
        return None
    line_start = art.text.rfind("\n", 0, before) + 1
    ends = list(re.finditer(r"[.!?][’”\"']?\s", art.text[line_start:before]))
    sentence_start = line_start + (ends[-1].end() if ends else 0)
    since = [
        m
        for m in art.people
        if last.end <= m.start < before
        and m.canonical != who.canonical
        and art._outside(m)
        # a subject since, or anyone named in the pronoun's own sentence
        and (id(m) in art.subjects or m.start >= sentence_start)
    ]
    return None if since else who
