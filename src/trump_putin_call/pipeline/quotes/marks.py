"""Quotation marks and their pairing, block by block; where a quote never closed ends;
titles in marks.

Curly marks and guillemets say by their shape whether they open or close. A straight
double mark (``"``, or two apostrophes ``''`` as the New York Times writes them) says it
by what stands beside it: whitespace (or the start of the line, a bracket, a dash) before
and a word after opens; a word or punctuation before and whitespace or punctuation after
closes. So when paragraph breaks were lost and a quote runs on into the next paragraph's
(``… the cake. "There have been …``), the mark before ``There`` opens a new quote and the
one before it stays unclosed, instead of the two being paired by counting
(``rule:mark_direction``; ``rule:apostrophe_marks`` for a quote in ``''``). Single marks
pair when they are not apostrophes (don’t, O’Neill, players’). An opening curly mark
typed where a closing one belongs (``called the KKK “abhorrent“ in a tweet``: right after a
word, before a space) closes the open quote instead of opening a new one
(``rule:opening_shape_closes``).
"""

from __future__ import annotations

import re

from trump_putin_call.pipeline.quotes.quote import Span
from trump_putin_call.pipeline.sentences import Sentence

_OPEN_CLOSE = {"“": "”", "«": "»", "„": "“", '"': '"', "''": "''", "‘": "’", "'": "'"}
_DOUBLE_OPEN = frozenset("“«„")

_DOUBLE_CLOSE = frozenset("”»")
_STRAIGHT = ('"', "''")
_BEFORE_OPENING = "([{—–-/"
_DECADE = re.compile(r"\d0s\b")
#: ``method`` tokens: a straight mark read by its neighbours; two apostrophes as a mark.
DIRECTION = "rule:mark_direction"
APOSTROPHES = "rule:apostrophe_marks"
#: ``method`` token: an opening curly mark (“) standing where the open quote closes.
SHAPE_CLOSES = "rule:opening_shape_closes"


#: A sentence opening like this speaks about the quote: the author's voice is back.
_AUTHOR_BACK = re.compile(
    r"(?i)^(?:this|that|these|those|such|the|his|her|their)\s+"
    r"(?:remarks?|statements?|comments?|words?|claims?|assertions?|quotes?|message|post|"
    r"language|rhetoric|response)\b"
)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def _straight_at(text: str, i: int, end: int) -> str | None:
    """The straight double mark starting at ``i`` (``"`` or ``''``), if any."""
    if text[i] == '"':
        return '"'
    if text.startswith("''", i) and i + 1 < end and (i + 2 >= end or text[i + 2] != "'"):
        return "''"
    return None


def straight_opens(text: str, i: int, width: int, start: int, end: int) -> bool | None:
    """Whether the straight mark at ``i`` opens (True), closes (False) or cannot tell."""
    before = text[i - 1] if i > start else " "
    after = text[i + width] if i + width < end else " "
    space_before = before.isspace() or before in _BEFORE_OPENING
    space_after = after.isspace() or (not after.isalnum() and after not in "‘'$£€#([")
    if space_before and not space_after:
        return True
    if space_after and not space_before:
        return False
    return None


def _closing_place(prev: str, nxt: str) -> bool:
    """Whether a mark stands where a quote closes: right after a word or a full stop,
    comma, ! or ?, and before whitespace, punctuation or the block's end."""
    return (_is_word_char(prev) or prev in ".,!?") and not _is_word_char(nxt)


def find_marks(text: str, start: int, end: int) -> list[Span]:
    """Pairs of quotation marks in ``text[start:end]`` (one block)."""
    spans: list[Span] = []
    opener: int | None = None
    width = 1
    want = ""
    i = start
    while i < end:
        ch = text[i]
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        straight = _straight_at(text, i, end)
        if opener is None:
            if ch in _DOUBLE_OPEN:
                opener, want, width = i, _OPEN_CLOSE[ch], 1
            elif straight is not None:
                after = text[i + len(straight) : i + len(straight) + 1]
                if prev == "=":
                    pass  # a markup attribute's value (author="…"), not a quote
                elif not _is_word_char(prev) and after and not after.isspace():
                    opener, want, width = i, straight, len(straight)
                i += len(straight)
                continue
            elif (
                ch in "‘'"
                and not _is_word_char(prev)
                and _is_word_char(nxt)
                and not _DECADE.match(text, i + 1)  # the '80s
            ):
                close = _single_close(text, i + 1, end, "’" if ch == "‘" else "'")
                if close is not None:
                    spans.append(Span(i, close, True))
                    i = close
                elif nxt.isupper() and text[start:i].rstrip()[-1:] in ("", ":", ","):
                    spans.append(Span(i, end, False))  # "wrote: 'Proposals … proposals."
                    i = end
        else:
            if straight is not None and (straight == want or (want == "”" and straight == '"')):
                if want in _STRAIGHT and straight_opens(text, i, len(straight), start, end):
                    # "… the cake. "There have been …": a new quote opens here
                    spans.append(Span(opener, i, False, width=width, rule=DIRECTION))
                    opener, want, width = i, straight, len(straight)
                else:
                    rule = APOSTROPHES if width == 2 else None
                    spans.append(Span(opener, i, True, width=width, rule=rule))
                    opener = None
                i += len(straight)
                continue
            if ch == want or (want == '"' and ch == "”"):
                spans.append(Span(opener, i, True, width=width))
                opener = None
            elif ch == "“" and want == "”" and _closing_place(prev, nxt):
                # "called the KKK “abhorrent“ in a tweet": an opening shape where one closes
                spans.append(Span(opener, i, True, width=width, rule=SHAPE_CLOSES))
                opener = None
            elif ch in _DOUBLE_OPEN and not (want == "“" and ch == "“"):
                spans.append(Span(opener, i, False, width=width))  # the next quote opens
                opener, want, width = i, _OPEN_CLOSE[ch], 1
        i += 1
    if opener is not None:
        spans.append(
            Span(opener, end, False, width=width, rule=APOSTROPHES if width == 2 else None)
        )
    return spans


def _single_close(text: str, i: int, end: int, want: str) -> int | None:
    """The closing single mark for an opener, skipping apostrophes (don’t, O’Neill)."""
    fallback = None
    while i < end:
        ch = text[i]
        if ch == want:
            prev = text[i - 1]
            nxt = text[i + 1] if i + 1 < end else " "
            if not prev.isspace() and not _is_word_char(nxt):
                after = text[i + 1 : i + 3]
                # "players’ effort": an s, the mark, then a lower-case word is a possessive
                if prev in "sS" and len(after) == 2 and after[0] == " " and after[1].islower():
                    fallback = i if fallback is None else fallback
                else:
                    return i
        if ch in '“”"\n' or text.startswith("''", i):
            break  # a double mark (two apostrophes too) ends the search
        i += 1
    return fallback


def opens_block(text: str, start: int) -> bool:
    """Whether a block opens with a quotation mark (a quote running on from the last)."""
    return text[start : start + 1] in ("“", "«", '"') or text.startswith("''", start)


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


_SMALL_WORDS = frozenset("a an and at by for from in of on or the to with".split())

#: A naming word just before the marks (only a comma, colon, bracket or dash between: a
#: sentence that ends with "campaign." names nothing in the next one).
_NAMING = re.compile(
    r"(?i)\b(?:called|named|nicknamed|dubbed|titled|entitled|known as|film|book|novel|song|"
    r"album|series|show|play|memoir|operation|campaign|slogan|motto|brand|plan|programme|"
    r"program|autobiography|column|documentary|movie|essay|op-ed|episode|podcast|author of|"
    r"editor of|the so-called)[\s,:(\-—–]*$"
)
#: Nouns that name a work or scheme: what follows names it only when capitalised
#: (``the program “Go”``; not ``The program “is gaining traction,”``).
_NAMING_NOUN = re.compile(
    r"(?i)\b(?:film|book|novel|song|album|series|show|play|memoir|operation|campaign|"
    r"slogan|motto|brand|plan|programme|program|autobiography|column|documentary|movie|essay|"
    r"op-ed|episode|podcast)[\s,:(\-—–]*$"
)


def _is_title(quoted: str, before: str) -> bool:
    """A short title-cased name in marks, or one introduced by a naming word (of any
    length when title-cased: ``co-author of “Those Guys Have All the Fun: Inside …”``)."""
    words = quoted.rstrip(",.").split()
    if not words:
        return False
    if _NAMING_NOUN.search(before.rstrip()) and _title_cased(words) and not quoted.isupper():
        return True  # "the Syfy movie “Sharknado 3: Oh Hell No!”", "The movie, “13 Hours: …”"
    if quoted.rstrip().endswith(("!", "?")):
        return False
    if len(words) > 8:  # a long title-cased stretch is a title only after a naming word
        long_title = _title_cased(words) and not quoted.isupper()
        return long_title and bool(_NAMING.search(before.rstrip()))
    if _NAMING.search(before.rstrip()):
        return words[0].lstrip("‘'’")[:1].isupper() or not _NAMING_NOUN.search(before.rstrip())
    if _ON_WORK.search(before) and _title_cased(words):
        return True  # "said on ABC's “This Week with George Stephanopoulos.”"
    if quoted.rstrip().endswith((".", ",")) and len(words) > 3:
        return False
    return _title_cased(words)


#: A possessive or ``on`` just before the marks: what follows names a show or a work.
_ON_WORK = re.compile(r"(?:\w[’']s|\bon)\s*$")


def _title_cased(words: list[str]) -> bool:
    """Every word but the small ones (of, the, and …) starts with a capital."""
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    return bool(content) and all(w[0].isupper() or not w[0].isalpha() for w in content)


def _split_attribution(text: str, prev_end: int, start: int) -> bool:
    """``“A,” she said, “B.”``: only a short attribution lies between the two pieces."""
    between = text[prev_end:start]
    words = [w for w in between.split() if w.strip("”\"'’")]
    if words and not between.rstrip().rstrip("“\"'‘«").rstrip().endswith((",", ":")):
        return False  # "Christie said on ABC's “This Week.”": no comma, a name follows
    return len(between.split()) <= 6 and "." not in between.replace(",", "")[:-1]
