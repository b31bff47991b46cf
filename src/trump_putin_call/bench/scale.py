"""``nox -s bench`` (second part): building a corpus file on Dask, measured.

1. Throughput: the same Parquet corpus (:func:`.corpus.write_parquet`) built by the
   2-process build (``--workers 2``) and on a Dask LocalCluster of 2 worker processes
   (``--dask local --workers 2``), each in a fresh process, in alternation (A/B/A/B, so
   the machine's load falls on both alike); the ratio of each round's pair, their median
   and spread, and whether the packages are byte-identical.
2. Client memory: the peak resident memory of the process that runs ``trump-putin-call
   build --dask local`` (not its workers; with a LocalCluster the scheduler runs in it) at
   two corpus sizes, articles cut to their first lines so that the larger runs in minutes;
   and, on full-length articles, what the client holds once it has read and checked the
   input (:mod:`.client_index`), against holding every text as it did before.
3. The cross-article stage's CPU time per 1,000 articles at two corpus sizes, and its
   growth (:mod:`.crosslink_cost`).

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
from trump_putin_call.bench.measure import check, measure, mib
from trump_putin_call.bench.run import PYTHON, machine

#: Words in a million articles of the benchmark corpus's length (about 480 words each).
WORDS_PER_ARTICLE = 480
#: Articles of the throughput comparison: enough that each build runs about a minute.
ARTICLES = 600
#: Lines kept of each article for the client-memory builds (20,000 whole articles through
#: spaCy would take most of an hour here; the client's share does not depend on length).
MEMORY_LINES = 2


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


def _say(text: str) -> None:
    print(f"[bench-scale {time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


def _throughput(work: Path, articles: int, lines: int | None, rounds: int) -> dict[str, Any]:
    corpus = work / "corpus.parquet"
    _say(f"writing the corpus: {articles} articles")
    _, words = corpus_module.write_parquet(corpus, articles, lines=lines)
    samples: dict[str, list[float]] = {"processes_2": [], "dask_2": []}
    for r in range(1, rounds + 1):
        for name, extra in (("processes_2", ()), ("dask_2", ("--dask", "local"))):
            _say(f"round {r}/{rounds}: {name}")
            m = check(measure(_build(corpus, work / name, *extra)), name)
            samples[name].append(m.seconds)
    identical = _files(work / "processes_2") == _files(work / "dask_2")
    return {"words": words, "samples": samples, "identical": identical}


def _memory(work: Path, sizes: list[int], lines: int | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for n in sizes:
        source = work / f"corpus-{n}.parquet"
        _say(f"client memory: {n} articles on dask")
        _, size_words = corpus_module.write_parquet(source, n, lines=lines)
        m = check(measure(_build(source, work / f"mem-{n}", "--dask", "local")), f"{n} on dask")
        out[str(n)] = {
            "client_peak": m.peak_own,
            "all_peak": m.peak_rss,
            "seconds": m.seconds,
            "words": size_words,
        }
        source.unlink()
        shutil.rmtree(work / f"mem-{n}", ignore_errors=True)
    return out


def _index(work: Path, sizes: list[int]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for n in sizes:
        source = work / f"full-{n}.parquet"
        _say(f"client index: {n} full-length articles")
        corpus_module.write_parquet(source, n)
        out[str(n)] = {}
        for name, extra in (("index", ()), ("file", ("--file",)), ("texts", ("--texts",))):
            cmd = [PYTHON, "-m", "trump_putin_call.bench.client_index", str(source), *extra]
            m = check(measure(cmd), f"client index of {n} ({name})")
            out[str(n)][name] = json.loads(m.stdout) | {"rss_peak": m.peak_own}
        source.unlink()
    return out


def _crosslink(sizes: list[int]) -> dict[str, Any]:
    cmd = [PYTHON, "-m", "trump_putin_call.bench.crosslink_cost", "--json", *map(str, sizes)]
    _say(f"cross-article stage: {', '.join(map(str, sizes))} articles")
    m = check(measure(cmd), "the cross-article stage's cost")
    return {str(r["articles"]): r for r in map(json.loads, m.stdout.splitlines())}


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
    res["uptime_start"] = _uptime()
    res |= _throughput(work, articles, lines, rounds)
    res["memory"] = _memory(work, sizes, memory_lines)
    res["index"] = _index(work, sizes)
    res["crosslink"] = _crosslink(sizes)
    res["machine"]["load_average_at_end"] = list(os.getloadavg())
    res["uptime_end"] = _uptime()
    (work / "results-scale.json").write_text(json.dumps(res, indent=2) + "\n", "utf-8")
    return res


def _kib(n: float) -> str:
    return f"{n / 1024:,.0f} KiB"


def _uptime() -> str:
    import subprocess

    run = subprocess.run(["uptime"], capture_output=True, text=True, check=False)
    return run.stdout.strip()


def _ratios(res: dict) -> list[float]:
    """Dask's throughput ÷ the 2-process build's, round by round (time ratio of a pair)."""
    pairs = zip(res["samples"]["processes_2"], res["samples"]["dask_2"], strict=True)
    return [procs / dask for procs, dask in pairs]


def report(res: dict) -> str:
    import statistics

    best = {name: min(xs) for name, xs in res["samples"].items()}
    words = res["words"]
    procs, dask = words / best["processes_2"], words / best["dask_2"]
    ratios = _ratios(res)
    per_core = procs / 2
    hours = 1_000_000 * WORDS_PER_ARTICLE / per_core / 3600
    sizes = sorted(res["memory"], key=int)
    mem = [res["memory"][n]["client_peak"] for n in sizes]
    idx = res.get("index", {})
    cross = res.get("crosslink", {})
    ok = {True: "yes", False: "**no**"}
    m = res["machine"]
    lines = [
        f"Corpus: {res['articles']:,} generated articles as one Parquet file, {words:,} words"
        + (f" (each cut to its first {res['lines']} lines)" if res["lines"] else "")
        + f". Machine: {m['cpu']}, {m['cores']} cores; load average "
        f"{m['load_average_at_start'][0]:.2f} at the start, "
        f"{m['load_average_at_end'][0]:.2f} at the end"
        + (
            f" (`uptime`: {res['uptime_start']}; at the end: {res['uptime_end']})"
            if "uptime_end" in res
            else ""
        )
        + ".",
        "",
        "| measure | result | target |",
        "| --- | --- | --- |",
        "| Dask LocalCluster, 2 workers ÷ 2-process build (words/s; fastest runs, rounds "
        f"in alternation) | **{dask / procs:.2f}** ({dask:,.0f} ÷ {procs:,.0f} words/s; "
        f"{best['dask_2']:.0f} s and {best['processes_2']:.0f} s); byte-identical: "
        f"{ok[res['identical']]}; round by round: median {statistics.median(ratios):.2f} of "
        f"{len(ratios)} (spread {min(ratios):.2f}–{max(ratios):.2f}) | ≥ 0.9 |",
        "| client peak memory (the `build --dask local` process, not its workers"
        + (
            f"; articles cut to their first {res['memory_lines']} lines"
            if res.get("memory_lines")
            else ""
        )
        + ") | "
        + ", ".join(f"**{mib(b)}** at {int(n):,} articles" for n, b in zip(sizes, mem, strict=True))
        + f" (×{mem[-1] / mem[0]:.2f} for {int(sizes[-1]) / int(sizes[0]):.0f}× the articles)"
        " | flat |",
    ]
    if idx:
        a, b = (idx[n] for n in sorted(idx, key=int))
        if "file" in a:
            lines.append(
                "| what the Dask client holds once the input is read and checked (full-length "
                "articles; Python heap, `tracemalloc`; the index in a file written by the "
                "validating child) | "
                f"**{_kib(a['file']['held'])} at {a['file']['articles']:,} articles, "
                f"{_kib(b['file']['held'])} at {b['file']['articles']:,}**; the index as "
                f"Python objects (the local engines): {a['index']['held_per_article']:,.0f} "
                f"bytes per article ({mib(a['index']['held'])} → {mib(b['index']['held'])}); "
                f"every text held (before): {b['texts']['held_per_article']:,.0f} bytes per "
                f"article | no text, flat |"
            )
        else:
            lines.append(
                "| what the client holds once the input is read and checked (full-length "
                "articles; Python heap, `tracemalloc`) | "
                f"index: **{a['index']['held_per_article']:,.0f} bytes per article** "
                f"({mib(a['index']['held'])} at {a['index']['articles']:,}, "
                f"{mib(b['index']['held'])} at {b['index']['articles']:,}); every text "
                f"held (before): {b['texts']['held_per_article']:,.0f} bytes per article "
                f"({mib(b['texts']['held'])} at {b['texts']['articles']:,}); process peak "
                f"RSS {mib(a['index']['rss_peak'])} → {mib(b['index']['rss_peak'])} "
                f"(before: {mib(a['texts']['rss_peak'])} → {mib(b['texts']['rss_peak'])}) "
                "| no text |"
            )
    if cross:
        a, b = (cross[n] for n in sorted(cross, key=int))
        lines.append(
            "| cross-article stage, CPU s per 1,000 articles (synthetic text, "
            "`bench.crosslink_cost`) | "
            f"**{a['per_1000']}** at {a['articles']:,}, **{b['per_1000']}** at "
            f"{b['articles']:,} (growth ×{b['per_1000'] / a['per_1000']:.2f} per article "
            f"for {b['articles'] / a['articles']:.0f}× the articles) | close to linear |"
        )
    lines += [
        "",
        f"Per core: {per_core:,.0f} words/s (the 2-process build ÷ 2); a million articles "
        f"of {WORDS_PER_ARTICLE} words: **{hours:,.0f} core-hours**.",
        "",
        "Runs (s), in the order run: "
        + "; ".join(f"{k}: " + ", ".join(f"{x:.0f}" for x in v) for k, v in res["samples"].items())
        + "; ratios by round: "
        + ", ".join(f"{r:.2f}" for r in ratios),
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--work", type=Path, default=Path(".bench/scale"))
    p.add_argument("--articles", type=int, default=ARTICLES)
    p.add_argument("--memory", type=int, nargs=2, default=[2_000, 20_000], metavar="N")
    p.add_argument("--lines", type=int, default=None, help="cut each article to N lines")
    p.add_argument(
        "--memory-lines", type=int, default=MEMORY_LINES, help="the same, for the memory corpora"
    )
    p.add_argument("--rounds", type=int, default=3)
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
