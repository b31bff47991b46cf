"""The generated reuse corpus: deterministic, truth exact by construction, and found."""

from __future__ import annotations

from pathlib import Path

import pytest
from crosslink_helpers import tables

from trump_putin_call.bench import reuse_corpus
from trump_putin_call.pipeline.crosslink import crosslink
from trump_putin_call.pipeline.crosslink.evaluate import score_reuse
from trump_putin_call.pipeline.crosslink.text import words

EVAL = Path(__file__).resolve().parents[1] / "eval"


@pytest.fixture(scope="module")
def generated() -> tuple[dict[str, str], list[reuse_corpus.Truth]]:
    return reuse_corpus.generate(EVAL, derived=30)


def test_same_seed_same_corpus_other_seed_other_corpus(generated) -> None:
    assert reuse_corpus.generate(EVAL, derived=30) == generated
    assert reuse_corpus.generate(EVAL, seed="another", derived=30)[0] != generated[0]


def test_truth_rows_are_exact_by_construction(generated) -> None:
    corpus, truth = generated
    assert {t.edit for t in truth} == {"verbatim", "word", "drop", "quotes"}
    for t in truth:
        a = corpus[t.article_a][t.start_a : t.end_a]
        b = corpus[t.article_b][t.start_b : t.end_b]
        assert t.article_a < t.article_b or t.article_a.startswith("src")
        if t.edit == "word":
            wa, wb = words(a), words(b)
            assert len(wa) == len(wb) and sum(x != y for x, y in zip(wa, wb, strict=True)) <= 2
        else:
            assert words(a) == words(b), t
        if t.edit == "quotes":
            assert a != b


def test_unrelated_base_texts_share_at_most_one_4gram() -> None:
    kept = reuse_corpus.unrelated(reuse_corpus.base_texts(EVAL))
    assert 150 < len(kept) < len(reuse_corpus.base_texts(EVAL))


def test_reuse_recall_and_no_false_pair_on_regex_sentences(generated) -> None:
    corpus, truth = generated
    links = crosslink(tables(corpus))
    got = score_reuse(links, [t.__dict__ for t in truth])
    assert got["recall"] >= 0.98
    assert got["false_article_pairs"] == 0


def test_write_and_missing_eval_folder(tmp_path: Path) -> None:
    n, t = reuse_corpus.write(tmp_path, EVAL, derived=10)
    assert len(list((tmp_path / "corpus").glob("*.txt"))) == n
    assert len((tmp_path / "truth.jsonl").read_text("utf-8").splitlines()) == t
    with pytest.raises(FileNotFoundError, match="no evaluation texts"):
        reuse_corpus.base_texts(tmp_path / "nothing")


def test_cost_corpus_is_seeded_and_prefix_stable() -> None:
    from trump_putin_call.bench import crosslink_cost

    small, large = crosslink_cost.corpus(5), crosslink_cost.corpus(12)
    assert all(large[k] == v for k, v in small.items())
    m = crosslink_cost.measure(12)
    assert m["articles"] == 12 and m["sentences"] > 12 * 8
