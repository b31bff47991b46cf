"""The generated release metadata: CITATION.cff, .zenodo.json, croissant.json, README card.

Each is derived from ``pyproject.toml`` (version, release date), ``schemas/`` (tables,
package metadata), ``raw/sources.csv`` and ``datapackage.json`` (checksums); none is
written by hand; ``.zenodo.json`` is generated from CITATION.cff (read as YAML: PyYAML).
``python -m trump_putin_call.metadata`` (``nox -s metadata``, and the end of ``nox -s
build``) regenerates them in the current checkout; :func:`drift` names the ones that
differ, and a test fails on any.

The README's dataset card is Hugging Face-style YAML front matter: one config per table
pointing at ``build/{table}.parquet``, so ``datasets.load_dataset(".", "quotes")`` works on
a checkout, plus the BibTeX of the current version between citation markers.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

from trump_putin_call import citation, croissant, zenodo
from trump_putin_call import release as _release
from trump_putin_call.schemas import TABLES

README = "README.md"
CITE_START, CITE_END = "<!-- citation:start -->", "<!-- citation:end -->"
#: The licence in the dataset card: several terms apply, so "other", named and linked.
HF_LICENSE_NAME = "cc-by-4.0-annotations-mit-code-publisher-copyright-texts"
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)


def _q(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def front_matter(root: Path) -> str:
    """Hugging Face dataset card metadata (YAML between ``---`` lines)."""
    meta = citation.package_metadata(root)
    lines = [
        "---",
        "# Dataset card metadata (Hugging Face), generated from schemas/ by `nox -s metadata`.",
        f"pretty_name: {_q(meta['title'])}",
        "language:",
        "  - en",
        "license: other",
        f"license_name: {HF_LICENSE_NAME}",
        "license_link: LICENSE",
        "tags:",
        *(f"  - {_q(word)}" for word in meta["keywords"]),
        "configs:",
    ]
    for name in TABLES:
        lines += [
            f"  - config_name: {name}",
            "    data_files:",
            "      - split: train",
            f"        path: build/{name}.parquet",
        ]
    lines.append("---")
    return "\n".join(lines) + "\n"


def citation_block(root: Path) -> str:
    rel = _release.read(root / "pyproject.toml")
    bib = citation.bibtex(rel, citation.package_metadata(root))
    return f"{CITE_START}\n```bibtex\n{bib}```\n{CITE_END}"


def render_readme(readme: str, root: Path) -> str:
    """``readme`` with its front matter and citation block regenerated."""
    body = _FRONT_MATTER.sub("", readme, count=1)
    pattern = re.compile(re.escape(CITE_START) + r".*?" + re.escape(CITE_END), re.S)
    if not pattern.search(body):
        raise ValueError(f"README has no {CITE_START} … {CITE_END} markers")
    block = citation_block(root)
    body = pattern.sub(lambda _: block, body)
    return front_matter(root) + body


def expected(root: Path) -> dict[str, Callable[[], str]]:
    """File name → how to generate its text for the checkout at ``root``."""
    return {
        citation.CFF_NAME: lambda: citation.cff_for_checkout(root),
        zenodo.FILENAME: lambda: zenodo.dumps(
            zenodo.from_cff_text(citation.cff_for_checkout(root))
        ),
        croissant.FILENAME: lambda: croissant.dumps(croissant.croissant(root)),
        README: lambda: render_readme((root / README).read_text("utf-8"), root),
    }


def drift(root: Path) -> list[str]:
    """Names of the generated files that differ from what ``root`` would generate."""
    out = []
    for name, make in expected(root).items():
        path = root / name
        if not path.is_file() or path.read_text("utf-8") != make():
            out.append(name)
    return out


def write(root: Path) -> list[str]:
    """Regenerate every file; returns the names of those that changed."""
    changed = []
    for name, make in expected(root).items():
        path = root / name
        text = make()
        if not path.is_file() or path.read_text("utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed.append(name)
    return changed


def main(argv: list[str] | None = None) -> int:
    changed = write(Path.cwd())
    for name in changed:
        print(f"regenerated {name}")
    if not changed:
        print("CITATION.cff, .zenodo.json, croissant.json and README.md are up to date")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
