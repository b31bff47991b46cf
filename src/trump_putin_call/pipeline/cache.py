"""The annotation cache: per-article results kept between builds, so a rebuild after a
change to one article runs spaCy and the per-article stages on that article only.

An entry is one article's :class:`~trump_putin_call.pipeline.annotate.Annotated` as it
leaves the per-article stages (before corpus-level entity linking, which every build
redoes over the whole corpus), without its source record, pickled and compressed. It is
filed under a *context* (a hash of everything the result depends on besides the text:
the source code of the ``pipeline`` modules that shape it, the versions of the model,
spaCy, thinc, numpy, nomquamgender and Python, the Unicode version, and the entity
overrides) and the sha256 of the source file's bytes. Change any of them and the entry
is simply not found, so a cached build is byte-identical to a clean one
(``tests/test_cache.py`` checks it).

The cache lives outside the published package: by default in ``.cache/`` beside
``datapackage.json`` for ``trump-putin-call build`` (``--cache-dir``, ``--no-cache``); the
Python API builds without one unless given ``cache_dir``. Entries are written atomically
(a killed build leaves no half entry), unreadable ones are recomputed, and only the
:data:`KEEP_CONTEXTS` most recently used contexts are kept. Entries are pickles: like
``__pycache__``, the folder must only be writable by the people who run the build.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
import sys
import unicodedata
import zlib
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trump_putin_call.pipeline.annotate import Annotated
    from trump_putin_call.pipeline.overrides import Override
    from trump_putin_call.pipeline.read import RawArticle

#: Bump when the entry format changes.
FORMAT = 1
#: Contexts (code and model versions) kept; older ones are removed by the next build.
KEEP_CONTEXTS = 3
#: The cache folder's name beside ``datapackage.json`` (the CLI's default).
DEFAULT_NAME = ".cache"
_PACKAGE_DIR = Path(__file__).resolve().parent
#: Modules of the ``pipeline`` package that do not touch per-article results (they run
#: before or after the cache); every other module, a new one included, is in the key.
NOT_IN_KEY = frozenset(
    (
        "build.py",
        "cache.py",
        # The cross-article stage runs after the cache, on every build.
        "crosslink/__init__.py",
        "crosslink/candidates.py",
        "crosslink/evaluate.py",
        "crosslink/link.py",
        "crosslink/minhash.py",
        "crosslink/paraphrase.py",
        "crosslink/reuse.py",
        "crosslink/stage.py",
        "crosslink/tables.py",
        "crosslink/text.py",
        "crosslink/units.py",
        "crosslink/utterances.py",
        "datapackage.py",
        "evaluation.py",
        # The PolNeAR scorer reads built tables; it shapes no article's annotations.
        "polnear.py",
        "polnear_cues.py",
        "polnear_gold.py",
        "polnear_publishers.py",
        "polnear_run.py",
        "polnear_standin.py",
        "progress.py",
        "sources.py",
        "tables.py",
        "write.py",
        "write_pass.py",
    )
)


def code_hash() -> str:
    """sha256 of the source of every module of the ``pipeline`` package that shapes an
    article's annotations (all but :data:`NOT_IN_KEY`), those of its subpackages
    (``entities/``, ``quotes/``) included, and of the name lists it ships
    (``known_orgs.csv``, ``known_places.csv``)."""
    digest = hashlib.sha256()
    files = [*_PACKAGE_DIR.rglob("*.py"), *_PACKAGE_DIR.glob("*.csv")]
    named = sorted((p.relative_to(_PACKAGE_DIR).as_posix(), p) for p in files)
    for name, path in named:
        if name not in NOT_IN_KEY:
            digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def context(overrides: tuple[Override, ...] = ()) -> dict[str, object]:
    """Everything besides the article's text that its annotations depend on."""
    from trump_putin_call.pipeline import nlp

    return {
        "format": FORMAT,
        "code": code_hash(),
        "model": nlp.MODEL_NAME,
        "versions": nlp.versions(),
        "python": list(sys.version_info[:2]),
        "unicode": unicodedata.unidata_version,
        "overrides": [[o.surface, o.label, o.canonical_name] for o in overrides],
    }


def _context_id(ctx: dict[str, object]) -> str:
    return hashlib.sha256(json.dumps(ctx, sort_keys=True).encode()).hexdigest()[:24]


def dumps(annotated: Annotated) -> bytes:
    """An article's result without its source record, pickled and compressed."""
    return zlib.compress(pickle.dumps(replace(annotated, raw=None), protocol=5), 1)


def loads(data: bytes, raw: RawArticle) -> Annotated:
    """The result :func:`dumps` stored, given back its (current) source record."""
    return replace(pickle.loads(zlib.decompress(data)), raw=raw)


class AnnotationCache:
    """Entries of one context in ``root``."""

    def __init__(self, root: Path, overrides: tuple[Override, ...] = ()) -> None:
        self.root = Path(root)
        self.context = context(overrides)
        self.folder = self.root / "annotations" / _context_id(self.context)
        self.hits = 0
        self.misses = 0

    def _path(self, raw: RawArticle) -> Path:
        return self.folder / raw.sha256[:2] / f"{raw.sha256}.pickle.z"

    def get(self, raw: RawArticle) -> tuple[bytes, Annotated] | None:
        """The stored entry of ``raw`` (its bytes, and loaded), or None."""
        try:
            data = self._path(raw).read_bytes()
            annotated = loads(data, raw)
        except Exception:  # unreadable (truncated, foreign): recompute
            self.misses += 1
            return None
        self.hits += 1
        return data, annotated

    def put(self, raw: RawArticle, data: bytes) -> None:
        """Store an entry atomically (write beside, then rename)."""
        path = self._path(raw)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
        tmp.write_bytes(data)
        os.replace(tmp, path)

    def touch(self) -> None:
        """Mark this context used now, record what it is, and drop the oldest contexts."""
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / "context.json").write_text(
            json.dumps(self.context, indent=2, sort_keys=True) + "\n", encoding="utf-8"
        )
        tag = self.root / "CACHEDIR.TAG"
        if not tag.exists():
            tag.write_text(
                "Signature: 8a477f597d28d172789f06886806bc55\n"
                "# The trump-putin-call annotation cache: safe to delete.\n",
                encoding="utf-8",
            )
        contexts = [p for p in (self.root / "annotations").iterdir() if p.is_dir()]
        contexts.sort(key=lambda p: (p != self.folder, -p.stat().st_mtime_ns))
        for old in contexts[KEEP_CONTEXTS:]:
            shutil.rmtree(old, ignore_errors=True)
