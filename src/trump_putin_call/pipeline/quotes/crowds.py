"""Speakers named by a share of a group, by a relative pronoun, or by any noun when the
verb leaves no doubt that someone speaks.

- ``47 percent said …``, ``one in four said …``, ``most said …``: a share of a group
  speaks (``rule:quantity_speaker``); the speaker is the phrase as written, unnamed.
- ``Karl Stone, who said …``: the relative pronoun stands for the noun its clause
  modifies (``rule:relative_speaker``).
- ``The actress said she was tired …``, ``the magazine said …``: with a verb that
  only people and organisations do (say, tell, announce, deny …), whoever is its subject
  speaks, whatever noun names them (``rule:speech_verb_subject``), and ``it said`` or
  ``those surveyed said`` too. Verbs that things do
  too (``the figures suggest``, ``tests confirmed``) keep the list of nouns that speak.
  ``the museum announced`` takes the name holding ``Museum`` from earlier in the article,
  and a subject whose words are all capitalised (``Parents for Millbrook Schools said``)
  is a name as written (``rule:noun_named_before``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trump_putin_call.pipeline.quotes.lexicon import CUE_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from trump_putin_call.pipeline.quotes.article import _Article
    from trump_putin_call.pipeline.quotes.quote import Quote

QUANTITY = "rule:quantity_speaker"
RELATIVE = "rule:relative_speaker"
SPEECH_SUBJECT = "rule:speech_verb_subject"
NAMED_NOUN = "rule:noun_named_before"
_NAME_LINKS = frozenset({"for", "of", "and", "&"})
#: Lemmas of cue verbs whose subject always speaks.
SPEAKING_ONLY = frozenset(
    "say tell add claim insist deny announce declare write tweet post reply respond answer ask "
    "warn argue acknowledge admit concede complain testify state assert contend remark "
    "reiterate allege promise vow pledge caution stress emphasize emphasise".split()
)
#: Words for a share of a group that can be the subject of a cue.
SHARES = frozenset(
    "percent % majority majorities minority half third quarter most many some few several "
    "all both".split()
)


def is_quantity(subj: Token) -> bool:
    """``47 percent``, ``Twenty-four percent``, ``one in four``, ``a majority``, ``most``."""
    if subj.lemma_.lower() in SHARES or subj.lower_ in SHARES:
        return True
    return subj.like_num and any(
        (c.dep_ == "prep" and c.lower_ in ("in", "of", "out")) or c.dep_ == "quantmod"
        for c in subj.children
    )  # "one in four", "nearly two-thirds", "three in five" (parsed as quantmods of "five")


def relative_antecedent(subj: Token) -> Token | None:
    """The noun a relative ``who`` (or ``that``) subject stands for, if it is one; for
    ``which``, only a name (``the Harlow Gazette, which reported …``)."""
    if subj.lower_ in ("who", "that") and subj.tag_ in ("WP", "WDT") and subj.head.dep_ == "relcl":
        return subj.head.head
    if subj.lower_ == "which" and subj.head.dep_ == "relcl":  # "the Gazette, which said …"
        noun = subj.head.head
        if noun.pos_ == "PROPN" or noun.ent_type_ in ("ORG", "GPE", "NORP"):
            return noun
    return None


def speaks_by_verb(cue: Token, subj: Token) -> bool:
    """A noun subject of a verb that only speakers do, in a report of its own (not one
    nested in another cue's clause or joined to it: ``said his client … denied that``)."""
    if cue.lemma_.lower() not in SPEAKING_ONLY:
        return False
    if any(a.lemma_.lower() in CUE_LEMMAS for a in cue.ancestors):
        return False
    if subj.lower_ in ("it", "those") and subj.dep_ == "nsubj":
        return True  # "It said …" (the company), "those surveyed said …"
    return subj.pos_ in ("NOUN", "PROPN") and subj.dep_ == "nsubj"


def name_the_noun(art: _Article, subj: Token, quote: Quote, at: int) -> None:
    """``the museum announced`` (the subject at ``at``): the name holding that noun earlier
    in the article ("The Hollingworth Museum in Bristol …") names the speaker."""
    words = [t for t in subj.subtree if not t.is_punct]
    if len(words) > 1 and all(
        t.text[:1].isupper() or t.lower_ in _NAME_LINKS for t in words
    ):  # "Parents for Millbrook Schools said": a name the entity model missed
        quote.speaker_name = " ".join(t.text for t in words)
        quote.rules.append(NAMED_NOUN)
        return
    if subj.pos_ != "NOUN" or not any(c.lower_ == "the" for c in subj.children):
        return
    name = art.name_in_text(subj.lemma_, at)
    if name is not None:
        quote.speaker_name = name
        quote.rules.append(NAMED_NOUN)
