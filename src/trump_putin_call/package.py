"""Open any built package: the loader's API for a folder (or its ``datapackage.json``).

>>> import trump_putin_call as t
>>> pkg = t.open("news-pkg")                  # or "news-pkg/datapackage.json"
>>> pkg.tables()
>>> quotes = pkg.load("quotes")              # every part, one DataFrame
>>> lazy = pkg.scan("sentences")             # a polars LazyFrame over every part file
>>> pkg.verify()                             # size and sha256 of every file

Single-file and partitioned packages (:mod:`trump_putin_call.parts`) open alike. Every
file is checked against the size and sha256 in the descriptor before it is used:
:meth:`Package.load` parses the very bytes it checked; :meth:`Package.scan` checks each
file once per process and then lets polars read it lazily. No path in the descriptor may
lead outside the package folder.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from trump_putin_call._parquet import Backend, check_backend, parse
from trump_putin_call._paths import data_root, inside
from trump_putin_call.hashes import mismatch
from trump_putin_call.loader import IntegrityError
from trump_putin_call.parts import by_table
from trump_putin_call.schemas import TABLES, unknown_table_error

#: Files whose bytes matched their descriptor in this process: (path, recorded hash).
_CHECKED: set[tuple[str, str]] = set()


class Package:
    """A data package on disk: its tables, loaded or scanned, with their bytes checked."""

    def __init__(self, path: Path | str) -> None:
        path = Path(path)
        self.descriptor = path / "datapackage.json" if path.is_dir() else path
        self.root = self.descriptor.parent
        try:
            desc = json.loads(self.descriptor.read_text("utf-8"))
            self._parts = by_table(desc["resources"])
        except FileNotFoundError:
            raise FileNotFoundError(
                f"{self.descriptor}: no such file; give a package folder (holding "
                "datapackage.json) or the descriptor itself"
            ) from None
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise IntegrityError(
                f"{self.descriptor}: cannot be read as a data package descriptor ({exc})"
            ) from None

    def __repr__(self) -> str:
        return f"Package({str(self.root)!r})"

    def tables(self) -> list[str]:
        """Names of the tables, in pipeline order."""
        known = [name for name in TABLES if name in self._parts]
        return known + sorted(set(self._parts) - set(known))

    def _resources(self, name: str) -> list[Any]:
        if isinstance(name, str) and name in self._parts:
            return self._parts[name]
        if isinstance(name, str) and name in TABLES:
            raise KeyError(f"{self.descriptor} has no table {name!r}; it has {self.tables()}")
        raise unknown_table_error(name)

    def _file(self, res: Any) -> Path:
        file = inside(self.root, str(res["path"]))
        if file is None:
            raise IntegrityError(
                f"{self.descriptor} points {res['name']!r} at {res['path']!r}, outside the "
                f"package folder {self.root.resolve()}"
            )
        return file

    def files(self, name: str) -> list[Path]:
        """The Parquet files of table ``name``, in part order (one for a single-file table)."""
        return [self._file(res) for res in self._resources(name)]

    def _read(self, res: Any) -> bytes:
        """A file's bytes, once they match the descriptor's size and sha256."""
        file = self._file(res)
        try:
            data = file.read_bytes()
        except OSError as exc:
            raise IntegrityError(
                f"{res['name']}: {file} cannot be read ({exc.strerror}); rebuild the package"
            ) from None
        problem = mismatch(data, res)
        if problem is not None:
            _CHECKED.discard((str(file), str(res.get("hash"))))
            raise IntegrityError(
                f"{res['name']}: {file} {problem}; the file is truncated or altered: rebuild "
                "the package, or fetch it again"
            )
        _CHECKED.add((str(file), str(res.get("hash"))))
        return data

    def verify(self, names: list[str] | None = None) -> None:
        """Check every file of every table (or of ``names``); raise IntegrityError."""
        for name in self.tables() if names is None else names:
            for res in self._resources(name):
                self._read(res)

    def load(self, name: str, backend: Backend = "polars") -> Any:
        """Table ``name``, every part, as a polars or pandas DataFrame or a pyarrow Table."""
        check_backend(backend)
        return parse([self._read(res) for res in self._resources(name)], backend)

    def scan(self, name: str) -> Any:
        """Table ``name`` as a polars LazyFrame over all its part files.

        Each file is checked against the descriptor once per process (the first scan);
        polars then reads only what the query needs.
        """
        import polars as pl

        files = []
        for res in self._resources(name):
            file = self._file(res)
            if (str(file), str(res.get("hash"))) not in _CHECKED:
                self._read(res)
            files.append(str(file))
        return pl.scan_parquet(files)


def open_package(path: Path | str) -> Package:
    """The package at ``path``: a package folder or its ``datapackage.json``."""
    return Package(path)


def scan(name: str) -> Any:
    """The bundled table ``name`` as a polars LazyFrame (see :meth:`Package.scan`)."""
    return Package(data_root()).scan(name)
