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
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}

# capitalised words that are fine to leave unannotated (titles, dates, etc.)
STOP = set("""
The A An In On At As For To Of And But Or If It Its This That These Those Such Any Many Both
While Although Though Given Since Under After Before During Following According Speaking Reacting
Said Having Setting Declared Verifying Emphasizing Allegedly Sources Leaders One Most Even Some
President President-elect Prime Minister Chancellor Secretary-General Admiral Governor Mayor
Senator Premier Prince Defence Defense Foreign Finance Energy Environment Commerce Managing Director
National Security Advisor Deputy Opposition Former Chief Shares Analysts Officials Diplomats
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
July August September October November December POV You We I He She They His Her Their Our
Every My Asked State Investors Traders Several Protesters Economists Environment Brent Patriot
COP30 Halal Stranger Things MPs
""".split())


def excluded_regions(rec):
    regs = [tuple(r) for r in rec.get("excluded_regions", [])]
    text = rec["text"]
    for h in rec.get("headings", []):
        for m in re.finditer(re.escape(h), text):
            s, e = m.start(), m.end()
            if (s == 0 or text[s - 1] == "\n") and (e == len(text) or text[e] == "\n"):
                regs.append((s, e))
    return sorted(set(regs))


def check_file(path, all_surfaces):
    recs = [json.loads(l) for l in open(path, encoding="utf-8")]
    label_counts = Counter()
    canon = set()
    canon_lab = set()
    canon_forms = defaultdict(set)
    n_review = 0
    for rec in recs:
        text, ents, did = rec["text"], rec["entities"], rec["doc_id"]
        assert unicodedata.is_normalized("NFC", text) and "\r" not in text, did
        excl = excluded_regions(rec)
        # every declared heading must be a full line of the text
        for h in rec.get("headings", []):
            assert any(a <= text.find(h) < b for a, b in excl), (did, h)
        prev_end = -1
        for e in ents:
            s, t = e["start_char"], e["end_char"]
            assert text[s:t] == e["text"], (did, e, text[s:t])
            assert e["label"] in LABELS, (did, e)
            assert s >= prev_end, ("overlap/unsorted", did, e)
            assert e["text"] == e["text"].strip() and e["text"], (did, e)
            assert not any(s < b and a < t for a, b in excl), ("span in excluded region", did, e)
            assert s == 0 or not (text[s - 1].isalnum()), ("left boundary", did, e)
            assert t == len(text) or not (text[t].isalnum()), ("right boundary", did, e)
            assert e["canonical_name"], (did, e)
            prev_end = t
            label_counts[e["label"]] += 1
            canon.add(e["canonical_name"])
            canon_lab.add((e["canonical_name"], e["label"]))
            canon_forms[(e["canonical_name"], e["label"])].add(e["text"])

        covered = [(e["start_char"], e["end_char"]) for e in ents]

        def is_cov(i, j):
            return any(a <= i and j <= b for a, b in covered) or any(a <= i < b for a, b in excl)

        # soft check 1: annotated surface strings occurring unannotated
        for sfc in sorted(all_surfaces, key=len, reverse=True):
            for m in re.finditer(r"(?<!\w)" + re.escape(sfc) + r"(?!\w)", text):
                if not is_cov(m.start(), m.end()):
                    n_review += 1
                    print(f"  REVIEW {did}: unannotated {sfc!r} at {m.start()}: "
                          f"...{text[max(0, m.start()-40):m.end()+40]!r}")
        # soft check 2: capitalised tokens outside spans, not sentence/line initial
        for m in re.finditer(r"\b[A-Z][\w’'\-\.]*", text):
            tok = m.group().rstrip(".’'")
            if is_cov(m.start(), m.start() + 1) or tok in STOP:
                continue
            before = text[:m.start()].rstrip(" “\"(‘'-")
            if not before or before[-1] in ".!?:\n”\"":
                continue
            n_review += 1
            print(f"  REVIEW {did}: capitalised {tok!r}: ...{text[max(0, m.start()-30):m.end()+30]!r}")
    print(f"{path.name}: {len(recs)} docs, {sum(label_counts.values())} entity mentions")
    for lab in sorted(LABELS):
        print(f"  {lab:7s}{label_counts[lab]:5d}")
    print(f"  distinct canonical names: {len(canon)}  (distinct canonical+label pairs: {len(canon_lab)})")
    print(f"  review items: {n_review}")
    return recs, label_counts, canon, canon_forms



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
