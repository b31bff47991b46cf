"""Stage 4: surnames past a generational suffix, and names the article gives a title."""

from __future__ import annotations


def _mentions(art, text):
    return [m for m in art.mentions if m.text == text]


def test_a_surname_links_to_a_full_name_ending_in_a_suffix(annotate):
    art = annotate(
        "Marlon Ostby Quill IV, a developer in Tampa, bought the land last year. "
        "Quill said the sale was fair. Critics of Quill want an inquiry."
    )
    quill = _mentions(art, "Quill")
    assert quill and all(m.label == "PERSON" for m in quill)
    assert {m.canonical for m in quill} == {"Marlon Ostby Quill IV"}
    assert all("rule:surname_link_suffix" in m.rules for m in quill)
    (q,) = art.quotes
    assert q.speaker_name == "Marlon Ostby Quill IV"


def test_a_plain_tail_wins_over_a_suffixed_name(annotate):
    art = annotate(
        "Donald Trump met donors in Ohio. His son, Donald Trump Jr., spoke first. "
        "Trump said the party was united."
    )
    trump = _mentions(art, "Trump")
    assert trump and {m.canonical for m in trump} == {"Donald Trump"}
    assert not any("rule:surname_link_suffix" in m.rules for m in trump)


def test_a_name_written_after_a_title_is_a_person(annotate):
    art = annotate(
        "Pope Severin visited the camp on Sunday. The Severin visit drew crowds, and Severin "
        "said the refugees deserved better."
    )
    severin = _mentions(art, "Severin")
    assert len(severin) == 3 and all(m.label == "PERSON" for m in severin)
    assert any(r.startswith("rule:titled_") for m in severin for r in m.rules)
    (q,) = art.quotes
    assert q.speaker_name == "Severin"


def test_the_name_of_a_titled_person_after_the_stays_a_person(annotate):
    art = annotate(
        "Pope Francis visited the camp on Sunday. The Francis effect is real, aides said. "
        "Francis said the refugees deserved better."
    )
    francis = _mentions(art, "Francis")
    assert all(m.label == "PERSON" for m in francis)
    assert any("rule:titled_person" in m.rules for m in francis)


def test_an_untitled_name_after_the_is_still_no_person(annotate):
    art = annotate("Officials said the Louvre had lent two paintings to Madrid.")
    assert [m.label for m in _mentions(art, "Louvre")] == ["ORG"]


def test_an_honorific_tells_apart_two_people_of_one_surname(annotate):
    art = annotate(
        "Susan Whitfield runs the clinic in Leeds. Her husband, Robert Whitfield, is a "
        "surgeon there. Mrs. Whitfield said the clinic would stay open."
    )
    (bare,) = _mentions(art, "Whitfield")
    assert bare.canonical == "Susan Whitfield"
    assert "rule:shared_surname_honorific" in bare.rules
    (q,) = art.quotes
    assert q.speaker_name == "Susan Whitfield"


def test_without_an_honorific_the_nearest_full_name_still_wins(annotate):
    art = annotate(
        "Susan Whitfield runs the clinic in Leeds. Her husband, Robert Whitfield, is a "
        "surgeon there. Whitfield said the clinic would stay open."
    )
    (bare,) = _mentions(art, "Whitfield")
    assert bare.canonical == "Robert Whitfield"
    assert "rule:shared_surname_honorific" not in bare.rules


def test_a_name_opening_a_school_name_stands_for_the_school(annotate):
    art = annotate(
        "Parents, who gathered outside Sandy Hook Elementary School on Monday, wept. "
        "Since Sandy Hook, the town has changed, residents said."
    )
    (short,) = _mentions(art, "Sandy Hook")
    assert (short.label, short.canonical) == ("ORG", "Sandy Hook Elementary School")
    assert "rule:opens_name_person_org" in short.rules


def test_a_person_named_after_her_foundation_stays_a_person(annotate):
    art = annotate(
        "Marta Olsen spoke at the Marta Olsen Leadership Foundation on Monday. "
        "Marta Olsen said she was proud of the students."
    )
    assert {m.label for m in _mentions(art, "Marta Olsen")} == {"PERSON"}


def test_a_known_surname_never_links_to_a_suffixed_name(annotate):
    art = annotate(
        "President Trump met donors in Ohio. His son Donald Trump Jr. spoke first. "
        "Trump said the party was united."
    )
    trump = _mentions(art, "Trump")
    assert trump and {m.canonical for m in trump} == {"Donald Trump"}


def test_a_speech_verb_opening_a_name_is_cut(annotate):
    art = annotate(
        "Roger Kellan, a longtime adviser, spoke on the radio on Monday.\n\nStated Kellan:\n\n"
        "“The machines can be rigged.”"
    )
    (short,) = _mentions(art, "Kellan")
    assert short.canonical == "Roger Kellan"
    assert "rule:verb_opening_cut" in short.rules
    assert not any(m.text.startswith("Stated") for m in art.mentions)


def test_a_verb_in_ing_opening_the_sentence_is_cut(annotate):
    art = annotate(
        "Dana Marlowe won the race on Monday. Asserting Marlowe had cheated, rivals filed a "
        "complaint."
    )
    assert not any(m.text.startswith("Asserting") for m in art.mentions)
    assert {m.canonical for m in _mentions(art, "Marlowe")} == {"Dana Marlowe"}


def test_a_dash_opening_a_credit_line_is_cut_from_the_name(annotate):
    art = annotate(
        'The debate ended late on Monday.\n\n"Great speech. She is ready."\n\n'
        "-Anna Lindqvist, tweeting after the speech."
    )
    names = [m for m in art.mentions if m.label == "PERSON"]
    assert [(m.text, m.canonical) for m in names] == [("Anna Lindqvist", "Anna Lindqvist")]
    assert "rule:dash_opening_cut" in names[0].rules
    assert [(q.text, q.speaker_name) for q in art.quotes] == [
        ("Great speech. She is ready.", "Anna Lindqvist")
    ]
    assert "rule:dash_credit" in art.quotes[0].rules


def test_a_shared_surname_goes_to_the_person_the_article_is_about(annotate):
    art = annotate(
        "Susan Whitfield runs the clinic in Leeds. Whitfield opened it in 2009. Whitfield "
        "hired ten nurses.\n\nHer husband, Robert Whitfield, is a surgeon.\n\n"
        "Whitfield said the clinic would stay open."
    )
    *_, bare = _mentions(art, "Whitfield")
    assert bare.canonical == "Susan Whitfield"
    assert "rule:shared_surname_principal" in bare.rules


def test_a_show_named_after_its_host_is_no_person(annotate):
    art = annotate(
        "Tom Reyes spoke to MSNBC's “The Corinne Waddell Show” on Thursday. Only The Dana "
        "Whitfield Show on CNN gave the story an hour. “We will not back down,” Reyes said."
    )
    people = [m.text for m in art.mentions if m.label == "PERSON"]
    assert not any(p.endswith("Show") for p in people), people
    assert "Tom Reyes" in people
    assert not any(m.text == "Show" for m in art.mentions)  # no "Show" spread as a surname
