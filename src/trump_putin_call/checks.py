"""Integrity checks generated from ``schemas/``, vectorised with polars.

Every build runs them before anything is published; ``trump-putin-call validate`` runs
them on the published tables. They cover what the Table Schemas say (required, unique,
pattern, enum, minimum, primary and foreign keys, column names and types) plus the offset
contract: ``articles.text[start_char:end_char] == text`` for every row of every table (and
a span is null as a whole or not at all), and ``articles.duplicate_of`` names the first
article with the same text.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

import polars as pl

from trump_putin_call.parts import CORPUS_WIDE_KEYS
from trump_putin_call.schemas import ARTICLE_TABLES, TABLES, table_schema

#: (article column, start column, end column, text column) that must slice back into
#: that article's articles.text.
OFFSET_SPANS = (
    ("article_id", "start_char", "end_char", "text"),
    ("article_id", "speaker_start", "speaker_end", "speaker_text"),
    ("article_id_a", "start_char_a", "end_char_a", "text_a"),
    ("article_id_b", "start_char_b", "end_char_b", "text_b"),
)


#: Whether a polars dtype can hold a Table Schema type (an all-null column is ``Null``).
_DTYPES = {
    "string": lambda t: t == pl.String,
    "integer": lambda t: t.is_integer(),
    "number": lambda t: t.is_numeric(),
    "boolean": lambda t: t == pl.Boolean,
    "date": lambda t: t == pl.Date,
}


def _structure_checks(name: str, df: pl.DataFrame) -> list[str]:
    """Columns missing, extra, out of order or of the wrong type (later checks need them)."""
    fields = table_schema(name)["fields"]
    expected = [f["name"] for f in fields]
    errors = []
    if missing := [c for c in expected if c not in df.columns]:
        errors.append(f"{name}: column(s) missing: {missing}")
    if extra := [c for c in df.columns if c not in expected]:
        errors.append(f"{name}: column(s) not in the schema: {extra}")
    if not errors and df.columns != expected:
        errors.append(f"{name}: columns are not in the schema's order {expected}")
    for field in fields:
        col = field["name"]
        dtype = df.schema.get(col)
        if dtype is not None and dtype != pl.Null and not _DTYPES[field["type"]](dtype):
            errors.append(f"{name}.{col}: type {dtype}, the schema says {field['type']}")
    return errors


def _field_checks(name: str, df: pl.DataFrame) -> list[str]:
    errors = []
    for field in table_schema(name)["fields"]:
        col, c = field["name"], field.get("constraints", {})
        if col not in df.columns:
            errors.append(f"{name}: column {col!r} is missing")
            continue
        s = df[col]
        if c.get("required") and (n := s.null_count()):
            errors.append(f"{name}.{col}: {n} null value(s) in a required column")
        values = s.drop_nulls()
        if c.get("unique") and values.n_unique() != len(values):
            errors.append(f"{name}.{col}: {len(values) - values.n_unique()} duplicate value(s)")
        if "enum" in c and (bad := values.filter(~values.is_in(c["enum"]))).len():
            errors.append(f"{name}.{col}: value(s) outside the enum: {sorted(set(bad))[:5]}")
        if (
            "pattern" in c
            and (bad := values.filter(~values.str.contains(f"^(?:{c['pattern']})$"))).len()
        ):
            errors.append(
                f"{name}.{col}: {bad.len()} value(s) not matching {c['pattern']}: "
                f"{bad.head(3).to_list()}"
            )
        if "minimum" in c and (n := values.filter(values < c["minimum"]).len()):
            errors.append(f"{name}.{col}: {n} value(s) below the minimum {c['minimum']}")
    return errors


def _key_checks(tables: Mapping[str, pl.DataFrame], batch: bool = False) -> list[str]:
    errors = []
    for name, df in tables.items():
        schema = table_schema(name)
        pk = schema["primaryKey"]
        if dups := df.height - df.select(pk).unique().height:
            errors.append(f"{name}: {dups} duplicate primary key(s) {pk}")
        if not df.select(pk).equals(df.select(pk).sort(pk)):
            errors.append(f"{name}: rows are not sorted by the primary key {pk}")
        for fk in schema.get("foreignKeys", []):
            ref = fk["reference"]
            # Self-references and corpus-wide keys may point outside the batch.
            if batch and (
                ref["resource"] == name
                or (name, fk["fields"][0]) in CORPUS_WIDE_KEYS
                or ref["resource"] not in tables
            ):
                continue
            parent = tables[ref["resource"]].select(ref["fields"]).unique()
            parent = parent.rename(dict(zip(ref["fields"], fk["fields"], strict=True)))
            child = df.select(fk["fields"]).drop_nulls()
            if n := child.join(parent, on=fk["fields"], how="anti").height:
                errors.append(
                    f"{name}: {n} row(s) whose {fk['fields']} have no match in "
                    f"{ref['resource']}.{ref['fields']}"
                )
    return errors


def _offset_checks(tables: Mapping[str, pl.DataFrame], batch: bool = False) -> list[str]:
    """Spans slice back into their article's text (in a batch: where the article is in it)."""
    if "articles" not in tables:
        return []
    texts = tables["articles"].select("article_id", article_text="text")
    errors = []
    for name, df in tables.items():
        if name == "articles":
            continue
        for article, start, end, text in OFFSET_SPANS:
            if start not in df.columns:
                continue
            rows = df.filter(pl.col(start).is_not_null()).join(
                texts.rename({"article_id": article}),
                on=article,
                how="inner" if batch else "left",
            )
            bad = rows.filter(
                (pl.col(end) < pl.col(start))
                | (pl.col(end) > pl.col("article_text").str.len_chars())
                | (
                    pl.col("article_text").str.slice(pl.col(start), pl.col(end) - pl.col(start))
                    != pl.col(text)
                )
            )
            if bad.height:
                errors.append(
                    f"{name}: {bad.height} row(s) where articles.text[{start}:{end}] != {text}"
                )
            half = df.filter(
                pl.any_horizontal(pl.col(start, end, text).is_null())
                & ~pl.all_horizontal(pl.col(start, end, text).is_null())
            )
            if half.height and start != "start_char":
                errors.append(
                    f"{name}: {half.height} row(s) where only some of {start}, {end}, {text} "
                    "are null"
                )
    return errors


def _duplicate_checks(articles: pl.DataFrame) -> list[str]:
    """``duplicate_of`` names the first article (in id order) with the same text."""
    first = articles.group_by("text").agg(first=pl.col("article_id").min())
    rows = articles.join(first, on="text", how="left").with_columns(
        expected=pl.when(pl.col("first") != pl.col("article_id")).then(pl.col("first"))
    )
    bad = rows.filter(pl.col("duplicate_of").ne_missing(pl.col("expected")))
    if bad.height:
        return [
            f"articles: {bad.height} row(s) whose duplicate_of is not the first article with "
            f"the same text: {bad['article_id'].head(3).to_list()}"
        ]
    return []


def check(tables: Mapping[str, pl.DataFrame], batch: bool = False) -> list[str]:
    """Every problem found in the tables (an empty list means they are sound).

    ``batch``: the tables hold every row of some of the articles only (and of the
    cross-article tables, any that are given); the checks that need the others
    (``duplicate_of``, the keys of :data:`trump_putin_call.parts.CORPUS_WIDE_KEYS`, spans
    in articles outside the batch) are left to :class:`StreamingCheck`.
    """
    wanted = TABLES if not batch else ARTICLE_TABLES if "articles" in tables else ()
    missing = [t for t in wanted if t not in tables]
    if missing:
        return [f"table(s) missing: {missing}"]
    names = [t for t in TABLES if t in tables]
    errors: list[str] = []
    for name in names:
        errors += _structure_checks(name, tables[name])
    if errors:  # the checks below need every column, with its type
        return errors
    for name in names:
        errors += _field_checks(name, tables[name])
    errors += _key_checks({n: tables[n] for n in names}, batch) + _offset_checks(tables, batch)
    return errors if batch else errors + _duplicate_checks(tables["articles"])


#: Columns :class:`StreamingCheck` keeps of every article.
_ARTICLE_SCHEMA = pl.Schema(
    {"article_id": pl.String, "digest": pl.Binary, "duplicate_of": pl.String}
)
#: Batches (or parts) of kept columns gathered before they are packed into one.
_PACK_EVERY = 64


class StreamingCheck:
    """:func:`check` over tables that come a batch of articles at a time.

    Each batch holds every row of its articles in the five per-article tables (or a part's
    share of the cross-article tables) and is checked on its
    own; across batches, each table's rows must come in primary-key order (so keys are
    unique corpus-wide), and ``duplicate_of`` must name the first article with the same
    text. Memory holds one batch plus a few bytes per article.
    """

    def __init__(self) -> None:
        self.errors: list[str] = []
        self._last: dict[str, tuple] = {}
        self._first: dict[str, tuple] = {}
        #: Every article's id, its text's sha256 and its ``duplicate_of``, as columns
        #: (frames of :data:`_ARTICLE_SCHEMA`, packed into one by :meth:`pack`).
        self._articles: list[pl.DataFrame] = []
        #: Per table, the values of its columns that are keys: those referred to and those
        #: referring across parts (:data:`CORPUS_WIDE_KEYS`), for :meth:`finish`; string
        #: columns, not Python objects, so that a part's travel to the client compactly.
        self._keys: dict[tuple[str, str], list[pl.Series]] = {}

    def add(self, tables: Mapping[str, pl.DataFrame]) -> None:
        """Check one batch: every row of its articles in the per-article tables, or a part's
        cross-article rows (their corpus-wide keys are kept for :meth:`finish`)."""
        self.errors += check(tables, batch=True)
        self._collect(tables)
        if "articles" in tables and "text" in tables["articles"].columns:
            arts = tables["articles"]
            digests = [hashlib.sha256(text.encode()).digest() for text in arts["text"]]
            self._articles.append(
                pl.DataFrame(
                    {
                        "article_id": arts["article_id"],
                        "digest": pl.Series(digests, dtype=pl.Binary),
                        "duplicate_of": arts["duplicate_of"],
                    },
                    schema=_ARTICLE_SCHEMA,
                )
            )
        self._pack_if_many()

    def _collect(self, tables: Mapping[str, pl.DataFrame]) -> None:
        for name, field in CORPUS_WIDE_KEYS:
            ref = next(
                fk["reference"]
                for fk in table_schema(name)["foreignKeys"]
                if fk["fields"][0] == field
            )
            for table, column in ((name, field), (ref["resource"], ref["fields"][0])):
                if table in tables and column in tables[table].columns:
                    values = tables[table][column].drop_nulls().cast(pl.String)
                    self._keys.setdefault((table, column), []).append(values)

    def _pack_if_many(self) -> None:
        pieces = [self._articles, *self._keys.values()]
        if max(map(len, pieces)) >= _PACK_EVERY:
            self.pack()

    def pack(self) -> None:
        """Each kept column as one contiguous column (what a part sends to the client)."""
        if len(self._articles) > 1:
            self._articles = [pl.concat(self._articles, rechunk=True)]
        for key, values in self._keys.items():
            if len(values) > 1 or (values and values[0].n_chunks() > 1):
                self._keys[key] = [pl.concat(values, rechunk=True).unique(maintain_order=True)]

    def _values(self, key: tuple[str, str]) -> pl.Series:
        values = self._keys.get(key, [])
        return pl.concat(values).unique() if values else pl.Series([], dtype=pl.String)

    def _corpus_key_errors(self) -> list[str]:
        errors = []
        for name, field in sorted(CORPUS_WIDE_KEYS):
            fk = next(fk for fk in table_schema(name)["foreignKeys"] if fk["fields"][0] == field)
            ref = fk["reference"]
            values = self._values((name, field))
            known = self._values((ref["resource"], ref["fields"][0]))
            unknown = values.to_frame("v").join(known.to_frame("v"), on="v", how="anti")["v"]
            if n := len(unknown):
                errors.append(
                    f"{name}: {n} value(s) of {[field]} have no match in "
                    f"{ref['resource']}.{ref['fields']} anywhere in the corpus: "
                    f"{unknown.sort().head(3).to_list()}"
                )
        return errors

    def new_part(self) -> None:
        """The next rows start a new part file (parts hold articles in id order).

        Tables keyed by ``article_id`` stay in order across parts (so ids are unique
        corpus-wide); tables keyed by ``{article_id}:…`` ids are in order within each
        part (``a1:`` sorts before ``a:``, so a part boundary may reverse them).
        """
        self._first.clear()
        for name in list(self._last):
            if table_schema(name)["primaryKey"][0] != "article_id":
                del self._last[name]

    def in_order(self, name: str, df: pl.DataFrame) -> None:
        """Rows of ``name`` about to follow the previous ones: their keys must come after."""
        if not df.height:
            return
        key = table_schema(name)["primaryKey"]
        first, last = df.select(key).row(0), df.select(key).row(-1)
        if name in self._last and not self._last[name] < first:
            self.errors.append(f"{name}: rows are not sorted by the primary key {key}")
        self._first.setdefault(name, first)
        self._last[name] = last

    def absorb(self, part: StreamingCheck) -> None:
        """The checks of the next part, made elsewhere (a Dask worker), taken in."""
        self.new_part()
        self.errors += part.errors
        for name, first in part._first.items():
            if name in self._last and not self._last[name] < first:
                key = table_schema(name)["primaryKey"]
                self.errors.append(f"{name}: rows are not sorted by the primary key {key}")
        self._last.update(part._last)
        self._articles += part._articles
        for key, values in part._keys.items():
            self._keys.setdefault(key, []).extend(values)
        self._pack_if_many()

    def finish(self) -> list[str]:
        """Every problem found (an empty list means the tables are sound)."""
        arts = pl.concat(self._articles) if self._articles else _ARTICLE_SCHEMA.to_frame()
        first = arts.group_by("digest").agg(first=pl.col("article_id").min())
        rows = arts.join(first, on="digest", how="left").with_columns(
            expected=pl.when(pl.col("first") != pl.col("article_id")).then(pl.col("first"))
        )
        bad = rows.filter(pl.col("duplicate_of").ne_missing(pl.col("expected")))["article_id"]
        if len(bad):
            self.errors.append(
                f"articles: {len(bad)} row(s) whose duplicate_of is not the first article with "
                f"the same text: {bad.sort().head(3).to_list()}"
            )
        named = arts.select("duplicate_of").drop_nulls()
        ids = arts.select(duplicate_of="article_id")
        if n := named.join(ids, on="duplicate_of", how="anti").height:
            self.errors.append(
                f"articles: {n} row(s) whose ['duplicate_of'] have no match in "
                "articles.['article_id']"
            )
        self.errors += self._corpus_key_errors()
        return self.errors
