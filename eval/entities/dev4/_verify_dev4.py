"""Check dev4.jsonl (realistic entity development set): the hard checks of ../_sets.py.

Run:  python _verify_dev4.py [-v]
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
        HERE / "dev4.jsonl",
        others=[ROOT / "dev/dev.jsonl", ROOT / "dev3/dev3.jsonl", ROOT / "seeds.jsonl"],
        ids=[f"dev4-{i:02d}" for i in range(1, 23)],
        mid_headings=3,
        mentions=(400, None), words=(120, 220), one_label_per_canonical=True,
    )
