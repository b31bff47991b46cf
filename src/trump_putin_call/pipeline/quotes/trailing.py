"""A cue set after what was said, with no clause of its own: ``Those who borrow heavily
struggle, even with a good job, he said.``

The parser gives such a cue no content clause: it is the sentence's root with the
statement hung from it as loose pieces, or an adverbial clause of the statement's verb
(``Deficits will rise this year, the budget office reported on Tuesday``). When the cue's
subject follows a comma or dash, nothing but a time, a place or the end of the sentence
follows the cue, and the words before that comma hold a clause with a subject, they are
the statement (``rule:trailing_cue``); the people told are not something said
(``…, he told reporters.``). A colon after the cue opens the statement instead
(``In an interview, she bragged: …``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

TRAILING = "rule:trailing_cue"
#: Verbs that state a finding or a view ("…, he yelled" or "…, she responded" after a
#: narrated scene reports no statement).
_STATING = frozenset(
    "say add write report note explain argue claim insist predict warn tell state suggest "
    "acknowledge concede conclude contend maintain observe recall confirm estimate post tweet "
    "announce reveal disclose".split()
)
#: Punctuation that sets the attribution off from the statement before it.
_BREAKS = frozenset({",", "—", "–", "--"})
#: Punctuation that may close the attribution.
_ENDS = frozenset({".", "!", "?", ";", "—", "–", "--"})
#: Dependents that make the cue say something of its own (a clause, an object).
_OWN = frozenset({"ccomp", "dobj", "xcomp", "dative", "oprd", "attr", "acomp", "mark"})


def content(cue: Token) -> list[Token] | None:
    """The statement's tokens before a trailing cue (``…, the office reported.``), or None."""
    if (
        cue.lemma_.lower() not in _STATING
        or cue.pos_ != "VERB"
        or any(c.dep_ in _OWN and not _addressee(cue, c) for c in cue.children)
    ):
        return None
    subjects = [c for c in cue.lefts if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].lower_ in ("who", "which", "that"):
        return None  # "…, who added": a relative clause about someone
    doc, sent = cue.doc, cue.sent
    first = subjects[0].left_edge.i
    if first - 1 <= sent.start or doc[first - 1].text not in _BREAKS:
        return None
    after = cue.right_edge.i + 1  # a closing dash may hang from the cue itself
    if after < sent.end and doc[after].text not in _ENDS and cue.right_edge.text not in _ENDS:
        return None
    if any(t.dep_ in ("nsubj", "nsubjpass") for t in cue.rights):
        return None
    words = [t for t in doc[sent.start : first - 1] if not t.is_space]
    inside = {t.i for t in words}
    if not any(t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head.i in inside for t in words):
        return None  # "In an interview on Monday, she bragged": a scene, not a statement
    return words


#: Who one tells something to, besides people and names (``told a Senate panel``).
_AUDIENCES = frozenset(
    "panel committee audience crowd reporter journalist press interviewer gathering "
    "supporter viewer listener group meeting forum conference".split()
)


def _addressee(cue: Token, obj: Token) -> bool:
    """The person or audience told (``…, he told reporters.``, ``…, Carter told a Senate
    panel``): the object of ``tell`` that says who heard, not what was said."""
    from trump_putin_call.pipeline.quotes.stray import _person

    if cue.lemma_.lower() != "tell" or obj.dep_ not in ("dobj", "dative") or obj.i < cue.i:
        return False
    return (
        _person(obj)
        or obj.ent_type_ in ("PERSON", "ORG", "NORP")
        or obj.lemma_.lower() in _AUDIENCES
    )
