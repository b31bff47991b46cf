"""Build dev3.jsonl from _src_dev3.py (markup and parser of ../dev/_make_dev.py).

All texts are FICTIONAL. Run:  python _make_dev3.py   (then python _verify_dev3.py)
"""
import sys
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from _sets import build_set  # noqa: E402

if __name__ == "__main__":
    build_set(HERE, "dev3")
