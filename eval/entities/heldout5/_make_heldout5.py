"""Build heldout5.jsonl (held-out entity TEST set 5) from the inline-annotated texts in _src_heldout5.py.

The markup parser, the offset double-check and the ALIAS table are those of ../dev/_make_dev.py,
imported rather than copied (as ../dev3/_make_dev3.py does): `parse` strips [[surface|LABEL]] /
[[surface|LABEL|Canonical]] markup, records the single "# " heading line, and checks every offset
a second time with an independent str.find running cursor over the clean text.  Importing
_make_dev has no side effect (its main() only runs as a script).  All texts are FICTIONAL.
Run:  python _make_heldout5.py   (then python _verify_heldout5.py)
"""
import json
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # write nothing (no __pycache__) outside this folder
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "dev"))
from _make_dev import ALIAS, LABELS, parse  # noqa: E402,F401  (ALIAS: default canonical names)


def main():
    import _src_heldout5
    recs = [parse(d, s) for d, s in _src_heldout5.DOCS.items()]
    with open(HERE / "heldout5.jsonl", "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote heldout5.jsonl:", len(recs), "docs,", sum(len(r["entities"]) for r in recs), "mentions")


if __name__ == "__main__":
    main()
