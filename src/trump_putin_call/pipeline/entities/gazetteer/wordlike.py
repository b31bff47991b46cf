"""Listed names that are also ordinary words, where the prose uses them as words: a
sentence opener (``Together, they …``, ``Forward!``), a piece of a longer name (``Voice of
the People``), a title (``The Voice winner``) or a verb (``you can ID voters``). No context
word makes these the organisation.
"""

from __future__ import annotations

import re

from trump_putin_call.pipeline.sentences import Sentence

_MODALS = frozenset("can could will would should may might must to".split())
_OPEN = " \t“\"‘'("
_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")
_WORD_BEFORE = re.compile(r"(\w+)\s+$")


def used_as_word(text: str, sent: Sentence, start: int, end: int) -> bool:
    """Whether the listed name at ``start:end`` is used as an ordinary word or a piece of
    another name, not as the organisation."""
    name = text[start:end]
    lead = text[sent.start : start].strip(_OPEN)
    opener = not lead or lead.endswith(":")  # "… this campaign: Forward!"
    pronoun = re.match(r",\s+(?:they|we|he|she|it|I|you)\b", text[end:])
    if (
        opener
        and " " not in name
        and name[1:].islower()
        and (text[end : end + 1] == "!" or pronoun)
    ):
        return True  # "Together, they are …", "Forward!" (not "Novo, which is based …")
    after = _WORD_AFTER.match(text, end, sent.end)
    if (
        " " not in name
        and after
        and after.group(1) == "of"
        and re.match(r"\s+of\s+(?:the\s+)?[A-Z]", text[end:])
    ):
        return True  # "Voice of the People" ("Chamber of Deputies" is listed whole)
    head = text[sent.start : start]
    if lead != "The" and head.endswith("The ") and not name.startswith("The "):
        return True  # "The Voice winner": a title
    before = _WORD_BEFORE.search(head)
    return bool(name.isupper() and before and before.group(1).lower() in _MODALS)  # "can ID"
