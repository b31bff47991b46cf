"""Across articles: reused passages, same-fact paraphrases and utterances (issue 16).

Small modules, one step each, shaped as map/reduce (see :mod:`.link` for the order):
:mod:`.text` (normalisation), :mod:`.units` (sentences), :mod:`.minhash` (map: band keys),
:mod:`.candidates` (reduce: buckets → pairs), :mod:`.reuse` (verify, extend, passages),
:mod:`.paraphrase` (lexical same-fact scores), :mod:`.utterances` (quote linking),
:mod:`.tables` (schemas), :mod:`.link` (:func:`crosslink`, the whole stage) and
:mod:`.evaluate` (precision and recall against ``eval/crossarticle`` and a generated corpus).
"""

from trump_putin_call.pipeline.crosslink.link import CrossLinks, crosslink, read_package

__all__ = ["CrossLinks", "crosslink", "read_package"]
