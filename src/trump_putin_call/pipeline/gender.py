"""Grammatical gender of first names, for resolving he/she to the right person.

Uses the name-gender reference data of ``nomquamgender`` (MIT; Van Buskirk et al. 2022,
aggregated from 36 sources), read directly so that its pandas-based module is not
imported. Only names the data classifies with ≥ 90 % agreement and ≥ 100 observations
are used; anything else is unknown (None), never guessed.
"""

from __future__ import annotations

import json
import os
import unicodedata
from functools import cache
from importlib import metadata
from importlib.util import find_spec
from pathlib import Path

THRESHOLD = 0.1
MIN_COUNT = 100


def cache_root() -> Path:
    """The user's cache folder for this package (``TRUMP_PUTIN_CALL_CACHE_DIR`` overrides)."""
    if env := os.environ.get("TRUMP_PUTIN_CALL_CACHE_DIR"):
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "trump-putin-call"


def _derived(path: Path) -> dict[str, str]:
    data = json.loads(path.read_text("utf-8"))
    table = {}
    for name, (_, count, p_female, *_rest) in data.items():
        if count >= MIN_COUNT and (p_female <= THRESHOLD or p_female >= 1 - THRESHOLD):
            table[name] = "f" if p_female >= 0.5 else "m"
    return table


@cache
def _table() -> dict[str, str]:
    """name → 'f' or 'm'. Deriving it from the 22 MB JSON takes seconds, so the (0.6 MB)
    result is kept in the user's cache folder, keyed by the data's version and the
    thresholds; a cache that cannot be read or written is simply not used."""
    spec = find_spec("nomquamgender")
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = Path(next(iter(spec.submodule_search_locations))) / "name_data.json"
    version = metadata.version("nomquamgender")
    kept = cache_root() / f"gender-{version}-{THRESHOLD}-{MIN_COUNT}.tsv"
    try:
        lines = kept.read_text("utf-8").splitlines()
        if lines and lines[0] == f"# {path.stat().st_size}":
            return dict(line.split("\t") for line in lines[1:])
    except (OSError, ValueError):
        pass
    table = _derived(path)
    try:
        kept.parent.mkdir(parents=True, exist_ok=True)
        tmp = kept.with_name(f".{kept.name}.tmp-{os.getpid()}")
        body = "".join(f"{name}\t{g}\n" for name, g in sorted(table.items()))
        tmp.write_text(f"# {path.stat().st_size}\n{body}", encoding="utf-8")
        os.replace(tmp, kept)
    except OSError:
        pass
    return table


def of_name(full_name: str) -> str | None:
    """'f', 'm' or None for a person's name, judged by its first word."""
    first = full_name.split()[0] if full_name.split() else ""
    key = unicodedata.normalize("NFKD", first).encode("ascii", "ignore").decode().lower()
    key = key.strip(".,'’")
    if not key:
        return None
    return _table().get(key)


#: Pronouns and the gender they require.
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
