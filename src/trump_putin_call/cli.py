"""``trump-putin-call``: build the tables, list them, verify them."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _build(args: argparse.Namespace) -> int:
    from trump_putin_call.pipeline.build import build
    from trump_putin_call.pipeline.errors import BuildError, InputError

    try:
        result = build(args.source, args.out, args.descriptor, workers=args.workers)
    except (InputError, BuildError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for name, n in result.counts.items():
        print(f"{name:<10} {n:>8} rows  {result.out_dir / (name + '.parquet')}")
    print(f"descriptor {result.descriptor}")
    return 0


def _tables(args: argparse.Namespace) -> int:
    import trump_putin_call as t

    for name in t.tables():
        print(f"{name:<10} {t.schema(name)['description']}")
    return 0


def _verify(args: argparse.Namespace) -> int:
    import trump_putin_call as t

    try:
        t.verify()
    except t.IntegrityError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
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
    p = argparse.ArgumentParser(prog="trump-putin-call", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build the tables from a folder of .txt articles")
    b.add_argument(
        "source",
        nargs="?",
        type=Path,
        default=Path("raw"),
        help="folder of .txt articles, searched recursively (default: raw)",
    )
    b.add_argument(
        "--out",
        type=Path,
        default=Path("build"),
        help="folder for the Parquet tables (default: build)",
    )
    b.add_argument(
        "--descriptor",
        type=Path,
        default=None,
        help="where to write datapackage.json (default: beside the output folder)",
    )
    b.add_argument("--workers", type=int, default=1, help="worker processes (default: 1)")
    b.set_defaults(func=_build)
    v = sub.add_parser(
        "validate", help="check a data package on disk: checksums, keys, offsets, constraints"
    )
    v.add_argument("descriptor", nargs="?", type=Path, default=Path("datapackage.json"))
    v.set_defaults(func=_validate)
    sub.add_parser("tables", help="list the tables").set_defaults(func=_tables)
    sub.add_parser(
        "verify", help="check the tables against datapackage.json checksums"
    ).set_defaults(func=_verify)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    raise SystemExit(main())
