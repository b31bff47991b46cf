"""``the candidate said`` with no name written for the role: the person the article has just
been about (`quotes/described.py`); and a he or she chained back to a sentence opened by the
same pronoun goes on with the last voice (`quotes/pronouns.py`)."""

from __future__ import annotations

from test_quotes import _extract


def _last(text):
    q = _extract(text, lambda m: m)[-1]
    return q.speaker_text, q.speaker_name, q.rules


def test_the_candidate_is_the_person_the_article_was_about():
    said, name, rules = _last(
        "Dana Whitfield called on Mayor Leo Brandt to reopen the shelter on Friday. "
        "Brandt closed it in April.\n\n"
        "“We cannot wait another winter,” the Democratic candidate said in an interview."
    )
    # Brandt was the last subject, but the article gives him another office
    assert (said, name) == ("Democratic candidate", "Dana Whitfield")
    assert "rule:role_recent_person" in rules


def test_a_role_introduced_without_a_name_is_not_given_one():
    _said, name, rules = _last(
        "Dana Whitfield spoke at the rally on Friday. A Republican candidate said the crowd "
        "was small.\n\n"
        "“Nobody came,” the candidate said."
    )
    assert name is None
    assert "rule:role_recent_person" not in rules


def test_a_plural_description_is_not_one_person():
    _said, name, rules = _last(
        "Dana Whitfield spoke at the rally on Friday.\n\n“Nobody came,” the two senators said."
    )
    assert name != "Dana Whitfield"
    assert "rule:role_recent_person" not in rules


def test_a_gendered_description_skips_a_person_of_the_other_gender():
    said, name, rules = _last(
        "Maria Delgado spoke first. Tom Reyes answered her on Friday.\n\n"
        "“We cannot wait another winter,” the actress said."
    )
    assert (said, name) == ("actress", "Maria Delgado")
    assert "rule:role_recent_person" in rules


def test_a_she_chained_to_an_opening_she_goes_on_with_the_last_voice():
    said, name, rules = _last(
        "“That is a fair worry,” Nora Feld told reporters on Monday.\n\n"
        "Asked about her own vote in the event that Ana Ortiz faces Tom Reyes, she replied: "
        "“I don’t know.”\n\n"
        "“Really,” she added when the host laughed.\n\n"
        "She appeared to imply that Reyes, a newcomer, could bring more upheaval than Ortiz, "
        "the former mayor.\n\n"
        "“Some people feel Reyes will bring a revolution,” she said."
    )
    # the opening "She" carries Nora Feld's voice on: not Ortiz, a subject in between
    assert (said, name) == ("she", "Nora Feld")
    assert "rule:previous_speaker" in rules


def test_the_former_president_is_not_the_one_titled_president():
    said, name, rules = _last(
        "Clara Voss said she had advised President Okafor for years.\n"
        "Henrik Dahl joined the attack during a rally in Leeds on Monday. "
        "“They are running against President Okafor and me,” the former president said."
    )
    # "President Okafor" holds the office now; the former one is the person just spoken of
    assert (said, name) == ("former president", "Henrik Dahl")
    assert "rule:named_role" not in rules
