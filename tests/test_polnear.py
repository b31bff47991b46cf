"""The PolNeAR benchmark's reader, mapping and scorer, on short texts written for these tests."""

from __future__ import annotations

import unicodedata

import pytest

from trump_putin_call.pipeline import (
    evaluation,
    polnear,
    polnear_cues,
    polnear_gold,
    polnear_run,
    polnear_standin,
)

# Headline, then paragraphs separated by a blank line, as PolNeAR's text files are.
TEXT = (
    "Mayor Lund says “enough” to parking fees\n"
    "\n"
    "Mayor Anna Lund said the fees would go. “We heard the town,” she added.\n"
    "\n"
    "Lund believes the council will agree. Critics called the plan “a gift to drivers.”\n"
)


def _span(text: str, words: str, after: int = 0) -> str:
    start = text.index(words, after)
    return f"{start} {start + len(words)}"


def _ann(text: str, fix=lambda words: words) -> str:
    t = [
        ("T1", "Source", "Mayor Lund", 0),
        ("T2", "Cue", "says", 0),
        ("T3", "Content", "“enough” to parking fees", 0),
        ("T4", "Source", "Mayor Anna Lund", 40),
        ("T5", "Cue", "said", 40),
        ("T6", "Content", "the fees would go", 40),
        ("T7", "Content", "“We heard the town,”", 40),
        ("T8", "Cue", "added", 40),
        ("T9", "Source", "she", 40),
        ("T10", "Source", "Lund", 100),
        ("T11", "Cue", "believes", 100),
        ("T12", "Content", "the council will agree", 100),
        ("T13", "Source", "Critics", 100),
        ("T14", "Cue", "called", 100),
        ("T15", "Content", "the plan “a gift to drivers.”", 100),
    ]
    lines = [
        f"{tid}\t{kind} {_span(text, fix(words), after)}\t{fix(words)}"
        for tid, kind, words, after in t
    ]
    lines += [
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
        "E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6",
        "E3\tAttribution:T8 Source:T9 Cue:T8 Content:T7",
        "E4\tAttribution:T11 Source:T10 Cue:T11 Content:T12",
        "E5\tAttribution:T14 Source:T13 Cue:T14 Content:T15",
    ]
    return "\n".join(lines) + "\n"


def _gold(text: str = TEXT, raw: str | None = None, fix=lambda w: w) -> polnear_gold.GoldArticle:
    raw = text if raw is None else raw
    return polnear_gold.gold_article("a", raw, text, polnear_gold.parse_ann(_ann(raw, fix)))


def test_parse_ann_reads_fragments_continuation_lines_and_roles():
    ann = (
        "T1\tSource 0 4\tLund\n"
        "T2\tCue 5 9\tsaid\n"
        "T3\tContent 10 20;30 40\tfirst part\n"
        "second line of the same span text\n"
        "T4\tContent 50 60\tmore\n"
        "T5\tDiscard 70 80\tEditor's note\n"
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3 Content2:T4\n"
    )
    got = polnear_gold.parse_ann(ann)
    (att,) = got.attributions
    assert att.source.fragments == ((0, 4),) and att.cue.fragments == ((5, 9),)
    assert [c.fragments for c in att.content] == [((10, 20), (30, 40)), ((50, 60),)]
    assert [d.fragments for d in got.discards] == [((70, 80),)]


def test_parse_ann_names_the_file_and_line_of_a_dangling_reference():
    with pytest.raises(polnear_gold.BratError, match=r"x\.ann, line 2: Cue names 'T9'"):
        polnear_gold.parse_ann("T1\tContent 0 4\tabcd\nE1\tContent:T1 Cue:T9\n", "x.ann")


def test_the_first_annotators_file_in_sorted_order_is_used(tmp_path):
    for name in ("story_beta.ann", "story_alpha.ann", "story_extra_alpha.ann"):
        (tmp_path / name).write_text("", "utf-8")
    assert polnear_gold.annotation_file(tmp_path, "story").name == "story_alpha.ann"
    assert polnear_gold.annotation_file(tmp_path, "story_extra").name == "story_extra_alpha.ann"
    assert polnear_gold.annotation_file(tmp_path, "missing") is None


@pytest.mark.parametrize(
    ("cue", "speech"),
    [
        ("said", True),
        ("has repeatedly said", True),
        ("wrote", True),
        ("tweeted", True),
        ("admitted", True),
        ("denies", True),
        ("According to", True),
        ("told reporters", True),
        ("is calling for", True),
        ("believes", False),
        ("wants", False),
        ("fears", False),
        ("showed", False),
        ("ruled", False),
    ],
)
def test_speech_cues(cue, speech):
    assert polnear_cues.is_speech_cue(cue) is speech


def test_straight_marks_take_their_direction_from_their_neighbours():
    # a lost paragraph break: the first quote never closes, the next one opens
    text = 'He said: "It was the cake. "There have been more," he said, "and more."'
    got = [text[a:b] for a, b in polnear_gold.quoted_stretches(text, 0, len(text))]
    assert got == ["It was the cake.", "There have been more,", "and more."]


def test_an_opening_curly_mark_typed_where_the_quote_closes_closes_it():
    text = "He called it “abhorrent“ in a tweet, and said “we will win.“ Then “more“"
    got = [text[a:b] for a, b in polnear_gold.quoted_stretches(text, 0, len(text))]
    assert got == ["abhorrent", "we will win.", "more"]


def test_a_quote_over_two_paragraphs_is_one_stretch_per_paragraph():
    text = "“First part of it.\n\n“Second part.”"
    got = [text[a:b] for a, b in polnear_gold.quoted_stretches(text, 0, len(text))]
    assert got == ["First part of it.", "Second part."]


def test_mapping_of_attributions_onto_quote_types():
    gold = _gold()
    assert gold.left_out == 1  # the headline's attribution
    quoted = [(TEXT[a:b], g.source, g.cue) for g in gold.quoted for a, b in g.ranges]
    # "she" stands for the nearest earlier named source
    assert quoted == [
        ("We heard the town,", "Mayor Anna Lund", "added"),
        ("a gift to drivers.", "Critics", "called"),
    ]
    scope = [(" ".join(TEXT[a:b] for a, b in g.ranges), g.in_scope) for g in gold.reported]
    assert scope == [
        ("the fees would go", True),
        ("“We heard the town,”", False),  # wholly in marks: a quoted stretch only
        ("the council will agree", False),  # a belief
        ("the plan “a gift to drivers.”", False),  # two words outside the marks
    ]


def test_offsets_follow_normalisation():
    def fix(words):
        return words.replace("Anna", "Ana\u0301na")  # decomposed: NFC shortens the text

    raw = fix(TEXT)
    text = unicodedata.normalize("NFC", raw)
    gold = _gold(text, raw, fix)
    ((a, b),) = gold.reported[0].ranges
    assert text[a:b] == "the fees would go"
    assert gold.quoted[0].source == "Mayor Anána Lund"


def _row(text, words, kind, speaker=None, cue=None, at=None):
    start = text.index(words)
    return {
        "start_char": start,
        "end_char": start + len(words),
        "text": words,
        "quote_type": kind,
        "speaker_name": speaker,
        "speaker_text": speaker,
        "speaker_start": at,
        "cue": cue,
    }


def test_scores_count_matches_scope_speakers_and_cues():
    pred = [
        _row(TEXT, "We heard the town,", "direct", "Anna Lund", "added"),
        _row(TEXT, "a gift to drivers.", "partial", "Lund", "called"),  # wrong speaker
        _row(TEXT, "the fees would go", "indirect", "Anna Lund", "said"),
        _row(TEXT, "the council will agree", "indirect", "Anna Lund", "believes"),  # ignored
        _row(TEXT, "enough", "partial", "Anna Lund", "says"),  # in the headline: ignored
    ]
    s = polnear.score([(_gold(), pred)])
    assert (s.quoted.tp, s.quoted.n_pred, s.quoted.n_gold) == (2, 2, 2)
    assert (s.reported.tp, s.reported.n_pred, s.reported.n_gold) == (1, 1, 1)
    assert s.ignored_pred == 1 and s.out_of_scope == 3
    assert (s.speaker.tp, s.speaker.n_gold) == (2, 3)
    # "she added": scored against the stand-in antecedent, apart from the named sources
    assert (s.speaker_pronoun.tp, s.speaker_pronoun.n_gold) == (1, 1)
    assert (s.speaker_named.tp, s.speaker_named.n_gold) == (1, 2)
    assert (s.cue.tp, s.cue.n_gold) == (3, 3)
    assert any("speaker 'Lund'" in e and "'Critics'" in e for e in s.errors)


def test_a_spurious_and_a_missed_row_cost_precision_and_recall():
    pred = [_row(TEXT, "Lund believes the council", "direct")]
    s = polnear.score([(_gold(), pred)])
    assert (s.quoted.tp, s.quoted.n_pred, s.quoted.n_gold) == (0, 1, 2)
    assert s.reported.recall == 0.0 and s.reported.precision == 1.0


def test_a_pronoun_without_a_named_antecedent_matches_itself():
    item = polnear_gold.GoldItem([(0, 1)], "he", "said", True, (10, 12))
    assert polnear.speaker_right(item, {"speaker_name": "Somebody", "speaker_start": 10})
    assert not polnear.speaker_right(item, {"speaker_name": "Somebody", "speaker_start": 30})


def test_options_are_taken_out_of_the_set_names():
    rest, opts = polnear_run.split_args(
        ["-v", "--polnear", "/data/pn", "quotes/dev", "--polnear-split=dev", "--polnear-limit", "5"]
    )
    assert rest == ["-v", "quotes/dev"]
    assert (str(opts.root), opts.splits, opts.limit) == ("/data/pn", ("dev",), 5)


def test_a_missing_corpus_is_skipped_with_how_to_get_it(tmp_path, capsys):
    assert evaluation.main(["--polnear", str(tmp_path / "nowhere"), "polnear/dev"]) == 0
    out = capsys.readouterr().out
    assert "networkdynamics/PolNeAR" in out and "skipped" in out
    assert "quotes/" not in out  # only the set asked for


def test_two_apostrophes_are_a_double_mark():
    text = "''We will win,'' she said. ''It's ours.''"
    got = [text[a:b] for a, b in polnear_gold.quoted_stretches(text, 0, len(text))]
    assert got == ["We will win,", "It's ours."]


def test_marks_left_out_of_the_content_still_make_a_quoted_stretch():
    text = "Headline\n\n“We will win,” she said, smiling."
    start = text.index("We")
    ann = (
        f"T1\tContent {start} {start + len('We will win,')}\tWe will win,\n"
        f"T2\tCue {text.index('said')} {text.index('said') + 4}\tsaid\n"
        "E1\tCue:T2 Content:T1\n"
    )
    gold = polnear_gold.gold_article("b", text, text, polnear_gold.parse_ann(ann))
    assert [text[a:b] for g in gold.quoted for a, b in g.ranges] == ["We will win,"]
    assert gold.quoted[0].source is None
    assert not gold.reported[0].in_scope  # nothing outside the marks


def test_a_reported_clause_matches_a_row_that_stops_at_the_clause():
    text = "Title\n\nMs Orr said that the depot would close, but the council refused to listen."
    content = "that the depot would close, but the council refused to listen"
    a = text.index(content)
    c = text.index("said")
    ann = (
        f"T1\tContent {a} {a + len(content)}\t{content}\n"
        f"T2\tCue {c} {c + 4}\tsaid\nT3\tSource {c - 7} {c - 1}\tMs Orr\n"
        "E1\tSource:T3 Cue:T2 Content:T1\n"
    )
    gold = polnear_gold.gold_article("c", text, text, polnear_gold.parse_ann(ann))
    row = _row(text, "the depot would close", "indirect", "Orr", "said", c - 7)
    s = polnear.score([(gold, [row])])
    assert (s.reported.tp, s.reported_strict.tp) == (1, 0)  # 4 of 11 words: not strictly
    tiny = _row(text, "the depot", "indirect", "Orr", "said")
    assert polnear.score([(gold, [tiny])]).reported.tp == 0  # under a quarter of the clause


@pytest.mark.parametrize(
    ("cue", "statement"),
    [
        ("said", True),
        ("spoke about", False),
        ("asked about", False),
        ("according to", True),
        ("called for", True),
        ("has repeatedly warned against", True),
        ("argued for", True),
    ],
)
def test_a_cue_ending_with_a_preposition_takes_no_statement_unless_a_demand(cue, statement):
    assert polnear_cues.takes_statement(cue) is statement


def test_a_gold_pronoun_stands_for_the_last_named_source_of_its_gender():
    named = ["Mayor Anna Lund", "Peter Marsh", "Lindqvist", "the council", "CNN"]
    assert polnear_standin.antecedent(named, "he") == "Lindqvist"  # no first name: unknown gender
    assert polnear_standin.antecedent(named, "they") == "CNN"
    assert polnear_standin.antecedent(named[:2], "she") == "Mayor Anna Lund"
    assert polnear_standin.antecedent(named[:2], "they") == "Peter Marsh"
    assert polnear_standin.antecedent([], "he") is None


def test_a_gold_he_or_she_never_stands_for_an_organisation_or_the_wrong_title():
    named = ["Ms. Okafor", "Mr. Chipok", "the FBI", "NBC"]
    assert polnear_standin.antecedent(named, "he") == "Mr. Chipok"  # not the FBI, not NBC
    assert polnear_standin.antecedent(named, "she") == "Ms. Okafor"  # not Mr. Chipok
    assert polnear_standin.antecedent(["the FBI"], "she") is None


def test_a_gold_he_or_she_never_stands_for_a_group_or_a_document():
    named = ["Ms. Okafor", "Some", "Friends", "Doyle and others", "A Marist poll"]
    text = "Her friends were there."
    assert polnear_standin.antecedent(named, "she", text) == "Ms. Okafor"
    assert polnear_standin.antecedent(named, "they", text) == "A Marist poll"
    # a plural the article never writes in lower case, and a name with "and" later, stay
    assert polnear_standin.antecedent(["Peter Marsh, head of Arts and Crafts"], "he") == (
        "Peter Marsh, head of Arts and Crafts"
    )


def test_a_gold_surname_takes_the_gender_the_article_gives_it():
    text = (
        "George Keyworth chaired the board. Ms. Lund spoke. Bill Clinton and Hillary Clinton met."
    )
    assert polnear_standin.antecedent(["Lund", "Keyworth"], "she", text) == "Lund"
    assert polnear_standin.antecedent(["Lund", "Keyworth"], "he", text) == "Keyworth"
    assert polnear_standin.antecedent(["Keyworth", "Clinton"], "she", text) == "Clinton"  # either


def test_indirect_rows_of_one_group_are_one_statement():
    rows = [
        {"start_char": 0, "end_char": 5, "quote_group": 3},
        {"start_char": 9, "end_char": 20, "quote_group": 3},
        {"start_char": 30, "end_char": 40, "quote_group": 4},
        {"start_char": 50, "end_char": 60},
    ]
    got = polnear._statements(rows)
    assert [g["ranges"] for g in got] == [[(0, 5), (9, 20)], [(30, 40)], [(50, 60)]]


def test_a_speaker_is_right_by_its_resolved_name_or_its_words_as_written():
    item = polnear_gold.GoldItem([(0, 1)], "the DNC", "said")
    expanded = {"speaker_name": "Democratic National Committee", "speaker_text": "DNC"}
    assert polnear.speaker_right(item, expanded)
    wrong = {"speaker_name": "Republican National Committee", "speaker_text": "RNC"}
    assert not polnear.speaker_right(item, wrong)
    pronoun = polnear_gold.GoldItem([(0, 1)], "Anna Lund", "said")
    assert not polnear.speaker_right(pronoun, {"speaker_name": "Tom Hart", "speaker_text": "she"})


def test_figures_of_a_split_are_rounded_and_named_for_the_guard():
    pred = [
        _row(TEXT, "We heard the town,", "direct", "Anna Lund", "added"),
        _row(TEXT, "the fees would go", "indirect", "Anna Lund", "said"),
    ]
    figs = polnear.figures_of(polnear.score([(_gold(), pred)]))
    assert figs == {
        "direct precision": 1.0,
        "direct recall": 0.5,
        "direct F1": 0.667,
        "speaker accuracy": 1.0,
        "speaker accuracy, gold source written out": 1.0,
        "speaker accuracy, gold source a pronoun (stand-in)": 1.0,
        "reported precision": 1.0,
        "reported recall": 1.0,
        "cue accuracy": 1.0,
    }


def test_an_unnamed_speaker_is_right_when_half_its_words_are_the_sources():
    item = polnear_gold.GoldItem([(0, 1)], "a congressional report", "said")
    assert polnear.speaker_right(item, {"speaker_text": "congressional report on Wednesday"})
    assert not polnear.speaker_right(item, {"speaker_text": "the senator on Wednesday"})


def test_missed_names_of_works_are_counted_apart_never_dropped():
    assert polnear.title_cased("Game of Thrones")
    assert polnear.title_cased("Make America Great Again.")
    assert not polnear.title_cased("Fantastic")  # one word: a quote as likely as a name
    assert not polnear.title_cased("we will win")
    assert not polnear.title_cased("THE WALL")  # capitals: a headline or a shout
    assert not polnear.title_cased("Never! Not Ever")


def test_a_missed_title_in_content_is_counted_as_a_title_miss():
    text = "Head\n\nLund said she watches “Game of Thrones” and “it is fine.”\n"
    ann = (
        f"T1\tSource {_span(text, 'Lund')}\tLund\n"
        f"T2\tCue {_span(text, 'said')}\tsaid\n"
        f"T3\tContent {_span(text, 'she watches “Game of Thrones” and “it is fine.”')}\tx\n"
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n"
    )
    gold = polnear_gold.gold_article("a", text, text, polnear_gold.parse_ann(ann))
    s = polnear.score([(gold, [_row(text, "it is fine.", "partial", "Lund", "said")])])
    assert (s.quoted.tp, s.quoted.n_gold, s.quoted_titles_missed) == (1, 2, 1)
    s = polnear.score([(_gold(), [])])
    assert (s.quoted.n_gold, s.quoted_titles_missed) == (2, 0)  # sentences, not names


def _pronoun_gold(between: str) -> tuple[polnear_gold.GoldArticle, str]:
    """'Ana Ruiz said …', then ``between``, then '“…,” she said.'"""
    text = f"Headline\n\nAna Ruiz said the vote was fair.\n\n{between}“We will appeal,” she said.\n"
    spans = [
        ("T1", "Source", "Ana Ruiz"),
        ("T2", "Cue", "said"),
        ("T3", "Content", "the vote was fair"),
        ("T4", "Content", "“We will appeal,”"),
        ("T5", "Source", "she"),
        ("T6", "Cue", "said."),
    ]
    after = {"T5": text.index("“We"), "T6": text.index("“We")}
    lines = [
        f"{tid}\t{kind} {_span(text, words.rstrip('.'), after.get(tid, 0))}\t{words}"
        for tid, kind, words in spans
    ]
    lines += ["E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3"]
    lines += ["E2\tAttribution:T6 Source:T5 Cue:T6 Content:T4"]
    ann = polnear_gold.parse_ann("\n".join(lines) + "\n")
    return polnear_gold.gold_article("a", text, text, ann), text


@pytest.mark.parametrize(("paragraphs", "scored"), [(0, True), (1, True), (2, False)])
def test_a_pronoun_far_from_its_stand_in_is_not_scored_for_the_speaker(paragraphs, scored):
    """The stand-in counts only within STAND_IN_REACH paragraph breaks of its source."""
    between = "".join(f"The court met on day {k}.\n\n" for k in range(paragraphs))
    gold, text = _pronoun_gold(between)
    (item,) = gold.quoted
    assert item.source == "Ana Ruiz" and item.stand_in
    assert item.stand_in_far is not scored
    row = _row(text, "We will appeal,", "direct", "Ana Ruiz", "said")
    s = polnear.score([(gold, [row])])
    assert s.quoted.tp == 1 and s.cue.n_gold == 1
    assert (s.speaker.n_gold, s.speaker_far.n_gold) == ((1, 0) if scored else (0, 1))
    assert (s.speaker.tp + s.speaker_far.tp) == 1
