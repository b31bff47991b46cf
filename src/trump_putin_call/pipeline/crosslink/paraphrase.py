"""Paraphrase alignment: sentences of two articles that report the same fact in other words.

Lexical, and measured on the seeds' gold (``eval/crossarticle``): each sentence is a bag
of terms, the Snowball stems of its content words plus the ids of the entities mentioned in
it (``ent:person:jake_sullivan``; dates and numbers excluded, they are too generic as ids,
and numerals stay as words). Terms are weighted by TF-IDF, with document frequencies
counted over every sentence of the corpus (a reduce step), and two sentences score the
cosine of their vectors, rounded to 2 decimals before it is compared with :data:`THRESHOLD`.

Candidates come from an inverted index: two sentences in different articles are compared
only when they share a term whose posting list holds at most :data:`MAX_POSTINGS`
sentences, so the work grows with the corpus, not with its pairs of articles. A pair must
share at least :data:`MIN_SHARED` terms, and sentences under :data:`MIN_WORDS` words are
not aligned (a short line is rarely a claim of its own).

Paraphrase is sought only between two articles about the same story: the cosine of their
entity vectors (how often the article mentions each entity id, dates and numbers excluded,
times ln((1 + articles) / (1 + articles mentioning it)) + 1, so the entities every article
of the corpus names count least), rounded to 2 decimals, must reach :data:`STORY_THRESHOLD`.
Without a gate the lexical score aligned hundreds of sentences of unrelated articles of the
generated corpus ("Officials in Canberra declined to comment." with "Officials in Jerusalem
declined to comment on the timing of any agreement."). Measured on six pairs of real
articles on one event (twelve PolNeAR train articles, hand-paired for development, not
shipped) and the 60 other pairs of those articles: the first gate, the cosine of entity-id
*sets*, scored the six same-event pairs 0.34–0.49, all below the threshold, so the stage
aligned none of their sentences (the seeds: 0.83); plain mention counts scored them
0.23–0.89 but pairs on different events up to 0.69 (nearly every article names Clinton or Trump);
weighted as above, 0.12 and 0.60–0.85 against at most 0.43 (the seeds: 0.96).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping

from trump_putin_call.pipeline.crosslink.text import content_stems

THRESHOLD = 0.20
MAX_POSTINGS = 200
#: Two sentences must share this many terms (one rare word in common is not a fact).
MIN_SHARED = 2
MIN_WORDS = 6
STORY_THRESHOLD = 0.5
#: Entity labels whose ids are not evidence of the same fact.
SKIP_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})
#: The scoring in ``method`` (no "+": that separates tokens).
TOKEN = "lexical(stems,entity_ids,tfidf)"


def terms(text: str, entity_ids: Iterable[str] = ()) -> list[str]:
    """Map: the sentence's terms, stems first, then entity ids (sorted, distinct)."""
    return content_stems(text) + [f"ent:{e}" for e in sorted(set(entity_ids))]


def document_frequencies(term_lists: Iterable[list[str]]) -> tuple[Counter[str], int]:
    """Reduce: in how many sentences each term occurs, and the number of sentences."""
    df: Counter[str] = Counter()
    n = 0
    for ts in term_lists:
        df.update(set(ts))
        n += 1
    return df, n


def idf(df: Mapping[str, int], n: int) -> dict[str, float]:
    """Smoothed inverse document frequency, ln((1 + n) / (1 + df))."""
    return {t: math.log((1 + n) / (1 + c)) for t, c in df.items()}


def vector(ts: list[str], weights: Mapping[str, float]) -> dict[str, float]:
    """Unit-length TF-IDF vector (sublinear tf), keys in first-seen order."""
    v = {t: (1 + math.log(c)) * weights.get(t, 0.0) for t, c in Counter(ts).items()}
    norm = math.sqrt(sum(x * x for x in v.values()))
    return {t: x / norm for t, x in v.items()} if norm else {}


def cosine(u: Mapping[str, float], v: Mapping[str, float]) -> float:
    """Cosine of two unit vectors, rounded to 2 decimals (summed in sorted term order)."""
    if len(u) > len(v):
        u, v = v, u
    return round(sum(u[t] * v[t] for t in sorted(u) if t in v), 2)


def candidates(
    term_lists: Mapping[str, list[str]],
    article_of: Mapping[str, str],
    df: Mapping[str, int],
    max_postings: int = MAX_POSTINGS,
    same_story: Callable[[str, str], bool] = lambda a, b: True,
) -> list[tuple[str, str]]:
    """Sentence pairs (a's article < b's) sharing a term of at most ``max_postings`` sentences.

    ``same_story(article_a, article_b)``: article pairs for which it is false are skipped.
    """
    postings: dict[str, list[str]] = defaultdict(list)
    for sid in sorted(term_lists):
        for t in dict.fromkeys(term_lists[sid]):
            if df.get(t, 0) <= max_postings:
                postings[t].append(sid)
    story: dict[tuple[str, str], bool] = {}
    out: set[tuple[str, str]] = set()
    for sids in postings.values():
        arts = [article_of[x] for x in sids]
        for i, x in enumerate(sids):
            ax = arts[i]
            for y, ay in zip(sids[i + 1 :], arts[i + 1 :], strict=True):
                if ax == ay:
                    continue
                pair, key = ((x, y), (ax, ay)) if ax < ay else ((y, x), (ay, ax))
                if key not in story:
                    story[key] = same_story(*key)
                if story[key]:
                    out.add(pair)
    return sorted(out)


def entity_weights(article_entities: Mapping[str, Mapping[str, int]]) -> dict[str, float]:
    """Reduce: ln((1 + articles) / (1 + articles mentioning the entity)) + 1, per entity id."""
    df: Counter[str] = Counter()
    for counts in article_entities.values():
        df.update(k for k, v in counts.items() if v)
    n = len(article_entities)
    return {e: math.log((1 + n) / (1 + c)) + 1 for e, c in df.items()}


def story_similarity(
    a: Mapping[str, int], b: Mapping[str, int], weights: Mapping[str, float] | None = None
) -> float:
    """Cosine of two articles' entity vectors (mentions × weight), rounded to 2 decimals.

    ``weights``: entity id → weight (:func:`entity_weights`); 1 for every entity when None.
    """
    w = weights or {}
    return _story_cosine(story_vector(a, w), story_vector(b, w))


StoryVector = tuple[dict[str, float], float]


def story_vector(counts: Mapping[str, int], weights: Mapping[str, float]) -> StoryVector:
    """An article's weighted entity vector (keys sorted) and its sum of squares."""
    u = {k: v * weights.get(k, 1.0) for k, v in sorted(counts.items())}
    return u, sum(x * x for x in u.values())


def _story_cosine(a: StoryVector, b: StoryVector) -> float:
    (u, su), (v, sv) = a, b
    norm = math.sqrt(su * sv)
    if not norm:
        return 0.0
    return round(sum(u[k] * v[k] for k in u if k in v) / norm, 2)


def align(
    term_lists: Mapping[str, list[str]],
    article_of: Mapping[str, str],
    article_entities: Mapping[str, Mapping[str, int]],
    threshold: float = THRESHOLD,
    max_postings: int = MAX_POSTINGS,
) -> list[tuple[str, str, float]]:
    """Sentence pairs scoring at least ``threshold``, with their rounded score, sorted.

    ``article_entities``: each article's entity mention counts (for :func:`story_similarity`).
    """
    df, n = document_frequencies(term_lists[s] for s in sorted(term_lists))
    weights = idf(df, n)
    vectors = {s: vector(ts, weights) for s, ts in term_lists.items()}
    entity_weight = entity_weights(article_entities)
    stories: dict[str, StoryVector] = {}

    def story(x: str) -> StoryVector:
        if x not in stories:
            stories[x] = story_vector(article_entities.get(x, {}), entity_weight)
        return stories[x]

    def same_story(x: str, y: str) -> bool:
        return _story_cosine(story(x), story(y)) >= STORY_THRESHOLD

    # Articles without entities can never pass the story gate: not indexed at all.
    term_lists = {s: ts for s, ts in term_lists.items() if article_entities.get(article_of[s])}
    out = []
    for a, b in candidates(term_lists, article_of, df, max_postings, same_story):
        if len(set(term_lists[a]) & set(term_lists[b])) < MIN_SHARED:
            continue
        score = cosine(vectors[a], vectors[b])
        if score >= threshold:
            out.append((a, b, score))
    return out
