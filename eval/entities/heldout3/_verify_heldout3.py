"""Verify heldout3.jsonl (held-out entity TEST set 3) against ../README.md.

Hard checks (assert) are those of ../dev3/_verify_dev3.py: the per-record checks of ../_verify.py
(imported; importing it reads no file) -- text is NFC with no "\r", every span slices back to its
text, spans are sorted and never overlap or nest, labels are in the allowed set, no span touches
the heading line, spans start and end on word boundaries -- plus: exactly one heading per doc,
unique ids (heldout3-01 ... heldout3-22), exact keys, no leading "the", possessive or title inside
a span, exactly three headings mid-text, and a minimum number of mentions (>= 400).
Soft checks (printed for manual review): occurrences of any annotated surface string (from
heldout3.jsonl, ../dev/dev.jsonl or ../seeds.jsonl) not covered by a span, capitalised tokens
outside spans that are not sentence-initial, and surfaces mapped to more than one canonical name
or label across heldout3 + dev + seeds (to confirm each split is intended).  The other held-out
files are deliberately not opened.
Run:  python _verify_heldout3.py [-v]
"""
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.dont_write_bytecode = True  # write nothing (no __pycache__) outside this folder
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
# The hard checks of ../_verify.py (importing it reads no file: only its main() does).
from _verify import check_file  # noqa: E402

N_DOCS = 22
MIN_MENTIONS = 400


def main():
    data = HERE / "heldout3.jsonl"
    others = [p for p in (HERE.parent / "dev" / "dev.jsonl", HERE.parent / "seeds.jsonl") if p.exists()]
    all_surfaces = set()
    for f in [data] + others:
        for l in open(f, encoding="utf-8"):
            all_surfaces.update(e["text"] for e in json.loads(l)["entities"])
    recs, counts, canon, forms = check_file(data, all_surfaces)
    ids = [r["doc_id"] for r in recs]
    assert len(ids) == len(set(ids)), "duplicate doc ids"
    assert ids == [f"heldout3-{i:02d}" for i in range(1, N_DOCS + 1)], ids
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
                assert not re.match(r"(Mr|Mrs|Ms|Dr|Sir|Dame|Sheikh|Lord|Queen|Justice|President|Governor|Mayor|Premier|Prime Minister|Chancellor|Professor|Senator|Colonel|Prince|Judge) ", e["text"]), e
    assert len(mid) == 3, mid
    total = sum(counts.values())
    assert total >= MIN_MENTIONS, total
    print(f"  headings mid-text: {', '.join(mid)}")
    print("  distinct canonical+label pairs by label: "
          + ", ".join(f"{lab} {n}" for lab, n in sorted(Counter(lab for _, lab in forms).items())))
    if "-v" in sys.argv:
        print("canonical (label): surface forms")
        for (c, lab), v in sorted(forms.items()):
            print(f"  {c} ({lab}): {sorted(v)}")
    # surfaces with more than one canonical/label across heldout3 + dev + seeds
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
