"""Precision and recall of the cross-article stage.

Run ``python -m trump_putin_call.pipeline.crosslink.evaluate`` (``-v`` lists the errors).

Three measurements, each against truth that the system never saw:

- **reuse** on a generated corpus (:mod:`trump_putin_call.bench.reuse_corpus`, built with
  the real pipeline): recall of copied sentences, false pairs between unrelated articles;
- **paraphrase** (same-fact sentence pairs) on the seeds, against ``eval/crossarticle``;
- **utterances** on the seeds: gold utterances linked, ``distinct`` rows kept apart, no
  utterance mixing speakers; plus, on the quote gold's dev sets, how often two distinct
  quote groups of one speaker in one document are merged.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from trump_putin_call.pipeline.crosslink.link import CrossLinks, crosslink, read_package

#: Run from the repository (as ``nox -s evaluate`` does): the seeds' package and ``eval/``.
ROOT = Path(".")
GOLD = ROOT / "eval" / "crossarticle"
REUSE_KINDS = ("verbatim", "near-verbatim")


def _overlaps(s1: int, e1: int, s2: int, e2: int) -> bool:
    return s1 < e2 and s2 < e1


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def _locate(
    texts: dict[str, str], source_path: str, start: int, end: int, excerpt: str, gold: Path = GOLD
) -> tuple[str, int, int]:
    """A gold excerpt (raw offsets) as (article_id, start, end) in articles.text."""
    aid = Path(source_path).with_suffix("").as_posix().replace("/", "_")
    text = texts.get(aid)
    if text is None:
        raise ValueError(f"{gold}: article {aid!r} (from {source_path}) is not in the built tables")
    if text[start:end] == excerpt:
        return aid, start, end
    found = text.find(excerpt)
    if found < 0 or text.find(excerpt, found + 1) >= 0:
        raise ValueError(f"{gold}: excerpt {excerpt[:40]!r} not found once in {aid}")
    return aid, found, found + len(excerpt)


def score_paraphrase(
    links: CrossLinks, texts: dict[str, str], gold_dir: Path = GOLD
) -> dict[str, Any]:
    """Same-fact pairs on the seeds: recall over ``same`` pairs, precision over scored pairs."""
    units = {u["unit"]: u for u in _read_jsonl(gold_dir / "units.jsonl")}
    span = {
        k: _locate(texts, u["source_path"], u["start"], u["end"], u["text"], gold_dir)
        for k, u in units.items()
    }
    pairs = _read_jsonl(gold_dir / "same_fact.jsonl")
    off = [span[k] for k, u in units.items() if u["kind"] != "sentence"]
    arts = {span[k][0] for k in span}
    found: set[str] = set()
    tp = fp = ignored = 0
    errors = []
    for r in links.alignments.iter_rows(named=True):
        a = (r["article_id_a"], r["start_char_a"], r["end_char_a"])
        b = (r["article_id_b"], r["start_char_b"], r["end_char_b"])
        if a[0] not in arts or b[0] not in arts:
            continue
        hits = [
            p
            for p in pairs
            if _overlaps(*a[1:], *span[p["a"]["unit"]][1:])
            and _overlaps(*b[1:], *span[p["b"]["unit"]][1:])
        ]
        same = [p for p in hits if p["label"] == "same"]
        found.update(p["pair"] for p in same)
        if same:
            tp += 1
        elif hits or any((u[0] == x[0] and _overlaps(*x[1:], *u[1:])) for u in off for x in (a, b)):
            ignored += 1
        else:
            fp += 1
            errors.append((r["kind"], r["score"], r["text_a"][:70], r["text_b"][:70]))
    n_same = sum(p["label"] == "same" for p in pairs)
    return {
        "gold_same": n_same,
        "found": len(found),
        "recall": round(len(found) / n_same, 3) if n_same else None,
        "true_pairs": tp,
        "false_pairs": fp,
        "ignored": ignored,
        "precision": round(tp / (tp + fp), 3) if tp + fp else None,
        "missed": sorted(
            p["pair"] + " " + p["a"]["unit"] + "-" + p["b"]["unit"]
            for p in pairs
            if p["label"] == "same" and p["pair"] not in found
        ),
        "errors": errors,
    }


def speaker_mixing(links: CrossLinks, quotes: Any) -> list[str]:
    """Utterances whose quotes have more than one speaker entity (must be none)."""
    speakers: dict[str, set[Any]] = defaultdict(set)
    uid = dict(links.quote_utterance.iter_rows())
    for qid, eid in quotes.select("quote_id", "speaker_entity_id").iter_rows():
        speakers[uid[qid]].add(eid)
    groups = links.quote_utterance.group_by("utterance_id").len()
    multi = {u for u, n in groups.iter_rows() if n > 1}
    return sorted(u for u, s in speakers.items() if len(s) > 1 or (u in multi and None in s))


def score_utterances(
    links: CrossLinks, tables: dict[str, Any], gold_dir: Path = GOLD
) -> dict[str, Any]:
    """Gold utterances linked, distinct rows kept apart, speakers never mixed.

    A gold report is *covered* when a system quote overlaps it; a gold utterance is covered
    when reports in two articles are, *linkable* when all those quotes also name one speaker
    entity (the stage never merges different or unknown speakers), and linked when they all
    share one utterance_id. Pairs: every two covered reports in different articles.
    """
    texts = dict(tables["articles"].select("article_id", "text").iter_rows())
    uid = dict(links.quote_utterance.iter_rows())
    cols = ("quote_id", "article_id", "start_char", "end_char", "speaker_entity_id")
    qrows = list(tables["quotes"].select(*cols).iter_rows())
    out: dict[str, Any] = {
        "same": 0,
        "covered": 0,
        "linkable": 0,
        "linked": 0,
        "pairs": 0,
        "pairs_linked": 0,
        "distinct": 0,
        "violated": 0,
        "detail": [],
    }
    for g in _read_jsonl(gold_dir / "utterances.jsonl"):
        reports = []
        for r in g["reports"]:
            aid, s, e = _locate(texts, r["source_path"], r["start"], r["end"], r["text"], gold_dir)
            qs = [q for q in qrows if q[1] == aid and _overlaps(s, e, q[2], q[3])]
            reports.append((aid, {uid[q[0]] for q in qs}, {q[4] for q in qs}))
        covered_reports = [r for r in reports if r[1]]
        covered = len({r[0] for r in covered_reports}) >= 2
        cross = [
            (x, y)
            for i, x in enumerate(covered_reports)
            for y in covered_reports[i + 1 :]
            if x[0] != y[0]
        ]
        if g["link"] == "same":
            out["same"] += 1
            out["covered"] += covered
            speakers = set().union(*(r[2] for r in covered_reports)) if covered else set()
            linkable = covered and len(speakers) == 1 and None not in speakers
            out["linkable"] += linkable
            ok = covered and len(set().union(*(r[1] for r in covered_reports))) == 1
            out["linked"] += ok
            out["pairs"] += len(cross)
            n_linked = sum(bool(x[1] & y[1]) for x, y in cross)
            out["pairs_linked"] += n_linked
            if ok:
                state = "linked"
            elif linkable:
                state = f"NOT LINKED ({n_linked}/{len(cross)} report pairs linked)"
            elif covered:
                names = " / ".join(str(sorted(map(str, r[2]))) for r in covered_reports)
                state = f"speakers differ in the quotes table ({names}): not linkable"
            else:
                state = "not extracted as quotes in both articles"
        else:
            clash = bool(reports[0][1] & reports[1][1])
            out["distinct"] += 1
            out["violated"] += clash
            state = "MERGED (error)" if clash else "kept apart"
        out["detail"].append(f"{g['utterance']} {g['link']:8} {g['speaker']:20} {state}")
    out["speaker_mixing"] = speaker_mixing(links, tables["quotes"])
    return out


def score_reuse(links: CrossLinks, truth: list[dict[str, Any]]) -> dict[str, Any]:
    """Recall of copied sentences, false pairs between unrelated articles, passage precision."""
    related = {(t["article_a"], t["article_b"]) for t in truth}
    related |= {(b, a) for a, b in related}
    by_pair: dict[tuple[str, str], list[tuple[int, int, int, int, str]]] = defaultdict(list)
    reuse = [r for r in links.alignments.iter_rows(named=True) if r["kind"] in REUSE_KINDS]
    for r in reuse:
        by_pair[(r["article_id_a"], r["article_id_b"])].append(
            (r["start_char_a"], r["end_char_a"], r["start_char_b"], r["end_char_b"], r["kind"])
        )
    hit = kind_ok = 0
    missed = []
    for t in truth:
        key, spans = (
            (t["article_a"], t["article_b"]),
            (t["start_a"], t["end_a"], t["start_b"], t["end_b"]),
        )
        if key[0] > key[1]:
            key, spans = (key[1], key[0]), (spans[2], spans[3], spans[0], spans[1])
        match = [
            p
            for p in by_pair.get(key, ())
            if _overlaps(p[0], p[1], spans[0], spans[1])
            and _overlaps(p[2], p[3], spans[2], spans[3])
        ]
        if match:
            hit += 1
            want = "near-verbatim" if t["edit"] == "word" else "verbatim"
            kind_ok += any(p[4] == want for p in match)
        else:
            missed.append(t)
    false_pairs = sorted({k for k in by_pair if k not in related})
    passages_true = sum(1 for r in reuse if (r["article_id_a"], r["article_id_b"]) in related)
    return {
        "truth_sentences": len(truth),
        "found": hit,
        "recall": round(hit / len(truth), 4) if truth else None,
        "kind_correct": kind_ok,
        "reuse_alignments": len(reuse),
        "alignments_between_related": passages_true,
        "false_article_pairs": len(false_pairs),
        "false_pair_examples": false_pairs[:5],
        "paraphrase_between_unrelated": sum(
            1
            for r in links.alignments.iter_rows(named=True)
            if r["kind"] == "paraphrase" and (r["article_id_a"], r["article_id_b"]) not in related
        ),
        "missed": missed,
    }


def build_generated(
    work: Path, derived: int, eval_dir: Path = ROOT / "eval"
) -> tuple[Path, list[dict[str, Any]]]:
    """Generate the reuse corpus into ``work`` and build it with the pipeline's command line."""
    from trump_putin_call.bench import reuse_corpus
    from trump_putin_call.cli import main as cli

    reuse_corpus.write(work, eval_dir, derived=derived)
    code = cli(
        [
            "build",
            str(work / "corpus"),
            "--out",
            str(work / "pkg"),
            "--no-cache",
            "--workers",
            "1",
        ]
    )
    if code:
        raise RuntimeError(f"building the generated corpus in {work} failed (exit {code})")
    return work / "pkg", _read_jsonl(work / "truth.jsonl")


def _print_seeds(para: dict[str, Any], utt: dict[str, Any], verbose: bool) -> list[str]:
    failed = []
    print(
        f"paraphrase (seeds, {para['gold_same']} same-fact pairs): "
        f"precision {para['precision']} ({para['true_pairs']} true, {para['false_pairs']} false, "
        f"{para['ignored']} ignored), recall {para['recall']} ({para['found']}/{para['gold_same']})"
        "   target: recall >= 0.7 at precision >= 0.8"
    )
    if not (para["recall"] or 0) >= 0.7 or not (para["precision"] or 0) >= 0.8:
        failed.append("paraphrase")
    print(
        f"utterances (seeds): {utt['linked']}/{utt['linkable']} linkable gold utterances linked "
        f"({utt['covered']} of {utt['same']} have quotes in both articles; report pairs linked "
        f"{utt['pairs_linked']}/{utt['pairs']}); distinct kept "
        f"apart {utt['distinct'] - utt['violated']}/{utt['distinct']}; utterances mixing "
        f"speakers: {len(utt['speaker_mixing'])}"
    )
    for line in utt["detail"]:
        print("   ", line)
    if utt["linked"] < utt["linkable"] or utt["violated"] or utt["speaker_mixing"]:
        failed.append("utterances")
    if verbose:
        print("  paraphrase misses:", ", ".join(para["missed"]))
        for e in para["errors"]:
            print("  false:", e)
    return failed


def _print_reuse(reuse: dict[str, Any], n: int, seconds: float, verbose: bool) -> list[str]:
    print(
        f"reuse (generated, {n} articles, {reuse['truth_sentences']} copied sentences): "
        f"recall {reuse['recall']} ({reuse['found']}); passage kind as expected "
        f"{reuse['kind_correct']}/{reuse['found']}; false article pairs "
        f"{reuse['false_article_pairs']}   target: recall >= 0.98, no false pair"
    )
    print(
        f"    reuse alignments {reuse['reuse_alignments']} ({reuse['alignments_between_related']} "
        f"between related articles); paraphrase rows between unrelated articles "
        f"{reuse['paraphrase_between_unrelated']}"
    )
    per = 1000 * seconds / n
    print(f"cost: crosslink on {n} articles: {seconds:.2f} s ({per:.2f} s per 1,000 articles)")
    if verbose:
        for t in reuse["missed"][:20]:
            print("  missed:", t)
        print("  false pairs:", reuse["false_pair_examples"])
    if (reuse["recall"] or 0) < 0.98 or reuse["false_article_pairs"]:
        return ["reuse"]
    return []


def _share(n: int, d: int) -> float:
    return round(n / d, 3) if d else 1.0


def measure(
    root: Path = ROOT, derived: int = 50, verbose: bool | None = None, work: Path | None = None
) -> dict[str, Any]:
    """The three measurements as the figures ``nox -s evaluate`` records (``eval/figures.json``
    under ``crossarticle``); ``verbose``: None prints nothing, False the scores, True also
    the errors. Returns ``{"seeds": …, "generated": …}``."""
    gold = root / "eval" / "crossarticle"
    seeds = read_package(root)
    links = crosslink(seeds)
    texts = dict(seeds["articles"].select("article_id", "text").iter_rows())
    para, utt = score_paraphrase(links, texts, gold), score_utterances(links, seeds, gold)
    with tempfile.TemporaryDirectory(prefix="xart-") as tmp:
        pkg, truth = build_generated(work or Path(tmp), derived, root / "eval")
        gen = read_package(pkg)
        t0 = time.perf_counter()
        glinks = crosslink(gen)
        seconds = time.perf_counter() - t0
    reuse = score_reuse(glinks, truth)
    if verbose is not None:
        _print_seeds(para, utt, verbose)
        _print_reuse(reuse, gen["articles"].height, seconds, verbose)
    return {
        "seeds": {
            "held_out": False,
            "same_fact_pairs": para["gold_same"],
            "paraphrase_precision": para["precision"] or 0.0,
            "paraphrase_recall": para["recall"] or 0.0,
            "gold_utterances": utt["same"],
            "linkable": utt["linkable"],
            "linked": utt["linked"],
            "utterances_linked_share": _share(utt["linked"], utt["linkable"]),
            "distinct": utt["distinct"],
            "distinct_kept_apart_share": _share(utt["distinct"] - utt["violated"], utt["distinct"]),
            "speakers_never_mixed": 0.0 if utt["speaker_mixing"] else 1.0,
        },
        "generated": {
            "held_out": False,
            "articles": gen["articles"].height,
            "copied_sentences": reuse["truth_sentences"],
            "reuse_recall": round(reuse["recall"] or 0.0, 3),
            "reuse_passage_precision": _share(
                reuse["alignments_between_related"], reuse["reuse_alignments"]
            ),
            "false_article_pairs": reuse["false_article_pairs"],
            "unrelated_pairs_clean": 0.0 if reuse["false_article_pairs"] else 1.0,
        },
    }


def main(argv: list[str] | None = None) -> int:
    """Print the three measurements; with ``--strict``, exit 1 when a target is missed."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--work", type=Path, default=None, help="folder for the generated corpus")
    p.add_argument("--derived", type=int, default=50, help="copying articles to generate")
    p.add_argument("-v", "--verbose", action="store_true", help="list misses and false pairs")
    p.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    p.add_argument("--root", type=Path, default=ROOT, help="repository (default: .)")
    p.add_argument("--gold", type=Path, help="score paraphrase against this same-fact gold")
    p.add_argument("--package", type=Path, help="the built corpus --gold annotates (default: root)")
    args = p.parse_args(argv)
    if args.gold is not None:  # a development gold on a corpus built elsewhere
        if not (args.gold / "same_fact.jsonl").is_file():
            p.error(f"{args.gold}: no same_fact.jsonl (a gold folder as eval/crossarticle)")
        tables = read_package(args.package or args.root)
        texts = dict(tables["articles"].select("article_id", "text").iter_rows())
        para = score_paraphrase(crosslink(tables), texts, args.gold)
        print({k: v for k, v in para.items() if k not in ("missed", "errors")})
        return 0
    gold = args.root / "eval" / "crossarticle"
    if not gold.is_dir():
        p.error(f"{gold}: no cross-article gold here; run from the repository or pass --root")

    seeds = read_package(args.root)
    links = crosslink(seeds)
    texts = dict(seeds["articles"].select("article_id", "text").iter_rows())
    failed = _print_seeds(
        score_paraphrase(links, texts, gold), score_utterances(links, seeds, gold), args.verbose
    )
    with tempfile.TemporaryDirectory(prefix="xart-") as tmp:
        pkg, truth = build_generated(args.work or Path(tmp), args.derived, args.root / "eval")
        gen = read_package(pkg)
        t0 = time.perf_counter()
        glinks = crosslink(gen)
        seconds = time.perf_counter() - t0
    failed += _print_reuse(
        score_reuse(glinks, truth), gen["articles"].height, seconds, args.verbose
    )
    if failed:
        print("targets missed:", ", ".join(failed))
    return 1 if failed and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
