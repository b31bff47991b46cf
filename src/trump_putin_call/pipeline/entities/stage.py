"""The order in which the entity rules run on one article: the one place to read it.

:func:`~trump_putin_call.pipeline.entities.spans.extract` takes the model's mentions
block by block; :func:`apply_rules` then runs every per-article rule, in order, and
:func:`~trump_putin_call.pipeline.entities.corpus.link_corpus` links the corpus once
every article is done.
"""

from __future__ import annotations

from trump_putin_call.pipeline.entities import (
    alone,
    article,
    context,
    curated,
    form,
    missed,
    spans,
)
from trump_putin_call.pipeline.entities.gazetteer import (
    add,
    ambiguous,
    datelines,
    relabel,
    split,
    sports,
)
from trump_putin_call.pipeline.entities.mention import Mention
from trump_putin_call.pipeline.overrides import Override
from trump_putin_call.pipeline.sentences import Sentence


def apply_rules(
    text: str,
    sentences: list[Sentence],
    mentions: list[Mention],
    overrides: tuple[Override, ...],
    method: str,
) -> list[Mention]:
    """The article's mentions after every per-article rule, from the model's (``mentions``)."""
    # Names the model missed or cut, and its spans repaired
    mentions = missed.org_names(text, sentences, mentions, method)
    mentions = missed.first_name_people(text, sentences, mentions, method)
    mentions = missed.acronyms(text, sentences, mentions, method)
    mentions = spans.drop_roles(text, mentions)
    mentions = spans.person_spans(text, mentions)
    mentions = spans.split_nationality(mentions)
    form.natural_places(mentions, text)
    spans.saint_names(text, mentions)
    # The gazetteer, then the corpus's curated corrections, which win
    mentions = gazetteer_rules(text, sentences, mentions, method)
    mentions = curated.apply_overrides(text, sentences, mentions, overrides, method)
    # Other occurrences of the article's names, and labels from context
    mentions = missed.propagate(text, sentences, mentions, method)
    mentions = context.org_context(text, sentences, mentions, method)
    mentions = missed.party_names(text, sentences, mentions, method)
    mentions = spans.joined_place_names(text, mentions)
    context.person_context(text, mentions)
    mentions = alone.first_names(text, sentences, mentions, method)
    mentions = alone.surnames(text, sentences, mentions, method)
    # Linking within the article, then labels from the name's form and from context
    article.resolve_article(mentions, text)
    form.relabel_by_form(text, mentions)
    context.place_context(text, mentions)
    return mentions


def gazetteer_rules(
    text: str, sentences: list[Sentence], mentions: list[Mention], method: str
) -> list[Mention]:
    """The gazetteer's steps: relabel known names, then add the names the model missed."""
    mentions = split.split_merged(text, mentions)
    mentions = datelines.datelines(text, sentences, mentions, method)
    relabel.relabel(text, mentions)
    mentions = add.add_missing(text, sentences, mentions, method)
    mentions = add.add_places(text, sentences, mentions, method)
    mentions = add.add_people(text, sentences, mentions, method)
    mentions = ambiguous.by_context(text, sentences, mentions, method)
    mentions = sports.club_short_names(text, sentences, mentions, method)
    mentions = split.legal_forms(text, mentions)
    sports.clubs_by_result(text, mentions)
    sports._club_short_forms(mentions)
    return mentions
