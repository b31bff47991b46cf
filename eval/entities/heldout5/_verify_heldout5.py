"""Verify heldout5.jsonl (held-out entity TEST set 5) against ../README.md.

Hard checks (assert) are those of ../dev3/_verify_dev3.py: the per-record checks of ../_verify.py
(imported; importing it reads no file) -- text is NFC with no "\r", every span slices back to its
text, spans are sorted and never overlap or nest, labels are in the allowed set, no span touches
the heading line, spans start and end on word boundaries -- plus: exactly one heading per doc,
unique ids, exact keys, no leading "the", possessive or title inside a span.
Added for this set: ids are heldout5-01 ... heldout5-22, exactly three headings sit mid-text,
430-480 mentions in all, every doc has 3-5 body paragraphs and 120-220 body words.
Soft checks (printed for manual review): occurrences of any surface string annotated in THIS set
that are not covered by a span, capitalised tokens outside spans that are not sentence-initial,
and surfaces mapped to more than one canonical name or label within this set.  To keep the set
independent, no other gold file (held-out, dev or seeds) is opened.
Run:  python _verify_heldout5.py [-v]
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
MIN_MENTIONS, MAX_MENTIONS = 430, 480


def main():
    path = HERE / "heldout5.jsonl"
    all_surfaces = set()
    for l in open(path, encoding="utf-8"):
        all_surfaces.update(e["text"] for e in json.loads(l)["entities"])
    recs, counts, canon, forms = check_file(path, all_surfaces)
    ids = [r["doc_id"] for r in recs]
    assert len(ids) == len(set(ids)), "duplicate doc ids"
    assert ids == [f"heldout5-{i:02d}" for i in range(1, N_DOCS + 1)], ids
    mid = []
    for r in recs:
        assert len(r["headings"]) == 1, (r["doc_id"], r["headings"])
        assert set(r) == {"doc_id", "text", "entities", "headings"}, (r["doc_id"], sorted(r))
        h = r["headings"][0]
        assert h[:1].isupper(), (r["doc_id"], h)
        if not r["text"].startswith(h + "\n"):
            mid.append(r["doc_id"])
        body = [ln for ln in r["text"].split("\n") if ln != h]
        assert all(ln.strip() for ln in body), (r["doc_id"], "empty line")
        assert 3 <= len(body) <= 5, (r["doc_id"], len(body))
        words = sum(len(ln.split()) for ln in body)
        assert 120 <= words <= 220, (r["doc_id"], words)
        for e in r["entities"]:
            assert list(e) == ["start_char", "end_char", "text", "label", "canonical_name"], e
            # span hygiene from the guidelines: no leading "the", no possessive, no title
            assert not re.match(r"(?i)the ", e["text"]) or e["text"] in {"The Hague"}, e
            assert not re.search(r"[’']s$", e["text"]), e
            if e["label"] == "PERSON":
                assert not re.match(r"(Mr|Mrs|Ms|Dr|Sir|Dame|Sheikh|Lord|Queen|Justice|President|Governor|Mayor|Premier|Prime Minister|Chancellor|Professor|Senator|Colonel|Oba|Judge) ", e["text"]), e
    assert len(mid) == 3, mid
    total = sum(counts.values())
    assert MIN_MENTIONS <= total <= MAX_MENTIONS, total
    print(f"  headings mid-text: {', '.join(mid)}")
    print("  share: " + ", ".join(f"{lab} {100 * counts[lab] / total:.1f}%" for lab in sorted(counts)))
    if "-v" in sys.argv:
        print("canonical (label): surface forms")
        for (c, lab), v in sorted(forms.items()):
            print(f"  {c} ({lab}): {sorted(v)}")
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
