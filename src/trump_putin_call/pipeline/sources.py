"""Publication metadata from ``sources.csv``: outlet, url, published, license.

Unknown is empty in the CSV and null in the tables: metadata is never invented. A bad
file or row stops the build with an error naming the file and line; a ``--skip-invalid``
build leaves it out instead (the article's metadata stays unknown) and lists it in
``rejected.csv``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from trump_putin_call.pipeline.errors import InputError
from trump_putin_call.pipeline.side_csv import read_rows

COLUMNS = ("source_path", "outlet", "url", "published", "license")
FILENAME = "sources.csv"


@dataclass(frozen=True)
class SourceMeta:
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    license: str | None = None
    #: A title given with the article (a corpus file's ``title`` column): the article's
    #: title, even when null; without one (``has_title`` false) it is read from the text.
    title: str | None = None
    has_title: bool = False


def read_sources(
    source_dir: Path, rejected: list[InputError] | None = None
) -> dict[str, SourceMeta]:
    """``source_path`` → metadata; an absent file means nothing is known.

    A bad row raises :class:`InputError`, unless ``rejected`` is given (``--skip-invalid``):
    then the row is left out and its error appended there (a bad header: the whole file).
    """
    out: dict[str, SourceMeta] = {}
    for line, row, bad in read_rows(source_dir, FILENAME, COLUMNS, rejected):
        key = row["source_path"]
        if key in out:
            bad(f"line {line}: {key!r} is listed twice", "keep one row per file")
            continue
        published = None
        if row["published"]:
            try:
                published = dt.date.fromisoformat(row["published"])
            except ValueError:
                bad(
                    f"line {line}: published {row['published']!r} is not an ISO date (YYYY-MM-DD)",
                    "write the date as YYYY-MM-DD, or leave it empty when unknown",
                )
                continue
        out[key] = SourceMeta(
            outlet=row["outlet"] or None,
            url=row["url"] or None,
            published=published,
            license=row["license"] or None,
        )
    return out
