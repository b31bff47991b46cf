"""The statistics: right numbers, and the README's copy in sync with build/."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import polars as pl
import pytest

from trump_putin_call import stats
from trump_putin_call.schemas import TABLES


@pytest.fixture(scope="module")
def tables(root: Path) -> dict[str, pl.DataFrame]:
    return stats.load_tables(root / "build")


@pytest.fixture(scope="module")
def computed(tables) -> stats.Stats:
    return stats.compute(tables)


def test_readme_statistics_are_in_sync_with_build(root: Path, computed: stats.Stats):
    readme = (root / "README.md").read_text("utf-8")
    assert readme.count(stats.START) == 1 and readme.count(stats.END) == 1
    assert stats.render(readme, computed) == readme, (
        "the README's statistics differ from build/: run `nox -s docs` and commit README.md"
    )


def test_rows_per_table(tables, computed: stats.Stats):
    assert computed.rows == {name: tables[name].height for name in TABLES}
    assert list(computed.rows) == list(TABLES)


def test_words_per_article(tables, computed: stats.Stats):
    words = Counter()
    for s in tables["sentences"].iter_rows(named=True):
        words[s["article_id"]] += len(re.findall(r"\w+(?:['’.\-]\w+)*", s["text"]))
    got = dict(zip(computed.articles["article_id"], computed.articles["words"], strict=True))
    assert got == {a: words[a] for a in tables["articles"]["article_id"]}
    assert all(0 < w <= t for w, t in computed.articles.select("words", "tokens").rows())


def test_top_speakers(tables, computed: stats.Stats):
    names = [q or stats.UNRESOLVED for q in tables["quotes"]["speaker_name"]]
    expected = Counter(names)
    got = dict(zip(computed.speakers["speaker"], computed.speakers["quotes"], strict=True))
    assert got == dict(expected)
    counts = computed.speakers["quotes"].to_list()
    assert counts == sorted(counts, reverse=True)
    kinds = computed.speakers.select("direct", "partial", "indirect").sum_horizontal()
    assert kinds.to_list() == counts


def test_top_entities_by_mentions_per_article(tables, computed: stats.Stats):
    ents = tables["entities"]
    mentions = Counter(ents["entity_id"])
    n = tables["articles"].height
    top = computed.entities
    assert dict(zip(top["entity_id"], top["mentions"], strict=True)) == dict(mentions)
    assert top["per_article"].to_list() == [m / n for m in top["mentions"]]
    assert top["mentions"].to_list() == sorted(top["mentions"], reverse=True)
    first = ents.filter(pl.col("entity_id") == top["entity_id"][0])
    assert top["articles"][0] == first["article_id"].n_unique()
    assert computed.labels["mentions"].sum() == ents.height


def test_markdown_has_each_section_and_a_chart(computed: stats.Stats):
    md = stats.markdown(computed)
    for heading in (
        "Rows per table",
        "Words per article",
        "Top speakers by quote count",
        "Top entities by mentions per article",
    ):
        assert f"**{heading}**" in md
    chart = md.split("```text\n", 1)[1].split("```", 1)[0].splitlines()
    top = computed.entities.row(0)
    assert chart[0].startswith(f"{top[1]} ({top[2]})") and "█" * stats.BAR_WIDTH in chart[0]


def test_bars():
    assert stats.bar(10, 10) == "█" * stats.BAR_WIDTH
    assert stats.bar(0, 10) == "" and stats.bar(5, 0) == ""
    assert stats.bar(0.001, 10) == "▏"  # never invisible when above zero
    lengths = [len(stats.bar(v, 10).rstrip("▏▎▍▌▋▊▉")) for v in range(11)]
    assert lengths == sorted(lengths)


def test_empty_tables_still_render(tables):
    empty = {**tables, "quotes": tables["quotes"].clear(), "entities": tables["entities"].clear()}
    md = stats.markdown(stats.compute(empty))
    assert "| `quotes` | 0 |" in md


def test_render_needs_the_markers(computed: stats.Stats):
    with pytest.raises(ValueError, match="stats:start"):
        stats.render("# no markers\n", computed)


def test_figures_checked_by_hand_against_raw(root: Path, computed: stats.Stats):
    """Numbers the README prints, counted from raw/ without the code under test."""
    text = (root / "raw" / "001_753986fcec20c929.txt").read_text("utf-8")
    # `wc -w` counts 763: less the dateline "[UNITED STATES]" (2) and the four "-" bullets.
    assert text.startswith("[UNITED STATES] ") and text.count("\n- ") == 4
    assert len(text.split()) == 763
    words = dict(computed.articles.select("article_id", "words").iter_rows())
    assert words["001_753986fcec20c929"] == 763 - 2 - 4
    # Zelensky is quoted four times: hailed it as "excellent," (partial); "According to
    # Zelensky", "Zelensky and his government claim" (000) and "arguing that" (001).
    zelensky = computed.speakers.filter(pl.col("speaker") == "Volodymyr Zelensky")
    assert zelensky.select("quotes", "direct", "partial", "indirect", "articles").row(0) == (
        4,
        0,
        1,
        3,
        2,
    )
    # "Trump" appears 31 times in 000 (twice in "Donald Trump Jr.") and 18 times in 001,
    # once in a heading, which is not mined: 29 + 17 mentions of Donald Trump.
    raw = [(root / "raw" / f"{a}.txt").read_text("utf-8") for a in sorted(words)]
    assert [r.count("Trump") - r.count("Trump Jr") for r in raw] == [29, 18]
    trump = computed.entities.filter(pl.col("entity_id") == "person:donald_trump")
    assert trump.select("mentions", "articles", "per_article").row(0) == (46, 2, 23.0)
    # One block per line (21 and 24), and 001's dateline is a block of its own.
    assert [r.count("\n") + 1 for r in raw] == [21, 24]
    assert (computed.rows["articles"], computed.rows["blocks"]) == (2, 21 + 24 + 1)
