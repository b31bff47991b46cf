"""Build and check the inline-annotated entity sets (dev, dev3, dev4, heldout2 … heldout5).

Each set's folder holds ``_src_<name>.py`` (a ``DOCS`` dict of texts in the markup of
``dev/_make_dev.py``: ``[[surface|LABEL]]`` or ``[[surface|LABEL|Canonical]]``, one ``# ``
heading line per doc) and the built ``<name>.jsonl``; :data:`SETS` holds each set's own
expectations. Run ``python _sets.py build dev3`` (writes ``dev3/dev3.jsonl``) and
``python _sets.py check dev3`` (or ``check all``; ``-v`` lists the surface forms).

Hard checks (assert): those of ``_verify.check_file`` (NFC text without "\\r", spans slice
back, sorted, no overlap or nesting, allowed labels, nothing in a heading, word boundaries),
then unique ids (and the exact ids when given), one heading per doc, exact keys, no leading
"the" (save "The Hague"), possessive or title inside a span, and the set's counts.
Soft checks (printed): surfaces of the set (and of the ``others`` files) left unannotated,
capitalised tokens outside spans, and surfaces with more than one canonical name or label.
"""
import importlib
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.dont_write_bytecode = True  # write nothing (no __pycache__) beside the data
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "dev"))
from _make_dev import parse  # noqa: E402
from _verify import LABELS, check_file  # noqa: E402

TITLE = re.compile(
    r"(Mr|Mrs|Ms|Dr|Sir|Dame|Sheikh|Prince|Lord|Queen|King|Oba|Justice|Judge|President|"
    r"Governor|Mayor|Premier|Prime Minister|Chancellor|Professor|Senator|Colonel|Taoiseach|"
    r"General|Chairman|Chair|Speaker|Chief Justice|Solicitor General|Secretary-General|"
    r"Director-General) "
)


def build_set(folder: Path, name: str) -> None:
    """Write ``<name>.jsonl`` from ``_src_<name>.py`` in ``folder``."""
    sys.path.insert(0, str(folder))
    docs = importlib.import_module(f"_src_{name}").DOCS
    recs = [parse(d, s) for d, s in docs.items()]
    with open(folder / f"{name}.jsonl", "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n = sum(len(r["entities"]) for r in recs)
    print(f"wrote {name}.jsonl: {len(recs)} docs, {n} mentions")


def _entities(path: Path):
    for line in open(path, encoding="utf-8"):
        yield from json.loads(line)["entities"]


def check_set(
    path: Path,
    *,
    others=(),
    ids=None,
    mid_headings=None,
    mentions=(300, None),
    min_per_label=None,
    every_label=False,
    words=None,
    paragraphs=None,
    one_label_per_canonical=False,
):
    """Run the hard checks on one set (``others``: files whose surfaces the soft checks use)."""
    others = [p for p in others if p.exists()]
    surfaces = {e["text"] for f in [path, *others] for e in _entities(f)}
    recs, counts, _canon, forms = check_file(path, surfaces)
    got = [r["doc_id"] for r in recs]
    assert len(got) == len(set(got)), "duplicate doc ids"
    if ids is not None:
        assert got == list(ids), got
    mid = []
    for r in recs:
        assert len(r["headings"]) == 1, (r["doc_id"], r["headings"])
        assert set(r) == {"doc_id", "text", "entities", "headings"}, (r["doc_id"], sorted(r))
        if not r["text"].startswith(r["headings"][0] + "\n"):
            mid.append(r["doc_id"])
        body = [ln for ln in r["text"].split("\n") if ln != r["headings"][0]]
        if words is not None:
            n = sum(len(ln.split()) for ln in body)
            assert words[0] <= n <= words[1], (r["doc_id"], n)
        if paragraphs is not None:
            assert paragraphs[0] <= len(body) <= paragraphs[1], (r["doc_id"], len(body))
        for e in r["entities"]:
            assert list(e) == ["start_char", "end_char", "text", "label", "canonical_name"], e
            assert not re.match(r"(?i)the ", e["text"]) or e["text"] == "The Hague", e
            assert not re.search(r"[’']s$", e["text"]), e
            if e["label"] == "PERSON":
                assert not TITLE.match(e["text"]), e
    if mid_headings is not None:
        assert len(mid) == mid_headings, mid
    total = sum(counts.values())
    low, high = mentions
    assert total >= low and (high is None or total <= high), total
    for label, n in (min_per_label or {}).items():
        assert counts[label] >= n, (label, counts[label])
    if every_label:
        assert all(counts[lab] > 0 for lab in LABELS), counts
    if one_label_per_canonical:
        labels = defaultdict(set)
        for c, lab in forms:
            labels[c].add(lab)
        assert all(len(v) == 1 for v in labels.values()), {
            c: v for c, v in labels.items() if len(v) > 1
        }
    if mid:
        print(f"  headings mid-text: {', '.join(mid)}")
    if "-v" in sys.argv:
        print("canonical (label): surface forms")
        for (c, lab), v in sorted(forms.items()):
            print(f"  {c} ({lab}): {sorted(v)}")
    by_surface = defaultdict(set)
    for (c, lab), v in forms.items():
        for s in v:
            by_surface[s].add((c, lab))
    for f in others:
        for e in _entities(f):
            by_surface[e["text"]].add((e["canonical_name"], e["label"]))
    for s, cs in sorted(by_surface.items()):
        if len(cs) > 1:
            print(f"  NOTE surface {s!r} -> {sorted(cs)}")
    print(f"{path.name}: {total} mentions; ALL HARD CHECKS PASSED")


def _ids(name: str, n: int) -> list[str]:
    return [f"{name}-{i:02d}" for i in range(1, n + 1)]


#: Each set's expectations: what :func:`check_set` asserts beyond the shared checks.
SETS = {
    "dev": dict(others=["seeds.jsonl", "heldout.jsonl"]),
    "dev3": dict(
        others=["dev/dev.jsonl", "seeds.jsonl"],
        ids=_ids("dev3", 20),
        mid_headings=3,
        mentions=(550, None),
        min_per_label={"ORG": 300},
    ),
    "dev4": dict(
        others=["dev/dev.jsonl", "dev3/dev3.jsonl", "seeds.jsonl"],
        ids=_ids("dev4", 22),
        mid_headings=3,
        mentions=(400, None),
        words=(120, 220),
        one_label_per_canonical=True,
    ),
    "heldout2": dict(
        others=["seeds.jsonl", "heldout.jsonl", "dev/dev.jsonl"], ids=_ids("heldout2", 22)
    ),
    "heldout3": dict(
        others=["dev/dev.jsonl", "seeds.jsonl"],
        ids=_ids("heldout3", 22),
        mid_headings=3,
        mentions=(400, None),
    ),
    "heldout4": dict(
        ids=_ids("heldout4", 22), mid_headings=3, mentions=(400, None), every_label=True
    ),
    "heldout5": dict(
        ids=_ids("heldout5", 22),
        mid_headings=3,
        mentions=(430, 480),
        words=(120, 220),
        paragraphs=(3, 5),
    ),
    "heldout6": dict(ids=_ids("heldout6", 22), mid_headings=3, mentions=(400, None)),
    "heldout7": dict(ids=_ids("heldout7", 24), mid_headings=4, mentions=(400, None)),
    "heldout8": dict(ids=_ids("heldout8", 24), mid_headings=4, mentions=(400, None)),
    "heldout9": dict(ids=_ids("heldout9", 24), mid_headings=4, mentions=(400, None)),
    "dev5": dict(ids=_ids("dev5", 24), mid_headings=4, mentions=(400, None)),
}


def main(argv: list[str]) -> None:
    """``python _sets.py build|check NAME… [-v]`` (``all`` for every set)."""
    command, names = argv[0], [a for a in argv[1:] if not a.startswith("-")]
    if names == ["all"]:
        names = list(SETS)
    for name in names:
        folder = HERE / name
        if command == "build":
            if name == "dev":
                raise SystemExit("dev.jsonl is built by dev/_make_dev.py")
            build_set(folder, name)
        else:
            spec = dict(SETS[name])
            spec["others"] = [HERE / p for p in spec.get("others", [])]
            check_set(folder / f"{name}.jsonl", **spec)


if __name__ == "__main__":
    main(sys.argv[1:])
