"""Running the PolNeAR benchmark: its options, the builder over a split, the printout.

``nox -s evaluate -- --polnear DIR`` builds each split's articles with the real builder
(into a temporary folder, reusing an annotation cache), reads their gold attributions
(:mod:`.polnear_gold`) and scores the quotes table (:mod:`.polnear`, which states the
mapping), then prints each split's figures, in total and per publisher
(:mod:`.polnear_publishers`). When the corpus is absent it says how to get it and skips.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from trump_putin_call.pipeline.polnear import PolnearScores, figures_of, score
from trump_putin_call.pipeline.polnear_gold import (
    STAND_IN_REACH,
    GoldArticle,
    annotation_file,
    gold_article,
    parse_ann,
)

#: Where the corpus is looked for when ``--polnear`` is not given (beside the repository).
DEFAULT_DIR = Path("../shared/data/polnear")
SPLITS = ("dev", "train")
HOW_TO_GET = (
    "PolNeAR not found at {dir}: the PolNeAR benchmark is skipped. To run it, download the "
    "public repository networkdynamics/PolNeAR (train and dev splits, brat .ann files beside "
    "the article .txt files) and give its folder: nox -s evaluate -- --polnear DIR "
    "(DIR holds <split>/text/*.txt and <split>/attributions/*.ann)."
)


def read_split(root: Path, split: str, limit: int | None = None) -> list[tuple[str, Path, Path]]:
    """(stem, text file, annotation file) of a split's articles, sorted by name."""
    texts = sorted((root / split / "text").glob("*.txt"))[:limit]
    out = []
    for path in texts:
        ann = annotation_file(root / split / "attributions", path.stem)
        if ann is not None:
            out.append((path.stem, path, ann))
    return out


def predict(files: list[tuple[str, Path, Path]], cache_dir: Path | None, workers: int = 1):
    """Build the articles with the real builder in a temporary folder.

    Returns {stem: (article text, [quote rows as dicts])}.
    """
    import polars as pl

    from trump_putin_call.pipeline.build import build

    with tempfile.TemporaryDirectory(prefix="polnear-") as tmp:
        src = Path(tmp) / "src"
        src.mkdir()
        for stem, path, _ann in files:
            (src / f"{stem}.txt").write_bytes(path.read_bytes())
        out = Path(tmp) / "out"
        build(src, out / "build", out / "datapackage.json", workers=workers, cache_dir=cache_dir)
        articles = pl.read_parquet(sorted(out.glob("build/**/articles*.parquet")))
        quotes = pl.read_parquet(sorted(out.glob("build/**/quotes*.parquet")))
    by_id: dict[str, list[dict]] = {}
    for row in quotes.iter_rows(named=True):
        by_id.setdefault(row["article_id"], []).append(row)
    return {
        Path(row["source_path"]).stem: (row["text"], by_id.get(row["article_id"], []))
        for row in articles.iter_rows(named=True)
    }


def gold_and_rows(
    root: Path, split: str, cache_dir: Path | None, limit: int | None = None, workers: int = 1
) -> list[tuple[GoldArticle, list[dict]]]:
    """Each article of the split: its gold attributions and the quotes table's rows."""
    return gold_and_rows_of(read_split(root, split, limit), cache_dir, workers)


def gold_and_rows_of(
    files: list[tuple[str, Path, Path]], cache_dir: Path | None, workers: int = 1
) -> list[tuple[GoldArticle, list[dict]]]:
    """:func:`gold_and_rows` of the given (stem, text file, annotation file) triples."""
    built = predict(files, cache_dir, workers)
    pairs = []
    for stem, path, ann in files:
        text, rows = built[stem]
        raw = path.read_text("utf-8")
        gold = gold_article(stem, raw, text, parse_ann(ann.read_text("utf-8"), ann))
        pairs.append((gold, rows))
    return pairs


def evaluate_split(
    root: Path, split: str, cache_dir: Path | None, limit: int | None = None, workers: int = 1
) -> PolnearScores:
    return score(gold_and_rows(root, split, cache_dir, limit, workers))


def print_scores(name: str, s: PolnearScores, verbose: bool) -> None:
    q, r = s.quoted, s.reported
    print(
        f"polnear/{name}: {s.articles} articles (PolNeAR v1.0.0, split {name}); "
        f"{s.left_out} attributions in headlines or discarded regions left out"
    )
    print(
        f"  quoted    gold {q.n_gold:>5}  pred {q.n_pred:>5}  matched {q.tp:>5}  "
        f"P {q.precision:.3f}  R {q.recall:.3f}  F1 {q.f1:.3f}"
    )
    print(
        f"    (quoted stretches missed: {q.n_gold - q.tp}, of them {s.quoted_titles_missed} "
        "title-cased: names of works, slogans, nicknames, which the pipeline leaves out)"
    )
    print(
        f"  reported  gold {r.n_gold:>5}  pred {r.n_pred:>5}  matched {r.tp:>5}  "
        f"P {r.precision:.3f}  R {r.recall:.3f}  F1 {r.f1:.3f}"
    )
    st = s.reported_strict
    print(
        f"    (matched as the hand-made sets are, ≥ 0.5 of the longer span: "
        f"P {st.precision:.3f}  R {st.recall:.3f})"
    )
    print(
        f"    (out of scope: {s.out_of_scope} attributions not of saying or writing; "
        f"{s.ignored_pred} indirect rows matching them left out of precision)"
    )
    print(
        f"  speaker accuracy {s.speaker.recall:.3f}  cue accuracy {s.cue.recall:.3f}"
        f" (over {s.speaker.n_gold} matched rows)"
    )
    sn, sp = s.speaker_named, s.speaker_pronoun
    print(
        f"    (speaker: gold source named {sn.recall:.3f} over {sn.n_gold} rows; gold source "
        f"only a pronoun, scored against the stand-in antecedent, {sp.recall:.3f} over "
        f"{sp.n_gold}; gold source a pronoun whose stand-in is more than "
        f"{STAND_IN_REACH} paragraphs back, not scored: {s.speaker_far.n_gold} rows, "
        f"{s.speaker_far.recall:.3f} against the stand-in)"
    )
    if verbose:
        print("\n".join("    " + e for e in s.errors))


def _cache_dir() -> Path:
    import os

    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "trump-putin-call" / "polnear"


@dataclass
class Options:
    root: Path | None = None
    splits: tuple[str, ...] = SPLITS
    limit: int | None = None
    cache: Path | None = None
    workers: int = 1


_VALUED = ("--polnear", "--polnear-split", "--polnear-limit", "--polnear-cache")


def split_args(args: list[str]) -> tuple[list[str], Options]:
    """The evaluation's own arguments, and the PolNeAR options taken out of them.

    ``--polnear DIR``, ``--polnear-split NAME`` (repeatable; default dev and train),
    ``--polnear-limit N`` (the first N articles of each split, for development),
    ``--polnear-cache DIR`` (default ``~/.cache/trump-putin-call/polnear``),
    ``--polnear-workers N``.
    """
    rest: list[str] = []
    opts = Options()
    splits: list[str] = []
    it = iter(args)
    for a in it:
        key, eq, value = a.partition("=")
        if key in (*_VALUED, "--polnear-workers"):
            if not eq:
                value = next(it, "")
            if not value:
                raise SystemExit(f"evaluation: {key} needs a value")
            if key == "--polnear":
                opts.root = Path(value)
            elif key == "--polnear-split":
                splits.append(value)
            elif key == "--polnear-limit":
                opts.limit = int(value)
            elif key == "--polnear-cache":
                opts.cache = Path(value)
            else:
                opts.workers = int(value)
        else:
            rest.append(a)
    if splits:
        opts.splits = tuple(splits)
    return rest, opts


def dev_figures(root: Path, cache: Path | None = None) -> dict[str, float]:
    """:func:`figures_of` the dev split under ``root`` (the quality guard's hook)."""
    return figures_of(evaluate_split(Path(root), "dev", cache or _cache_dir()))


def run(opts: Options, wanted: set[str], verbose: bool) -> dict[str, PolnearScores]:
    """Score each wanted split (``polnear`` or ``polnear/dev`` in ``wanted``; none: all)."""
    from trump_putin_call.pipeline import polnear_publishers

    out: dict[str, PolnearScores] = {}
    splits = [
        s for s in opts.splits if not wanted or "polnear" in wanted or f"polnear/{s}" in wanted
    ]
    if not splits:
        return out
    root = opts.root or DEFAULT_DIR
    if not (root / splits[0] / "text").is_dir():
        print(HOW_TO_GET.format(dir=root))
        return out
    cache = opts.cache or _cache_dir()
    for split in splits:
        if not (root / split / "text").is_dir():
            print(f"polnear/{split}: no {root / split / 'text'} folder: skipped")
            continue
        pairs = gold_and_rows(root, split, cache, opts.limit, opts.workers)
        out[split] = score(pairs)
        print_scores(split, out[split], verbose)
        print("\n".join(polnear_publishers.lines(polnear_publishers.by_publisher(pairs))))
    return out
