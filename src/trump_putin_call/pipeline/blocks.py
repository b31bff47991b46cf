"""Stage 2: split an article into line-level blocks and type each one.

Every non-blank line becomes a block (a leading dateline such as ``[UNITED STATES]`` is a
block of its own), so nothing of the source is lost. Page furniture is typed
``boilerplate`` and carries the name of the rule that caught it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

BODY_TYPES = ("title", "paragraph", "heading", "list_item")


@dataclass(frozen=True)
class Block:
    index: int
    type: str
    start: int
    end: int
    text: str
    rule: str | None = None
    #: Where the prose starts (after a list bullet); sentences are split from here.
    content_start: int = -1

    @property
    def content(self) -> tuple[int, int]:
        start = self.start if self.content_start < 0 else self.content_start
        return start, self.end


#: ``[UNITED STATES]`` or ``WASHINGTON —`` at the start of the first line.
_DATELINE = re.compile(
    r"\[(?P<bracketed>[^\]\n]{2,60})\]"
    r"|(?P<caps>[A-Z][A-Z.'\-]+(?:[ ,]+[A-Z][A-Z.'\-]+)*)\s+(?:—|–|--)"
)
_BULLET = re.compile(r"(?:[-*•–]|\d{1,3}[.)])\s+")
_TERMINAL = tuple('.!?…:;,"”’)')

#: Rules that catch furniture anywhere in the article: (name, pattern on the stripped line).
_ANYWHERE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "cookie_notice",
        re.compile(
            r"(?i)^(?=.{0,200}$).*\b(?:uses? cookies|cookie (?:policy|settings)"
            r"|accept (?:all )?cookies)\b"
        ),
    ),
    (
        "read_more_link",
        re.compile(
            r"(?i)^(?:read more|continue reading|read the full (?:story|article)|see more)\W*$"
        ),
    ),
    (
        "share_prompt",
        re.compile(
            r"(?i)^(?:share (?:this|on)\b|follow us on\b|sign up for our newsletter\b"
            r"|subscribe now\b)"
            r".{0,80}$"
        ),
    ),
)
#: Rules that only apply in the run of furniture at the end of an article.
_TRAILING_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("teaser_truncated", re.compile(r"^.{20,400}(?:…|\.\.\.)$")),
)


def _furniture(line: str, trailing: bool) -> str | None:
    rules = _ANYWHERE_RULES + (_TRAILING_RULES if trailing else ())
    for name, pattern in rules:
        if pattern.search(line):
            return name
    return None


def _looks_like_heading(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= 15
        and line[0].isupper()
        and not line.endswith((*_TERMINAL, "''"))  # ''…'': the New York Times' double mark
        and not _BULLET.match(line)
    )


def segment(text: str) -> list[Block]:
    """Blocks of ``text`` in document order; offsets index into ``text``."""
    lines: list[tuple[int, int]] = []  # stripped (start, end) of every non-blank line
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = pos + (len(raw) - len(raw.lstrip()))
            lines.append((start, start + len(stripped)))
        pos += len(raw) + 1

    # Furniture at the end: walk back while every line is caught by a rule.
    rule_of: dict[int, str] = {}
    trailing = True
    for i in range(len(lines) - 1, -1, -1):
        rule = _furniture(text[slice(*lines[i])], trailing)
        if rule is None:
            trailing = False
        else:
            rule_of[i] = rule

    blocks: list[Block] = []

    def add(kind: str, start: int, end: int, rule: str | None = None, content: int = -1) -> None:
        blocks.append(Block(len(blocks), kind, start, end, text[start:end], rule, content))

    last_body = max((i for i in range(len(lines)) if i not in rule_of), default=-1)
    seen_body = False  # a dateline opens the first body line (after any title)
    for i, (start, end) in enumerate(lines):
        line = text[start:end]
        if i in rule_of:
            add("boilerplate", start, end, rule_of[i])
            continue
        if i == 0 and _looks_like_heading(line) and last_body > 0:
            add("title", start, end)
            continue
        if not seen_body:
            seen_body = True
            match = _DATELINE.match(line)
            if match and match.end() < len(line):
                add("dateline", start, start + match.end())
                start += match.end()
                while text[start].isspace():
                    start += 1
                line = text[start:end]
        bullet = _BULLET.match(line)
        if bullet and bullet.end() < len(line):
            add("list_item", start, end, content=start + bullet.end())
        elif 0 < i < last_body and _looks_like_heading(line):
            add("heading", start, end)
        else:
            add("paragraph", start, end)
    return blocks


def dateline_of(blocks: list[Block]) -> str | None:
    """The dateline without brackets or dash, or None."""
    for block in blocks:
        if block.type == "dateline":
            return block.text.strip("[]").rstrip("—–- ").strip() or None
    return None


def title_of(blocks: list[Block]) -> str | None:
    """The title block's text, or None (titles are never invented)."""
    return next((b.text for b in blocks if b.type == "title"), None)
