"""Build heldout2.jsonl (second held-out NER test set) from the inline-annotated texts in
_src_heldout2.py.

The parser is not copied: `parse` (markup stripping, heading handling, the double offset
computation and its asserts) and the `ALIAS` table come from ../dev/_make_dev.py, which is
imported unchanged (importing it only defines functions; its main() is not run).

Markup:  [[surface|LABEL]] or [[surface|LABEL|Canonical Name]]; a "# " line is the heading.
All texts are FICTIONAL.
Run:  python _make_heldout2.py   (then python _verify_heldout2.py)
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "dev"))
from _make_dev import ALIAS, parse  # noqa: E402,F401  (ALIAS is used inside parse)


def main():
    import _src_heldout2
    recs = [parse(d, s) for d, s in _src_heldout2.DOCS.items()]
    ids = [r["doc_id"] for r in recs]
    assert ids == [f"heldout2-{i:02d}" for i in range(1, 23)], ids
    with open(HERE / "heldout2.jsonl", "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote heldout2.jsonl:", len(recs), "docs,", sum(len(r["entities"]) for r in recs), "mentions")


if __name__ == "__main__":
    main()
