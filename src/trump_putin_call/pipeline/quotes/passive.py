"""A passive report names no speaker: ``Said to have “briefly raised the issue,” Trump
proposed …`` and ``Trump is said to have called it “a disaster”``.

The cue's subject (or, for a participle with none, the subject of the clause it hangs from)
is whom the report is about, not who reports it, and so is the subject of a verb in its
infinitive (``Ortiz is said to have warned that …``: not Ortiz's words): the quote keeps
its cue and has no speaker (``rule:passive_report``), direct or reported. An active ``She said
to wait`` has a subject of its own and is left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

PASSIVE_REPORT = "rule:passive_report"

#: Verbs whose passive with a ``to`` infinitive reports what unnamed others say.
_REPORTING = frozenset({"say", "report", "allege", "rumor", "rumour"})


def _to_infinitive(tok: Token) -> bool:
    return tok.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def passive_report(cue: Token) -> bool:
    """Whether ``cue`` is ``(is) said to have …`` (a passive report with no speaker), or the
    infinitive of one with no subject of its own (``X is said to have warned that …``)."""
    while (
        cue.dep_ == "xcomp"
        and cue.head.i != cue.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children)
    ):
        if _reports(cue.head):
            return True
        cue = cue.head
    return _reports(cue)


def _reports(cue: Token) -> bool:
    """Whether ``cue`` itself is ``(is) said to …`` or ``Said to …``."""
    if cue.lemma_.lower() not in _REPORTING or cue.tag_ not in ("VBN", "VBD"):
        return False
    if not any(_to_infinitive(c) for c in cue.children):
        return False
    deps = {c.dep_ for c in cue.children}
    if deps & {"auxpass", "nsubjpass"}:  # "Trump is said to have …"
        return True
    # "Said to have …, Trump proposed": a participle with no subject of its own
    return not deps & {"nsubj", "aux"} and cue.dep_ in ("advcl", "acl", "ROOT")
