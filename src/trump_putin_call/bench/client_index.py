"""What the build's client holds per article after reading and checking its input.

``python -m trump_putin_call.bench.client_index CORPUS [--texts]`` runs the client's
validating pass (:func:`~trump_putin_call.pipeline.build.index_inputs`) over a corpus file
and prints, as JSON, the articles, the bytes Python still holds once it is done
(``tracemalloc``: the index the build keeps) and the peak while reading. ``--texts`` reads
every text and row's metadata back into memory instead
(:func:`~trump_putin_call.pipeline.build.read_inputs`), which is what the client held
before workers read their own rows. ``--file`` is what a Dask client holds: the pass runs
in a child process that writes the index to a file (:mod:`~trump_putin_call.pipeline.index`,
:mod:`~trump_putin_call.pipeline.isolated`).
"""

from __future__ import annotations

import argparse
import gc
import json
import tracemalloc
from pathlib import Path


def probe(corpus: Path, texts: bool, file: bool = False) -> dict[str, float]:
    import tempfile

    import pyarrow.parquet  # noqa: F401 (imported before tracing: modules are not the index)

    from trump_putin_call.pipeline import build, isolated

    scratch = tempfile.TemporaryDirectory()
    tracemalloc.start()
    if file:
        inputs = isolated.index_inputs(corpus, index_file=Path(scratch.name) / "index")
    else:
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
    p.add_argument("--file", action="store_true", help="the index in a file (a Dask client)")
    args = p.parse_args(argv)
    print(json.dumps(probe(args.corpus, args.texts, args.file)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
