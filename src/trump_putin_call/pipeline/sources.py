"""Publication metadata from ``sources.csv``: outlet, url, published, license.

Unknown is empty in the CSV and null in the tables: metadata is never invented.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from trump_putin_call.pipeline.errors import InputError

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


def read_sources(source_dir: Path) -> dict[str, SourceMeta]:
    """``source_path`` → metadata; an absent file means nothing is known."""
    path = Path(source_dir) / FILENAME
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != COLUMNS:
            raise InputError(path, f"columns are {reader.fieldnames}, expected {list(COLUMNS)}")
        out: dict[str, SourceMeta] = {}
        for line, row in enumerate(reader, start=2):
            key = row["source_path"]
            if key in out:
                raise InputError(path, f"line {line}: {key!r} is listed twice")
            published = None
            if row["published"]:
                try:
                    published = dt.date.fromisoformat(row["published"])
                except ValueError:
                    raise InputError(
                        path,
                        f"line {line}: published {row['published']!r} is not "
                        "an ISO date (YYYY-MM-DD)",
                    ) from None
            out[key] = SourceMeta(
                outlet=row["outlet"] or None,
                url=row["url"] or None,
                published=published,
                license=row["license"] or None,
            )
    return out
