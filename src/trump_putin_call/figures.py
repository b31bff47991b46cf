"""The recorded quality figures (``eval/figures.json``): README tables and CI thresholds.

``nox -s evaluate -- --record`` scores every evaluation set and writes the file; the
README's "Annotation quality" tables are generated from it (between the ``figures``
markers, ``nox -s docs``), and ``tests/test_quality.py`` scores the sets again and fails
when any figure falls more than the file's ``tolerance`` below its recorded value. One
file, so the README's figures and the guard's thresholds cannot disagree.

Only the standard library: rendering the README needs no pipeline.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

START, END = "<!-- figures:start -->", "<!-- figures:end -->"
FILE = Path("eval") / "figures.json"
#: Figures are rounded to this many decimals before they are written or compared.
DECIMALS = 3
#: The label groups scored for entities, in the order the README shows them.
GROUPS = ("PERSON", "ORG", "GPE/LOC", "NORP", "FAC")
#: Per-set quote figures that the guard checks (besides the exact gold counts).
QUOTE_FIGURES = ("precision", "recall", "f1", "speaker_accuracy", "cue_accuracy")
LABEL_FIGURES = ("precision", "recall", "f1")
#: Cross-article figures the guard checks, per set (higher is better for each).
CROSS_FIGURES = {
    "seeds": (
        "paraphrase_precision",
        "paraphrase_recall",
        "utterances_linked_share",
        "distinct_kept_apart_share",
        "speakers_never_mixed",
    ),
    "generated": ("reuse_recall", "reuse_passage_precision", "unrelated_pairs_clean"),
}
#: Cross-article gold sizes, which must not change.
CROSS_COUNTS = {
    "seeds": ("same_fact_pairs", "gold_utterances", "distinct"),
    "generated": ("articles", "copied_sentences"),
}


def _r(value: float) -> float:
    return round(value, DECIMALS)


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, Any]:
    """Counts and rounded precision, recall and F1 (1.0 for an empty side, as scored)."""
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "gold": n_gold,
        "predicted": n_pred,
        "matched": tp,
        "precision": _r(p),
        "recall": _r(r),
        "f1": _r(f),
    }


def quote_figures(scores: Any, docs: int, held_out: bool) -> dict[str, Any]:
    """The figures of one quote set from its ``evaluation.QuoteScores``."""
    s = scores.spans
    return {
        "held_out": held_out,
        "docs": docs,
        **_prf(s.tp, s.n_pred, s.n_gold),
        "speaker_correct": scores.speaker_correct,
        "cue_correct": scores.cue_correct,
        "speaker_accuracy": _r(scores.speaker_accuracy),
        "cue_accuracy": _r(scores.cue_accuracy),
    }


def entity_figures(scores: Any, docs: int, held_out: bool) -> dict[str, Any]:
    """The figures of one entity set from its ``evaluation.EntityScores``."""
    labels = {}
    for group in GROUPS:
        b = scores.by_label.get(group)
        labels[group] = _prf(b.tp, b.n_pred, b.n_gold) if b else _prf(0, 0, 0)
    return {
        "held_out": held_out,
        "docs": docs,
        "mentions": sum(v["gold"] for v in labels.values()),
        "labels": labels,
        "one_id": scores.one_id,
        "entities": scores.n_entities,
        "one_id_share": _r(scores.one_id / scores.n_entities) if scores.n_entities else 1.0,
    }


def guarded(figures: dict[str, Any]) -> dict[str, float]:
    """Every figure the guard holds, by name (``quotes/dev recall``, ``entities/dev ORG f1``)."""
    out: dict[str, float] = {}
    for name, f in figures.get("quotes", {}).items():
        for key in QUOTE_FIGURES:
            out[f"quotes/{name} {key}"] = f[key]
    for name, f in figures.get("entities", {}).items():
        for group, lab in f["labels"].items():
            if lab["gold"] or lab["predicted"]:
                for key in LABEL_FIGURES:
                    out[f"entities/{name} {group} {key}"] = lab[key]
        out[f"entities/{name} one_id_share"] = f["one_id_share"]
    for name, f in figures.get("crossarticle", {}).items():
        for key in CROSS_FIGURES.get(name, ()):
            out[f"crossarticle/{name} {key}"] = f[key]
    return out


def counts(figures: dict[str, Any]) -> dict[str, int]:
    """The sizes of the gold sets (docs, gold quotes or mentions), which must not change."""
    out: dict[str, int] = {}
    for name, f in figures.get("quotes", {}).items():
        out[f"quotes/{name} docs"], out[f"quotes/{name} gold"] = f["docs"], f["gold"]
    for name, f in figures.get("entities", {}).items():
        out[f"entities/{name} docs"] = f["docs"]
        for group, lab in f["labels"].items():
            out[f"entities/{name} {group} gold"] = lab["gold"]
    for name, f in figures.get("crossarticle", {}).items():
        for key in CROSS_COUNTS.get(name, ()):
            out[f"crossarticle/{name} {key}"] = f[key]
    return out


def below(recorded: dict[str, Any], measured: dict[str, Any], tolerance: float) -> list[str]:
    """Each guarded figure of ``recorded`` that ``measured`` lacks or holds below it − tolerance.

    Names and values only: never an error of a held-out set.
    """
    want, got = guarded(recorded), guarded(measured)
    out = []
    for key, value in want.items():
        floor = round(value - tolerance, 6)
        if key not in got:
            out.append(f"{key}: not measured (recorded {value:.3f})")
        elif _r(got[key]) < floor:
            out.append(f"{key}: {got[key]:.3f} < recorded {value:.3f} − {tolerance}")
    return out


def load(path: Path = FILE) -> dict[str, Any]:
    return json.loads(Path(path).read_text("utf-8"))


def dumps(figures: dict[str, Any]) -> str:
    return json.dumps(figures, indent=2, ensure_ascii=False) + "\n"


def _pooled(figures: dict[str, Any], names: list[str], group: str) -> dict[str, Any]:
    labs = [figures["entities"][n]["labels"][group] for n in names]
    return _prf(*(sum(lab[k] for lab in labs) for k in ("matched", "predicted", "gold")))


def _pr(lab: dict[str, Any]) -> str:
    if not lab["gold"] and not lab["predicted"]:
        return "—"
    return f"{lab['precision']:.3f} / {lab['recall']:.3f}"


def _role(f: dict[str, Any]) -> str:
    return "held out" if f["held_out"] else "development"


def markdown(figures: dict[str, Any]) -> str:
    """The README's figure tables and the tolerance the tests hold them to."""
    out = [
        f"Figures of this version, from `{FILE.as_posix()}` (written by "
        "`nox -s evaluate -- --record`). The tests score every set again and fail when any "
        f"figure falls more than **{figures['tolerance']}** below the value shown.\n",
        "| quote set | role | docs | gold quotes | span precision | span recall | span F1 "
        "| speaker accuracy | cue accuracy |",
        "|" + " --- |" * 9,
    ]
    for name, f in figures["quotes"].items():
        out.append(
            f"| quotes / {name} | {_role(f)} | {f['docs']} | {f['gold']} | "
            f"{f['precision']:.3f} | {f['recall']:.3f} | {f['f1']:.3f} | "
            f"{f['speaker_accuracy']:.3f} | {f['cue_accuracy']:.3f} |"
        )
    out += [
        "\nEntities: precision / recall per label group (exact span and label; GPE and LOC "
        "together), and the gold entities whose matched mentions all share one `entity_id`.\n",
        "| entity set | role | docs | mentions | " + " | ".join(GROUPS) + " | one id |",
        "|" + " --- |" * (5 + len(GROUPS)),
    ]
    ents = figures["entities"]
    for name, f in ents.items():
        cells = " | ".join(_pr(f["labels"][g]) for g in GROUPS)
        out.append(
            f"| entities / {name} | {_role(f)} | {f['docs']} | {f['mentions']} | {cells} | "
            f"{f['one_id']} of {f['entities']} |"
        )
    never = [n for n, f in ents.items() if f["held_out"]]
    if never:
        cells = " | ".join(_pr(_pooled(figures, never, g)) for g in GROUPS)
        docs = sum(ents[n]["docs"] for n in never)
        mentions = sum(ents[n]["mentions"] for n in never)
        out.append(
            f"| held-out sets pooled ({', '.join(never)}) | held out | {docs} | {mentions} | "
            f"{cells} | |"
        )
    cross = figures.get("crossarticle")
    if cross:
        s, g = cross.get("seeds"), cross.get("generated")
        out += ["\nAcross articles (`utterances`, `alignments`; `eval/crossarticle`):\n"]
        out += ["| measurement | set | figure | target |", "| --- | --- | --- | --- |"]
        if g:
            out += [
                f"| reuse recall (copied sentences found) | generated, {g['articles']} articles, "
                f"{g['copied_sentences']} copied sentences | {g['reuse_recall']:.3f} | ≥ 0.98 |",
                f"| reuse passages between related articles | generated | "
                f"{g['reuse_passage_precision']:.3f} | 1 |",
                f"| false pairs between unrelated articles | generated | "
                f"{g['false_article_pairs']} | 0 |",
            ]
        if s:
            out += [
                f"| same-fact pairs: precision / recall | seeds, {s['same_fact_pairs']} pairs | "
                f"{s['paraphrase_precision']:.3f} / {s['paraphrase_recall']:.3f} | "
                "≥ 0.8 / ≥ 0.7 |",
                f"| gold utterances linked (of those the quotes table can link) | seeds | "
                f"{s['linked']} of {s['linkable']} | all |",
                f"| distinct utterances kept apart | seeds | "
                f"{s['distinct_kept_apart_share']:.3f} | 1 |",
                f"| no utterance mixes speakers | seeds | {s['speakers_never_mixed']:.0f} | 1 |",
            ]
    polnear = figures.get("polnear")
    if polnear:  # issue 15's benchmark: {figure name: value} on PolNeAR dev
        out += [
            "\nPolNeAR dev (real political news, attributions annotated by its authors):\n",
            "| figure | value |",
            "| --- | --- |",
        ]
        out += [f"| {key} | {value:.3f} |" for key, value in polnear.items()]
    first = figures.get("first_scores")
    if first:
        out += [
            f"\n{first['about']}\n",
            "| set | version | " + " | ".join(first["groups"]) + " |",
            "|" + " --- |" * (2 + len(first["groups"])),
        ]
        for row in first["rows"]:
            cells = " | ".join(f"{pr[0]:.3f} / {pr[1]:.3f}" if pr else "—" for pr in row["figures"])
            out.append(f"| {row['set']} | {row['version']} | {cells} |")
    return "\n".join(out) + "\n"


def render(readme: str, figures: dict[str, Any]) -> str:
    """``readme`` with the text between the figures markers replaced by fresh tables."""
    pattern = re.compile(re.escape(START) + r".*?" + re.escape(END), re.S)
    if not pattern.search(readme):
        raise ValueError(f"README has no {START} … {END} markers")
    body = markdown(figures)
    return pattern.sub(lambda _: f"{START}\n{body}{END}", readme)


def main(readme: Path = Path("README.md"), path: Path = FILE) -> None:
    """Rewrite README.md's figure tables from ``eval/figures.json`` (in the repository root)."""
    readme.write_text(render(readme.read_text("utf-8"), load(path)), encoding="utf-8")


if __name__ == "__main__":
    main()
