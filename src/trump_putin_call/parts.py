"""Partitioned tables: how part files are named, and how the descriptor describes them.

A corpus of more than ``articles_per_part`` articles is written as part files aligned by
article: article *i* (in ``article_id`` order) goes to part ``i // articles_per_part`` of
every table, so each part set is self-contained. Table ``name``'s part *k* is the file
``build/{name}/part-{k:05d}.parquet`` and the descriptor resource ``{name}-{k:05d}``: one
resource per file, because frictionless checks only the first file of a resource whose
``path`` is a list. A resource says which table and part it holds in the custom properties
:data:`TABLE_KEY` and :data:`PART_KEY`; its schema is the table's, inline, with its foreign
keys pointing at the same part's resources. A corpus within one part keeps the single-file
layout (``build/{name}.parquet``, resource ``name``, schema ``schemas/{name}.json``).
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from typing import Any

#: Articles per part file, by default. 50,000 articles of news (about 500 words each) make
#: part files of roughly 100–250 MB for the largest tables (sentences, articles, blocks)
#: and less for the others: big enough that a million articles are about twenty part
#: sets, small enough to load one part in memory, move it, or fetch it alone.
ARTICLES_PER_PART = 50_000
#: Resource properties naming the table and the part (0-based) a part resource holds.
TABLE_KEY = "trump-putin-call:table"
PART_KEY = "trump-putin-call:part"
DIGITS = 5
#: Foreign keys (table, first field) that may cross parts and so hold corpus-wide only:
#: a quote's utterance lies in the part of the utterance's first report, an utterance's
#: representative quote may be in any article reporting it, and an alignment (in the part
#: of ``article_id_a``) may point at an article ``b`` of another part. A part's schema
#: leaves them out; ``trump-putin-call validate`` checks them across the whole corpus.
CORPUS_WIDE_KEYS = frozenset(
    {("quotes", "utterance_id"), ("utterances", "quote_id"), ("alignments", "article_id_b")}
)


def part_ranges(n_articles: int, per_part: int) -> list[range]:
    """Article indices (in id order) of each part: ``[0, N)``, ``[N, 2N)``, …"""
    if per_part < 1:
        raise ValueError(f"articles per part must be at least 1, not {per_part}")
    return [range(i, min(i + per_part, n_articles)) for i in range(0, n_articles, per_part)]


def file_name(name: str, part: int, n_parts: int) -> str:
    """The file of ``name``'s part ``part``, relative to the tables folder."""
    if n_parts <= 1:
        return f"{name}.parquet"
    return f"{name}/part-{part:0{DIGITS}d}.parquet"


def resource_name(name: str, part: int, n_parts: int) -> str:
    return name if n_parts <= 1 else f"{name}-{part:0{DIGITS}d}"


def part_schema(table: str, schema: Mapping[str, Any], part: int, n_parts: int) -> dict[str, Any]:
    """``table``'s ``schema`` for one part: foreign keys point at the same part's resources.

    A self-reference (``articles.duplicate_of``, the first article with the same text) and
    the keys of :data:`CORPUS_WIDE_KEYS` may cross parts, so a part's schema leaves them
    out; ``trump-putin-call validate`` checks them across the whole corpus.
    """
    out = copy.deepcopy(dict(schema))
    keys = []
    for fk in out.get("foreignKeys", []):
        ref = fk["reference"]
        if ref["resource"] in ("", table) or (table, fk["fields"][0]) in CORPUS_WIDE_KEYS:
            continue
        ref["resource"] = resource_name(ref["resource"], part, n_parts)
        keys.append(fk)
    out["foreignKeys"] = keys
    return out


def table_of(res: Mapping[str, Any]) -> str:
    """The table a resource holds (its name, for a single-file table)."""
    return str(res.get(TABLE_KEY, res.get("name")))


def by_table(resources: Sequence[Mapping[str, Any]]) -> dict[str, list[Mapping[str, Any]]]:
    """Resources grouped by table, each table's parts in order."""
    out: dict[str, list[Mapping[str, Any]]] = {}
    for res in resources:
        out.setdefault(table_of(res), []).append(res)
    for parts in out.values():
        parts.sort(key=lambda r: r.get(PART_KEY, 0))
    return out
