"""Stage 5: quotations and their speakers.

Quotation marks are paired block by block (curly, straight, guillemets, single marks that
are not apostrophes). A mark never closed keeps its quote with ``closed=False``, ending
at the last sentence before the author's voice returns, never past the next quote. Each
quote is typed direct or partial, and its cue verb and speaker are found in spaCy's
dependency parse; pronouns resolve to the nearest earlier person outside quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from trump_putin_call.pipeline import mixed
from trump_putin_call.pipeline.blocks import Block
from trump_putin_call.pipeline.entities import Mention
from trump_putin_call.pipeline.marks import Span, find_marks, opens_block
from trump_putin_call.pipeline.sentences import Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

QUOTE_RULES = "rule:quote_marks-1"
#: Lemmas of verbs that report speech.
CUE_LEMMAS = frozenset(
    " ".join(
        (
            "say state tell add claim warn argue write declare note insist explain announce stress",
            "emphasize emphasise hail describe call confirm deny admit suggest predict promise vow",
            "pledge urge ask reply respond answer acknowledge assert maintain contend remark",
            "comment observe tweet post reassure recall caution concede complain testify report",
            "brand label",
            "dub term characterise characterize praise criticise criticize denounce question",
            "conclude joke exclaim reiterate repeat allege accuse mention",
        )
    ).split()
)
_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them"})
#: A sentence opening like this speaks about the quote: the author's voice is back.
_AUTHOR_BACK = re.compile(
    r"(?i)^(?:this|that|these|those|such|the|his|her|their)\s+"
    r"(?:remarks?|statements?|comments?|words?|claims?|assertions?|quotes?|message|post|"
    r"language|rhetoric|response)\b"
)


@dataclass
class Quote:
    start: int
    end: int
    text: str
    quote_type: str
    closed: bool
    sentence: Sentence
    group: int
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_text: str | None = None
    speaker: Mention | None = None
    speaker_name: str | None = None
    cue: str | None = None
    cue_lemma: str | None = None
    rules: list[str] = field(default_factory=list)


def _token_at(doc: Doc, offset: int) -> int:
    """Index of the token covering block-relative ``offset`` (or the next one)."""
    for tok in doc:
        if tok.idx + len(tok) > offset:
            return tok.i
    return len(doc) - 1


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _end_unclosed(text: str, span: Span, sentences: list[Sentence]) -> int:
    """Where an unclosed quote ends: before the sentence where the author's voice is back."""
    start = span.inner[0]
    inside = [s for s in sentences if s.end > start and s.start < span.close]
    end = span.close
    for k, sent in enumerate(inside):
        if k == 0:
            continue
        if _AUTHOR_BACK.match(text[sent.start : sent.end]):
            end = min(end, sent.start)
            break
    return end


def _cue_tokens(doc: Doc, lo: int, hi: int, masked: list[tuple[int, int]]) -> list[Token]:
    """Cue verbs between token ``lo`` and ``hi`` that lie outside every quote."""
    out = []
    for tok in doc[lo:hi]:
        if any(a <= tok.idx < b for a, b in masked):
            continue
        if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "so":
            continue  # so-called: a scare quote, not speech
        verb = tok.lemma_.lower() in CUE_LEMMAS and tok.pos_ in ("VERB", "AUX")
        according = (
            tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to"
        )
        if verb or according:
            out.append(tok)
    return out


def _subject(tok: Token) -> Token | None:
    """The speaker token of a cue: its subject, or its governing verb's subject."""
    if tok.lower_ == "according":
        nxt = tok.doc[tok.i + 1]
        objs = [c for c in nxt.children if c.dep_ == "pobj"]
        return objs[0] if objs else None
    cur = tok
    head = tok.head
    if (
        tok.tag_ == "VBG"
        and tok.dep_ == "advcl"
        and head.dep_ == "ccomp"
        and head.head.lemma_.lower() in CUE_LEMMAS
    ):  # "X stated that Y supplied …, arguing that …": X argues, not Y
        cur = head.head
    for _ in range(4):
        subj = [
            c
            for c in cur.children
            if c.dep_ in ("nsubj", "nsubjpass") and not c.is_punct and c.text not in "«»“”‘’\"'"
        ]
        if subj:
            return subj[0]
        if cur.head.i == cur.i:
            return None
        if cur.dep_ == "conj":  # "A welcomed it, but B called it ‘timid’ and said …": B
            nearer = [c for c in cur.head.children if c.dep_ == "conj" and c.i < cur.i]
            for sib in reversed(nearer):
                own = [c for c in sib.children if c.dep_ in ("nsubj", "nsubjpass")]
                if own and not own[0].is_punct:
                    return own[0]
        cur = cur.head
    return None


#: Nouns naming an organisation's voice: an unnamed one speaks for the organisation.
ORG_VOICES = frozenset(
    " ".join(
        (
            "spokesman spokeswoman spokesperson spokespeople representative representatives",
            "company firm union board bank ministry department government agency group club team",
            "organisation organization authority council regulator court party institute",
            "university hospital office commission committee statement city town county",
            "manufacturer airline carrier maker producer retailer operator insurer lender",
        )
    ).split()
)
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_GROUP_PRONOUNS = frozenset({"they", "them", "we", "it"})


def _adjacent_name(cue: Token) -> Token | None:
    """``…,’ O’Neill said`` when the parser missed the subject: the name beside the cue.

    Looks at the nearest word on each side, across commas ("…, Anneliese Vogt, said").
    """
    doc = cue.doc
    for step in (-1, 1):
        i = cue.i + step
        while 0 <= i < len(doc) and doc[i].is_punct and doc[i].text not in "“”«»\"‘’'":
            i += step
        if not 0 <= i < len(doc):
            continue
        tok = doc[i]
        if tok.pos_ == "PROPN" or tok.ent_type_ == "PERSON":
            return tok
        if tok.text[:1].isupper() and tok.pos_ not in ("PRON", "DET", "PUNCT"):
            return tok  # "O’Neill" mis-parsed as an adverb
    return None


#: Words for an organisation that can stand before its name ("team Arcadia Racing").
ORG_CLASSIFIERS = frozenset(
    "team company firm maker carrier group club retailer bank airline manufacturer producer "
    "insurer operator start-up startup chain charity union lender brewer supermarket".split()
)
#: "an analyst at …": a person's workplace, named in passing.
_AFFILIATION = re.compile(
    r"(?i)\b(?:analyst|economist|strategist|researcher|professor|lecturer|fellow|expert|"
    r"consultant|scientist|partner|director|adviser|advisor)s?\s+(?:at|with|from)\s+(?:the\s+)?$"
)


def _org_classified(text: str, m: Mention) -> bool:
    """A name right after a lower-case word for an organisation ("chocolate maker X")."""
    words = text[max(0, m.start - 30) : m.start].split()
    return bool(words) and words[-1] in ORG_CLASSIFIERS


class _Article:
    """Everything one article's quote pass needs."""

    def __init__(self, text: str, mentions: list[Mention]) -> None:
        self.text = text
        # "Formula One team Arcadia Racing", "chocolate maker Maison Ferrand": a name after
        # a word for an organisation is one, whatever the entity model thought
        org_like = {id(m) for m in mentions if m.label == "PERSON" and _org_classified(text, m)}
        self.people = [m for m in mentions if m.label == "PERSON" and id(m) not in org_like]
        self.orgs = [m for m in mentions if m.label == "ORG" or id(m) in org_like]
        self.mentions = mentions
        self.quoted: list[tuple[int, int]] = []
        self.subjects: set[int] = set()  # ids of mentions that are grammatical subjects
        self.reported: list[tuple[int, int]] = []  # indirect quotes' content clauses
        self.voices: list[tuple[int, int, str]] = []  # named institutions that spoke
        self.unnamed: list[tuple[Quote, int, set[str]]] = []  # voices still to resolve

    def resolve_unnamed(self, quotes: list[Quote]) -> None:
        """An unnamed voice ("a ministry spokesman") speaks for the latest institution
        named before it whose name holds one of its nouns ("Ostrova Foreign Ministry")."""
        for quote, lo, keys in self.unnamed:
            if quote.speaker_name is not None:
                continue
            found = [v for v in self.voices if v[1] <= lo and keys & set(v[2].lower().split())]
            if not found:
                continue
            for q in quotes:  # follow-on quotes copied the unresolved speaker
                if q is quote or (
                    q.speaker_name is None and q.speaker_start == quote.speaker_start
                ):
                    q.speaker_name = found[-1][2]
                    q.rules.append("rule:institution_voice")

    def mark_subjects(self, block: Block, doc: Doc) -> None:
        """Record which people of ``block`` are subjects (or appositions to one)."""
        offset = block.content[0]
        for m in self.people:
            if not block.start <= m.start < block.end:
                continue
            i = _token_at(doc, m.end - 1 - offset)
            tok = doc[i]
            while tok.head.i != tok.i and m.start <= offset + tok.head.idx < m.end:
                tok = tok.head
            subject = ("nsubj", "nsubjpass")
            if tok.dep_ in subject or (tok.dep_ == "appos" and tok.head.dep_ in subject):
                self.subjects.add(id(m))

    def mention_at(self, start: int, end: int, labels: tuple[str, ...] = ()) -> Mention | None:
        for m in self.mentions:
            if m.start < end and start < m.end and (not labels or m.label in labels):
                return m
        return None

    def _outside(self, m: Mention) -> bool:
        return not any(a <= m.start < b for a, b in self.quoted)

    def antecedent(self, before: int, pronoun: str, quoted: str = "") -> Mention | None:
        """The person a pronoun before ``before`` refers to.

        The nearest earlier person outside quotes whose first name agrees in gender; when
        no gender is known for anyone, simply the nearest person.
        """
        from trump_putin_call.pipeline import gender

        want = gender.PRONOUN_GENDER.get(pronoun)
        candidates = [m for m in self.people if m.end <= before and self._outside(m)]
        # whoever the quote talks about is not who says it ("We missed Devin tonight")
        named = set(re.findall(r"\w+", quoted))
        candidates = [m for m in candidates if not named & set(m.canonical.split())] or candidates
        # "Asked whether Dr Lund should resign, he replied": whom the question is about
        # is not who answers it
        line_start = self.text.rfind("\n", 0, before) + 1
        ends = list(re.finditer(r"[.!?][’”\"']?\s", self.text[line_start:before]))
        sent_start = line_start + (ends[-1].end() if ends else 0)
        asked = list(re.finditer(r"(?:^|[,;]\s+)[Aa]sked\b", self.text[sent_start:before]))
        if asked:
            q_start = sent_start + asked[-1].start()
            candidates = [m for m in candidates if m.start < q_start] or candidates
        if not candidates:
            return None
        if want is not None:  # drop only people whose first name says the other gender
            fits = [m for m in candidates if gender.of_name(m.canonical) in (want, None)]
            candidates = fits or candidates
        # Within the latest sentence that names a candidate, its subject is the likelier
        # referent ("Vasile saved his praise for Lakhani. ‘…,’ he said": Vasile).
        last = candidates[-1].sentence
        same = [m for m in candidates if m.sentence is last]
        subjects = [m for m in same if id(m) in self.subjects]
        # the main clause's subject comes first ("X claimed that Y had ignored her")
        return subjects[0] if subjects else same[-1]

    def organisation(self, before: int, noun: str = "") -> Mention | None:
        """The organisation an unnamed voice speaks for, mentioned before ``before``.

        One whose name ends with the voice's noun ("a spokesperson for the board" → the
        Competition and Consumer Board), else the nearest organisation outside quotes.
        """
        found = [m for m in self.orgs if m.end <= before and self._outside(m)]
        named = [m for m in found if noun and noun.lower() in m.canonical.lower().split()]
        # "an analyst at Fenwick Stone" only places the analyst: not the article's company
        own = [
            m for m in found if not _AFFILIATION.search(self.text[max(0, m.start - 40) : m.start])
        ]
        return (named or own or found or [None])[-1]

    def group_referent(self, before: int) -> tuple[int, int, str, Mention | None] | None:
        """What ``it`` or ``they`` before ``before`` speaks for: the latest organisation or
        named institution outside quotes, skipping names inside reported clauses."""
        orgs = [
            (m.start, m.end, m.canonical, m)
            for m in self.orgs
            if m.end <= before
            and self._outside(m)
            and not any(a <= m.start < b for a, b in self.reported)
        ]
        voices = [(a, b, name, None) for a, b, name in self.voices if b <= before]
        found = sorted(orgs + voices, key=lambda x: x[1])
        return found[-1] if found else None

    def person_in_role(self, role: str, near: int, owner: str = "") -> Mention | None:
        """The person the article names in ``role`` ("the ambassador, Yerlan Abenov" or
        "ambassador Yerlan Abenov"), nearest before ``near``, else nearest after it."""
        words = "|".join(re.escape(w) for w in (role, *ROLE_TITLES.get(role.lower(), ())))
        pattern = re.compile(
            rf"(?i)(?:\b([\w-]+)[’']s\s+)?\b(?:{words}),?\s+(?:(?:mr|mrs|ms|dr)\.?\s+)?$"
        )
        found = []
        for m in self.people:
            match = pattern.search(self.text[max(0, m.start - 60) : m.start])
            # "the regulator’s chief executive, X" holds no other owner's post
            if match and not (owner and match.group(1) and match.group(1).lower() != owner):
                found.append(m)
        # an earlier naming first (anaphora), else a later one ("…, the ambassador, X, said")
        return min(found, key=lambda m: (m.start > near, abs(m.start - near))) if found else None

    def name_in_text(self, noun: str, before: int) -> str | None:
        """An organisation's capitalised name holding ``noun`` that the entity model missed
        ("The City of Eastbrook agreed …" for "a spokeswoman for the city")."""
        word = re.escape(noun.capitalize())
        name = r"[A-Z][\w’'&-]*"
        pattern = re.compile(rf"\b(?:{name} )*{word}(?: of(?: the)? {name})*\b(?![ -][A-Z])")
        found = [
            re.sub(r"^(?:The|A|An) ", "", m.group(0))
            for m in pattern.finditer(self.text, 0, before)
        ]
        found = [f for f in found if len(f.split()) > 1]
        return found[-1] if found else None

    def author_of(self, noun: str, near: int) -> Mention | None:
        """The person a ``<noun>, written by …`` clause names as the author, nearest ``near``."""
        pattern = re.compile(
            rf"(?i)\b{re.escape(noun)},?\s+(?:\w+\s+)?"
            r"(?:written|signed|authored|drafted|sent|prepared|compiled)\s+by\b"
        )
        found = []
        for match in pattern.finditer(self.text):
            line_end = self.text.find("\n", match.end())
            line_end = len(self.text) if line_end < 0 else line_end
            after = [
                m for m in self.people if match.end() <= m.start < min(line_end, match.end() + 150)
            ]
            if after:
                found.append((abs(match.start() - near), after[0]))
        return min(found, key=lambda x: x[0])[1] if found else None

    def organisation_named(self, m: Mention) -> Mention | None:
        """The article's longer organisation a one-word non-ORG name opens, if any."""
        if m.label == "ORG" or len(m.tokens) != 1:
            return None
        for o in self.orgs:
            if len(o.tokens) >= 2 and o.tokens[0] == m.text:
                return o
        return None

    def person_named(self, surname: str) -> Mention | None:
        """A person of the article whose canonical name ends with ``surname`` (titles cut)."""
        from trump_putin_call.pipeline.entities import TITLES

        words = surname.split()
        while len(words) > 1 and words[0].lower() in TITLES:
            words = words[1:]
        for m in self.people:
            names = m.canonical.split()
            if len(names) > len(words) and names[-len(words) :] == words:
                return m
        return None


def _set_speaker(q: Quote, start: int, end: int, text: str, who: Mention | None) -> None:
    q.speaker_start, q.speaker_end, q.speaker_text = start, end, text[start:end]
    q.speaker = who
    q.speaker_name = who.canonical if who is not None else None


def _speaker(art: _Article, subj: Token, offset: int, quote: Quote) -> None:
    """Fill the speaker fields of ``quote`` from the subject token of its cue."""
    text = art.text
    s, e = offset + subj.idx, offset + subj.idx + len(subj)
    mention = art.mention_at(s, e, ("PERSON", "ORG", "GPE", "NORP"))
    lower = mention is not None and mention.text[:1].islower()
    if lower and _possessed(art, subj, offset, quote, None):  # "Ostrova’s justice ministry"
        return
    if mention is not None:
        org = art.organisation_named(mention)
        _set_speaker(quote, mention.start, mention.end, text, mention)
        if org is not None:  # "Corvath said" after "Corvath Biologics": the company speaks
            quote.speaker, quote.speaker_name = org, org.canonical
            quote.rules.append("rule:org_short_form")
        return
    for child in subj.children:  # "the lead physicist, Amélie Garnier, told ..."
        if child.dep_ == "appos":
            span = (offset + child.idx, offset + child.idx + len(child))
            found = art.mention_at(*span, ("PERSON",)) or art.mention_at(*span, ("ORG",))
            if found is not None:  # "A residents' group, Save the Yard, said …" too
                _set_speaker(quote, found.start, found.end, text, found)
                _prefer_full_org(art, quote)
                quote.rules.append("rule:appositive")
                return
    low = subj.lower_
    if low in _PERSON_PRONOUNS:
        _set_speaker(quote, s, e, text, art.antecedent(s, low, quote.text))
        quote.rules.append("rule:pronoun_antecedent")
        return
    if low in _GROUP_PRONOUNS:
        ref = art.group_referent(s)
        _set_speaker(quote, s, e, text, ref[3] if ref else None)
        if ref is not None:
            quote.speaker_name = ref[2]
        quote.rules.append("rule:pronoun_organisation")
        return
    if subj.pos_ == "PROPN" or subj.text[:1].isupper():  # a name the model did not tag
        chain = [t for t in subj.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [subj]
        start = offset + chain[0].idx
        inside = art.mention_at(start, e, ("PERSON",))  # "Gareth Penhaligon KC said"
        if inside is not None:
            _set_speaker(quote, inside.start, inside.end, text, inside)
            return
        who = art.person_named(text[start:e])
        if who is not None:
            _set_speaker(quote, start, e, text, who)
            quote.rules.append("rule:surname_speaker")
            return
    # A noun phrase: a person or organisation inside it, else the organisation it speaks for.
    clause = {t.i for c in subj.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    toks = [t for t in subj.subtree if t.i not in clause and not t.is_punct]
    lo = min(t.idx for t in toks) if toks else subj.idx
    hi = max(t.idx + len(t) for t in toks) if toks else subj.idx + len(subj)
    lo, hi = offset + lo, offset + hi
    while lo < hi and text[lo:hi].split()[0].lower() in ("a", "an", "the"):
        lo += len(text[lo:hi].split()[0]) + 1
    if _possessed(art, subj, offset, quote, (lo, hi)):
        return
    owners = [t for t in subj.subtree if t.dep_ == "poss"]  # "Hudak's allies" are not Hudak
    owned = [(offset + t.idx, offset + t.idx + len(t)) for o in owners for t in o.subtree]
    # the last person named in the phrase: "a spokesman for Ms Venkataraman, Elliot Marchetti"
    people = [
        m for m in art.people if lo <= m.start < hi and not any(a <= m.start < b for a, b in owned)
    ]
    inner = people[-1] if people else None
    inner = inner or art.mention_at(lo, hi, ("ORG",))
    if inner is not None:
        _set_speaker(quote, inner.start, inner.end, text, inner)
        _prefer_full_org(art, quote)  # "A Corvath spokesman" after "Corvath Biologics"
        quote.rules.append("rule:speaker_in_phrase")
        return
    appos = _comma_appositive(art, hi)
    if appos is not None:  # "A residents' group, Save the Yard, said" parsed apart
        _set_speaker(quote, appos.start, appos.end, text, appos)
        quote.rules.append("rule:appositive")
        return
    if _document_or_role(art, subj, quote, (lo, hi)):
        return
    if _proper_name(subj, toks):  # "the Water Standards Regulator said", untagged
        _set_speaker(quote, lo, hi, text, None)
        quote.speaker_name = text[lo:hi]
        quote.rules.append("rule:untagged_name")
        return
    if subj.lemma_.lower() in INSTITUTIONS and any(
        c.dep_ == "compound" and c.text[:1].isupper() for c in subj.children
    ):  # "Marden police said": named as written
        _set_speaker(quote, lo, hi, text, None)
        quote.speaker_name = text[lo:hi]
        art.voices.append((lo, hi, quote.speaker_name))
        quote.rules.append("rule:place_institution")
        return
    if subj.lemma_.lower() in ORG_VOICES:
        nouns = [t.lemma_ for t in subj.subtree if t.dep_ == "pobj"] or [subj.lemma_]
        org = art.organisation(lo, nouns[-1])
        _set_speaker(quote, lo, hi, text, org)
        _prefer_full_org(art, quote)
        if org is None or nouns[-1].lower() not in org.canonical.lower().split():
            named = art.name_in_text(nouns[-1].lower(), lo)
            if named is not None:  # "a spokeswoman for the city": the City of Eastbrook
                quote.speaker, quote.speaker_name = None, named
                quote.rules.append("rule:org_name_in_text")
        if quote.speaker_name is None:  # "A ministry spokesman" after "Ostrova’s ministry"
            keys = {t.lemma_.lower() for t in subj.subtree if t.dep_ in ("pobj", "compound")}
            art.unnamed.append((quote, lo, keys))
        quote.rules.append("rule:spokesperson_org")
        return
    _set_speaker(quote, lo, hi, text, None)


#: Institutions a place owns, named after it: "Ostrova’s foreign ministry".
INSTITUTIONS = frozenset("ministry department embassy consulate police".split())


def _possessed(
    art: _Article, subj: Token, offset: int, quote: Quote, phrase: tuple[int, int] | None
) -> bool:
    """``Ostrova’s foreign ministry`` and ``Ostrova’s ambassador`` are not Ostrova.

    The ministry is named after its owner ("Ostrova Foreign Ministry"); a role is the
    person the article names in it, if any. Sets the speaker and says whether it did.
    """
    owner = next(
        (
            c
            for c in subj.children
            if c.dep_ in ("poss", "nmod")
            and c.i < subj.i
            and any(g.dep_ == "case" and g.text in ("’s", "'s") for g in c.children)
        ),
        None,
    )
    if owner is None:
        return False
    lemma = subj.lemma_.lower()
    if lemma in DOCUMENTS and owner.lemma_.lower() in ORG_VOICES:  # "the company's filing"
        phrase = phrase or (offset + owner.idx, offset + subj.idx + len(subj))
        _set_speaker(quote, *phrase, art.text, art.organisation(phrase[0], owner.lemma_))
        _prefer_full_org(art, quote)
        quote.rules.append("rule:document_owner")
        return True
    words = [t for t in owner.subtree if t.dep_ != "case"]
    o_lo, o_hi = offset + words[0].idx, offset + words[-1].idx + len(words[-1])
    phrase = phrase or (o_lo, offset + subj.idx + len(subj))
    if art.mention_at(o_lo, o_hi, ("PERSON",)) is not None:
        return False  # "Hudak's allies"
    who = art.mention_at(o_lo, o_hi, ("GPE", "ORG", "NORP"))
    if lemma in INSTITUTIONS and who is not None:
        rest = [t for t in subj.doc[owner.i + 1 : subj.i + 1] if t.dep_ != "case"]
        if not all(t.is_alpha for t in rest):
            return False
        _set_speaker(quote, *phrase, art.text, None)
        quote.speaker_name = " ".join([who.canonical] + [t.text.capitalize() for t in rest])
        art.voices.append((*phrase, quote.speaker_name))
        quote.rules.append("rule:possessive_institution")
        return True
    if lemma in SPEAKER_NOUNS and lemma not in ORG_VOICES:
        role = " ".join(t.text for t in subj.doc[owner.i + 1 : subj.i + 1] if t.dep_ != "case")
        person = art.person_in_role(role, phrase[0], owner.text.lower())
        if person is not None:
            _set_speaker(quote, *phrase, art.text, person)
            quote.rules.append("rule:named_role")
            return True
    return False


#: Titles that name a role ("Mrs Justice Okonjo" is a judge).
ROLE_TITLES = {"judge": ("justice",)}

#: Writings that report what their authors say.
DOCUMENTS = frozenset(
    "memo memorandum report letter filing document study minutes survey analysis review "
    "note email paper audit".split()
)


def _document_or_role(art: _Article, subj: Token, quote: Quote, phrase: tuple[int, int]) -> bool:
    """``the memo`` speaks for whoever the article says wrote it ("The memo, written by
    the medical director, Dr Ana Ruiz, …"); ``the ambassador`` is the person the article
    names in that role. Sets the speaker and says whether it did."""
    lemma = subj.lemma_.lower()
    if any(c.dep_ in ("poss", "nmod") for c in subj.children if c.i < subj.i):
        return False
    if lemma in DOCUMENTS:
        who = art.author_of(subj.text.lower(), phrase[0])
        rule = "rule:document_author"
    elif lemma in SPEAKER_NOUNS and lemma not in ORG_VOICES:
        det = [c for c in subj.children if c.dep_ == "det"]
        if not det or det[0].lower_ != "the":
            return False
        role = " ".join(t.text for t in subj.lefts if t.dep_ == "compound") + " " + subj.text
        who = art.person_in_role(role.strip(), phrase[0])
        rule = "rule:named_role"
    else:
        return False
    if who is None:
        return False
    _set_speaker(quote, *phrase, art.text, who)
    quote.rules.append(rule)
    return True


def _comma_appositive(art: _Article, end: int) -> Mention | None:
    """A person or organisation set off by commas right after a description ends."""
    m = re.match(r", (?:the )?", art.text[end : end + 6])
    if m is None:
        return None
    at = end + m.end()
    found = art.mention_at(at, at + 1, ("PERSON", "ORG"))
    if found is None or found.start != at or not art.text[found.end :].startswith(","):
        return None
    return found


def _prefer_full_org(art: _Article, quote: Quote) -> None:
    """A one-word organisation name stands for the article's longer name it opens; an
    institution named after its owner keeps that name ("the ministry" after "Norway's
    defence ministry" is the Norway Defence Ministry)."""
    m = quote.speaker
    named = [v for v in art.voices if m is not None and v[0] <= m.start < v[1]]
    if named:
        quote.speaker, quote.speaker_name = None, named[-1][2]
        quote.rules.append("rule:institution_voice")
        return
    if m is None or m.label not in ("ORG", "GPE", "NORP") or len(m.tokens) != 1:
        return
    for o in art.orgs:
        if len(o.tokens) >= 2 and o.tokens[0] == m.text:
            quote.speaker, quote.speaker_name = o, o.canonical
            quote.rules.append("rule:org_short_form")
            return


def _proper_name(subj: Token, toks: list[Token]) -> bool:
    """A capitalised multi-word name the entity model missed ("Wenlow Water said")."""
    from trump_putin_call.pipeline.entities import TITLES

    words = [t for t in toks if t.lower_ not in ("a", "an", "the")]
    if len(words) < 2 or subj.pos_ != "PROPN" or any(t.dep_ == "poss" for t in toks):
        return False
    if subj.lower_ in TITLES or subj.lower_ in SPEAKER_NOUNS:
        return False  # "the Prime Minister", "the Foreign Secretary": an office, not a name
    sent_start = subj.sent.start
    return all(
        t.pos_ == "PROPN" or (t.text[:1].isupper() and t.i != sent_start and t.is_alpha)
        for t in words
    )


#: Cues that introduce reported speech without marks (naming verbs such as "call" do not).
INDIRECT_LEMMAS = CUE_LEMMAS - frozenset(
    "call dub term brand label describe hail praise criticise criticize denounce question "
    "ask urge quote comment".split()
)


#: Common nouns that can report speech (besides ORG_VOICES): people, not things.
SPEAKER_NOUNS = frozenset(
    " ".join(
        (
            "source official expert analyst critic other observer diplomat leader minister",
            "lawmaker people resident researcher scientist economist aide adviser advisor person",
            "insider ally supporter opponent member investor executive officer authority police",
            "prosecutor lawyer judge witness doctor manager coach director chief president",
            "secretary spokesman spokeswoman spokesperson campaigner activist voter worker",
            "governor mayor senator ambassador commissioner chairman chairwoman ceo founder head",
            "manufacturer airline carrier maker producer retailer operator owner airline insurer",
            "memo report letter filing document study minutes ruling judgment survey analysis",
            "review note email paper poll audit inquiry investigation",
        )
    ).split()
)


def _can_speak(subj: Token) -> bool:
    """Whether a cue's subject is someone who speaks ("these operations suggest" is not)."""
    if subj.pos_ == "PROPN" or subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subj.children):
        return True  # "its governor, Elena Dragan, warned that …"
    if subj.text[:1].isupper() and subj.lemma_ == subj.lower_ and subj.pos_ == "NOUN":
        return True  # a name the tagger took for a noun ("Quillfire, the maker of …, said")
    if subj.pos_ == "PRON":
        return subj.lower_ not in ("it", "this", "that", "these", "those", "which", "what")
    lemma = subj.lemma_.lower()
    return lemma in SPEAKER_NOUNS or lemma in ORG_VOICES


def _reports(tok: Token) -> bool:
    """A cue verb with a content clause of its own."""
    return (
        tok.lemma_.lower() in INDIRECT_LEMMAS
        and tok.pos_ == "VERB"
        and any(c.dep_ == "ccomp" for c in tok.children)
    )


def _own_words(content: list[Token], head: Token) -> list[Token]:
    """The clause up to where another report starts inside it.

    "… would include cuts, a fortnight after insisting that no cuts were planned" holds a
    second report (``insisting that …``): it is a quote of its own, and the words before it
    back to the last comma are the author's.
    """
    nested = [t for t in content if t is not head and _reports(t)]
    if not nested:
        return content
    first = min(min(x.i for x in t.subtree) for t in nested)
    kept = sorted((t for t in content if t.i < first), key=lambda t: t.i)
    commas = [k for k, t in enumerate(kept) if t.text == "," and k > 2]
    if commas:
        kept = kept[: commas[-1]]
    while kept and (kept[-1].dep_ in ("cc", "prep", "mark", "advmod") or kept[-1].is_punct):
        kept = kept[:-1]
    return kept


def _span_of(tokens: list[Token]) -> tuple[int, int] | None:
    """Block-relative (start, end) of a token run, leading ``that`` and edge punctuation cut."""
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and (tokens[0].is_punct or tokens[0].dep_ == "mark" or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].dep_ == "cc"):
        tokens = tokens[:-1]
    if len([t for t in tokens if not t.is_punct]) < 3:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _indirect(
    art: _Article, block: Block, doc: Doc, sents: list[Sentence], marks: list[tuple[int, int]]
) -> list[Quote]:
    """Reported speech without marks: ``X warned that …``, ``…, according to X``."""
    offset = block.content[0]
    block_text = art.text[offset : block.end]
    out = []
    for tok in doc:
        if any(a <= tok.idx < b for a, b in marks):
            continue
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            head = tok.head
            for _ in range(3):  # "an average of 14 hours …, according to": up to the verb
                if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
                    break
                head = head.head
            if head.i == tok.i or head.pos_ not in ("VERB", "AUX"):
                continue
            skip = {t.i for t in tok.subtree}
            content = [t for t in head.subtree if t.i not in skip]
            cue, lemma = "according to", "according to"
        elif tok.lemma_.lower() in INDIRECT_LEMMAS and tok.pos_ == "VERB":
            comps = [c for c in tok.children if c.dep_ == "ccomp"]
            if not comps:
                continue
            content = list(comps[0].subtree)
            # "said a scan had shown a strain and that Marsh would return": both clauses
            for c in comps[0].children:
                if c.dep_ == "conj" and c.i > comps[0].i:
                    content += list(c.subtree)
            content = _own_words(content, comps[0])
            cue, lemma = tok.text, tok.lemma_.lower()
        else:
            continue
        span = _span_of(content)
        if span is None:
            continue
        found = mixed.mixed_span(block_text, *span, marks)
        if found is None:
            continue  # words in quotation marks: a direct or partial quote covers them
        lo, hi, holds_quote = found
        start, end = offset + lo, offset + hi
        sentence = next((x for x in sents if x.start <= start < x.end), None)
        if sentence is None:
            continue
        q = Quote(
            start,
            end,
            art.text[start:end],
            "indirect",
            True,
            sentence,
            0,
            cue=cue,
            cue_lemma=lemma,
            rules=[QUOTE_RULES, "rule:indirect_ccomp"],
        )
        if holds_quote:
            q.rules.append("rule:mixed_quote")
        subj = _subject(tok) or _adjacent_name(tok)
        if subj is not None and not (lo <= subj.idx < hi):
            if not _can_speak(subj):
                continue
            _speaker(art, subj, offset, q)
        art.reported.append((start, end))
        out.append(q)
    # one clause reported twice ("said ... and added that ..."): keep the first
    kept: list[Quote] = []
    for q in sorted(out, key=lambda q: (q.start, -q.end)):
        if not any(k.start < q.end and q.start < k.end for k in kept):
            kept.append(q)
    return kept


def extract(
    text: str,
    blocks: list[tuple[Block, Doc, list[Sentence]]],
    mentions: list[Mention],
) -> list[Quote]:
    """Quotes of one article, in document order."""
    art = _Article(text, mentions)
    per_block = []
    for block, doc, _sents in blocks:
        art.mark_subjects(block, doc)
    for block, doc, sents in blocks:
        if block.type not in ("paragraph", "list_item"):
            continue
        lo, hi = block.content
        spans = find_marks(text, lo, hi)
        per_block.append((block, doc, sents, spans))

    for n, (_block, _doc, sents, spans) in enumerate(per_block):
        next_opens = False
        if n + 1 < len(per_block):
            nb = per_block[n + 1][0]
            next_opens = opens_block(text, nb.content[0])
        for k, sp in enumerate(spans):
            if sp.closed:
                sp.end = sp.close
            elif k == len(spans) - 1 and next_opens:
                sp.end, sp.continues = sp.close, True
            else:
                sp.end = _end_unclosed(text, sp, sents)
        art.quoted.extend(sp.inner for sp in spans)

    article_sents = [x for _b, _d, ss, _sp in per_block for x in ss]
    quotes: list[Quote] = []
    group = 0
    continuing = False
    for block, doc, sents, spans in per_block:
        offset = block.content[0]
        masked = [(a - offset, b - offset) for a, b in (sp.inner for sp in spans)]
        for k, sp in enumerate(spans):
            start, end = _trim(text, *sp.inner)
            if start >= end:
                continue
            sentence = next((s for s in sents if s.start <= start < s.end), None)
            if sentence is None:
                sentence = min(sents, key=lambda s: abs(s.start - start))
            q = Quote(
                start,
                end,
                text[start:end],
                "direct",
                sp.closed or sp.continues,
                sentence,
                0,
                rules=[QUOTE_RULES] + ([sp.rule] if sp.rule else []),
            )
            before = text[lo : sp.open].rstrip() if (lo := block.content[0]) < sp.open else ""
            embedded = bool(before) and before[-1] not in ":,.!?;—–-("
            q.quote_type = "partial" if (embedded or not q.text[0].isupper()) else "direct"

            # Cue and speaker from the sentences the quote touches (and the one after).
            t_open = _token_at(doc, sp.open - offset)
            t_close = _token_at(doc, min(end, block.end - 1) - offset)
            s_lo = next(s for s in sents if s.token_start <= t_open < s.token_end)
            s_hi = next((s for s in sents if s.token_start <= t_close < s.token_end), s_lo)
            hi_tok = s_hi.token_end
            if text[end : end + 2].startswith((",", "”,", '",')) or q.text.endswith(","):
                after = [s for s in sents if s.token_start >= hi_tok][:1]
                hi_tok = after[0].token_end if after else hi_tok
            cues = _cue_tokens(doc, s_lo.token_start, hi_tok, masked)
            t_in0 = _token_at(doc, start - offset)
            t_in1 = _token_at(doc, end - 1 - offset) + 1
            cue = _governing_cue(doc, t_in0, t_in1, cues) or _choose_cue(cues, t_open, t_close)
            if cue is not None:
                subj = _subject(cue) or _adjacent_name(cue)
                if cue.lower_ == "according":
                    q.cue, q.cue_lemma = "according to", "according to"
                else:
                    q.cue, q.cue_lemma = cue.text, cue.lemma_.lower()
                if subj is not None:
                    _speaker(art, subj, offset, q)
            elif q.quote_type == "direct":
                root = doc[s_lo.token_start : s_lo.token_end].root
                subj = _subject(root) if root.pos_ in ("VERB", "AUX") else None
                if subj is not None and not any(a <= subj.idx < b for a, b in masked):
                    _speaker(art, subj, offset, q)
                    q.rules.append("rule:sentence_subject")
                if q.speaker_text is None:
                    _introduced_speaker(art, q, article_sents, s_lo, (sp.open, sp.inner[1]))
                # the quote before it in the text (indirect ones are collected per block)
                earlier = [x for x in quotes if x.start < q.start]
                prev = max(earlier, key=lambda x: x.start) if earlier else None
                if (
                    q.speaker_text is None
                    and prev is not None
                    and prev.speaker_text
                    and prev.sentence.block.index >= block.index - 1
                ):
                    q.speaker_start, q.speaker_end = prev.speaker_start, prev.speaker_end
                    q.speaker_text, q.speaker = prev.speaker_text, prev.speaker
                    q.speaker_name = prev.speaker_name
                    q.rules.append("rule:follow_on")
            if q.quote_type == "partial" and q.cue is None:
                continue  # scare quotes and titles: no speech without a cue
            if _is_title(q.text, text[block.content[0] : sp.open]):
                continue  # a name or title in marks ("the film “Dune”"), not speech
            if continuing and k == 0 and quotes:
                q.group = quotes[-1].group
                q.quote_type = quotes[-1].quote_type
                if q.speaker_text is None:
                    q.speaker_start, q.speaker_end = (
                        quotes[-1].speaker_start,
                        quotes[-1].speaker_end,
                    )
                    q.speaker_text, q.speaker = quotes[-1].speaker_text, quotes[-1].speaker
                    q.speaker_name = quotes[-1].speaker_name
                    q.rules.append("rule:multi_paragraph")
            elif (
                quotes
                and quotes[-1].sentence.block is block
                and quotes[-1].text.endswith(",")
                and quotes[-1].speaker_text
                and _split_attribution(text, quotes[-1].end, start)
            ):
                q.group = quotes[-1].group
                q.quote_type = quotes[-1].quote_type  # "“A,” she said, “and B.”": one utterance
                if q.cue is None:
                    q.cue, q.cue_lemma = quotes[-1].cue, quotes[-1].cue_lemma
                    q.speaker_start, q.speaker_end = (
                        quotes[-1].speaker_start,
                        quotes[-1].speaker_end,
                    )
                    q.speaker_text, q.speaker = quotes[-1].speaker_text, quotes[-1].speaker
                    q.speaker_name = quotes[-1].speaker_name
                q.rules.append("rule:split_attribution")
            else:
                group += 1
                q.group = group
            quotes.append(q)
            continuing = False
        continuing = bool(spans) and spans[-1].continues
        marks = [(sp.open - offset, sp.inner[1] + sp.width - offset) for sp in spans]
        for q in _indirect(art, block, doc, sents, marks):
            linked = mixed.link(q, quotes) if "rule:mixed_quote" in q.rules else None
            if linked is None:
                group += 1
            q.group = group if linked is None else linked
            quotes.append(q)
    art.resolve_unnamed(quotes)
    quotes.sort(key=lambda q: q.start)
    return quotes


_SMALL_WORDS = frozenset("a an and at by for from in of on or the to with".split())
_NAMING = re.compile(
    r"(?i)\b(?:called|named|nicknamed|dubbed|titled|entitled|known as|film|book|novel|song|"
    r"album|series|show|play|memoir|operation|campaign|slogan|motto|brand|plan|programme|"
    r"program|the so-called)\W*$"
)


def _is_title(quoted: str, before: str) -> bool:
    """A short title-cased name in marks, or one introduced by a naming word."""
    words = quoted.rstrip(",.").split()
    if not words or len(words) > 8 or quoted.rstrip().endswith(("!", "?")):
        return False
    if _NAMING.search(before.rstrip()):
        return True
    if quoted.rstrip().endswith((".", ",")) and len(words) > 3:
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    return bool(content) and all(w[0].isupper() or not w[0].isalpha() for w in content)


def _introduced_speaker(
    art: _Article, q: Quote, sents: list[Sentence], sent: Sentence, marks: tuple[int, int]
) -> None:
    """``The Greens’ leader, Malik Osei, was blunter still. “We lost.”``: the person the
    sentence before the quote is about, when that sentence quotes nobody itself."""
    here = sent.block.index
    before = [
        x
        for x in sents
        if (x.end <= sent.start or (x is sent and x.start < marks[0]))
        and here - 1 <= x.block.index <= here
    ]
    if not before:
        return
    prev = before[-1]
    if any(ch in art.text[prev.start : prev.end] for ch in '“”«»"‘'):
        return
    people = [m for m in art.people if prev.start <= m.start < prev.end and m.start < marks[0]]
    subjects = [m for m in people if id(m) in art.subjects]
    if subjects:
        m = subjects[0]
        _set_speaker(q, m.start, m.end, art.text, m)
        q.rules.append("rule:introduced_speaker")


def _split_attribution(text: str, prev_end: int, start: int) -> bool:
    """``“A,” she said, “B.”``: only a short attribution lies between the two pieces."""
    between = text[prev_end:start]
    return len(between.split()) <= 6 and "." not in between.replace(",", "")[:-1]


def _governing_cue(doc: Doc, lo: int, hi: int, cues: list[Token]) -> Token | None:
    """The cue verb the quote's words hang from in the parse (``hailed it as “excellent”``)."""
    cue_ids = {c.i for c in cues}
    for tok in doc[lo:hi]:
        if lo <= tok.head.i < hi and tok.head.i != tok.i:
            continue
        cur = tok
        for _ in range(5):
            if cur.i in cue_ids:
                return cur
            if cur.head.i == cur.i:
                break
            cur = cur.head
    return None


def _choose_cue(cues: list[Token], t_open: int, t_close: int) -> Token | None:
    """Prefer a cue right after the quote, then the nearest before it, then any."""
    after = [c for c in cues if c.i > t_close]
    before = [c for c in cues if c.i < t_open]
    if after and after[0].i - t_close <= 4:
        return after[0]
    if before:
        return before[-1]
    return after[0] if after else None
