"""A quote's speaker from its cue's subject: a name, a pronoun's antecedent, an
organisation's unnamed voice, a role or a document's author.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from trump_putin_call.pipeline.entities.lexicon import TITLES
from trump_putin_call.pipeline.entities.mention import Mention
from trump_putin_call.pipeline.quotes import (
    crowds,
    described,
    nouned,
    pronouns,
    related,
    salience,
    writings,
)
from trump_putin_call.pipeline.quotes.article import _Article
from trump_putin_call.pipeline.quotes.lexicon import (
    _GROUP_PRONOUNS,
    _PERSON_PRONOUNS,
    DOCUMENTS,
    INSTITUTIONS,
    ORG_VOICES,
    SPEAKER_NOUNS,
)
from trump_putin_call.pipeline.quotes.quote import Quote
from trump_putin_call.pipeline.sentences import Sentence

if TYPE_CHECKING:
    from spacy.tokens import Token


def _set_speaker(q: Quote, start: int, end: int, text: str, who: Mention | None) -> None:
    q.speaker_start, q.speaker_end, q.speaker_text = start, end, text[start:end]
    q.speaker = who
    q.speaker_name = who.canonical if who is not None else None


def _remembered(
    find: Callable[[_Article, Token, int, Quote], None],
) -> Callable[[_Article, Token, int, Quote], None]:
    """Keep each quote given a named speaker in ``art.spoken``: a later pronoun may stand
    for them before the stage has kept the quote (indirect quotes are kept per block)."""

    @functools.wraps(find)
    def speaker(art: _Article, subj: Token, offset: int, quote: Quote) -> None:
        find(art, subj, offset, quote)
        if quote.speaker_name is not None:
            art.spoken.append(quote)

    return speaker


@_remembered
def _speaker(art: _Article, subj: Token, offset: int, quote: Quote) -> None:
    """Fill the speaker fields of ``quote`` from the subject token of its cue."""
    text = art.text
    antecedent = crowds.relative_antecedent(subj)
    if antecedent is not None:  # "Karl Stone, who said …": Karl Stone
        subj = antecedent
        quote.rules.append(crowds.RELATIVE)
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
    # "his promise of “free college”" too, as "her promise"; not for reported rows, whose
    # unresolved "his" reported.py leaves out (its call)
    if low in _PERSON_PRONOUNS or (low == "his" and quote.quote_type != "indirect"):
        quote.rules.append("rule:pronoun_antecedent")  # then the step that resolved it
        at = pronouns.chain_start(art, s, low)  # "He lambasted …, who he noted …": the first
        if at is not None:
            quote.rules.append(pronouns.CHAIN)
        at = s if at is None else at
        last = salience.previous_speaker(art, at, low)
        if last is not None:
            person = last.speaker if last.speaker and last.speaker.label == "PERSON" else None
            _set_speaker(quote, s, e, text, person)
            quote.speaker_name = last.speaker_name
            quote.rules.append(salience.PREVIOUS)
            return
        who, rules = pronouns.resolve(art, at, low, quote.text)
        _set_speaker(quote, s, e, text, who)
        if who is not None and (name := pronouns.name_for(art, who)) != who.canonical:
            quote.speaker, quote.speaker_name = None, name  # the entity stage linked it wrongly
        if pronouns.CHAIN in quote.rules:
            rules = [r for r in rules if r != pronouns.CHAIN]
        quote.rules += rules
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
    toks = [t for t in subj.subtree if t.i not in clause and (not t.is_punct or t.text == "%")]
    toks = _hung_on_cue(subj) + toks
    # the quote's own words the parser set in apposition ("one lawmaker called X “the
    # worst enemy”", "enemy" parsed as the lawmaker's) are no part of the speaker
    quoted = {
        t.i
        for c in subj.children
        if c.dep_ == "appos" and quote.start <= offset + c.idx < quote.end
        for t in c.subtree
    }
    toks = [t for t in toks if t.i not in quoted] or toks
    lo = min(t.idx for t in toks) if toks else subj.idx
    hi = max(t.idx + len(t) for t in toks) if toks else subj.idx + len(subj)
    lo, hi = offset + lo, offset + hi
    while lo < hi and text[lo:hi].split()[0].lower() in ("a", "an", "the"):
        lo += len(text[lo:hi].split()[0]) + 1
    if _possessed(art, subj, offset, quote, (lo, hi)):
        return
    owners = [t for t in subj.subtree if t.dep_ == "poss"]  # "Hudak's allies" are not Hudak
    owned = [(offset + t.idx, offset + t.idx + len(t)) for o in owners for t in o.subtree]
    if (author := writings.writer(art, subj, owners, offset)) is not None:
        _set_speaker(quote, lo, hi, text, author)  # "Sanders’ fundraising email notes …"
        quote.rules.append(writings.WRITER)
        return
    # the last person named in the phrase: "a spokesman for Ms Venkataraman, Elliot Marchetti"
    people = [
        m
        for m in art.people
        if lo <= m.start < hi
        and not any(a <= m.start < b for a, b in owned)
        and not related.related_only(subj, m.start, offset)  # "Supporters of Sanders"
    ]
    inner = people[-1] if people else None
    inner = inner or art.mention_at(lo, hi, ("ORG",))
    if inner is not None:
        _set_speaker(quote, inner.start, inner.end, text, inner)
        _prefer_full_org(art, quote)  # "A Corvath spokesman" after "Corvath Biologics"
        quote.rules.append("rule:speaker_in_phrase")
        return
    appos = _comma_appositive(art, hi) or _clause_appositive(art, subj, offset)
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
        org = art.organisation(lo, nouns[-1], quote.rules)
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


def _hung_on_cue(subj: Token) -> list[Token]:
    """``The harbour campaign projects that …`` with the cue read as a noun: the words of
    the subject's phrase the parser hung on the cue ("The harbour"), else none."""
    cue, said_by = subj.head, nouned.subject(subj.head)
    if cue.i <= subj.i or said_by is None or said_by.i != subj.i:
        return []
    k = subj.i
    while k > subj.sent.start and subj.doc[k - 1].pos_ in ("DET", "PROPN", "NOUN", "ADJ", "PART"):
        k -= 1
    return list(subj.doc[k : subj.i])


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
        _set_speaker(
            quote, *phrase, art.text, art.organisation(phrase[0], owner.lemma_, quote.rules)
        )
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


#: Words that make a role a past one ("the former president", "the ex-governor").
FORMER = frozenset({"former", "ex", "ex-", "onetime", "one-time"})


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
    elif (lemma in SPEAKER_NOUNS and lemma not in ORG_VOICES) or described.is_role(
        lemma, subj.tag_
    ):
        det = [c for c in subj.children if c.dep_ == "det"]
        if not det or det[0].lower_ != "the":
            return False
        role = " ".join(t.text for t in subj.lefts if t.dep_ == "compound") + " " + subj.text
        if any(c.dep_ == "amod" and c.lower_ in FORMER for c in subj.lefts):
            # "the former president" is not the one the article titles "President Obama"
            role = "former " + role.strip()
        who = art.person_in_role(role.strip(), phrase[0])
        rule = "rule:named_role"
        if (
            who is None
            and described.is_role(lemma, subj.tag_)
            and (found := described.person(art, lemma, phrase[0], quote))
        ):
            _set_speaker(quote, *phrase, art.text, found[0])
            quote.rules.append(described.RULE)
            return True
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


def _clause_appositive(art: _Article, subj: Token, offset: int) -> Mention | None:
    """``One pastor supporting Mr. Cruz, Darran Whiting of …, said``: a person the parser
    set in apposition to another person inside the subject's clause, ending the subject
    phrase, names the subject (one person is not another's apposition)."""
    last = max(t.i for t in subj.subtree if not t.is_punct)
    for clause in (c for c in subj.children if c.dep_ == "acl"):
        for tok in clause.subtree:
            if tok.dep_ != "appos" or max(t.i for t in tok.subtree if not t.is_punct) != last:
                continue
            at = (offset + tok.idx, offset + tok.idx + len(tok))
            head = (offset + tok.head.idx, offset + tok.head.idx + len(tok.head))
            who, other = art.mention_at(*at, ("PERSON",)), art.mention_at(*head, ("PERSON",))
            if who is not None and other is not None and who.canonical != other.canonical:
                return who
    return None


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
