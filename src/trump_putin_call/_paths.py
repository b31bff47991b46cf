"""Where the package finds its data: the wheel's bundled copy, else the source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
_BUNDLED = _PACKAGE_DIR / "data"
_CHECKOUT = _PACKAGE_DIR.parent.parent


def data_root() -> Path:
    """Folder holding ``datapackage.json``, ``schemas/`` and ``build/``.

    An installed wheel carries them in ``trump_putin_call/data``; an editable install or a
    source checkout uses the repository root.
    """
    if (_BUNDLED / "datapackage.json").is_file():
        return _BUNDLED
    if (_CHECKOUT / "datapackage.json").is_file() and (_CHECKOUT / "schemas").is_dir():
        return _CHECKOUT
    raise FileNotFoundError(
        "trump_putin_call found no data: neither the wheel's bundled data "
        f"({_BUNDLED}) nor a source checkout ({_CHECKOUT}). Reinstall the package "
        "with `pip install --force-reinstall trump-putin-call`."
    )


def inside(root: Path, relative: str) -> Path | None:
    """``root / relative`` resolved, or None when it leads outside ``root``."""
    base = root.resolve()
    file = (base / relative).resolve()
    return file if base in file.parents else None


def schemas_dir() -> Path:
    """Folder of the Frictionless Table Schemas (the single source of truth)."""
    return data_root() / "schemas"
