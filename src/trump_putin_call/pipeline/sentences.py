"""Stage 3: body sentences, split by spaCy's parser one block at a time."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from trump_putin_call.pipeline.blocks import Block

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True)
class Sentence:
    block: Block
    index: int  # within the block
    start: int  # article offsets
    end: int
    n_tokens: int
    token_start: int  # token range in the block's Doc
    token_end: int


def split(block: Block, doc: Doc) -> list[Sentence]:
    """Sentences of one block's Doc; offsets shifted into the article, whitespace trimmed."""
    offset = block.content[0]
    out: list[Sentence] = []
    for sent in doc.sents:
        tokens = [t for t in sent if not t.is_space]
        if not tokens:
            continue
        start = offset + tokens[0].idx
        end = offset + tokens[-1].idx + len(tokens[-1].text)
        out.append(Sentence(block, len(out), start, end, len(tokens), sent.start, sent.end))
    return out
