"""Catalogue entries of the entity stage for labels and links: a mention's label from its
context and its own form, and which mentions are one entity, in the article and across
the corpus (:mod:`trump_putin_call.pipeline.entities.stage`, after the spans of
:mod:`.entity_rules`)."""

from __future__ import annotations

from trump_putin_call.pipeline.rules.entry import Rule, entity_rule

_r = entity_rule


RULES: tuple[Rule, ...] = (
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
        "rule:shared_surname_principal",
        "entities.article.resolve_article",
        "A surname two full names before it share resolves, when the nearest full name is not "
        "in its own paragraph, to the person the article has named more often so far (in "
        "full, or by the surname alone after that full name), not to the nearest: a "
        "relative or a victim named once in full does not take the surname over.",
        "“Whitfield” PERSON, canonical “Robert Whitfield”",
        "“Whitfield” PERSON, canonical “Susan Whitfield”",
        "Susan Whitfield runs the clinic in Leeds. Whitfield opened it in 2009. Whitfield "
        "hired ten nurses.\n\nHer husband, Robert Whitfield, is a surgeon.\n\nWhitfield said "
        "the clinic would stay open.",
    ),
    _r(
        "rule:first_name_alone",
        "entities.alone.first_names",
        "A first name the model did not tag, written alone (no capitalised word beside it) "
        "more than once, is a mention of the one person of the article named in full with "
        "it, when it is a well-attested first name (not a family name written first, “Ban” "
        "of “Ban Ki-moon”) and no person of the article has it as a surname.",
        "“Gideon” (no mention)",
        "“Gideon” PERSON, canonical “Gideon Farrow”",
        "On Monday I met Gideon Farrow at the docks. Gideon was furious. “They lied,” he "
        "said. I told Gideon the truth.",
    ),
    _r(
        "rule:lone_surname_propagation",
        "entities.alone.surnames",
        "Other occurrences of a one-word person the model tagged, which no full name of the "
        "article ends, become mentions when the article writes it after a well-attested "
        "first name (“Rachel Maddow” inside the title “The Rachel Maddow Show”).",
        "“Waddell” (no mention)",
        "“Waddell” PERSON",
        "Sitting down with MSNBC's The Corinne Waddell Show on Thursday, the senator talked "
        "about trade. When Waddell pointed out that the plan was costly, the senator "
        "disagreed. “In any other year,” Waddell said of the list. Waddell asked, “What "
        "about a woman?”",
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
