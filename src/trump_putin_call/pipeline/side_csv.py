"""The CSV files a researcher puts beside the articles (``sources.csv``,
``entity_overrides.csv``): one reader for their header check and bad-row policy."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from pathlib import Path

from trump_putin_call.pipeline.errors import InputError

#: Reports a bad row: ``bad(reason, hint)`` raises, or records under ``--skip-invalid``.
Bad = Callable[[str, str], None]


def read_rows(
    source_dir: Path,
    filename: str,
    columns: tuple[str, ...],
    rejected: list[InputError] | None = None,
) -> Iterator[tuple[int, dict[str, str], Bad]]:
    """(line number, row, ``bad``) of every row of ``source_dir/filename``; nothing when
    the file is absent.

    A header other than ``columns`` and every row passed to ``bad`` raise
    :class:`InputError` naming the file and line, unless ``rejected`` is given
    (``--skip-invalid``): then the error is appended there (a bad header: the whole file
    is left out).
    """
    path = Path(source_dir) / filename
    if not path.is_file():
        return

    def bad(reason: str, hint: str) -> None:
        error = InputError(path, reason, hint, source_path=filename)
        if rejected is None:
            raise error
        rejected.append(error)

    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != columns:
            bad(
                f"columns are {reader.fieldnames}, expected {list(columns)}",
                f"make the first line {','.join(columns)}",
            )
            return
        for line, row in enumerate(reader, start=2):
            yield line, row, bad
