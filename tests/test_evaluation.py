"""The scorers behind `nox -s evaluate` count what they claim to count."""

from __future__ import annotations

from trump_putin_call.pipeline.evaluation import match_quotes, overlap, score_entities, score_quotes

TEXT = "Peskov said the talks were useful and that nothing was agreed yet."


def _q(start, end, speaker="Dmitry Peskov", cue="say", kind="indirect"):
    return {
        "start_char": start,
        "end_char": end,
        "text": TEXT[start:end],
        "quote_type": kind,
        "speaker_name": speaker,
        "cue_lemma": cue,
    }


def test_overlap_is_relative_to_the_longer_span():
    whole = (12, 65)  # "the talks ... agreed yet"
    assert overlap(TEXT, whole, whole) == 1.0
    assert overlap(TEXT, whole, (12, 33)) < 0.5  # "the talks were useful": 4 of 11 words
    assert overlap(TEXT, (0, 6), (12, 33)) == 0.0


def test_quote_scores_count_hits_misses_and_speakers():
    gold = [_q(12, 65)]
    pred = [_q(16, 65, speaker="Peskov"), _q(0, 6, kind="direct")]
    assert len(match_quotes(TEXT, gold, pred)) == 1
    s = score_quotes([("d", TEXT, gold, pred)])
    assert (s.spans.tp, s.spans.n_pred, s.spans.n_gold) == (1, 2, 1)
    assert s.spans.precision == 0.5 and s.spans.recall == 1.0
    assert s.speaker_accuracy == 0.0 and s.cue_accuracy == 1.0


def test_entity_scores_per_label_and_id_consistency():
    gold = [
        {
            "start_char": 0,
            "end_char": 6,
            "text": "Peskov",
            "label": "PERSON",
            "canonical_name": "Dmitry Peskov",
        },
        {"start_char": 7, "end_char": 11, "text": "said", "label": "ORG", "canonical_name": "X"},
    ]
    pred = [
        {
            "start_char": 0,
            "end_char": 6,
            "text": "Peskov",
            "label": "PERSON",
            "entity_id": "person:dmitry_peskov",
        },
        {"start_char": 7, "end_char": 11, "text": "said", "label": "GPE", "entity_id": "g"},
    ]
    s = score_entities([("d", gold, pred)])
    assert s.by_label["PERSON"].precision == 1.0 and s.by_label["PERSON"].recall == 1.0
    assert s.by_label["ORG"].recall == 0.0 and s.by_label["GPE/LOC"].precision == 0.0
    assert s.n_entities == 1 and s.one_id == 1
