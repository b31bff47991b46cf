"""Stage 5: quotes, their type, cue and speaker."""

from __future__ import annotations


def _rows(art):
    return [(q.quote_type, q.text, q.speaker_name, q.cue, q.closed) for q in art.quotes]


def test_speaker_after_and_before(annotate):
    art = annotate(
        "“We will not give up an inch,” Ukrainian President Volodymyr Zelensky said on Friday.\n"
        "National Security Advisor Jake Sullivan said: “Supplies will reach the front lines.”"
    )
    assert _rows(art) == [
        ("direct", "We will not give up an inch,", "Volodymyr Zelensky", "said", True),
        ("direct", "Supplies will reach the front lines.", "Jake Sullivan", "said", True),
    ]


def test_split_quote_shares_a_group(annotate):
    art = annotate("“The talks were useful,” Peskov said, “but nothing is agreed yet.”")
    a, b = art.quotes
    assert a.group == b.group
    assert (a.text, b.text) == ("The talks were useful,", "but nothing is agreed yet.")
    assert a.speaker_text == b.speaker_text == "Peskov"


def test_partial_quote_and_pronoun_speaker(annotate):
    art = annotate(
        "Kremlin spokesman Dmitry Peskov hailed the call as “excellent.” "
        "Later he dismissed what he claimed to be “unnecessary” sanctions."
    )
    assert _rows(art) == [
        ("partial", "excellent.", "Dmitry Peskov", "hailed", True),
        ("partial", "unnecessary", "Dmitry Peskov", "claimed", True),
    ]
    assert art.quotes[1].speaker_text == "he"


def test_unclosed_mark_ends_before_the_author_speaks_and_before_the_next_quote(annotate):
    text = (
        "Kremlin spokesman Dmitry Peskov stated, “The indicators are favorable. At least he "
        "is pushing peace instead of hostility. This remark reflects Moscow’s optimism, as "
        "Trump denounced what he claimed to be “unnecessary” spending."
    )
    art = annotate(text)
    first, second = art.quotes
    assert first.closed is False
    assert first.text == (
        "The indicators are favorable. At least he is pushing peace instead of hostility."
    )
    assert second.text == "unnecessary" and second.closed is True
    assert first.group != second.group


def test_scare_quotes_and_titles_are_not_speech(annotate):
    art = annotate(
        "The so-called “peace plan” drew little notice. Viewers streamed the film “Dune” again."
    )
    assert art.quotes == []


def test_straight_marks_and_apostrophes(annotate):
    art = annotate(
        "\"We don't negotiate with O'Neill's people,\" said Admiral Rob Bauer, chairman of "
        "NATO's Military Committee."
    )
    ((kind, text, speaker, cue, closed),) = _rows(art)
    assert text == "We don't negotiate with O'Neill's people,"
    assert (kind, speaker, cue, closed) == ("direct", "Rob Bauer", "said", True)


def test_quote_running_over_paragraphs(annotate):
    art = annotate(
        "Sullivan said: “We will send what we have.\n“And we will keep sending it,” he added."
    )
    a, b = art.quotes
    assert a.group == b.group
    assert _rows(art) == [
        ("direct", "We will send what we have.", "Sullivan", "said", True),
        ("direct", "And we will keep sending it,", "Sullivan", "added", True),
    ]
    assert (a.speaker_text, b.speaker_text) == ("Sullivan", "he")


#: Every quote of the seeds, read against raw/ (start of the text, type, speaker, cue, closed).
SEED_QUOTES = [
    ("a de-escalation of the ongoing", "indirect", "Donald Trump", "urged", True),
    ("Trump not only stressed", "indirect", "Washington Post", "according to", True),
    ("Trump expressed his intentions", "indirect", None, "stated", True),  # "sources"
    ("to finish the war quickly", "indirect", "Donald Trump", "promised", True),
    ("excellent,", "partial", "Volodymyr Zelensky", "hailed", True),
    ("he participated in talks", "indirect", "Elon Musk", "said", True),
    ("yielding territory would", "indirect", "Volodymyr Zelensky", "according to", True),
    ("essential supplies would support", "indirect", "Jake Sullivan", "reassured", True),
    ("We want Ukraine to be", "direct", "Jake Sullivan", "said", True),
    ("The indicators are favorable.", "direct", "Dmitry Peskov", "stated", False),
    ("unnecessary", "partial", "Donald Trump", "claimed", True),
    ("POV: You’re 38 days", "direct", "Donald Trump Jr.", None, True),  # a post's caption
    ("briefly raised the issue of land,", "partial", None, "Said", True),  # "Said to have …"
    ("compromises would be included", "indirect", "Donald Trump", "proposed", True),
    ("any territory concessions", "indirect", "Volodymyr Zelensky", "claim", True),
    ("to have intercepted 34", "indirect", "Moscow", "claimed", True),
    ("his wish for peace talks", "indirect", "Donald Trump", "declares", True),
    ("it may imperil regional security", "indirect", None, "argue", True),  # "others"
    ("Trump urged Putin not to escalate", "indirect", None, "according to", True),
    ("the wisdom of Washington", "indirect", "Donald Trump", "questioned", True),
    ("such concessions would only", "indirect", "Volodymyr Zelensky", "arguing", True),
    ("positive", "partial", "Dmitry Peskov", "describing", True),
    ("Trump's focus on peace", "indirect", "Dmitry Peskov", "noting", True),
    ("allowing Russia to emerge", "indirect", "Rob Bauer", "warned", True),
    ("its intention to provide", "indirect", "Joe Biden", "confirmed", True),
    ("the White House aims to put", "indirect", "Jake Sullivan", "stated", True),
]


def test_seed_quotes(seed_tables):
    quotes = seed_tables["quotes"]
    rows = list(quotes.select("text", "quote_type", "speaker_name", "cue", "closed").iter_rows())
    assert len(rows) == len(SEED_QUOTES)
    for row, (start, *rest) in zip(rows, SEED_QUOTES, strict=True):
        assert row[0].startswith(start) and list(row[1:]) == rest, row
    texts = [r[0] for r in rows]
    assert (
        "We want Ukraine to be in the strongest possible position on the battlefield and at "
        "the negotiating table."
    ) in texts
    assert (
        "The indicators are favorable. At least he is pushing peace instead of hostility."
    ) in texts
    assert (
        "allowing Russia to emerge victorious from the conflict could inspire other autocratic "
        "states to push the boundaries of international norms"
    ) in texts
    speakers = quotes.filter(quotes["speaker_name"].is_not_null())
    entities = seed_tables["entities"]
    linked = speakers.join(
        entities.select("entity_id").unique(), left_on="speaker_entity_id", right_on="entity_id"
    )
    assert linked.height == speakers.height


def test_indirect_speech_with_that_and_according_to(annotate):
    art = annotate(
        "Admiral Rob Bauer, chairman of NATO's Military Committee, warned that allowing Russia "
        "to win could inspire other states. The talks will resume in January, according to "
        "the Kremlin."
    )
    rows = [(q.quote_type, q.text, q.speaker_name, q.cue_lemma) for q in art.quotes]
    assert rows == [
        ("indirect", "allowing Russia to win could inspire other states", "Rob Bauer", "warn"),
        ("indirect", "The talks will resume in January", "Kremlin", "according to"),
    ]


def test_things_do_not_speak(annotate):
    art = annotate("These increased operations suggest that both parties want leverage.")
    assert art.quotes == []


def test_she_is_not_the_man_named_just_before(annotate):
    art = annotate(
        "Head coach Ruth Calloway had sent on goalkeeper Ben Adeyemi, and he saved two "
        "penalties. “Ben has been brilliant all week,” she said. “He earned it.”"
    )
    first = art.quotes[0]
    assert first.speaker_text == "she" and first.speaker_name == "Ruth Calloway"
    # the follow-on quote has no cue of its own, and "He" is not its speaker
    assert _rows(art) == [
        ("direct", "Ben has been brilliant all week,", "Ruth Calloway", "said", True),
        ("direct", "He earned it.", "Ruth Calloway", None, True),
    ]


def test_unnamed_spokesperson_speaks_for_the_organisation(annotate):
    art = annotate(
        "The National Energy Board opened an inquiry into Brightwave on Monday. "
        "A spokesperson for the board said it would publish its findings by July."
    )
    (q,) = art.quotes
    assert q.speaker_text == "spokesperson for the board"
    assert q.speaker_name == "National Energy Board"


def test_single_marks_and_plural_possessives(annotate):
    art = annotate(
        "‘We didn’t turn up,’ O’Neill said. ‘The players’ effort was there after the break.’"
    )
    assert [q.text for q in art.quotes] == [
        "We didn’t turn up,",
        "The players’ effort was there after the break.",
    ]
    assert art.quotes[0].speaker_text == "O’Neill"


def test_guillemets_and_an_apostrophe_decade(annotate):
    art = annotate(
        "«We will not sign a deal written in the ’90s,» Foreign Minister Halina Wojtasik told "
        "reporters. «Our answer is no.»"
    )
    first, second = art.quotes
    assert first.text == "We will not sign a deal written in the ’90s,"
    assert first.speaker_name == "Halina Wojtasik" and first.cue_lemma == "tell"
    assert second.text == "Our answer is no." and second.speaker_name == "Halina Wojtasik"


def test_a_he_inside_the_quote_is_not_the_speaker(annotate):
    art = annotate(
        "Coach Ray Okonkwo watched his guard Devin Castille limp off. "
        "“We missed Devin tonight, and he knows it,” he said."
    )
    (q,) = art.quotes
    assert q.speaker_text == "he" and q.speaker_name == "Ray Okonkwo"


def _speakers(art):
    """Every quote of the passage: (text, type, resolved speaker)."""
    return [(q.text, q.quote_type, q.speaker_name) for q in art.quotes]


def _extract(text, edit):
    """Quotes of ``text`` after ``edit`` changed its mentions (an entity-model miss)."""
    from trump_putin_call.pipeline import blocks, entities, nlp, quotes, sentences

    per_block, mentions = [], []
    for block in blocks.segment(text):
        if block.type not in blocks.BODY_TYPES:
            continue
        doc = nlp.load()(text[slice(*block.content)])
        sents = sentences.split(block, doc)
        mentions += entities.extract(block, doc, sents, "test")
        per_block.append((block, doc, sents))
    entities.resolve_article(mentions, text)
    return quotes.extract(text, per_block, edit(mentions))


def test_short_company_name_in_a_spokesman_phrase_is_the_full_company():
    def unlinked(mentions):
        for m in mentions:
            m.canonical = m.text
        return mentions

    found = _extract(
        "Deliveries of its flagship vaccine would be delayed by a month, Marrow Therapeutics "
        "told clinics on Friday.\nA Marrow spokeswoman said the company was prioritising "
        "hospitals.",
        unlinked,
    )
    assert [(q.text, q.quote_type, q.speaker_name) for q in found] == [
        (
            "Deliveries of its flagship vaccine would be delayed by a month",
            "indirect",
            "Marrow Therapeutics",
        ),
        ("the company was prioritising hospitals", "indirect", "Marrow Therapeutics"),
    ]


def test_untagged_organisation_name_speaks_for_itself():
    found = _extract(
        "Halden Water has been fined £8m for illegal spills. Halden Water said it accepted "
        "the ruling.",
        lambda mentions: [m for m in mentions if m.label != "ORG"],
    )
    assert [(q.text, q.quote_type, q.speaker_name) for q in found] == [
        ("it accepted the ruling", "indirect", "Halden Water")
    ]


def test_organisation_in_apposition_to_a_description(annotate):
    art = annotate("A tenants' group, Save the Terrace, said it would appeal against the decision.")
    assert _speakers(art) == [
        ("it would appeal against the decision", "indirect", "Save the Terrace")
    ]


def test_a_countrys_ministry_is_named_after_the_country(annotate):
    art = annotate(
        "Talks between Ostrova and Veltmark broke down on Friday.\n"
        "Ostrova’s foreign ministry said that it was expelling two diplomats from Veltmark. "
        "They added that the embassy would stay open."
    )
    assert _speakers(art) == [
        ("it was expelling two diplomats from Veltmark", "indirect", "Ostrova Foreign Ministry"),
        ("the embassy would stay open", "indirect", "Ostrova Foreign Ministry"),
    ]
    art = annotate(
        "Veltmark’s interior ministry welcomed the verdict, saying the case showed that no "
        "official was above the law."
    )
    assert _speakers(art) == [
        (
            "the case showed that no official was above the law",
            "indirect",
            "Veltmark Interior Ministry",
        )
    ]


def test_they_skips_an_organisation_inside_the_reported_clause(annotate):
    art = annotate(
        "Harwick Foods said on Monday that it was ending its supply contract with Pellam "
        "Logistics. They added that no jobs would be lost at the depots."
    )
    assert _speakers(art) == [
        ("it was ending its supply contract with Pellam Logistics", "indirect", "Harwick Foods"),
        ("no jobs would be lost at the depots", "indirect", "Harwick Foods"),
    ]


def test_a_role_is_the_person_the_article_names_in_it(annotate):
    art = annotate(
        "Ostrova’s ambassador in Berlin said on Monday that a deal could be signed within "
        "weeks.\nSpeaking at a press conference, the ambassador, Tomas Rehak, said: "
        "“We are very close.”"
    )
    assert _speakers(art) == [
        ("a deal could be signed within weeks", "indirect", "Tomas Rehak"),
        ("We are very close.", "direct", "Tomas Rehak"),
    ]


def test_a_conjoined_cue_takes_the_nearest_conjunct_subject(annotate):
    art = annotate(
        "Economy minister Jan Holub welcomed the figures, but union leader Eva Sykora called "
        "the bank’s stance ‘cautious’ and said workers were paying the price."
    )
    assert _speakers(art) == [
        ("cautious", "partial", "Eva Sykora"),
        ("workers were paying the price", "indirect", "Eva Sykora"),
    ]


def test_whom_a_question_is_about_does_not_answer_it(annotate):
    art = annotate(
        "Union leader Tom Baird said the strike would go ahead. Asked whether Mr Keane should "
        "resign over the dispute, he replied: ‘That is for the board to decide.’"
    )
    assert _speakers(art) == [
        ("the strike would go ahead", "indirect", "Tom Baird"),
        ("Mr Keane should resign over the dispute", "indirect", None),  # the unnamed asker's
        ("That is for the board to decide.", "direct", "Tom Baird"),
    ]


def test_a_participle_after_a_content_clause_belongs_to_the_main_subject(annotate):
    art = annotate(
        "Norland Telecom said the merger would create jobs. In a filing, the company stated "
        "that Pixel Mobile served fewer than 3% of customers, arguing that a long inquiry "
        "would only help its larger rivals."
    )
    assert _speakers(art) == [
        ("the merger would create jobs", "indirect", "Norland Telecom"),
        ("Pixel Mobile served fewer than 3% of customers", "indirect", "Norland Telecom"),
        ("a long inquiry would only help its larger rivals", "indirect", "Norland Telecom"),
    ]


def test_a_name_after_a_word_for_an_organisation_is_one(annotate):
    art = annotate(
        "Rugby team Lorne Harriers has parted company with head coach Dan Ostler after a "
        'winless season.\nA team spokesperson said: "Dan has given everything to this club. '
        'We wish him well."'
    )
    assert _speakers(art) == [
        ("Dan has given everything to this club. We wish him well.", "direct", "Lorne Harriers")
    ]
    art = annotate(
        "Biscuit maker Annick Duval will close its factory in Lyon by 2027, the company said "
        "on Monday."
    )
    assert _speakers(art) == [
        (
            "Biscuit maker Annick Duval will close its factory in Lyon by 2027",
            "indirect",
            "Annick Duval",
        )
    ]


def test_an_analysts_workplace_is_not_the_company_that_speaks(annotate):
    art = annotate(
        "Shares in Brackley Logistics fell 9% after the haulier cut its profit forecast.\n"
        '"The cut was bigger than expected," Tom Hale, an analyst at Orrin Capital, wrote in '
        "a note.\nA company spokesman said the 200 job cuts announced in May were not affected."
    )
    assert _speakers(art) == [
        ("The cut was bigger than expected,", "direct", "Tom Hale"),
        ("the 200 job cuts announced in May were not affected", "indirect", "Brackley Logistics"),
    ]


def test_a_memo_speaks_for_the_author_the_article_names(annotate):
    art = annotate(
        "Ambulances queued for up to nine hours outside Harwell Infirmary last month, "
        "according to a leaked memo.\nThe memo, written by the hospital’s chief nurse, Helen "
        "Marsh, warned that staff were close to exhaustion."
    )
    assert _speakers(art) == [
        (
            "Ambulances queued for up to nine hours outside Harwell Infirmary last month",
            "indirect",
            "Helen Marsh",
        ),
        ("staff were close to exhaustion", "indirect", "Helen Marsh"),
    ]


def test_a_companys_own_filing_speaks_for_the_company(annotate):
    art = annotate(
        "Brackley Logistics said it had fixed the fault within an hour. At least 8,000 parcels "
        "were lost, according to the company's own filing with regulators."
    )
    assert _speakers(art) == [
        ("it had fixed the fault within an hour", "indirect", "Brackley Logistics"),
        ("At least 8,000 parcels were lost", "indirect", "Brackley Logistics"),
    ]


def test_the_role_is_the_person_named_in_it_earlier(annotate):
    art = annotate(
        "The ambassador, Tomas Rehak, arrived in Berlin on Monday. The ambassador said the "
        "talks would resume in June."
    )
    assert _speakers(art) == [("the talks would resume in June", "indirect", "Tomas Rehak")]


def test_the_judge_is_the_person_titled_justice(annotate):
    art = annotate(
        "Mr Justice Colin Ferris refused the appeal on Friday. ‘The evidence against the "
        "defendant is overwhelming,’ the judge said."
    )
    assert _speakers(art) == [
        ("The evidence against the defendant is overwhelming,", "direct", "Colin Ferris")
    ]


def test_the_city_speaks_under_its_name_in_the_text(annotate):
    art = annotate(
        "The City of Marlow agreed on Monday to pay $2m to settle the lawsuit. In court "
        "filings, the city had denied that its staff acted unlawfully. A spokesman for the "
        "city said the settlement was not an admission of fault."
    )
    assert _speakers(art) == [
        ("its staff acted unlawfully", "indirect", "City of Marlow"),
        ("the settlement was not an admission of fault", "indirect", "City of Marlow"),
    ]


def test_the_role_prefers_the_holder_named_before(annotate):
    art = annotate(
        "The ambassador, Tomas Rehak, spoke first at the summit in Geneva on Monday, after a "
        "long morning of closed-door meetings with trade officials and bankers. The "
        "ambassador said the talks would resume in June. The ambassador, Lena Vogt, takes "
        "over next month."
    )
    assert _speakers(art) == [("the talks would resume in June", "indirect", "Tomas Rehak")]


def test_a_follow_on_quote_inherits_the_quote_before_it_in_the_text(annotate):
    art = annotate(
        "Halden Water said on Monday that it had repaired the burst main. Its operations "
        'director, Tom Reed, said: "We are sorry for the disruption."\n'
        '"It will not happen again."'
    )
    assert _speakers(art) == [
        ("it had repaired the burst main", "indirect", "Halden Water"),
        ("We are sorry for the disruption.", "direct", "Tom Reed"),
        ("It will not happen again.", "direct", "Tom Reed"),
    ]


def test_a_ministry_spokesman_speaks_for_the_ministry_named_before(annotate):
    art = annotate(
        "Germany's foreign ministry said it had summoned the ambassador. A ministry spokesman "
        'said: "The meeting was frank."\n"We expect answers within a week."'
    )
    assert _speakers(art) == [
        ("it had summoned the ambassador", "indirect", "Germany Foreign Ministry"),
        ("The meeting was frank.", "direct", "Germany Foreign Ministry"),
        ("We expect answers within a week.", "direct", "Germany Foreign Ministry"),
    ]


def test_the_ministry_keeps_the_name_of_its_owner(annotate):
    art = annotate(
        "Ministers from Norway and Sweden met in Oslo. Norway's defence ministry said it would "
        "increase spending. A spokesperson for the ministry said the plan was approved in March."
    )
    assert _speakers(art) == [
        ("it would increase spending", "indirect", "Norway Defence Ministry"),
        ("the plan was approved in March", "indirect", "Norway Defence Ministry"),
    ]


def test_place_police_are_named_as_written(annotate):
    art = annotate(
        "Three men were arrested after the raid. Marden police said the men were being "
        "questioned. A police spokeswoman said further arrests were likely."
    )
    assert _speakers(art) == [
        ("the men were being questioned", "indirect", "Marden police"),
        ("further arrests were likely", "indirect", "Marden police"),
    ]


def test_an_organisations_role_is_its_named_holder_not_another_owners(annotate):
    art = annotate(
        "The bank's governor said rates would stay on hold. Governor Lena Holt, speaking in "
        "Frankfurt, said inflation was falling."
    )
    assert _speakers(art) == [
        ("rates would stay on hold", "indirect", "Lena Holt"),
        ("inflation was falling", "indirect", "Lena Holt"),
    ]
    art = annotate(
        "The regulator's chief executive, Dr Ruth Amis, said the fine was deserved. Halden "
        "Water's chief executive said bills would not rise."
    )
    assert _speakers(art) == [
        ("the fine was deserved", "indirect", "Ruth Amis"),
        ("bills would not rise", "indirect", "Halden Water"),
    ]


def test_the_carrier_speaks_for_the_airline_named_before(annotate):
    art = annotate(
        "Budget airline Skyward Jet cancelled 300 flights after a strike by its pilots. The "
        "carrier said passengers would be rebooked within two days."
    )
    assert _speakers(art) == [
        ("passengers would be rebooked within two days", "indirect", "Skyward Jet")
    ]


def test_an_office_in_capitals_is_not_a_name(annotate):
    art = annotate("The Foreign Secretary said the talks would continue.")
    assert _speakers(art) == [("the talks would continue", "indirect", None)]
    art = annotate(
        "Prime Minister Keir Starmer met union leaders on Monday. The Prime Minister said the "
        "deal was fair."
    )
    assert _speakers(art) == [("the deal was fair", "indirect", "Keir Starmer")]
