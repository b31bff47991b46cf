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
#: Rows per row group. Also what a build holds of each table before writing it out, so
#: memory stays the same whatever the corpus size (16,384 sentences are about 4 MB).
ROW_GROUP_SIZE = 16_384


def write_table(table: pa.Table, path: Path) -> None:
    """Write ``table`` to ``path`` with the fixed options."""
    import pyarrow.parquet as pq

    pq.write_table(table, path, row_group_size=ROW_GROUP_SIZE, **WRITER_OPTIONS)


class TableWriter:
    """A table written a part at a time: the same bytes as :func:`write_table` on the
    parts concatenated, holding at most one row group in memory.

    Parts must come in the table's final row order (they are not sorted here).
    """

    def __init__(self, path: Path, schema: pa.Schema) -> None:
        import pyarrow.parquet as pq

        self.path = Path(path)
        self.schema = schema
        self.rows = 0
        self._writer = pq.ParquetWriter(path, schema, **WRITER_OPTIONS)
        self._parts: list[pa.Table] = []
        self._buffered = 0

    def write(self, part: pa.Table) -> None:
        """Append ``part``; full row groups are written out."""
        self._parts.append(part)
        self._buffered += part.num_rows
        self.rows += part.num_rows
        while self._buffered >= ROW_GROUP_SIZE:
            self._flush(ROW_GROUP_SIZE)

    def _flush(self, n: int) -> None:
        import pyarrow as pa

        whole = pa.concat_tables(self._parts)
        # One chunk per row group, as write_table would slice it from one combined table.
        self._writer.write_table(whole.slice(0, n).combine_chunks(), row_group_size=n or 1)
        rest = whole.slice(n)
        self._parts = [rest] if rest.num_rows else []
        self._buffered -= n

    def close(self) -> None:
        """Write what is left and the footer."""
        if self._buffered or not self.rows:
            if not self._parts:
                self._parts = [self.schema.empty_table()]
            self._flush(self._buffered)
        self._writer.close()

    def abort(self) -> None:
        """Stop without writing what is left (the file is then not a complete table)."""
        self._parts = []
        self._writer.close()

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None:
            self.close()
        else:
            self.abort()
