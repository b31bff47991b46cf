"""Scores against hand annotations in ``eval/``: quotes, entities and the cross-article
stage (:mod:`.crosslink.evaluate`: reuse on a generated corpus, paraphrase and utterance
linking on the seeds; select it with ``crossarticle``).

``nox -s evaluate`` prints, for quotes, precision/recall/F1 of quote spans (a predicted
span matches a gold one when their word tokens overlap by at least half of the longer
of the two) plus speaker and cue accuracy over matched quotes; for entities, precision and
recall per label (exact span and label) and the share of gold entities whose matched
mentions all share one ``entity_id``. The ``dev`` sets (quotes ``dev``, ``dev2``; entities
``dev``, ``dev3``, ``dev4``, ``dev5``, and ``heldout2``, ``heldout3``, ``heldout5``,
``heldout7`` and ``heldout8`` since they were scored as held out: see their READMEs) may be
used to tune rules; the quote ``test`` set and the entity ``heldout``, ``heldout4``,
``heldout6`` and ``heldout9`` sets never are (run them without ``-v``: their errors are not
for tuning).
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_WORD = re.compile(r"\w+", re.UNICODE)
ENTITY_GROUPS = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE/LOC",
    "LOC": "GPE/LOC",
    "NORP": "NORP",
    "FAC": "FAC",
}


@dataclass
class PRF:
    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _tokens(text: str, start: int, end: int) -> set[int]:
    """Start offsets of the word tokens inside ``text[start:end]``."""
    return {m.start() for m in _WORD.finditer(text, start, end)}


def overlap(text: str, a: tuple[int, int], b: tuple[int, int]) -> float:
    """Shared word tokens ÷ tokens of the longer span."""
    ta, tb = _tokens(text, *a), _tokens(text, *b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / max(len(ta), len(tb))


def _norm(value: str | None) -> str | None:
    return " ".join(value.casefold().split()) if value else None


def match_quotes(text: str, gold: list[dict], pred: list[dict]) -> list[tuple[dict, dict]]:
    """One-to-one pairs (gold, pred) with overlap ≥ 0.5, best overlaps first."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            score = overlap(
                text, (g["start_char"], g["end_char"]), (p["start_char"], p["end_char"])
            )
            if score >= 0.5:
                pairs.append((-score, gi, pi))
    used_g, used_p, out = set(), set(), []
    for _, gi, pi in sorted(pairs):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gold[gi], pred[pi]))
    return out


@dataclass
class QuoteScores:
    spans: PRF
    speaker_correct: int
    cue_correct: int
    by_type: dict[str, PRF]
    errors: list[str]

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_correct / self.spans.tp if self.spans.tp else 0.0

    @property
    def cue_accuracy(self) -> float:
        return self.cue_correct / self.spans.tp if self.spans.tp else 0.0


def score_quotes(docs: Iterable[tuple[str, str, list[dict], list[dict]]]) -> QuoteScores:
    """``docs``: (doc_id, text, gold quotes, predicted quotes)."""
    spans, by_type = PRF(), defaultdict(PRF)
    speaker = cue = 0
    errors = []
    for doc_id, text, gold, pred in docs:
        pairs = match_quotes(text, gold, pred)
        spans.tp += len(pairs)
        spans.n_gold += len(gold)
        spans.n_pred += len(pred)
        for g in gold:
            by_type[g["quote_type"]].n_gold += 1
        for p in pred:
            by_type[p["quote_type"]].n_pred += 1
        matched_g = {id(g) for g, _ in pairs}
        matched_p = {id(p) for _, p in pairs}
        for g, p in pairs:
            if g["quote_type"] == p["quote_type"]:
                by_type[g["quote_type"]].tp += 1
            if _norm(g["speaker_name"]) == _norm(p["speaker_name"]):
                speaker += 1
            else:
                errors.append(
                    f"{doc_id} speaker {p['speaker_name']!r} != {g['speaker_name']!r}: "
                    f"{g['text'][:60]!r}"
                )
            if _norm(g["cue_lemma"]) == _norm(p["cue_lemma"]):
                cue += 1
        errors += [
            f"{doc_id} missed {g['quote_type']}: {g['text'][:70]!r}"
            for g in gold
            if id(g) not in matched_g
        ]
        errors += [
            f"{doc_id} spurious {p['quote_type']}: {p['text'][:70]!r}"
            for p in pred
            if id(p) not in matched_p
        ]
    return QuoteScores(spans, speaker, cue, dict(by_type), errors)


@dataclass
class EntityScores:
    by_label: dict[str, PRF]
    one_id: int
    n_entities: int
    split_entities: list[str]
    errors: list[str]


def score_entities(docs: Iterable[tuple[str, list[dict], list[dict]]]) -> EntityScores:
    """``docs``: (doc_id, gold mentions, predicted mentions with ``entity_id``).

    Labels are compared in groups (GPE and LOC together); gold entities are keyed by
    canonical name across all docs, so an entity split between two ids anywhere counts.
    """
    by_label: dict[str, PRF] = defaultdict(PRF)
    ids_of: dict[str, set[str]] = defaultdict(set)
    errors = []
    for doc_id, gold, pred in docs:
        pred = [p for p in pred if p["label"] in ENTITY_GROUPS]
        gold_keys = {(g["start_char"], g["end_char"], ENTITY_GROUPS[g["label"]]): g for g in gold}
        pred_keys = {(p["start_char"], p["end_char"], ENTITY_GROUPS[p["label"]]): p for p in pred}
        for key, g in gold_keys.items():
            by_label[key[2]].n_gold += 1
            if key in pred_keys:
                by_label[key[2]].tp += 1
                ids_of[g["canonical_name"]].add(pred_keys[key]["entity_id"])
            else:
                near = [p for (s, e, _), p in pred_keys.items() if s < key[1] and key[0] < e]
                got = f" (got {near[0]['text']!r} {near[0]['label']})" if near else ""
                errors.append(f"{doc_id} missed {key[2]} {g['text']!r}{got}")
        for key, p in pred_keys.items():
            by_label[key[2]].n_pred += 1
            if key not in gold_keys:
                errors.append(f"{doc_id} spurious {key[2]} {p['text']!r}")
    split = sorted(name for name, ids in ids_of.items() if len(ids) > 1)
    return EntityScores(dict(by_label), len(ids_of) - len(split), len(ids_of), split, errors)


def _load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def _annotate_docs(docs: list[dict[str, Any]], overrides: tuple = ()):
    import hashlib

    from trump_putin_call.pipeline import entities
    from trump_putin_call.pipeline.annotate import annotate_chunk
    from trump_putin_call.pipeline.read import RawArticle, Source, normalise

    raws = []
    for d in docs:
        text = normalise(d["text"])
        assert text == d["text"], f"{d['doc_id']}: gold text is not normalised"
        src = Source(d["doc_id"], f"{d['doc_id']}.txt", Path(f"{d['doc_id']}.txt"))
        raws.append(
            RawArticle(src, hashlib.sha256(text.encode()).hexdigest(), len(text), "utf-8", text)
        )
    arts = annotate_chunk(raws, overrides)
    entities.link_corpus([m for a in arts for m in a.mentions])
    return arts


def predicted_quotes(art) -> list[dict]:
    return [
        {
            "start_char": q.start,
            "end_char": q.end,
            "text": q.text,
            "quote_type": q.quote_type,
            "speaker_name": q.speaker.canonical if q.speaker else q.speaker_name,
            "cue_lemma": q.cue_lemma,
        }
        for q in art.quotes
    ]


def predicted_mentions(art) -> list[dict]:
    return [
        {
            "start_char": m.start,
            "end_char": m.end,
            "text": m.text,
            "label": m.label,
            "entity_id": m.entity_id,
        }
        for m in art.mentions
    ]


def evaluate_quotes(path: Path) -> QuoteScores:
    docs = _load(path)
    arts = _annotate_docs(docs)
    return score_quotes(
        (d["doc_id"], d["text"], d["quotes"], predicted_quotes(a))
        for d, a in zip(docs, arts, strict=True)
    )


def evaluate_entities(path: Path, overrides: tuple = ()) -> EntityScores:
    """Entities of the gold docs; ``overrides`` are the curated corrections to apply."""
    docs = _load(path)
    arts = _annotate_docs(docs, overrides)
    return score_entities(
        (d["doc_id"], d["entities"], predicted_mentions(a)) for d, a in zip(docs, arts, strict=True)
    )


def _print_quotes(name: str, s: QuoteScores, verbose: bool) -> None:
    p = s.spans
    print(f"quotes/{name}: gold {p.n_gold}, predicted {p.n_pred}, matched {p.tp}")
    print(f"  span  P {p.precision:.3f}  R {p.recall:.3f}  F1 {p.f1:.3f}")
    print(
        f"  speaker accuracy {s.speaker_accuracy:.3f}  cue accuracy {s.cue_accuracy:.3f}"
        " (over matched quotes)"
    )
    for t in ("direct", "partial", "indirect"):
        b = s.by_type.get(t, PRF())
        print(
            f"  {t:<9} gold {b.n_gold:>3}  pred {b.n_pred:>3}  P {b.precision:.3f}  "
            f"R {b.recall:.3f}"
        )
    if verbose:
        print("\n".join("    " + e for e in s.errors))


def _print_entities(name: str, s: EntityScores, verbose: bool) -> None:
    print(f"entities/{name}:")
    for label in ("PERSON", "ORG", "GPE/LOC", "NORP", "FAC"):
        b = s.by_label.get(label, PRF())
        print(
            f"  {label:<8} gold {b.n_gold:>4}  pred {b.n_pred:>4}  P {b.precision:.3f}  "
            f"R {b.recall:.3f}  F1 {b.f1:.3f}"
        )
    print(
        f"  gold entities whose mentions share one id: {s.one_id}/{s.n_entities}"
        f" ({s.one_id / max(s.n_entities, 1):.3f}); split: {s.split_entities[:8]}"
    )
    if verbose:
        print("\n".join("    " + e for e in s.errors))


#: Quote sets: name → (path under ``eval/quotes``, held out).
QUOTE_SETS: dict[str, tuple[str, bool]] = {
    "dev": ("dev.jsonl", False),
    "dev2": ("dev2/dev2.jsonl", False),
    "test": ("test.jsonl", True),
}
#: Entity sets: name → (path under ``eval/entities``, held out). The seeds are the corpus:
#: their curated overrides (``raw/entity_overrides.csv``) apply; no other set saw them.
ENTITY_SETS: dict[str, tuple[str, bool]] = {
    "seeds": ("seeds.jsonl", False),
    "dev": ("dev/dev.jsonl", False),
    "dev3": ("dev3/dev3.jsonl", False),
    "dev4": ("dev4/dev4.jsonl", False),
    "dev5": ("dev5/dev5.jsonl", False),
    "heldout": ("heldout.jsonl", True),
    "heldout2": ("heldout2/heldout2.jsonl", False),
    "heldout3": ("heldout3/heldout3.jsonl", False),
    "heldout4": ("heldout4/heldout4.jsonl", True),
    "heldout5": ("heldout5/heldout5.jsonl", False),
    "heldout6": ("heldout6/heldout6.jsonl", True),
    "heldout7": ("heldout7/heldout7.jsonl", False),
    "heldout8": ("heldout8/heldout8.jsonl", False),
    "heldout9": ("heldout9/heldout9.jsonl", True),
}


def _docs(path: Path) -> int:
    return sum(1 for line in path.read_text("utf-8").splitlines() if line.strip())


def measure(
    root: Path = Path("."), wanted: set[str] | None = None, verbose: bool | None = None
) -> dict[str, Any]:
    """Score every set under ``root/eval`` (or the ``wanted`` ones); return their figures.

    ``verbose``: None prints nothing, False each set's scores, True also every error.
    """
    from trump_putin_call import figures
    from trump_putin_call.pipeline.overrides import read_overrides

    def run(kind: str, name: str) -> bool:
        return not wanted or name in wanted or kind in wanted or f"{kind}/{name}" in wanted

    out: dict[str, Any] = {"quotes": {}, "entities": {}}
    for name, (rel, held_out) in QUOTE_SETS.items():
        path = root / "eval" / "quotes" / rel
        if path.is_file() and run("quotes", name):
            scores = evaluate_quotes(path)
            out["quotes"][name] = figures.quote_figures(scores, _docs(path), held_out)
            if verbose is not None:
                _print_quotes(name, scores, verbose)
    for name, (rel, held_out) in ENTITY_SETS.items():
        path = root / "eval" / "entities" / rel
        if path.is_file() and run("entities", name):
            overrides = read_overrides(root / "raw") if name == "seeds" else ()
            scores = evaluate_entities(path, overrides)
            out["entities"][name] = figures.entity_figures(scores, _docs(path), held_out)
            if verbose is not None:
                _print_entities(name, scores, verbose)
    if (root / "eval" / "crossarticle").is_dir() and run("crossarticle", "seeds"):
        from trump_putin_call.pipeline.crosslink import evaluate as crossarticle

        if verbose is not None:
            print("\ncross-article (utterances and alignments, issue 16):")
        out["crossarticle"] = crossarticle.measure(root, verbose=verbose)
    # PolNeAR dev (issue 15) is added here when its module and data are present.
    return out


def record(measured: dict[str, Any], path: Path) -> None:
    """Write ``measured`` into the figures file, keeping its tolerance and history."""
    from trump_putin_call import figures

    old = figures.load(path) if path.is_file() else {"tolerance": 0.005}
    new = dict(old)  # the file's order of keys and sets is kept
    for kind, sets in measured.items():
        new[kind] = {**old.get(kind, {}), **sets}
    path.write_text(figures.dumps(new), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """``[-v] [--record] [SET…]``: print the scores (``-v``: every error of the sets named).

    ``--record`` writes the figures into ``eval/figures.json`` and regenerates the
    README's figure tables from it (run in the repository root).
    """
    from trump_putin_call.pipeline import polnear, polnear_run

    args, polnear_opts = polnear_run.split_args(sys.argv[1:] if argv is None else argv)
    verbose = "-v" in args
    # Names of sets to run (e.g. ``dev dev2``, or ``quotes/dev``); none: every set.
    wanted = {a for a in args if not a.startswith("-")}
    measured = measure(Path("."), wanted, verbose)
    scored = polnear_run.run(polnear_opts, wanted, verbose)  # PolNeAR's dev and train, if present
    if "dev" in scored and polnear_opts.limit is None:
        measured["polnear"] = polnear.figures_of(scored["dev"])
    if "--record" in args:
        from trump_putin_call import figures

        record(measured, figures.FILE)
        figures.main()
        print(f"recorded in {figures.FILE} and README.md")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
