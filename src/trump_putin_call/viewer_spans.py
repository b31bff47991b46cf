"""Drawing annotations over an article's text for the HTML viewer: spans that may nest or
cross, cut into well-formed fragments (see :mod:`trump_putin_call.viewer`), the entity and
quote spans of an article's rows, and the escaping and link helpers the pages share."""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as urlquote

from trump_putin_call.pipeline.rules.render import hover

if TYPE_CHECKING:
    import polars as pl

#: displaCy's colours for the OntoNotes labels.
LABEL_COLOURS = {
    "PERSON": "#aa9cfc",
    "NORP": "#c887fb",
    "FAC": "#9cc9cc",
    "ORG": "#7aecec",
    "GPE": "#feca74",
    "LOC": "#ff9561",
    "PRODUCT": "#bfeeb7",
    "EVENT": "#ffeb80",
    "WORK_OF_ART": "#f0d0ff",
    "LAW": "#ff8197",
    "LANGUAGE": "#ff8197",
    "DATE": "#bfe1d9",
    "TIME": "#bfe1d9",
    "PERCENT": "#e4e7d2",
    "MONEY": "#e4e7d2",
    "QUANTITY": "#e4e7d2",
    "ORDINAL": "#e4e7d2",
    "CARDINAL": "#e4e7d2",
}
DEFAULT_COLOUR = "#ddd"
#: Nesting order when two spans share their start and end: quotes outside, entities inside.
QUOTE, SPEAKER, ENTITY = 0, 1, 2


def esc(value: object) -> str:
    """HTML-escaped text (quotes included), '' for None."""
    return "" if value is None else html.escape(str(value), quote=True)


@dataclass(frozen=True)
class Span:
    """An annotation to draw over ``text[start:end]``."""

    start: int
    end: int
    rank: int
    key: str
    tag: str
    #: Attributes of every fragment (name, value), escaped when written.
    attrs: tuple[tuple[str, str], ...] = ()
    #: HTML id of the first fragment ('' for none).
    anchor: str = ""
    #: HTML appended inside the last fragment (already escaped).
    badge: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def order(self) -> tuple[int, int, int, str]:
        return (self.start, -self.end, self.rank, self.key)

    def open(self, first: bool) -> str:
        attrs = list(self.attrs)
        if first and self.anchor:
            attrs.insert(0, ("id", self.anchor))
        if not first:
            attrs.append(("data-fragment", "continued"))
        return f"<{self.tag}" + "".join(f' {k}="{esc(v)}"' for k, v in attrs) + ">"

    def close(self, last: bool) -> str:
        return (self.badge if last else "") + f"</{self.tag}>"


def render_text(text: str, start: int, end: int, spans: Iterable[Span]) -> str:
    """``text[start:end]`` escaped, with ``spans`` drawn as properly nested elements."""
    inside = [
        s for s in spans if (s.start < end and s.end > start) or start <= s.start == s.end <= end
    ]
    inside.sort(key=Span.order)
    cuts = {start, end}
    for s in inside:
        cuts.update((max(s.start, start), min(s.end, end)))
    bounds = sorted(cuts)
    out: list[str] = []
    stack: list[Span] = []
    opened: set[str] = set()

    def move_to(wanted: list[Span], pos: int) -> None:
        nonlocal stack
        keep = 0
        while keep < min(len(stack), len(wanted)) and stack[keep] is wanted[keep]:
            keep += 1
        for s in reversed(stack[keep:]):
            out.append(s.close(last=s.end <= pos))
        for s in wanted[keep:]:
            out.append(s.open(first=s.key not in opened))
            opened.add(s.key)
        stack = wanted

    def empty_at(pos: int) -> None:  # zero-width spans are drawn empty where they stand
        for s in inside:
            if s.start == s.end == pos:
                out.append(s.open(first=True) + s.close(last=True))
                opened.add(s.key)

    for a, b in pairwise(bounds):
        empty_at(a)
        move_to([s for s in inside if s.start < b and s.end > a and s.start < s.end], a)
        out.append(esc(text[a:b]))
    move_to([], end)
    if len(bounds) > 1 or start == end:
        empty_at(end)
    return "".join(out)


def _entity_spans(entities: pl.DataFrame) -> list[Span]:
    spans = []
    for m in entities.iter_rows(named=True):
        label, eid = m["label"], m["entity_id"]
        title = f"{label} · {m['canonical_name']} · {eid} · {m['mention_id']}"
        if rules := hover("entities", m.get("method")):  # the rules, in the catalogue's words
            title += "\n" + rules
        spans.append(
            Span(
                m["start_char"],
                m["end_char"],
                ENTITY,
                m["mention_id"],
                "mark",
                (
                    ("class", "ent"),
                    ("data-label", label),
                    ("data-mention-id", m["mention_id"]),
                    ("data-entity-id", eid),
                    ("title", title),
                ),
                anchor=f"m-{m['mention_id']}",
                badge=f'<a class="elabel" href="#{esc(_frag("entity-" + eid))}">{esc(label)}</a>',
            )
        )
    return spans


def _quote_badge(q: dict[str, Any]) -> str:
    speaker = q["speaker_name"] or q["speaker_text"] or "no speaker"
    parts = [speaker, q["cue"] or "no cue", q["quote_type"]]
    if not q["closed"]:
        parts.append("unclosed")
    return (
        f'<a class="qlabel" href="#{esc(_frag("quote-" + q["quote_id"]))}">'
        f"❞ {' · '.join(esc(p) for p in parts)}</a>"
    )


def _quote_spans(quotes: pl.DataFrame) -> list[Span]:
    spans = []
    speakers: dict[tuple[int, int], list[str]] = {}
    for q in quotes.iter_rows(named=True):
        title = (
            f"{q['quote_id']} · {q['quote_type']} · speaker: {q['speaker_name'] or '—'} "
            f"({q['speaker_text'] or 'none'}) · cue: {q['cue'] or '—'}"
        )
        if rules := hover("quotes", q.get("method")):
            title += "\n" + rules
        spans.append(
            Span(
                q["start_char"],
                q["end_char"],
                QUOTE,
                q["quote_id"],
                "span",
                (
                    ("class", f"quote quote-{q['quote_type']}"),
                    ("data-quote-id", q["quote_id"]),
                    ("data-quote-group", q["quote_group"]),
                    ("data-speaker", q["speaker_name"] or ""),
                    ("data-cue", q["cue"] or ""),
                    ("title", title),
                ),
                anchor=f"q-{q['quote_id']}",
                badge=_quote_badge(q),
            )
        )
        if q["speaker_start"] is not None and q["speaker_end"] is not None:
            speakers.setdefault((q["speaker_start"], q["speaker_end"]), []).append(q["quote_id"])
    for (start, end), ids in sorted(speakers.items()):
        spans.append(
            Span(
                start,
                end,
                SPEAKER,
                f"speaker:{start}:{end}",
                "span",
                (
                    ("class", "speaker"),
                    ("data-speaker-of", " ".join(ids)),
                    ("title", "speaker of " + ", ".join(ids)),
                ),
            )
        )
    return spans


def _frag(anchor: str) -> str:
    """A fragment identifier for ``anchor`` (ids hold ':' and '.', both fine in a URL)."""
    return urlquote(anchor, safe=":._-")


def page_name(article_id: str) -> str:
    """File name of an article's page (article ids are file-name safe by their pattern)."""
    return urlquote(article_id, safe="._-") + ".html"
