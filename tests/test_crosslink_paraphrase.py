"""Paraphrase alignment: the story gate and the sentence score, on short texts written here."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from trump_putin_call.pipeline.crosslink import evaluate, paraphrase


def test_story_similarity_weighs_the_entities_a_story_is_about() -> None:
    # One main actor mentioned often in both, different side characters once each: the set
    # cosine would be 1/3; the mention counts say both stories are about the same person.
    a = {"person:ann_lee": 5, "gpe:ohio": 1, "org:senate": 1}
    b = {"person:ann_lee": 4, "gpe:iowa": 1, "org:house": 1}
    assert paraphrase.story_similarity(a, b) == 0.91
    assert paraphrase.story_similarity(a, {"person:bob_roe": 6, "gpe:ohio": 1}) == 0.03
    assert paraphrase.story_similarity(a, {}) == 0.0


def test_entities_every_article_names_count_least() -> None:
    # Three articles all name the candidate; two of them are about one rally in Iowa.
    articles = {
        "x": {"p:lee": 3, "g:iowa": 2},
        "y": {"p:lee": 3, "g:iowa": 2, "o:gop": 1},
        "z": {"p:lee": 4, "g:ohio": 2},
    }
    w = paraphrase.entity_weights(articles)
    assert w["p:lee"] == 1.0 and round(w["g:ohio"], 3) == 1.693  # ln(4/2) + 1
    assert paraphrase.story_similarity(articles["x"], articles["y"], w) == 0.92
    # Unweighted, the shared candidate makes x and z look alike (0.74); weighted, less so.
    assert paraphrase.story_similarity(articles["x"], articles["z"]) == 0.74
    assert paraphrase.story_similarity(articles["x"], articles["z"], w) == 0.58


def _terms(text: str, *ids: str) -> list[str]:
    return paraphrase.terms(text, ids)


def test_align_needs_the_same_story_and_a_shared_claim() -> None:
    sentences = {
        "x:s1": _terms("Ann Lee won the Ohio primary by nine points on Tuesday night.", "p:ann"),
        "x:s2": _terms("Voters waited in long lines at several polling stations.", "p:ann"),
        "y:s1": _terms("On Tuesday night Ann Lee won the primary in Ohio comfortably.", "p:ann"),
        "y:s2": _terms("The weather in the capital stayed mild all week long.", "p:ann"),
    }
    article_of = {s: s.split(":")[0] for s in sentences}
    same_story = {"x": Counter({"p:ann": 5, "g:ohio": 1}), "y": Counter({"p:ann": 4, "o:gop": 1})}
    pairs = paraphrase.align(sentences, article_of, same_story)
    assert [(a, b) for a, b, _ in pairs] == [("x:s1", "y:s1")]
    assert pairs[0][2] >= paraphrase.THRESHOLD
    # Another story (its main actor is someone else): nothing is aligned, however similar.
    other = {"x": Counter({"p:ann": 5}), "y": Counter({"p:bob": 6, "p:ann": 1})}
    assert paraphrase.align(sentences, article_of, other) == []


def test_evaluate_scores_another_gold_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    root = Path(__file__).resolve().parents[1]
    gold = root / "eval" / "crossarticle"
    assert evaluate.main(["--gold", str(gold), "--package", str(root)]) == 0
    out = capsys.readouterr().out
    assert "'gold_same': 41" in out and "'precision': " in out and "reuse" not in out
    with pytest.raises(SystemExit):
        evaluate.main(["--gold", str(tmp_path), "--package", str(root)])
    assert "no same_fact.jsonl" in capsys.readouterr().err
