"""A quote row in the making, and a pair of quotation marks."""

from __future__ import annotations

from dataclasses import dataclass, field

from trump_putin_call.pipeline.entities.mention import Mention
from trump_putin_call.pipeline.sentences import Sentence

QUOTE_RULES = "rule:quote_marks-1"


@dataclass
class Span:
    """A pair of quotation marks in article offsets (``open`` is the mark, ``close`` too)."""

    open: int
    close: int  # index of the closing mark, or the end of the span when never closed
    closed: bool
    continues: bool = False  # runs on into the next paragraph
    end: int = -1  # where the quoted words end (set once sentences are known)
    width: int = 1  # characters of the opening mark (2 for '')
    rule: str | None = None  # the rule that shaped it, for ``method``

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + self.width, self.end if self.end >= 0 else self.close


@dataclass
class Quote:
    start: int
    end: int
    text: str
    quote_type: str
    closed: bool
    sentence: Sentence
    group: int
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_text: str | None = None
    speaker: Mention | None = None
    speaker_name: str | None = None
    cue: str | None = None
    cue_lemma: str | None = None
    rules: list[str] = field(default_factory=list)
    #: Offset of the cue that binds the pieces of one reported statement (or None).
    link: int | None = None
