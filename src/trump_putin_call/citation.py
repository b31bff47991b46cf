"""How to cite this dataset: CITATION.cff, BibTeX and APA, all from one set of metadata.

The metadata come from ``schemas/package.json`` (title, description, contributors, licences,
keywords, homepage), the release (version, date, DOI: see :mod:`trump_putin_call.release`)
and ``raw/sources.csv`` (the source articles, cited under ``references`` where they are
known). ``CITATION.cff`` is generated from them (``python -m trump_putin_call.citation``,
run by ``nox -s metadata``) and a test fails when the committed file drifts.

>>> import trump_putin_call as t
>>> print(t.cite("bibtex"))  # or "apa", or "cff" (the CITATION.cff of the installed data)
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

from trump_putin_call import release as _release
from trump_putin_call._paths import data_root, schemas_dir

Style = Literal["bibtex", "apa", "cff"]
CFF_NAME = "CITATION.cff"
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def package_metadata(root: Path | None = None) -> dict[str, Any]:
    """``schemas/package.json`` (of the installed data, or of the checkout at ``root``)."""
    folder = root / "schemas" if root is not None else schemas_dir()
    return json.loads((folder / "package.json").read_text("utf-8"))


def authors(meta: dict[str, Any] | None = None) -> list[str]:
    """Names of the contributors who are creators (the citation's authors), in order."""
    meta = meta or package_metadata()
    return [c["title"] for c in meta["contributors"] if "creator" in c.get("roles", [])]


def spdx_licenses(meta: dict[str, Any] | None = None) -> list[str]:
    """SPDX ids of the open licences (the article texts have none: publishers' copyright)."""
    meta = meta or package_metadata()
    return [lic["name"] for lic in meta["licenses"] if "name" in lic]


def data_license(meta: dict[str, Any] | None = None) -> str:
    """The dataset's licence: the first in package.json (the annotations, CC-BY-4.0).

    CITATION.cff names this one only: Zenodo, which archives releases from it, takes one
    licence per record. The abstract says what the code and the article texts are under.
    """
    return spdx_licenses(meta)[0]


def _dated(rel: _release.Release) -> str:
    """``Version 1.0.0, released 2026-01-31`` (a .devN version is a dated snapshot)."""
    if rel.is_dev:
        return f"Development snapshot {rel.version} of {rel.date.isoformat()}"
    return f"Version {rel.version}, released {rel.date.isoformat()}"


def _doi_url(doi: str) -> str:
    return f"https://doi.org/{doi}"


# --- APA ---------------------------------------------------------------------------------


def apa(rel: _release.Release | None = None, meta: dict[str, Any] | None = None) -> str:
    """APA 7 reference for a data set, one line of plain text."""
    rel, meta = rel or _release.current(), meta or package_metadata()
    names = authors(meta)
    who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + ", & " + names[-1]
    link = _doi_url(rel.concept_doi) if rel.concept_doi else meta.get("homepage")
    ref = f"{who}. ({rel.date.year}). {meta['title']} (Version {rel.version}) [Data set]."
    return f"{ref} {link}" if link else ref


# --- BibTeX ------------------------------------------------------------------------------


def _bibtex_text(text: str) -> str:
    """Escape what BibTeX treats specially; an en dash becomes ``--``."""
    for char, escaped in (
        ("\\", r"\textbackslash{}"),
        ("{", r"\{"),
        ("}", r"\}"),
        ("&", r"\&"),
        ("%", r"\%"),
        ("$", r"\$"),
        ("#", r"\#"),
        ("_", r"\_"),
    ):
        text = text.replace(char, escaped)
    return text.replace("–", "--").replace("—", "---")


def bibtex_key(rel: _release.Release | None = None, meta: dict[str, Any] | None = None) -> str:
    """``{name}-{version}``: one key per version, so two versions never collide."""
    rel, meta = rel or _release.current(), meta or package_metadata()
    return f"{meta['name']}-{rel.version}"


def bibtex(rel: _release.Release | None = None, meta: dict[str, Any] | None = None) -> str:
    """A ``@misc`` entry (BibTeX has no dataset type; biblatex reads it too)."""
    rel, meta = rel or _release.current(), meta or package_metadata()
    # Corporate authors in double braces, so BibTeX does not split them into first/last.
    author = " and ".join(f"{{{_bibtex_text(name)}}}" for name in authors(meta))
    fields: list[tuple[str, str]] = [
        ("author", f"{{{author}}}"),
        ("title", f"{{{{{_bibtex_text(meta['title'])}}}}}"),
        ("year", f"{{{rel.date.year}}}"),
        ("month", _MONTHS[rel.date.month - 1]),
        ("version", f"{{{rel.version}}}"),
        ("howpublished", "{Data set}"),
    ]
    if meta.get("homepage"):  # no repository address is invented before one exists
        fields.append(("url", f"{{{meta['homepage']}}}"))
    if rel.concept_doi:
        fields.append(("doi", f"{{{rel.concept_doi}}}"))
    fields.append(
        (
            "note",
            f"{{{_dated(rel)}. "
            f"Licences: {_bibtex_text(', '.join(spdx_licenses(meta)))}; article texts "
            "remain their publishers' copyright}",
        )
    )
    width = max(len(name) for name, _ in fields)
    body = ",\n".join(f"  {name:<{width}} = {value}" for name, value in fields)
    return f"@misc{{{bibtex_key(rel, meta)},\n{body}\n}}\n"


# --- CITATION.cff ------------------------------------------------------------------------


def _q(value: str) -> str:
    """A YAML double-quoted scalar (JSON string syntax is valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def _titles(root: Path) -> dict[str, str]:
    """``source_path`` → article title from the built articles table, where it has one."""
    path = root / "build" / "articles.parquet"
    if not path.is_file():
        return {}
    import pyarrow.parquet as pq

    table = pq.read_table(path, columns=["source_path", "title"]).to_pylist()
    return {row["source_path"]: row["title"] for row in table if row["title"]}


def references(root: Path) -> list[dict[str, str]]:
    """The source articles whose outlet is known (``raw/sources.csv``), as CFF references.

    An article whose outlet is unknown has no author to name, so it is not cited: nothing
    is invented.
    """
    from trump_putin_call.pipeline.sources import read_sources

    sources = read_sources(root / "raw")
    titles = _titles(root)
    out = []
    for source_path in sorted(sources):
        info = sources[source_path]
        if not info.outlet:
            continue
        ref = {
            "type": "newspaper-article",
            "title": titles.get(source_path, f"{info.outlet}: {source_path}"),
            "author": info.outlet,
        }
        if info.url:
            ref["url"] = info.url
        if info.published:
            ref["date-published"] = info.published.isoformat()
        if info.license:
            ref["notes"] = f"Licence: {info.license}"
        out.append(ref)
    return out


def cff(
    rel: _release.Release | None = None,
    meta: dict[str, Any] | None = None,
    refs: list[dict[str, str]] | None = None,
) -> str:
    """The text of ``CITATION.cff`` (Citation File Format 1.2.0)."""
    rel, meta = rel or _release.current(), meta or package_metadata()
    lines = [
        "# Generated from pyproject.toml, schemas/package.json and raw/sources.csv by",
        "# `nox -s metadata`: do not edit by hand (a test fails when it drifts).",
        "cff-version: 1.2.0",
        "message: "
        + _q("If you use this dataset, please cite the exact version you used as below."),
        "type: dataset",
        f"title: {_q(meta['title'])}",
        f"abstract: {_q(meta['description'])}",
        "authors:",
        *(f"  - name: {_q(name)}" for name in authors(meta)),
        f"version: {_q(rel.version)}",
        f"date-released: {rel.date.isoformat()}",
    ]
    if rel.concept_doi:
        lines += [
            f"doi: {_q(rel.concept_doi)}",
            "identifiers:",
            "  - type: doi",
            f"    value: {_q(rel.concept_doi)}",
            "    description: Concept DOI (all versions; Zenodo)",
        ]
    lines += [
        f"license: {_q(data_license(meta))}",
    ]
    if meta.get("homepage"):
        lines += [f"repository-code: {_q(meta['homepage'])}", f"url: {_q(meta['homepage'])}"]
    lines += [
        "keywords:",
        *(f"  - {_q(word)}" for word in meta["keywords"]),
    ]
    if refs:
        lines.append("references:")
        for ref in refs:
            lines += [
                f"  - type: {ref['type']}",
                f"    title: {_q(ref['title'])}",
                "    authors:",
                f"      - name: {_q(ref['author'])}",
            ]
            for key in ("url", "date-published", "notes"):
                if key in ref:
                    value = ref[key] if key == "date-published" else _q(ref[key])
                    lines.append(f"    {key}: {value}")
    return "\n".join(lines) + "\n"


def cff_for_checkout(root: Path) -> str:
    """``CITATION.cff`` as generated for the checkout at ``root``."""
    return cff(_release.read(root / "pyproject.toml"), package_metadata(root), references(root))


# --- the one entry point -----------------------------------------------------------------


def cite(style: Style = "bibtex") -> str:
    """The citation of the installed version: ``"bibtex"``, ``"apa"`` or ``"cff"``."""
    if style == "bibtex":
        return bibtex()
    if style == "apa":
        return apa() + "\n"
    if style == "cff":
        return (data_root() / CFF_NAME).read_text("utf-8")
    raise ValueError(f"unknown citation style {style!r}; use 'bibtex', 'apa' or 'cff'")


def main(argv: list[str] | None = None) -> int:
    """Write ``CITATION.cff`` in the current folder (a checkout)."""
    root = Path.cwd()
    (root / CFF_NAME).write_text(cff_for_checkout(root), encoding="utf-8")
    print(f"wrote {root / CFF_NAME}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
