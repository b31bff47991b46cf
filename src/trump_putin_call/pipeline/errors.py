"""Errors the builder raises: each names the file, the reason and what to do."""

from __future__ import annotations

from pathlib import Path


class InputError(ValueError):
    """A source file the builder cannot turn into an article."""

    def __init__(self, path: Path | str, reason: str, hint: str = "") -> None:
        self.path = str(path)
        self.reason = reason
        self.hint = hint
        message = f"{self.path}: {reason}"
        if hint:
            message += f" ({hint})"
        super().__init__(message)


class BuildError(RuntimeError):
    """The built tables failed an integrity check; nothing was published."""
