"""Map step of reuse blocking: MinHash band keys for each sentence, where the article is.

Each sentence of at least :data:`MIN_WORDS` words becomes a set of word 3-gram shingles,
a 126-permutation MinHash (datasketch, ``affine32`` scheme, seed 1) and 42 band keys of 3
rows each. Two sentences share a band key with probability ``1 - (1 - J**3)**42`` for
shingle Jaccard ``J``: 0.996 at J = 0.5, 0.93 at 0.4, 0.04 at 0.1. The keys depend only
on the sentence's text, never on the corpus, the worker or the order.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from trump_putin_call.pipeline.crosslink.text import shingles, words

if TYPE_CHECKING:
    import numpy as np
    import polars as pl

SHINGLE = 3
BANDS = 42
ROWS = 3
NUM_PERM = BANDS * ROWS
SEED = 1
SCHEME = "affine32"
#: Sentences shorter than this are not reuse evidence on their own ("He declined to comment.").
MIN_WORDS = 6


@dataclass(frozen=True)
class Params:
    """Blocking parameters (recorded in ``method``)."""

    shingle: int = SHINGLE
    bands: int = BANDS
    rows: int = ROWS
    min_words: int = MIN_WORDS

    @property
    def token(self) -> str:
        """The method token naming these parameters."""
        return f"minhash(w{self.shingle},{self.bands}x{self.rows})"


@cache
def _permutations(num_perm: int) -> object:
    from datasketch import MinHash

    return MinHash(num_perm=num_perm, seed=SEED, scheme=SCHEME).permutations


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser on uint64 (wrapping arithmetic: the same on every machine)."""
    import numpy as np

    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def band_keys(text: str, params: Params = Params()) -> list[int]:
    """The sentence's band keys (one signed 64-bit int per band); [] when too short.

    A band's key mixes its band number and its ``rows`` hash values with splitmix64, so
    two sentences share it only when those values are equal (up to 64-bit collisions).
    """
    import numpy as np
    from datasketch import MinHash

    toks = words(text)
    if len(toks) < params.min_words:
        return []
    num_perm = params.bands * params.rows
    mh = MinHash(num_perm=num_perm, permutations=_permutations(num_perm), scheme=SCHEME)
    mh.update_batch([s.encode("utf-8") for s in shingles(toks, params.shingle)])
    values = np.asarray(mh.hashvalues, dtype=np.uint64).reshape(params.bands, params.rows)
    with np.errstate(over="ignore"):
        key = _mix(np.arange(params.bands, dtype=np.uint64) + np.uint64(0x9E3779B97F4A7C15))
        for r in range(params.rows):
            key = _mix(key ^ values[:, r])
    return key.view(np.int64).tolist()


def signatures(sentences: pl.DataFrame, params: Params = Params()) -> pl.DataFrame:
    """Map: one row per (sentence, band key) for ``sentences`` (sentence_id, article_id, text).

    Run it on each article's (or part's) sentences where they are; concatenate the
    results in any order before :func:`trump_putin_call.pipeline.crosslink.candidates.pairs`.
    """
    import polars as pl

    sid, aid, key = [], [], []
    for s, a, t in sentences.select("sentence_id", "article_id", "text").iter_rows():
        for k in band_keys(t, params):
            sid.append(s)
            aid.append(a)
            key.append(k)
    return pl.DataFrame(
        {"key": key, "article_id": aid, "sentence_id": sid},
        schema={"key": pl.Int64, "article_id": pl.String, "sentence_id": pl.String},
    )
