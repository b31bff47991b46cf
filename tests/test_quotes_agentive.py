"""Passive reports with their source as the ``by`` agent (``rule:reported_by_agent``)."""

from __future__ import annotations


def _rows(art):
    return [
        (q.quote_type, q.text, q.speaker_name, q.cue, "rule:reported_by_agent" in q.rules)
        for q in art.quotes
    ]


def test_the_passive_subject_is_what_the_agent_reported(annotate):
    art = annotate("Mayor Lind’s move was first reported by The Harbour Gazette.")
    assert _rows(art) == [("indirect", "Mayor Lind’s move", "Harbour Gazette", "reported", True)]


def test_a_participle_after_the_subject_reports_its_clause(annotate):
    art = annotate(
        "The harbour campaign, first reported by The Harbour Gazette, is a key element of the plan."
    )
    assert _rows(art) == [
        (
            "indirect",
            "The harbour campaign, first reported by The Harbour Gazette, is a key element of "
            "the plan",
            "Harbour Gazette",
            "reported",
            True,
        )
    ]


def test_a_passive_report_with_no_agent_names_no_source(annotate):
    art = annotate("The breach of the harbour computers had been previously reported in May.")
    assert _rows(art) == []
