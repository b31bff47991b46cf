"""Reported speech whose speaker the parse puts somewhere other than the cue's subject,
and a misparse that reads a speaker's description as what was said."""

from __future__ import annotations


def _indirect(art):
    return [
        (q.text, q.speaker_name, q.cue, [r for r in q.rules if r.startswith("rule:object")])
        for q in art.quotes
        if q.quote_type == "indirect"
    ]


def test_an_indirect_row_caused_by_a_thing_is_said_by_the_one_it_moved(annotate):
    art = annotate(
        "The report prompted Mara Lind to announce her resignation from the harbour board "
        "on Friday."
    )
    assert _indirect(art) == [
        (
            "her resignation from the harbour board",
            "Mara Lind",
            "announce",
            ["rule:object_content", "rule:object_control_speaker"],
        )
    ]


def test_the_description_of_a_speaker_after_the_cue_is_not_what_was_said(annotate):
    art = annotate(
        "The harbour is quiet now. “Nobody buys the fish any more,” said the ferryman, who "
        "like many in the port did not want to be identified because of the strike."
    )
    assert [q.text for q in art.quotes if q.quote_type == "indirect"] == []
    assert [q.text for q in art.quotes if q.quote_type == "direct"] == [
        "Nobody buys the fish any more,"
    ]


def test_a_that_clause_hung_from_a_time_is_the_content(annotate):
    art = annotate(
        "Mara Lind also said for the first time that several contracts signed by Ashby have "
        "been lost. Ines Rook also said for the first time that the old ferry logs have been "
        "found."
    )
    rows = [(q.text, q.speaker_name) for q in art.quotes if q.quote_type == "indirect"]
    assert rows == [
        ("several contracts signed by Ashby have been lost", "Mara Lind"),
        ("the old ferry logs have been found", "Ines Rook"),
    ]


def test_a_trailing_tell_with_the_people_told_reports_the_clause_before(annotate):
    art = annotate(
        "Mayor Tom Ashby spoke next. Buyers should ask the sellers for receipts and not accept "
        "answers like “soon” and “later”, he told reporters."
    )
    rows = [
        (q.text, q.speaker_name, "rule:trailing_cue" in q.rules)
        for q in art.quotes
        if q.quote_type == "indirect"
    ]
    assert rows == [
        (
            "Buyers should ask the sellers for receipts and not accept answers like “soon” and "
            "“later”",
            "Tom Ashby",
            True,
        )
    ]


def test_the_speaker_after_an_inverted_cue_is_not_what_was_said(annotate):
    art = annotate(
        "“The ferry must run,” said Tom Ashby, a member of the board, told the Gazette last "
        "month. Mara Lind said the ferry would run."
    )
    rows = [(q.text, q.speaker_name) for q in art.quotes if q.quote_type == "indirect"]
    assert rows == [("the ferry would run", "Mara Lind")]


def test_a_call_on_someone_to_act_and_for_someone_to_be_acted_on(annotate):
    art = annotate(
        "Mayor Ines Rook called on Congress to pass the ferry bill before the recess. "
        "She called on Monday to complain about the fares. "
        "Mara Lind is calling for Tom Ashby to be removed from the harbour board."
    )
    rows = [(q.text, q.speaker_name, q.cue) for q in art.quotes if q.quote_type == "indirect"]
    assert rows == [
        ("Congress to pass the ferry bill before the recess", "Ines Rook", "called"),
        ("Tom Ashby to be removed from the harbour board", "Mara Lind", "calling"),
    ]


def test_a_person_named_by_an_office_or_a_title_speaks(annotate):
    art = annotate(
        "The harbour dispute reached the palace in December. The prince called for Tom Ashby "
        "to step down from the harbour board."
    )
    rows = [(q.text, q.cue) for q in art.quotes if q.quote_type == "indirect"]
    assert rows == [("Tom Ashby to step down from the harbour board", "called")]


def test_what_a_thing_calls_for_is_no_one_s_statement(annotate):
    art = annotate(
        "Mara Lind has often promised to close the deficit quickly, implying that her budget "
        "will call for cutting ferry subsidies and pressuring the board to raise fees."
    )
    rows = [(q.text, q.cue) for q in art.quotes if q.quote_type == "indirect"]
    assert rows == [("to close the deficit quickly", "promised")]


def test_an_as_clause_with_the_comma_hung_from_its_cue_reports_what_follows(annotate):
    art = annotate(
        "Clerks may still face discipline for losing harbour records, and as Ashby noted, "
        "people involved in the ferry case could still be subject to fines."
    )
    rows = [
        (q.text, q.cue, "rule:as_reported" in q.rules)
        for q in art.quotes
        if q.quote_type == "indirect"
    ]
    assert rows == [
        ("people involved in the ferry case could still be subject to fines", "noted", True)
    ]


def test_a_trailing_cue_closed_by_a_dash_that_hangs_from_it(annotate):
    art = annotate(
        "Ferry fares will rise again this year, sooner than expected, the Harlow Transit Board "
        "reported on Tuesday -- a change that puts new pressure on the council."
    )
    rows = [
        (q.text, q.speaker_name, "rule:trailing_cue" in q.rules)
        for q in art.quotes
        if q.quote_type == "indirect"
    ]
    assert rows == [
        (
            "Ferry fares will rise again this year, sooner than expected",
            "Harlow Transit Board",
            True,
        )
    ]


def test_a_trailing_post_reports_the_clause_before(annotate):
    art = annotate(
        "Tom Reyes, a deacon of the harbour chapel, was flying home to Lisbon after a week with "
        "his son, the parish posted on its website."
    )
    rows = [(q.text, q.cue) for q in art.quotes if "rule:trailing_cue" in q.rules]
    assert rows == [
        (
            "Tom Reyes, a deacon of the harbour chapel, was flying home to Lisbon after a week "
            "with his son",
            "posted",
        )
    ]


def test_a_request_in_the_passive_is_asked_by_no_one_named(annotate):
    art = annotate("Mara Lind has been asked to release the letters of the harbour board.")
    rows = [
        (q.text, q.speaker_name, "rule:question_passive" in q.rules)
        for q in art.quotes
        if q.quote_type == "indirect"
    ]
    assert rows == [("to release the letters of the harbour board", None, True)]


def test_a_report_joined_by_and_cuts_the_clause_at_and_not_at_the_last_comma(annotate):
    art = annotate(
        "Mayor Ines Rook said if the ferry is cancelled, the islands will lose many more doctors "
        "under the new plan and Tom Ashby says some of those families will leave."
    )
    rows = [(q.text, q.speaker_name) for q in art.quotes if q.quote_type == "indirect"]
    assert rows == [
        (
            "if the ferry is cancelled, the islands will lose many more doctors under the new plan",
            "Ines Rook",
        ),
        ("some of those families will leave", "Tom Ashby"),
    ]
