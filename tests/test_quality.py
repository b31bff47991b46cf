"""The quality guard: every evaluation set scored again, held to ``eval/figures.json``.

The README's figure tables are generated from the same file, so a green run says the
README's numbers still hold. The sets are annotated once per test session (about 20 s
of CPU). Held-out sets are a pass/fail guard only: a failure names the figure and its
value, never an error of the set.
"""

from __future__ import annotations

import copy
import importlib.util
from pathlib import Path
from typing import Any

import pytest

from trump_putin_call import figures
from trump_putin_call.pipeline import evaluation

ROOT = Path(__file__).resolve().parents[1]
RECORDED = figures.load(ROOT / figures.FILE)
#: Where issue 15's PolNeAR benchmark reads its data (train and dev; never a test split).
POLNEAR_DIR = ROOT.parent / "shared" / "data" / "polnear"


@pytest.fixture(scope="session")
def measured() -> dict[str, Any]:
    """Every quote and entity set scored by the current pipeline, once per session."""
    return evaluation.measure(ROOT)


def _only(figs: dict[str, Any], kind: str, name: str) -> dict[str, Any]:
    return {kind: {name: figs[kind][name]}} if name in figs.get(kind, {}) else {kind: {}}


def test_the_readme_figures_are_generated_from_the_recorded_file(root: Path):
    readme = (root / "README.md").read_text("utf-8")
    assert readme.count(figures.START) == 1 and readme.count(figures.END) == 1
    assert figures.render(readme, RECORDED) == readme, (
        "the README's figures differ from eval/figures.json: run `nox -s docs`"
    )
    tolerance = RECORDED["tolerance"]
    assert 0 < tolerance <= 0.01
    assert f"more than **{tolerance}** below" in readme


def test_every_set_is_recorded_with_its_role():
    assert {n: f["held_out"] for n, f in RECORDED["quotes"].items()} == {
        n: held for n, (_, held) in evaluation.QUOTE_SETS.items()
    }
    assert {n: f["held_out"] for n, f in RECORDED["entities"].items()} == {
        n: held for n, (_, held) in evaluation.ENTITY_SETS.items()
    }
    held_out = [n for n, f in RECORDED["entities"].items() if f["held_out"]]
    assert held_out == ["heldout", "heldout4", "heldout6", "heldout9"]


def test_the_gold_sets_have_their_recorded_size(measured):
    """An edited gold set must be recorded again (the README states its size)."""
    assert figures.counts(measured) == figures.counts(RECORDED)


@pytest.mark.parametrize("name", list(evaluation.QUOTE_SETS))
def test_quote_figures_hold(measured, name):
    failed = figures.below(
        _only(RECORDED, "quotes", name), _only(measured, "quotes", name), RECORDED["tolerance"]
    )
    assert not failed, "figures below eval/figures.json:\n" + "\n".join(failed)


@pytest.mark.parametrize("name", list(evaluation.ENTITY_SETS))
def test_entity_figures_hold(measured, name):
    failed = figures.below(
        _only(RECORDED, "entities", name), _only(measured, "entities", name), RECORDED["tolerance"]
    )
    assert not failed, "figures below eval/figures.json:\n" + "\n".join(failed)


@pytest.mark.parametrize("name", ["seeds", "generated"])
def test_crossarticle_figures_hold(measured, name):
    """Reuse recall (generated corpus), same-fact P/R and utterance linking (seeds)."""
    recorded = _only(RECORDED, "crossarticle", name)
    assert recorded["crossarticle"], f"no crossarticle/{name} figures in eval/figures.json"
    failed = figures.below(recorded, _only(measured, "crossarticle", name), RECORDED["tolerance"])
    assert not failed, "figures below eval/figures.json:\n" + "\n".join(failed)
    guarded = figures.guarded(recorded)
    assert len(guarded) == len(figures.CROSS_FIGURES[name])


def test_a_crossarticle_figure_below_its_record_fails():
    lowered = copy.deepcopy(RECORDED)
    lowered["crossarticle"]["generated"]["reuse_recall"] -= 0.01
    (failed,) = figures.below(RECORDED, lowered, RECORDED["tolerance"])
    assert failed.startswith("crossarticle/generated reuse_recall")


def test_polnear_dev_figures_hold():
    """PolNeAR dev (issue 15), when its scorer, its data and its recorded figures exist.

    The hook this guard expects: ``trump_putin_call.pipeline.polnear_run.dev_figures(data_dir)``
    returning ``{figure name: value}``, recorded under ``"polnear"`` in eval/figures.json.
    """
    if importlib.util.find_spec("trump_putin_call.pipeline.polnear_run") is None:
        pytest.skip("no PolNeAR scorer in this version (issue 15)")
    if not POLNEAR_DIR.is_dir():
        pytest.skip(f"PolNeAR is not on this machine ({POLNEAR_DIR})")
    if "polnear" not in RECORDED:
        pytest.skip("no PolNeAR figures recorded in eval/figures.json")
    from trump_putin_call.pipeline import polnear_run

    got = polnear_run.dev_figures(POLNEAR_DIR)
    tolerance = RECORDED["tolerance"]
    failed = [
        f"polnear {key}: {got.get(key)} < recorded {value} − {tolerance}"
        for key, value in RECORDED["polnear"].items()
        if key not in got or round(got[key], figures.DECIMALS) < round(value - tolerance, 6)
    ]
    assert not failed, "\n".join(failed)


def test_the_guard_fails_on_a_figure_just_below_the_tolerance():
    tolerance = RECORDED["tolerance"]
    assert figures.below(RECORDED, RECORDED, tolerance) == []
    lowered = copy.deepcopy(RECORDED)
    lowered["entities"]["heldout9"]["labels"]["ORG"]["precision"] -= tolerance + 0.001
    (failed,) = figures.below(RECORDED, lowered, tolerance)
    assert failed.startswith("entities/heldout9 ORG precision: ")
    within = copy.deepcopy(RECORDED)
    within["quotes"]["test"]["speaker_accuracy"] -= tolerance - 0.001
    assert figures.below(RECORDED, within, tolerance) == []
    missing = copy.deepcopy(RECORDED)
    del missing["quotes"]["dev2"]
    assert len(figures.below(RECORDED, missing, tolerance)) == len(figures.QUOTE_FIGURES)


def test_polnear_figures_are_shown_when_recorded():
    shown = figures.markdown(
        {**RECORDED, "polnear": {"direct F1": 0.9712, "speaker accuracy": 0.9}}
    )
    assert "| direct F1 | 0.971 |\n| speaker accuracy | 0.900 |" in shown
    assert "PolNeAR" not in figures.markdown({k: v for k, v in RECORDED.items() if k != "polnear"})


def test_recording_keeps_the_tolerance_and_the_history(tmp_path: Path):
    path = tmp_path / "figures.json"
    path.write_text(figures.dumps(RECORDED), encoding="utf-8")
    same = {"quotes": RECORDED["quotes"], "entities": RECORDED["entities"]}
    evaluation.record(same, path)  # recording the same figures changes no byte
    assert path.read_bytes() == (ROOT / figures.FILE).read_bytes()
    fresh = {"quotes": {"dev": {**RECORDED["quotes"]["dev"], "recall": 0.5}}, "entities": {}}
    evaluation.record(fresh, path)
    again = figures.load(path)
    assert again["quotes"]["dev"]["recall"] == 0.5
    assert again["quotes"]["test"] == RECORDED["quotes"]["test"]
    assert again["entities"] == RECORDED["entities"]
    assert (again["tolerance"], again["first_scores"]) == (
        RECORDED["tolerance"],
        RECORDED["first_scores"],
    )
