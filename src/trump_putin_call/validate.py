"""Validate a data package on disk: checksums and the schema-driven integrity checks.

:func:`validate_package` first finishes or undoes a build that was interrupted (a crash, a
kill, a power cut: see :mod:`trump_putin_call._commit`), then checks what is published.
:func:`frictionless_validate` runs Frictionless on the package, with one more check that
Frictionless cannot express: that every offset slices ``articles.text`` back to its text.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trump_putin_call import _commit
from trump_putin_call.hashes import recorded_size
from trump_putin_call.parts import by_table
from trump_putin_call.schemas import TABLES

if TYPE_CHECKING:
    import frictionless


def validate_package(descriptor: Path, recover: bool = True) -> list[str]:
    """Problems with the package at ``descriptor`` (empty when sound).

    With ``recover`` (the default), a build interrupted before it published is cleaned
    away and one interrupted while publishing is finished, before anything is checked.
    """
    from trump_putin_call.checks import StreamingCheck

    descriptor = Path(descriptor)
    if recover:
        try:
            _commit.recover_locked(descriptor)
        except _commit.PublishError as exc:
            return [str(exc)]
    root = descriptor.parent
    try:
        desc = json.loads(descriptor.read_text("utf-8"))
        grouped = by_table(desc.get("resources", []))
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
        return [f"{descriptor}: cannot be read as a data package descriptor: {exc}"]
    errors = [f"{descriptor}: no resource {name!r}" for name in TABLES if name not in grouped]
    if errors:
        return errors
    n_parts = {len(grouped[name]) for name in TABLES}
    if len(n_parts) != 1:
        return [f"{descriptor}: the tables have different numbers of parts: {sorted(n_parts)}"]
    checker = StreamingCheck()
    complete = True
    for k in range(n_parts.pop()):
        frames = {}
        for name in TABLES:
            frame = _read_checked(root, grouped[name][k], errors)
            if frame is not None:
                frames[name] = frame
        complete &= len(frames) == len(TABLES)
        if len(frames) == len(TABLES):
            checker.new_part()
            checker.add(frames)
            for name, frame in frames.items():
                checker.in_order(name, frame)
        del frames
    # Checked a part at a time; across parts, ids are unique and duplicate_of sound (which
    # needs every part's articles).
    return errors + (checker.finish() if complete else checker.errors)


def _read_checked(root: Path, res: Any, errors: list[str]) -> Any:
    """The resource's table once its size and sha256 are checked (None if unreadable)."""
    import polars as pl

    name = res.get("name")
    file = root / str(res.get("path"))
    if not file.resolve().is_relative_to(root.resolve()):
        errors.append(f"{name}: path {res.get('path')!r} leads outside {root}")
        return None
    if not file.is_file():
        errors.append(f"{name}: {file} is missing")
        return None
    data = file.read_bytes()
    if len(data) != recorded_size(res):
        errors.append(f"{name}: {file} has {len(data)} bytes, descriptor says {recorded_size(res)}")
    if f"sha256:{hashlib.sha256(data).hexdigest()}" != res.get("hash"):
        errors.append(f"{name}: sha256 of {file} differs from the descriptor's hash")
    try:
        return pl.read_parquet(data)
    except Exception as exc:  # any reader error means the same: not a table
        errors.append(f"{name}: {file} cannot be read as Parquet: {exc}")
        return None


# Frictionless --------------------------------------------------------------------------

#: (start, end, text) columns whose offsets index into articles.text.
#: (article column, start, end, text) of every span (``alignments`` has one per article; a
#: part's check sees its own part's articles only, so a side in another part is skipped).
_SPANS = (
    ("article_id", "start_char", "end_char", "text"),
    ("article_id", "speaker_start", "speaker_end", "speaker_text"),
    ("article_id_a", "start_char_a", "end_char_a", "text_a"),
    ("article_id_b", "start_char_b", "end_char_b", "text_b"),
)


@cache
def _offset_check() -> Any:
    """The ``offsets`` Frictionless check class (built lazily: frictionless is optional)."""
    import attrs
    import frictionless
    import pyarrow.parquet as pq

    class OffsetError(frictionless.errors.RowError):
        type = "offset-error"
        title = "Offset Error"
        description = "A span's offsets do not slice articles.text back to its text."
        template = "Row at position {rowNumber} has an offset error: {note}"

    @attrs.define(kw_only=True, repr=False)
    class offsets(frictionless.Check):
        """``articles.text[start:end] == text`` for every span of every row."""

        type = "offsets"
        Errors = [OffsetError]  # noqa: RUF012 (frictionless declares it as a ClassVar)

        def validate_start(self):
            resource = self.resource
            self._texts: dict[str, str] = {}
            package = resource.package
            # A part's offsets index the same part's articles (parts.resource_name).
            table, dash, part = resource.name.rpartition("-")
            table, suffix = (table, dash + part) if part.isdigit() else (resource.name, "")
            if package is not None and table != "articles":
                articles = package.get_resource("articles" + suffix)
                table = pq.read_table(articles.normpath, columns=["article_id", "text"])
                self._texts = dict(zip(*table.to_pydict().values(), strict=True))
            yield from []

        def validate_row(self, row):
            if not self._texts:
                return
            for article, start, end, span in _SPANS:
                if start not in row.field_names:
                    continue
                text = self._texts.get(row[article])
                if text is None:
                    continue
                lo, hi, value = row[start], row[end], row[span]
                if lo is None and hi is None and value is None:
                    continue
                if None in (lo, hi, value) or not 0 <= lo <= hi <= len(text):
                    note = f"{start}={lo}, {end}={hi} is not a span of a {len(text)}-char text"
                elif text[lo:hi] != value:
                    note = f"articles.text[{start}:{end}] is {text[lo:hi]!r}, not {value!r}"
                else:
                    continue
                yield OffsetError.from_row(row, note=note)

    return offsets


def frictionless_validate(descriptor: Path, name: str | None = None) -> frictionless.Report:
    """Frictionless's report on the package (or its resource ``name``), offsets checked too.

    Nothing is skipped: the descriptor records sizes where frictionless does not count
    them (:data:`trump_putin_call.hashes.SIZE_KEY`), and :func:`validate_package` checks
    the size and sha256 of every file, which frictionless does not do for Parquet.
    """
    import frictionless

    checklist = frictionless.Checklist(checks=[_offset_check()()])
    package = frictionless.Package(str(descriptor))
    return package.validate(checklist, name=name)
