"""The Trump–Putin call coverage corpus: five linked tables, loadable in one line.

>>> import trump_putin_call as t
>>> t.tables()
['articles', 'blocks', 'sentences', 'entities', 'quotes']
>>> quotes = t.load("quotes")                     # polars
>>> quotes = t.load("quotes", backend="pandas")   # or "pyarrow"
"""

from __future__ import annotations

from trump_putin_call._version import __version__
from trump_putin_call.loader import IntegrityError, load, path, schema, tables, verify

#: The data version equals the package version (Data Package Version recipe).
data_version = __version__

__all__ = [
    "IntegrityError",
    "__version__",
    "data_version",
    "load",
    "path",
    "schema",
    "tables",
    "verify",
]
