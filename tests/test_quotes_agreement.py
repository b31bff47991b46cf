"""He/she speakers: the article's own pronouns give a gender; a role subject ("the
admiral") carries the pronoun to the person the article gave the role."""

from __future__ import annotations

from test_quotes import _extract


def _speakers(text):
    return [(q.speaker_text, q.speaker_name, q.rules) for q in _extract(text, lambda m: m)]


def test_a_she_skips_a_man_whose_first_name_says_nothing():
    # "Casey" and "Robin" are given to men and women alike: the article's he/she decide
    text = (
        "Robin Hale opened the hearing on Monday. She said the council would vote soon. "
        "Casey Dunn said he would oppose the plan. Dunn said he had the votes.\n\n"
        "Casey Dunn blamed the delay on the mayor.\n\n"
        "“We will not wait another year,” she said."
    )
    *_, (said, name, _rules) = _speakers(text)
    assert (said, name) == ("she", "Robin Hale")


def test_without_the_articles_pronouns_the_nearest_subject_is_taken():
    text = (
        "Robin Hale opened the hearing on Monday.\n\n"
        "Casey Dunn blamed the delay on the mayor.\n\n"
        "“We will not wait another year,” she said."
    )
    *_, (said, name, _rules) = _speakers(text)
    assert (said, name) == ("she", "Casey Dunn")


def test_he_after_the_admiral_as_subject_is_the_admiral():
    text = (
        "Gen. Mark Cole asked Admiral Paul Vance about the islands on Friday. "
        "Asked again later, the admiral laughed.\n\n"
        "“It is good that my voice is low,” he said."
    )
    *_, (said, name, rules) = _speakers(text)
    assert (said, name) == ("he", "Paul Vance")
    assert "rule:pronoun_role_subject" in rules


def test_without_the_role_subject_he_is_the_sentences_subject():
    text = (
        "Gen. Mark Cole asked Admiral Paul Vance about the islands on Friday.\n\n"
        "“It is good that my voice is low,” he said."
    )
    *_, (said, name, rules) = _speakers(text)
    assert (said, name) == ("he", "Mark Cole")
    assert "rule:pronoun_role_subject" not in rules


def test_a_role_subject_stands_for_the_last_person_who_was_a_subject():
    text = (
        "Tom Reyes conceded the race on Tuesday night.\n\n"
        "The Ohio senator thanked his staff, in a swipe at Paul Marsh’s rallies.\n\n"
        "He said that his campaign had been “clean from the first day.”"
    )
    *_, (said, name, rules) = _speakers(text)
    assert (said, name) == ("He", "Tom Reyes")
    assert "rule:pronoun_role_subject" in rules


def test_a_speaker_named_in_the_content_is_kept_when_no_one_else_agrees():
    text = (
        "“It will bring certainty to schools,” said Sen. Patty Moore, who wrote the bill. "
        "Mark Cole, the governor, agreed.\n\n"
        "The waiver system has hurt many states, including Moore’s home state, she said."
    )
    *_, (said, name, _rules) = _speakers(text)
    assert (said, name) == ("she", "Patty Moore")


def test_a_she_earlier_in_the_candidates_sentence_carries_on():
    text = (
        "Ana Ortiz spoke at the rally on Sunday.\n\n"
        "When she took the stage after Maria Delgado’s speech, the crowd cheered.\n\n"
        "“We have to win this one,” she said."
    )
    *_, (said, name, rules) = _speakers(text)
    assert (said, name) == ("she", "Ana Ortiz")
    assert "rule:pronoun_same_in_sentence" in rules


def test_a_tag_parsed_as_a_noun_phrase_names_the_speaker():
    text = (
        "The council met again on Monday.\n\n"
        "“Is the mayor going to finally say the word fraud? If he doesn’t he should resign "
        "in disgrace!” the presumptive GOP presidential nominee, Ana Ortiz, tweeted Sunday "
        "after a long attack on the council."
    )
    found = _extract(text, lambda m: m)
    assert [(q.cue, q.speaker_name) for q in found] == [("tweeted", "Ana Ortiz")]
    assert "rule:trailing_tag" in found[0].rules


def _parsed(words, heads, deps, tags):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags)


def test_a_subject_under_a_subjectless_asked_root_is_a_main_subject():
    # the parse the model gives "Asked later - war or not - the admiral chuckled." inside
    # some articles: "Asked" the root, "chuckled" (with its subject) a clause under it
    from trump_putin_call.pipeline.quotes import roles

    words = ["Asked", "later", "-", "war", "-", "the", "admiral", "chuckled", "."]
    heads = [0, 3, 3, 0, 0, 6, 7, 0, 7]
    deps = ["ROOT", "amod", "punct", "dobj", "punct", "det", "nsubj", "ccomp", "punct"]
    tags = ["VBN", "JJ", "HYPH", "NN", ",", "DT", "NN", "VBD", "."]
    doc = _parsed(words, heads, deps, tags)
    assert roles._main_clause(doc[7].head) and roles._main_clause(doc[6].head)
    # "She implied that the admiral chuckled": the root has a subject of its own
    words = ["She", "implied", "that", "the", "admiral", "chuckled", "."]
    heads = [1, 1, 5, 4, 5, 1, 1]
    deps = ["nsubj", "ROOT", "mark", "det", "nsubj", "ccomp", "punct"]
    tags = ["PRP", "VBD", "IN", "DT", "NN", "VBD", "."]
    doc = _parsed(words, heads, deps, tags)
    assert not roles._main_clause(doc[5])


def test_his_and_her_vote_for_a_gender_too():
    # Casey's gender comes only from "his" in sentences with Dunn as their subject
    text = (
        "Robin Hale opened the hearing on Monday.\n\n"
        "Casey Dunn raised his hand. Dunn thanked his staff for the report.\n\n"
        "Casey Dunn blamed the delay on the mayor.\n\n"
        "“We will not wait another year,” she said."
    )
    *_, (said, name, _rules) = _speakers(text)
    assert (said, name) == ("she", "Robin Hale")


def test_the_actor_as_subject_hands_he_to_the_actor():
    text = (
        "Host Mark Dale interviewed actor John Reyes on Monday.\n\n"
        "In a new book, the actor discussed schools.\n\n"
        "“Just imagine,” he said."
    )
    *_, (said, name, rules) = _speakers(text)
    assert (said, name) == ("he", "John Reyes")
    assert "rule:pronoun_role_subject" in rules
