"""Cost of the cross-article stage alone, and how it grows with the corpus.

``python -m trump_putin_call.bench.crosslink_cost 2000 5000 20000`` times (CPU seconds of
the process, which a busy machine inflates less than wall time)
:func:`trump_putin_call.pipeline.crosslink.crosslink` on seeded synthetic corpora of those
sizes, without spaCy: sentences are random word sequences drawn (Zipf-like) from the
vocabulary of the project's hand-written evaluation texts, split by a regex; one article in
ten reprints a paragraph of an earlier one, a word changed in one sentence. No entities and
no quotes, so this measures the reuse path (map, reduce, verify) and the indexing of the
paraphrase path; the bench corpus (``bench.corpus``) is unsuitable here: its templates
repeat whole sentences across hundreds of articles, which is formulaic reuse by design.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import Counter
from itertools import accumulate
from pathlib import Path

from trump_putin_call.bench.reuse_corpus import base_texts
from trump_putin_call.bench.reuse_corpus import sentences as split_sentences
from trump_putin_call.pipeline.crosslink.text import words

SEED = "trump-putin-call-crosslink-cost-1"
#: The evaluation texts, relative to the repository (run from there, as nox does).
EVAL = Path("eval")


def _vocabulary(eval_dir: Path = EVAL) -> tuple[list[str], list[float]]:
    """Words by frequency, with cumulative Zipf weights (1/rank)."""
    counts = Counter(w for t in base_texts(eval_dir) for w in words(t) if w.isalpha())
    vocab = sorted(counts, key=lambda w: (-counts[w], w))
    return vocab, list(accumulate(1.0 / (rank + 1) for rank in range(len(vocab))))


def corpus(n: int, seed: str = SEED) -> dict[str, str]:
    """``n`` articles (id → text); article ``i`` is the same whatever ``n``."""
    vocab, cum = _vocabulary()
    out: dict[str, str] = {}
    for i in range(n):
        rng = random.Random(f"{seed}:{i}")
        paras = []
        for _ in range(rng.randint(4, 7)):
            sents = []
            for _ in range(rng.randint(2, 4)):
                ws = rng.choices(vocab, cum_weights=cum, k=rng.randint(12, 30))
                sents.append(" ".join(ws).capitalize() + ".")
            paras.append(" ".join(sents))
        if i and rng.random() < 0.1:  # reprint a paragraph of an earlier article
            donor = out[f"c{rng.randrange(i):06d}"].split("\n")[0]
            ws = donor.split(" ")
            ws[rng.randrange(1, len(ws))] = "reportedly"
            paras.insert(rng.randrange(len(paras)), " ".join(ws))
        out[f"c{i:06d}"] = "\n".join(paras) + "\n"
    return out


def tables(texts: dict[str, str]) -> dict[str, object]:
    """articles and regex-split sentences; empty quotes and entities."""
    import polars as pl

    rows = []
    for aid, text in texts.items():
        pos = 0
        for line in text.split("\n"):
            for s, e in split_sentences(line) if line.strip() else []:
                sid = f"{aid}:s{len(rows) + 1:07d}"
                rows.append((sid, aid, pos + s, pos + e, line[s:e], "paragraph"))
            pos += len(line) + 1
    sent_cols = ["sentence_id", "article_id", "start_char", "end_char", "text", "block_type"]
    quote_cols = ["quote_id", "article_id", "quote_type", "text", "start_char", "end_char"]
    quote_cols += ["quote_group", "speaker_entity_id", "speaker_name"]
    ent_cols = ["article_id", "sentence_id", "entity_id", "label", "start_char", "end_char"]
    ints = {"start_char", "end_char"}

    def empty(cols: list[str]) -> pl.DataFrame:
        return pl.DataFrame(schema={c: pl.Int64 if c in ints else pl.String for c in cols})

    return {
        "articles": pl.DataFrame({"article_id": list(texts), "text": list(texts.values())}),
        "sentences": pl.DataFrame(rows, schema=sent_cols, orient="row"),
        "quotes": empty(quote_cols),
        "entities": empty(ent_cols),
    }


def measure(n: int) -> dict[str, float]:
    """Seconds for the stage on ``n`` articles, and what it found."""
    from trump_putin_call.pipeline.crosslink import crosslink

    t = tables(corpus(n))
    start, cpu = time.perf_counter(), time.process_time()
    links = crosslink(t)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {
        "articles": n,
        "sentences": t["sentences"].height,
        "seconds": round(seconds, 1),
        "cpu_seconds": round(cpu, 1),
        "per_1000": round(1000 * cpu / n, 2),
        "alignments": links.alignments.height,
    }


def main(argv: list[str] | None = None) -> int:
    """Print one line per corpus size."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("sizes", type=int, nargs="+")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    args = p.parse_args(argv)
    from trump_putin_call.pipeline.crosslink import crosslink

    crosslink(tables(corpus(2)))  # imports (datasketch pulls in scipy) outside the timing
    for n in args.sizes:
        m = measure(n)
        if args.json:
            print(json.dumps(m), flush=True)
            continue
        print(
            f"{m['articles']:>6} articles {m['sentences']:>8} sentences: "
            f"{m['cpu_seconds']:>7} s CPU "
            f"({m['per_1000']} CPU s per 1,000 articles; {m['seconds']} s wall), "
            f"{m['alignments']} alignments",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
