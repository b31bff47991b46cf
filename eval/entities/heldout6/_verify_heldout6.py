"""Check heldout6.jsonl (held-out entity test set 6): the hard checks of ../_sets.py.

Run:  python _verify_heldout6.py [-v]
"""
import sys
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
from _sets import check_set  # noqa: E402

if __name__ == "__main__":
    check_set(
        HERE / "heldout6.jsonl",
        others=[],
        ids=[f"heldout6-{i:02d}" for i in range(1, 23)],
        mid_headings=3,
        mentions=(400, None),
    )
