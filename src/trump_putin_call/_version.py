"""The package and data version: written once, in pyproject.toml."""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

DISTRIBUTION = "trump-putin-call"


def _read_version() -> str:
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:  # running from a checkout that is not installed
        pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
        match = re.search(r'^version\s*=\s*"([^"]+)"', pyproject.read_text("utf-8"), re.M)
        if match is None:
            raise RuntimeError(f"no version found in {pyproject}") from None
        return match.group(1)


__version__ = _read_version()
