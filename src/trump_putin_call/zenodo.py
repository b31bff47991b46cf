"""``.zenodo.json``: the metadata Zenodo archives a release with, generated from CITATION.cff.

Zenodo's GitHub integration archives every published GitHub release of the repository and
mints a DOI for it; it reads ``.zenodo.json`` at the tagged commit when there is one (its
deposit metadata: ``upload_type``, ``title``, ``creators``, ``description``,
``publication_date``, ``access_right``, ``license``...). This module writes that file from
``CITATION.cff`` (parsed as YAML), so the two never disagree: ``python -m
trump_putin_call.metadata`` (``nox -s metadata``, and the end of ``nox -s build``)
regenerates it with the other metadata files, and a test validates it against Zenodo's
deposit rules. Nothing is added that CITATION.cff does not say: no DOI (Zenodo mints it),
no repository address until one is recorded.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from typing import Any

FILENAME = ".zenodo.json"
#: CFF ``type`` → Zenodo ``upload_type``.
UPLOAD_TYPES = {"dataset": "dataset", "software": "software"}


def _creator(author: dict[str, Any]) -> dict[str, str]:
    """A CFF person or entity as a Zenodo creator (``Family, Given`` for a person)."""
    if "name" in author:
        out = {"name": str(author["name"])}
    else:
        family = " ".join(
            str(author[k]) for k in ("name-particle", "family-names") if author.get(k)
        )
        given = author.get("given-names")
        out = {"name": f"{family}, {given}" if given else family}
    if author.get("affiliation"):
        out["affiliation"] = str(author["affiliation"])
    if author.get("orcid"):
        out["orcid"] = str(author["orcid"]).removeprefix("https://orcid.org/")
    return out


def _reference(ref: dict[str, Any]) -> str:
    """A CFF reference as one line of text (Zenodo's ``references`` are strings)."""
    who = ", ".join(_creator(a)["name"] for a in ref.get("authors", []))
    parts = [f"{who}: {ref['title']}" if who else str(ref["title"])]
    if ref.get("date-published"):
        parts.append(str(ref["date-published"]))
    if ref.get("url"):
        parts.append(str(ref["url"]))
    return ". ".join(parts)


def from_cff(cff: dict[str, Any]) -> dict[str, Any]:
    """Zenodo deposit metadata for the work ``cff`` (a parsed CITATION.cff) describes."""
    kind = cff.get("type", "software")
    if kind not in UPLOAD_TYPES:
        raise ValueError(f"CITATION.cff type {kind!r}: expected one of {sorted(UPLOAD_TYPES)}")
    date = cff["date-released"]
    out: dict[str, Any] = {
        "upload_type": UPLOAD_TYPES[kind],
        "title": cff["title"],
        # Zenodo renders the description as HTML.
        "description": f"<p>{html.escape(cff['abstract'], quote=False)}</p>",
        "creators": [_creator(a) for a in cff["authors"]],
        "version": str(cff["version"]),
        "publication_date": date.isoformat() if isinstance(date, dt.date) else str(date),
        "access_right": "open",
        "license": {"id": str(cff["license"]).lower()},
        "keywords": [str(k) for k in cff.get("keywords", [])],
        "language": "eng",
    }
    if cff.get("repository-code"):
        out["related_identifiers"] = [
            {"identifier": cff["repository-code"], "relation": "isSupplementTo", "scheme": "url"}
        ]
    if cff.get("references"):
        out["references"] = [_reference(r) for r in cff["references"]]
    return out


def from_cff_text(text: str) -> dict[str, Any]:
    """:func:`from_cff` of CITATION.cff's text."""
    import yaml

    return from_cff(yaml.safe_load(text))


def dumps(meta: dict[str, Any]) -> str:
    return json.dumps(meta, indent=2, ensure_ascii=False) + "\n"
