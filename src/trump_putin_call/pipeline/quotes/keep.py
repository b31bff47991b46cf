"""Which marked stretches are speech, and whether one opens a sentence of its own.

The quote stage keeps a partial quote only when a cue stands by it, and drops a short
title-cased stretch as a name (``the film “Dune”``). Real news breaks both rules often
enough to matter; these are the exceptions, each with its own ``method`` token:

- a quote right after another quote's closing mark, or after a headline in capitals,
  opens a sentence: it is a direct quote, not words embedded in the author's sentence
  (``… on “Meet the Press.” “But being vetted …”``; ``rule:quote_after_quote``);
- a short quote whose active cue stands right beside it is speech, not a title
  (``“Really,” she added``; ``rule:adjacent_cue``);
- a partial quote with no verb of saying near it, inside the clause of a verb whose
  subject is a person, an organisation or a personal pronoun, is that subject's words
  (``Rubio bemoaned a climate in which people “literally hate each other”``;
  ``rule:acting_subject``);
- a partial quote of three words or more with no cue, in the sentence right after a
  direct quote whose speaker is known (same paragraph), is that speaker's too
  (``“He’s supposed to cheer,” Trump said. Instead, “he just acts like a defeated
  man.”``; ``rule:follow_on_partial``);
- a title-like stretch of one or two words in the content clause of a verb of saying is
  the speaker's word (``Trump has said the deal could lead to another “Holocaust.”``;
  ``rule:quoted_in_content``);
- the words a naming verb with a person for subject quotes are that person's, even when
  title-cased (``what they called “financial supermarkets,”``; ``rule:naming_quote``);
- a verb that tags a quote only as a speech tag (``“Honestly,” he continued, “…”``) is
  its cue when it stands right beside it (``rule:speech_tag``);
- a title-cased quote that is a sentence of its own, right after another quote of the
  same paragraph, is speech (``“We’ve got a common enemy,” Burton told delegates.
  “Donald Trump.”``; ``rule:sentence_quote``).

And three the other way, which write no row: a quote with no cue followed by a year in
brackets is a caption (a poster, a slogan or a work, :func:`captioned`), not speech; a
quote opening a sentence with no cue, followed by a byline (``“Met accused of …,” by
Post’s Kathianne Boniello``, :func:`bylined`), is a headline or a work's title; and
in an article that quotes in double marks, words in single marks outside any
double-marked quote are in headline style (``Justice
vows to be 'more circumspect'``, a section heading ``'A fight from start to finish.'``):
US news uses single marks only in headlines and inside quotes. An article that quotes
mostly in single marks (British style, :func:`single_mark_style`) keeps them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from trump_putin_call.pipeline.quotes.lexicon import ORG_VOICES, SPEAKER_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from trump_putin_call.pipeline.quotes.article import _Article
    from trump_putin_call.pipeline.quotes.quote import Quote, Span
    from trump_putin_call.pipeline.sentences import Sentence

#: ``method`` tokens of the exceptions.
AFTER_QUOTE = "rule:quote_after_quote"
ADJACENT_CUE = "rule:adjacent_cue"
NAMING = "rule:naming_quote"
ACTING = "rule:acting_subject"
FOLLOW_ON = "rule:follow_on_partial"
IN_CONTENT = "rule:quoted_in_content"
OWN_SENTENCE = "rule:sentence_quote"
SPEECH_TAG = "rule:speech_tag"
#: Longer title-cased stretches in a content clause are names of works (“The Long Winter”).
MAX_IN_CONTENT_WORDS = 2
#: Words a partial quote needs to be taken as the last speaker's (fewer: a scare quote).
MIN_FOLLOW_WORDS = 3

_CLOSING = "”\"'’»"
_SENTENCE_END = ".!?"
#: Characters that may stand before a quote's first letter at the start of a sentence.
_LEADING = "[(…. ‘’'\"“"
#: A naming verb just before the marks: what follows is the speaker's word for something.
_NAMING_VERB = re.compile(
    r"(?i)\b(?:called|calling|calls|dubbed|dubbing|dubs|branded|branding|brands|"
    r"labell?ed|labell?ing|labels|termed|terming|terms|nicknamed|"
    r"(?:described|describing|describes|referred to|referring to|refers to)"
    r"(?:\s+[\w’'-]+){0,3}\s+as)"
    r"(?!\s+(?:for|on|off|up|out|in|back)\b)(?:\s+[\w’'-]+){0,3}[\s,:]*$"
)
#: Verbs that say what a subject is or has, not what it says or does with words.
_NOT_ACTS = frozenset("be have do become seem remain get".split())
_ACTOR_PRONOUNS = frozenset("he she they i we".split())
#: Nouns that speak as subjects of an acting verb (not "people", "others": too general),
#: with the roles political news names people by (``The former congressman … thinks …``).
_SPEAKING_NOUNS = (
    SPEAKER_NOUNS
    | ORG_VOICES
    | frozenset(
        "congressman congresswoman representative hopeful frontrunner front-runner challenger "
        "incumbent contender billionaire mogul businessman businesswoman".split()
    )
) - frozenset({"people", "other", "person"})
_CAPITALS = re.compile(r"^[A-Z0-9’'&,:.\-]+$")


def opens_sentence(before: str, quoted: str) -> tuple[bool, bool]:
    """Whether a quote opens a sentence (a direct quote), and whether only because it
    follows another quote's closing mark or a headline in capitals.

    ``before`` is the block's text up to the opening mark; ``quoted`` the words inside.
    """
    first = quoted.lstrip(_LEADING)[:1]
    upper = first.isupper()
    before = before.rstrip()
    if not before or before[-1] in ":,.!?;—–-(":
        return upper, False
    if not upper:
        return False, False
    if before[-1] in _CLOSING and before.rstrip(_CLOSING).rstrip()[-1:] in _SENTENCE_END:
        return True, True  # "… on “Meet the Press.” “But being vetted …”" (or ''…'')
    words = before.split()[-3:]
    if len(words) == 3 and all(_CAPITALS.match(w) and any(c.isalpha() for c in w) for w in words):
        return True, True  # a headline in capitals, then the quote
    return False, False


#: A year in brackets right after the closing mark: ``“No to Schengen” (2005)``.
_CAPTION_YEAR = re.compile(r"\s*\((?:[^()\n]{0,60}\s)?(?:1[89]|20)\d\d\)")


def captioned(text: str, after_close: int) -> bool:
    """Whether a year in brackets follows the closing mark: the words are a poster's,
    a slogan's or a work's, dated like a caption (``“Yes to minaret ban” (2009)``)."""
    return bool(_CAPTION_YEAR.match(text, after_close))


#: A byline right after the closing mark: ``“Pop-up art show opens,” by DNAinfo’s Ed Small``.
_BYLINE = re.compile(r"\s*by\s+(?:the\s+)?[A-Z][\w.-]*(?:[’']s?)?(?:\s|$)")


def bylined(text: str, after_close: int) -> bool:
    """Whether a byline follows the closing mark: the words are a headline or a work's
    title with its author (``“Met accused of …,” by Post’s Kathianne Boniello``)."""
    return bool(_BYLINE.match(text, after_close))


#: Verbs that tag a quote only as a speech tag right beside it (``he continued,``): as a
#: cue anywhere else they would say nothing (``continued to rise``).
_TAG_ONLY = frozenset({"continue"})


def tag_verb(doc: Doc, text: str, offset: int, open_: int, close_end: int) -> Token | None:
    """A tag-only verb standing right beside a quote, with no object or clause of its own
    (``“Honestly,” he continued, “we may …”``; ``rule:speech_tag``). ``open_`` and
    ``close_end`` are the marks' offsets in ``text``; the doc starts at ``offset``."""
    for tok in doc:
        if tok.lemma_.lower() not in _TAG_ONLY or tok.pos_ != "VERB":
            continue
        if any(c.dep_ in ("xcomp", "dobj", "ccomp", "prep") for c in tok.children):
            continue
        start = offset + tok.idx
        if cue_beside(text, open_, close_end, start, start + len(tok)):
            return tok
    return None


def names_it(before: str) -> bool:
    """Whether a naming verb stands just before the marks (``what he called``)."""
    return bool(_NAMING_VERB.search(before[-80:]))


def cue_beside(text: str, open_: int, close_end: int, cue_start: int, cue_end: int) -> bool:
    """Whether a cue stands right beside a quote: after its closing mark with at most
    three words between (``“Really,” she added``), or just before its opening mark with
    at most a comma or colon between (``said, “No.”``)."""
    if cue_start >= close_end:
        between = text[close_end:cue_start]
        return len(between.split()) <= 3 and not any(c in between for c in '.;“”"')
    if cue_end <= open_:
        return text[cue_end:open_].strip() in ("", ",", ":")
    return False


def quote_root(doc: Doc, lo: int, hi: int) -> int:
    """The first token of ``doc[lo:hi]`` (a quote's words) whose head lies outside them:
    where the quote hangs in the author's sentence (``an issue “that is going to …”``
    hangs by ``going``, not by its subject ``that``)."""
    return next((t.i for t in doc[lo:hi] if not lo <= t.head.i < hi), lo)


def acting_subject(
    doc: Doc, at: int, is_actor: Callable[[Token], bool], inside: Callable[[Token], bool]
) -> tuple[Token, Token] | None:
    """The nearest verb governing token ``at`` whose subject is an actor, and that subject.

    Walks up from token ``at`` (the quote's root, :func:`quote_root`) to its sentence's
    root, past verbs whose subject is not an actor (``a climate in which people “hate
    …”``); None when the walk passes through a subject or the verb is ``be``, ``have`` or
    the like. ``inside`` tells a token within quotation marks (a subject there is quoted,
    not speaking).
    """
    tok = doc[at]
    for _ in range(8):
        if tok.dep_ in ("nsubj", "nsubjpass", "csubj") and tok.head.dep_ not in ("ccomp", "acl"):
            return None  # the quote stands in a subject, not in what the verb says
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and not inside(tok):  # a quoted verb is not the act
            subj = [c for c in tok.children if c.dep_ == "nsubj"]  # active voice only
            subj = [c for c in subj if c.i < tok.i][-1:] or subj[:1]  # "PHILADELPHIA — X …"
            if not subj and tok.dep_ == "acl" and tok.tag_ == "VBG":
                subj = [tok.head]  # "a Republican administration defending the idea that …"
            if subj and not inside(subj[0]) and is_actor(subj[0]):
                return None if tok.lemma_.lower() in _NOT_ACTS else (tok, subj[0])
    return None


def is_actor(
    art: _Article, tok: Token, offset: int, kinds: tuple[str, ...] = ("PERSON", "ORG")
) -> bool:
    """A person, an organisation or a personal pronoun (the subject of a verb); for an
    organisation, a noun that speaks (``critics``, ``the campaign``) too, and a proper noun
    subject the entity stage did not label at all (``Pew found that “…”``: a name the
    model missed; a place, a date or a work keeps its label and is no actor). A relative
    ``who`` stands for the noun its clause hangs from (``Trump, who has postured …``)."""
    if tok.lower_ == "who" and tok.head.dep_ == "relcl" and tok.head.head.i != tok.head.i:
        tok = tok.head.head
    if tok.lower_ in _ACTOR_PRONOUNS:
        return True
    if "ORG" in kinds and tok.lemma_.lower() in _SPEAKING_NOUNS:
        return True
    at = offset + tok.idx
    if art.mention_at(at, at + len(tok), kinds) is not None:
        return True
    return (
        "ORG" in kinds
        and tok.tag_ == "NNP"
        and tok.dep_ == "nsubj"
        and art.mention_at(at, at + len(tok)) is None
    )


def single_marked(text: str, span: Span) -> bool:
    """Whether a pair of marks are single ones (``‘…’`` or ``'…'``)."""
    return span.width == 1 and text[span.open] in "‘'"


#: Lemmas of the naming verbs :func:`names_it` reads.
_NAMING_LEMMAS = frozenset("call dub brand label term nickname describe refer".split())


def named_by_speaker(cue: Token, is_person: Callable[[Token], bool]) -> bool:
    """Whether the cue is a naming verb with a subject of its own that is a person
    (``what he called``, ``Huckabee called the program``), not a participle naming a
    thing (``the Frenchwoman dubbed “the Wall”``, ``an app branded “Go”``)."""
    if cue.lemma_.lower() not in _NAMING_LEMMAS:
        return False
    subj = [c for c in cue.children if c.dep_ == "nsubj"]
    if not subj:
        return False
    # "the previous nominee, Mitt Romney, called": the name in apposition is the person
    return is_person(subj[0]) or any(c.dep_ == "appos" and is_person(c) for c in subj[0].children)


def own_sentence(before: str, quoted: str) -> bool:
    """Whether a quote is a sentence of its own: a full stop (or ! ?) before its opening
    mark and at its end (``… Burton told delegates. “Donald Trump.”``)."""
    ends = quoted.rstrip().rstrip(_CLOSING).rstrip()[-1:]
    return before.rstrip().rstrip(_CLOSING).rstrip()[-1:] in _SENTENCE_END and ends in (
        _SENTENCE_END
    )


def active_cue(cue: Token) -> bool:
    """A cue in the active voice (``she added``, not ``had been mocked``)."""
    return not any(c.dep_ in ("auxpass", "nsubjpass") for c in cue.children)


def single_mark_style(text: str, spans: list[Span]) -> bool:
    """Whether an article quotes mostly in single marks (British style): more pairs open
    with a single mark than with a double one."""
    single = sum(single_marked(text, sp) for sp in spans)
    return 2 * single > len(spans)


def just_quoted(last: Quote, sentence: Sentence, sents: list[Sentence]) -> bool:
    """Whether the quote ``last`` has a speaker and stands in ``sentence`` or the one just
    before it, in the same block (``sents`` are the block's sentences)."""
    if not last.speaker_text or last.quote_type != "direct":
        return False
    if last.sentence.block is not sentence.block:
        return False
    k = next((i for i, s in enumerate(sents) if s is sentence), None)
    if k is None:
        return False
    return last.sentence is sentence or (k > 0 and last.sentence is sents[k - 1])


def same_speaker(q: Quote, last: Quote) -> None:
    """Give ``q`` the speaker and cue of the quote just before it."""
    q.speaker_start, q.speaker_end = last.speaker_start, last.speaker_end
    q.speaker_text, q.speaker, q.speaker_name = last.speaker_text, last.speaker, last.speaker_name
    q.cue, q.cue_lemma = last.cue, last.cue_lemma
    q.rules.append(FOLLOW_ON)


#: Before a work's name: a possessive (``CNN’s``), ``on`` or ``in`` (``said on “New Day.”``).
_WORK_BEFORE = re.compile(r"(?:\w[’']s|\bon|\bin|\bat)\W*$")


def in_content_clause(doc: Doc, at: int, cue: Token, before: str) -> bool:
    """Whether token ``at`` lies in the content clause of ``cue`` (its ``ccomp``), and
    the words before the marks do not name a work (``on CNN’s “New Day.”``):
    ``Trump has said the deal could lead to another “Holocaust.”``."""
    if _WORK_BEFORE.search(before[-40:]):
        return False
    tok = doc[at]
    for _ in range(12):
        if tok.head.i == tok.i:
            return False
        if tok.head.i == cue.i:
            return tok.dep_ == "ccomp"
        tok = tok.head
    return False


def cue_of_previous(q: Quote, last: Quote | None) -> None:
    """A direct quote opening right after another quote, with no cue of its own, takes the
    cue of that quote when both have the same speaker (``“…,” said Cuban. “I mean, …”``)."""
    if (
        q.cue is None
        and last is not None
        and last.cue is not None
        and last.sentence.block is q.sentence.block
        and q.speaker_text is not None
        and (last.speaker_start, last.speaker_end) == (q.speaker_start, q.speaker_end)
    ):
        q.cue, q.cue_lemma = last.cue, last.cue_lemma
