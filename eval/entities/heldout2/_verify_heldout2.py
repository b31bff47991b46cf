"""Verify heldout2.jsonl (second held-out NER test set) against ../README.md.

The same checks as ../dev/_verify_dev.py:
Hard checks (assert), from ../_verify.py's check_file: text is NFC with no "\\r"; every span
slices back to its text; spans are sorted and never overlap or nest; labels are in the allowed
set; no span touches a heading line; spans start and end on word boundaries.  Added here, as in
dev: exactly one heading per doc; exact record and entity keys; ids unique; no leading "the",
possessive or title inside spans; at least 300 mentions.
Soft checks (printed for manual review): occurrences of any annotated surface string (from
heldout2.jsonl and the other gold files) not covered by a span, capitalised tokens outside
spans that are not sentence-initial, and surfaces mapped to >1 canonical name across this set
and the other gold files (to confirm the split is intended).  Only entity surfaces and
canonical names are taken from the other files, never their texts.
Run:  python _verify_heldout2.py [-v]
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
    target = HERE / "heldout2.jsonl"
    others = [p for p in (HERE.parent / "seeds.jsonl", HERE.parent / "heldout.jsonl",
                          HERE.parent / "dev" / "dev.jsonl") if p.exists()]
    all_surfaces = set()
    for f in [target] + others:
        for l in open(f, encoding="utf-8"):
            all_surfaces.update(e["text"] for e in json.loads(l)["entities"])
    recs, counts, canon, forms = check_file(target, all_surfaces)
    ids = [r["doc_id"] for r in recs]
    assert len(ids) == len(set(ids)), "duplicate doc ids"
    assert ids == [f"heldout2-{i:02d}" for i in range(1, 23)], ids
    for r in recs:
        assert len(r["headings"]) == 1, (r["doc_id"], r["headings"])
        assert set(r) == {"doc_id", "text", "entities", "headings"}, (r["doc_id"], sorted(r))
        for e in r["entities"]:
            assert list(e) == ["start_char", "end_char", "text", "label", "canonical_name"], e
            # span hygiene from the guidelines: no leading "the", no possessive, no title
            assert not re.match(r"(?i)the ", e["text"]) or e["text"] in {"The Hague"}, e
            assert not re.search(r"[’']s$", e["text"]), e
            if e["label"] == "PERSON":
                assert not re.match(r"(Mr|Mrs|Ms|Dr|Sir|Sheikh|Lord|Queen|Justice|Judge|President|Governor|Mayor|Premier|Prime Minister|Chancellor|Professor|General|Chairman|Chair|Speaker) ", e["text"]), e
    total = sum(counts.values())
    assert total >= 300, total
    if "-v" in sys.argv:
        print("canonical (label): surface forms")
        for (c, lab), v in sorted(forms.items()):
            print(f"  {c} ({lab}): {sorted(v)}")
    # surfaces with more than one canonical/label across this set + the other gold files
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
    mine = {s for v in forms.values() for s in v}
    for s, cs in sorted(by_surface.items()):
        if len(cs) > 1 and s in mine:
            print(f"  NOTE surface {s!r} -> {sorted(cs)}")
    print("ALL HARD CHECKS PASSED")


if __name__ == "__main__":
    main()
