"""PolNeAR's attributions read and mapped onto the quotes table's types.

The brat standoff reader, the offsets from a text file to the built article's text, the
quoted stretches, and the mapping itself: :mod:`.polnear` states it in full and scores
predictions against it. Which cues are speech: :mod:`.polnear_cues`; what a pronoun
source stands for: :mod:`.polnear_standin`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from trump_putin_call.pipeline.polnear_cues import _WORD as _WORD
from trump_putin_call.pipeline.polnear_cues import is_speech_cue, takes_statement
from trump_putin_call.pipeline.polnear_standin import antecedent

_PRONOUNS = frozenset("he she they it we i you him her them his its their".split())
_CAPITALISED = re.compile(r"\b[A-Z]")


# --- brat standoff ------------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    """One annotated span: its fragments (``start``, ``end``) in the text file's offsets."""

    kind: str
    fragments: tuple[tuple[int, int], ...]

    @property
    def start(self) -> int:
        return self.fragments[0][0]


@dataclass
class Attribution:
    source: Span | None
    cue: Span | None
    content: list[Span] = field(default_factory=list)


@dataclass
class Annotations:
    attributions: list[Attribution]
    discards: list[Span]


class BratError(ValueError):
    """A line of an ``.ann`` file that cannot be read."""


_T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t")
_E_LINE = re.compile(r"^(E\d+)\t(.*)$")


def parse_ann(content: str, path: Path | str = "<ann>") -> Annotations:
    """Spans (``T`` lines) and attributions (``E`` lines) of one brat standoff file.

    A span's text may run over several lines (the annotated words held a line break); only
    lines that open with an id are records. Roles: ``Source``, ``Cue``, ``Content`` and
    ``Content2``; an ``E`` line naming an unknown span raises :class:`BratError`.
    """
    spans: dict[str, Span] = {}
    events: list[tuple[int, str]] = []
    for n, line in enumerate(content.splitlines(), 1):
        if m := _T_LINE.match(line):
            frags = tuple((int(a), int(b)) for a, b in (f.split() for f in m.group(3).split(";")))
            if any(b < a for a, b in frags):
                raise BratError(f"{path}, line {n}: span ends before it starts: {line!r}")
            spans[m.group(1)] = Span(m.group(2), frags)
        elif m := _E_LINE.match(line):
            events.append((n, m.group(2)))
    attributions = []
    for n, body in events:
        att = Attribution(None, None)
        for part in body.split():
            role, _, ref = part.partition(":")
            if ref not in spans:
                raise BratError(f"{path}, line {n}: {role} names {ref!r}, which no T line has")
            if role == "Source":
                att.source = spans[ref]
            elif role == "Cue":
                att.cue = spans[ref]
            elif role.startswith("Content"):
                att.content.append(spans[ref])
        if att.content:
            att.content.sort(key=lambda s: s.start)
            attributions.append(att)
    discards = [s for s in spans.values() if s.kind == "Discard"]
    return Annotations(attributions, discards)


def annotation_file(folder: Path, stem: str) -> Path | None:
    """The ``.ann`` file of article ``stem``: the first annotator's in sorted order."""
    found = sorted(p for p in folder.glob(f"{stem}_*.ann") if p.stem.rpartition("_")[0] == stem)
    return found[0] if found else None


# --- offsets ------------------------------------------------------------------------------


def offset_map(raw: str, text: str) -> list[int]:
    """For each offset of ``raw`` (and its end), the offset in ``text`` (its normalised form).

    Normalisation only drops a BOM, turns ``\\r\\n`` into ``\\n`` and composes characters
    (NFC), so the two strings align almost everywhere.
    """
    out = [0] * (len(raw) + 1)
    if raw == text:
        return list(range(len(raw) + 1))
    matcher = SequenceMatcher(None, raw, text, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        for k in range(i1, i2):
            out[k] = j1 + (k - i1 if tag == "equal" else min(k - i1, max(j2 - j1 - 1, 0)))
    out[len(raw)] = len(text)
    return out


# --- gold ---------------------------------------------------------------------------------


#: Double quotation marks: curly, straight, and two apostrophes (the New York Times' style).
_MARK = re.compile(r"''|[“”\"]")


def _opens(text: str, i: int, line_start: int, line_end: int, open_: bool) -> bool:
    """Whether the quotation mark at ``i`` opens a quote (from what stands beside it).

    An opening curly mark typed where the open quote closes (``“abhorrent“ in a tweet``:
    right after a word or ``.,!?``, before a space, punctuation or the line's end) closes it.
    """
    ch = text[i]
    if ch == "“":
        if not open_:
            return True
        before = text[i - 1] if i > line_start else " "
        after = text[i + 1] if i + 1 < line_end else " "
        return not (
            (before.isalnum() or before in ".,!?") and (after.isspace() or after in ".,;:!?)")
        )
    if ch == "”":
        return False
    before = text[i - 1] if i > line_start else " "
    return before.isspace() or before in "([{—–-/"


def quoted_stretches(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The words between double quotation marks in ``text[start:end]``, per line.

    A mark opened and never closed runs to the next opening mark or the end of the line.
    """
    out = []
    pos = start
    while pos < end:
        line_end = text.find("\n", pos, end)
        line_end = end if line_end < 0 else line_end
        opener = None
        for mark in _MARK.finditer(text, pos, line_end):
            if _opens(text, mark.start(), pos, line_end, opener is not None):
                if opener is not None:
                    out.append((opener, mark.start()))
                opener = mark.end()
            elif opener is not None:
                out.append((opener, mark.start()))
                opener = None
        if opener is not None:
            out.append((opener, line_end))
        pos = line_end + 1
    return [t for s, e in out if (t := _trim(text, s, e))[0] < t[1]]


def _line(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@dataclass
class GoldItem:
    """A gold span to match: a quoted stretch or a reported statement's content."""

    ranges: list[tuple[int, int]]
    source: str | None
    cue: str | None
    in_scope: bool = True
    #: Where a pronoun source without a named antecedent stands: a prediction at it is right.
    pronoun_at: tuple[int, int] | None = None
    #: The gold source is only a pronoun (``he said``): ``source`` is the scorer's stand-in
    #: antecedent, not an annotator's (PolNeAR links no pronoun to its referent).
    stand_in: bool = False
    #: Where that pronoun is written (start, end), when ``stand_in``.
    source_at: tuple[int, int] | None = None
    #: The stand-in's source is written more than :data:`STAND_IN_REACH` paragraph breaks
    #: before the pronoun, where the stand-in is no better than a guess: not scored.
    stand_in_far: bool = False


@dataclass
class GoldArticle:
    article_id: str
    text: str
    quoted: list[GoldItem]
    reported: list[GoldItem]  # in and out of scope
    ignored: list[tuple[int, int]]  # the headline and discarded regions
    left_out: int = 0  # attributions in the headline or discarded regions


def _words(text: str, ranges: Iterable[tuple[int, int]]) -> set[int]:
    return {m.start() for a, b in ranges for m in _WORD.finditer(text, a, b)}


def _named(source: str) -> bool:
    words = source.split()
    return bool(words) and bool(_CAPITALISED.search(" ".join(words[1:]) or words[0]))


_RELATIVE = frozenset({"who", "which", "that"})

#: How many paragraph breaks may stand between a pronoun and the named source the stand-in
#: gives it for the row to be scored. On three samples of PolNeAR train pronoun sources
#: whose referents were resolved by hand (reading the text alone, never the pipeline's
#: output; train[0::4], [3::4] and [2::4]), the stand-in was right for 79 of 95, 92 of 102
#: and 106 of 123 within this reach, and for 5 of 12, 4 of 14 and 8 of 19 beyond it
#: (:mod:`.polnear_pronouns` makes and scores such a check).
STAND_IN_REACH = 2


def _far(text: str, positions: list[int], at: int) -> bool:
    """Whether the latest of a source's positions before ``at`` is out of reach."""
    before = [p for p in positions if p < at]
    return not before or len(re.findall(r"\n+", text[max(before) : at])) > STAND_IN_REACH


def gold_article(article_id: str, raw: str, text: str, ann: Annotations) -> GoldArticle:
    """PolNeAR's attributions of one article, mapped (see the module's docstring)."""
    where = offset_map(raw, text)

    def frags(span: Span) -> list[tuple[int, int]]:
        return [(where[a], where[b]) for a, b in span.fragments]

    def words_of(span: Span | None) -> str | None:
        return " ".join(text[a:b] for a, b in frags(span)) if span else None

    headline_end = text.find("\n")
    headline_end = len(text) if headline_end < 0 else headline_end
    ignored = [(0, headline_end)] + [r for d in ann.discards for r in frags(d)]
    gold = GoldArticle(article_id, text, [], [], ignored)
    named: list[str] = []  # earlier sources that name someone
    written: dict[str, list[int]] = {}  # where each of them is written
    claimed: set[tuple[int, int]] = set()  # quoted stretches already given to an attribution
    for att in sorted(ann.attributions, key=lambda a: a.content[0].start):
        source = words_of(att.source)
        pronoun_at = None
        stand_in, source_at, far = False, None, False
        bare = source.strip().lower() if source else ""
        if bare in _RELATIVE:  # "Curly Haugland, who said …": the words before "who"
            at = where[att.source.start]
            before = text[_line(text, at)[0] : at].rstrip(" ,")
            source = " ".join(before.split()[-6:]) or source
        elif bare in _PRONOUNS:
            stand_in = True
            source_at = (where[att.source.start], where[att.source.fragments[-1][1]])
            earlier = antecedent(named, bare, text)
            if earlier is None:
                pronoun_at = source_at
            else:
                far = _far(text, written[earlier], source_at[0])
            source = earlier or source
        elif source and _named(source):
            named.append(source)
            written.setdefault(source, []).append(where[att.source.start])
        ranges = [r for c in att.content for r in frags(c)]
        if any(a <= ranges[0][0] < b for a, b in ignored):
            gold.left_out += 1
            continue
        cue = words_of(att.cue)
        # marks are read on whole lines (an annotator may have left them out of the content);
        # a stretch belongs to the content that holds at least half of its words
        lines = sorted({_line(text, a) for a, _b in ranges})
        inside = _words(text, ranges)
        stretches = [
            q
            for line in lines
            for q in quoted_stretches(text, *line)
            if 2 * len(_words(text, [q]) & inside) >= max(len(_words(text, [q])), 1)
        ]
        new = [q for q in stretches if q not in claimed]
        claimed.update(new)
        gold.quoted += [
            GoldItem([q], source, cue, True, pronoun_at, stand_in, source_at, far) for q in new
        ]
        # the clause bound to the cue: the fragments in the paragraph of the first one (a
        # cue inside the sentence splits it: "The plan, she said, is dead"); later
        # paragraphs continue it
        first_line = _line(text, ranges[0][0])
        clause = [r for r in ranges if first_line[0] <= r[0] < first_line[1]]
        unquoted = _words(text, clause) - _words(text, stretches)
        unquoted = {i for i in unquoted if not text.startswith("that", i)}
        in_scope = is_speech_cue(cue or "") and takes_statement(cue or "") and len(unquoted) >= 3
        gold.reported.append(
            GoldItem(clause, source, cue, in_scope, pronoun_at, stand_in, source_at, far)
        )
    return gold
