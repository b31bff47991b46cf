"""PolNeAR figures per publisher, on the short article of ``test_polnear``."""

from __future__ import annotations

import dataclasses

from test_polnear import TEXT, _gold, _row

from trump_putin_call.pipeline import polnear, polnear_publishers


def test_the_publisher_is_the_id_before_the_first_underscore():
    assert polnear_publishers.publisher("usa-today_2016-06-08_party-unity") == "usa-today"
    assert polnear_publishers.publisher("nyt") == "nyt"


def test_each_publisher_is_scored_on_its_own_articles_and_they_add_up():
    right = [
        _row(TEXT, "We heard the town,", "direct", "Anna Lund", "added"),
        _row(TEXT, "a gift to drivers.", "partial", "Critics", "called"),
        _row(TEXT, "the fees would go", "indirect", "Anna Lund", "said"),
    ]
    pairs = [
        (dataclasses.replace(_gold(), article_id="nyt_2016_a"), right),
        (dataclasses.replace(_gold(), article_id="nyt_2016_b"), right),
        (dataclasses.replace(_gold(), article_id="breitbart_2016_c"), []),
    ]
    scores = polnear_publishers.by_publisher(pairs)
    assert list(scores) == ["breitbart", "nyt"]
    assert scores["nyt"].articles == 2 and scores["breitbart"].articles == 1
    assert scores["nyt"].quoted.f1 == 1.0 and scores["nyt"].speaker.recall == 1.0
    assert scores["breitbart"].quoted.recall == 0.0 and scores["breitbart"].reported.tp == 0
    total = polnear.score(pairs)
    assert total.quoted.tp == sum(s.quoted.tp for s in scores.values()) == 4
    table = polnear_publishers.lines(scores)
    assert table[1].split() == ["breitbart", "1", "0.000", "—", "—", "0.000"]
    assert table[2].split() == ["nyt", "2", "1.000", "1.000", "1.000", "1.000"]
