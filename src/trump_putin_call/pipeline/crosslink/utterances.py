"""Utterance linking: quotes in which one speaker is reported saying the same thing.

The unit is the quote group (the pieces of one utterance in one article share it). Two
groups are linked only when they have the same ``speaker_entity_id``: a group whose speaker
is not a tagged entity stays an utterance of its own, and two speakers' words are never
merged, however similar. Same speaker, and then either

- ``rule:quote_overlap``: the quoted words overlap: at least :data:`MIN_SHARED` content
  stems in common and at least :data:`CONTAINMENT` of the shorter quote's stems (verbatim,
  or cut differently); or
- ``rule:context_overlap`` (groups in two different articles only): the sentences holding
  the two groups share at least :data:`MIN_CONTEXT` content stems outside entity mentions
  (names, places, organisations and titles-as-entities are left out, so the speaker's own
  name and title never count): the two articles report the same claim around the words
  (a direct quote in one outlet, indirect speech in another).

Within one article, two groups of one speaker are two statements unless their words
overlap. Linked groups are closed transitively (all within one speaker). The utterance's id is its
first quote's id with ``:u`` for ``:q``; its representative wording is the longest
direct quote, else partial, else indirect (ties: first quote id).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from trump_putin_call.pipeline.crosslink.text import content_stems

MIN_SHARED = 2
MIN_CONTEXT = 2
CONTAINMENT = 0.5
_RANK = {"direct": 0, "partial": 1, "indirect": 2}


@dataclass(frozen=True)
class Quote:
    """The columns of one quote row that linking reads."""

    quote_id: str
    article_id: str
    quote_type: str
    text: str
    start: int
    end: int
    quote_group: str
    speaker_entity_id: str | None
    speaker_name: str | None


@dataclass
class _Group:
    quotes: list[Quote]
    stems: set[str]
    context: set[str]


def _find(parent: dict[str, str], x: str) -> str:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def _union(parent: dict[str, str], x: str, y: str) -> None:
    rx, ry = _find(parent, x), _find(parent, y)
    if rx != ry:
        lo, hi = sorted((rx, ry))
        parent[hi] = lo


def overlap(a: set[str], b: set[str]) -> bool:
    """The quote_overlap rule on two stem sets."""
    shared = len(a & b)
    return shared >= MIN_SHARED and shared >= CONTAINMENT * min(len(a), len(b))


def _conflict(
    groups: Mapping[str, _Group], a: Mapping[str, list[str]], b: Mapping[str, list[str]]
) -> bool:
    """Two utterances (groups by article) hold groups of one article whose words differ."""
    if len(a) > len(b):
        a, b = b, a
    return any(
        not overlap(groups[g].stems, groups[h].stems)
        for article, gs in a.items()
        if article in b
        for g in gs
        for h in b[article]
    )


def _shared(sets: list[set[str]], minimum: int) -> dict[tuple[int, int], int]:
    """Pairs (i < j) of sets sharing at least ``minimum`` words, with how many: found
    through an index of the sets holding each word, so only pairs sharing a word are ever
    compared (a speaker quoted in every article is not compared pair by pair)."""
    holding: dict[str, list[int]] = defaultdict(list)
    for i, words in enumerate(sets):
        for w in words:
            holding[w].append(i)
    counts: Counter[tuple[int, int]] = Counter()
    for ids in holding.values():
        for k, i in enumerate(ids):
            for j in ids[k + 1 :]:
                counts[i, j] += 1
    return {pair: n for pair, n in counts.items() if n >= minimum}


def sort_key(row_id: str) -> tuple[str, int]:
    """(article_id, number) of a quote or utterance id: document order, any id width."""
    article, _, number = row_id.rpartition(":")
    return article, int(number[1:])


def link(
    quotes: Iterable[Quote], context_of: Mapping[str, set[str]]
) -> tuple[dict[str, str], dict[str, set[str]]]:
    """Each quote's utterance id, and the rules that linked each utterance.

    ``context_of``: quote_id → content stems of the sentences its span overlaps, entity
    mentions left out (see :func:`trump_putin_call.pipeline.crosslink.link.contexts`).
    """
    groups: dict[str, _Group] = {}
    for q in sorted(quotes, key=lambda q: sort_key(q.quote_id)):
        g = groups.setdefault(q.quote_group, _Group([], set(), set()))
        g.quotes.append(q)
        g.stems.update(content_stems(q.text))
        g.context.update(context_of.get(q.quote_id, ()))
    by_speaker: dict[str, list[str]] = defaultdict(list)
    for gid, g in groups.items():
        speakers = {q.speaker_entity_id for q in g.quotes} - {None}
        if len(speakers) == 1:
            by_speaker[speakers.pop()].append(gid)
    edges: list[tuple[int, int, tuple[str, int], tuple[str, int], str, str]] = []
    for gids in by_speaker.values():
        gids.sort(key=sort_key)
        members = [groups[g] for g in gids]
        shared_stems = _shared([g.stems for g in members], MIN_SHARED)
        shared_context = _shared([g.context for g in members], MIN_CONTEXT)
        for i, j in sorted(shared_stems.keys() | shared_context.keys()):
            x, y, gx, gy = gids[i], gids[j], members[i], members[j]
            if overlap(gx.stems, gy.stems):
                edges.append((0, 0, sort_key(x), sort_key(y), x, y))
            elif gx.quotes[0].article_id != gy.quotes[0].article_id:
                shared = shared_context.get((i, j), 0)
                if shared >= MIN_CONTEXT:
                    edges.append((1, -shared, sort_key(x), sort_key(y), x, y))
    # Strongest links first; a link that would put two groups of one article whose words
    # do not overlap into one utterance is refused (two statements, not one). Each
    # utterance keeps its groups by article, so only groups of a shared article are compared.
    parent = {gid: gid for gid in groups}
    by_article: dict[str, dict[str, list[str]]] = {
        gid: {g.quotes[0].article_id: [gid]} for gid, g in groups.items()
    }
    rules: dict[str, set[str]] = defaultdict(set)
    for kind, _, _, _, x, y in sorted(edges):
        rx, ry = _find(parent, x), _find(parent, y)
        if rx == ry or _conflict(groups, by_article[rx], by_article[ry]):
            continue
        rule = "rule:quote_overlap" if kind == 0 else "rule:context_overlap"
        rules[x].add(rule)
        rules[y].add(rule)
        _union(parent, x, y)
        root = _find(parent, x)
        merged = by_article[root]
        for article, gs in by_article.pop(rx if root == ry else ry).items():
            merged.setdefault(article, []).extend(gs)
    members: dict[str, list[str]] = defaultdict(list)
    for gid in groups:
        members[_find(parent, gid)].append(gid)
    utterance_of: dict[str, str] = {}
    linked_by: dict[str, set[str]] = {}
    for gids in members.values():
        first = min((q.quote_id for g in gids for q in groups[g].quotes), key=sort_key)
        uid = first.replace(":q", ":u")
        linked_by[uid] = set().union(*(rules.get(g, set()) for g in gids))
        for g in gids:
            for q in groups[g].quotes:
                utterance_of[q.quote_id] = uid
    return utterance_of, linked_by


def representative(quotes: list[Quote]) -> Quote:
    """Longest direct quote, else partial, else indirect; ties to the first quote id."""
    return min(
        quotes, key=lambda q: (_RANK.get(q.quote_type, 3), -len(q.text), sort_key(q.quote_id))
    )


def speaker_name(quotes: list[Quote]) -> str | None:
    """The name most quotes give the speaker (ties: alphabetical); None when none does."""
    names = Counter(q.speaker_name for q in quotes if q.speaker_name)
    if not names:
        return None
    return min(names, key=lambda n: (-names[n], n))
