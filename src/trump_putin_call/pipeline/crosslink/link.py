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
from trump_putin_call.pipeline.crosslink.units import Unit, by_position, units

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


def _alignment_rows(
    passages: list[reuse.Passage],
    para: list[tuple[Unit, Unit, float]],
    texts: dict[str, str],
) -> dict[str, list[object]]:
    """The alignments table's columns: passages and paraphrases in id order."""
    reuse_method, para_method = _methods()
    rows = []
    for p in passages:
        a0, a1 = p.matches[0].a, p.matches[-1].a
        b0, b1 = p.matches[0].b, p.matches[-1].b
        rows.append(
            (a0.article_id, a0.start, a1.end, b0.article_id, b0.start, b1.end, p.kind, p.score)
        )
    for a, b, score in para:
        rows.append(
            (a.article_id, a.start, a.end, b.article_id, b.start, b.end, "paraphrase", score)
        )
    rows.sort(key=lambda r: (r[0], r[1], r[3], r[4], r[2], r[5], r[6]))
    totals = Counter(row[0] for row in rows)
    names = list(polars_schema("alignments"))
    cols: dict[str, list[object]] = {name: [] for name in names}
    count: dict[str, int] = defaultdict(int)
    for aa, sa, ea, ab, sb, eb, kind, score in rows:
        count[aa] += 1
        width = max(4, len(str(totals[aa])))
        values = (
            f"{aa}:a{count[aa]:0{width}d}",
            aa,
            sa,
            ea,
            texts[aa][sa:ea],
            ab,
            sb,
            eb,
            texts[ab][sb:eb],
            kind,
            score,
            para_method if kind == "paraphrase" else reuse_method,
        )
        for name, value in zip(names, values, strict=True):
            cols[name].append(value)
    return cols


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
    positions = by_position(unit_map)

    # Reuse: map (band keys), reduce (buckets → candidates), verify and extend, passages.
    if keys is None:
        keys = minhash.signatures(sentences)
    pairs, skipped = candidates_module.pairs(keys, max_bucket)
    found = reuse.matches(
        list(pairs.select("sentence_id_a", "sentence_id_b").iter_rows()), unit_map, positions
    )
    passages = reuse.passages(found)
    reused = {(m.a.sentence_id, m.b.sentence_id) for m in found}

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
    para = [
        (unit_map[a], unit_map[b], score)
        for a, b, score in paraphrase.align(term_lists, article_of, article_entities)
        if (a, b) not in reused
    ]

    alignments = pl.DataFrame(
        _alignment_rows(passages, para, texts), schema=polars_schema("alignments")
    )

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
