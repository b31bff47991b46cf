"""The whole build: a folder of .txt articles in, validated Parquet tables and descriptor out.

Source files are read and checked first (see :mod:`.read` for the bad-input policy); tables
are then written to a temporary folder beside the output, checked, and published together
with the descriptor by a crash-consistent commit (:mod:`trump_putin_call._commit`), so a
failed or killed build leaves the previous package as it was.
"""

from __future__ import annotations

import csv
import io
import json
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from multiprocessing import get_context
from pathlib import Path

from trump_putin_call import _commit, citation
from trump_putin_call._paths import schemas_dir
from trump_putin_call._version import __version__
from trump_putin_call.pipeline import datapackage, entities
from trump_putin_call.pipeline.annotate import Annotated, annotate_chunk
from trump_putin_call.pipeline.errors import BuildError, InputError, RejectedInputs
from trump_putin_call.pipeline.overrides import Override, read_overrides
from trump_putin_call.pipeline.read import RawArticle, mark_duplicates, read, scan
from trump_putin_call.pipeline.sources import read_sources
from trump_putin_call.pipeline.tables import rows, to_arrow
from trump_putin_call.pipeline.write import write_table
from trump_putin_call.schemas import TABLES, table_schema

#: Articles per spaCy pass. Fixed, so batches (and so results) never depend on workers.
CHUNK_SIZE = 16
#: The report of the files a ``skip_invalid`` build left out, written beside the tables.
REPORT_NAME = "rejected.csv"
REPORT_COLUMNS = ("source_path", "reason", "hint")


@dataclass
class BuildResult:
    out_dir: Path
    descriptor: Path
    counts: dict[str, int]
    #: Files left out (only with ``skip_invalid``), and the report listing them.
    rejected: list[InputError] = field(default_factory=list)
    report: Path | None = None


def _annotate(
    raws: list[RawArticle], workers: int, chunk_size: int, overrides: tuple[Override, ...] = ()
) -> list[Annotated]:
    chunks = [raws[i : i + chunk_size] for i in range(0, len(raws), chunk_size)]
    if workers <= 1 or len(chunks) == 1:
        return [a for chunk in chunks for a in annotate_chunk(chunk, overrides)]
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as pool:
        work = partial(annotate_chunk, overrides=overrides)
        return [a for done in pool.map(work, chunks) for a in done]


def _file_metadata(name: str) -> dict[str, str]:
    schema = table_schema(name)
    package = datapackage.package_metadata()
    return {
        "dataset": package["name"],
        "version": __version__,
        "table": name,
        "description": schema["description"],
        "license": "; ".join(lic["title"] for lic in package["licenses"]),
        "citation": citation.apa(),
        "table_schema": json.dumps(schema, ensure_ascii=False, sort_keys=True),
    }


def _schema_files(root: Path) -> dict[Path, bytes]:
    """Schemas a descriptor at ``root`` refers to, where they differ from the source of truth."""
    target = root / "schemas"
    source = schemas_dir()
    if target.resolve() == source.resolve():
        return {}
    out = {}
    for path in sorted(source.glob("*.json")):
        dest = target / path.name
        data = path.read_bytes()
        if not dest.exists() or dest.read_bytes() != data:
            out[dest] = data
    return out


def rejected_report(rejected: list[InputError]) -> bytes:
    """``rejected.csv``: one row per rejected file (source_path, reason, hint)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(REPORT_COLUMNS)
    for exc in sorted(rejected, key=lambda e: e.source_path or e.path):
        writer.writerow([exc.source_path or exc.path, exc.reason, exc.hint])
    return buffer.getvalue().encode("utf-8")


def read_all(source_dir: Path) -> tuple[list[RawArticle], list[InputError]]:
    """Every article of ``source_dir`` read (duplicates flagged), and every rejected file."""
    sources, rejected = scan(source_dir)
    raws = []
    for source in sources:
        try:
            raws.append(read(source))
        except InputError as exc:
            rejected.append(exc)
    rejected.sort(key=lambda e: e.source_path or e.path)
    return mark_duplicates(raws), rejected


def build(
    source_dir: Path,
    out_dir: Path,
    descriptor_path: Path | None = None,
    workers: int = 1,
    chunk_size: int = CHUNK_SIZE,
    skip_invalid: bool = False,
) -> BuildResult:
    """Build the five tables from ``source_dir`` into ``out_dir``, atomically.

    A source file that cannot be an article stops the build before anything is written
    (:class:`RejectedInputs` lists every one, with what to do), unless ``skip_invalid``:
    then the rest is built and the rejected files are listed in ``out_dir/rejected.csv``.
    The tables and the descriptor are published together or not at all (see
    :mod:`trump_putin_call._commit`); tables that fail their checks are never published.
    """
    import polars as pl

    from trump_putin_call.checks import check

    source_dir, out_dir = Path(source_dir), Path(out_dir)
    descriptor_path = Path(descriptor_path or out_dir.parent / "datapackage.json")
    raws, rejected = read_all(source_dir)
    meta = read_sources(source_dir)
    overrides = read_overrides(source_dir)
    if rejected and not skip_invalid:
        raise RejectedInputs(
            source_dir,
            rejected,
            "Nothing was written. Fix or remove these files and build again, or build the "
            f"rest with --skip-invalid (which lists them in {out_dir / REPORT_NAME}).",
        )
    if not raws:
        raise RejectedInputs(
            source_dir, rejected, "No article can be built: fix the files and build again."
        )

    with _commit.publishing(out_dir, descriptor_path) as pub:
        annotated = _annotate(raws, workers, chunk_size, overrides)
        entities.link_corpus([m for a in annotated for m in a.mentions])
        records = rows(annotated, meta)
        staged = {name: pub.staging / f"{name}.parquet" for name in TABLES}
        for name in TABLES:
            write_table(to_arrow(name, records[name], _file_metadata(name)), staged[name])
            _commit.checkpoint(f"written:{name}")
        written = {name: pl.read_parquet(staged[name]) for name in TABLES}
        errors = check(written)
        if errors:
            raise BuildError(
                "the built tables failed their checks; nothing was published:\n  "
                + "\n  ".join(errors)
            )
        report = None
        if rejected:
            report = out_dir / REPORT_NAME
            _commit.write_durably(pub.staging / REPORT_NAME, rejected_report(rejected))
        root = descriptor_path.parent
        for dest, data in _schema_files(root).items():
            pub.stage(dest, data)
        desc = datapackage.descriptor(staged, root, meta, [r.source.source_path for r in raws])
        for res in desc["resources"]:  # paths as they will be once swapped in
            res["path"] = Path(os.path.relpath(out_dir / f"{res['name']}.parquet", root)).as_posix()
        pub.stage(descriptor_path, datapackage.dumps(desc).encode("utf-8"))
        pub.commit()
    return BuildResult(
        out_dir, descriptor_path, {n: written[n].height for n in TABLES}, rejected, report
    )
