"""The hand-annotated cross-article gold (eval/crossarticle): offsets exact, references sound."""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parents[1] / "eval" / "crossarticle"
RAW = GOLD.parents[1] / "raw"


def _rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (GOLD / name).read_text("utf-8").splitlines()]


def _raw(name: str) -> str:
    return (RAW / name).read_text("utf-8")


def test_every_excerpt_is_the_raw_text_at_its_offsets() -> None:
    excerpts = [u for u in _rows("units.jsonl")]
    for p in _rows("same_fact.jsonl"):
        excerpts += [p["a"], p["b"]]
    for g in _rows("utterances.jsonl"):
        excerpts += g["reports"]
    assert len(excerpts) > 200
    for e in excerpts:
        assert _raw(e["source_path"])[e["start"] : e["end"]] == e["text"], e


def test_pairs_point_at_units_of_each_article() -> None:
    units = {u["unit"]: u for u in _rows("units.jsonl")}
    pairs = _rows("same_fact.jsonl")
    assert {p["label"] for p in pairs} == {"same", "related"}
    assert len({(p["a"]["unit"], p["b"]["unit"]) for p in pairs}) == len(pairs)
    for p in pairs:
        a, b = units[p["a"]["unit"]], units[p["b"]["unit"]]
        assert a["source_path"].startswith("000_") and b["source_path"].startswith("001_")
        assert (a["start"], a["end"]) == (p["a"]["start"], p["a"]["end"])
        if p["label"] == "same":
            assert a["kind"] == b["kind"] == "sentence"


def test_utterance_reports_lie_in_their_units_and_span_two_articles() -> None:
    units = {u["unit"]: u for u in _rows("units.jsonl")}
    for g in _rows("utterances.jsonl"):
        assert g["link"] in ("same", "distinct") and g["speaker"]
        assert len({r["source_path"] for r in g["reports"]}) == 2
        for r in g["reports"]:
            u = units[r["unit"]]
            assert u["start"] <= r["start"] < r["end"] <= u["end"]


@pytest.mark.parametrize("kind", ["heading", "list item", "sentence"])
def test_units_do_not_overlap_and_cover_each_kind(kind: str) -> None:
    units = _rows("units.jsonl")
    assert any(u["kind"] == kind for u in units)
    by_file: dict[str, list[tuple[int, int]]] = {}
    for u in units:
        by_file.setdefault(u["source_path"], []).append((u["start"], u["end"]))
    for spans in by_file.values():
        spans.sort()
        assert all(e1 <= s2 for (_, e1), (s2, _) in pairwise(spans))


def test_make_script_reproduces_the_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("gold_make", GOLD / "_make.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "HERE", tmp_path)
    module.main()
    for name in ("units.jsonl", "same_fact.jsonl", "utterances.jsonl"):
        assert (tmp_path / name).read_bytes() == (GOLD / name).read_bytes(), name
