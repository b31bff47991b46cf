"""Stage 4: first names and surnames the article writes alone, which the model left untagged."""

from __future__ import annotations


def _mentions(art, text):
    return [m for m in art.mentions if m.text == text]


def test_a_lone_first_name_links_to_the_one_person_named_in_full(annotate):
    art = annotate(
        "On Monday I met Gideon Farrow at the docks. Gideon was furious. “They lied,” he "
        "said. I told Gideon the truth."
    )
    added = [m for m in _mentions(art, "Gideon") if "rule:first_name_alone" in m.rules]
    assert added, "the model tagged every Gideon: the test text no longer tests the rule"
    assert all(m.label == "PERSON" and m.canonical == "Gideon Farrow" for m in added)


def test_a_first_name_written_alone_once_is_left_alone(annotate):
    art = annotate("On Monday I met Gideon Farrow at the docks. Gideon was furious.")
    assert not any("rule:first_name_alone" in m.rules for m in art.mentions)


def test_a_first_name_two_people_share_is_left_alone(annotate):
    art = annotate(
        "On Monday I met Gideon Farrow and Gideon Pell at the docks. Gideon was furious. "
        "I told Gideon the truth."
    )
    assert not any("rule:first_name_alone" in m.rules for m in art.mentions)


def test_a_surname_tagged_once_is_found_again_after_a_title_names_the_person(annotate):
    art = annotate(
        "Sitting down with MSNBC's The Corinne Waddell Show on Thursday, the senator talked "
        "about trade. When Waddell pointed out that the plan was costly, the senator "
        "disagreed. “In any other year,” Waddell said of the list. Waddell asked, “What "
        "about a woman?”"
    )
    waddell = _mentions(art, "Waddell")
    assert len(waddell) == 3 and all(m.label == "PERSON" for m in waddell)
    assert any("rule:lone_surname_propagation" in m.rules for m in waddell)


def test_a_lone_word_person_without_a_first_name_before_it_is_not_spread(annotate):
    art = annotate(
        "The senator talked about trade on Thursday. When Waddell pointed out that the plan "
        "was costly, the senator disagreed. Later Waddell asked about a woman."
    )
    assert not any("rule:lone_surname_propagation" in m.rules for m in art.mentions)
