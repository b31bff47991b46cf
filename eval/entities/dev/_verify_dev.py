"""Check dev.jsonl (entity development set): the hard checks of ../_sets.py.

Run:  python _verify_dev.py [-v]
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
        HERE / "dev.jsonl",
        others=[ROOT / "seeds.jsonl", ROOT / "heldout.jsonl"],
        ids=None,
        mid_headings=None,
        mentions=(300, None),
    )
