"""Quoted stretches on real-news patterns: which marked words are speech (issue 15)."""

from __future__ import annotations


def _rows(art):
    return [(q.quote_type, q.text, q.speaker_name, q.cue) for q in art.quotes]


def test_a_quote_after_a_quote_opens_a_sentence(annotate):
    art = annotate(
        "“We are ready,” Ana Vance said on “Morning Hour.” “The mill will reopen in the spring.”"
    )
    last = art.quotes[-1]
    assert (last.quote_type, last.text) == ("direct", "The mill will reopen in the spring.")
    assert (last.speaker_name, last.cue) == ("Ana Vance", "said")  # the cue carries over
    assert "rule:quote_after_quote" in last.rules


def test_a_short_quote_with_its_cue_beside_it_is_not_a_title(annotate):
    art = annotate("Mara Quill laughed at the question.\n“Really,” she added.")
    ((kind, text, speaker, cue),) = _rows(art)
    assert (kind, text, speaker, cue) == ("direct", "Really,", "Mara Quill", "added")
    assert "rule:adjacent_cue" in art.quotes[0].rules


def test_a_title_with_no_cue_beside_it_stays_a_title(annotate):
    art = annotate("Mara Quill reads “The Long Winter” every year, she said.")
    assert [q.text for q in art.quotes if q.quote_type != "indirect"] == []


def test_what_a_naming_verb_quotes_is_speech(annotate):
    art = annotate("Senator Ida Brenn called the plan “The Great Giveaway” on Monday.")
    ((kind, text, speaker, cue),) = _rows(art)
    assert (kind, text, speaker, cue) == ("partial", "The Great Giveaway", "Ida Brenn", "called")
    assert "rule:naming_quote" in art.quotes[0].rules


def test_a_partial_quote_in_the_clause_of_an_acting_subject(annotate):
    art = annotate(
        "Senator Ida Brenn bemoaned a climate in which neighbours “literally hate each other.”"
    )
    ((kind, text, speaker, cue),) = _rows(art)
    assert (kind, text, speaker, cue) == (
        "partial",
        "literally hate each other.",
        "Ida Brenn",
        "bemoaned",
    )
    assert "rule:acting_subject" in art.quotes[0].rules


def test_scare_quotes_in_a_subject_or_after_be_are_not_speech(annotate):
    art = annotate(
        "The earlier “undercard” debate drew few viewers. Ida Brenn is a “night owl” by habit."
    )
    assert art.quotes == []


def test_a_split_quote_continues_without_a_cue_of_its_own(annotate):
    art = annotate(
        "“Looking at the budget,” Ida Brenn continued, “we cannot afford the bridge this year.”"
    )
    # "continued" is no cue verb: the second piece is kept because it continues the first
    assert [q.text for q in art.quotes] == [
        "Looking at the budget,",
        "we cannot afford the bridge this year.",
    ]


def test_a_markup_attribute_is_not_a_quote(annotate):
    art = annotate('Ida Brenn tweeted <tweet author="idabrenn">The bridge is open!</tweet>')
    assert [q.text for q in art.quotes if q.quote_type != "indirect"] == []


def test_a_participle_naming_a_thing_is_not_speech(annotate):
    art = annotate("The Frenchwoman, dubbed “the Wall” for her defence, said she was tired.")
    assert [q.text for q in art.quotes if q.quote_type != "indirect"] == []


def test_a_block_that_is_only_a_quote_in_single_marks_is_a_heading(annotate):
    art = annotate(
        "“We will rebuild,” Mayor Jo Marr said on Monday.\n"
        "'A fight from start to finish.'\n"
        "The council met again on Tuesday."
    )
    assert [q.text for q in art.quotes] == ["We will rebuild,"]


def test_in_an_article_quoting_in_single_marks_such_a_block_is_a_quote(annotate):
    art = annotate(
        "'We will rebuild,' Mayor Jo Marr said on Monday. 'It will take years.\n"
        "'But this town never gave up.'"
    )
    assert [q.text for q in art.quotes][-1] == "But this town never gave up."


def test_a_decade_is_no_opening_mark():
    from trump_putin_call.pipeline.quotes.marks import find_marks

    text = "She grew up in the '80s in Ohio. A self-described ''geeky kid,'' she left at 17."
    (span,) = find_marks(text, 0, len(text))
    assert text[span.open + span.width : span.close] == "geeky kid,"


def test_a_partial_quote_after_a_direct_one_is_the_same_speakers(annotate):
    art = annotate(
        "“He is supposed to lead,” Ida Brenn said. Instead, “he just acts like a beaten man.”"
    )
    last = art.quotes[-1]
    assert (last.quote_type, last.text) == ("partial", "he just acts like a beaten man.")
    assert (last.speaker_name, last.cue) == ("Ida Brenn", "said")
    assert "rule:follow_on_partial" in last.rules


def test_a_short_scare_quote_after_a_direct_one_is_not_speech(annotate):
    art = annotate("“He is supposed to lead,” Ida Brenn said. Instead, he “leads” nobody.")
    assert [q.text for q in art.quotes] == ["He is supposed to lead,"]


def test_a_title_cased_word_in_a_reported_clause_is_the_speakers(annotate):
    art = annotate("Ida Brenn said the deal could lead to another “Holocaust.”")
    partial = [q for q in art.quotes if q.quote_type == "partial"]
    assert [(q.text, q.speaker_name, q.cue) for q in partial] == [
        ("Holocaust.", "Ida Brenn", "said")
    ]
    assert "rule:quoted_in_content" in partial[0].rules


def test_a_show_named_after_on_stays_a_title(annotate):
    art = annotate("Ida Brenn said on “Morning Hour” that the deal was dead.")
    assert [q.text for q in art.quotes if q.quote_type == "partial"] == []


def test_single_marks_in_a_double_mark_article_are_headline_style(annotate):
    art = annotate(
        "Judge vows to be 'more careful' with her remarks.\n"
        "“I regret it,” Judge Ada Kemp said on Monday."
    )
    assert [q.text for q in art.quotes if q.quote_type != "indirect"] == ["I regret it,"]


def test_a_noun_that_speaks_is_an_acting_subject(annotate):
    art = annotate("Critics of the plan ridiculed its “magic money tree” at the meeting.")
    partial = [q for q in art.quotes if q.quote_type == "partial"]
    assert [(q.text, q.cue) for q in partial] == [("magic money tree", "ridiculed")]


def test_a_naming_word_ending_the_last_sentence_names_nothing(annotate):
    # "campaign." closes a sentence: the next quote is speech, not the campaign's name
    art = annotate(
        "Ada Pell said the group had no link to the campaign. "
        "“They are not affiliated with us,” she said."
    )
    direct = [(q.text, q.speaker_name) for q in art.quotes if q.quote_type == "direct"]
    assert direct == [("They are not affiliated with us,", "Ada Pell")]


def test_a_lower_case_quote_after_program_is_not_its_name(annotate):
    art = annotate(
        "The minors program “is gaining traction quickly,” minister Ivo Marsh told reporters."
    )
    marked = [(q.quote_type, q.text, q.cue) for q in art.quotes if q.quote_type != "indirect"]
    assert marked == [("partial", "is gaining traction quickly,", "told")]
    # a capitalised one still names the program
    art = annotate("Ivo Marsh runs a program “Fresh Start” for young offenders, he said.")
    assert [q.text for q in art.quotes if q.quote_type != "indirect"] == []


def test_a_quote_ending_in_a_nested_quote_finds_its_tag(annotate):
    art = annotate(
        "The rally “was not as simple as, ‘He’s the ringleader,’” Tom Rask said by phone. "
        "He left early."
    )
    first = art.quotes[0]
    assert first.text.startswith("was not as simple as")
    assert (first.speaker_name, first.cue) == ("Tom Rask", "said")


def test_a_show_named_after_a_possessive_is_no_split_quote(annotate):
    # no comma after the attribution: the second marks name a show, not the rest of the quote
    art = annotate(
        "“We will cut taxes,” Lena Ostrow said on WKRP’s “This Week with Dan Brill.” "
        "She left at noon."
    )
    assert [q.text for q in art.quotes if q.quote_type != "indirect"] == ["We will cut taxes,"]


def test_a_work_named_after_memoir_or_author_of_is_a_title(annotate):
    art = annotate(
        "In his autobiography, “A Time for Courage,” published in 2015, Ivo Marsh described "
        "how he grew up poor."
    )
    assert [q.text for q in art.quotes if q.quote_type != "indirect"] == []
    art = annotate(
        "Ivo Marsh, author of “Empire of the Fund,” a new book on savings, says the system "
        "is broken."
    )
    assert [q.text for q in art.quotes if q.quote_type != "indirect"] == []


def test_quoted_words_dated_in_brackets_are_a_caption(annotate):
    art = annotate(
        "The party printed posters: “No to the new tax” (2005) and “Yes to the dam” (2009)."
    )
    assert [q.text for q in art.quotes if q.quote_type != "indirect"] == []
    # with its cue, a quote followed by a year in brackets is still speech
    art = annotate("“We will build the dam,” Ivo Marsh said (in 2009).")
    assert [q.text for q in art.quotes] == ["We will build the dam,"]


def test_a_nested_title_opening_a_quote_is_a_direct_quote(annotate):
    art = annotate(
        "Asked for her favourite show, Mara Quill laughed. “’Night Court,’” she said, "
        "“although I rarely watch it.”"
    )
    assert [q.text for q in art.quotes] == ["’Night Court,’", "although I rarely watch it."]
    assert art.quotes[0].quote_type == "direct"  # the nested mark does not hide the capital


def test_a_quote_after_a_closing_pair_of_apostrophes_opens_a_sentence(annotate):
    art = annotate(
        "''We will win,'' Ida Brenn told the crowd after she took the stage to "
        "''Eye of the Dragon.'' ''And we will unify the party.''"
    )
    last = art.quotes[-1]
    assert (last.quote_type, last.text) == ("direct", "And we will unify the party.")
    assert last.speaker_name == "Ida Brenn"


def test_a_naming_verb_whose_subject_has_a_name_in_apposition(annotate):
    art = annotate("He wanted a fight that the last nominee, Ida Brenn, called “our No. 1 foe.”")
    marked = [(q.text, q.speaker_name, q.cue) for q in art.quotes if q.quote_type != "indirect"]
    assert marked == [("our No. 1 foe.", "Ida Brenn", "called")]


def test_a_title_cased_quote_that_is_a_sentence_of_its_own_is_speech(annotate):
    art = annotate("“We have a common enemy,” Rosa Burton told delegates. “Victor Hale.”")
    last = art.quotes[-1]
    assert (last.quote_type, last.text, last.speaker_name) == (
        "direct",
        "Victor Hale.",
        "Rosa Burton",
    )
    assert "rule:sentence_quote" in last.rules
    # a name in marks inside the author's sentence stays a name
    art = annotate("“We have a common enemy,” Rosa Burton told delegates on “Night Desk.”")
    assert [q.text for q in art.quotes] == ["We have a common enemy,"]


def test_a_partial_quote_opening_with_its_own_subject_hangs_from_the_actor(annotate):
    # "that" is the subject inside the quote; the quote hangs from "defended" by its verb
    art = annotate("Ida Brenn defended a plan “that would cut the deficit in half.”")
    marked = [(q.text, q.speaker_name, q.cue) for q in art.quotes if q.quote_type != "indirect"]
    assert marked == [("that would cut the deficit in half.", "Ida Brenn", "defended")]
    assert "rule:acting_subject" in art.quotes[0].rules


def _marked(art):
    return [(q.text, q.speaker_name, q.cue) for q in art.quotes if q.quote_type != "indirect"]


def test_a_relative_who_acts_for_the_name_it_follows(annotate):
    art = annotate(
        "Ida Brenn, who has styled herself as the “law and order candidate,” toured the port."
    )
    assert _marked(art) == [("law and order candidate,", "Ida Brenn", "styled")]
    assert "rule:acting_subject" in art.quotes[0].rules


def test_a_participle_acts_for_the_noun_it_modifies(annotate):
    art = annotate(
        "It is rare to see a conservative government defending the idea that "
        "“deficits can help in a slump.”"
    )
    assert [(q.text, q.cue) for q in art.quotes if q.quote_type != "indirect"] == [
        ("deficits can help in a slump.", "defending")
    ]


def test_a_quote_in_the_subject_of_a_content_clause_is_the_actors(annotate):
    art = annotate(
        "On Monday, Ida Brenn knocked a statement by actor Leo Vance that an "
        "“obscene amount of money” was raised at his gala."
    )
    assert _marked(art) == [("obscene amount of money", "Ida Brenn", "knocked")]
    # a quote in the subject of a clause that is no verb's content is no one's words
    art = annotate("Ida Brenn toured the port, where the “new normal” has arrived.")
    assert _marked(art) == []


def test_a_short_paragraph_ending_in_two_apostrophes_is_quoted(annotate):
    art = annotate(
        "Talks Resume\nThe envoy spoke first.\nIvo Marsh told WKRP: ''We replied to the note.''"
        "\nThe talks went on."
    )
    assert [(q.text, q.speaker_name) for q in art.quotes] == [
        ("We replied to the note.", "Ivo Marsh")
    ]


def test_continued_beside_a_quote_is_its_speech_tag(annotate):
    art = annotate("Rosa Burton spoke last. “Honestly,” she continued, “we may be on the brink.”")
    assert [(q.text, q.speaker_name, q.cue) for q in art.quotes] == [
        ("Honestly,", "Rosa Burton", "continued"),
        ("we may be on the brink.", "Rosa Burton", "continued"),
    ]
    assert "rule:speech_tag" in art.quotes[0].rules
    # "continued to" with a clause of its own is no tag
    art = annotate("Prices continued to rise, and the “new normal” set in.")
    assert [q.text for q in art.quotes] == []


def test_a_naming_verb_found_by_the_acting_subject_walk_quotes_the_speaker(annotate):
    art = annotate("Ida Brenn always refers to the mayor as “Teddy.”")
    marked = [q for q in art.quotes if q.quote_type != "indirect"]
    assert [(q.text, q.speaker_name, q.cue) for q in marked] == [("Teddy.", "Ida Brenn", "refers")]
    assert {"rule:acting_subject", "rule:naming_quote"} <= set(marked[0].rules)


def test_a_long_title_after_a_naming_word_is_a_title(annotate):
    art = annotate(
        "“Markets forgive nothing,” said Ivo Marsh, a co-author of “The Long Road Home: "
        "Inside the World of the Grain Trade.”"
    )
    assert [q.text for q in art.quotes if q.quote_type != "indirect"] == [
        "Markets forgive nothing,"
    ]
    art = annotate("“Farms adapt,” said Ada Pell, a co-editor of “Fresh Fields: New Farm Writing.”")
    assert [q.text for q in art.quotes if q.quote_type != "indirect"] == ["Farms adapt,"]
    # without a naming word, long title-cased words stay speech
    art = annotate("“We Will Win This Fight For Every Family In The State,” Ivo Marsh said.")
    assert [q.text for q in art.quotes] == ["We Will Win This Fight For Every Family In The State,"]


def test_a_headline_followed_by_a_byline_is_not_speech(annotate):
    art = annotate(
        "CITY DESK—“Ferry service to resume in the spring,” by the Courier’s Ana Pell: "
        "the harbour board voted on Monday."
    )
    assert [q.text for q in art.quotes if q.quote_type != "indirect"] == []
    # a quote with its own cue is speech, whatever follows it
    art = annotate("“We will resume the ferry,” Ana Pell said, by the harbour on Monday.")
    assert [q.text for q in art.quotes] == ["We will resume the ferry,"]


def test_as_she_puts_it_gives_the_quote_its_speaker(annotate):
    art = annotate(
        "Ida Brenn runs the budget office. That is why, as she puts it, “the best money is "
        "the money you never spend” in a crisis."
    )
    marked = [q for q in art.quotes if q.quote_type != "indirect"]
    assert [(q.text, q.speaker_name, q.cue) for q in marked] == [
        ("the best money is the money you never spend", "Ida Brenn", "puts")
    ]
    assert "rule:as_puts_it" in marked[0].rules
    art = annotate(
        "As Senator Ivo Marsh has pointed out, that is the “textbook definition” of waste."
    )
    marked = [q for q in art.quotes if q.quote_type != "indirect"]
    assert [(q.text, q.speaker_name) for q in marked] == [("textbook definition", "Ivo Marsh")]
    # an "as" clause of another verb gives no cue: the scare quote stays out
    art = annotate("As the river rose, the “textbook definition” of a flood was met.")
    assert [q.text for q in art.quotes] == []
    # "in Reynolds’ words": a possessive the parser split from its name
    art = annotate(
        "The towns grew fast because, in Reynolds’ words, “they are the busiest ports on "
        "the coast.”"
    )
    marked = [q for q in art.quotes if q.quote_type != "indirect"]
    assert [(q.text, q.speaker_text, q.cue) for q in marked] == [
        ("they are the busiest ports on the coast.", "Reynolds", "words")
    ]


def test_a_title_after_a_work_noun_is_a_title_even_with_a_digit_or_a_bang(annotate):
    art = annotate("Ida Brenn later acted in the film “Sharks 3: Oh Come On!” and sold it.")
    assert [q.text for q in art.quotes if q.quote_type != "indirect"] == []
    art = annotate("The movie, “13 Hours: The Long Night,” was written by Ivo Marsh.")
    assert [q.text for q in art.quotes if q.quote_type != "indirect"] == []


def test_a_title_cased_stretch_with_a_byline_is_a_work_whatever_its_cue(annotate):
    art = annotate(
        "One Sunday in 2001, according to “Perfect Fit: Ida Brenn and the Rise of Brenn "
        "Motors” by Tomas Vale, Ida Brenn sat alone in her study."
    )
    assert [q.text for q in art.quotes if q.quote_type != "indirect"] == []
    # lower-case words before a byline-like phrase stay speech
    art = annotate("According to Ida Brenn, the plan was “dead on arrival” by Monday.")
    assert [q.text for q in art.quotes if q.quote_type != "indirect"] == ["dead on arrival"]


def test_a_misshapen_closing_mark_ends_the_quote(annotate):
    art = annotate("Senator Ida Brenn called the ruling “abhorrent“ in a tweet on Sunday.")
    marked = [q for q in art.quotes if q.quote_type != "indirect"]
    assert [(q.text, q.speaker_name, q.cue) for q in marked] == [
        ("abhorrent", "Ida Brenn", "called")
    ]
    assert "rule:opening_shape_closes" in marked[0].rules


def test_a_partial_quote_held_by_a_noun_of_saying_is_its_holders(annotate):
    art = annotate(
        "Ida Brenn’s assertion that “thousands” of voters were turned away drew a rebuke."
    )
    marked = [q for q in art.quotes if q.quote_type != "indirect"]
    assert [(q.text, q.speaker_name, q.cue) for q in marked] == [
        ("thousands", "Ida Brenn", "assertion")
    ]
    assert "rule:noun_quote" in marked[0].rules
    art = annotate("The mayor hit back at Ivo Marsh’s “47 percent” comment on Monday.")
    marked = [q for q in art.quotes if q.quote_type != "indirect"]
    assert [(q.text, q.speaker_name) for q in marked] == [("47 percent", "Ivo Marsh")]
    # a noun of saying with no holder says nothing: the scare quote stays out
    art = annotate("The claim that “thousands” of voters were turned away drew a rebuke.")
    assert [q.text for q in art.quotes if q.quote_type != "indirect"] == []


def test_a_congressman_as_subject_acts_for_the_quote(annotate):
    art = annotate(
        "The former congressman, who led the walkout, thinks the vote should be a "
        "“litmus test” for the party."
    )
    marked = [q for q in art.quotes if q.quote_type != "indirect"]
    assert [(q.text, q.cue) for q in marked] == [("litmus test", "thinks")]
    assert "rule:acting_subject" in marked[0].rules


def test_a_sentence_split_mid_sentence_looks_for_its_cue_before_the_split(annotate):
    art = annotate(
        "Ida Brenn added that she could do without the jet. but it was a “great luxury to have.”"
    )
    marked = [q for q in art.quotes if q.quote_type != "indirect"]
    assert [(q.text, q.speaker_name, q.cue) for q in marked] == [
        ("great luxury to have.", "Ida Brenn", "added")
    ]
    assert "rule:split_sentence" in marked[0].rules
    # a sentence that opens with a capital is no continuation: the scare quote stays out
    art = annotate("Ida Brenn added that she could do without the jet. It was a “great luxury.”")
    assert [q.text for q in art.quotes if q.quote_type != "indirect"] == []


def test_a_dateline_parsed_as_a_subject_does_not_hide_the_actor(annotate):
    art = annotate(
        "PHILADELPHIA, July 25 — The Harbour Board released a statement on Monday, offering "
        "“a deep and sincere apology” to the tenants."
    )
    marked = [q for q in art.quotes if q.quote_type != "indirect"]
    assert [(q.text, q.cue) for q in marked] == [("a deep and sincere apology", "released")]
    assert "rule:acting_subject" in marked[0].rules


def test_quoted_words_in_what_an_actor_believes_are_the_actors(annotate):
    art = annotate("Ida Brenn is convinced that the count was “rigged” from the start.")
    marked = [q for q in art.quotes if q.quote_type != "indirect"]
    assert [(q.text, q.speaker_name, q.cue) for q in marked] == [
        ("rigged", "Ida Brenn", "convinced")
    ]
    assert "rule:belief_content" in marked[0].rules
    art = annotate("Ivo Marsh made it clear that he has “serious concerns” about the bill.")
    marked = [q for q in art.quotes if q.quote_type != "indirect"]
    assert [(q.text, q.speaker_name, q.cue) for q in marked] == [
        ("serious concerns", "Ivo Marsh", "made")
    ]
    # no actor believes it: the writer's scare quote stays out
    art = annotate("The count was “rigged” from the start, and the plan is “serious” now.")
    assert [q.text for q in art.quotes if q.quote_type != "indirect"] == []


def test_a_name_the_model_did_not_label_acts_for_the_quote(annotate):
    art = annotate(
        "Ferry fares rose again this year. In 2014, Pew found that “most riders would pay "
        "more for a faster crossing.”"
    )
    marked = [q for q in art.quotes if q.quote_type != "indirect"]
    assert [(q.text, q.speaker_text, q.cue) for q in marked] == [
        ("most riders would pay more for a faster crossing.", "Pew", "found")
    ]
    assert "rule:acting_subject" in marked[0].rules
    assert marked[0].speaker_name is None  # no entity: no name is invented
    # a subject the model labelled as something else (here a work) is still no actor
    art = annotate("In 2014, Harbourlight found that “most riders would pay more.”")
    assert [q.text for q in art.quotes if q.quote_type != "indirect"] == []
