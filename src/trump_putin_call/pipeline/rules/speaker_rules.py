"""Catalogue entries of the quote stage for speakers: who says a quote or a reported
statement (`pipeline/quotes/speakers.py`, `pronouns.py`, `tags.py` and the modules they
call), in the order the stage tries them."""

from __future__ import annotations

from trump_putin_call.pipeline.rules.entry import Rule, quote_rule

RULES: tuple[Rule, ...] = (
    quote_rule(
        "rule:sentence_subject",
        "quotes.stage.extract",
        "A direct quote with no cue verb: its speaker is the subject of its sentence’s main verb.",
        "The minister had a warning: “Nobody is safe.” (no cue)",
        "speaker “minister”",
        "The minister had a warning: “Nobody is safe.”",
    ),
    quote_rule(
        "rule:introduced_speaker",
        "quotes.speakers._introduced_speaker",
        "A direct quote with no cue and no subject: its speaker is the subject of the "
        "sentence before it, when that sentence quotes nobody itself.",
        "The Greens’ leader, Malik Osei, was blunter still. “We lost.”",
        "speaker Malik Osei",
        "The Greens’ leader, Malik Osei, was blunter still. “We lost, and we lost badly.”",
    ),
    quote_rule(
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
    quote_rule(
        "rule:appositive",
        ("quotes.speakers._speaker",),
        "The person or organisation in apposition to the cue’s subject speaks: “the lead "
        "physicist, Amélie Garnier, said”, “A tenants’ group, Save the Terrace, said”, and a "
        "person the parser set in apposition to another inside the subject’s clause (“One "
        "volunteer backing Ana Ortiz, Tom Reyes of …, said”).",
        "subject “group”",
        "speaker “Save the Terrace”",
        "A tenants' group, Save the Terrace, said it would appeal against the decision.",
    ),
    quote_rule(
        "rule:pronoun_antecedent",
        ("quotes.speakers._speaker", "quotes.pronouns.resolve"),
        "A he or she speaker (also “his” owning a cue noun: “his promise to …”) is resolved to "
        "a person named before it, step by step (the next token says which step chose them; "
        "none: no person of that gender, left unresolved).",
        "subject “he”",
        "speaker “Keir Starmer”",
        "Keir Starmer met union leaders on Monday. He said the deal was fair.",
    ),
    quote_rule(
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
    quote_rule(
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
    quote_rule(
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
    quote_rule(
        "rule:pronoun_earlier_subject",
        ("quotes.pronouns.EARLIER", "quotes.pronouns.resolve"),
        "When no candidate of the latest sentence naming one is its subject (they are named in "
        "passing: “inspired by Ortiz’s agenda”, never the owner in its subject: “Ortiz’s "
        "campaign has struggled”): the latest candidate who was a subject in an earlier "
        "sentence of that paragraph or the one before.",
        "speaker Ana Ortiz (named in passing)",
        "speaker Tom Reyes (the earlier subject)",
        "Tom Reyes left his restaurant job in May. Dismayed by his memory of Paul Marsh's years "
        "in office and inspired by Ana Ortiz's agenda, he is committed to the campaign. "
        '"I\'m knocking on doors all over town," he said.',
    ),
    quote_rule(
        "rule:pronoun_nearest_person",
        ("quotes.pronouns.NEAREST", "quotes.pronouns.resolve"),
        "When no candidate of that sentence is its subject, nor an earlier one nearby: the "
        "nearest candidate before the pronoun (never one whose first name or honorific says "
        "the other gender).",
        "speaker Ms. Quimby (the nearest person)",
        "speaker Halvorsen (the nearest man)",
        "The report was written by Mr. Halvorsen. Ms. Quimby praised it on Tuesday. He said "
        "the costs had been understated.",
    ),
    quote_rule(
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
    quote_rule(
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
    quote_rule(
        "rule:subject_outside_quote",
        ("quotes.tags.OUTSIDE", "quotes.tags.subject_outside"),
        "Words inside the quote are never its speaker: when the parser makes them the cue’s "
        "subject, the speaker is a name between the closing mark and the cue (“…,” Ortiz, 58, "
        "said), the name right after a cue that follows the quote (“…,” said Ana Ortiz), a "
        "subject of the cue outside the quote, a noun phrase between the closing mark and the "
        "cue (“…,” a voice over says), the subject outside the quote of a verb the cue hangs "
        "from, or a name opening the sentence as its subject; else none.",
        "speaker “Thanks, Marlow” (the quote’s own words)",
        "speaker Ana Ortiz",
        "Ana Ortiz and Maria Delgado met voters. “Thanks, Marlow, for welcoming these "
        "families,” said Ana Ortiz, the host.",
    ),
    quote_rule(
        "rule:inverted_tag",
        ("quotes.tags.INVERTED", "quotes.tags.inverted_object"),
        "A cue right after the closing mark whose only complement is the noun after it "
        "(“…,” added a South Carolina Democrat) or “another” (“…,” tweeted another), which "
        "the parser took for its object: that word is who speaks, as in the row of "
        "commentators each quoted before their own tag.",
        "no speaker",
        "speaker Democrat (as written)",
        "Insiders were split. “Ana Ortiz needed to win the first two votes,” added a South "
        "Carolina Democrat.",
    ),
    quote_rule(
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
    quote_rule(
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
    quote_rule(
        "rule:pronoun_organisation",
        "quotes.speakers._speaker",
        "It, they or we speak as the latest organisation or named institution before it, "
        "outside quotes and reported clauses.",
        "subject “They”",
        "speaker “Harwick Foods”",
        "Harwick Foods said on Monday that it was ending its supply contract with Pellam "
        "Logistics. They added that no jobs would be lost at the depots.",
    ),
    quote_rule(
        "rule:surname_speaker",
        "quotes.speakers._speaker",
        "A capitalised subject the entity stage did not tag speaks as the person of the "
        "article whose name ends with it.",
        "subject “Ajayi” (no mention)",
        "speaker “Olamide Ajayi”",
        "The appeal was led by Olamide Ajayi. Ms Ajayi said the ruling was unjust. Ajayi added "
        "that she would appeal.",
    ),
    quote_rule(
        "rule:speaker_in_phrase",
        "quotes.speakers._speaker",
        "The last person (else the organisation) named inside the subject’s phrase speaks: "
        "“a spokesman for Downing Street”; not one named only as whom the head stands by "
        "(“supporters of X”, “a close friend of X”: quotes.related).",
        "subject “spokesman”",
        "speaker “Downing Street”",
        "A spokesman for Downing Street said the talks would resume.",
    ),
    quote_rule(
        "rule:untagged_name",
        "quotes.speakers._speaker",
        "A capitalised name of several words that the entity model missed speaks as written.",
        "subject “Regulator” (no mention)",
        "speaker “Water Standards Regulator”",
        "The Water Standards Regulator said the fines would be paid within a month.",
    ),
    quote_rule(
        "rule:place_institution",
        "quotes.speakers._speaker",
        "A place’s police, ministry or embassy named after it (“Marden police said”) speaks as "
        "written.",
        "subject “police”",
        "speaker “Marden police”",
        "Three men were arrested after the raid. Marden police said the men were being questioned.",
    ),
    quote_rule(
        "rule:spokesperson_org",
        "quotes.speakers._speaker",
        "An organisation’s unnamed voice (“a company spokesman”, “the ministry”) speaks for the "
        "organisation named before it whose name holds its noun, else the nearest one.",
        "subject “company”",
        "speaker “Brackley Logistics”",
        "Brackley Logistics lost 8,000 parcels last week. The company said it had fixed the "
        "fault within an hour.",
    ),
    quote_rule(
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
    quote_rule(
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
    quote_rule(
        "rule:org_name_in_text",
        "quotes.speakers._speaker",
        "An unnamed voice whose organisation the entity stage has not found speaks for a "
        "capitalised name in the text that holds its noun.",
        "subject “spokesman for the city”",
        "speaker “City of Marlow”",
        "The City of Marlow agreed on Monday to pay $2m to settle the lawsuit. A spokesman for "
        "the city said its staff had acted lawfully.",
    ),
    quote_rule(
        "rule:institution_voice",
        ("quotes.speakers._prefer_full_org", "quotes.article._Article.resolve_unnamed"),
        "An unnamed voice speaks for the latest institution named after its owner before it "
        "(“a police spokeswoman” after “Marden police”).",
        "subject “spokeswoman”",
        "speaker “Marden police”",
        "Three men were arrested after the raid. Marden police said the men were being "
        "questioned. A police spokeswoman said further arrests were likely.",
    ),
    quote_rule(
        "rule:document_owner",
        "quotes.speakers._possessed",
        "An organisation’s document (“the company’s filing”) speaks for the organisation.",
        "subject “filing”",
        "speaker “Brackley Logistics”",
        "Brackley Logistics said it had fixed the fault within an hour. At least 8,000 parcels "
        "were lost, according to the company's own filing with regulators.",
    ),
    quote_rule(
        "rule:possessive_institution",
        "quotes.speakers._possessed",
        "An institution named after its owner (“Veltmark’s interior ministry”) speaks as one "
        "name (“Veltmark Interior Ministry”), not as the place.",
        "subject “ministry”",
        "speaker “Veltmark Interior Ministry”",
        "Veltmark’s interior ministry welcomed the verdict, saying the case showed that no "
        "official was above the law.",
    ),
    quote_rule(
        "rule:named_role",
        ("quotes.speakers._possessed", "quotes.speakers._document_or_role"),
        "A role (“the Prime Minister”, “Ostrova’s ambassador”) speaks as the person the "
        "article names in that role.",
        "subject “Prime Minister”",
        "speaker “Keir Starmer”",
        "Prime Minister Keir Starmer met union leaders on Monday. The Prime Minister said the "
        "deal was fair.",
    ),
    quote_rule(
        "rule:document_author",
        "quotes.speakers._document_or_role",
        "A document (“the memo”, “the report”) speaks as whoever the article says wrote it.",
        "subject “memo”",
        "speaker “Helen Marsh”",
        "Ambulances queued for up to nine hours outside Harwell Infirmary last month, "
        "according to a leaked memo.\nThe memo, written by the hospital’s chief nurse, Helen "
        "Marsh, said staff were exhausted.",
    ),
    quote_rule(
        "rule:quantity_speaker",
        ("quotes.crowds.QUANTITY", "quotes.reported._reported_row"),
        "A share of a group (“40 percent”, “one in four”, “nearly two-thirds”, “most”) can be "
        "the speaker of reported speech; it stays unnamed.",
        "no quote (“percent” is not a noun that speaks)",
        "indirect quote “they would move away”; speaker text “40 percent”",
        "In the survey of Brenton residents, 40 percent said they would move away.",
    ),
    quote_rule(
        "rule:relative_speaker",
        ("quotes.crowds.RELATIVE", "quotes.speakers._speaker"),
        "A relative “who” as the subject of a cue speaks for the noun its clause modifies; "
        "a relative “which” only for a name (“the Harlow Gazette, which reported that …”).",
        "speaker “who”",
        "speaker Karl Stonebridge",
        "Karl Stonebridge, who said the dam would hold, left the valley on Monday.",
    ),
    quote_rule(
        "rule:speech_verb_subject",
        ("quotes.crowds.SPEECH_SUBJECT", "quotes.reported._reported_row"),
        "With a verb only speakers do (say, tell, announce, deny …), in a report of its own, "
        "the subject speaks whatever noun names it (“the actress said”, “the museum said”).",
        "no quote (“museum” is not on the list of nouns that speak)",
        "indirect quote “the roof could no longer be repaired”; speaker Tarrow Museum",
        "The Tarrow Museum in Leeds will close its east wing.\nThe museum said the roof could "
        "no longer be repaired.",
    ),
    quote_rule(
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
    quote_rule(
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
    quote_rule(
        "rule:cataphora_speaker",
        ("quotes.reported.CATAPHORA", "quotes.reported._cataphora"),
        "A he or she subject of a cue in a clause set before the main one (“As he declares "
        "…, Trump is …”) is the person the main clause names as its subject.",
        "speaker the person named before (“he” resolved backwards)",
        "indirect quote “his wish for peace talks”; speaker Marek Dunn; cue declares",
        "Ana Weiss spoke on Monday. As he declares his wish for peace talks, Marek Dunn is "
        "negotiating a complex deal.",
    ),
)
