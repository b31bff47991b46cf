"""Parquet written one way only, so the same rows give the same bytes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pyarrow as pa

#: Fixed writer options: part of the data contract (changing them changes every byte).
WRITER_OPTIONS = {
    "compression": "zstd",
    "compression_level": 9,
    "use_dictionary": True,
    "write_statistics": True,
    "version": "2.6",
    "data_page_version": "1.0",
    "store_schema": True,
}
ROW_GROUP_SIZE = 100_000


def write_table(table: pa.Table, path: Path) -> None:
    """Write ``table`` to ``path`` with the fixed options."""
    import pyarrow.parquet as pq

    pq.write_table(table, path, row_group_size=ROW_GROUP_SIZE, **WRITER_OPTIONS)
