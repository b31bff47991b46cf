"""The cross-article stage inside the build: map where the articles are, reduce once,
then each part's share of the result written with that part's other tables.

1. **Map** (:func:`map_rows`, per batch of articles, in the process or on the worker that
   holds them): the few columns of their rows the stage reads, and their sentences' band
   keys (:func:`.minhash.signatures`).
2. **Reduce** (:func:`reduce`, once per corpus): the maps concatenated and linked
   (:func:`.link.crosslink`): candidate pairs come from band buckets and an inverted
   index, never from all pairs of articles.
3. **Split** (:func:`split`): each part's utterances, alignments and quote → utterance
   map. The partition contract for these corpus-level tables: an alignment goes to the
   part of ``article_id_a``, an utterance to the part of its first report (the article its
   id names); ``quotes.utterance_id``, ``utterances.quote_id`` and
   ``alignments.article_id_b`` may cross parts (:data:`trump_putin_call.parts.CORPUS_WIDE_KEYS`).

The result depends only on the rows, never on the batches, the parts or the engine. The
reduce holds the mapped columns of the whole corpus (article texts included) in one
process: what bounds the corpus one machine can link.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from trump_putin_call.pipeline.crosslink import minhash
from trump_putin_call.pipeline.crosslink.link import COLUMNS, CrossLinks, crosslink

if TYPE_CHECKING:
    import polars as pl

KEYS = "band_keys"


def map_rows(records: Mapping[str, list[dict[str, Any]]]) -> dict[str, pl.DataFrame]:
    """Map: the stage's columns of a batch's rows (:func:`.tables.rows`), and band keys."""
    import polars as pl
    import pyarrow as pa

    from trump_putin_call.schemas import arrow_schema

    out: dict[str, pl.DataFrame] = {}
    for name, cols in COLUMNS.items():
        full = arrow_schema(name)
        schema = pa.schema([full.field(c) for c in cols])
        rows = [{c: r[c] for c in cols} for r in records[name]]
        out[name] = pl.DataFrame(pl.from_arrow(pa.Table.from_pylist(rows, schema=schema)))
    out[KEYS] = minhash.signatures(out["sentences"])
    return out


def concat(maps: Iterable[Mapping[str, pl.DataFrame]]) -> dict[str, pl.DataFrame]:
    """Several maps as one (order does not matter: the reduce sorts)."""
    import polars as pl

    maps = list(maps)
    return {name: pl.concat([m[name] for m in maps], how="vertical") for name in [*COLUMNS, KEYS]}


def reduce(maps: Iterable[Mapping[str, pl.DataFrame]]) -> CrossLinks:
    """Reduce: the corpus's utterances, alignments and quote → utterance map."""
    tables = concat(maps)
    keys = tables.pop(KEYS)
    return crosslink(tables, keys=keys)


@dataclass(frozen=True)
class PartLinks:
    """One part's share: its quotes' utterance ids, its utterances and its alignments."""

    utterance_of: dict[str, str]
    utterances: pl.DataFrame
    alignments: pl.DataFrame


def _article_of(column: str) -> pl.Expr:
    """The article a ``{article_id}:…`` id names (article ids hold no colon)."""
    import polars as pl

    return pl.col(column).str.replace(r":[^:]*$", "")


def split(links: CrossLinks, parts: Sequence[Iterable[str]]) -> list[PartLinks]:
    """Each part's share; ``parts``: the article ids of each part."""
    import polars as pl

    out = []
    for ids in parts:
        keep = sorted(set(ids))
        qu = links.quote_utterance.filter(_article_of("quote_id").is_in(keep))
        utt = links.utterances.filter(_article_of("utterance_id").is_in(keep))
        ali = links.alignments.filter(pl.col("article_id_a").is_in(keep))
        out.append(PartLinks(dict(qu.iter_rows()), utt, ali))
    return out
