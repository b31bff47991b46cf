"""Catalogue entries of the quote stage (`pipeline/quotes`), in the order the stage finds
a quote, its cue and its speaker (:func:`trump_putin_call.pipeline.quotes.stage.extract`)."""

from __future__ import annotations

from trump_putin_call.pipeline.rules.entry import Rule


def _r(
    token: str, where: str | tuple[str, ...], description: str, before: str, after: str, *ex: str
) -> Rule:
    where = (where,) if isinstance(where, str) else where
    return Rule(token, ("quotes",), where, description, before, after, ex)


RULES: tuple[Rule, ...] = (
    _r(
        "rule:quote_marks-1",
        ("quotes.quote.QUOTE_RULES", "quotes.stage.extract", "quotes.reported._indirect"),
        "The quote rules, version 1: quotation marks paired block by block (a direct or "
        "partial quote), or a reported clause (indirect). Every quote row carries it.",
        "“We will talk again,” Trump said.",
        "direct quote “We will talk again,”; speaker Donald Trump (as “Trump”); cue said",
        "“We will talk again,” Trump said.",
    ),
    _r(
        "rule:indirect_ccomp",
        "quotes.reported._indirect",
        "Reported speech without quotation marks: the content clause of a cue verb (“X warned "
        "that …”), or the clause a trailing “according to X” reports.",
        "Peskov said the talks had been useful.",
        "indirect quote “the talks had been useful”; speaker Dmitry Peskov; cue said",
        "Peskov said the talks had been useful.",
    ),
    _r(
        "rule:sentence_subject",
        "quotes.stage.extract",
        "A direct quote with no cue verb: its speaker is the subject of its sentence’s main verb.",
        "The minister had a warning: “Nobody is safe.” (no cue)",
        "speaker “minister”",
        "The minister had a warning: “Nobody is safe.”",
    ),
    _r(
        "rule:introduced_speaker",
        "quotes.speakers._introduced_speaker",
        "A direct quote with no cue and no subject: its speaker is the subject of the "
        "sentence before it, when that sentence quotes nobody itself.",
        "The Greens’ leader, Malik Osei, was blunter still. “We lost.”",
        "speaker Malik Osei",
        "The Greens’ leader, Malik Osei, was blunter still. “We lost, and we lost badly.”",
    ),
    _r(
        "rule:follow_on",
        "quotes.stage.extract",
        "A direct quote with no cue and no speaker takes the speaker of the quote just "
        "before it, in the same or the previous paragraph.",
        "‘The players’ effort was there after the break.’ (no speaker)",
        "speaker O’Neill (from the quote before)",
        "‘We didn’t turn up,’ O’Neill said. ‘The players’ effort was there after the break.’",
    ),
    _r(
        "rule:multi_paragraph",
        "quotes.stage.extract",
        "A quote whose paragraph ends without a closing mark while the next one opens with a "
        "mark runs on: the next paragraph’s quote keeps its group, type and speaker.",
        "“It will take time…” opens the second paragraph",
        "same quote group, type and speaker as the first paragraph’s quote",
        "“We will rebuild the stadium and the roads around it.\n\n“It will take time, and "
        "money, and patience.”",
    ),
    _r(
        "rule:split_attribution",
        "quotes.stage.extract",
        "“A,” she said, “and B.”: the two pieces are one utterance (one quote group), the "
        "second taking the first’s cue and speaker.",
        "“but nothing is agreed yet.” (no cue)",
        "same group as “The talks were useful,”; speaker Dmitry Peskov; cue said",
        "“The talks were useful,” Peskov said, “but nothing is agreed yet.”",
    ),
    # --- the speaker, from the cue's subject (speakers._speaker)
    _r(
        "rule:org_short_form",
        ("quotes.speakers._speaker", "quotes.speakers._prefer_full_org"),
        "A one-word name that opens a longer organisation name of the article speaks as that "
        "organisation (never a person written “Mr./Mrs./Ms./Dr. X” or linked to a full name).",
        "speaker “Marrow”",
        "speaker “Marrow Therapeutics”",
        "Deliveries of its flagship vaccine would be delayed by a month, Marrow Therapeutics "
        "told clinics on Friday.\nA Marrow spokeswoman said the company was prioritising "
        "hospitals.",
    ),
    _r(
        "rule:appositive",
        ("quotes.speakers._speaker",),
        "The person or organisation in apposition to the cue’s subject speaks: “the lead "
        "physicist, Amélie Garnier, said”, “A tenants’ group, Save the Terrace, said”.",
        "subject “group”",
        "speaker “Save the Terrace”",
        "A tenants' group, Save the Terrace, said it would appeal against the decision.",
    ),
    _r(
        "rule:pronoun_antecedent",
        ("quotes.speakers._speaker", "quotes.pronouns.resolve"),
        "A he or she speaker is resolved to a person named before it, step by step (the next "
        "token says which step chose them; none: no person of that gender, left unresolved).",
        "subject “he”",
        "speaker “Keir Starmer”",
        "Keir Starmer met union leaders on Monday. He said the deal was fair.",
    ),
    _r(
        "rule:pronoun_sentence_subject",
        ("quotes.pronouns.SUBJECT", "quotes.pronouns.resolve"),
        "When nobody spoke just before: the person who is the subject of the latest sentence "
        "naming a candidate (named before the pronoun, outside quotes, reading as a person, "
        "not of the other gender by first name or Mr./Mrs./Ms.), not its object; the main "
        "clause’s subject first.",
        "speaker Tom Reyes (the nearest person)",
        "speaker Lena Hart (the subject)",
        "Mayor Lena Hart met the developer Tom Reyes on Monday. She said the tower plan was dead.",
    ),
    _r(
        "rule:pronoun_same_in_sentence",
        ("quotes.pronouns.CHAIN", "quotes.pronouns.chain_start"),
        "A he or she after the same pronoun earlier in its own sentence (outside quotes), with "
        "no person the subject in between, stands for what the first one stands for: the steps "
        "run from the first one, so a person named after it (an object) is not a candidate. "
        "Likewise when the latest sentence naming a candidate, with no person its subject, "
        "holds the same pronoun before its first candidate (“She appeared to imply … than "
        "Maria Delgado. “…,” she said”; “When he took the stage after Mr. Vance’s "
        "introduction, …”).",
        "speaker Paul Marsh (the person named just before the second “he”)",
        "speaker Tom Reyes (as the first “he”)",
        "Mayor Tom Reyes spoke at the plant. Specifically, he blamed the delay on Governor Paul "
        "Marsh, who he said had “sat on the permits for a year.”",
    ),
    _r(
        "rule:pronoun_role_subject",
        ("quotes.roles.RULE", "quotes.pronouns.resolve"),
        "A he or she after a sentence whose subject is a role led by “the” (“the admiral”, "
        "“the Ohio senator”) stands for the person the article gave that role, as a title "
        "before the name or an apposition after it, nearest before; after a sentence whose "
        "subject is a named person, only someone else that sentence names. With nobody titled "
        "so and no named subject, the role stands for the latest person who was a subject.",
        "speaker Mark Cole (the subject of the sentence naming both)",
        "speaker Paul Vance (“the admiral”)",
        "Gen. Mark Cole asked Admiral Paul Vance about the islands on Friday. Asked again "
        "later, the admiral laughed. “It is good that my voice is low,” he said.",
    ),
    _r(
        "rule:pronoun_nearest_person",
        ("quotes.pronouns.NEAREST", "quotes.pronouns.resolve"),
        "When no candidate of that sentence is its subject: the nearest candidate before the "
        "pronoun (never one whose first name or honorific says the other gender).",
        "speaker Ms. Quimby (the nearest person)",
        "speaker Halvorsen (the nearest man)",
        "The report was written by Mr. Halvorsen. Ms. Quimby praised it on Tuesday. He said "
        "the costs had been understated.",
    ),
    _r(
        "rule:trailing_tag",
        ("quotes.tags.TRAILING", "quotes.stage.extract"),
        "A quote ending with “!” or “?” takes its cue from the next sentence when that "
        "sentence is only a speech tag (a cue verb with a subject, no clause or object of its "
        "own, no quotation marks), as in “Sanders replied.” after a question; or a noun "
        "phrase the cue verb hangs from (“the party’s nominee, Ana Ortiz, tweeted Sunday.”), "
        "the noun its speaker.",
        "no cue, no speaker (the tag is a sentence of its own)",
        "cue replied; speaker Sanders",
        "“Have I written the speech yet?” Sanders replied.",
    ),
    _r(
        "rule:tag_after_quote",
        ("quotes.tags.AFTER_QUOTE", "quotes.tags.right_after"),
        "A bare speech tag right after the closing mark (“…?” asked Dunn; “…,” she said) is "
        "the quote’s cue even when the parser hung the quote from a verb before it; bare: its "
        "own subject (or the name right after an opening cue) and no clause of its own.",
        "cue denies; speaker Marlow Council",
        "cue asked; speaker Dunn",
        "The vote could still be delayed, as many residents hope but Marlow Council strongly "
        "denies — “why would anyone wait another year?” asked Ruth Dunn, a local organiser.",
    ),
    _r(
        "rule:subject_outside_quote",
        ("quotes.tags.OUTSIDE", "quotes.tags.subject_outside"),
        "Words inside the quote are never its speaker: when the parser makes them the cue’s "
        "subject, the speaker is a name between the closing mark and the cue (“…,” Ortiz, 58, "
        "said), the name right after a cue that follows the quote (“…,” said Ana Ortiz), or the "
        "subject outside the quote of a verb the cue hangs from; else none.",
        "speaker “Thanks, Marlow” (the quote’s own words)",
        "speaker Ana Ortiz",
        "Ana Ortiz and Maria Delgado met voters. “Thanks, Marlow, for welcoming these "
        "families,” said Ana Ortiz, the host.",
    ),
    _r(
        "rule:inverted_tag",
        ("quotes.tags.INVERTED", "quotes.tags.inverted_object"),
        "A cue right after the closing mark whose only complement is the noun after it "
        "(“…,” added a South Carolina Democrat), which the parser took for its object: that "
        "noun is who speaks, as in the row of commentators each quoted before their own tag.",
        "no speaker",
        "speaker Democrat (as written)",
        "Insiders were split. “Ana Ortiz needed to win the first two votes,” added a South "
        "Carolina Democrat.",
    ),
    _r(
        "rule:passive_report",
        ("quotes.passive.PASSIVE_REPORT", "quotes.passive.passive_report"),
        "A passive report (“X is said to have …”, or a sentence opening “Said to have …, X "
        "…”) names no speaker: X is whom the report is about, so the quote keeps its cue and "
        "its speaker is left empty; so does a verb in its infinitive (“X is said to have "
        "warned that …”), direct or reported.",
        "speaker Ana Ortiz (the subject of the clause the participle hangs from)",
        "no speaker; cue Said",
        "Said to have “briefly raised the question of ports,” Mayor Ana Ortiz then left the room.",
    ),
    _r(
        "rule:speaker_inside_content",
        ("quotes.inside.INSIDE", "quotes.inside.speaks"),
        "The cue’s own subject (or the object of “according to”) speaks even where the "
        "reported words surround it: “…, which she said would pay for repairs”, “…, according "
        "to the Electoral Commission, but …”.",
        "no speaker (the subject lies inside the content’s span)",
        "speaker Ana Ortiz (as “she”)",
        "Councillor Ana Ortiz has backed a new toll on the bridge, which she said would pay "
        "for repairs.",
    ),
    _r(
        "rule:pronoun_organisation",
        "quotes.speakers._speaker",
        "It, they or we speak as the latest organisation or named institution before it, "
        "outside quotes and reported clauses.",
        "subject “They”",
        "speaker “Harwick Foods”",
        "Harwick Foods said on Monday that it was ending its supply contract with Pellam "
        "Logistics. They added that no jobs would be lost at the depots.",
    ),
    _r(
        "rule:surname_speaker",
        "quotes.speakers._speaker",
        "A capitalised subject the entity stage did not tag speaks as the person of the "
        "article whose name ends with it.",
        "subject “Ajayi” (no mention)",
        "speaker “Olamide Ajayi”",
        "The appeal was led by Olamide Ajayi. Ms Ajayi said the ruling was unjust. Ajayi added "
        "that she would appeal.",
    ),
    _r(
        "rule:speaker_in_phrase",
        "quotes.speakers._speaker",
        "The last person (else the organisation) named inside the subject’s phrase speaks: "
        "“a spokesman for Downing Street”.",
        "subject “spokesman”",
        "speaker “Downing Street”",
        "A spokesman for Downing Street said the talks would resume.",
    ),
    _r(
        "rule:untagged_name",
        "quotes.speakers._speaker",
        "A capitalised name of several words that the entity model missed speaks as written.",
        "subject “Regulator” (no mention)",
        "speaker “Water Standards Regulator”",
        "The Water Standards Regulator said the fines would be paid within a month.",
    ),
    _r(
        "rule:place_institution",
        "quotes.speakers._speaker",
        "A place’s police, ministry or embassy named after it (“Marden police said”) speaks as "
        "written.",
        "subject “police”",
        "speaker “Marden police”",
        "Three men were arrested after the raid. Marden police said the men were being questioned.",
    ),
    _r(
        "rule:spokesperson_org",
        "quotes.speakers._speaker",
        "An organisation’s unnamed voice (“a company spokesman”, “the ministry”) speaks for the "
        "organisation named before it whose name holds its noun, else the nearest one.",
        "subject “company”",
        "speaker “Brackley Logistics”",
        "Brackley Logistics lost 8,000 parcels last week. The company said it had fixed the "
        "fault within an hour.",
    ),
    _r(
        "rule:voice_not_reporter",
        ("quotes.owners.NOT_REPORTER", "quotes.owners.reporter"),
        "A news outlet that reports (“told the Daily Ledger”, “Northport Radio reported”, a "
        "name with Times, News, Radio …) is passed over as the organisation of an unnamed "
        "voice (“the airline added”): the outlet carries the story, it does not issue it.",
        "speaker “Daily Ledger” (the nearest organisation)",
        "speaker “SkyLark”",
        "Budget carrier SkyLark cancelled 340 flights this week, the Daily Ledger reported. "
        "Refunds would be offered to every passenger, the airline added.",
    ),
    _r(
        "rule:voice_not_affiliation",
        ("quotes.owners.NOT_AFFILIATION", "quotes.owners.fitting"),
        "Of two organisations each named to place a person in a role (“Eastvale Rovers manager "
        "Piet Larsen” … “Northbridge’s manager, Aron Feld”), the later one is named for "
        "contrast: an unnamed voice (“the club’s board”) speaks for the first.",
        "speaker “Northbridge” (the nearest organisation)",
        "speaker “Eastvale Rovers”",
        "Eastvale Rovers manager Piet Larsen insisted on Sunday that his job was safe after a "
        "2-0 loss to Northbridge City. Northbridge’s manager, Aron Feld, was delighted. "
        "The club’s board said in a statement that Mr Larsen retained its full support.",
    ),
    _r(
        "rule:org_name_in_text",
        "quotes.speakers._speaker",
        "An unnamed voice whose organisation the entity stage has not found speaks for a "
        "capitalised name in the text that holds its noun.",
        "subject “spokesman for the city”",
        "speaker “City of Marlow”",
        "The City of Marlow agreed on Monday to pay $2m to settle the lawsuit. A spokesman for "
        "the city said its staff had acted lawfully.",
    ),
    _r(
        "rule:institution_voice",
        ("quotes.speakers._prefer_full_org", "quotes.article._Article.resolve_unnamed"),
        "An unnamed voice speaks for the latest institution named after its owner before it "
        "(“a police spokeswoman” after “Marden police”).",
        "subject “spokeswoman”",
        "speaker “Marden police”",
        "Three men were arrested after the raid. Marden police said the men were being "
        "questioned. A police spokeswoman said further arrests were likely.",
    ),
    _r(
        "rule:document_owner",
        "quotes.speakers._possessed",
        "An organisation’s document (“the company’s filing”) speaks for the organisation.",
        "subject “filing”",
        "speaker “Brackley Logistics”",
        "Brackley Logistics said it had fixed the fault within an hour. At least 8,000 parcels "
        "were lost, according to the company's own filing with regulators.",
    ),
    _r(
        "rule:possessive_institution",
        "quotes.speakers._possessed",
        "An institution named after its owner (“Veltmark’s interior ministry”) speaks as one "
        "name (“Veltmark Interior Ministry”), not as the place.",
        "subject “ministry”",
        "speaker “Veltmark Interior Ministry”",
        "Veltmark’s interior ministry welcomed the verdict, saying the case showed that no "
        "official was above the law.",
    ),
    _r(
        "rule:named_role",
        ("quotes.speakers._possessed", "quotes.speakers._document_or_role"),
        "A role (“the Prime Minister”, “Ostrova’s ambassador”) speaks as the person the "
        "article names in that role.",
        "subject “Prime Minister”",
        "speaker “Keir Starmer”",
        "Prime Minister Keir Starmer met union leaders on Monday. The Prime Minister said the "
        "deal was fair.",
    ),
    _r(
        "rule:document_author",
        "quotes.speakers._document_or_role",
        "A document (“the memo”, “the report”) speaks as whoever the article says wrote it.",
        "subject “memo”",
        "speaker “Helen Marsh”",
        "Ambulances queued for up to nine hours outside Harwell Infirmary last month, "
        "according to a leaked memo.\nThe memo, written by the hospital’s chief nurse, Helen "
        "Marsh, said staff were exhausted.",
    ),
    # --- issue 15: real news (PolNeAR train)
    _r(
        "rule:mark_direction",
        ("quotes.marks.DIRECTION", "quotes.marks.find_marks"),
        "A straight mark takes its direction from its neighbours: with a space before and a "
        "word after it opens a new quote, so a quote whose paragraph break was lost stays "
        "unclosed instead of pairing with the next quote’s opening mark.",
        "“We baked all night for the fair. ” paired with the next quote’s opening mark",
        "an unclosed quote “We baked all night for the fair.”, then “Then came the rain,”",
        'Jo Marr said: "We baked all night for the fair. "Then came the rain," she said.',
    ),
    _r(
        "rule:apostrophe_marks",
        ("quotes.marks.APOSTROPHES", "quotes.marks.find_marks"),
        "Two apostrophes ('') are a double quotation mark, as the New York Times writes them.",
        "single-mark pairs typed partial",
        "direct quote “We will reopen the mill,”; speaker Ana Vance",
        "''We will reopen the mill,'' Ana Vance said on Monday.",
    ),
    _r(
        "rule:quote_after_quote",
        ("quotes.keep.AFTER_QUOTE", "quotes.keep.opens_sentence"),
        "A quote right after another quote’s closing mark (or after a headline in capitals) "
        "opens a sentence of its own: a direct quote, not words embedded in the author’s "
        "sentence, so it needs no cue of its own.",
        "no quote (a partial quote with no cue)",
        "direct quote “The mill will reopen in the spring.”; speaker Ana Vance",
        "“We are ready,” Ana Vance said on “Morning Hour.” “The mill will reopen in the spring.”",
    ),
    _r(
        "rule:adjacent_cue",
        ("quotes.keep.ADJACENT_CUE", "quotes.keep.cue_beside"),
        "A short title-cased quote that opens a sentence, with an active cue right beside it "
        "(“Really,” she added), is speech, not a title.",
        "no quote (a title in marks)",
        "direct quote “Really,”; speaker Mara Quill; cue added",
        "Mara Quill laughed at the question.\n“Really,” she added.",
    ),
    _r(
        "rule:follow_on_partial",
        ("quotes.keep.FOLLOW_ON", "quotes.keep.just_quoted"),
        "A partial quote of three words or more with no cue, in the sentence right after a "
        "direct quote whose speaker is known (same paragraph), is that speaker’s too, with "
        "the same cue.",
        "no quote (a partial quote with no cue)",
        "partial quote “he just acts like a beaten man.”; speaker Ida Brenn; cue said",
        "“He is supposed to lead,” Ida Brenn said. Instead, “he just acts like a beaten man.”",
    ),
    _r(
        "rule:quoted_in_content",
        ("quotes.keep.IN_CONTENT", "quotes.keep.in_content_clause"),
        "A title-cased stretch of one or two words in marks inside the content clause of a "
        "verb of saying "
        "is the speaker’s word, not a title (unless a possessive, “on” or “in” before it "
        "names a work: “said on CNN’s “New Day.””).",
        "no quote (a title in marks)",
        "partial quote “Holocaust.”; speaker Ida Brenn; cue said",
        "Ida Brenn said the deal could lead to another “Holocaust.”",
    ),
    _r(
        "rule:speech_tag",
        ("quotes.keep.SPEECH_TAG", "quotes.keep.tag_verb"),
        "A verb that is a cue only as a speech tag (“continued”), standing right beside a "
        "quote with no object or clause of its own, is the quote’s cue: “Honestly,” he "
        "continued, “…”.",
        "no cue (and a one-word quote taken for a title)",
        "direct quote “Honestly,”; speaker Rosa Burton; cue continued",
        "Rosa Burton spoke last. “Honestly,” she continued, “we may be on the brink.”",
    ),
    _r(
        "rule:sentence_quote",
        ("quotes.keep.OWN_SENTENCE", "quotes.keep.own_sentence"),
        "A short title-cased quote that is a sentence of its own (a full stop before its "
        "opening mark and at its end), right after another quote in the same paragraph, is "
        "speech that carries on from it, not a name in marks.",
        "no quote (a title in marks)",
        "direct quote “Victor Hale.”; speaker Rosa Burton",
        "“We have a common enemy,” Rosa Burton told delegates. “Victor Hale.”",
    ),
    _r(
        "rule:naming_quote",
        ("quotes.keep.NAMING", "quotes.keep.names_it"),
        "The words a naming verb quotes (“called”, “dubbed”, “branded it”, “described … as”) "
        "are the speaker’s, even when title-cased, when the verb has a person for its own "
        "subject (not a participle naming a thing: “an app branded “Go””), whether it is "
        "the quote's cue or the verb the acting-subject walk found (“refers to the mayor as "
        "“Teddy.””).",
        "no quote (a title in marks)",
        "partial quote “The Great Giveaway”; speaker Ida Brenn; cue called",
        "Senator Ida Brenn called the plan “The Great Giveaway” on Monday.",
    ),
    _r(
        "rule:acting_subject",
        ("quotes.keep.ACTING", "quotes.keep.acting_subject"),
        "A partial quote with no verb of saying near it, in the clause of an active verb "
        "(not be, have, do) whose subject is a person, an organisation, a noun that speaks "
        "(critics, the campaign) or a personal pronoun, is that subject’s words; the verb "
        "is the cue. A relative “who” stands for the name before it; a participle "
        "(“an administration defending …”) acts for the noun it modifies; the walk starts "
        "at the quote’s root and passes the subject of a content clause, not of the "
        "main one.",
        "no quote (scare quotes: no cue)",
        "partial quote “literally hate each other.”; speaker Ida Brenn; cue bemoaned",
        "Senator Ida Brenn bemoaned a climate in which neighbours “literally hate each other.”",
    ),
    _r(
        "rule:mixed_quote",
        ("quotes.mixed.MIXED", "quotes.reported._reported_row"),
        "A reported clause holding quoted words is recorded twice, linked in one quote group: "
        "as an indirect quote over the whole clause and as the partial quote of the marked "
        "words.",
        "partial quote “a betrayal of the valley” only",
        "indirect “the closure was “a betrayal of the valley” and would be fought” and the "
        "partial, one group; speaker Ines Carrow",
        "Mayor Ines Carrow said the closure was “a betrayal of the valley” and would be fought.",
    ),
    _r(
        "rule:quote_after_colon",
        ("quotes.colon.AFTER_COLON", "quotes.colon.after_colon"),
        "A reported clause that goes on into a quote after a colon takes the quote in: the "
        "indirect row runs to the closing mark and holds the quote (a mixed quote).",
        "indirect “there was a simple explanation” and the direct quote apart",
        "indirect “there was a simple explanation: “The ferry never paid its way.”” and the "
        "direct quote, one group; speaker Ines Rook",
        "Mayor Ines Rook said there was a simple explanation: “The ferry never paid its way.”",
    ),
    _r(
        "rule:quantity_speaker",
        ("quotes.crowds.QUANTITY", "quotes.reported._reported_row"),
        "A share of a group (“40 percent”, “one in four”, “most”) can be the speaker of "
        "reported speech; it stays unnamed.",
        "no quote (“percent” is not a noun that speaks)",
        "indirect quote “they would move away”; speaker text “40 percent”",
        "In the survey of Brenton residents, 40 percent said they would move away.",
    ),
    _r(
        "rule:relative_speaker",
        ("quotes.crowds.RELATIVE", "quotes.speakers._speaker"),
        "A relative “who” as the subject of a cue speaks for the noun its clause modifies.",
        "speaker “who”",
        "speaker Karl Stonebridge",
        "Karl Stonebridge, who said the dam would hold, left the valley on Monday.",
    ),
    _r(
        "rule:speech_verb_subject",
        ("quotes.crowds.SPEECH_SUBJECT", "quotes.reported._reported_row"),
        "With a verb only speakers do (say, tell, announce, deny …), in a report of its own, "
        "the subject speaks whatever noun names it (“the actress said”, “the museum said”).",
        "no quote (“museum” is not on the list of nouns that speak)",
        "indirect quote “the roof could no longer be repaired”; speaker Tarrow Museum",
        "The Tarrow Museum in Leeds will close its east wing.\nThe museum said the roof could "
        "no longer be repaired.",
    ),
    _r(
        "rule:noun_named_before",
        ("quotes.crowds.NAMED_NOUN", "quotes.crowds.name_the_noun"),
        "An unnamed subject of such a verb (“the museum”) takes the name holding its noun from "
        "earlier in the article; a subject whose words are all capitalised is a name as "
        "written.",
        "speaker “museum” (no name)",
        "speaker Tarrow Museum",
        "The Tarrow Museum in Leeds will close its east wing.\nThe museum said the roof could "
        "no longer be repaired.",
    ),
    _r(
        "rule:parenthetical_cue",
        ("quotes.parenthetical.PARENTHETICAL", "quotes.reported._indirect"),
        "A cue set inside the statement (“The plan, she said, is dead”): the words before and "
        "after it are two indirect pieces in one quote group.",
        "no quote (the cue has no content clause)",
        "indirect “In any case” and “the ferry service was never profitable”, one group; "
        "speaker Farrow",
        "In any case, Ms. Farrow said, the ferry service was never profitable.",
    ),
    _r(
        "rule:noun_cue",
        ("quotes.nouns.NOUN_CUE", "quotes.nouns.content"),
        "A noun of saying (claim, promise, pledge, allegation …) with a “that” clause or a "
        "“to” infinitive and a holder (“Lind's claim to be …”): the clause is what the "
        "holder said. A noun with no holder (“the claim that …”), or a holder no one is "
        "found for (“His pledge …” with no person before it), reports nothing.",
        "no quote (the noun is no cue verb)",
        "indirect “to be the party's strongest candidate”; speaker Lind; cue claim",
        "A win in Ohio would bolster Lind's claim to be the party's strongest candidate.",
    ),
    _r(
        "rule:stray_that_clause",
        ("quotes.stray.STRAY", "quotes.stray.clause"),
        "A “that” clause with a subject of its own that the parser hung from the noun after "
        "the cue (“said in a statement that …”): the cue's content all the same. Not after "
        "“to”, “about”, “of” … (“responded to claims that …” is the claims' content). The "
        "same for a clause hung from the person told (“telling host Dana Vance that …”).",
        "no quote (the cue has no content clause)",
        "indirect “the ferry would run again in May”; speaker Ines Rook",
        "Mayor Ines Rook said in a statement that the ferry would run again in May.",
    ),
    _r(
        "rule:as_reported",
        ("quotes.parenthetical.AS_REPORTED", "quotes.parenthetical.as_reported"),
        "A cue in an “as” clause set off by commas, with no content of its own (“…, as the "
        "Gazette reported”): the clause it hangs from is what was reported, in pieces before "
        "and after the cue as for a parenthetical cue.",
        "no quote (the cue has no content clause)",
        "indirect “The old mill closed its doors last spring”; speaker Harlow Gazette",
        "The old mill closed its doors last spring, as the Harlow Gazette reported.",
    ),
    _r(
        "rule:question_passive",
        ("quotes.questions.PASSIVE", "quotes.questions.passive_content"),
        "A question in the passive (“Lind was asked about the dispute”, “was asked by a "
        "caller whether …”): the topic or the question clause is what was asked; its speaker "
        "is the “by” agent, or no one, never the person asked.",
        "no quote (the subject is the person asked)",
        "indirect “about the ferry dispute”; no speaker; cue asked",
        "Mara Lind spoke in Harlow on Monday. Lind was asked about the ferry dispute.",
    ),
    _r(
        "rule:trailing_cue",
        ("quotes.trailing.TRAILING", "quotes.trailing.content"),
        "A cue of stating set after the statement with no clause of its own (“…, the board "
        "reported on Tuesday.”): the words before the comma that sets off its subject are "
        "what was said, when they hold a clause with a subject. Not after a scene (“In an "
        "interview, she bragged: …”) or with verbs of shouting or answering.",
        "no quote (the cue has no content clause)",
        "indirect “A decade of falling ferry fares will end this year, sooner than "
        "expected”; speaker Harlow Transit Board",
        "A decade of falling ferry fares will end this year, sooner than expected, the Harlow "
        "Transit Board reported on Tuesday.",
    ),
    _r(
        "rule:previous_speaker",
        ("quotes.salience.PREVIOUS", "quotes.speakers._speaker"),
        "A he or she speaker is the last person who spoke (this paragraph or the two before), "
        "when the gender fits and nobody else has been a subject since or is named in the "
        "pronoun’s sentence. A speaker the entity model missed counts when the name says a "
        "person (a known first name, an untagged name, the surname of one named before).",
        "speaker Ann Acre (the last person named)",
        "speaker Nora Quill (the last speaker)",
        "“We will keep the depot open,” said Nora Quill, the transport secretary.\nThe "
        "decision follows a review by Ann Acre of the budget office. “It was never in doubt,” "
        "she said.",
    ),
    _r(
        "rule:object_content",
        ("quotes.objects.OBJECT", "quotes.objects.content", "quotes.reported._indirect"),
        "Reported speech whose content is not a clause: the object or infinitive of a verb of "
        "saying (“vowed to …”, “accused X of …”, “announced …”, “called X a …”), or what "
        "follows a demand or claim’s preposition (“called for …”, “warned of …”, “argued "
        "against …”), with at least three words; “denied it” or “praised Smith” report no "
        "statement, nor does a topic (“spoke about the economy”).",
        "no quote (the cue has no content clause)",
        "indirect quote “to block the new pipeline bill”; speaker Mara Lind; cue vowed",
        "Senator Mara Lind vowed to block the new pipeline bill.",
    ),
    _r(
        "rule:according_to_record",
        ("quotes.records.RECORD", "quotes.records.cited", "quotes.reported._reported_row"),
        "The source of “according to” may be a record, a poll or data (“according to harbour "
        "records”, “according to a survey by …”), not only a person or an organisation; a "
        "bare noun (“according to plan”) names no source.",
        "no quote (records do not speak)",
        "indirect quote “The ferry carried 4,000 passengers last year”; cue according to",
        "The ferry carried 4,000 passengers last year, according to harbour records.",
    ),
    _r(
        "rule:cataphora_speaker",
        ("quotes.reported.CATAPHORA", "quotes.reported._cataphora"),
        "A he or she subject of a cue in a clause set before the main one (“As he declares "
        "…, Trump is …”) is the person the main clause names as its subject.",
        "speaker the person named before (“he” resolved backwards)",
        "indirect quote “his wish for peace talks”; speaker Marek Dunn; cue declares",
        "Ana Weiss spoke on Monday. As he declares his wish for peace talks, Marek Dunn is "
        "negotiating a complex deal.",
    ),
    _r(
        "rule:question_asked",
        ("quotes.questions.QUESTION", "quotes.questions.content", "quotes.reported._indirect"),
        "A question reported without marks: “asked (X) whether/if/what …” with a subject; the "
        "question clause is the indirect quote, also when the parser hung an if/whether "
        "clause as an adverbial; a topic (“asked the senator about the dispute”) is what was "
        "asked when someone is found for the asker. “Asked whether …, she said …” is left "
        "to the answer.",
        "no quote (“ask” names a question, not a statement)",
        "indirect quote “the ferry would run in winter”; speaker Ruth Blane; cue asked",
        "Councillor Ruth Blane asked whether the ferry would run in winter.",
    ),
)
