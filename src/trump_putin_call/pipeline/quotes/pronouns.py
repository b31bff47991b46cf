"""He or she: the person a pronoun speaker stands for, one step at a time.

A reviewer can follow each resolution from its ``method`` tokens (after
``rule:pronoun_antecedent``, which every he/she speaker carries):

1. ``rule:previous_speaker`` (:mod:`.salience`): the person who spoke last, when nobody
   else has become the subject since.
2. ``rule:pronoun_sentence_subject``: else, among the candidates, the subject of the
   latest sentence that names one, the main clause's first ("Vasile saved his praise for
   Lakhani. ‘…,’ he said": Vasile, never the object Lakhani when the subject agrees;
   "Asked whether Trump could win, Ban demurred": Ban).
   Before that, a sentence since whose subject is a role (``the admiral``) hands the
   pronoun to the person the article gave it (:mod:`.roles`, ``rule:pronoun_role_subject``).
3. ``rule:pronoun_earlier_subject``: else, when that sentence names its candidates only in
   passing ("inspired by Ortiz’s agenda, he …"; not the owner in its subject, "Ortiz’s
   campaign has struggled"), the latest candidate who was a subject in an earlier sentence
   of its paragraph or the one before.
4. ``rule:pronoun_nearest_person``: else the nearest candidate.

A he or she after the same pronoun earlier in its own sentence, with no person the subject
in between, stands for what that first one stands for (``rule:pronoun_same_in_sentence``:
"He lambasted the deal negotiated by President Obama, who he noted was …": not Obama); the
steps then run from the first one. So does one whose candidates would come from a sentence
with no person its subject that holds the same pronoun before them ("She appeared to imply
that … than Clinton. ‘…,’ she said": not Clinton; "When he took the stage after Mr. Vander
Plaats’s introduction, …"); when the person who spoke last can be that first one
(:func:`.salience.previous_speaker` at it), they are (``rule:previous_speaker``).

Candidates are people named before the pronoun (never later in its sentence), outside
quotation marks, who look like people (:func:`person_like`: not a name in capitals such as a
dateline, not "the Washington Ravens"), whose gender (:func:`gender_of`) does not disagree
with the pronoun's (by first name, title, or the article's own pronouns:
:mod:`.agreement`). A person the quote itself names is no candidate, unless no one else
agrees.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trump_putin_call.pipeline.quotes import roles

if TYPE_CHECKING:
    from trump_putin_call.pipeline.entities.mention import Mention
    from trump_putin_call.pipeline.quotes.article import _Article

SUBJECT = "rule:pronoun_sentence_subject"
CHAIN = "rule:pronoun_same_in_sentence"
NEAREST = "rule:pronoun_nearest_person"
EARLIER = "rule:pronoun_earlier_subject"

#: "Mr. Chipok": an honorific tells the gender the first name does not.
_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$")
_HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}


def gender_of(art: _Article, canonical: str) -> str | None:
    """'m', 'f' or None for a person: by first name, else by an honorific (``Mr.``,
    ``Mrs.``, ``Ms.``) written before any mention of them in the article, else by the
    article's own pronouns (:mod:`.agreement`)."""
    from trump_putin_call.pipeline import gender
    from trump_putin_call.pipeline.quotes import agreement

    found = gender.of_name(canonical)
    if found is not None:
        return found
    for m in art.people:
        if m.canonical == canonical:
            title = _HONORIFIC.search(art.text[max(0, m.start - 6) : m.start])
            if title:
                return _HONORIFIC_GENDER[title.group(1).lower()]
    return agreement.pronoun_gender(art, canonical)


def mention_gender(art: _Article, m: Mention) -> str | None:
    """The gender an honorific right before this very mention says ("Mr. Trump" even when
    the entity stage linked "Trump" to Ivanka Trump), else :func:`gender_of` its person."""
    title = _HONORIFIC.search(art.text[max(0, m.start - 6) : m.start])
    if title:
        return _HONORIFIC_GENDER[title.group(1).lower()]
    return gender_of(art, m.canonical)


def name_for(art: _Article, m: Mention) -> str:
    """The name to give a pronoun resolved to ``m``: its person's name, or the name as
    written when its honorific contradicts that person's first name ("Mrs. Clinton" linked
    to Bill Clinton by the entity stage: "Clinton")."""
    from trump_putin_call.pipeline import gender

    said, known = mention_gender(art, m), gender.of_name(m.canonical)
    return m.text if said is not None and known is not None and said != known else m.canonical


def person_like(art: _Article, m: Mention) -> bool:
    """Whether a PERSON mention reads as a person: not written in capitals (a dateline, a
    headline word), not led by ``the`` ("the Washington Ravens"), and not a name the
    article more often tags as an organisation or a place ("Clarkston")."""
    letters = [c for c in m.text if c.isalpha()]
    if len(letters) > 3 and all(c.isupper() for c in letters):
        return False
    if re.search(r"\b[Tt]he\s+$", art.text[max(0, m.start - 5) : m.start]):
        return False
    same = [o.label for o in art.mentions if o.text == m.text]
    places = sum(label in ("ORG", "GPE", "FAC", "LOC") for label in same)
    return 2 * places <= len(same)


def agrees(art: _Article, canonical: str, pronoun: str) -> bool:
    """Whether a person's known gender (if any) fits the pronoun."""
    from trump_putin_call.pipeline import gender

    want = gender.PRONOUN_GENDER.get(pronoun)
    return want is None or gender_of(art, canonical) in (want, None)


def _sentence_start(text: str, before: int) -> int:
    line_start = text.rfind("\n", 0, before) + 1
    ends = list(re.finditer(r"[.!?][’”\"']?\s", text[line_start:before]))
    return line_start + (ends[-1].end() if ends else 0)


def resolve(
    art: _Article, before: int, pronoun: str, quoted: str = "", depth: int = 0
) -> tuple[Mention | None, list[str]]:
    """Steps 2 to 4 (see the module docstring): the person and the rules that chose them
    (the step last)."""
    from trump_putin_call.pipeline import gender

    candidates = [
        m for m in art.people if m.end <= before and art._outside(m) and person_like(art, m)
    ]
    # "Asked whether Dr Lund should resign, he replied": whom the question is about is not
    # who answers it
    sent_start = _sentence_start(art.text, before)
    asked = list(re.finditer(r"(?:^|[,;]\s+)[Aa]sked\b", art.text[sent_start:before]))
    if asked:
        q_start = sent_start + asked[-1].start()
        candidates = [m for m in candidates if m.start < q_start] or candidates
    if not candidates:
        return None, []
    # never someone whose gender is known to be the other one
    want = gender.PRONOUN_GENDER.get(pronoun)
    candidates = [m for m in candidates if want is None or mention_gender(art, m) in (want, None)]
    if not candidates:
        return None, []
    # whoever the quote talks about is not who says it ("We missed Devin tonight"), unless
    # no one else agrees ("… including Murray’s home state, she said")
    named = set(re.findall(r"\w+", quoted))
    candidates = [m for m in candidates if not named & set(m.canonical.split())] or candidates
    # within the latest sentence that names a candidate, its subject (the main clause's
    # first: "X claimed that Y had ignored her")
    last = candidates[-1].sentence
    same = [m for m in candidates if m.sentence is last]
    subjects = [m for m in same if id(m) in art.main_subjects]
    # "Gen. Cole asked Admiral Vance …. Asked later, the admiral chuckled. “…,” he said"
    named_subject = subjects or [m for m in same if id(m) in art.subjects]
    role = roles.latest(art, last.end if named_subject else last.start, before)
    who = roles.person(art, role[1], role[0], candidates) if role is not None else None
    # after a named subject, only someone else its sentence names ("asked Admiral Vance")
    if who is not None and (
        not named_subject or who.canonical in {m.canonical for m in same if m not in named_subject}
    ):
        return who, [roles.RULE]
    if role is not None and who is None and not named_subject:
        # "Rubio offered …. The Florida senator sought …, a swipe at Trump’s rallies. He
        # said": the role stands for the latest person who was a subject
        earlier = [m for m in candidates if m.start < last.start and id(m) in art.subjects]
        if earlier:
            return earlier[-1], [roles.RULE]
    opener = _opening(art, last.start, same[0].start, pronoun)
    if not subjects and opener is not None and depth < MAX_CHAIN:
        # "She appeared to imply that Trump … than Clinton. “…,” she said": not Clinton
        from trump_putin_call.pipeline.quotes import salience

        voice = salience.previous_speaker(art, opener, pronoun)
        if voice is not None and voice.speaker is not None and voice.speaker.label == "PERSON":
            # "The actress said …. She appeared to imply …": the voice goes on
            return voice.speaker, [CHAIN, salience.PREVIOUS]
        who, rules = resolve(art, opener, pronoun, quoted, depth + 1)
        if who is not None:
            return who, [CHAIN, *[r for r in rules if r != CHAIN]]
    subjects = subjects or [m for m in same if id(m) in art.subjects]
    if subjects:
        return subjects[0], [SUBJECT]
    earlier = [m for m in candidates if m.start < last.start and id(m) in art.subjects]
    owner = any(id(m) in art.in_subject for m in same)  # "Trump's plan was …": Trump
    if earlier and not owner and earlier[-1].sentence.block.index >= last.block.index - 1:
        return earlier[-1], [EARLIER]
    return same[-1], [NEAREST]


#: Sentences a chain of the same pronoun steps back over at most.
MAX_CHAIN = 3


def _opening(art: _Article, start: int, first: int, pronoun: str) -> int | None:
    """Where the same he or she first stands in the sentence at ``start``, before its
    first candidate at ``first`` and outside quotation marks."""
    # "When he took the stage after Mr. Vander Plaats’s introduction, he said …" too
    for m in re.finditer(rf"\b{re.escape(pronoun)}\b", art.text[start:first], re.IGNORECASE):
        at = start + m.start()
        if not any(a <= at < b for a, b in art.quoted):
            return at
    return None


def chain_start(art: _Article, before: int, pronoun: str) -> int | None:
    """Where the same he or she first stands earlier in the sentence of the one at
    ``before``, outside quotation marks, when no person named in between is a subject."""
    start = _sentence_start(art.text, before)
    for m in re.finditer(rf"\b{re.escape(pronoun)}\b", art.text[start:before], re.IGNORECASE):
        at = start + m.start()
        if any(a <= at < b for a, b in art.quoted):
            continue
        between = [
            p
            for p in art.people
            if at < p.start < before and id(p) in art.subjects and art._outside(p)
        ]
        return None if between else at
    return None
