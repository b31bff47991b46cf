"""The hand check of the PolNeAR pronoun stand-in, on a short text written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from trump_putin_call.pipeline import polnear_gold, polnear_pronouns


def _gold(between: str, article: str = "a") -> polnear_gold.GoldArticle:
    """'Ana Ruiz said …', ``between``, then '“We will appeal,” she said.'"""
    text = f"Headline\n\nAna Ruiz said the vote was fair.\n\n{between}“We will appeal,” she said.\n"
    quote = text.index("“We")

    def span(words: str, after: int = 0) -> str:
        start = text.index(words, after)
        return f"{start} {start + len(words)}"

    lines = [
        f"T1\tSource {span('Ana Ruiz')}\tAna Ruiz",
        f"T2\tCue {span('said')}\tsaid",
        f"T3\tContent {span('the vote was fair')}\tthe vote was fair",
        f"T4\tContent {span('“We will appeal,”')}\t“We will appeal,”",
        f"T5\tSource {span('she', quote)}\tshe",
        f"T6\tCue {span('said', quote)}\tsaid",
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
        "E2\tAttribution:T6 Source:T5 Cue:T6 Content:T4",
    ]
    ann = polnear_gold.parse_ann("\n".join(lines) + "\n")
    return polnear_gold.gold_article(article, text, text, ann)


def test_a_blind_item_marks_the_pronoun_and_shows_no_answer():
    (p,) = polnear_pronouns.pronouns(_gold(""))
    shown = polnear_pronouns.blind(p)
    assert p.key == f"a@{p.text.index('she said.')}"
    assert "“We will appeal,” [[she]] said." in shown
    assert shown.startswith(f"=== ITEM {p.key}\tpronoun='she'")
    assert "stand" not in shown  # neither the stand-in nor a prediction


def test_the_sample_is_the_same_draw_every_time():
    golds = [_gold(""), _gold("The court met.\n\n", "b")]
    one = [p.key for p in polnear_pronouns.sample(golds, 1)]
    assert one == [p.key for p in polnear_pronouns.sample(golds, 1)]
    assert len(polnear_pronouns.sample(golds, 5)) == 2


def test_referents_not_sure_or_naming_nobody_are_left_out(tmp_path: Path):
    refs = tmp_path / "refs.tsv"
    refs.write_text(
        "key\treferent\tsure\tnote\na@1\tAna Ruiz\tyes\t\na@2\tAna Ruiz\tno\t\n"
        "a@3\t?\tyes\t\na@4\tAUTHOR\tyes\t\n",
        encoding="utf-8",
    )
    assert polnear_pronouns.read_refs(refs) == {"a@1": "Ana Ruiz"}
    (tmp_path / "bad.tsv").write_text("key\twho\na@1\tAna\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="referent"):
        polnear_pronouns.read_refs(tmp_path / "bad.tsv")


@pytest.mark.parametrize(("between", "reach"), [("", "within"), ("A.\n\nB.\n\nC.\n\n", "beyond")])
def test_the_stand_in_is_counted_by_its_reach(between, reach):
    found = list(polnear_pronouns.pronouns(_gold(between)))
    (p,) = found
    right = polnear_pronouns.stand_in_counts(found, {p.key: "Ana Ruiz"})
    wrong = polnear_pronouns.stand_in_counts(found, {p.key: "Tom Hart"})
    assert right == {(reach, "right"): 1} and wrong == {(reach, "wrong"): 1}


def test_the_pipeline_is_scored_against_the_stand_in_and_the_hand():
    gold = _gold("")
    (p,) = polnear_pronouns.pronouns(gold)
    start = gold.text.index("We will")
    row = {
        "start_char": start,
        "end_char": start + len("We will appeal,"),
        "text": "We will appeal,",
        "quote_type": "direct",
        "speaker_name": "Ana Ruiz",
        "speaker_text": "she",
        "speaker_start": p.item.source_at[0],
        "cue": "said",
    }
    got = polnear_pronouns.pipeline_counts([(gold, [row])], {p.key: "Maria Ruiz"})
    assert got == {("within", "rows"): 1, ("within", "stand-in"): 1, ("within", "hand"): 1}
    got = polnear_pronouns.pipeline_counts([(gold, [row])], {p.key: "Tom Hart"})
    assert got[("within", "hand")] == 0 and got[("within", "stand-in")] == 1


def test_the_test_split_is_refused(tmp_path: Path):
    with pytest.raises(SystemExit, match="held out"):
        polnear_pronouns.main(["sample", str(tmp_path), "--split", "test"])
