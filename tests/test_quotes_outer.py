"""Speakers the parse puts elsewhere than the cue's subject (issue 15): an outer cue, a
passive's agent, a controlled object, a misparsed ``who`` noun, a person's writing."""

from __future__ import annotations


def _partials(art):
    return [
        (q.text, q.speaker_name, q.cue, "rule:outer_cue_speaker" in q.rules)
        for q in art.quotes
        if q.quote_type == "partial"
    ]


def test_a_plan_that_reiterates_does_not_speak_the_mayor_who_said_it_does(annotate):
    art = annotate(
        "Mayor Ana Ortiz spoke in Leeds on Monday. Ortiz said in her opening remarks that the "
        "plan should reiterate the town’s support for its “loyal fishermen,” naming the harbour."
    )
    assert _partials(art) == [("loyal fishermen,", "Ana Ortiz", "said", True)]


def test_a_cue_chained_under_a_thing_goes_to_the_outer_cue_subject(annotate):
    art = annotate(
        "Tom Reyes defended the bill on Friday, saying that the bill had the right safeguards "
        "but was stalled by mistrust - and arguing that he and Ortiz shared “almost all the "
        "same views on water.”"
    )
    assert _partials(art) == [("almost all the same views on water.", "Tom Reyes", "saying", True)]


def test_a_person_noun_inside_the_content_keeps_its_own_cue(nlp):
    from trump_putin_call.pipeline.quotes import outer

    doc = nlp("Ortiz said her grandfather told her to stand tall.")
    told = next(t for t in doc if t.text == "told")
    grandfather = next(t for t in doc if t.text == "grandfather")
    assert grandfather.head.i == told.i and told.dep_ == "ccomp"  # the parse the rule reads
    assert outer.lift(told, grandfather, lambda t: t.ent_type_ == "PERSON") is None
    plan = nlp("Ortiz said the plan will reiterate our support.")
    cue = next(t for t in plan if t.text == "reiterate")
    found = outer.lift(cue, cue.doc[3], lambda t: t.ent_type_ == "PERSON")
    assert found is not None and (found[0].text, found[1].text) == ("said", "Ortiz")


def _rows(art, kind):
    return [(q.text, q.speaker_name, q.rules) for q in art.quotes if q.quote_type == kind]


def test_a_participle_under_an_infinitive_speaks_for_the_outer_cue(annotate):
    art = annotate(
        "Even a top adviser, Dana Whitfield, said Ortiz will have to choose whose side she is "
        "on, saying, “At some point, she is going to have to come out.”"
    )
    ((text, who, rules),) = _rows(art, "direct")
    assert (text, who) == ("At some point, she is going to have to come out.", "Dana Whitfield")
    assert "rule:participle_outer_cue" in rules


def test_a_passive_cue_speaks_by_its_agent(annotate):
    art = annotate(
        "Ana Ortiz took questions on Monday. Ortiz was asked by Tom Reyes whether the plan "
        "would risk “adding another tax on the harbour.”"
    )
    ((text, who, rules),) = _rows(art, "partial")
    assert (text, who) == ("adding another tax on the harbour.", "Tom Reyes")
    assert "rule:passive_cue_agent" in rules


def test_a_passive_cue_in_a_relative_clause_keeps_no_agent(nlp):
    from trump_putin_call.pipeline.quotes import agents

    doc = nlp("The list names a killing that was claimed by the Islamic State.")
    cue = next(t for t in doc if t.text == "claimed")
    subj = next(c for c in cue.children if c.dep_ == "nsubjpass")
    assert cue.dep_ == "relcl" and agents.agent(cue, subj) is None
    plain = nlp("The remarks were echoed by the mayor.")
    cue = next(t for t in plain if t.text == "echoed")
    found = agents.agent(cue, next(c for c in cue.children if c.dep_ == "nsubjpass"))
    assert found is not None and found.text == "mayor"


def test_a_cue_in_the_infinitive_of_prompted_speaks_by_the_object(annotate):
    art = annotate(
        "Mayor Ana Ortiz won by ten points. The surprise win prompted Ortiz to make a joke "
        "about boats and call the result “a new start for the harbour.”"
    )
    ((text, who, rules),) = _rows(art, "partial")
    assert (text, who) == ("a new start for the harbour.", "Ana Ortiz")
    assert "rule:object_control_speaker" in rules


def test_an_object_asked_or_obliged_to_speak_is_not_taken(nlp):
    from trump_putin_call.pipeline.quotes import agents

    doc = nlp("The clause requires staffers to promise silence.")
    cue = next(t for t in doc if t.text == "promise")
    subj = next(t for t in doc if t.text == "clause")
    assert cue.dep_ == "xcomp" and subj.head.i == cue.head.i
    assert agents.controlled(cue, subj) is None


def test_a_who_clause_the_parser_made_the_content_still_names_the_speaker(annotate):
    art = annotate(
        "“We will not leave the pier,” said the fisherman, who like many in the town did not "
        "want to be quoted by name."
    )
    ((text, _who, rules),) = _rows(art, "direct")
    direct = next(q for q in art.quotes if q.quote_type == "direct")
    assert (text, direct.speaker_text) == ("We will not leave the pier,", "fisherman")
    assert "rule:relative_misparse_subject" in rules


def test_a_persons_own_writing_speaks_for_its_author(annotate):
    art = annotate(
        "Mayor Ana Ortiz wrote to donors on Monday. Ortiz’s fundraising email to her "
        "supporters notes that the harbour plan “is a civil right for every family.”"
    )
    rows = {(q.quote_type, q.speaker_name) for q in art.quotes}
    assert rows == {("indirect", "Ana Ortiz"), ("partial", "Ana Ortiz")}
    assert all("rule:person_writing" in q.rules for q in art.quotes)
    assert art.quotes[0].speaker_text == "Ortiz’s fundraising email to her supporters"


def test_a_persons_book_described_by_others_is_not_theirs_to_say(annotate):
    art = annotate(
        "Tom Reyes runs the clinic. Reyes’s book is described on Amazon as a “riveting story.”"
    )
    assert [(q.text, q.speaker_name) for q in art.quotes] == [("riveting story.", None)]


def _directs(art):
    return [
        (q.speaker_name, q.cue, "rule:introducing_clause_speaker" in q.rules)
        for q in art.quotes
        if q.quote_type == "direct"
    ]


def test_the_clause_before_the_colon_speaks_not_the_cue_that_provoked_it(annotate):
    art = annotate(
        "When Tom Reyes suggested that the town would sue the port, Ana Ortiz fired back "
        "forcefully: “If they sue us, they are going to lose.”"
    )
    assert _directs(art) == [("Ana Ortiz", "fired", True)]


def test_an_answer_shot_back_after_a_comma_is_the_answerers(annotate):
    art = annotate(
        "After Tom Reyes criticized the council during a debate, Ana Ortiz shot back, “I could "
        "have stayed at home, but I chose to serve.”"
    )
    assert _directs(art) == [("Ana Ortiz", "shot", True)]


def test_a_colon_clause_inside_what_the_cue_reports_is_not_lifted(nlp):
    from trump_putin_call.pipeline.quotes import fired_back

    doc = nlp("Tom Reyes said that Ana Ortiz then turned to the council: “We will not pay.”")
    said = next(t for t in doc if t.text == "said")
    mark = next(t for t in doc if t.text == "“")
    assert fired_back.speaker(said, mark.i) is None  # "turned" is inside what Reyes said
    doc = nlp(
        "When Tom Reyes suggested a deal, Ana Ortiz turned to the council: “We will not pay.”"
    )
    suggested = next(t for t in doc if t.text == "suggested")
    mark = next(t for t in doc if t.text == "“")
    assert [t.text for t in fired_back.speaker(suggested, mark.i)] == ["turned", "Ortiz"]


def test_a_cue_hung_on_the_noun_before_it_has_that_noun_speak(annotate):
    art = annotate(
        "The plan prompted the council to hold a vote on whether to sell the port; one "
        "lawmaker called Tom Reyes “the harbour’s worst enemy.”"
    )
    rows = [
        (q.speaker_text, q.speaker_name, q.cue) for q in art.quotes if q.quote_type == "partial"
    ]
    assert rows == [("one lawmaker", None, "called")]
    assert "rule:acl_cue_speaker" in art.quotes[0].rules


def test_a_participle_or_a_name_after_a_noun_keeps_its_own_speaker(nlp):
    from trump_putin_call.pipeline.quotes import agents

    def cue(doc, word):
        return next(t for t in doc if t.text == word)

    doc = nlp("Her campaign sent an email to supporters stating, “Ana Ortiz wins the vote.”")
    assert agents.acl_speaker(cue(doc, "stating"), lambda t: bool(t.ent_type_)) is None
    doc = nlp("They marched with a group called Save the Harbour on Monday.")
    assert agents.acl_speaker(cue(doc, "called"), lambda t: bool(t.ent_type_)) is None
