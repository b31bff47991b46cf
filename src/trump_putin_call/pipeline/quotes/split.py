"""A sentence the parser split off mid-sentence still looks for its cue before the split.

``He added that he could get by without a Boeing 757 but it was a ''great luxury to
have.''``: the parser ends a sentence after ``757`` and the quote's sentence opens with
the lower-case ``but``, so the cue ``added`` stood outside the words searched and the
partial quote was dropped as a scare quote. A sentence whose first letter is lower-case
continues the one before it in the same paragraph (``rule:split_sentence``).
"""

from __future__ import annotations

from trump_putin_call.pipeline.sentences import Sentence

#: ``method`` token of a quote whose cue stands before a mid-sentence split.
SPLIT_SENTENCE = "rule:split_sentence"


def continued(text: str, sents: list[Sentence], sentence: Sentence) -> Sentence | None:
    """The sentence before ``sentence`` in its paragraph when ``sentence`` opens with a
    lower-case letter (the parser split a sentence in two), else None."""
    first = next((c for c in text[sentence.start : sentence.end] if c.isalpha()), "")
    if not first.islower():
        return None
    k = next((i for i, s in enumerate(sents) if s is sentence), None)
    return sents[k - 1] if k else None
