"""Write ``RULES.md`` (``python -m trump_putin_call.pipeline.rules [OUT]``; ``nox -s docs``)."""

from __future__ import annotations

import sys
from pathlib import Path

from trump_putin_call.pipeline.rules.render import FILE_NAME, markdown


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path(FILE_NAME)
    out.write_text(markdown(), encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
