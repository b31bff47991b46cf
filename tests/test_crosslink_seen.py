"""Issue 16, item 5: the viewer and ``trump-putin-call stats`` show the cross-article links."""

from __future__ import annotations

import re
from pathlib import Path

import polars as pl
import pytest

from trump_putin_call import stats, viewer, viewer_links
from trump_putin_call.stats import load_tables


@pytest.fixture(scope="module")
def tables(root: Path) -> dict[str, pl.DataFrame]:
    return load_tables(root / "build")


@pytest.fixture(scope="module")
def pages(tables, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("view")
    viewer.write(out, tables=tables)
    return out


def _ids(html: str) -> set[str]:
    return set(re.findall(r' id="([^"]+)"', html))


def test_every_passage_links_to_its_aligned_passage_on_the_other_page(tables, pages):
    alignments = tables["alignments"]
    assert alignments.height  # the seeds share same-fact sentences
    html = {p.name: p.read_text("utf-8") for p in pages.glob("*.html")}
    for r in alignments.iter_rows(named=True):
        for side, other in (("a", "b"), ("b", "a")):
            page = html[viewer.page_name(r[f"article_id_{side}"])]
            anchor = viewer_links.passage_anchor(r["alignment_id"], side)
            target = viewer.page_name(r[f"article_id_{other}"])
            target_id = viewer_links.passage_anchor(r["alignment_id"], other)
            assert f' id="{anchor}"' in page
            assert f'href="{target}#{target_id}"' in page
            assert target_id in _ids(html[target])


def test_every_quote_lists_its_other_reports(tables, pages):
    quotes, utterances = tables["quotes"], tables["utterances"]
    shared = utterances.filter(pl.col("n_articles") > 1)["utterance_id"].to_list()
    assert shared  # Sullivan, Peskov and Zelensky in both seeds
    html = {p.name: p.read_text("utf-8") for p in pages.glob("*.html")}
    for uid in shared:
        reports = quotes.filter(pl.col("utterance_id") == uid).select("quote_id", "article_id")
        for qid, aid in reports.iter_rows():
            page = html[viewer.page_name(aid)]
            row = re.search(rf'<tr id="reports-{re.escape(qid)}">.*?</tr>', page, re.S)
            assert row, qid
            for other, other_aid in reports.iter_rows():
                if other == qid:
                    continue
                href = ("" if other_aid == aid else viewer.page_name(other_aid)) + f"#quote-{other}"
                assert f'href="{href}"' in row.group(0)
                assert f'id="quote-{other}"' in html[viewer.page_name(other_aid)]


def test_stats_rank_utterances_and_article_pairs():
    utterances = pl.DataFrame(
        {
            "utterance_id": ["a:u001", "a:u002", "b:u001", "c:u001"],
            "speaker_name": ["X", "Y", "Z", "W"],
            "text": ["one", "two", "three", "four"],
            "n_quotes": [2, 3, 1, 3],
            "n_articles": [2, 2, 1, 3],
        }
    )
    got = stats._utterances(utterances)
    assert got["utterance_id"].to_list() == ["c:u001", "a:u002", "a:u001"]  # single report out
    alignments = pl.DataFrame(
        {
            "article_id_a": ["a", "a", "a", "b"],
            "article_id_b": ["b", "b", "c", "c"],
            "start_char_a": [0, 50, 0, 0],
            "end_char_a": [10, 60, 30, 5],
            "kind": ["verbatim", "paraphrase", "near-verbatim", "paraphrase"],
        }
    )
    articles = pl.DataFrame({"article_id": ["a", "b", "c"], "text": ["x" * 100] * 3})
    pairs = stats._pairs(alignments, articles)
    assert pairs.select("article_id_a", "article_id_b").rows() == [
        ("a", "c"),
        ("a", "b"),
        ("b", "c"),
    ]
    assert pairs.row(0) == ("a", "c", 30, 0.3, 1, 0)
    assert pairs.row(1) == ("a", "b", 10, 0.1, 1, 1)  # the paraphrase adds no reused text
    assert pairs.row(2) == ("b", "c", 0, 0.0, 0, 1)


def test_stats_show_the_seeds_shared_utterances(tables):
    s = stats.compute(tables)
    top = s.utterances.row(0, named=True)
    assert top["articles"] == 2 and top["quotes"] >= 2
    assert "Jake Sullivan" in s.utterances["speaker_name"].to_list()
    md = stats.markdown(s)
    assert "**Most-reported utterances**" in md and "**Article pairs sharing the most text**" in md
    pair = s.pairs.row(0, named=True)
    assert (pair["article_id_a"], pair["article_id_b"]) == tuple(
        sorted(tables["articles"]["article_id"])
    )
    assert pair["paraphrases"] == tables["alignments"].height - pair["reuse_passages"]


def test_the_readme_across_articles_snippet_runs(root: Path, monkeypatch):
    readme = (root / "README.md").read_text("utf-8")
    section = readme.split("\n## Across articles\n", 1)[1].split("\n## ", 1)[0]
    (code,) = re.findall(r"```python\n(.*?)```", section, re.S)
    monkeypatch.chdir(root)
    namespace: dict = {}
    exec(compile(code, "<README>", "exec"), namespace)
    shared = namespace["shared"]
    sullivan = shared.filter(pl.col("speaker_name") == "Jake Sullivan")
    assert sullivan["article_id"].n_unique() == 2 and sullivan["utterance_id"].n_unique() == 1
    assert set(namespace["reused"].columns) == {"article_id_a", "article_id_b", "reused_chars"}
