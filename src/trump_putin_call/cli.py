"""``trump-putin-call``: list, describe, show, export, cite, verify and view the tables.

This module holds the parser and the entry point; what each subcommand does is in
:mod:`.commands`.

Every subcommand has ``--help``. Exit codes (the same for every subcommand): 0 success,
1 verification failed (a table does not match ``datapackage.json``, or validation found
errors), 2 usage or input error (bad arguments, unknown table or article, bad ``--where``
expression or column, unreadable input).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from trump_putin_call import commands
from trump_putin_call.commands import EXPORT_FORMATS, FAILED, OK, USAGE, UsageError
from trump_putin_call.loader import IntegrityError
from trump_putin_call.parts import ARTICLES_PER_PART
from trump_putin_call.schemas import TABLES

#: The tables with a ``method`` column (``pipeline.rules.TABLES``, not imported at start-up).
METHOD_TABLES = ("sentences", "entities", "quotes", "utterances", "alignments")

EPILOG = """\
exit codes:
  0  success
  1  verification failed: a table does not match datapackage.json, validation found errors,
     or a download failed or did not match its sha256
  2  usage or input error: bad arguments, unknown table or article, bad --where or column,
     unreadable input
"""


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

    command("tables", "list the tables: name, rows, description").set_defaults(func=commands.tables)
    c = command(
        "info",
        "describe the dataset, or a table's columns",
        "Without TABLE: title, version, licences, citation and the tables. With TABLE: its "
        "rows, keys and columns with their types and descriptions.",
    )
    table_arg(c, nargs="?")
    c.set_defaults(func=commands.info)
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
    c.set_defaults(func=commands.show)
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
    c.set_defaults(func=commands.export)
    c = command("cite", "print how to cite this version of the dataset")
    c.add_argument(
        "--format", choices=("bibtex", "apa", "cff"), default="bibtex", help="(default bibtex)"
    )
    c.set_defaults(func=commands.cite)
    c = command(
        "view",
        "write HTML pages to audit each article's annotations by eye",
        "Write a static HTML page per article (all, or the ARTICLE_IDs given) and an "
        "index.html with the corpus statistics: entity mentions highlighted by label and "
        "linked by entity_id, quotes marked with speaker and cue, boilerplate greyed out.",
    )
    c.add_argument("article_ids", nargs="*", metavar="ARTICLE_ID", help="default: every article")
    c.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder for the pages")
    c.set_defaults(func=commands.view)
    command(
        "stats",
        "print the dataset statistics (Markdown)",
        "Rows per table, words per article, top speakers by quote count and top entities "
        "by mentions per article, as in the README.",
    ).set_defaults(func=commands.stats)
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
    c.set_defaults(func=commands.rules)
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
    b.set_defaults(func=commands.build)
    b.epilog, b.formatter_class = EPILOG, raw
    v = command("validate", "check a data package on disk: checksums, keys, offsets, constraints")
    v.add_argument("descriptor", nargs="?", type=Path, default=Path("datapackage.json"))
    v.set_defaults(func=commands.validate)
    command(
        "verify", "check the tables against the checksums in datapackage.json (exit 1 if not)"
    ).set_defaults(func=commands.verify)
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
