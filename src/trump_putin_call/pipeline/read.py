"""Stage 1: find the source files, decode their bytes and normalise the text.

Every way a file can be unusable is decided here, once, with the file named, the reason
given and what to do said (the policy is in the README, "Bad input"). A file is either
read, with what was done to it recorded (``encoding``, ``duplicate_of``), or rejected with
an :class:`~trump_putin_call.pipeline.errors.InputError`; it is never skipped in silence.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

from trump_putin_call.pipeline.errors import InputError

#: Article ids: what the path becomes after dropping ``.txt`` and replacing ``/`` with ``_``.
ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]*")

#: Longest line (one block, passed to spaCy whole) a source may have: spaCy's own limit
#: (``nlp.max_length``); beyond it the model refuses the text, or needs gigabytes for it.
MAX_BLOCK_CHARS = 1_000_000

#: Encodings a source can be recorded with (``articles.source_encoding``).
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252")

_REPLACE_WITH_TEXT = "remove it from the source folder, or replace it with the article's text"


@dataclass(frozen=True, slots=True)
class Source:
    """One source file and the id its article gets."""

    article_id: str
    source_path: str  # relative to the source folder, with / separators
    path: Path


@dataclass(frozen=True, slots=True)
class RawArticle:
    """A decoded, normalised source file."""

    source: Source
    sha256: str
    n_bytes: int
    encoding: str
    #: The normalised text; None in the build's index of the corpus (:mod:`.lazy`), where
    #: the text is read back from its file by whoever needs it.
    text: str | None
    #: article_id of the first article (in id order) with the same normalised text.
    duplicate_of: str | None = None
    #: Index entries only (text None): where the row lies (:data:`.lazy.Where`), the
    #: sha256 of the normalised text (duplicates are told by it) and its word count.
    where: tuple[str, int] | None = None
    digest: str | None = None
    words: int = 0


def article_id_for(relative: str) -> str:
    """``politics/001.txt`` → ``politics_001``."""
    stem = relative[: -len(".txt")] if relative.endswith(".txt") else relative
    return stem.replace("/", "_")


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def _file_problem(path: Path, root: Path) -> tuple[str, str] | None:
    """Why ``path`` (a ``*.txt`` entry of the source folder) cannot be read, or None."""
    if path.is_symlink():
        try:
            target = path.resolve(strict=True)
        except (OSError, RuntimeError):
            return (
                f"is a broken symbolic link (to {os.readlink(path)})",
                "remove it, or replace it with the article's text",
            )
        if not _inside(target, root):
            return (
                f"is a symbolic link to {target}, outside the source folder",
                "copy the file into the source folder, so that the raw data is complete "
                "in one place",
            )
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return f"cannot be read: {exc.strerror}", "make it readable, or remove it"
    if not stat.S_ISREG(mode):
        return "is not a regular file (a pipe, socket or device)", _REPLACE_WITH_TEXT
    return None


def scan(source_dir: Path) -> tuple[list[Source], list[InputError]]:
    """Every ``*.txt`` below ``source_dir``, and every one that cannot be an article.

    Sources are sorted by article id (never by listing order). Links to folders are not
    followed; one that points outside the source folder is rejected, so that no article
    is left out unnoticed. Two files whose paths give the same id are both rejected.
    """
    source_dir = Path(source_dir)
    if not source_dir.is_dir():
        raise InputError(
            source_dir, "is not a folder (or does not exist)", "pass a folder of .txt files"
        )
    root = source_dir.resolve()
    found: list[tuple[str, Path]] = []
    rejected: list[InputError] = []

    def unlisted(exc: OSError) -> None:
        where = Path(exc.filename or source_dir)
        rel = where.relative_to(source_dir).as_posix() if where != source_dir else "."
        rejected.append(
            InputError(
                where,
                f"is a folder that cannot be listed: {exc.strerror}",
                "make it readable, or move it out of the source folder",
                source_path=rel,
            )
        )

    for dirpath, dirnames, filenames in os.walk(source_dir, onerror=unlisted):
        here = Path(dirpath)
        dirnames.sort()
        for name in dirnames:
            link = here / name
            if link.is_symlink() and not _inside(link.resolve(), root):
                rejected.append(
                    InputError(
                        link,
                        f"is a symbolic link to the folder {link.resolve()}, outside the "
                        "source folder: its articles would not be built",
                        "copy the folder into the source folder",
                        source_path=link.relative_to(source_dir).as_posix(),
                    )
                )
        for name in sorted(filenames):
            if name.endswith(".txt"):
                path = here / name
                found.append((path.relative_to(source_dir).as_posix(), path))

    by_id: dict[str, list[tuple[str, Path]]] = defaultdict(list)
    for relative, path in found:
        problem = _file_problem(path, root)
        article_id = article_id_for(relative)
        if problem is None and not ID_PATTERN.fullmatch(article_id):
            problem = (
                f"file name gives the article id {article_id!r}, which is not of the form "
                f"{ID_PATTERN.pattern}",
                "rename the file using letters, digits, '_', '-' and '.', starting with a "
                "letter or digit",
            )
        if problem is not None:
            rejected.append(InputError(path, *problem, source_path=relative))
        else:
            by_id[article_id].append((relative, path))

    sources = []
    for article_id, files in sorted(by_id.items()):
        if len(files) == 1:
            sources.append(Source(article_id, *files[0]))
            continue
        for relative, path in files:
            others = ", ".join(r for r, _ in files if r != relative)
            rejected.append(
                InputError(
                    path,
                    f"maps to article id {article_id!r}, as does {others}",
                    "rename one of the files: '/' and '_' both become '_' in ids",
                    source_path=relative,
                )
            )
    if not sources and not rejected:
        raise InputError(
            source_dir, "has no .txt files", "put the articles in it as .txt files (UTF-8)"
        )
    rejected.sort(key=lambda e: e.source_path or "")
    return sources, rejected


def discover(source_dir: Path) -> list[Source]:
    """Every ``*.txt`` below ``source_dir`` sorted by id; the first rejected file raises."""
    sources, rejected = scan(source_dir)
    if rejected:
        raise rejected[0]
    return sources


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: Leading bytes of file types that are not text, whatever the file is called.
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx, .odt or .epub document)"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Microsoft Office (.doc, .xls) document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x7fELF", "an executable"),
)


def _reads_as_cp1252(text: str) -> bool:
    """Whether Windows-1252-decoded text reads as text, not mojibake.

    Judged by charset-normalizer's mess detector on the lines that hold non-ASCII
    characters (on the whole text, a long ASCII article would hide a garbled line).
    """
    from charset_normalizer.md import mess_ratio

    lines = [line for line in text.splitlines() if not line.isascii()]
    return mess_ratio("\n".join(lines), 0.2) < 0.2


def _guess_encoding(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return best.encoding if best is not None else None


def decode(data: bytes, path: Path | str) -> tuple[str, str]:
    """Decode source bytes; returns ``(text, encoding)``, or rejects the file.

    UTF-8 (with or without BOM) and BOM-marked UTF-16/32 are decoded exactly. Bytes that
    are not UTF-8 are decoded as Windows-1252 (the usual encoding of English text that is
    not UTF-8, a superset of Latin-1's printable characters) when every character it
    gives reads as text; otherwise the file is rejected, never guessed: a short text's
    encoding cannot be told reliably (charset-normalizer takes a Latin-1 ``£`` for a
    Central European ``Ł``).
    """
    if not data:
        raise InputError(path, "is empty (0 bytes)", _REPLACE_WITH_TEXT)
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            raise InputError(path, f"is {kind}, not text", _REPLACE_WITH_TEXT + " (UTF-8)")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise InputError(
                    path,
                    f"starts with a {encoding} byte-order mark but is not {encoding}: "
                    f"{exc.reason} at byte {exc.start}",
                    "re-save it as UTF-8",
                ) from None
    if (nul := data.find(b"\x00")) >= 0:
        raise InputError(
            path,
            f"contains NUL bytes (the first at byte {nul}): binary data, or UTF-16/32 "
            "text without a byte-order mark",
            "remove it from the source folder, or re-save it as UTF-8 text",
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        bad = exc
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _reads_as_cp1252(text):
        return text, "cp1252"
    guess = _guess_encoding(data)
    line = data.count(b"\n", 0, bad.start) + 1
    raise InputError(
        path,
        f"is not valid UTF-8 (byte 0x{data[bad.start]:02x} on line {line}) and does not read "
        "as Windows-1252 either" + (f"; charset-normalizer guesses {guess}" if guess else ""),
        f"find out its encoding and re-save it as UTF-8, e.g. `iconv -f {guess or 'ENCODING'} "
        "-t UTF-8`",
    )


def normalise(text: str) -> str:
    """Newlines to ``\\n``, BOM dropped, Unicode NFC; nothing else removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    return unicodedata.normalize("NFC", text)


#: An HTML or XML document (or fragment) rather than text that mentions a tag.
_MARKUP_START = re.compile(
    r"\s*<(?:!doctype\s+html|html|\?xml|head|body|div|p|article|section|table|span|meta)[\s>]",
    re.IGNORECASE,
)
_CLOSING_TAG = re.compile(r"</[A-Za-z][A-Za-z0-9]*\s*>")


def _is_visible(char: str) -> bool:
    return not char.isspace() and unicodedata.category(char) not in ("Cf", "Cc")


def check_text(text: str, path: Path | str) -> None:
    """Reject a normalised text that cannot be an article (see the README's policy)."""
    if "\x00" in text:
        raise InputError(
            path,
            "contains NUL characters: binary data, not text",
            "remove it from the source folder, or re-save it as UTF-8 text",
        )
    if not any(_is_visible(c) for c in text):
        raise InputError(
            path,
            "is empty or whitespace only (no visible character)",
            _REPLACE_WITH_TEXT,
        )
    if (start := _MARKUP_START.match(text)) and (
        start.group().lstrip()[:2] in ("<!", "<?") or _CLOSING_TAG.search(text)
    ):
        raise InputError(
            path,
            "is an HTML/XML document, not plain text",
            "extract the article's text (e.g. with trafilatura, or a browser's 'Save as "
            "text') and save it as UTF-8 .txt",
        )
    longest, line_no = 0, 0
    for n, line in enumerate(text.split("\n"), start=1):
        if len(line) > longest:
            longest, line_no = len(line), n
    if longest > MAX_BLOCK_CHARS:
        raise InputError(
            path,
            f"line {line_no} is {longest:,} characters long: one paragraph longer than the "
            f"{MAX_BLOCK_CHARS:,} characters the language model takes at a time",
            "split it into paragraphs with line breaks (or check that it is an article)",
        )


def read(source: Source) -> RawArticle:
    """Read, decode, normalise and check one source file (or reject it)."""
    try:
        try:
            data = source.path.read_bytes()
        except OSError as exc:
            raise InputError(
                source.path,
                f"cannot be read: {exc.strerror}",
                "make it readable (e.g. `chmod a+r`), or remove it",
            ) from None
        text, encoding = decode(data, source.path)
        text = normalise(text)
        check_text(text, source.path)
    except InputError as exc:
        exc.source_path = source.source_path
        raise
    return RawArticle(source, hashlib.sha256(data).hexdigest(), len(data), encoding, text)


def index_entry(raw: RawArticle, where: tuple[str, int]) -> RawArticle:
    """``raw`` as the build's index keeps it: no text, but where it lies (``where``: the
    absolute file and the position in it, :mod:`.lazy`), the sha256 of its text and its
    word count."""
    text = raw.text or ""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return replace(raw, text=None, where=where, digest=digest, words=len(text.split()))


def mark_duplicates(raws: list[RawArticle]) -> list[RawArticle]:
    """Flag every article whose text is the same as an earlier one's (in id order).

    The same text under two names is built twice (two outlets can publish one wire
    story) and flagged: ``duplicate_of`` is the id of the first article with that text.
    """
    first: dict[str | None, str] = {}
    out = []
    for raw in sorted(raws, key=lambda r: r.source.article_id):
        key = raw.digest if raw.text is None else raw.text
        original = first.setdefault(key, raw.source.article_id)
        out.append(
            raw if original == raw.source.article_id else replace(raw, duplicate_of=original)
        )
    return out
