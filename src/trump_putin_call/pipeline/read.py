"""Stage 1: find the source files, decode their bytes and normalise the text."""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from trump_putin_call.pipeline.errors import InputError

#: Article ids: what the path becomes after dropping ``.txt`` and replacing ``/`` with ``_``.
ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]*")


@dataclass(frozen=True)
class Source:
    """One source file and the id its article gets."""

    article_id: str
    source_path: str  # relative to the source folder, with / separators
    path: Path


@dataclass(frozen=True)
class RawArticle:
    """A decoded, normalised source file."""

    source: Source
    sha256: str
    n_bytes: int
    encoding: str
    text: str


def article_id_for(relative: str) -> str:
    """``politics/001.txt`` → ``politics_001``."""
    stem = relative[: -len(".txt")] if relative.endswith(".txt") else relative
    return stem.replace("/", "_")


def discover(source_dir: Path) -> list[Source]:
    """Every ``*.txt`` below ``source_dir``, sorted by relative path (never listing order)."""
    source_dir = Path(source_dir)
    if not source_dir.is_dir():
        raise InputError(source_dir, "source folder does not exist", "pass a folder of .txt files")
    sources: dict[str, Source] = {}
    for path in sorted(
        source_dir.rglob("*.txt"), key=lambda p: p.relative_to(source_dir).as_posix()
    ):
        if not path.is_file():
            continue
        relative = path.relative_to(source_dir).as_posix()
        article_id = article_id_for(relative)
        if not ID_PATTERN.fullmatch(article_id):
            raise InputError(
                path,
                f"file name gives the article id {article_id!r}, which is not of the form "
                f"{ID_PATTERN.pattern}",
                "rename the file using letters, digits, '_', '-' and '.'",
            )
        if article_id in sources:
            raise InputError(
                path,
                f"maps to article id {article_id!r}, as does {sources[article_id].source_path}",
                "rename one of the two files",
            )
        sources[article_id] = Source(article_id, relative, path)
    if not sources:
        raise InputError(source_dir, "no .txt files found", "put the articles in as .txt files")
    return [sources[k] for k in sorted(sources)]


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, path: Path | str) -> tuple[str, str]:
    """Decode source bytes; returns ``(text, encoding)``.

    UTF-8 (with or without BOM) and BOM-marked UTF-16/32 are decoded exactly. Anything else
    is detected with charset-normalizer and the encoding is recorded, never guessed silently.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise InputError(
                    path,
                    f"starts with a {encoding} BOM but is not {encoding}: {exc}",
                    "re-save the file as UTF-8",
                ) from None
    if b"\x00" in data:
        raise InputError(
            path,
            "contains NUL bytes: binary, not text",
            "remove it from the source folder or convert it to UTF-8 text",
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(
            path, "is not valid UTF-8 and no text encoding fits it", "re-save the file as UTF-8"
        )
    return str(best), best.encoding


def normalise(text: str) -> str:
    """Newlines to ``\\n``, BOM dropped, Unicode NFC; nothing else removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    return unicodedata.normalize("NFC", text)


def read(source: Source) -> RawArticle:
    """Read, decode and normalise one source file."""
    try:
        data = source.path.read_bytes()
    except OSError as exc:
        raise InputError(
            source.path, f"cannot be read: {exc.strerror}", "check the file's permissions"
        ) from None
    text, encoding = decode(data, source.path)
    text = normalise(text)
    if not text.strip():
        raise InputError(
            source.path, "is empty or whitespace only", "remove it from the source folder"
        )
    return RawArticle(source, hashlib.sha256(data).hexdigest(), len(data), encoding, text)
