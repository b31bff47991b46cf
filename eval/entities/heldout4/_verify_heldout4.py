"""Verify heldout4.jsonl (held-out TEST set 4) against ../README.md.

Hard checks (assert) are those of ../dev3/_verify_dev3.py: the per-record checks of ../_verify.py
(imported; importing it reads no file) -- text is NFC with no "\r", every span slices back to its
text, spans are sorted and never overlap or nest, labels are in the allowed set, no span touches
the heading line, spans start and end on word boundaries -- plus: exactly one heading per doc,
unique ids, exact keys, no leading "the", possessive or title inside a span, and a minimum
number of mentions (here >= 400 in all).  For this set: ids are heldout4-01 ... heldout4-22,
exactly three headings sit mid-text, and every label of the set occurs.
Soft checks (printed for manual review): occurrences of any annotated surface string of this set
not covered by a span, capitalised tokens outside spans that are not sentence-initial, and
surfaces mapped to more than one canonical name or label within this set (to confirm each split
is intended).  No other set is opened: this held-out set was written and annotated
independently of all other sets and of the system under evaluation.
Run:  python _verify_heldout4.py [-v]
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
from _verify import LABELS, check_file  # noqa: E402

MIN_MENTIONS = 400
N_DOCS = 22


def main():
    path = HERE / "heldout4.jsonl"
    all_surfaces = set()
    for l in open(path, encoding="utf-8"):
        all_surfaces.update(e["text"] for e in json.loads(l)["entities"])
    recs, counts, canon, forms = check_file(path, all_surfaces)
    ids = [r["doc_id"] for r in recs]
    assert len(ids) == len(set(ids)), "duplicate doc ids"
    assert ids == [f"heldout4-{i:02d}" for i in range(1, N_DOCS + 1)], ids
    mid = []
    for r in recs:
        assert len(r["headings"]) == 1, (r["doc_id"], r["headings"])
        assert set(r) == {"doc_id", "text", "entities", "headings"}, (r["doc_id"], sorted(r))
        if not r["text"].startswith(r["headings"][0] + "\n"):
            mid.append(r["doc_id"])
        for e in r["entities"]:
            assert list(e) == ["start_char", "end_char", "text", "label", "canonical_name"], e
            # span hygiene from the guidelines: no leading "the", no possessive, no title
            assert not re.match(r"(?i)the ", e["text"]) or e["text"] in {"The Hague"}, e
            assert not re.search(r"[’']s$", e["text"]), e
            if e["label"] == "PERSON":
                assert not re.match(r"(Mr|Mrs|Ms|Dr|Sir|Dame|Sheikh|Lord|Queen|Justice|President|Governor|Mayor|Premier|Prime Minister|Chancellor|Professor|Senator|Colonel|Prince|Chief Justice|Solicitor General|Secretary-General|Director-General) ", e["text"]), e
    assert len(mid) == 3, mid
    total = sum(counts.values())
    assert total >= MIN_MENTIONS, total
    assert all(counts[lab] > 0 for lab in LABELS), counts
    print(f"  headings mid-text: {', '.join(mid)}")
    if "-v" in sys.argv:
        print("canonical (label): surface forms")
        for (c, lab), v in sorted(forms.items()):
            print(f"  {c} ({lab}): {sorted(v)}")
    # surfaces with more than one canonical/label within this set
    by_surface = defaultdict(set)
    for (c, lab), v in forms.items():
        for s in v:
            by_surface[s].add((c, lab))
    for s, cs in sorted(by_surface.items()):
        if len(cs) > 1:
            print(f"  NOTE surface {s!r} -> {sorted(cs)}")
    print("ALL HARD CHECKS PASSED")


if __name__ == "__main__":
    main()
