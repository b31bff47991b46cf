"""Parquet bytes, already checked against their sha256, parsed by the chosen backend.

The one place the package parses Parquet held in memory (the loader, any opened package,
a downloaded version), so the bytes parsed are the bytes whose checksum was checked.
"""

from __future__ import annotations

from typing import Any, Literal

Backend = Literal["polars", "pandas", "pyarrow"]
BACKENDS = ("polars", "pandas", "pyarrow")


def check_backend(backend: str) -> None:
    """Raise ValueError naming the backends when ``backend`` is not one of them."""
    if backend not in BACKENDS:
        raise ValueError(f"unknown backend {backend!r}; use 'polars', 'pandas' or 'pyarrow'")


def parse(parts: list[bytes], backend: str) -> Any:
    """The part files of one table (in order) as one polars/pandas DataFrame or Arrow Table.

    pyarrow reads on one thread, through ``ParquetFile``: a process that read Parquet from
    memory on Arrow's thread pool often aborts at interpreter exit ("terminate called
    without an active exception", exit 134) after its work succeeded, in about half of
    cold runs on pyarrow 26; ``pq.read_table`` goes through the dataset scanner, which on
    pyarrow 15 to 18 still aborted with ``use_threads=False``.
    """
    check_backend(backend)
    if backend == "polars":
        import polars as pl

        frames = [pl.read_parquet(data) for data in parts]
        return frames[0] if len(frames) == 1 else pl.concat(frames, how="vertical")
    import pyarrow as pa
    import pyarrow.parquet as pq

    tables = [pq.ParquetFile(pa.BufferReader(data)).read(use_threads=False) for data in parts]
    table = tables[0] if len(tables) == 1 else pa.concat_tables(tables)
    return table if backend == "pyarrow" else table.to_pandas(use_threads=False)
