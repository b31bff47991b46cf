"""Build heldout6.jsonl from _src_heldout6.py (markup and parser of ../dev/_make_dev.py).

All texts are FICTIONAL. Run:  python _make_heldout6.py   (then python _verify_heldout6.py)
"""
import sys
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from _sets import build_set  # noqa: E402

if __name__ == "__main__":
    build_set(HERE, "heldout6")
