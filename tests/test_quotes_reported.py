"""Reported speech without marks on short texts: contents that are not clauses, sources
that are records or crowds, and the cases the reported-speech rules must leave alone."""

from __future__ import annotations


def _indirect(art, rule: str = "rule:object_content"):
    return [
        (q.text, q.speaker_name, q.cue, rule in q.rules)
        for q in art.quotes
        if q.quote_type == "indirect"
    ]


def test_an_object_or_infinitive_is_what_was_said(annotate):
    art = annotate(
        "Senator Mara Lind vowed to block the new pipeline bill. The governor, Tom Ashby, "
        "accused the utility of hiding the repair costs."
    )
    assert _indirect(art) == [
        ("to block the new pipeline bill", "Mara Lind", "vowed", True),
        ("the utility of hiding the repair costs", "Tom Ashby", "accused", True),
    ]


def test_a_short_object_or_a_scene_is_no_statement(annotate):
    art = annotate(
        "Senator Mara Lind denied it. Tom Ashby criticized Lind during a rally on Friday. "
        "The pledged delegates met in Ohio."
    )
    assert _indirect(art) == []


def test_a_headline_in_the_body_reports_nothing(annotate):
    art = annotate("Governor Vows To Block Pipeline Bill Before The Winter Session\n\nIt rained.")
    assert _indirect(art) == []


def test_according_to_a_record_or_a_poll(annotate):
    art = annotate(
        "The ferry carried 4,000 passengers last year, according to harbour records. "
        "Turnout fell in every ward, according to a survey by the Carden Institute. "
        "The vote went ahead according to plan."
    )
    assert _indirect(art, "rule:according_to_record") == [
        ("The ferry carried 4,000 passengers last year", None, "according to", True),
        ("Turnout fell in every ward", "Carden Institute", "according to", False),
    ]


def test_it_and_those_surveyed_speak_with_a_verb_of_saying(annotate):
    art = annotate(
        "The company Harlow Rail published its results on Monday. It said the new timetable "
        "had cut delays by a third. Most of those surveyed said the trains were cleaner."
    )
    rows = [(q.text, q.speaker_name) for q in art.quotes if q.quote_type == "indirect"]
    assert rows == [
        ("the new timetable had cut delays by a third", "Harlow Rail"),
        ("the trains were cleaner", None),
    ]


def test_a_parenthetical_cue_keeps_a_mixed_piece_in_its_group(annotate):
    art = annotate(
        "In any case, Ms. Farrow said, the ferry service was “never profitable” for the town."
    )
    rows = [(q.quote_type, q.text) for q in art.quotes]
    assert rows == [
        ("indirect", "In any case"),
        ("indirect", "the ferry service was “never profitable” for the town"),
        ("partial", "never profitable"),
    ]
    assert len({q.group for q in art.quotes}) == 1


def test_a_pronoun_before_the_name_it_stands_for(annotate):
    art = annotate(
        "Ana Weiss spoke on Monday. As he declares his wish for peace talks, Marek Dunn is "
        "negotiating a complex deal."
    )
    assert _indirect(art, "rule:cataphora_speaker") == [
        ("his wish for peace talks", "Marek Dunn", "declares", True)
    ]


def test_the_subject_inside_a_quote_reports_nothing(annotate):
    art = annotate(
        "Emphasizing the government’s plan to fortify the northern border, Ines Kahl said, "
        "“We want the region to be safe.”"
    )
    assert [row[1] for row in _indirect(art)] in ([], ["Ines Kahl"])


def test_a_restrictive_who_describes_rather_than_reports(annotate):
    art = annotate(
        "Rhea Holt is a councillor who has repeatedly pledged to close the old harbour. "
        "Dan Orme, who pledged to keep the harbour open, lost his seat."
    )
    assert [(row[0], row[2]) for row in _indirect(art)] == [("to keep the harbour open", "pledged")]


def test_a_report_the_speaker_makes_stays_in_the_clause(annotate):
    art = annotate(
        "Economists at Varda Bank say the governor is likely to argue that rates must rise."
    )
    assert [row[0] for row in _indirect(art)] == [
        "the governor is likely to argue that rates must rise"
    ]


def test_an_opening_clause_belongs_to_the_statement_around_the_cue(annotate):
    art = annotate(
        "If the pay offer is not improved, Nia Brandt warned, the nurses will strike in May. "
        "In some ways, the brothers noted, the new mayor might welcome the strike."
    )
    assert [(row[0], row[2]) for row in _indirect(art)] == [
        ("the pay offer is not improved", "warned"),
        ("the nurses will strike in May", "warned"),
        ("In some ways", "noted"),
        ("the new mayor might welcome the strike", "noted"),
    ]


def test_it_with_no_organisation_to_stand_for_reports_nothing(annotate):
    art = annotate("The weather turned cold on Monday. It said the harvest would be poor.")
    assert _indirect(art) == []


def test_a_date_after_the_object_is_not_what_was_said(annotate):
    art = annotate(
        "Ms. Quimby praised it on Tuesday. Senator Ida Brenn denied the claims on Monday."
    )
    assert [q.text for q in art.quotes if q.quote_type == "indirect"] == []


def test_a_demand_after_called_for_is_reported_but_a_topic_is_not(annotate):
    art = annotate(
        "Senator Ida Brenn called for a ban on imports from the region. "
        "Ms. Hale spoke about the economy at length on Tuesday."
    )
    rows = [(q.quote_type, q.text, q.speaker_name) for q in art.quotes]
    assert rows == [("indirect", "a ban on imports from the region", "Ida Brenn")]
    assert "rule:object_content" in art.quotes[0].rules


def test_a_subject_set_before_a_parenthetical_cue_is_the_statements(annotate):
    art = annotate("Voters, Ms. Lane suggested, do not have to worry about the new road tolls.")
    rows = [(q.text, q.speaker_name) for q in art.quotes if q.quote_type == "indirect"]
    assert rows == [
        ("Voters", "Lane"),
        ("do not have to worry about the new road tolls", "Lane"),
    ]
    assert all("rule:parenthetical_cue" in q.rules for q in art.quotes)


def test_parenthetical_pieces_count_their_own_words_together(annotate):
    art = annotate(
        "The ferry line, Ms. Farrow said, is “doing much better than last year.” "
        "The plan, Mr. Orme said, “is dead and buried.”"
    )
    rows = [(q.quote_type, q.text) for q in art.quotes]
    assert rows == [
        ("indirect", "The ferry line"),
        ("indirect", "is “doing much better than last year.”"),
        ("partial", "doing much better than last year."),
        ("partial", "is dead and buried."),
    ]
    assert len({q.group for q in art.quotes[:3]}) == 1


def test_an_as_clause_reports_the_clause_it_hangs_from(annotate):
    art = annotate(
        "The old mill closed its doors last spring, as the Harlow Gazette reported. "
        "Mayor Ines Rook left early, as she said she would."
    )
    rows = [(q.text, q.speaker_name, q.cue) for q in art.quotes if q.quote_type == "indirect"]
    assert rows == [("The old mill closed its doors last spring", "Harlow Gazette", "reported")]
    assert "rule:as_reported" in art.quotes[0].rules


def test_a_that_clause_hung_from_the_statement_noun_is_the_content(annotate):
    art = annotate(
        "Mayor Ines Rook said in a statement that the ferry would run again in May. "
        "Tom Ashby responded to claims that he had lied about the budget."
    )
    assert _indirect(art, "rule:stray_that_clause") == [
        ("the ferry would run again in May", "Ines Rook", "said", True)
    ]


def test_a_cue_the_parser_set_beside_the_statement_reports_it(nlp):
    from spacy.tokens import Doc

    from trump_putin_call.pipeline.quotes import parenthetical

    words = "The choir disbanded in 2008 , the Gazette reported .".split()
    heads = [1, 2, 2, 2, 3, 2, 7, 8, 2, 2]
    deps = "det nsubj ROOT prep pobj punct det nsubj parataxis punct".split()
    pos = "DET NOUN VERB ADP NUM PUNCT DET PROPN VERB PUNCT".split()
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    parts = parenthetical.pieces(doc[8])
    assert [[t.text for t in piece] for piece in parts] == [
        ["The", "choir", "disbanded", "in", "2008", ","]
    ]


def test_a_name_the_tagger_took_for_a_noun_speaks(annotate):
    art = annotate(
        "Bernie Sanders spoke in Ohio on Monday. Sanders instead delivered his standard "
        "campaign speech, decrying the influence of big money in politics."
    )
    assert _indirect(art) == [
        ("the influence of big money in politics", "Bernie Sanders", "decrying", True)
    ]


def test_an_object_content_runs_on_to_what_completes_it(annotate):
    art = annotate(
        "Mayor Ines Rook called for a special inquiry to look at the harbour accounts. "
        "Tom Ashby condemned the ferry plan in a letter to the council on Monday."
    )
    assert _indirect(art) == [
        ("a special inquiry to look at the harbour accounts", "Ines Rook", "called", True),
        ("the ferry plan in a letter to the council", "Tom Ashby", "condemned", True),
    ]


def test_figures_and_lawsuits_carry_a_claim_operations_do_not(annotate):
    art = annotate(
        "The new figures suggest that ferry use fell by a third. "
        "These increased operations suggest that both parties want leverage."
    )
    assert [(q.text, q.cue) for q in art.quotes] == [("ferry use fell by a third", "suggest")]


def test_a_date_inside_what_was_said_does_not_cut_it(annotate):
    art = annotate(
        "Senator Mara Lind accused the utility of hiding its repair costs in recent years. "
        "Tom Ashby praised the new ferry plan during a rally in Leeds."
    )
    assert _indirect(art) == [
        ("the utility of hiding its repair costs in recent years", "Mara Lind", "accused", True),
        ("the new ferry plan", "Tom Ashby", "praised", True),
    ]


def test_a_reported_clause_goes_on_into_a_quote_after_a_colon(annotate):
    art = annotate(
        "Mayor Ines Rook said there was a simple explanation: “The ferry never paid its way.”"
    )
    rows = [(q.quote_type, q.text) for q in art.quotes]
    assert rows == [
        ("indirect", "there was a simple explanation: “The ferry never paid its way.”"),
        ("direct", "The ferry never paid its way."),
    ]
    assert "rule:quote_after_colon" in art.quotes[0].rules
    assert len({q.group for q in art.quotes}) == 1


def test_claiming_a_thing_is_taking_it_not_saying_it(annotate):
    art = annotate(
        "Senator Mara Lind claimed victory in the Ohio primary. "
        "Tom Ashby claimed to have saved the ferry service."
    )
    assert _indirect(art) == [("to have saved the ferry service", "Tom Ashby", "claimed", True)]


def test_a_subject_parsed_into_the_clause_is_not_what_was_said(annotate):
    art = annotate(
        "Mara Lind, meanwhile, who sits at zero such endorsements, said the count was early. "
        "One attendee, who like others spoke on the condition of anonymity, said the meeting "
        "was tense. Tom Ashby, executive director of the Harlow Nurses Union, said the strike "
        "would go on."
    )
    rows = [(q.text, q.speaker_name) for q in art.quotes if q.quote_type == "indirect"]
    assert not [text for text, _ in rows if "who" in text]
    assert ("the strike would go on", "Tom Ashby") in rows


def test_a_noun_of_saying_with_its_holder_and_content(annotate):
    art = annotate(
        "His pledge to cut the ferry fares was dropped in March. "
        "A win in Ohio would bolster Lind's claim to be the party's strongest candidate. "
        "The claim that the ferry was profitable was never tested. "
        "Tom Ashby filed an insurance claim for the roof."
    )
    assert _indirect(art, "rule:noun_cue") == [
        ("to be the party's strongest candidate", "Lind", "claim", True),
    ]


def test_a_demand_for_someone_to_act_is_what_was_called_for(annotate):
    art = annotate(
        "Ms Lind called for Republicans to throw their support behind Tom Ashby. "
        "Senator Mara Lind is calling for the harbour board to publish its accounts."
    )
    assert _indirect(art) == [
        ("Republicans to throw their support behind Tom Ashby", "Mara Lind", "called", True),
        ("the harbour board to publish its accounts", "Mara Lind", "calling", True),
    ]


def test_his_promise_is_made_by_the_subject_of_its_clause(annotate):
    art = annotate(
        "Tom Ashby has gained support with his promise to build a bridge between the two towns."
    )
    assert _indirect(art, "rule:noun_cue_owner") == [
        ("to build a bridge between the two towns", "Tom Ashby", "promise", True)
    ]
