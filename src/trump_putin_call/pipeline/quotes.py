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

from trump_putin_call.pipeline.blocks import Block
from trump_putin_call.pipeline.entities import Mention
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
_OPEN_CLOSE = {"“": "”", "«": "»", "„": "“", '"': '"', "‘": "’", "'": "'"}
_DOUBLE_OPEN = frozenset("“«„")
_DOUBLE_CLOSE = frozenset("”»")
#: A sentence opening like this speaks about the quote: the author's voice is back.
_AUTHOR_BACK = re.compile(
    r"(?i)^(?:this|that|these|those|such|the|his|her|their)\s+"
    r"(?:remarks?|statements?|comments?|words?|claims?|assertions?|quotes?|message|post|"
    r"language|rhetoric|response)\b"
)


@dataclass
class Span:
    """A pair of quotation marks in article offsets (``open`` is the mark, ``close`` too)."""

    open: int
    close: int  # index of the closing mark, or the end of the span when never closed
    closed: bool
    continues: bool = False  # runs on into the next paragraph
    end: int = -1  # where the quoted words end (set once sentences are known)

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + 1, self.end if self.end >= 0 else self.close


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


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def find_marks(text: str, start: int, end: int) -> list[Span]:
    """Pairs of quotation marks in ``text[start:end]`` (one block)."""
    spans: list[Span] = []
    opener: int | None = None
    want: str = ""
    i = start
    while i < end:
        ch = text[i]
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        if opener is None:
            if ch in _DOUBLE_OPEN or (ch == '"' and not _is_word_char(prev) and not nxt.isspace()):
                opener, want = i, _OPEN_CLOSE[ch]
            elif ch in "‘'" and not _is_word_char(prev) and _is_word_char(nxt):
                close = _single_close(text, i + 1, end, "’" if ch == "‘" else "'")
                if close is not None:
                    spans.append(Span(i, close, True))
                    i = close
        else:
            if ch == want or (want == "”" and ch == '"') or (want == '"' and ch == "”"):
                spans.append(Span(opener, i, True))
                opener = None
            elif ch in _DOUBLE_OPEN and not (want == "“" and ch == "“"):
                spans.append(Span(opener, i, False))  # never closed: the next quote opens
                opener, want = i, _OPEN_CLOSE[ch]
        i += 1
    if opener is not None:
        spans.append(Span(opener, end, False))
    return spans


def _single_close(text: str, i: int, end: int, want: str) -> int | None:
    """The closing single mark for an opener, skipping apostrophes (don’t, O’Neill)."""
    while i < end:
        ch = text[i]
        if ch == want:
            prev = text[i - 1]
            nxt = text[i + 1] if i + 1 < end else " "
            if not prev.isspace() and not _is_word_char(nxt):
                return i
        if ch in '“”"\n':
            return None
        i += 1
    return None


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
    start = span.open + 1
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
    for _ in range(4):
        subj = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return subj[0]
        if cur.head is cur:
            return None
        cur = cur.head
    return None


class _Article:
    """Everything one article's quote pass needs."""

    def __init__(self, text: str, mentions: list[Mention]) -> None:
        self.text = text
        self.people = [m for m in mentions if m.label == "PERSON"]
        self.mentions = mentions
        self.quoted: list[tuple[int, int]] = []

    def mention_at(self, start: int, end: int) -> Mention | None:
        for m in self.mentions:
            if m.start < end and start < m.end:
                return m
        return None

    def antecedent(self, before: int) -> Mention | None:
        """Nearest person mentioned before ``before`` and outside any quote."""
        best = None
        for m in self.people:
            if m.end <= before and not any(a <= m.start < b for a, b in self.quoted):
                best = m
        return best


def _speaker(art: _Article, subj: Token, offset: int, quote: Quote) -> None:
    """Fill the speaker fields of ``quote`` from the subject token."""
    s, e = offset + subj.idx, offset + subj.idx + len(subj)
    mention = art.mention_at(s, e)
    if mention is not None:
        quote.speaker_start, quote.speaker_end = mention.start, mention.end
        quote.speaker_text, quote.speaker = mention.text, mention
        quote.speaker_name = mention.canonical
        return
    if subj.lower_ in _PRONOUNS:
        quote.speaker_start, quote.speaker_end, quote.speaker_text = s, e, subj.text
        ante = art.antecedent(s)
        if ante is not None:
            quote.speaker, quote.speaker_name = ante, ante.canonical
            quote.rules.append("rule:pronoun_antecedent")
        return
    # A common noun ("a Kremlin spokesman"): the noun phrase, and any organisation in it.
    toks = [t for t in subj.subtree if t.i <= subj.i and t.dep_ not in ("det", "punct")]
    left = min((t.idx for t in toks), default=subj.idx)
    quote.speaker_start, quote.speaker_end = offset + left, e
    quote.speaker_text = art.text[quote.speaker_start : e]
    org = art.mention_at(quote.speaker_start, e)
    if org is not None and org.label in ("ORG", "GPE", "NORP"):
        quote.speaker, quote.speaker_name = org, org.canonical
        quote.rules.append("rule:spokesperson_org")


def extract(
    text: str,
    blocks: list[tuple[Block, Doc, list[Sentence]]],
    mentions: list[Mention],
) -> list[Quote]:
    """Quotes of one article, in document order."""
    art = _Article(text, mentions)
    per_block = []
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
            next_opens = text[nb.content[0]] in '“«"'
        for k, sp in enumerate(spans):
            if sp.closed:
                sp.end = sp.close
            elif k == len(spans) - 1 and next_opens:
                sp.end, sp.continues = sp.close, True
            else:
                sp.end = _end_unclosed(text, sp, sents)
        art.quoted.extend(sp.inner for sp in spans)

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
                rules=[QUOTE_RULES],
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
                subj = _subject(cue)
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
                prev = quotes[-1] if quotes else None
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
            if continuing and k == 0 and quotes:
                q.group = quotes[-1].group
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
    return quotes


def _split_attribution(text: str, prev_end: int, start: int) -> bool:
    """``“A,” she said, “B.”``: only a short attribution lies between the two pieces."""
    between = text[prev_end:start]
    return len(between.split()) <= 6 and "." not in between.replace(",", "")[:-1]


def _governing_cue(doc: Doc, lo: int, hi: int, cues: list[Token]) -> Token | None:
    """The cue verb the quote's words hang from in the parse (``hailed it as “excellent”``)."""
    cue_ids = {c.i for c in cues}
    for tok in doc[lo:hi]:
        if lo <= tok.head.i < hi and tok.head is not tok:
            continue
        cur = tok
        for _ in range(5):
            if cur.i in cue_ids:
                return cur
            if cur.head is cur:
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
