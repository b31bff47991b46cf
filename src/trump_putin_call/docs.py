"""The README's data dictionary, generated from ``schemas/`` (never written by hand).

``python -m trump_putin_call.docs`` also regenerates the quality figures
(:mod:`trump_putin_call.figures`, from ``eval/figures.json``).
"""

from __future__ import annotations

import re
from pathlib import Path

from trump_putin_call.schemas import TABLES, table_schema

START, END = "<!-- data-dictionary:start -->", "<!-- data-dictionary:end -->"


def _constraints(field: dict) -> str:
    c = field.get("constraints", {})
    parts = []
    if c.get("required"):
        parts.append("required")
    if c.get("unique"):
        parts.append("unique")
    if "enum" in c:
        parts.append("one of " + ", ".join(f"`{v}`" for v in c["enum"]))
    if "minimum" in c:
        parts.append(f"≥ {c['minimum']}")
    if "pattern" in c:
        parts.append(f"pattern `{c['pattern']}`")
    return "; ".join(parts)


def data_dictionary() -> str:
    """Markdown: one section per table, one row per column."""
    out = []
    for name in TABLES:
        schema = table_schema(name)
        keys = ", ".join(f"`{k}`" for k in schema["primaryKey"])
        out.append(f"### `{name}`\n\n{schema['description']} Primary key: {keys}.\n")
        for fk in schema.get("foreignKeys", []):
            ref = fk["reference"]
            out.append(
                f"Foreign key: {', '.join(fk['fields'])} → "
                f"`{ref['resource']}`.{', '.join(ref['fields'])}.  "
            )
        out.append("\n| column | type | description | constraints |\n| --- | --- | --- | --- |")
        for f in schema["fields"]:
            desc = f.get("description", "").replace("|", "\\|")
            out.append(f"| `{f['name']}` | {f['type']} | {desc} | {_constraints(f)} |")
        out.append("")
    return "\n".join(out).strip() + "\n"


def render(readme: str) -> str:
    """``readme`` with the text between the markers replaced by the data dictionary."""
    pattern = re.compile(re.escape(START) + r".*?" + re.escape(END), re.S)
    if not pattern.search(readme):
        raise ValueError(f"README has no {START} … {END} markers")
    return pattern.sub(lambda _: f"{START}\n{data_dictionary()}{END}", readme)


def main() -> None:
    """Rewrite README.md's data dictionary and quality figures (in the repository root)."""
    from trump_putin_call import figures

    path = Path("README.md")
    path.write_text(render(path.read_text("utf-8")), encoding="utf-8")
    figures.main(path)


if __name__ == "__main__":
    main()
