"""Static HTML pages to audit each article's annotations by eye (``trump-putin-call view``).

One page per article shows its text block by block (the title and headings as headings,
list items as a list, datelines apart, boilerplate greyed out with the rule that caught
it), every entity mention highlighted by label and linked by ``entity_id`` the way spaCy's
displaCy shows entities, every quote marked with its speaker and cue, and the speaker
mention underlined; tables of the article's quotes, of where else its passages and quotes
appear (:mod:`trump_putin_call.viewer_links`) and of its entities follow. An index page
lists the articles with the corpus statistics (:mod:`trump_putin_call.stats`).

The pages are self-contained (inline CSS and a few lines of script; nothing is fetched),
deterministic, and every piece of text is HTML-escaped.

Spans may nest or cross (:mod:`trump_putin_call.viewer_spans` draws them; a quote holds
entity mentions; a mention may straddle a quote's edge): the text is cut at every span
boundary and each piece is wrapped in the spans that cover it, outer spans first. A span
that crosses another is therefore split into fragments; every fragment carries the span's
id in a ``data-`` attribute, only the first carries the HTML ``id``, and the label badge
follows the last, so the HTML is always well formed.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trump_putin_call.stats import Stats, compute, load_tables
from trump_putin_call.viewer_html import (
    footer_html,
    html_table,
    legend_html,
    num_cell,
    page_html,
    svg_bars,
)
from trump_putin_call.viewer_spans import (
    DEFAULT_COLOUR,
    ENTITY,
    LABEL_COLOURS,
    QUOTE,
    SPEAKER,
    Span,
    _entity_spans,
    _frag,
    _quote_spans,
    esc,
    page_name,
    render_text,
)

if TYPE_CHECKING:
    import polars as pl

__all__ = [
    "DEFAULT_COLOUR",
    "ENTITY",
    "LABEL_COLOURS",
    "QUOTE",
    "SPEAKER",
    "Span",
    "esc",
    "page_name",
    "render_text",
    "write",
]

_BLOCK_TAGS = {
    "title": "h1",
    "heading": "h2",
    "paragraph": "p",
    "list_item": "li",
    "dateline": "p",
    "boilerplate": "p",
}


def _blocks_html(text: str, blocks: pl.DataFrame, spans: Sequence[Span]) -> str:
    out: list[str] = []
    in_list = False
    pos = 0
    for b in blocks.sort("block_index").iter_rows(named=True):
        gap = text[pos : b["start_char"]]
        pos = max(pos, b["end_char"])
        if gap.strip():  # text outside every block: shown, so nothing is hidden
            out.append(f'<p class="unblocked">{esc(gap)}</p>')
        kind = b["block_type"]
        if kind == "list_item" and not in_list:
            out.append('<ul class="list">')
        elif kind != "list_item" and in_list:
            out.append("</ul>")
        in_list = kind == "list_item"
        tag = _BLOCK_TAGS.get(kind, "p")
        attrs = f' class="block {esc(kind)}" data-block-index="{b["block_index"]}"'
        inner = render_text(text, b["start_char"], b["end_char"], spans)
        if kind == "boilerplate":
            rule = b["boilerplate_rule"] or "boilerplate"
            attrs += f' title="boilerplate ({esc(rule)}): not part of the body"'
            inner += f'<span class="rule">{esc(rule)}</span>'
        out.append(f"<{tag}{attrs}>{inner}</{tag}>")
    if in_list:
        out.append("</ul>")
    if text[pos:].strip():
        out.append(f'<p class="unblocked">{esc(text[pos:])}</p>')
    return "\n".join(out)


def article_page(article_id: str, tables: dict[str, pl.DataFrame]) -> str:
    """The HTML page of one article."""
    import polars as pl

    arts = tables["articles"].filter(pl.col("article_id") == article_id)
    if arts.height != 1:
        raise KeyError(f"unknown article {article_id!r}")
    art = arts.row(0, named=True)
    text: str = art["text"]

    def rows(name: str, key: str) -> pl.DataFrame:
        return tables[name].filter(pl.col("article_id") == article_id).sort(key)

    blocks = rows("blocks", "block_index")
    entities = rows("entities", "mention_id")
    quotes = rows("quotes", "quote_id")
    spans = _entity_spans(entities) + _quote_spans(quotes)

    meta = [
        f"<span><code>{esc(article_id)}</code></span>",
        f"<span>{esc(art['outlet'] or 'outlet unknown')}</span>",
        f"<span>{esc(art['published'] or 'date unknown')}</span>",
    ]
    if art["url"]:
        meta.append(f'<span><a href="{esc(art["url"])}">source</a></span>')
    meta.append(
        f"<span>{art['n_sentences']} sentences · {art['n_entities']} entities · "
        f"{art['n_quotes']} quotes · {art['n_blocks']} blocks</span>"
    )
    heading = art["title"] or article_id
    has_title = blocks.filter(pl.col("block_type") == "title").height > 0
    labels = sorted(set(entities["label"].to_list()), key=list(LABEL_COLOURS).index)

    body = [
        '<header><nav><a href="index.html">← all articles</a></nav>',
        f"<h1>{esc(heading)}</h1>" if not has_title else "",
        f'<p class="meta">{"".join(meta)}</p>',
        legend_html(labels),
        "</header>\n<main>",
        f'<article data-article-id="{esc(article_id)}">',
        _blocks_html(text, blocks, spans),
        "</article>",
        _quotes_table(quotes),
        *_cross_sections(article_id, tables),
        _entities_table(entities),
        "</main>",
        footer_html(),
    ]
    return page_html(f"{heading} · annotations", "\n".join(b for b in body if b), script=True)


def _cross_sections(article_id: str, tables: dict[str, pl.DataFrame]) -> list[str]:
    """Where else the article's passages and quotes appear (when the tables hold them)."""
    from trump_putin_call import viewer_links

    out = []
    if "alignments" in tables:
        out.append(viewer_links.passages_section(article_id, tables["alignments"]))
    if "utterances" in tables and "utterance_id" in tables["quotes"].columns:
        out.append(viewer_links.reports_section(article_id, tables["quotes"], tables["utterances"]))
    return out


def _quotes_table(quotes: pl.DataFrame) -> str:
    out = [
        f'<section id="quotes"><h2>Quotes ({quotes.height})</h2>',
        "<table><thead><tr><th>quote</th><th>type</th><th>speaker</th><th>cue</th>"
        "<th>text</th></tr></thead><tbody>",
    ]
    for q in quotes.iter_rows(named=True):
        speaker = esc(q["speaker_name"] or "—")
        if q["speaker_entity_id"]:
            href = esc(_frag("entity-" + q["speaker_entity_id"]))
            speaker = f'<a href="#{href}">{speaker}</a>'
        if q["speaker_text"]:
            speaker += f" <small>(as “{esc(q['speaker_text'])}”)</small>"
        kind = esc(q["quote_type"]) + ("" if q["closed"] else " <small>(unclosed)</small>")
        cue = esc(q["cue"] or "—")
        if q["cue_lemma"]:
            cue += f" <small>({esc(q['cue_lemma'])})</small>"
        out.append(
            f'<tr id="quote-{esc(q["quote_id"])}">'
            f'<td><a href="#{esc(_frag("q-" + q["quote_id"]))}">'
            f"<code>{esc(q['quote_id'])}</code></a></td><td>{kind}</td><td>{speaker}</td>"
            f"<td>{cue}</td><td>{esc(q['text'])}</td></tr>"
        )
    out.append("</tbody></table></section>")
    return "\n".join(out)


def _entities_table(entities: pl.DataFrame) -> str:
    groups: dict[str, list[dict[str, Any]]] = {}
    for m in entities.iter_rows(named=True):
        groups.setdefault(m["entity_id"], []).append(m)
    order = sorted(groups, key=lambda e: (-len(groups[e]), e))
    out = [
        f'<section id="entities"><h2>Entities ({len(groups)} entities, '
        f"{entities.height} mentions)</h2>",
        "<table><thead><tr><th>entity_id</th><th>name</th><th>label</th>"
        '<th class="num">mentions</th><th>where</th></tr></thead><tbody>',
    ]
    for eid in order:
        ms = groups[eid]
        links = " ".join(
            f'<a href="#{esc(_frag("m-" + m["mention_id"]))}" title="{esc(m["text"])}">'
            f"{esc(m['mention_id'].rsplit(':', 1)[-1])}</a>"
            for m in ms
        )
        label = ms[0]["label"]
        out.append(
            f'<tr id="entity-{esc(eid)}"><td><code>{esc(eid)}</code></td>'
            f"<td>{esc(ms[0]['canonical_name'])}</td>"
            f'<td><mark class="ent" data-label="{esc(label)}">{esc(label)}</mark></td>'
            f"{num_cell(len(ms))}<td>{links}</td></tr>"
        )
    out.append("</tbody></table></section>")
    return "\n".join(out)


ARTICLE_COLUMNS = (
    *("article", "title", "outlet", "published"),
    *("words", "tokens", "sentences", "entities", "quotes"),
)


def index_page(tables: dict[str, pl.DataFrame], stats: Stats, pages: set[str]) -> str:
    """The index: every article (linked when its page was written) and the statistics."""
    from trump_putin_call import __version__
    from trump_putin_call.stats import TOP_ENTITIES, TOP_SPEAKERS

    def article_cell(aid: str) -> str:
        if aid in pages:
            return f'<td><a href="{esc(page_name(aid))}"><code>{esc(aid)}</code></a></td>'
        return f"<td><code>{esc(aid)}</code></td>"

    arts = html_table(
        ARTICLE_COLUMNS,
        (
            [
                article_cell(a["article_id"]),
                f"<td>{esc(a['title'] or '—')}</td>",
                f"<td>{esc(a['outlet'] or '—')}</td>",
                f"<td>{esc(a['published'] or '—')}</td>",
                *(num_cell(s[k]) for k in ("words", "tokens", "sentences", "entities", "quotes")),
            ]
            for a, s in zip(
                tables["articles"].sort("article_id").iter_rows(named=True),
                stats.articles.iter_rows(named=True),
                strict=True,
            )
        ),
        num_from=4,
    )
    rows = html_table(
        ["table", "rows"],
        ([f"<td><code>{esc(n)}</code></td>", num_cell(r)] for n, r in stats.rows.items()),
        num_from=1,
    )
    speakers = html_table(
        ["speaker", "speaker_entity_id", "quotes", "direct", "partial", "indirect", "articles"],
        (
            [f"<td>{esc(r[0])}</td>", f"<td><code>{esc(r[1] or '')}</code></td>"]
            + [num_cell(v) for v in r[2:]]
            for r in stats.speakers.head(TOP_SPEAKERS).rows()
        ),
        num_from=2,
    )
    top = stats.entities.head(TOP_ENTITIES)
    chart = svg_bars(
        [
            (f"{r[1]} ({r[2]})", r[5], f"{r[5]:.1f}", LABEL_COLOURS.get(r[2], DEFAULT_COLOUR))
            for r in top.rows()
        ],
        "Top entities by mentions per article",
    )
    labels = svg_bars(
        [
            (r[0], r[1], str(r[1]), LABEL_COLOURS.get(r[0], DEFAULT_COLOUR))
            for r in stats.labels.rows()
        ],
        "Entity mentions by label",
    )
    words = stats.articles["words"]
    summary = (
        f"{words.sum()} words in all; per article min {words.min()}, median "
        f"{words.median():.0f}, mean {words.mean():.0f}, max {words.max()}."
        if stats.n_articles
        else "No articles."
    )
    body = f"""<header><h1>Trump–Putin call coverage corpus: annotations</h1>
<p class="meta"><span>version {esc(__version__)}</span><span>{stats.n_articles} articles</span>\
<span>{stats.rows["entities"]} entity mentions</span><span>{stats.rows["quotes"]} quotes</span></p>
<p>One page per article shows its text with entity mentions highlighted by label, quotes
marked with speaker and cue, speakers underlined and boilerplate greyed out.</p>
{legend_html(LABEL_COLOURS)}
</header>
<main>
<section id="articles"><h2>Articles</h2>
{arts}
<p>Words: runs of letters or digits in body sentences (boilerplate excluded). {esc(summary)}</p>
</section>
<section id="rows"><h2>Rows per table</h2>
{rows}
</section>
<section id="speakers"><h2>Top speakers by quote count</h2>
{speakers}
</section>
<section id="top-entities"><h2>Top entities by mentions per article</h2>
<p>Mentions of one <code>entity_id</code> divided by the {stats.n_articles} articles.</p>
{chart}
</section>
<section id="labels"><h2>Entity mentions by label</h2>
{labels}
</section>
</main>
{footer_html()}"""
    return page_html("Trump–Putin call coverage corpus: annotations", body)


def write(
    out_dir: Path,
    article_ids: Sequence[str] | None = None,
    tables: dict[str, pl.DataFrame] | None = None,
) -> list[Path]:
    """Write a page per article (all, or ``article_ids``) and ``index.html``; return the paths.

    Raises KeyError naming the known articles when an id is unknown.
    """
    tables = tables if tables is not None else load_tables()
    known = tables["articles"]["article_id"].to_list()
    wanted = list(dict.fromkeys(article_ids)) if article_ids else known
    unknown = [a for a in wanted if a not in known]
    if unknown:
        raise KeyError(
            f"unknown article {', '.join(map(repr, unknown))}; the articles are: "
            + ", ".join(known)
        )
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for aid in wanted:
        file = out_dir / page_name(aid)
        file.write_text(article_page(aid, tables), encoding="utf-8")
        written.append(file)
    pages = {aid for aid in known if (out_dir / page_name(aid)).is_file()}
    index = out_dir / "index.html"
    index.write_text(index_page(tables, compute(tables), pages), encoding="utf-8")
    return [*written, index]
