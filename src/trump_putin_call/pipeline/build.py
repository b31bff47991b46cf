"""The whole build: a folder of .txt articles in, validated Parquet tables and descriptor out.

Tables are written to a temporary folder beside the output, checked, and only then swapped
in with the descriptor, so a failed build leaves the previous one as it was.
"""

from __future__ import annotations

import json
import os
import shutil
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

from trump_putin_call._paths import schemas_dir
from trump_putin_call._version import __version__
from trump_putin_call.pipeline import datapackage, entities
from trump_putin_call.pipeline.annotate import Annotated, annotate_chunk
from trump_putin_call.pipeline.errors import BuildError, InputError
from trump_putin_call.pipeline.read import RawArticle, discover, read
from trump_putin_call.pipeline.sources import read_sources
from trump_putin_call.pipeline.tables import rows, to_arrow
from trump_putin_call.pipeline.write import write_table
from trump_putin_call.schemas import TABLES, table_schema

#: Articles per spaCy pass. Fixed, so batches (and so results) never depend on workers.
CHUNK_SIZE = 16


@dataclass
class BuildResult:
    out_dir: Path
    descriptor: Path
    counts: dict[str, int]


def _annotate(raws: list[RawArticle], workers: int, chunk_size: int) -> list[Annotated]:
    chunks = [raws[i : i + chunk_size] for i in range(0, len(raws), chunk_size)]
    if workers <= 1 or len(chunks) == 1:
        return [a for chunk in chunks for a in annotate_chunk(chunk)]
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as pool:
        return [a for done in pool.map(annotate_chunk, chunks) for a in done]


def _file_metadata(name: str) -> dict[str, str]:
    schema = table_schema(name)
    package = datapackage.package_metadata()
    return {
        "dataset": package["name"],
        "version": __version__,
        "table": name,
        "description": schema["description"],
        "license": "; ".join(lic["title"] for lic in package["licenses"]),
        "table_schema": json.dumps(schema, ensure_ascii=False, sort_keys=True),
    }


def _sync_schemas(root: Path) -> None:
    """A descriptor points at schemas/ beside it: make sure they are the source of truth."""
    target = root / "schemas"
    source = schemas_dir()
    if target.resolve() == source.resolve():
        return
    target.mkdir(parents=True, exist_ok=True)
    for path in sorted(source.glob("*.json")):
        dest = target / path.name
        if not dest.exists() or dest.read_bytes() != path.read_bytes():
            shutil.copyfile(path, dest)


def build(
    source_dir: Path,
    out_dir: Path,
    descriptor_path: Path | None = None,
    workers: int = 1,
    chunk_size: int = CHUNK_SIZE,
) -> BuildResult:
    """Build the five tables from ``source_dir`` into ``out_dir``, atomically."""
    import polars as pl

    from trump_putin_call.checks import check

    source_dir, out_dir = Path(source_dir), Path(out_dir)
    descriptor_path = Path(descriptor_path or out_dir.parent / "datapackage.json")
    sources = discover(source_dir)
    meta = read_sources(source_dir)
    raws, problems = [], []
    for source in sources:
        try:
            raws.append(read(source))
        except InputError as exc:
            problems.append(str(exc))
    if problems:
        raise InputError(
            source_dir, f"{len(problems)} file(s) cannot be built:\n  " + "\n  ".join(problems)
        )

    annotated = _annotate(raws, workers, chunk_size)
    entities.link_corpus([m for a in annotated for m in a.mentions])
    records = rows(annotated, meta)

    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_dir.parent / f".{out_dir.name}.tmp-{os.getpid()}"
    old = out_dir.parent / f".{out_dir.name}.old-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    try:
        for name in TABLES:
            write_table(
                to_arrow(name, records[name], _file_metadata(name)), tmp / f"{name}.parquet"
            )
        written = {name: pl.read_parquet(tmp / f"{name}.parquet") for name in TABLES}
        errors = check(written)
        if errors:
            raise BuildError(
                "the built tables failed their checks; nothing was published:\n  "
                + "\n  ".join(errors)
            )
        root = descriptor_path.parent
        _sync_schemas(root)
        desc = datapackage.descriptor(
            {name: tmp / f"{name}.parquet" for name in TABLES},
            root,
            meta,
            [s.source_path for s in sources],
        )
        for res in desc["resources"]:  # paths as they will be once swapped in
            res["path"] = Path(os.path.relpath(out_dir / f"{res['name']}.parquet", root)).as_posix()
        desc_tmp = descriptor_path.with_name(f".{descriptor_path.name}.tmp-{os.getpid()}")
        desc_tmp.write_text(datapackage.dumps(desc), encoding="utf-8")
        if out_dir.exists():
            out_dir.rename(old)
        tmp.rename(out_dir)
        os.replace(desc_tmp, descriptor_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)
    return BuildResult(out_dir, descriptor_path, {n: written[n].height for n in TABLES})
