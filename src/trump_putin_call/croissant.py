"""``croissant.json``: MLCommons Croissant 1.0 metadata, generated from ``schemas/``.

Croissant is the JSON-LD that dataset catalogues (Hugging Face, Kaggle, OpenML) and ML
loaders read. One ``FileObject`` per Parquet file (path, size and sha256 from
``datapackage.json``) and one ``RecordSet`` per table: every column with its type and
description from the Table Schema, the primary key as ``key`` and the foreign keys in the
record set's description. (Croissant ``references`` would declare them too, but
mlcroissant 1.1 turns them into joins whose graph has cycles here and then loads nothing.)
``python -m trump_putin_call.metadata`` (``nox -s metadata``, and the end of ``nox -s
build``) writes it; a test fails when it drifts, validates it with ``mlcroissant`` and
loads every record set through it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from trump_putin_call import citation
from trump_putin_call import release as _release
from trump_putin_call.hashes import recorded_size
from trump_putin_call.schemas import TABLES

FILENAME = "croissant.json"
CONFORMS_TO = "http://mlcommons.org/croissant/1.0"
#: Parquet as Croissant names it (mlcroissant reads this encoding format).
ENCODING_FORMAT = "application/x-parquet"

#: The official Croissant 1.0 ``@context``, copied verbatim (readers warn on any other).
CONTEXT: dict[str, Any] = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileProperty": "cr:fileProperty",
    "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "parentField": "cr:parentField",
    "path": "cr:path",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
}

#: Table Schema type → Croissant (schema.org) data type.
DATA_TYPES = {
    "string": "sc:Text",
    "integer": "sc:Integer",
    "number": "sc:Float",
    "boolean": "sc:Boolean",
    "date": "sc:Date",
}


def _file_id(name: str) -> str:
    return f"{name}.parquet"


def _field(table: str, field: dict[str, Any]) -> dict[str, Any]:
    try:
        data_type = DATA_TYPES[field["type"]]
    except KeyError:
        raise ValueError(
            f"{table}.{field['name']}: no Croissant type for {field['type']!r}"
        ) from None
    return {
        "@type": "cr:Field",
        "@id": f"{table}/{field['name']}",
        "name": field["name"],
        "description": field.get("description", ""),
        "dataType": data_type,
        "source": {
            "fileObject": {"@id": _file_id(table)},
            "extract": {"column": field["name"]},
        },
    }


def _record_set(table: str, schema: dict[str, Any]) -> dict[str, Any]:
    keys = [
        f"{', '.join(fk['fields'])} → {fk['reference']['resource']}."
        f"{', '.join(fk['reference']['fields'])}"
        for fk in schema.get("foreignKeys", [])
    ]
    description = f"{schema['description']} Primary key: {', '.join(schema['primaryKey'])}."
    if keys:
        description += " Foreign keys: " + "; ".join(keys) + "."
    return {
        "@type": "cr:RecordSet",
        "@id": table,
        "name": table,
        "description": description,
        "key": [{"@id": f"{table}/{k}"} for k in schema["primaryKey"]],
        "field": [_field(table, f) for f in schema["fields"]],
    }


def croissant(root: Path) -> dict[str, Any]:
    """The Croissant JSON-LD for the data package at ``root`` (``datapackage.json`` there)."""
    root = Path(root)
    desc = json.loads((root / "datapackage.json").read_text("utf-8"))
    rel = _release.read(root / "pyproject.toml")
    meta = citation.package_metadata(root)
    resources = {res["name"]: res for res in desc["resources"]}
    schemas = {
        name: json.loads((root / resources[name]["schema"]).read_text("utf-8")) for name in TABLES
    }
    distribution = []
    for name in TABLES:
        res = resources[name]
        algorithm, _, digest = res["hash"].partition(":")
        if algorithm != "sha256":
            raise ValueError(f"datapackage.json: {name} hash is not sha256: {res['hash']}")
        distribution.append(
            {
                "@type": "cr:FileObject",
                "@id": _file_id(name),
                "name": _file_id(name),
                "description": f"The {name} table as Parquet (zstd). {res['description']}",
                "contentUrl": res["path"],
                "contentSize": f"{recorded_size(res)} B",
                "encodingFormat": ENCODING_FORMAT,
                "sha256": digest,
            }
        )
    out: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "sc:Dataset",
        "conformsTo": CONFORMS_TO,
        "name": meta["name"],
        "alternateName": [meta["title"]],
        "description": meta["description"],
        "version": rel.semver,
        "datePublished": rel.date.isoformat(),
        "license": [lic["path"] for lic in meta["licenses"] if "name" in lic],
        "creator": [{"@type": "Organization", "name": name} for name in citation.authors(meta)],
        "keywords": meta["keywords"],
        "inLanguage": "en",
        "citeAs": citation.bibtex(rel, meta),
    }
    if meta.get("homepage"):
        out["url"] = meta["homepage"]
    if rel.concept_doi:
        out["identifier"] = f"https://doi.org/{rel.concept_doi}"
        out["sameAs"] = f"https://doi.org/{rel.concept_doi}"
    out["distribution"] = distribution
    out["recordSet"] = [_record_set(name, schemas[name]) for name in TABLES]
    return out


def dumps(doc: dict[str, Any]) -> str:
    """Stable JSON text: key order as built, two-space indent, final newline."""
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write ``croissant.json`` beside ``datapackage.json`` in the current folder."""
    root = Path.cwd()
    (root / FILENAME).write_text(dumps(croissant(root)), encoding="utf-8")
    print(f"wrote {root / FILENAME}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
