"""Speakers: passive reports name none (`quotes/passive.py`), a second he/she in a sentence
(`quotes/pronouns.py`), speech tags after the closing mark (`quotes/tags.py`)."""

from __future__ import annotations

from test_quotes import _extract


def _who(quotes):
    return [(q.text, q.cue, q.speaker_name, q.rules[-1]) for q in quotes]


def test_a_participle_said_to_have_names_no_speaker():
    found = _extract(
        "The talks touched on the border. Said to have “briefly raised the question of ports,” "
        "Mayor Ana Ortiz then left the room.",
        lambda m: m,
    )
    assert _who(found) == [
        ("briefly raised the question of ports,", "Said", None, "rule:passive_report")
    ]


def test_a_passive_is_said_to_have_names_no_speaker():
    found = _extract(
        "Ana Ortiz is said to have “briefly raised the question of ports” during the meeting.",
        lambda m: m,
    )
    assert [(q.text, q.speaker_name) for q in found] == [
        ("briefly raised the question of ports", None)
    ]
    assert all("rule:passive_report" in q.rules for q in found)


def test_an_active_said_keeps_its_subject():
    found = _extract("“We lost the vote,” Ana Ortiz said to reporters.", lambda m: m)
    assert [(q.text, q.speaker_name) for q in found] == [("We lost the vote,", "Ana Ortiz")]
    assert not any("rule:passive_report" in q.rules for q in found)


def test_a_second_he_in_the_sentence_is_the_first_one():
    found = _extract(
        "Mayor Tom Reyes spoke at the plant. Specifically, he blamed the delay on Governor "
        "Paul Marsh, who he said had “sat on the permits for a year.”",
        lambda m: m,
    )
    assert [(q.text, q.speaker_name) for q in found][-1] == (
        "sat on the permits for a year.",
        "Tom Reyes",
    )
    assert "rule:pronoun_same_in_sentence" in found[-1].rules


def test_a_subject_in_between_breaks_the_chain():
    found = _extract(
        "Mayor Tom Reyes spoke first. He left early, and Governor Paul Marsh said he would "
        "“sign the permits this week.”",
        lambda m: m,
    )
    assert [(q.text, q.speaker_name) for q in found][-1] == (
        "sign the permits this week.",
        "Paul Marsh",
    )
    assert "rule:pronoun_same_in_sentence" not in found[-1].rules


def test_a_bare_tag_right_after_the_quote_is_its_cue():
    found = _extract(
        "The vote could still be delayed, as many residents hope but Marlow Council strongly "
        "denies — “why would anyone wait another year?” asked Ruth Dunn, a local organiser.",
        lambda m: m,
    )
    assert [(q.cue, q.speaker_name) for q in found] == [("asked", "Ruth Dunn")]
    assert "rule:tag_after_quote" in found[0].rules


def test_a_tag_going_on_with_a_clause_of_its_own_is_not_the_quotes():
    found = _extract(
        "Although Ana Ortiz admitted to the paper that they had “been friends for some time,” "
        "she claimed they had never met.",
        lambda m: m,
    )
    quoted = [q for q in found if q.text.startswith("been friends")]
    assert [(q.cue, q.speaker_name) for q in quoted] == [("admitted", "Ana Ortiz")]


def test_a_she_opening_the_sentence_that_names_another_woman_carries_on():
    found = _extract(
        "Ana Ortiz spoke at the rally on Sunday. She appeared to imply that the mayor was "
        "weaker than Maria Delgado, the favourite. “Some people feel the city needs a change,” "
        "she said.",
        lambda m: m,
    )
    assert [(q.speaker_text, q.speaker_name) for q in found] == [("she", "Ana Ortiz")]
    assert "rule:pronoun_same_in_sentence" in found[0].rules


def test_words_inside_the_quote_are_never_its_speaker():
    for tag, name in (("said Ana Ortiz, the host.", "Ana Ortiz"), ("Ortiz, 58, said.", "Ortiz")):
        found = _extract(
            "Ana Ortiz and Maria Delgado met voters. “Thanks, Marlow, for welcoming these "
            f"families,” {tag}",
            lambda m: m,
        )
        assert [(q.speaker_text, q.speaker_name) for q in found] == [(name, "Ana Ortiz")]
    # With "said Ana Ortiz" the parser makes "Marlow" (inside the quote) the cue's subject;
    # with "Ortiz, 58, said" the subject nearest the cue is Ortiz itself.
    assert (
        "rule:subject_outside_quote"
        in _extract(
            "Ana Ortiz and Maria Delgado met voters. “Thanks, Marlow, for welcoming these "
            "families,” said Ana Ortiz, the host.",
            lambda m: m,
        )[0].rules
    )


def test_an_inverted_tag_with_a_description_names_the_speaker():
    found = _extract(
        "Insiders were split. “Ana Ortiz needed to win the first two votes,” added a South "
        "Carolina Democrat.",
        lambda m: m,
    )
    assert [(q.cue, q.speaker_text) for q in found] == [("added", "Democrat")]
    assert found[0].rules[-1] == "rule:inverted_tag"


def test_an_inverted_tag_with_another_names_one_of_the_group():
    found = _extract(
        "Supporters were angry online. “Yet another state we would have won,” one supporter "
        "wrote. “Better watch out for the count in Leeds,” tweeted another.",
        lambda m: m,
    )
    assert [(q.cue, q.speaker_text) for q in found] == [
        ("wrote", "one supporter"),
        ("tweeted", "another"),
    ]
    assert found[1].rules[-1] == "rule:inverted_tag"


def test_a_reported_clause_under_is_said_to_names_no_speaker():
    found = _extract(
        "Ana Ortiz is said to have warned that the port would close in the winter months.",
        lambda m: m,
    )
    assert [(q.text, q.quote_type, q.speaker_name) for q in found] == [
        ("the port would close in the winter months", "indirect", None)
    ]
    assert "rule:passive_report" in found[0].rules


def test_an_active_infinitive_keeps_its_subject_as_speaker():
    found = _extract(
        "Ana Ortiz wants to warn that the port would close in the winter months.", lambda m: m
    )
    assert [(q.text, q.speaker_name) for q in found] == [
        ("the port would close in the winter months", "Ana Ortiz")
    ]


def test_a_news_outlet_that_reports_is_not_the_airline():
    found = _extract(
        "Budget carrier SkyLark cancelled 340 flights this week, the Daily Ledger reported. "
        "Refunds would be offered to every passenger, the airline added.",
        lambda m: m,
    )
    last = found[-1]
    assert (last.text, last.speaker_name) == (
        "Refunds would be offered to every passenger",
        "SkyLark",
    )
    assert "rule:voice_not_reporter" in last.rules


def test_an_outlet_cited_by_told_is_passed_over():
    found = _extract(
        "Budget carrier SkyLark delayed 40 flights, its founder told Northport Radio on Friday. "
        "The airline said that refunds would be offered to every passenger.",
        lambda m: m,
    )
    assert found[-1].speaker_name == "SkyLark"


def test_the_club_named_for_contrast_is_not_the_boards_club():
    found = _extract(
        "Eastvale Rovers manager Piet Larsen insisted on Sunday that his job was safe after a "
        "2-0 loss to Northbridge City. Northbridge’s manager, Aron Feld, was delighted. "
        "The club’s board said in a statement that Mr Larsen retained its full support.",
        lambda m: m,
    )
    last = found[-1]
    assert (last.text, last.speaker_name) == (
        "Mr Larsen retained its full support",
        "Eastvale Rovers",
    )
    assert "rule:voice_not_affiliation" in last.rules


def test_one_company_placing_its_chief_stays_the_companys_voice():
    found = _extract(
        "Rival Corp beat estimates. Acme Foods’s chief executive, Dana Wells, apologised. "
        "The company said that refunds would be offered to every customer.",
        lambda m: m,
    )
    assert found[-1].speaker_name == "Acme Foods"
    assert "rule:voice_not_affiliation" not in found[-1].rules


def test_an_inverted_subject_outside_the_quote_speaks_when_one_inside_is_parsed_too():
    found = _extract(
        '"Thanks, Marden, for taking in these families," said master of ceremonies Tom Reyes, '
        "a retired teacher.",
        lambda m: m,
    )
    assert [(q.text, q.speaker_name) for q in found] == [
        ("Thanks, Marden, for taking in these families,", "Tom Reyes")
    ]
    assert "rule:subject_outside_quote" in found[0].rules


def test_the_sentence_opening_name_speaks_when_the_cue_subject_is_quoted():
    found = _extract(
        'Ana Ortiz supports "fair pay rises," opposes "across-the-board arbitrary pay '
        'freezes" and recalled the long freeze on pay: "I saw how hard it was for workers."',
        lambda m: m,
    )
    assert [q.speaker_name for q in found] == ["Ana Ortiz"] * 3
    assert all("rule:subject_outside_quote" in q.rules for q in found)


def test_a_person_apposed_to_another_in_the_subjects_clause_names_the_subject():
    found = _extract(
        "One volunteer backing Ana Ortiz, Tom Reyes of the Marden Tenants Union, said he had "
        "knocked on 300 doors.",
        lambda m: m,
    )
    assert [(q.text, q.speaker_name) for q in found] == [
        ("he had knocked on 300 doors", "Tom Reyes")
    ]
    assert "rule:appositive" in found[0].rules


def test_a_percentage_written_with_a_sign_speaks_as_written(annotate):
    art = annotate(
        "The survey of 1,000 adults was taken in May. On social issues, 53% describe "
        "themselves as liberal; 26% say they are conservative."
    )
    said = [(q.text, q.speaker_text, q.speaker_name) for q in art.quotes if q.cue == "say"]
    assert said == [("they are conservative", "26%", None)]  # "%" is no punctuation here
    assert "rule:quantity_speaker" in next(q for q in art.quotes if q.cue == "say").rules


def test_his_owning_a_cue_noun_is_resolved_as_her_is(annotate):
    art = annotate(
        "Tom Reyes spoke at the harbour on Monday. Reyes has pushed his promise of “free "
        "parking for fishermen” since the spring."
    )
    rows = [(q.quote_type, q.speaker_text, q.speaker_name) for q in art.quotes]
    assert ("partial", "his", "Tom Reyes") in rows


def test_a_noun_phrase_between_the_quote_and_a_misparsed_cue_speaks(nlp):
    from spacy.tokens import Doc

    from trump_putin_call.pipeline.quotes import tags

    # the parse of a real sentence: the quote's verb took "voice" for its object and the
    # cue "says" for a dependant
    words = "“ Reyes can not handle questions , ” a voice over says as a photo is shown .".split()
    heads = [4, 4, 4, 4, 4, 4, 4, 4, 10, 4, 4, 4, 17, 14, 17, 17, 11, 4]
    deps = (
        "punct nsubj aux neg ROOT dobj punct punct det dobj advmod dep mark det nsubjpass "
        "auxpass advcl punct"
    ).split()
    pos = (
        "PUNCT PROPN AUX PART VERB NOUN PUNCT PUNCT DET NOUN ADP VERB SCONJ DET NOUN AUX VERB PUNCT"
    ).split()
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    masked = [(doc[1].idx, doc[6].idx + 1)]
    found = tags.subject_outside(doc[11], 7, masked)
    assert found is not None and found.text == "voice"


def test_supporters_of_a_person_are_not_that_person(annotate):
    art = annotate(
        "Tom Reyes won the harbour vote. Supporters of Tom Reyes say the toll should be "
        "scrapped. Diane Blair, a close friend of Reyes, said the port would close."
    )
    rows = [(q.speaker_text, q.speaker_name) for q in art.quotes if q.quote_type == "indirect"]
    assert rows == [("Supporters of Tom Reyes", None), ("Diane Blair", "Diane Blair")]
