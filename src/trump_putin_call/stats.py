"""The statistics a reader wants first, computed from the tables (never written by hand).

They go into the README between the ``stats`` markers (``nox -s docs``, ``nox -s build``;
a test fails when they drift from ``build/``), into the viewer's index page, and to the
terminal with ``trump-putin-call stats``:

- rows per table;
- words per article (runs of letters or digits joined by apostrophes, hyphens or dots, in
  body sentences: boilerplate, datelines and whitespace excluded) beside spaCy's tokens;
- top speakers by quote count (quotes grouped by ``speaker_name``);
- top entities by mentions per article (mentions of one ``entity_id`` divided by the
  number of articles in the corpus), and mentions per label, with text bar charts;
- across articles: the most-reported utterances (by articles, then quotes) and the article
  pairs that share the most text (characters of reused passages, verbatim or
  near-verbatim, in the first article; then same-fact paraphrase pairs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from trump_putin_call.schemas import TABLES

if TYPE_CHECKING:
    import polars as pl

START, END = "<!-- stats:start -->", "<!-- stats:end -->"
#: What counts as a word (polars/Rust regex): "Trump’s", "US-Russia" and "2025" are one each.
WORD = r"\w+(?:['’.\-]\w+)*"
UNRESOLVED = "(unresolved)"
TOP_SPEAKERS = 10
TOP_ENTITIES = 15
TOP_UTTERANCES = 10
TOP_PAIRS = 10
REUSE_KINDS = ("verbatim", "near-verbatim")
MAX_ARTICLE_ROWS = 20
BAR_WIDTH = 30


@dataclass(frozen=True)
class Stats:
    """Summary tables of the corpus, each a small polars DataFrame."""

    rows: dict[str, int]
    #: article_id, title, outlet, words, tokens, sentences, entities, quotes
    articles: pl.DataFrame
    #: speaker, speaker_entity_id, quotes, direct, partial, indirect, articles
    speakers: pl.DataFrame
    #: entity_id, canonical_name, label, mentions, articles, per_article
    entities: pl.DataFrame
    #: label, mentions
    labels: pl.DataFrame
    #: utterance_id, speaker_name, articles, quotes, text (most reported first)
    utterances: pl.DataFrame
    #: article_id_a, article_id_b, reused_chars, share_a, reuse_passages, paraphrases
    pairs: pl.DataFrame

    @property
    def n_articles(self) -> int:
        return self.rows["articles"]


def load_tables(build_dir: Path | None = None) -> dict[str, pl.DataFrame]:
    """Every table: from ``build_dir`` when given, else through the loader (checksums checked)."""
    import polars as pl

    if build_dir is not None:
        return {name: pl.read_parquet(Path(build_dir) / f"{name}.parquet") for name in TABLES}
    import trump_putin_call as t

    return {name: t.load(name) for name in TABLES}


def compute(tables: dict[str, pl.DataFrame] | None = None) -> Stats:
    """The statistics of ``tables`` (default: the published tables)."""
    import polars as pl

    tables = tables if tables is not None else load_tables()
    articles, sentences = tables["articles"], tables["sentences"]
    entities, quotes = tables["entities"], tables["quotes"]
    n_articles = articles.height

    words = sentences.group_by("article_id").agg(
        pl.col("text").str.count_matches(WORD).sum().alias("words")
    )
    per_article = (
        articles.select(
            "article_id",
            "title",
            "outlet",
            pl.col("n_tokens").alias("tokens"),
            pl.col("n_sentences").alias("sentences"),
            pl.col("n_entities").alias("entities"),
            pl.col("n_quotes").alias("quotes"),
        )
        .join(words, on="article_id", how="left")
        .with_columns(pl.col("words").fill_null(0).cast(pl.Int64))
        .select("article_id", "title", "outlet", "words", "tokens", *_COUNTS)
        .sort("article_id")
    )

    speakers = (
        quotes.with_columns(pl.col("speaker_name").fill_null(UNRESOLVED).alias("speaker"))
        .group_by("speaker")
        .agg(
            # The most frequent entity id of the speaker (ties broken by the id).
            pl.col("speaker_entity_id").drop_nulls().mode().sort().first(),
            pl.len().alias("quotes"),
            *[(pl.col("quote_type") == k).sum().alias(k) for k in _QUOTE_TYPES],
            pl.col("article_id").n_unique().alias("articles"),
        )
        .with_columns(pl.col("quotes", *_QUOTE_TYPES, "articles").cast(pl.Int64))
        .sort(["quotes", "speaker"], descending=[True, False])
        .select("speaker", "speaker_entity_id", "quotes", *_QUOTE_TYPES, "articles")
    )

    top_entities = (
        entities.group_by("entity_id")
        .agg(
            pl.col("canonical_name").mode().sort().first(),
            pl.col("label").mode().sort().first(),
            pl.len().alias("mentions"),
            pl.col("article_id").n_unique().alias("articles"),
        )
        .with_columns(
            pl.col("mentions", "articles").cast(pl.Int64),
            (pl.col("mentions") / max(n_articles, 1)).alias("per_article"),
        )
        .sort(["mentions", "entity_id"], descending=[True, False])
        .select("entity_id", "canonical_name", "label", "mentions", "articles", "per_article")
    )

    labels = (
        entities.group_by("label")
        .agg(pl.len().cast(pl.Int64).alias("mentions"))
        .sort(["mentions", "label"], descending=[True, False])
    )
    return Stats(
        rows={name: tables[name].height for name in TABLES},
        articles=per_article,
        speakers=speakers,
        entities=top_entities,
        labels=labels,
        utterances=_utterances(tables["utterances"]),
        pairs=_pairs(tables["alignments"], tables["articles"]),
    )


def _utterances(utterances: pl.DataFrame) -> pl.DataFrame:
    """Utterances reported more than once, most articles first (then quotes, then id)."""
    import polars as pl

    return (
        utterances.filter(pl.col("n_quotes") > 1)
        .select(
            "utterance_id",
            "speaker_name",
            pl.col("n_articles").alias("articles"),
            pl.col("n_quotes").alias("quotes"),
            "text",
        )
        .sort(["articles", "quotes", "utterance_id"], descending=[True, True, False])
    )


def _pairs(alignments: pl.DataFrame, articles: pl.DataFrame) -> pl.DataFrame:
    """Article pairs by the text they share: reused characters of article a, then paraphrases."""
    import polars as pl

    lengths = articles.select(
        pl.col("article_id").alias("article_id_a"),
        pl.col("text").str.len_chars().alias("length_a"),
    )
    reuse = pl.col("kind").is_in(REUSE_KINDS)
    return (
        alignments.group_by("article_id_a", "article_id_b")
        .agg(
            (pl.col("end_char_a") - pl.col("start_char_a"))
            .filter(reuse)
            .sum()
            .alias("reused_chars"),
            reuse.sum().cast(pl.Int64).alias("reuse_passages"),
            (~reuse).sum().cast(pl.Int64).alias("paraphrases"),
        )
        .join(lengths, on="article_id_a", how="left")
        .with_columns(
            pl.col("reused_chars").cast(pl.Int64),
            (pl.col("reused_chars") / pl.col("length_a").clip(1)).alias("share_a"),
        )
        .sort(
            ["reused_chars", "paraphrases", "article_id_a", "article_id_b"],
            descending=[True, True, False, False],
        )
        .select(
            "article_id_a",
            "article_id_b",
            "reused_chars",
            "share_a",
            "reuse_passages",
            "paraphrases",
        )
    )


_COUNTS = ("sentences", "entities", "quotes")
_QUOTE_TYPES = ("direct", "partial", "indirect")


def bar(value: float, maximum: float, width: int = BAR_WIDTH) -> str:
    """A bar of block characters, ``width`` long at ``maximum`` (eighths of a cell)."""
    if maximum <= 0 or value <= 0:
        return ""
    eighths = round(value / maximum * width * 8)
    full, rest = divmod(max(eighths, 1), 8)
    return "█" * full + ("", "▏", "▎", "▍", "▌", "▋", "▊", "▉")[rest]


def _cell(value: object) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, float):
        return f"{value:.1f}"
    return re.sub(r"\s+", " ", str(value)).replace("|", "\\|")


def _table(header: list[str], rows: list[list[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def _chart(rows: list[tuple[str, float, str]]) -> str:
    """A text bar chart in a code block: label, bar, value."""
    width = max(len(label) for label, _, _ in rows)
    top = max(value for _, value, _ in rows)
    lines = [
        f"{label:<{width}}  {bar(value, top):<{BAR_WIDTH + 1}} {shown}"
        for label, value, shown in rows
    ]
    return "```text\n" + "\n".join(line.rstrip() for line in lines) + "\n```"


def markdown(stats: Stats | None = None) -> str:
    """The statistics as Markdown (the README section between the markers)."""
    s = stats if stats is not None else compute()
    out = [f"**Rows per table** ({s.n_articles} articles)\n"]
    out.append(_table(["table", "rows"], [[f"`{n}`", r] for n, r in s.rows.items()]))

    words = s.articles["words"]
    out.append("\n**Words per article** (body sentences; boilerplate excluded)\n")
    if s.n_articles:
        out.append(
            f"{words.sum()} words in all; per article min {words.min()}, "
            f"median {words.median():.0f}, mean {words.mean():.0f}, max {words.max()}.\n"
        )
    shown = s.articles.head(MAX_ARTICLE_ROWS)
    out.append(
        _table(
            ["article", "title", "outlet", "words", "tokens", "sentences", "entities", "quotes"],
            [[f"`{r[0]}`", *r[1:]] for r in shown.rows()],
        )
    )
    if s.n_articles > MAX_ARTICLE_ROWS:
        out.append(f"\n… and {s.n_articles - MAX_ARTICLE_ROWS} more articles.")

    out.append(f"\n**Top speakers by quote count** (top {TOP_SPEAKERS})\n")
    top = s.speakers.head(TOP_SPEAKERS)
    out.append(
        _table(
            ["speaker", "speaker_entity_id", "quotes", *_QUOTE_TYPES, "articles"],
            [[r[0], f"`{r[1]}`" if r[1] else None, *r[2:]] for r in top.rows()],
        )
    )

    out.append(
        f"\n**Top entities by mentions per article** (top {TOP_ENTITIES}; mentions of one "
        f"`entity_id` divided by the {s.n_articles} articles)\n"
    )
    top = s.entities.head(TOP_ENTITIES)
    if top.height:
        out.append(_chart([(f"{r[1]} ({r[2]})", r[5], f"{r[5]:.1f}") for r in top.rows()]) + "\n")
    out.append(
        _table(
            ["entity", "label", "entity_id", "mentions", "articles", "per article"],
            [[r[1], r[2], f"`{r[0]}`", *r[3:]] for r in top.rows()],
        )
    )

    out.append("\n**Entity mentions by label**\n")
    if s.labels.height:
        out.append(_chart([(r[0], r[1], str(r[1])) for r in s.labels.rows()]))

    out.append(
        f"\n**Most-reported utterances** (top {TOP_UTTERANCES}; `utterances` with more than "
        "one quote, by articles then quotes)\n"
    )
    out.append(
        _table(
            ["utterance", "speaker", "articles", "quotes", "wording"],
            [
                [f"`{r[0]}`", r[1], r[2], r[3], _short(r[4])]
                for r in s.utterances.head(TOP_UTTERANCES).rows()
            ],
        )
        if s.utterances.height
        else "No utterance is reported more than once."
    )
    out.append(
        f"\n**Article pairs sharing the most text** (top {TOP_PAIRS}; characters of reused "
        "passages in the first article, its share of that article, then same-fact pairs)\n"
    )
    out.append(
        _table(
            [
                "article a",
                "article b",
                "reused chars",
                "share of a",
                "reuse passages",
                "paraphrases",
            ],
            [
                [f"`{r[0]}`", f"`{r[1]}`", r[2], f"{r[3]:.1%}", r[4], r[5]]
                for r in s.pairs.head(TOP_PAIRS).rows()
            ],
        )
        if s.pairs.height
        else "No two articles share text."
    )
    return "\n".join(out).strip() + "\n"


def _short(text: str, width: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def render(readme: str, stats: Stats | None = None) -> str:
    """``readme`` with the text between the stats markers replaced by fresh statistics."""
    pattern = re.compile(re.escape(START) + r".*?" + re.escape(END), re.S)
    if not pattern.search(readme):
        raise ValueError(f"README has no {START} … {END} markers")
    body = markdown(stats)
    return pattern.sub(lambda _: f"{START}\n{body}{END}", readme)


def main(argv: list[str] | None = None) -> None:
    """Rewrite README.md's statistics from ``build/`` (run in the repository root)."""
    import argparse

    p = argparse.ArgumentParser(prog="python -m trump_putin_call.stats", description=main.__doc__)
    p.add_argument("--readme", type=Path, default=Path("README.md"))
    p.add_argument("--build", type=Path, default=Path("build"), help="folder of the tables")
    args = p.parse_args(argv)
    stats = compute(load_tables(args.build))
    args.readme.write_text(render(args.readme.read_text("utf-8"), stats), encoding="utf-8")


if __name__ == "__main__":
    main()
