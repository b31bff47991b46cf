"""Grammatical gender of first names, for resolving he/she to the right person.

Uses the name-gender reference data of ``nomquamgender`` (MIT; Van Buskirk et al. 2022,
aggregated from 36 sources), read directly so that its pandas-based module is not
imported. Only names the data classifies with ≥ 90 % agreement and ≥ 100 observations
are used; anything else is unknown (None), never guessed.
"""

from __future__ import annotations

import json
import unicodedata
from functools import cache
from importlib.util import find_spec
from pathlib import Path

THRESHOLD = 0.1
MIN_COUNT = 100


@cache
def _table() -> dict[str, str]:
    spec = find_spec("nomquamgender")
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = Path(next(iter(spec.submodule_search_locations))) / "name_data.json"
    data = json.loads(path.read_text("utf-8"))
    table = {}
    for name, (_, count, p_female, *_rest) in data.items():
        if count >= MIN_COUNT and (p_female <= THRESHOLD or p_female >= 1 - THRESHOLD):
            table[name] = "f" if p_female >= 0.5 else "m"
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
