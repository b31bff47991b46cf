"""The Trump–Putin call coverage corpus: seven linked tables, loadable in one line.

>>> import trump_putin_call as t
>>> t.tables()
['articles', 'blocks', 'sentences', 'entities', 'quotes', 'utterances', 'alignments']
>>> quotes = t.load("quotes")                     # polars
>>> quotes = t.load("quotes", backend="pandas")   # or "pyarrow"
>>> lazy = t.scan("sentences")                    # polars LazyFrame
>>> pkg = t.open("path/to/package")               # any built package, same API
"""

from __future__ import annotations

from trump_putin_call._version import __version__
from trump_putin_call.citation import cite
from trump_putin_call.loader import IntegrityError, load, path, schema, tables, verify
from trump_putin_call.package import Package, scan
from trump_putin_call.package import open_package as open
from trump_putin_call.views import entity_index

#: The data version equals the package version (Data Package Version recipe).
data_version = __version__

__all__ = [
    "IntegrityError",
    "Package",
    "__version__",
    "cite",
    "data_version",
    "entity_index",
    "load",
    "open",
    "path",
    "scan",
    "schema",
    "tables",
    "verify",
]
