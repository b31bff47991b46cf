"""Pronoun speakers (`pipeline/quotes/pronouns.py`, `salience.py`): each resolution step."""

from __future__ import annotations

from test_quotes import _extract


def _who(quotes):
    return [(q.text, q.speaker_text, q.speaker_name, q.rules[-1]) for q in quotes]


def _same(mentions):
    return mentions


def test_the_subject_not_the_nearer_object():
    found = _extract(
        "Mayor Lena Hart met the developer Tom Reyes on Monday. She said the tower plan was dead.",
        _same,
    )
    assert _who(found) == [
        ("the tower plan was dead", "She", "Lena Hart", "rule:pronoun_sentence_subject")
    ]


def test_an_honorific_tells_the_gender():
    found = _extract(
        "The report was written by Mr. Halvorsen. Ms. Quimby praised it on Tuesday. "
        "He said the costs had been understated.",
        _same,
    )
    # "he" cannot be Ms. Quimby: the nearest man is Mr. Halvorsen
    assert _who(found) == [
        (
            "the costs had been understated",
            "He",
            "Halvorsen",
            "rule:pronoun_nearest_person",
        )
    ]


def test_no_person_of_the_pronoun_gender_leaves_it_unresolved():
    found = _extract(
        "Senator Maria Delgado opened the hearing. He said the budget was late.", _same
    )
    assert _who(found) == [
        ("the budget was late", "He", None, "rule:pronoun_antecedent"),
    ]


def test_a_name_in_capitals_or_after_the_is_not_a_person():
    def as_people(mentions):  # the entity model taking a dateline and a team for people
        for m in mentions:
            if m.text in ("LONDON", "Marlow Rovers"):
                m.label = "PERSON"
        return mentions

    found = _extract(
        "LONDON - Sarah Miller watched the Marlow Rovers lose again on Saturday. "
        "She said the defence had collapsed.",
        as_people,
    )
    assert _who(found) == [
        ("the defence had collapsed", "She", "Sarah Miller", "rule:pronoun_sentence_subject")
    ]


def test_a_speaker_the_entity_model_did_not_tag_is_still_the_previous_speaker():
    def mislabel(mentions):  # "Adel Nefzi" untagged, "Nefzi" taken for a place
        for m in mentions:
            if m.text == "Nefzi":
                m.label, m.canonical = "GPE", "Nefzi"
        return [m for m in mentions if m.text != "Adel Nefzi"]

    found = _extract(
        "Adel Nefzi said the mosque had been quiet for years.\n"
        "Nefzi said he never saw the gunman talk with Tom Albury, the bomber. "
        "He said there was no link between the two.",
        mislabel,
    )
    assert _who(found)[-1] == (
        "there was no link between the two",
        "He",
        "Nefzi",
        "rule:previous_speaker",
    )


def test_the_cue_subject_speaks_inside_the_content_span():
    found = _extract(
        "Turnout fell to 41 percent in the north, according to the Electoral Commission, "
        "but officials expect a rise next year.\n"
        "Councillor Ana Ortiz has backed a new toll on the bridge, which she said would pay "
        "for repairs.",
        _same,
    )
    assert [(q.speaker_text, q.speaker_name) for q in found] == [
        ("Electoral Commission", "Electoral Commission"),
        ("she", "Ana Ortiz"),
    ]
    assert all("rule:speaker_inside_content" in q.rules for q in found)


def test_a_tag_sentence_after_an_exclamation_gives_the_cue():
    (first,) = _extract("“Have I written the speech yet?” Sanders replied.", _same)
    assert (first.speaker_name, first.cue) == ("Sanders", "replied")
    assert "rule:trailing_tag" in first.rules
    # a sentence that is not a speech tag gives no cue
    (other,) = _extract("“Stop!” The crowd fell silent.", _same)
    assert (other.speaker_name, other.cue) == (None, None)


def test_an_honorific_outranks_a_wrong_link():
    def mislink(mentions):  # the entity stage linking "Mr. Brandt" to Ivanka Brandt
        for m in mentions:
            if m.text == "Brandt":
                m.canonical = "Ivanka Brandt"
        return mentions

    found = _extract(
        "Ivanka Brandt runs the hotel group. Mr. Brandt bought a jet in 2011. "
        "He said the jet was a luxury.",
        mislink,
    )
    # "he" is Mr. Brandt, named as written: not Ivanka Brandt
    assert _who(found) == [
        ("the jet was a luxury", "He", "Brandt", "rule:pronoun_sentence_subject")
    ]


def test_mr_x_is_a_person_not_the_company_x_opens():
    def as_person(mentions):  # "Mr. Brandt" tagged as a person on his own
        for m in mentions:
            if m.text == "Brandt":
                m.label, m.canonical = "PERSON", "Brandt"
        return mentions

    found = _extract(
        "Brandt Aviation Group flies the jet. Mr. Brandt said it was a luxury.", as_person
    )
    assert [(q.speaker_text, q.speaker_name) for q in found] == [("Brandt", "Brandt")]


def test_the_main_clause_subject_not_the_one_in_the_question():
    found = _extract(
        "Asked whether Peter Novak could win the seat, Governor Tom Reyes shrugged.\n"
        "“It is too early to say,” he said.",
        _same,
    )
    assert _who(found) == [
        ("Peter Novak could win the seat", None, None, "rule:question_answered"),
        ("It is too early to say,", "he", "Tom Reyes", "rule:pronoun_sentence_subject"),
    ]


def test_a_pronoun_after_a_sentence_naming_people_only_in_passing_is_the_earlier_subject():
    found = _extract(
        "Tom Reyes left his restaurant job in May. Dismayed by his memory of Paul Marsh's years "
        "in office and inspired by Ana Ortiz's agenda, he is committed to the campaign. "
        '"I\'m knocking on doors all over town," he said.',
        lambda m: m,
    )
    assert [(q.text, q.speaker_name) for q in found] == [
        ("I'm knocking on doors all over town,", "Tom Reyes")
    ]
    assert found[0].rules[-1] == "rule:pronoun_earlier_subject"


def test_the_owner_in_a_subject_is_no_passing_mention():
    found = _extract(
        "Tom Reyes spoke at the hall on Monday. Paul Marsh's campaign has struggled since May. "
        '"We will win this race," he said.',
        lambda m: m,
    )
    assert [(q.text, q.speaker_name) for q in found] == [("We will win this race,", "Paul Marsh")]


def test_a_name_before_a_postnominal_in_the_subject_is_no_passing_mention():
    found = _extract(
        "Tom Reyes, 52, of Marden, denies fraud. His barrister, Paul Marsh KC, said his client "
        "did not dispute the sums. ‘He believed the board had approved the loans,’ he told "
        "jurors.",
        lambda m: m,
    )
    assert (found[-1].text, found[-1].speaker_name) == (
        "He believed the board had approved the loans,",
        "Paul Marsh",
    )


def test_a_person_owning_the_subject_since_the_last_quote_is_not_passed_over():
    found = _extract(
        "“People waited for hours in the sun,” said Maria Lopez of the Union, who observed "
        "the vote.\n"
        "Anna Kim’s future is unclear, but she said last week that she would lead the country. "
        "“I am going to be above the council,” she said.",
        _same,
    )
    # "Anna Kim’s future …": Kim has been spoken of since Lopez's quote
    assert _who(found)[-1][:3] == ("I am going to be above the council,", "she", "Anna Kim")
