"""The build's index as columns on disk, for a client that must not grow with the corpus.

The validating pass (:func:`.inputs.index_inputs`) keeps one index entry per article
(:func:`.read.index_entry`: id, where the row lies, sizes, hashes, word count). As Python
objects that is some 630 bytes and twenty objects an article, and the allocator keeps
more. A Dask build writes the entries instead as one Arrow IPC file (:func:`write`, in
the child process that reads the inputs, :mod:`.isolated`): hashes as 32 bytes, the few
distinct file names dictionary-encoded. The client keeps only an :class:`IndexFile` (the
path and the number of articles) and moves the file into the build's staging folder,
which every worker sees; each task reads the rows of its own articles from it
(:meth:`IndexFile.read`, memory-mapped) and builds their :class:`~.read.RawArticle`
entries there. So the client holds O(1) per article, and no step compares all articles
in one place except the validating pass itself (duplicate ids and texts), in the child.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from trump_putin_call.pipeline.read import RawArticle, Source

#: Rows per record batch of the index file.
BATCH_ROWS = 4096
#: Name of the index file in the build's staging folder (removed before the commit).
NAME = ".index.arrow"
_INT64_MAX = 2**63 - 1


def _schema(position_type: Any) -> Any:
    import pyarrow as pa

    names = pa.dictionary(pa.int32(), pa.string())
    return pa.schema(
        [
            ("article_id", pa.string()),
            ("source_path", pa.string()),
            ("path", names),
            ("encoding", names),
            ("sha256", pa.binary(32)),
            ("n_bytes", pa.int64()),
            ("duplicate_of", pa.string()),
            ("file", names),
            ("position", position_type),
            ("digest", pa.binary(32)),
            ("words", pa.int64()),
        ]
    )


def _columns(raws: Sequence[RawArticle], text_positions: bool) -> dict[str, list[Any]]:
    for raw in raws:
        if raw.text is not None or raw.where is None or raw.digest is None:
            raise ValueError(f"{raw.source.source_path}: not an index entry (it has a text)")
    return {
        "article_id": [r.source.article_id for r in raws],
        "source_path": [r.source.source_path for r in raws],
        "path": [str(r.source.path) for r in raws],
        "encoding": [r.encoding for r in raws],
        "sha256": [bytes.fromhex(r.sha256) for r in raws],
        "n_bytes": [r.n_bytes for r in raws],
        "duplicate_of": [r.duplicate_of for r in raws],
        "file": [r.where[0] for r in raws],  # type: ignore[index]
        "position": [str(r.where[1]) if text_positions else r.where[1] for r in raws],  # type: ignore[index]
        "digest": [bytes.fromhex(r.digest) for r in raws],  # type: ignore[arg-type]
        "words": [r.words for r in raws],
    }


def write(raws: Sequence[RawArticle], path: Path) -> IndexFile:
    """Index entries ``raws`` (in id order) as an Arrow IPC file at ``path``, a batch of
    :data:`BATCH_ROWS` at a time. Positions beyond 64 bits (a text stream's ``tell()``
    can be) are kept as decimal strings."""
    import pyarrow as pa

    big = any(r.where is not None and not 0 <= r.where[1] <= _INT64_MAX for r in raws)
    schema = _schema(pa.string() if big else pa.int64())
    with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, schema) as writer:
        for start in range(0, len(raws), BATCH_ROWS):
            batch = _columns(raws[start : start + BATCH_ROWS], big)
            writer.write_table(pa.table(batch, schema=schema))
    return IndexFile(str(path), len(raws))


@dataclass(frozen=True)
class IndexFile:
    """The index entries of a build's articles, in an Arrow IPC file: ``len()`` articles;
    :meth:`read` gives the entries of a range of them."""

    path: str
    articles: int

    def __len__(self) -> int:
        return self.articles

    def _table(self, start: int, stop: int, columns: list[str] | None = None) -> Any:
        import pyarrow as pa

        if not 0 <= start <= stop <= self.articles:
            raise IndexError(f"articles {start}:{stop} of {self.articles}")
        with pa.memory_map(self.path) as source:
            table = pa.ipc.open_file(source).read_all()
            if columns is not None:
                table = table.select(columns)
            return table.slice(start, stop - start).to_pydict()

    def read(self, start: int, stop: int) -> list[RawArticle]:
        """Articles ``start`` to ``stop`` (0-based, end exclusive) as index entries."""
        c = self._table(start, stop)
        return [
            RawArticle(
                Source(c["article_id"][k], c["source_path"][k], Path(c["path"][k])),
                c["sha256"][k].hex(),
                c["n_bytes"][k],
                c["encoding"][k],
                None,
                c["duplicate_of"][k],
                (c["file"][k], int(c["position"][k])),
                c["digest"][k].hex(),
                c["words"][k],
            )
            for k in range(stop - start)
        ]

    def column(self, name: str, start: int = 0, stop: int | None = None) -> list[Any]:
        """One column's values for articles ``start`` to ``stop`` (default: all)."""
        stop = self.articles if stop is None else stop
        return self._table(start, stop, [name])[name]

    def moved(self, folder: Path) -> IndexFile:
        """This index moved into ``folder`` (as :data:`NAME`): renamed, or copied
        a block at a time across filesystems."""
        dest = Path(folder) / NAME
        shutil.move(self.path, dest)
        return IndexFile(str(dest), self.articles)
