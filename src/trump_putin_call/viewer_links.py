"""The viewer's cross-article sections of an article page (issue 16).

- **Also elsewhere**: each passage of the article aligned with a passage of another
  article (``alignments``: reused verbatim or near-verbatim, or the same fact in other
  words), linked to the aligned passage's row on the other article's page.
- **Other reports**: each quote whose utterance is reported more than once (``utterances``,
  ``quotes.utterance_id``), with links to its other reports in this or other articles.

Each row's id is ``passage-{alignment_id}-{a|b}`` (this article's side), so the other page
can link straight to it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trump_putin_call.viewer_spans import _frag, esc, page_name

if TYPE_CHECKING:
    import polars as pl


def passage_anchor(alignment_id: str, side: str) -> str:
    """The id of the row showing side ``side`` (``a`` or ``b``) of an alignment."""
    return f"passage-{alignment_id}-{side}"


def _link(article_id: str, here: str, anchor: str) -> str:
    page = "" if article_id == here else page_name(article_id)
    return f"{page}#{_frag(anchor)}"


def passages_section(article_id: str, alignments: pl.DataFrame) -> str:
    """The article's aligned passages and where else each appears."""
    import polars as pl

    mine = alignments.filter(
        (pl.col("article_id_a") == article_id) | (pl.col("article_id_b") == article_id)
    )
    rows = []
    for r in mine.iter_rows(named=True):
        side, other = ("a", "b") if r["article_id_a"] == article_id else ("b", "a")
        start, end = r[f"start_char_{side}"], r[f"end_char_{side}"]
        rows.append((start, end, r["alignment_id"], side, other, r))
    rows.sort()
    out = [
        f'<section id="passages"><h2>Also elsewhere ({len(rows)} passages)</h2>',
        "<table><thead><tr><th>passage here</th><th>kind</th><th>score</th>"
        "<th>in article</th><th>there</th></tr></thead><tbody>",
    ]
    for start, end, aid, side, other, r in rows:
        there = r[f"article_id_{other}"]
        href = esc(_link(there, article_id, passage_anchor(aid, other)))
        out.append(
            f'<tr id="{esc(passage_anchor(aid, side))}">'
            f"<td>{esc(r[f'text_{side}'])} <small>[{start}:{end}]</small></td>"
            f"<td>{esc(r['kind'])}</td><td>{r['score']:.2f}</td>"
            f'<td><a href="{href}"><code>{esc(there)}</code></a></td>'
            f"<td>{esc(r[f'text_{other}'])}</td></tr>"
        )
    out.append("</tbody></table></section>")
    return "\n".join(out)


def reports_section(article_id: str, quotes: pl.DataFrame, utterances: pl.DataFrame) -> str:
    """The article's quotes that other quotes report too, with links to those reports."""
    import polars as pl

    shared = utterances.filter(pl.col("n_quotes") > 1).select("utterance_id", "n_articles")
    linked = quotes.join(shared, on="utterance_id", how="semi")
    mine = linked.filter(pl.col("article_id") == article_id).sort("quote_id")
    out = [
        f'<section id="reports"><h2>Other reports ({mine.height} quotes)</h2>',
        "<table><thead><tr><th>quote</th><th>utterance</th><th>text</th>"
        "<th>other reports</th></tr></thead><tbody>",
    ]
    cols = ("quote_id", "article_id", "quote_type", "text")
    for q in mine.iter_rows(named=True):
        others = linked.filter(
            (pl.col("utterance_id") == q["utterance_id"]) & (pl.col("quote_id") != q["quote_id"])
        ).sort("article_id", "quote_id")
        links = [
            f'<li><a href="{esc(_link(aid, article_id, "quote-" + qid))}"><code>{esc(qid)}'
            f"</code></a> {esc(kind)}: “{esc(text)}”</li>"
            for qid, aid, kind, text in others.select(*cols).iter_rows()
        ]
        out.append(
            f'<tr id="reports-{esc(q["quote_id"])}">'
            f'<td><a href="#{esc(_frag("quote-" + q["quote_id"]))}"><code>'
            f"{esc(q['quote_id'])}</code></a></td><td><code>{esc(q['utterance_id'])}</code></td>"
            f"<td>{esc(q['text'])}</td><td><ul>{''.join(links)}</ul></td></tr>"
        )
    out.append("</tbody></table></section>")
    return "\n".join(out)
