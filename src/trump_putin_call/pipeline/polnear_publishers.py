"""PolNeAR figures publisher by publisher.

PolNeAR's articles come from seven US publishers (``breitbart``, ``huff-post``, ``nyt``,
``politico``, ``usa-today``, ``wash-post``, ``west-journal``: the part of each article's
file name before the first ``_``). The quote rules meet each house style differently (the
New York Times writes ``''`` for quotation marks; Breitbart quotes long excerpts), so
``nox -s evaluate`` prints, beside each split's totals, the same figures per publisher:
how far a result carries over from one style to another. Each publisher has a dozen dev
articles, so a single figure moves by a few hundredths with one article.
"""

from __future__ import annotations

from collections.abc import Iterable

from trump_putin_call.pipeline.polnear import PolnearScores, score
from trump_putin_call.pipeline.polnear_gold import GoldArticle


def publisher(article_id: str) -> str:
    """The publisher in a PolNeAR article id (``nyt_2016-04-21_…`` → ``nyt``)."""
    return article_id.split("_", 1)[0]


def by_publisher(pairs: Iterable[tuple[GoldArticle, list[dict]]]) -> dict[str, PolnearScores]:
    """:func:`.polnear.score` over each publisher's articles, publishers in sorted order."""
    groups: dict[str, list[tuple[GoldArticle, list[dict]]]] = {}
    for gold, rows in pairs:
        groups.setdefault(publisher(gold.article_id), []).append((gold, rows))
    return {name: score(groups[name]) for name in sorted(groups)}


def _cell(value: float, n: int, width: int) -> str:
    """A figure, or a dash when it counts nothing (no gold, or no prediction)."""
    return f"{value:>{width}.3f}" if n else f"{'—':>{width}}"


def lines(scores: dict[str, PolnearScores]) -> list[str]:
    """One line per publisher: articles, quoted F1, speaker, reported P and R."""
    out = ["  by publisher   articles  quoted F1  speaker  reported P  reported R"]
    for name, s in scores.items():
        q, r = s.quoted, s.reported
        out.append(
            f"    {name:<14}{s.articles:>6}{_cell(q.f1, q.n_gold + q.n_pred, 11)}"
            f"{_cell(s.speaker.recall, s.speaker.n_gold, 9)}"
            f"{_cell(r.precision, r.n_pred, 12)}{_cell(r.recall, r.n_gold, 12)}"
        )
    return out
