"""The build's progress bar: on a terminal only, never in CI, and it says how far it is."""

from __future__ import annotations

import io

import pytest

from trump_putin_call.pipeline.progress import Progress, wanted


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_shown_on_a_terminal_outside_ci(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    stream = Terminal()
    assert wanted(stream)
    with Progress(articles=5, words=5000, cached=1, stream=stream) as bar:
        assert bar.enabled
        for _ in range(4):
            bar.advance(1250)
    shown = stream.getvalue()
    assert "5/5 articles (1 cached)" in shown
    assert "100%" in shown
    assert "words/s" in shown or "s/ words" in shown  # the rate, in words
    assert "<" in shown  # elapsed<remaining


@pytest.mark.parametrize("ci", ["true", "1"])
def test_quiet_in_ci(monkeypatch, ci):
    monkeypatch.setenv("CI", ci)
    stream = Terminal()
    assert not wanted(stream)
    with Progress(articles=2, words=10, stream=stream) as bar:
        bar.advance(10)
    assert stream.getvalue() == ""


def test_quiet_when_not_a_terminal(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    stream = io.StringIO()
    assert not wanted(stream)
    with Progress(articles=2, words=10, stream=stream) as bar:
        bar.advance(10)
    assert stream.getvalue() == "" and bar.done_articles == 1 and bar.done_words == 10


def test_a_build_draws_it_on_a_terminal(monkeypatch, tmp_path):
    """The build counts every article into the bar (on standard error)."""
    import sys

    from trump_putin_call.pipeline.build import build

    monkeypatch.delenv("CI", raising=False)
    stream = Terminal()
    monkeypatch.setattr(sys, "stderr", stream)
    src = tmp_path / "src"
    src.mkdir()
    for i in range(3):
        (src / f"{i}.txt").write_text(f"Putin called Trump {i} times.\n", encoding="utf-8")
    build(src, tmp_path / "build", tmp_path / "datapackage.json")
    assert "3/3 articles" in stream.getvalue()
    stream.truncate(0)
    build(src, tmp_path / "build", tmp_path / "datapackage.json", progress=False)
    assert stream.getvalue() == ""
