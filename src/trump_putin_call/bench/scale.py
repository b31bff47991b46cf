"""``nox -s bench`` (second part): building a corpus file on Dask, measured.

1. Throughput: the same Parquet corpus (:func:`.corpus.write_parquet`) built by the
   2-process build (``--workers 2``) and on a Dask LocalCluster of 2 worker processes
   (``--dask local --workers 2``), each in a fresh process, in alternation, each scored by
   its fastest run; and whether the two packages are byte-identical.
2. Client memory: the peak resident memory of the process that runs ``trump-putin-call
   build --dask local`` (not its workers) at two corpus sizes.

Prints the README's "Build a large corpus" figures and writes ``results-scale.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from pathlib import Path
from typing import Any

from trump_putin_call.bench import corpus as corpus_module
from trump_putin_call.bench.run import PYTHON, _check, _mib, machine, measure

#: Words in a million articles of the benchmark corpus's length (about 480 words each).
WORDS_PER_ARTICLE = 480


def _build(source: Path, out: Path, *extra: str) -> list[str]:
    if out.exists():
        shutil.rmtree(out)
    cmd = [PYTHON, "-m", "trump_putin_call.cli", "build", str(source), "--out", str(out)]
    return [*cmd, "--no-cache", "--workers", "2", *extra]


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted((folder / "build").rglob("*.parquet"))
    } | {"datapackage.json": (folder / "datapackage.json").read_bytes()}


def run(
    work: Path,
    articles: int,
    sizes: list[int],
    lines: int | None,
    rounds: int,
    memory_lines: int | None = None,
) -> dict:
    work.mkdir(parents=True, exist_ok=True)
    res: dict[str, Any] = {"machine": machine(), "articles": articles, "lines": lines}
    res["memory_lines"] = memory_lines

    def say(text: str) -> None:
        print(f"[bench-scale {time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)

    corpus = work / "corpus.parquet"
    say(f"writing the corpus: {articles} articles")
    _, words = corpus_module.write_parquet(corpus, articles, lines=lines)
    res["words"] = words
    samples: dict[str, list[float]] = {"processes_2": [], "dask_2": []}
    for r in range(1, rounds + 1):
        for name, extra in (("processes_2", ()), ("dask_2", ("--dask", "local"))):
            say(f"round {r}/{rounds}: {name}")
            m = _check(measure(_build(corpus, work / name, *extra)), name)
            samples[name].append(m.seconds)
    res["samples"] = samples
    res["identical"] = _files(work / "processes_2") == _files(work / "dask_2")
    res["memory"] = {}
    for n in sizes:
        source = work / f"corpus-{n}.parquet"
        say(f"client memory: {n} articles on dask")
        _, size_words = corpus_module.write_parquet(source, n, lines=memory_lines)
        m = _check(measure(_build(source, work / f"mem-{n}", "--dask", "local")), f"{n} on dask")
        res["memory"][str(n)] = {
            "client_peak": m.peak_own,
            "all_peak": m.peak_rss,
            "seconds": m.seconds,
            "words": size_words,
        }
        source.unlink()
    res["machine"]["load_average_at_end"] = list(os.getloadavg())
    (work / "results-scale.json").write_text(json.dumps(res, indent=2) + "\n", "utf-8")
    return res


def report(res: dict) -> str:
    best = {name: min(xs) for name, xs in res["samples"].items()}
    words = res["words"]
    procs, dask = words / best["processes_2"], words / best["dask_2"]
    per_core = procs / 2
    hours = 1_000_000 * WORDS_PER_ARTICLE / per_core / 3600
    sizes = sorted(res["memory"], key=int)
    mem = [res["memory"][n]["client_peak"] for n in sizes]
    ok = {True: "yes", False: "**no**"}
    m = res["machine"]
    lines = [
        f"Corpus: {res['articles']:,} generated articles as one Parquet file, {words:,} words"
        + (f" (each cut to its first {res['lines']} lines)" if res["lines"] else "")
        + f". Machine: {m['cpu']}, {m['cores']} cores; load average "
        f"{m['load_average_at_start'][0]:.2f} at the start, "
        f"{m['load_average_at_end'][0]:.2f} at the end.",
        "",
        "| measure | result | target |",
        "| --- | --- | --- |",
        f"| Dask LocalCluster, 2 workers ÷ 2-process build (words/s) | **{dask / procs:.2f}** "
        f"({dask:,.0f} ÷ {procs:,.0f} words/s; {best['dask_2']:.0f} s and "
        f"{best['processes_2']:.0f} s); byte-identical: {ok[res['identical']]} | ≥ 0.9 |",
        "| client peak memory (the `build --dask` process, not its workers"
        + (f"; articles cut to {res['memory_lines']} lines" if res.get("memory_lines") else "")
        + ") | "
        + ", ".join(
            f"**{_mib(b)}** at {int(n):,} articles" for n, b in zip(sizes, mem, strict=True)
        )
        + f" (×{mem[-1] / mem[0]:.2f} for {int(sizes[-1]) / int(sizes[0]):.0f}× the articles)"
        " | flat |",
        "",
        f"Per core: {per_core:,.0f} words/s (the 2-process build ÷ 2); a million articles "
        f"of {WORDS_PER_ARTICLE} words: **{hours:,.0f} core-hours**.",
        "",
        "Runs (s): "
        + "; ".join(f"{k}: " + ", ".join(f"{x:.0f}" for x in v) for k, v in res["samples"].items()),
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--work", type=Path, default=Path(".bench/scale"))
    p.add_argument("--articles", type=int, default=corpus_module.ARTICLES)
    p.add_argument("--memory", type=int, nargs=2, default=[2_000, 20_000], metavar="N")
    p.add_argument("--lines", type=int, default=None, help="cut each article to N lines")
    p.add_argument(
        "--memory-lines", type=int, default=None, help="the same, for the memory corpora"
    )
    p.add_argument("--rounds", type=int, default=2)
    p.add_argument("--report", type=Path, help="print the report of a results-scale.json")
    args = p.parse_args(argv)
    if args.report:
        res = json.loads(args.report.read_text("utf-8"))
    else:
        res = run(
            args.work,
            args.articles,
            sorted(args.memory),
            args.lines,
            max(1, args.rounds),
            args.memory_lines,
        )
    print(report(res))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
