"""A hand check of the scorer's pronoun stand-in (:mod:`.polnear_standin`).

PolNeAR links no ``he said`` to its referent, so the scorer stands in the last named source.
How far that can be trusted is measured against referents resolved by hand:

1. ``sample``: a seeded random sample of a split's pronoun sources, each printed blind (the
   article's text up to the end of the pronoun's paragraph, the pronoun in ``[[…]]``), with
   neither the stand-in nor the pipeline's answer. Give it to annotators.
2. The annotators write a tab-separated file ``key  referent  sure  note`` (a header line,
   then one line per item; ``referent`` as the article names the person most fully, ``?``
   when the text does not say, ``AUTHOR`` for the writer; ``sure`` is ``yes`` or ``no``).
3. ``check``: the stand-in against those referents, within and beyond
   :data:`.polnear_gold.STAND_IN_REACH`, and (``--pipeline``: the split is built, with the
   evaluation's cache) the pipeline's speaker on the matched rows against both.

Neither the sample nor the referents may be committed: they are derived from PolNeAR.
Run: ``nox -s pronouns -- sample DIR --offset 0 -n 120 > items.txt``, then
``nox -s pronouns -- check DIR refs.tsv --offset 0 --pipeline``.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import hashlib
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from trump_putin_call.pipeline import polnear, polnear_gold, polnear_run

#: Referents that name nobody the scorer could match: left out of every count.
UNSCORED = frozenset({"?", "AUTHOR", "QUOTED-SELF"})


@dataclasses.dataclass(frozen=True)
class Pronoun:
    """One gold pronoun source: ``key`` is ``article@offset`` in the built article's text."""

    key: str
    item: polnear_gold.GoldItem
    text: str


def _articles(root: Path, split: str, every: int, offset: int):
    from trump_putin_call.pipeline.read import normalise

    for stem, path, ann in polnear_run.read_split(root, split)[offset::every]:
        raw = path.read_text("utf-8")
        text = normalise(raw)
        yield polnear_gold.gold_article(
            stem, raw, text, polnear_gold.parse_ann(ann.read_text("utf-8"), ann)
        )


def pronouns(gold: polnear_gold.GoldArticle) -> Iterator[Pronoun]:
    """Each pronoun source of an article's scored attributions, once."""
    seen = set()
    for item in [*gold.quoted, *(g for g in gold.reported if g.in_scope)]:
        if item.stand_in and item.source_at not in seen:
            seen.add(item.source_at)
            yield Pronoun(f"{gold.article_id}@{item.source_at[0]}", item, gold.text)


def sample(golds, n: int) -> list[Pronoun]:
    """``n`` pronoun sources, drawn by the hash of their key (the same draw on every run),
    in article order."""
    every = [p for g in golds for p in pronouns(g)]
    drawn = sorted(every, key=lambda p: hashlib.sha1(p.key.encode()).hexdigest())[:n]
    return sorted(drawn, key=lambda p: p.key)


def blind(p: Pronoun, before: int = 2500) -> str:
    """The item as an annotator sees it: text up to the pronoun's paragraph end."""
    a, b = p.item.source_at
    end = p.text.find("\n", b)
    end = len(p.text) if end < 0 else end
    body = p.text[max(0, a - before) : a] + "[[" + p.text[a:b] + "]]" + p.text[b:end]
    return f"=== ITEM {p.key}\tpronoun={p.text[a:b]!r}\n{body}\n"


def read_refs(path: Path) -> dict[str, str]:
    """``key → referent`` of the lines marked sure, naming someone (not ``?`` or ``AUTHOR``)."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    missing = {"key", "referent", "sure"} - set(rows[0] if rows else {})
    if missing:
        raise SystemExit(f"{path}: needs the columns key, referent, sure (missing {missing})")
    return {
        r["key"].strip(): r["referent"].strip()
        for r in rows
        if r["sure"].strip() == "yes" and r["referent"].strip() not in UNSCORED
    }


def names(referent: str, candidate: str | None) -> bool:
    """Whether ``candidate`` names the hand-made referent, by the scorer's own test, read
    both ways (``Ban`` for ``Ban Ki-moon``, ``Mr. Cruz`` for ``Ted Cruz``)."""
    if not candidate:
        return False

    def right(gold: str, pred: str) -> bool:
        item = polnear_gold.GoldItem([], gold, None)
        return polnear.speaker_right(item, {"speaker_name": pred, "speaker_text": pred})

    return right(candidate, referent) or right(referent, candidate)


def stand_in_counts(found: list[Pronoun], refs: dict[str, str]) -> Counter:
    """The stand-in against the referents: ``(reach, verdict)`` counts, reach being
    ``within``, ``beyond`` or ``none`` (no named source: a prediction at the pronoun is
    right) and verdict ``right`` or ``wrong``."""
    counts: Counter = Counter()
    for p in found:
        if p.key not in refs:
            continue
        if p.item.pronoun_at is not None:
            counts["none", "-"] += 1
            continue
        reach = "beyond" if p.item.stand_in_far else "within"
        counts[reach, "right" if names(refs[p.key], p.item.source) else "wrong"] += 1
    return counts


def pipeline_counts(pairs, refs: dict[str, str]) -> Counter:
    """The pipeline's speaker on matched rows whose gold source is a hand-resolved pronoun:
    ``(reach, against)`` → right rows, with ``(reach, "rows")`` the row counts."""
    counts: Counter = Counter()
    for gold, rows in pairs:
        marked = [r for r in rows if r["quote_type"] in ("direct", "partial")]
        indirect = polnear._statements([r for r in rows if r["quote_type"] == "indirect"])
        for glist, plist, clause in ((gold.quoted, marked, False), (gold.reported, indirect, True)):
            for gi, pi in polnear._match(gold.text, glist, plist, clause=clause):
                g, pred = glist[gi], plist[pi]
                key = f"{gold.article_id}@{g.source_at[0]}" if g.stand_in else None
                if key not in refs or (clause and not g.in_scope):
                    continue
                reach = "none" if g.pronoun_at else "beyond" if g.stand_in_far else "within"
                hand = dataclasses.replace(g, source=refs[key], pronoun_at=None, stand_in=False)
                counts[reach, "rows"] += 1
                counts[reach, "stand-in"] += polnear.speaker_right(g, pred)
                counts[reach, "hand"] += polnear.speaker_right(hand, pred)
    return counts


def _ratio(a: int, b: int) -> str:
    return f"{a}/{b} = {a / b:.3f}" if b else "0/0"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="polnear_pronouns", description=__doc__.split("\n")[0])
    ap.add_argument("command", choices=("sample", "check"))
    ap.add_argument("root", type=Path, help="the PolNeAR folder (train/, dev/)")
    ap.add_argument("refs", type=Path, nargs="?", help="check: the hand-made referents (TSV)")
    ap.add_argument("--split", default="train")
    ap.add_argument("--every", type=int, default=4)
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("-n", type=int, default=120, help="sample: how many pronoun sources")
    ap.add_argument("--pipeline", action="store_true", help="check: score the pipeline too")
    args = ap.parse_args(argv)
    if args.split == "test":
        raise SystemExit("the test split is held out: never sample or check it")
    golds = list(_articles(args.root, args.split, args.every, args.offset))
    if args.command == "sample":
        sys.stdout.write("".join(blind(p) for p in sample(golds, args.n)))
        return 0
    if args.refs is None:
        raise SystemExit("check needs the referents file (TSV: key, referent, sure, note)")
    refs = read_refs(args.refs)
    found = [p for g in golds for p in pronouns(g)]
    c = stand_in_counts(found, refs)
    print(f"{len(refs)} hand-made referents (sure, naming someone)")
    for reach in ("within", "beyond"):
        right, n = c[reach, "right"], c[reach, "right"] + c[reach, "wrong"]
        print(
            f"  stand-in {reach} {polnear_gold.STAND_IN_REACH} paragraph breaks: {_ratio(right, n)}"
        )
    print(f"  no named source (the pronoun itself counts): {c['none', '-']}")
    if args.pipeline:
        wanted = {k.rsplit("@", 1)[0] for k in refs}
        files = [f for f in polnear_run.read_split(args.root, args.split) if f[0] in wanted]
        pairs = polnear_run.gold_and_rows_of(files, polnear_run._cache_dir())
        pc = pipeline_counts(pairs, refs)
        for reach in ("within", "beyond", "none"):
            n = pc[reach, "rows"]
            standin, hand = _ratio(pc[reach, "stand-in"], n), _ratio(pc[reach, "hand"], n)
            print(f"  pipeline, rows {reach}: {n}; against the stand-in {standin}, the hand {hand}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
