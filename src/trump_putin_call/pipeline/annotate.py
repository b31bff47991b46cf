"""Runs the stages for a chunk of articles: blocks → spaCy → sentences → entities → quotes.

A chunk is a fixed number of articles whatever the worker count, and spaCy sees the same
batches either way, so the output does not depend on how many workers ran.
"""

from __future__ import annotations

from dataclasses import dataclass

from trump_putin_call.pipeline import blocks as blocks_stage
from trump_putin_call.pipeline import entities, nlp, quotes, sentences
from trump_putin_call.pipeline.blocks import BODY_TYPES, Block
from trump_putin_call.pipeline.overrides import Override
from trump_putin_call.pipeline.read import RawArticle
from trump_putin_call.pipeline.sentences import Sentence


@dataclass
class Annotated:
    """One article after every per-article stage (plain data: no spaCy objects)."""

    raw: RawArticle
    blocks: list[Block]
    sentences: list[Sentence]
    mentions: list[entities.Mention]
    quotes: list[quotes.Quote]
    method: str
    language: str


def annotate_chunk(
    chunk: list[RawArticle], overrides: tuple[Override, ...] = ()
) -> list[Annotated]:
    """Annotate a chunk of articles in one ``nlp.pipe`` pass over their body blocks."""
    model = nlp.load()
    method = nlp.model_method()
    segmented = [(raw, blocks_stage.segment(raw.text)) for raw in chunk]
    texts = [
        raw.text[slice(*b.content)]
        for raw, blocks in segmented
        for b in blocks
        if b.type in BODY_TYPES
    ]
    docs = iter(model.pipe(texts, batch_size=256))
    out = []
    for raw, blocks in segmented:
        per_block = []
        all_sentences: list[Sentence] = []
        mentions: list[entities.Mention] = []
        for block in blocks:
            if block.type not in BODY_TYPES:
                continue
            doc = next(docs)
            sents = sentences.split(block, doc)
            all_sentences.extend(sents)
            mentions.extend(entities.extract(block, doc, sents, method))
            per_block.append((block, doc, sents))
        mentions = entities.apply_rules(raw.text, all_sentences, mentions, overrides, method)
        found = quotes.extract(raw.text, per_block, mentions)
        for q in found:
            q.rules.insert(0, method)
        out.append(Annotated(raw, blocks, all_sentences, mentions, found, method, model.lang))
    return out
