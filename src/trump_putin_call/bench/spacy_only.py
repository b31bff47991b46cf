"""Bare spaCy, the benchmark's yardstick: ``nlp.pipe`` over the corpus's articles.

The model as ``spacy.load`` gives it (every component, no change), the article files'
texts whole, ``nlp.pipe``'s default batch size: what a researcher would run. Prints JSON:
words, texts and the seconds ``nlp.pipe`` took (loading excluded). ``--shard I/N`` takes
every N-th article from the I-th, so N processes can share a corpus.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("corpus", type=Path)
    p.add_argument("--shard", default="0/1", help="I/N: every N-th article from the I-th")
    args = p.parse_args(argv)
    index, count = (int(x) for x in args.shard.split("/"))

    import spacy

    from trump_putin_call.pipeline.nlp import MODEL_NAME

    files = sorted(args.corpus.rglob("*.txt"))[index::count]
    texts = [f.read_text("utf-8") for f in files]
    model = spacy.load(MODEL_NAME)
    start = time.perf_counter()
    for _ in model.pipe(texts):
        pass
    seconds = time.perf_counter() - start
    words = sum(len(t.split()) for t in texts)
    print(json.dumps({"words": words, "texts": len(texts), "seconds": seconds}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
