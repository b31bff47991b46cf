"""The cross-article stage in one call: built per-article tables in, utterances and alignments out.

:func:`crosslink` runs the steps in map/reduce order, each a plain function the
distributed build can place where it wants:

1. map (per article or part): :func:`.minhash.signatures` (band keys) and
   :func:`.paraphrase.terms` (stems and entity ids) of each sentence;
2. reduce (corpus): :func:`.candidates.pairs` (band key buckets → candidate pairs) and
   :func:`.paraphrase.document_frequencies`;
3. per candidate: :func:`.reuse.matches` (verify, extend), :func:`.reuse.passages`,
   paraphrase scores; then :func:`.utterances.link` over the quotes.

The result depends only on the tables' contents: every step sorts explicitly and every
score is rounded before it is compared with a threshold.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING

from trump_putin_call.pipeline.crosslink import candidates as candidates_module
from trump_putin_call.pipeline.crosslink import minhash, paraphrase, reuse, utterances
from trump_putin_call.pipeline.crosslink.tables import polars_schema
from trump_putin_call.pipeline.crosslink.text import content_stems
from trump_putin_call.pipeline.crosslink.units import Unit, units

#: The columns of the per-article tables the stage reads.
COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("article_id", "text"),
    "sentences": ("sentence_id", "article_id", "start_char", "end_char", "text", "block_type"),
    "entities": ("article_id", "sentence_id", "entity_id", "label", "start_char", "end_char"),
    "quotes": (
        "quote_id",
        "article_id",
        "quote_type",
        "text",
        "start_char",
        "end_char",
        "quote_group",
        "speaker_entity_id",
        "speaker_name",
    ),
}


if TYPE_CHECKING:
    import polars as pl

TABLES_IN = ("articles", "sentences", "quotes", "entities")
#: Sentences in these blocks carry no claim of their own and are not paraphrase-aligned.
NO_PARAPHRASE = frozenset({"heading"})


@dataclass(frozen=True)
class CrossLinks:
    """The stage's output: two new tables and the quotes' ``utterance_id`` column."""

    utterances: pl.DataFrame
    alignments: pl.DataFrame
    quote_utterance: pl.DataFrame  # quote_id, utterance_id (every quote, sorted)
    #: Band buckets skipped as formulaic text (see :mod:`.candidates`): worth a log line.
    skipped_buckets: int = 0


def read_package(folder: Path) -> dict[str, pl.DataFrame]:
    """The input tables of a built package folder (its ``datapackage.json``; parts concatenated)."""
    import polars as pl

    folder = Path(folder)
    descriptor = folder / "datapackage.json"
    try:
        resources = {r["name"]: r for r in json.loads(descriptor.read_text("utf-8"))["resources"]}
    except (OSError, ValueError, KeyError) as exc:
        raise ValueError(f"{descriptor}: not a readable data package descriptor ({exc})") from exc
    out = {}
    for name in TABLES_IN:
        if name not in resources:
            raise ValueError(f"{descriptor}: no '{name}' resource; build the package first")
        paths = resources[name]["path"]
        paths = [paths] if isinstance(paths, str) else paths
        out[name] = pl.concat([pl.read_parquet(folder / p) for p in paths], how="vertical")
    return out


def _methods() -> tuple[str, str]:
    reuse_method = (
        f"datasketch-{version('datasketch')}:{minhash.Params().token}"
        f"+rapidfuzz-{version('rapidfuzz')}:indel_words({reuse.NEAR:.2f})+rule:extend_neighbours"
    )
    para_method = (
        f"snowballstemmer-{version('snowballstemmer')}:{paraphrase.TOKEN}"
        f"+rule:cosine({paraphrase.THRESHOLD:.2f})"
    )
    return reuse_method, para_method


def _alignments(
    passages: pl.DataFrame,
    para: list[tuple[Unit, Unit, float]],
    texts: dict[str, str],
) -> pl.DataFrame:
    """The alignments table: passages (:func:`.reuse.passages`) and paraphrases, numbered
    per article in (start_a, article_b, start_b, end_a, end_b, kind) order."""
    import polars as pl

    reuse_method, para_method = _methods()
    names = list(polars_schema("alignments"))
    spans = names[1:4] + names[5:8]  # article, start and end of a, then of b
    found = passages.rename(dict(zip(passages.columns[:6], spans, strict=True)))
    paraphrases = pl.DataFrame(
        [(a.article_id, a.start, a.end, b.article_id, b.start, b.end) for a, b, _ in para],
        schema={c: found.schema[c] for c in spans},
        orient="row",
    ).with_columns(
        kind=pl.lit("paraphrase"), score=pl.Series([s for _, _, s in para], dtype=pl.Float64)
    )
    rows = pl.concat([found, paraphrases]).sort(
        "article_id_a",
        "start_char_a",
        "article_id_b",
        "start_char_b",
        "end_char_a",
        "end_char_b",
        "kind",
        maintain_order=True,
    )
    number = (pl.int_range(pl.len()) + 1).over("article_id_a").cast(pl.String)
    width = pl.len().over("article_id_a").cast(pl.String).str.len_chars().clip(lower_bound=4)
    rows = rows.with_columns(
        alignment_id=pl.col("article_id_a") + ":a" + number.str.zfill(width),
        text_a=_slices(rows, "a", texts),
        text_b=_slices(rows, "b", texts),
        method=pl.when(pl.col("kind") == "paraphrase")
        .then(pl.lit(para_method))
        .otherwise(pl.lit(reuse_method)),
    )
    return rows.select(names).cast(polars_schema("alignments"))


def _slices(rows: pl.DataFrame, side: str, texts: dict[str, str]) -> pl.Series:
    """Each row's text on ``side`` ("a" or "b"), cut from its article's text (in chunks:
    a million rows' texts as Python strings at once would double the stage's memory)."""
    import polars as pl

    cols = [f"article_id_{side}", f"start_char_{side}", f"end_char_{side}"]
    parts = [
        pl.Series([texts[a][s:e] for a, s, e in chunk.iter_rows()], dtype=pl.String)
        for chunk in rows.select(cols).iter_slices(100_000)
    ]
    return pl.concat(parts) if parts else pl.Series([], dtype=pl.String)


def _reused(aligned: list[tuple[str, str, float]], found: pl.DataFrame) -> set[tuple[str, str]]:
    """The paraphrase pairs that are also reuse matches (they are written once, as reuse)."""
    import polars as pl

    pair = ["sentence_id_a", "sentence_id_b"]
    para = pl.DataFrame(
        [(a, b) for a, b, _ in aligned], schema=dict.fromkeys(pair, pl.String), orient="row"
    )
    return set(para.join(found.select(pair), on=pair, how="semi").iter_rows())


def crosslink(
    tables: dict[str, pl.DataFrame] | Path,
    max_bucket: int = candidates_module.MAX_BUCKET,
    keys: pl.DataFrame | None = None,
) -> CrossLinks:
    """Utterances, alignments and the quote → utterance map of a built corpus.

    ``tables``: the built ``articles``, ``sentences``, ``quotes`` and ``entities`` as polars
    frames, or a package folder (see :func:`read_package`). ``keys``: the sentences' band
    keys when the map step already computed them where the articles were
    (:func:`.minhash.signatures`, in any order); computed here otherwise.
    """
    import polars as pl

    if not isinstance(tables, dict):
        tables = read_package(Path(tables))
    missing = [t for t in TABLES_IN if t not in tables]
    if missing:
        raise ValueError(
            f"crosslink needs the tables {', '.join(TABLES_IN)}; missing: {', '.join(missing)}"
        )
    texts = dict(tables["articles"].select("article_id", "text").iter_rows())
    sentences = tables["sentences"]
    unit_map = units(sentences)

    # Reuse: map (band keys), reduce (buckets → candidates), verify and extend, passages.
    if keys is None:
        keys = minhash.signatures(sentences)
    pairs, skipped = candidates_module.pairs(keys, max_bucket)
    found = reuse.matches(pairs, reuse.unit_frame(unit_map))
    del pairs  # the largest frame of the stage: let it go before the next step
    passages = reuse.passages(found)

    # Paraphrase: map (terms), reduce (document frequencies), score candidates.
    entity_ids: dict[str, list[str]] = defaultdict(list)
    article_entities: dict[str, Counter[str]] = defaultdict(Counter)
    cols = ("article_id", "sentence_id", "entity_id", "label")
    for aid, sid, eid, label in tables["entities"].select(*cols).iter_rows():
        if eid is not None and label not in paraphrase.SKIP_LABELS:
            entity_ids[sid].append(eid)
            article_entities[aid][eid] += 1
    term_lists = {
        sid: paraphrase.terms(u.text, entity_ids.get(sid, ()))
        for sid, u in unit_map.items()
        if u.block_type not in NO_PARAPHRASE and len(u.words) >= paraphrase.MIN_WORDS
    }
    article_of = {sid: u.article_id for sid, u in unit_map.items()}
    aligned = paraphrase.align(term_lists, article_of, article_entities)
    reused = _reused(aligned, found)
    del found
    para = [(unit_map[a], unit_map[b], score) for a, b, score in aligned if (a, b) not in reused]

    alignments = _alignments(passages, para, texts)

    # Utterances: quote groups of one speaker, linked by their words or their context.
    quote_rows = [
        utterances.Quote(*row) for row in tables["quotes"].select(*COLUMNS["quotes"]).iter_rows()
    ]
    context_of = contexts(quote_rows, unit_map, tables["entities"])
    utterance_of, linked_by = utterances.link(quote_rows, context_of)
    utterance_rows = _utterance_rows(quote_rows, utterance_of, linked_by)
    quote_utterance = pl.DataFrame(
        sorted(utterance_of.items(), key=lambda kv: utterances.sort_key(kv[0])),
        schema={"quote_id": pl.String, "utterance_id": pl.String},
        orient="row",
    )
    return CrossLinks(
        pl.DataFrame(utterance_rows, schema=polars_schema("utterances")),
        alignments,
        quote_utterance,
        skipped,
    )


def contexts(
    quotes: list[utterances.Quote], unit_map: dict[str, Unit], entities: pl.DataFrame
) -> dict[str, set[str]]:
    """quote_id → content stems of the sentences the quote overlaps, entity mentions blanked."""
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for aid, start, end in entities.select("article_id", "start_char", "end_char").iter_rows():
        spans[aid].append((start, end))
    by_article: dict[str, list[Unit]] = defaultdict(list)
    for u in unit_map.values():
        by_article[u.article_id].append(u)
    cache: dict[str, set[str]] = {}
    out: dict[str, set[str]] = {}
    for q in quotes:
        stems: set[str] = set()
        for u in by_article[q.article_id]:
            if not (u.start < q.end and q.start < u.end):
                continue
            if u.sentence_id not in cache:
                chars = list(u.text)
                for s, e in spans[u.article_id]:
                    for i in range(max(s, u.start), min(e, u.end)):
                        chars[i - u.start] = " "
                cache[u.sentence_id] = set(content_stems("".join(chars)))
            stems |= cache[u.sentence_id]
        out[q.quote_id] = stems
    return out


def _utterance_rows(
    quotes: list[utterances.Quote], utterance_of: dict[str, str], linked_by: dict[str, set[str]]
) -> list[dict[str, object]]:
    members: dict[str, list[utterances.Quote]] = defaultdict(list)
    for q in quotes:
        members[utterance_of[q.quote_id]].append(q)
    rows = []
    for uid in sorted(members, key=utterances.sort_key):
        qs = members[uid]
        rep = utterances.representative(qs)
        rules = sorted(linked_by.get(uid, ())) or ["rule:single_group"]
        rows.append(
            {
                "utterance_id": uid,
                "speaker_entity_id": rep.speaker_entity_id,
                "speaker_name": utterances.speaker_name(qs),
                "quote_id": rep.quote_id,
                "text": rep.text,
                "n_quotes": len(qs),
                "n_articles": len({q.article_id for q in qs}),
                "method": "+".join(
                    [*(["rule:same_speaker"] if linked_by.get(uid) else []), *rules]
                ),
            }
        )
    return rows
