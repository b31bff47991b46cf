"""Stage 6: the annotated articles as the per-article tables, ids assigned, rows sorted by key."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trump_putin_call.pipeline.annotate import Annotated
from trump_putin_call.pipeline.blocks import dateline_of, title_of
from trump_putin_call.pipeline.sources import SourceMeta
from trump_putin_call.schemas import ARTICLE_TABLES, arrow_schema, field_names, table_schema

if TYPE_CHECKING:
    import polars as pl
    import pyarrow as pa


def _ids(prefix: str, n: int, width: int) -> list[str]:
    """Zero-padded numbers that sort in document order (wider when an article needs it)."""
    width = max(width, len(str(n)))
    return [f"{prefix}{i:0{width}d}" for i in range(1, n + 1)]


def rows(
    annotated: list[Annotated], meta: dict[str, SourceMeta]
) -> dict[str, list[dict[str, Any]]]:
    """Row dicts per per-article table for every article (after corpus-level entity
    linking); ``quotes.utterance_id`` is left None for the cross-article stage to fill."""
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in ARTICLE_TABLES}
    for art in annotated:
        aid = art.raw.source.article_id
        info = meta.get(art.raw.source.source_path, SourceMeta())
        for b in art.blocks:
            out["blocks"].append(
                {
                    "article_id": aid,
                    "block_index": b.index,
                    "block_type": b.type,
                    "start_char": b.start,
                    "end_char": b.end,
                    "text": b.text,
                    "boilerplate_rule": b.rule,
                }
            )
        sentence_ids = _ids(f"{aid}:s", len(art.sentences), 4)
        sid_of = {}
        for sid, s in zip(sentence_ids, art.sentences, strict=True):
            sid_of[(s.block.index, s.index)] = sid
            out["sentences"].append(
                {
                    "sentence_id": sid,
                    "article_id": aid,
                    "block_index": s.block.index,
                    "sentence_index": s.index,
                    "block_type": s.block.type,
                    "start_char": s.start,
                    "end_char": s.end,
                    "text": art.raw.text[s.start : s.end],
                    "n_tokens": s.n_tokens,
                    "method": art.method,
                }
            )
        for mid, m in zip(_ids(f"{aid}:e", len(art.mentions), 4), art.mentions, strict=True):
            out["entities"].append(
                {
                    "mention_id": mid,
                    "article_id": aid,
                    "sentence_id": sid_of[(m.sentence.block.index, m.sentence.index)],
                    "start_char": m.start,
                    "end_char": m.end,
                    "text": m.text,
                    "label": m.label,
                    "entity_id": m.entity_id,
                    "canonical_name": m.canonical,
                    "method": "+".join(m.rules),
                }
            )
        quote_ids = _ids(f"{aid}:q", len(art.quotes), 3)
        first_of_group: dict[int, str] = {}
        for qid, q in zip(quote_ids, art.quotes, strict=True):
            first_of_group.setdefault(q.group, qid)
            speaker = q.speaker
            out["quotes"].append(
                {
                    "quote_id": qid,
                    "article_id": aid,
                    "sentence_id": sid_of[(q.sentence.block.index, q.sentence.index)],
                    "quote_type": q.quote_type,
                    "text": q.text,
                    "start_char": q.start,
                    "end_char": q.end,
                    "quote_group": first_of_group[q.group],
                    "closed": q.closed,
                    "speaker_text": q.speaker_text,
                    "speaker_start": q.speaker_start,
                    "speaker_end": q.speaker_end,
                    "speaker_name": speaker.canonical if speaker else q.speaker_name,
                    "speaker_entity_id": speaker.entity_id if speaker else None,
                    "cue": q.cue,
                    "cue_lemma": q.cue_lemma,
                    "method": "+".join(q.rules),
                    "utterance_id": None,
                }
            )
        out["articles"].append(
            {
                "article_id": aid,
                "source_path": art.raw.source.source_path,
                "source_sha256": art.raw.sha256,
                "source_bytes": art.raw.n_bytes,
                "source_encoding": art.raw.encoding,
                "language": art.language,
                "title": info.title if info.has_title else title_of(art.blocks),
                "dateline": dateline_of(art.blocks),
                "outlet": info.outlet,
                "url": info.url,
                "published": info.published,
                "license": info.license,
                "text": art.raw.text,
                "duplicate_of": art.raw.duplicate_of,
                "n_blocks": len(art.blocks),
                "n_sentences": len(art.sentences),
                "n_tokens": sum(s.n_tokens for s in art.sentences),
                "n_entities": len(art.mentions),
                "n_quotes": len(art.quotes),
            }
        )
    return out


def to_arrow(name: str, records: list[dict[str, Any]], metadata: dict[str, str]) -> pa.Table:
    """An Arrow table in the schema's column order and types, sorted by primary key."""
    import pyarrow as pa

    key = table_schema(name)["primaryKey"]
    records = sorted(records, key=lambda r: tuple(r[k] for k in key))
    schema = arrow_schema(name, metadata)
    columns = {f: [r[f] for r in records] for f in field_names(name)}
    return pa.Table.from_pydict(columns, schema=schema)


def frame_to_arrow(name: str, frame: pl.DataFrame, metadata: dict[str, str]) -> pa.Table:
    """:func:`to_arrow` of a polars frame, without a Python object per value (the
    cross-article tables run to millions of rows)."""
    import pyarrow as pa

    schema = arrow_schema(name, metadata)
    ordered = frame.sort(table_schema(name)["primaryKey"], maintain_order=True)
    table = ordered.select(field_names(name)).to_arrow()
    arrays = [table.column(f.name).cast(f.type).combine_chunks() for f in schema]
    return pa.Table.from_arrays(arrays, schema=schema)
