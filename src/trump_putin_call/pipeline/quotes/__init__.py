"""Stage 5: quotations and their speakers.

Quotation marks are paired block by block (curly, straight, guillemets, single marks that
are not apostrophes). A mark never closed keeps its quote with ``closed=False``, ending
at the last sentence before the author's voice returns, never past the next quote. Each
quote is typed direct or partial, and its cue verb and speaker are found in spaCy's
dependency parse; pronouns resolve to the nearest earlier person outside quotes.

One module per concern; :mod:`.stage` runs them in order (:func:`extract`):

- :mod:`.quote` the quote record; :mod:`.lexicon` cue verbs and the nouns that speak;
- :mod:`.marks` quotation marks and their pairing;
- :mod:`.cues` cue verbs and their subjects in the parse;
- :mod:`.article` what an article's quote pass knows (people, organisations, referents);
- :mod:`.speakers` a quote's speaker from its cue's subject;
- :mod:`.reported` reported speech without marks.

Every name the stage defined before it was split is importable from here.
"""

from __future__ import annotations

from trump_putin_call.pipeline.quotes.article import _AFFILIATION, _Article, _org_classified
from trump_putin_call.pipeline.quotes.cues import (
    _adjacent_name,
    _choose_cue,
    _cue_tokens,
    _governing_cue,
    _subject,
    _token_at,
)
from trump_putin_call.pipeline.quotes.lexicon import (
    _GROUP_PRONOUNS,
    _PERSON_PRONOUNS,
    _PRONOUNS,
    CUE_LEMMAS,
    DOCUMENTS,
    INDIRECT_LEMMAS,
    INSTITUTIONS,
    ORG_CLASSIFIERS,
    ORG_VOICES,
    ROLE_TITLES,
    SPEAKER_NOUNS,
)
from trump_putin_call.pipeline.quotes.marks import (
    _AUTHOR_BACK,
    _DOUBLE_CLOSE,
    _DOUBLE_OPEN,
    _NAMING,
    _OPEN_CLOSE,
    _SMALL_WORDS,
    _end_unclosed,
    _is_title,
    _is_word_char,
    _single_close,
    _split_attribution,
    _trim,
    find_marks,
)
from trump_putin_call.pipeline.quotes.quote import QUOTE_RULES, Quote, Span
from trump_putin_call.pipeline.quotes.reported import (
    _can_speak,
    _indirect,
    _own_words,
    _reports,
    _span_of,
)
from trump_putin_call.pipeline.quotes.speakers import (
    _comma_appositive,
    _document_or_role,
    _introduced_speaker,
    _possessed,
    _prefer_full_org,
    _proper_name,
    _set_speaker,
    _speaker,
)
from trump_putin_call.pipeline.quotes.stage import extract

__all__ = [
    "CUE_LEMMAS",
    "DOCUMENTS",
    "INDIRECT_LEMMAS",
    "INSTITUTIONS",
    "ORG_CLASSIFIERS",
    "ORG_VOICES",
    "QUOTE_RULES",
    "ROLE_TITLES",
    "SPEAKER_NOUNS",
    "_AFFILIATION",
    "_AUTHOR_BACK",
    "_DOUBLE_CLOSE",
    "_DOUBLE_OPEN",
    "_GROUP_PRONOUNS",
    "_NAMING",
    "_OPEN_CLOSE",
    "_PERSON_PRONOUNS",
    "_PRONOUNS",
    "_SMALL_WORDS",
    "Quote",
    "Span",
    "_Article",
    "_adjacent_name",
    "_can_speak",
    "_choose_cue",
    "_comma_appositive",
    "_cue_tokens",
    "_document_or_role",
    "_end_unclosed",
    "_governing_cue",
    "_indirect",
    "_introduced_speaker",
    "_is_title",
    "_is_word_char",
    "_org_classified",
    "_own_words",
    "_possessed",
    "_prefer_full_org",
    "_proper_name",
    "_reports",
    "_set_speaker",
    "_single_close",
    "_span_of",
    "_speaker",
    "_split_attribution",
    "_subject",
    "_token_at",
    "_trim",
    "extract",
    "find_marks",
]
