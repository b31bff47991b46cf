"""Verify dev.jsonl (entity development set) against ../README.md.

Hard checks (assert): text is NFC with no "\r"; every span slices back to its text; spans are
sorted and never overlap or nest; labels are in the allowed set; no span touches a heading line;
spans start and end on word boundaries; exactly one heading per doc; ids unique.
Soft checks (printed for manual review): occurrences of any annotated surface string (from
dev.jsonl, ../heldout.jsonl or ../seeds.jsonl) that are not covered by a span, capitalised
tokens outside spans that are not sentence-initial, and surfaces mapped to >1 canonical name
across dev + held-out (to confirm the split is intended).
"""
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
# The hard checks of ../_verify.py (importing it reads no file: only its main() does).
from _verify import check_file  # noqa: E402


def main():
    dev = HERE / "dev.jsonl"
    others = [p for p in (HERE.parent / "seeds.jsonl", HERE.parent / "heldout.jsonl") if p.exists()]
    all_surfaces = set()
    for f in [dev] + others:
        for l in open(f, encoding="utf-8"):
            all_surfaces.update(e["text"] for e in json.loads(l)["entities"])
    recs, counts, canon, forms = check_file(dev, all_surfaces)
    ids = [r["doc_id"] for r in recs]
    assert len(ids) == len(set(ids)), "duplicate doc ids"
    for r in recs:
        assert len(r["headings"]) == 1, (r["doc_id"], r["headings"])
        assert set(r) == {"doc_id", "text", "entities", "headings"}, (r["doc_id"], sorted(r))
        for e in r["entities"]:
            assert list(e) == ["start_char", "end_char", "text", "label", "canonical_name"], e
            # span hygiene from the guidelines: no leading "the", no possessive, no title
            assert not re.match(r"(?i)the ", e["text"]) or e["text"] in {"The Hague"}, e
            assert not re.search(r"[’']s$", e["text"]), e
            if e["label"] == "PERSON":
                assert not re.match(r"(Mr|Mrs|Ms|Dr|Sir|Sheikh|Lord|Queen|Justice|President|Governor|Mayor|Premier|Prime Minister|Chancellor|Professor) ", e["text"]), e
    total = sum(counts.values())
    assert total >= 300, total
    if "-v" in sys.argv:
        print("canonical (label): surface forms")
        for (c, lab), v in sorted(forms.items()):
            print(f"  {c} ({lab}): {sorted(v)}")
    # surfaces with more than one canonical/label across dev + held-out
    forms_all = defaultdict(set)
    for k, v in forms.items():
        forms_all[k] |= v
    for f in others:
        for l in open(f, encoding="utf-8"):
            for e in json.loads(l)["entities"]:
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
