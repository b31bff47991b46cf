"""Release metadata: the version and its date, each written once, in ``pyproject.toml``.

* the version is ``[project] version`` (PEP 440);
* the date is ``[tool.trump-putin-call] release-date`` (ISO 8601, ``YYYY-MM-DD``). A
  development version (``.devN``) has no release day yet, so it carries the date of its
  snapshot: the day its data last changed, set by hand together with the version. A
  release replaces it with the day of the release;
* ``[tool.trump-putin-call] concept-doi`` is the Zenodo concept DOI once Zenodo has minted
  one; until then it is absent and no DOI appears anywhere.

Nothing reads the clock: ``created`` in ``datapackage.json``, ``date-released`` in
``CITATION.cff``, ``datePublished`` in ``croissant.json``, the citation text in the Parquet
metadata and ``SOURCE_DATE_EPOCH`` for ``dist/`` all derive from these fields. The wheel
bundles ``pyproject.toml`` beside its data, so an installed copy knows its own release.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from trump_putin_call._paths import data_root

TOOL = "trump-putin-call"
_PEP440 = re.compile(
    r"^(?P<release>\d+\.\d+\.\d+)"
    r"(?:(?P<pre_l>a|b|rc)(?P<pre_n>\d+))?"
    r"(?:\.post(?P<post>\d+))?"
    r"(?:\.dev(?P<dev>\d+))?$"
)
_DOI = re.compile(r"^10\.\d{4,9}/\S+$")


@dataclass(frozen=True)
class Release:
    """One version of the dataset and its date."""

    version: str
    date: dt.date
    concept_doi: str | None = None

    @property
    def created(self) -> str:
        """RFC 3339 datetime for ``datapackage.json`` ``created``: midnight UTC of the date."""
        return f"{self.date.isoformat()}T00:00:00Z"

    @property
    def source_date_epoch(self) -> int:
        """Seconds since the epoch at midnight UTC of the date (``SOURCE_DATE_EPOCH``)."""
        midnight = dt.datetime.combine(self.date, dt.time(), tzinfo=dt.UTC)
        return int(midnight.timestamp())

    @property
    def is_dev(self) -> bool:
        return ".dev" in self.version

    @property
    def semver(self) -> str:
        """The same version in Semantic Versioning spelling (Croissant requires it).

        PEP 440 reads both spellings as one version: ``1.0.0-dev0`` is ``1.0.0.dev0``.
        """
        return semver(self.version)


def semver(version: str) -> str:
    """``1.0.0.dev0`` → ``1.0.0-dev0``, ``1.0.0rc1`` → ``1.0.0-rc1``, ``1.0.0`` unchanged."""
    match = _PEP440.match(version)
    if match is None:
        raise ValueError(
            f"version {version!r} is not MAJOR.MINOR.PATCH with an optional aN/bN/rcN, "
            ".postN or .devN suffix"
        )
    pre = []
    if match["pre_l"]:
        pre.append(f"{match['pre_l']}{match['pre_n']}")
    if match["dev"] is not None:
        pre.append(f"dev{match['dev']}")
    out = match["release"]
    if pre:
        out += "-" + ".".join(pre)
    if match["post"] is not None:
        out += f"+post{match['post']}"
    return out


def parse(pyproject: dict) -> Release:
    """The release described by a parsed ``pyproject.toml``; ValueError says what is wrong."""
    version = pyproject.get("project", {}).get("version")
    if not isinstance(version, str):
        raise ValueError("pyproject.toml has no [project] version")
    semver(version)  # the version must be expressible for Croissant too
    tool = pyproject.get("tool", {}).get(TOOL, {})
    raw = tool.get("release-date")
    if raw is None:
        raise ValueError(
            f"pyproject.toml has no [tool.{TOOL}] release-date: write the day of the release "
            "(or, for a .devN version, of its data snapshot) as YYYY-MM-DD"
        )
    if isinstance(raw, dt.date) and not isinstance(raw, dt.datetime):
        date = raw
    else:
        try:
            date = dt.date.fromisoformat(str(raw))
        except ValueError:
            raise ValueError(f"[tool.{TOOL}] release-date {raw!r} is not YYYY-MM-DD") from None
    doi = tool.get("concept-doi") or None
    if doi is not None and not _DOI.match(doi):
        raise ValueError(f"[tool.{TOOL}] concept-doi {doi!r} is not a DOI (10.NNNN/...)")
    return Release(version, date, doi)


def read(pyproject_path: Path) -> Release:
    """The release described by the ``pyproject.toml`` at ``pyproject_path``."""
    with open(pyproject_path, "rb") as handle:
        return parse(tomllib.load(handle))


@cache
def current() -> Release:
    """The release of the installed data (the checkout's or the wheel's ``pyproject.toml``)."""
    return read(data_root() / "pyproject.toml")
