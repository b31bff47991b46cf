"""Curated entity corrections: ``entity_overrides.csv`` beside the source articles.

One row per surface form: ``surface,label,canonical_name,note``. The pipeline applies
them to every article and stamps ``rule:override`` on the rows they touch, so a researcher
fixes an error with a one-line pull request and the fix is visible in the data.
An empty ``label`` says the form is not an entity at all. A bad file or row stops the
build with an error naming the file and line; a ``--skip-invalid`` build leaves it out
instead and lists it in ``rejected.csv``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from trump_putin_call.pipeline.errors import InputError
from trump_putin_call.pipeline.side_csv import read_rows

FILENAME = "entity_overrides.csv"
COLUMNS = ("surface", "label", "canonical_name", "note")
LABELS = frozenset(
    "PERSON NORP FAC ORG GPE LOC PRODUCT EVENT WORK_OF_ART LAW LANGUAGE DATE TIME PERCENT "
    "MONEY QUANTITY ORDINAL CARDINAL".split()
)


@dataclass(frozen=True)
class Override:
    surface: str
    label: str  # "" = not an entity
    canonical_name: str


def read_overrides(
    source_dir: Path, rejected: list[InputError] | None = None
) -> tuple[Override, ...]:
    """The overrides beside the articles, in file order; none when the file is absent.

    A bad row raises :class:`InputError`, unless ``rejected`` is given (``--skip-invalid``):
    then the row is left out and its error appended there (a bad header: the whole file).
    """
    out, seen = [], set()
    for line, row, bad in read_rows(source_dir, FILENAME, COLUMNS, rejected):
        surface, label = row["surface"].strip(), row["label"].strip()
        if not surface or surface in seen:
            bad(
                f"line {line}: empty or repeated surface {surface!r}",
                "give each surface form one row",
            )
            continue
        if label and label not in LABELS:
            bad(
                f"line {line}: label {label!r} is not an OntoNotes label",
                f"use one of {', '.join(sorted(LABELS))}, or leave it empty",
            )
            continue
        seen.add(surface)
        out.append(Override(surface, label, row["canonical_name"].strip() or surface))
    return tuple(out)
