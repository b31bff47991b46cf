"""Verify dev4.jsonl (general-news entity development set) against ../README.md.

Hard checks (assert) are those of ../dev3/_verify_dev3.py: the per-record checks of ../_verify.py
(imported; importing it reads no file) -- text is NFC with no "\r", every span slices back to its
text, spans are sorted and never overlap or nest, labels are in the allowed set, no span touches
the heading line, spans start and end on word boundaries -- plus: exactly one heading per doc,
ids are dev4-01 ... dev4-22, exact keys, no leading "the", possessive or title inside a span,
exactly three headings mid-text, and a minimum number of mentions (>= 400).
Added for this set: every doc body is 120-220 words, and a canonical name never carries two
different labels unless it is a declared metonymy pair (none here).
Soft checks (printed for manual review): occurrences of any annotated surface string (from
dev4.jsonl, ../dev/dev.jsonl, ../dev3/dev3.jsonl or ../seeds.jsonl) not covered by a span,
capitalised tokens outside spans that are not sentence-initial, and surfaces mapped to more than
one canonical name or label (only surfaces that occur in dev4 are listed, to confirm each split
is intended).  The held-out files are deliberately not opened.
Run:  python _verify_dev4.py [-v]
"""
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.dont_write_bytecode = True  # write nothing (no __pycache__) outside this folder
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
# The hard checks of ../_verify.py (importing it reads no file: only its main() does).
from _verify import check_file  # noqa: E402

N_DOCS = 22
MIN_MENTIONS = 400


def main():
    dev4 = HERE / "dev4.jsonl"
    others = [p for p in (HERE.parent / "dev" / "dev.jsonl", HERE.parent / "dev3" / "dev3.jsonl",
                          HERE.parent / "seeds.jsonl") if p.exists()]
    all_surfaces = set()
    for f in [dev4] + others:
        for l in open(f, encoding="utf-8"):
            all_surfaces.update(e["text"] for e in json.loads(l)["entities"])
    recs, counts, canon, forms = check_file(dev4, all_surfaces)
    ids = [r["doc_id"] for r in recs]
    assert len(ids) == len(set(ids)), "duplicate doc ids"
    assert ids == [f"dev4-{i:02d}" for i in range(1, N_DOCS + 1)], ids
    mid = []
    words = {}
    for r in recs:
        assert len(r["headings"]) == 1, (r["doc_id"], r["headings"])
        assert set(r) == {"doc_id", "text", "entities", "headings"}, (r["doc_id"], sorted(r))
        h = r["headings"][0]
        if not r["text"].startswith(h + "\n"):
            mid.append(r["doc_id"])
        body = "\n".join(l for l in r["text"].split("\n") if l != h)
        words[r["doc_id"]] = len(body.split())
        assert 120 <= words[r["doc_id"]] <= 220, (r["doc_id"], words[r["doc_id"]])
        for e in r["entities"]:
            assert list(e) == ["start_char", "end_char", "text", "label", "canonical_name"], e
            # span hygiene from the guidelines: no leading "the", no possessive, no title
            assert not re.match(r"(?i)the ", e["text"]) or e["text"] in {"The Hague"}, e
            assert not re.search(r"[’']s$", e["text"]), e
            if e["label"] == "PERSON":
                assert not re.match(r"(Mr|Mrs|Ms|Dr|Sir|Dame|Sheikh|Prince|Lord|Queen|King|Oba|Justice|President|Governor|Mayor|Premier|Prime Minister|Chancellor|Professor|Senator|Colonel|Taoiseach) ", e["text"]), e
    assert len(mid) == 3, mid
    # within dev4 a canonical name has one label (no metonymy pairs are used in this set)
    labs = defaultdict(set)
    for c, lab in forms:
        labs[c].add(lab)
    assert all(len(v) == 1 for v in labs.values()), {c: v for c, v in labs.items() if len(v) > 1}
    total = sum(counts.values())
    assert total >= MIN_MENTIONS, total
    print(f"  headings mid-text: {', '.join(mid)}")
    print(f"  body words per doc: {min(words.values())}-{max(words.values())} ({sum(words.values())} in all)")
    print("  share by label: " + ", ".join(f"{k} {100 * v / total:.1f}%" for k, v in sorted(counts.items())))
    if "-v" in sys.argv:
        print("canonical (label): surface forms")
        for (c, lab), v in sorted(forms.items()):
            print(f"  {c} ({lab}): {sorted(v)}")
    # surfaces with more than one canonical/label across dev4 + dev + dev3 + seeds, listed only
    # for surfaces that occur in dev4
    dev4_surfaces = {s for v in forms.values() for s in v}
    forms_all = defaultdict(set)
    for k, v in forms.items():
        forms_all[k] |= v
    for f in others:
        for l in open(f, encoding="utf-8"):
            for e in json.loads(l)["entities"]:
                if e["text"] in dev4_surfaces:
                    forms_all[(e["canonical_name"], e["label"])].add(e["text"])
    by_surface = defaultdict(set)
    for (c, lab), v in forms_all.items():
        for s in v:
            by_surface[s].add((c, lab))
    for s, cs in sorted(by_surface.items()):
        if len(cs) > 1:
            print(f"  NOTE surface {s!r} -> {sorted(cs)}")
    print("ALL HARD CHECKS PASSED")


if __name__ == "__main__":
    main()
