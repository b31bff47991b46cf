"""Reported speech without quotation marks: ``X warned that …``, ``…, according to X``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from trump_putin_call.pipeline.blocks import Block
from trump_putin_call.pipeline.quotes import (
    agentive,
    apposed,
    colon,
    crowds,
    described,
    extent,
    gerunds,
    inside,
    nouned,
    nouns,
    objects,
    parenthetical,
    passive,
    questions,
    records,
    speaker_clauses,
    stray,
    trailing,
)
from trump_putin_call.pipeline.quotes.article import _Article
from trump_putin_call.pipeline.quotes.cues import (
    SHARED_CUE,
    _adjacent_name,
    _subject,
    repeated_cue,
)
from trump_putin_call.pipeline.quotes.extent import has_subject as _has_subject
from trump_putin_call.pipeline.quotes.extent import reports as _reports
from trump_putin_call.pipeline.quotes.lexicon import (
    CARRIER_VERBS,
    CARRIERS,
    INDIRECT_LEMMAS,
    ORG_VOICES,
    SPEAKER_NOUNS,
    TITLES,
)
from trump_putin_call.pipeline.quotes.mixed import MIN_OWN_WORDS, MIXED, mixed_span
from trump_putin_call.pipeline.quotes.quote import QUOTE_RULES, Quote
from trump_putin_call.pipeline.quotes.speakers import _speaker
from trump_putin_call.pipeline.sentences import Sentence

CATAPHORA = "rule:cataphora_speaker"

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _can_speak(subj: Token) -> bool:
    """Whether a cue's subject is someone who speaks ("these operations suggest" is not)."""
    if subj.pos_ == "PROPN" or subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    if crowds.is_quantity(subj):
        return True  # "47 percent said …"
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subj.children):
        return True  # "its governor, Elena Dragan, warned that …"
    if subj.text[:1].isupper() and subj.lemma_ == subj.lower_ and subj.pos_ == "NOUN":
        return True  # a name the tagger took for a noun ("Quillfire, the maker of …, said")
    if subj.lower_ == "which" and (noun := crowds.relative_antecedent(subj)) is not None:
        return _can_speak(noun)  # "the Harlow Gazette, which reported that …"
    if subj.pos_ == "PRON":
        return subj.lower_ not in ("it", "this", "that", "these", "those", "which", "what")
    lemma = subj.lemma_.lower()
    if any(c.dep_ == "conj" and _can_speak(c) for c in subj.children):
        return True  # "Current and former officials said"
    if lemma in TITLES or lemma in described.ROLE_NOUNS:
        return True  # "the prince called for …": a person named by office or title
    return lemma in SPEAKER_NOUNS or lemma in ORG_VOICES


def _named(art: _Article, subj: Token, offset: int) -> bool:
    """Whether the entity stage found a name at the subject the tagger took for a common
    noun (``Sanders`` tagged as the plural of ``sander``)."""
    start = offset + subj.idx
    return (
        subj.text[:1].isupper()
        and art.mention_at(start, start + len(subj), ("PERSON", "ORG", "GPE", "NORP")) is not None
    )


def _headline(text: str) -> bool:
    """A title-cased line (``Trump Says He Will Win``): a headline, not a report."""
    words = [w for w in text.split() if w[:1].isalpha() and len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _restrictive(subj: Token) -> bool:
    """A relative ``who`` with no comma before it (``a senator who vowed to …``): the
    clause says which person is meant; ``Ms. Hale, who vowed to …`` reports a vow."""
    if crowds.relative_antecedent(subj) is None or subj.i == 0:
        return False
    return subj.doc[subj.i - 1].text not in (",", "—", "–", "(", ";")


def _cataphora(cue: Token, subj: Token | None) -> Token | None:
    """``As he declares …, Trump is …``: the name the main clause opens with, for a
    pronoun subject of a cue in a clause set before it."""
    if subj is None or subj.lower_ not in ("he", "she") or cue.dep_ != "advcl":
        return None
    if cue.i > cue.head.i:
        return None
    names = [c for c in cue.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
    return names[0] if names and names[0].i > cue.i else None


def _clauses(cue: Token) -> list[Token]:
    """The cue's content clauses, one after the cue first: in ``Democrats framed it as …;
    by comparison, Republicans have argued that …`` the parser hangs the clause before the
    cue from it too, but what was argued is the ``that`` clause after it."""
    comps = [c for c in cue.children if c.dep_ == "ccomp"]
    after = [c for c in comps if c.i > cue.i]
    return after + [c for c in comps if c.i < cue.i] if after else comps


def _own_words(content: list[Token], head: Token) -> list[Token]:
    """The clause up to where another report starts inside it.

    "… would include cuts, a fortnight after insisting that no cuts were planned" holds a
    second report (``insisting that …``): it is a quote of its own, and the words before it
    back to the last comma are the author's; a report joined by ``and`` (``said if …, she will
    … and Trump says …``) ends the clause at the ``and``.
    """
    nested = [t for t in content if t is not head and _reports(t) and _aside(t, head)]
    if not nested:
        return content
    opening = min(nested, key=lambda t: t.left_edge.i)
    first = opening.left_edge.i
    kept = sorted((t for t in content if t.i < first), key=lambda t: t.i)
    commas = [k for k, t in enumerate(kept) if t.text == "," and k > 2]
    if commas and opening.dep_ != "conj":  # "… she'll bring …, and Trump says …": up to "and"
        kept = kept[: commas[-1]]
    while kept and (kept[-1].dep_ in ("cc", "prep", "mark", "advmod") or kept[-1].is_punct):
        kept = kept[:-1]
    return kept


def _aside(cue: Token, head: Token) -> bool:
    """Whether a report inside a clause hangs from it as an adjunct (``…, a fortnight after
    insisting that …``) rather than as part of what was said (``she is likely to argue
    that …``, which the clause's speaker says)."""
    cur = cue
    while cur.i != head.i and cur.head.i != cur.i:
        if cur.dep_ in ("advcl", "prep", "pcomp", "npadvmod", "acl", "relcl", "pobj", "conj"):
            return True
        cur = cur.head
    return False


def _span_of(tokens: list[Token], least: int = MIN_OWN_WORDS) -> tuple[int, int] | None:
    """Block-relative (start, end) of a token run, leading ``that`` and edge punctuation cut.

    Only the complementiser of the run's own head is cut: a subordinator that opens the
    content (``predicts that as Bush drops out, …``, ``said that if …``) is what was said.
    """
    tokens = sorted(tokens, key=lambda t: t.i)
    ids = {t.i for t in tokens}
    heads = {t.i for t in tokens if t.head.i not in ids or t.head.i == t.i}
    while tokens and (
        tokens[0].is_punct
        or tokens[0].is_space
        or (tokens[0].dep_ == "mark" and (tokens[0].head.i in heads or tokens[0].lower_ == "that"))
        or (tokens[0].lower_ == "that" and tokens[0].dep_ == "advmod" and tokens[0].tag_ == "IN")
    ):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].dep_ == "cc"):
        tokens = tokens[:-1]
    if not tokens or len([t for t in tokens if not t.is_punct]) < least:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _indirect(
    art: _Article, block: Block, doc: Doc, sents: list[Sentence], marks: list[tuple[int, int]]
) -> list[Quote]:
    """Reported speech without marks: ``X warned that …``, ``…, according to X``."""
    offset = block.content[0]
    out = []
    for tok in doc:
        rule = None
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
            for _ in range(3):  # "…, previously kept secret according to …": the clause
                if _has_subject(head) or head.head.i == head.i:  # with a subject is reported
                    break
                if head.head.pos_ not in ("VERB", "AUX"):
                    break
                skip |= {t.i for t in head.subtree}
                head = head.head
            content = [t for t in head.subtree if t.i not in skip]
            cue, lemma = "according to", "according to"
        elif tok.pos_ == "VERB" and (
            tok.lemma_.lower() in INDIRECT_LEMMAS
            or questions.asks(tok)
            or tok.lemma_.lower() in objects.OBJECT_CUES
            or tok.lemma_.lower() in objects.COMPLEMENT_CUES
            or tok.lemma_.lower() in objects.PREPOSITION_CUES
        ):
            cue, lemma = tok.text, tok.lemma_.lower()
            comps = _clauses(tok)
            comps = speaker_clauses.said(tok, comps, marks)  # not "said the woman, who …"
            if lemma not in INDIRECT_LEMMAS and not questions.asks(tok):
                comps = []  # "asked to intervene", "praised the plan": no clause of speech
            elif not comps and (lost := stray.clause(tok)) is not None:
                comps, rule = [lost], stray.STRAY  # "said in a statement that …"
            if comps:
                content = extent.content(tok, comps)  # the clause and its run-on
                own = _own_words(content, comps[0])
                if len(own) < len(content) and not any(t.pos_ in ("VERB", "AUX") for t in own):
                    continue  # "Beyond just immigration, [a nested report]": no clause left
                content = own
            elif lemma in INDIRECT_LEMMAS and parenthetical.pieces(tok) is not None:
                content = []  # "The plan, she said, is dead"
            elif (said := questions.passive_content(tok)) is not None:
                content, rule = said, questions.PASSIVE  # "X was asked about …"
            elif (said := questions.answered_content(tok)) is not None:
                content, rule = said, questions.ANSWERED  # "Asked whether …, X said"
            elif (said := questions.content(tok)) is not None:
                content, rule = said, questions.QUESTION  # "asked X if …", "asked X about …"
            elif lemma in INDIRECT_LEMMAS and (said := gerunds.content(tok)) is not None:
                content, rule = said, gerunds.GERUND  # "reported having $1.3 million"
            elif lemma in INDIRECT_LEMMAS and (said := trailing.content(tok)) is not None:
                content, rule = said, trailing.TRAILING  # "…, the office reported."
            elif (said := agentive.content(tok)) is not None:
                content, rule = said, agentive.BY_AGENT  # "… was first reported by the Post"
            elif (said := objects.content(tok)) is not None and _subject(tok) is not None:
                content, rule = said, objects.OBJECT
            else:
                continue
        elif nouned.subject(tok) is not None and (said := nouned.content(tok)):
            content, rule = said, nouned.NOUNED  # "Trump predicts that …", a noun to the tagger
            cue, lemma = tok.text, nouned.lemma(tok) or tok.lemma_.lower()
        elif (said := nouns.content(tok)) is not None and nouns.holder(tok) is not None:
            content, rule = said, nouns.NOUN_CUE  # "Rubio's claim to be …"
            cue, lemma = tok.text, tok.lemma_.lower()
        else:
            continue
        parts = parenthetical.pieces(tok) if not content else None
        if parts and parenthetical.quote_opens(parts[-1], marks):
            continue  # "Stressing …, she said, “We will …”": the quote is what was said
        least = 0 if parts else MIN_OWN_WORDS  # a piece's words count with the other piece's
        rows = [
            _reported_row(art, block, sents, marks, tok, piece, cue, lemma, rule, least)
            for piece in parts or [content]
        ]
        if parts and not parenthetical.enough(
            [(q.start - offset, q.end - offset) for q in rows if q is not None],
            art.text[offset : block.end],
            marks,
        ):
            continue  # "The plan, she said, “is dead”": the words in marks are a quote
        for q in rows:
            if q is not None:
                if rule is not None:
                    q.rules[q.rules.index("rule:indirect_ccomp")] = rule
                elif lemma == "ask":
                    q.rules[q.rules.index("rule:indirect_ccomp")] = questions.QUESTION
                if parts:
                    q.rules[q.rules.index("rule:indirect_ccomp")] = (
                        parenthetical.AS_REPORTED
                        if parenthetical.as_reported(tok)
                        else parenthetical.PARENTHETICAL
                    )
                    q.link = offset + tok.idx
                out.append(q)
    # one clause reported twice ("said ... and added that ..."): keep the first
    kept: list[Quote] = []
    for q in sorted(out, key=lambda q: (q.start, -q.end)):
        if not any(k.start < q.end and q.start < k.end for k in kept):
            kept.append(q)
    return kept


def _reported_row(
    art: _Article,
    block: Block,
    sents: list[Sentence],
    marks: list[tuple[int, int]],
    tok: Token,
    content: list[Token],
    cue: str,
    lemma: str,
    rule: str | None = None,
    least: int = MIN_OWN_WORDS,
) -> Quote | None:
    """The ``indirect`` row of one content clause of cue ``tok``, if it is one (``least``:
    the words it needs outside quotation marks)."""
    offset = block.content[0]
    block_text = art.text[offset : block.end]
    span = _span_of(content, least)
    if span is None:
        return None
    found = mixed_span(block_text, *span, marks, least)
    if found is None:
        return None  # words in quotation marks: a direct or partial quote covers them
    lo, hi, holds_quote = found
    quote_end = colon.after_colon(block_text, hi, marks)
    if quote_end is not None:
        hi, holds_quote = quote_end, True  # "said there is a simple answer: “…”"
    if holds_quote and rule == objects.OBJECT and lemma in objects.CHARACTERISING:
        quoted = [t for t in content if any(a <= t.idx < b for a, b in marks) and not t.is_punct]
        if objects.characterised(tok, quoted):
            return None  # "hailed the plan as “bold”": a partial quote, as the marks say
    start, end = offset + lo, offset + hi
    sentence = next((x for x in sents if x.start <= start < x.end), None)
    if sentence is None or _headline(art.text[sentence.start : sentence.end]):
        return None
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
        q.rules.append(MIXED)
    if quote_end is not None:
        q.rules.append(colon.AFTER_COLON)
    if rule in (questions.PASSIVE, questions.ANSWERED):
        subj = questions.asker(tok)  # "X was asked by a caller …": the caller asks
    elif rule == agentive.BY_AGENT:
        subj = agentive.agent(tok)  # "… was first reported by the Post": the Post
    elif rule == nouns.NOUN_CUE:
        subj = nouns.holder(tok)
        if (held := nouns.owner(tok, subj)) is not None:
            subj = held  # "Trump has gained with his promise to …": Trump
            q.rules.append(nouns.OWNER)
    elif (first := repeated_cue(tok)) is not None:
        subj = _subject(first)  # "He said the crew went … and said …": he said both
        q.rules.append(SHARED_CUE)
    else:
        subj = _subject(tok)
        if subj is None and tok.idx < lo and (subj := apposed.name_before(art, tok, offset)):
            q.rules.append(apposed.APPOSED)  # "X, the minority leader, said that …"
        subj = subj or _adjacent_name(tok)
        lift = rule != objects.OBJECT  # "implying that his plan will call for …": no one's
        if subj is not None and (up := speaker_clauses.better(art, tok, subj, offset, marks, lift)):
            subj = up[1]  # "The release led Wasserman Schultz to announce …": she announces
            q.rules.append(up[2])
    if subj is None and rule is None and cue != "according to" and hi <= tok.idx:
        return None  # "Sanders, who has none, said": the speaker was parsed into the clause
    if subj is not None and passive.passive_report(tok):  # "X is said to have warned that …"
        subj = None
        q.rules.append(passive.PASSIVE_REPORT)
    if subj is not None and any(a <= subj.idx < b for a, b in marks):
        return None  # "Stressing …, she said, “We will …”": the quote's "we" reports nothing
    if subj is not None and rule == objects.OBJECT and _restrictive(subj):
        return None  # "a senator who vowed to …": which senator, not a report
    named = _cataphora(tok, subj)
    if named is not None:
        subj = named
        q.rules.append(CATAPHORA)
    within = subj is not None and lo <= subj.idx < hi and rule != agentive.BY_AGENT
    if subj is not None and (not within or inside.speaks(q, tok, subj)):
        carries = subj.lemma_.lower() in CARRIERS and lemma in CARRIER_VERBS
        if not within and not _can_speak(subj) and not _named(art, subj, offset) and not carries:
            if cue == "according to" and records.cited(subj):
                q.rules.append(records.RECORD)
            elif crowds.speaks_by_verb(tok, subj):
                q.rules.append(crowds.SPEECH_SUBJECT)
            else:
                return None
        _speaker(art, subj, offset, q)
        if crowds.SPEECH_SUBJECT in q.rules and q.speaker_name is None:
            crowds.name_the_noun(art, subj, q, offset + subj.idx)
        if crowds.is_quantity(subj):
            q.rules.append(crowds.QUANTITY)
        if subj.lower_ == "it" and q.speaker_name is None:
            return None  # "It said …" with no organisation to stand for: not a speaker
        if rule == questions.QUESTION and q.speaker_name is None:
            return None  # "asks about …" with no one found for the asker: too weak alone
        if rule == nouns.NOUN_CUE and q.speaker_name is None:
            return None  # "his pledge to …" with no one found for "his": too weak alone
    art.reported.append((start, end))
    return q
