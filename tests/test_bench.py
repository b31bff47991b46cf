"""The benchmark: its corpus is deterministic and realistic enough, and its measuring
and reporting work (the full run is `nox -s bench`, never part of the tests)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from trump_putin_call.bench import corpus, measure, run
from trump_putin_call.pipeline.blocks import segment

#: sha256 of the text of articles 0, 1, 2 and 1999, as first written (PYTHONHASHSEED 0 and
#: 123 gave the same): a change to the templates, word banks or generator changes them, and
#: the README's bench figures then describe another corpus.
FIRST_ARTICLES = {
    0: ("world/00000.txt", 287, "1a9763c55fb71a91238c59f13a01cf8f6ee7bbac35c4a1b727b9964ce465b9bc"),
    1: ("world/00001.txt", 209, "3ff698689417eb528597ca0753847c8f4e4ed04283cb3fe396a50429937cdee3"),
    2: (
        "politics/00002.txt",
        494,
        "00a78068c2daa2464d9f754109ca54d4c213f94c25f9b4a17b4a28d19ce80a3f",
    ),
    1999: (
        "business/01999.txt",
        444,
        "3658c82cd76e7ac1de8393b69ced1c7ae8ea2a721ba0b96ad113752f6fe3b4b5",
    ),
}


def _fingerprint(a: corpus.Article) -> tuple[str, int, str]:
    return a.source_path, a.words, hashlib.sha256(a.text.encode("utf-8")).hexdigest()


def test_the_corpus_is_the_recorded_one():
    assert {n: _fingerprint(corpus.article(n)) for n in FIRST_ARTICLES} == FIRST_ARTICLES


def test_the_corpus_is_the_same_in_another_process_with_another_hash_seed():
    code = (
        "import hashlib; from trump_putin_call.bench import corpus; "
        "print([hashlib.sha256(corpus.article(n).text.encode()).hexdigest() for n in (0, 1, 2)])"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONHASHSEED": "4242"},
    )
    assert done.stdout.strip() == str([FIRST_ARTICLES[n][2] for n in (0, 1, 2)])


def test_the_corpus_is_deterministic():
    assert corpus.article(7).text != corpus.article(8).text
    assert [a.text for a in corpus.articles(3)] == [corpus.article(n).text for n in range(3)]
    # Article n does not depend on the corpus size: the small corpus is a prefix.
    assert list(corpus.articles(5))[:3] == list(corpus.articles(3))


@pytest.fixture(scope="module")
def full() -> list[corpus.Article]:
    return list(corpus.articles())


def test_the_full_corpus_is_big_enough(full):
    assert len(full) == corpus.ARTICLES >= 2000
    assert sum(a.words for a in full) >= 800_000
    assert len({a.text for a in full}) == len(full)
    assert len({a.source_path for a in full}) == len(full)


def test_articles_have_what_real_news_has(full):
    """Titles, datelines, headings, lists, page furniture and quotes of every kind."""
    types: dict[str, int] = {}
    for art in full[:300]:
        for block in segment(art.text):
            types[block.type] = types.get(block.type, 0) + 1
            if block.rule:
                types[block.rule] = types.get(block.rule, 0) + 1
    for kind in ("title", "dateline", "heading", "list_item", "paragraph", "boilerplate"):
        assert types.get(kind, 0) >= 20, (kind, types)
    for rule in ("cookie_notice", "read_more_link", "share_prompt", "teaser_truncated"):
        assert types.get(rule, 0) >= 5, (rule, types)
    text = "\n".join(a.text for a in full[:300])
    assert text.count("“") >= 500 and text.count('"') >= 100  # curly and straight marks
    assert text.count(" said") >= 1000 and "according to" in text.lower()


def test_the_corpus_is_written_as_a_source_folder(tmp_path):
    from trump_putin_call.pipeline.build import read_all
    from trump_putin_call.pipeline.sources import read_sources

    n, words = corpus.write(tmp_path / "c", 6)
    assert n == 6 and words == sum(a.words for a in corpus.articles(6))
    raws, rejected = read_all(tmp_path / "c")
    assert rejected == [] and len(raws) == 6
    assert {r.encoding for r in raws} == {"utf-8"}
    sources = read_sources(tmp_path / "c")
    assert sorted(sources) == sorted(r.source.source_path for r in raws)
    assert all(s.outlet and s.published for s in sources.values())
    again = corpus.write(tmp_path / "c", 6)  # rewritten from scratch, identically
    assert again == (n, words)


def test_memory_of_a_process_tree_is_measured():
    code = "import subprocess, sys; b = bytearray(80 * 2**20); " + (
        "subprocess.run([sys.executable, '-c', 'b = bytearray(60 * 2**20); "
        "import time; time.sleep(0.5)'])"
    )
    m = measure.measure([sys.executable, "-c", code], interval=0.02)
    assert m.returncode == 0
    assert m.peak_rss >= 140 * 2**20  # parent and child together
    assert m.max_rss >= 80 * 2**20
    assert m.seconds >= 0.5


def test_the_report_gives_every_ratio(tmp_path):
    def measured(seconds: float, rss: int) -> dict:
        return {"seconds": seconds, "peak_rss": rss, "max_rss": rss, "returncode": 0}

    res = {
        "machine": {
            "cpu": "CPU",
            "cores": 2,
            "memory_gib": 8.0,
            "os": "Linux",
            "python": "3.11",
            "versions": {"spacy": "3.8"},
            "load_average_at_start": [0.1, 0, 0],
            "load_average_at_end": [1.9, 0, 0],
        },
        "articles": 2000,
        "small": 500,
        "words": 1_000_000,
        "bare_1": {"words_per_s": 4000.0},
        "bare_2": {"words_per_s": 7800.0},
        "build_1": measured(250, 700 * 2**20) | {"words_per_s": 4000.0},
        "build_2": measured(125, 1200 * 2**20) | {"words_per_s": 8000.0},
        "identical_1_2": True,
        "build_small": measured(70, 650 * 2**20),
        "frictionless": {"seconds": 50},
        "checks": {"seconds": 2},
        "incremental": measured(10, 600 * 2**20) | {"annotated": 1, "cached": 1999},
        "identical_incremental_clean": True,
        "load": {"package": [0.8, 0.9, 0.7], "polars": [0.7, 0.6, 0.8]},
        "samples": {"bare_1": [250, 260], "build_1": [250, 270], "build_2": [140, 125]},
    }
    r = run.ratios(res)
    assert r["pipeline_vs_spacy"] == 1.0 and r["speedup_2_workers"] == 2.0
    assert r["incremental_vs_clean"] == 0.04 and r["frictionless_vs_build"] == 0.2
    assert r["load_vs_polars"] == pytest.approx(0.8 / 0.7)
    text = run.report(res)
    assert "| 2. build with 2 workers ÷ 1 worker | **2.00×** (250 s → 125 s)" in text
    assert "annotated 1, cached 1999" in text and "**no**" not in text
    assert "fastest of 2 runs, made in alternation (bare 1: 250, 260 s;" in text
    (tmp_path / "results.json").write_text(json.dumps(res))
    assert run.main(["--report", str(tmp_path / "results.json")]) == 0


def test_the_bench_session_exists(root: Path):
    noxfile = (root / "noxfile.py").read_text("utf-8")
    assert "def bench(" in noxfile and "trump_putin_call.bench" in noxfile


def test_the_scale_report_computes_ratios_and_core_hours():
    from trump_putin_call.bench import scale

    res = {
        "machine": {"cpu": "x", "cores": 2, "load_average_at_start": [1.0]}
        | {"load_average_at_end": [2.0]},
        "articles": 400,
        "lines": None,
        "words": 192_000,
        "samples": {"processes_2": [24.0, 26.0], "dask_2": [30.0, 25.0]},
        "identical": True,
        "memory": {"2000": {"client_peak": 200 * 2**20}, "20000": {"client_peak": 220 * 2**20}},
    }
    text = scale.report(res)
    assert "**0.96** (7,680 ÷ 8,000 words/s; 25 s and 24 s); byte-identical: yes" in text
    assert "**200 MiB** at 2,000 articles, **220 MiB** at 20,000 articles (×1.10" in text
    # 4,000 words/s per core: 480 million words in 33 hours.
    assert "4,000 words/s" in text and "**33 core-hours**" in text
