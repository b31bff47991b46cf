"""Catalogue entries of the cross-article stage (`pipeline/crosslink`): the ``method`` tokens
of ``alignments`` (reuse, then paraphrase) and of ``utterances`` (quote linking).

Each example is two or more articles built together: the stage runs across them.
"""

from __future__ import annotations

from trump_putin_call.pipeline.rules.entry import Rule

_REUSE_A = (
    "Moscow, Nov 14 (Wire) - The Kremlin said on Thursday that the two leaders had agreed "
    "to keep talking about a ceasefire in the coming weeks. Officials gave no date for a "
    "meeting."
)
_REUSE_B = (
    "The Kremlin said on Thursday that the two leaders had agreed to keep talking about a "
    "ceasefire in the coming weeks. Officials gave no date for any meeting."
)
_PARA_A = (
    "Donald Trump spoke with Vladimir Putin by telephone on Thursday about ending the war "
    "in Ukraine, the White House said. Markets in Asia rose sharply after the announcement "
    "on trade tariffs."
)
_PARA_B = (
    "Vladimir Putin and Donald Trump discussed how the war in Ukraine could end during a "
    "long telephone call, Washington said. Farmers in the region expect a poor harvest "
    "because of the drought this summer."
)
_SAME_A = "“We are ready to keep talking,” Dmitry Peskov said on Friday in Moscow."
_SAME_B = "Speaking in Moscow, Dmitry Peskov said: “We are ready to keep talking.”"
_CONTEXT_A = (
    "“The call lasted ninety minutes and was constructive,” Dmitry Peskov told reporters at "
    "a briefing in Moscow."
)
_CONTEXT_B = (
    "Dmitry Peskov told reporters at a briefing in Moscow that the conversation had been "
    "useful and that both sides would talk again."
)


def _r(
    token: str,
    table: str,
    where: tuple[str, ...],
    description: str,
    before: str,
    after: str,
    *ex: str,
) -> Rule:
    return Rule(token, (table,), where, description, before, after, ex)


RULES: tuple[Rule, ...] = (
    _r(
        "datasketch-{version}:minhash(w3,42x3)",
        "alignments",
        ("crosslink.link._methods", "crosslink.minhash.band_keys"),
        "Reuse blocking: each sentence of six words or more is a MinHash (datasketch) of its "
        "word 3-shingles, cut into 42 bands of 3 values; sentences of two articles that share "
        "a band are candidate pairs (never all pairs of articles). Every reuse row carries it.",
        "two articles with the same sentence",
        "the two sentences are a candidate pair",
        _REUSE_A,
        _REUSE_B,
    ),
    _r(
        "rapidfuzz-{version}:indel_words({score})",
        "alignments",
        ("crosslink.link._methods", "crosslink.reuse.similarity"),
        "Reuse verification: a candidate pair is reuse when the Indel similarity of its words "
        "(2·LCS / (words a + words b), rapidfuzz, rounded to 2 decimals) reaches the threshold "
        "in parentheses; verbatim when the words are the same, near-verbatim otherwise.",
        "“… gave no date for a meeting.” / “… gave no date for any meeting.”",
        "near-verbatim, score 0.83",
        _REUSE_A,
        _REUSE_B,
    ),
    _r(
        "rule:extend_neighbours",
        "alignments",
        ("crosslink.link._methods", "crosslink.reuse.matches"),
        "From every verified pair the previous and next sentences of both articles are tried "
        "too (three words or more), so a short edited sentence inside a copied paragraph is "
        "found; consecutive pairs are merged into one passage.",
        "a copied paragraph whose last sentence was edited",
        "one passage covering both sentences",
        _REUSE_A,
        _REUSE_B,
    ),
    _r(
        "snowballstemmer-{version}:lexical(stems,entity_ids,tfidf)",
        "alignments",
        ("crosslink.link._methods", "crosslink.paraphrase.terms"),
        "Paraphrase: each sentence is a bag of Snowball stems of its content words and the ids "
        "of the entities it mentions, weighted by TF-IDF over the corpus; sentences of two "
        "articles about the same story (cosine 0.5 or more of their entity mention counts, "
        "each entity weighted by how few articles name it) sharing two terms or more are "
        "scored by cosine.",
        "the same fact told in other words by two outlets",
        "a paraphrase row",
        _PARA_A,
        _PARA_B,
    ),
    _r(
        "rule:cosine({score})",
        "alignments",
        ("crosslink.link._methods", "crosslink.paraphrase.cosine"),
        "The threshold a paraphrase pair's rounded TF-IDF cosine reached.",
        "a sentence pair scoring 0.31",
        "kept as paraphrase (threshold 0.20)",
        _PARA_A,
        _PARA_B,
    ),
    _r(
        "rule:same_speaker",
        "utterances",
        ("crosslink.link._utterance_rows", "crosslink.utterances.link"),
        "Quote groups are linked into one utterance only when they name the same speaker "
        "entity; two speakers’ words are never merged. Every linked utterance carries it.",
        "two articles quoting Dmitry Peskov",
        "their quotes are candidates for one utterance",
        _SAME_A,
        _SAME_B,
    ),
    _r(
        "rule:quote_overlap",
        "utterances",
        ("crosslink.utterances.link", "crosslink.utterances.overlap"),
        "The quoted words overlap: two content stems or more in common, and at least half of "
        "the shorter quote’s stems (verbatim, or cut differently).",
        "“We are ready to keep talking,” in two articles",
        "one utterance, n_articles 2",
        _SAME_A,
        _SAME_B,
    ),
    _r(
        "rule:context_overlap",
        "utterances",
        ("crosslink.utterances.link",),
        "In two different articles, the sentences holding the quotes share two content stems "
        "or more outside entity mentions: the same claim reported around the words (a direct "
        "quote in one outlet, indirect speech in another).",
        "“The call … was constructive,” Peskov told reporters / Peskov told reporters that the "
        "conversation had been useful",
        "one utterance",
        _CONTEXT_A,
        _CONTEXT_B,
    ),
    _r(
        "rule:single_group",
        "utterances",
        ("crosslink.link._utterance_rows",),
        "The utterance is one quote group of one article: no other report was linked to it.",
        "a quote no other article reports",
        "an utterance with n_articles 1",
        "“Nobody is safe,” the minister said.",
    ),
)
