"""The scorer's stand-in for a pronoun source: PolNeAR links no ``he said`` to its referent.

A gold source that is only a pronoun stands for the latest earlier named source it can
refer to (:func:`antecedent`): for ``he`` and ``she``, a person, never an organisation
(``the FBI``, ``CNN``), a group (``Some``, ``X and others``) or a document (``a poll``), of
the pronoun's gender by title, first name or the gender the article gives the same
surname elsewhere. It is the classic "last source" heuristic; :mod:`.polnear` says how far
it can be trusted and prints speaker accuracy apart for the rows it decides.
"""

from __future__ import annotations

import re

#: Titles that say a source's gender (``Mr. Chipok`` is no ``she``).
_HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}


def _not_a_person(source: str) -> bool:
    """A source no ``he`` or ``she`` can stand for: one opened by an article (``the FBI``,
    ``a campaign spokesman`` stays: it names a person), or an acronym (``CNN``)."""
    words = source.split()
    if words[0].lower() == "the":
        return True
    return len(words) == 1 and words[0].isupper() and len(words[0]) > 1


#: First words of a source that stands for several people ("Some", "Both Democrats and
#: Republicans"): never what a ``he`` or ``she`` stands for.
_SEVERAL = frozenset("some many most both several all few other others".split())


#: Things that speak in PolNeAR ("A CNN/ORC poll", "a Wednesday editorial"): never a he or she.
_THINGS = frozenset(
    "poll polls survey study report editorial email memo letter statement tweet post article "
    "book video ad website release transcript document analysis review paper".split()
)


def _several(source: str, text: str) -> bool:
    """A source naming a group or a thing, never one person: opened by a word like ``Some``,
    two named together (``Doyle and others``), a plural noun the article also writes in
    lower case (``Friends``, ``Millennials``), or a document (``A CNN/ORC poll``)."""
    words = source.removeprefix("by ").split()
    if not words or words[0].lower() in _SEVERAL:
        return True
    if any(w.strip(",.").lower() in _THINGS for w in words[:6]):
        return True
    if re.match(r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)* and ", source):  # not "X, head of A and B"
        return True
    first = words[0]
    if len(words) > 2 or not first.endswith("s") or first.endswith(("'s", "’s", "ss")):
        return False
    return re.search(rf"\b{re.escape(first.lower())}\b", text) is not None


def _surname_gender(source: str, text: str, want: str | None = None) -> str | None:
    """The gender the article gives a one-word name elsewhere as a surname: ``Mr. Keyworth``
    or ``George Keyworth``; ``want`` when it names people of both genders so (``Bill`` and
    ``Hillary Clinton``); None when it never writes it after a first name or title."""
    from trump_putin_call.pipeline import gender

    name = source.strip(" ,")
    if len(name.split()) != 1 or not name[:1].isupper():
        return None
    found = set()
    for m in re.finditer(rf"\b([A-Z][a-z]+)\.?\s+{re.escape(name)}\b", text):
        word = m.group(1)
        if re.search(rf"\b{word.lower()}\b", text):  # "said Keyworth", "Will Keyworth"
            continue
        said = _HONORIFIC_GENDER.get(word.lower()) or gender.of_name(word)
        if said:
            found.add(said)
    if len(found) > 1:
        return want
    return found.pop() if found else None


def antecedent(named: list[str], pronoun: str, text: str = "") -> str | None:
    """The latest earlier named source a pronoun can stand for: for ``he`` and ``she``, a
    person (never ``the FBI``, ``CNN`` or a group such as ``Some``) of the pronoun's gender
    by its title (Mr., Mrs., Ms.), its first name, or the article's other mentions of the
    same surname (``George Keyworth`` for ``Keyworth``) where one says it, else of unknown
    gender. PolNeAR links no pronoun to its referent: this stands in for that link."""
    from trump_putin_call.pipeline import gender

    want = gender.PRONOUN_GENDER.get(pronoun)
    for source in reversed(named):
        if want is None:
            return source
        if _not_a_person(source) or _several(source, text):
            continue
        words = source.split()
        title = _HONORIFIC_GENDER.get(words[0].lower().rstrip("."))
        known = [title] if title else []
        if len(words) == 1 and _surname_gender(source, text, want):
            known.append(_surname_gender(source, text, want))  # "Clinton": Bill or Hillary
        else:
            known += [g for w in words if w[:1].isupper() and (g := gender.of_name(w))]
        if not known or known[0] == want:
            return source
    return None
