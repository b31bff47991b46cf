"""Errors the builder raises: each names the file, the reason and what to do."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


class InputError(ValueError):
    """A source file the builder cannot turn into an article.

    ``path`` names the file as the user knows it, ``reason`` says what is wrong and
    ``hint`` what to do about it. ``source_path`` is the file's path relative to the
    source folder (as in ``articles.source_path``) when the error is about one file;
    ``row`` the row (1-based) of a corpus file the error is about.
    """

    def __init__(
        self,
        path: Path | str,
        reason: str,
        hint: str = "",
        *,
        source_path: str | None = None,
        row: int | None = None,
    ) -> None:
        self.path = str(path)
        self.row = row
        self.reason = reason
        self.hint = hint
        self.source_path = source_path
        message = f"{self.path}: {reason}"
        if hint:
            message += f" ({hint})"
        super().__init__(message)

    def __reduce__(self):
        """Pickle as this exact error (type, message, file, row, hint), so that one raised
        in another process (:mod:`.isolated`) arrives unchanged."""
        return _rebuild, (type(self), self.args, self.__dict__)


class RejectedInputs(InputError):
    """Some source files were rejected, so (by default) nothing was built or published."""

    def __init__(
        self,
        source_dir: Path | str,
        rejected: Sequence[InputError],
        hint: str,
        what: str = "file(s)",
    ) -> None:
        self.rejected = list(rejected)
        self.path, self.hint, self.source_path, self.row = str(source_dir), hint, None, None
        self.reason = f"{len(self.rejected)} {what} cannot be built"
        lines = "".join(f"\n  {e}" for e in self.rejected)
        ValueError.__init__(self, f"{self.path}: {self.reason}:{lines}\n{hint}")


def _rebuild(cls: type[InputError], args: tuple, state: dict) -> InputError:
    """An :class:`InputError` (or subclass) unpickled: its arguments and attributes restored."""
    exc = cls.__new__(cls)
    exc.args = args
    exc.__dict__.update(state)
    return exc


class BuildError(RuntimeError):
    """The built tables failed an integrity check; nothing was published."""
