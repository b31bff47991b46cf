"""Check heldout3.jsonl (entity set 3 (written as held out; see README)): the hard checks of ../_sets.py.

Run:  python _verify_heldout3.py [-v]
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
        HERE / "heldout3.jsonl",
        others=[ROOT / "dev/dev.jsonl", ROOT / "seeds.jsonl"],
        ids=[f"heldout3-{i:02d}" for i in range(1, 23)],
        mid_headings=3,
        mentions=(400, None),
    )
