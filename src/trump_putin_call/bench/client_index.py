"""What the build's client holds per article after reading and checking its input.

``python -m trump_putin_call.bench.client_index CORPUS [--texts]`` runs the client's
validating pass (:func:`~trump_putin_call.pipeline.build.index_inputs`) over a corpus file
and prints, as JSON, the articles, the bytes Python still holds once it is done
(``tracemalloc``: the index the build keeps) and the peak while reading. ``--texts`` reads
every text and row's metadata back into memory instead
(:func:`~trump_putin_call.pipeline.build.read_inputs`), which is what the client held
before workers read their own rows.
"""

from __future__ import annotations

import argparse
import gc
import json
import tracemalloc
from pathlib import Path


def probe(corpus: Path, texts: bool) -> dict[str, float]:
    import pyarrow.parquet  # noqa: F401 (imported before tracing: modules are not the index)

    from trump_putin_call.pipeline import build

    tracemalloc.start()
    inputs = (build.read_inputs if texts else build.index_inputs)(corpus)
    gc.collect()
    held, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    n = len(inputs.raws)
    return {"articles": n, "held": held, "peak": peak, "held_per_article": held / n}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("corpus", type=Path)
    p.add_argument("--texts", action="store_true", help="hold the texts (the old client)")
    args = p.parse_args(argv)
    print(json.dumps(probe(args.corpus, args.texts)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
