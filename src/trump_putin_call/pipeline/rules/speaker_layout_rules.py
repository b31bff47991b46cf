"""Catalogue entries of the quote stage for speakers the text's layout names rather than
a cue's subject in the parse: a colon introduction, a name and a colon, a dash line under a
quoted paragraph, a name before its description, a description standing for the person
the text is about (`pipeline/quotes/introduced.py`, `credited.py`, `apposed.py`,
`described.py`), and speakers the parse puts elsewhere than the cue's subject: an outer
cue, a passive's agent, a controlled object, a person's writing (`outer.py`, `agents.py`,
`writings.py`)."""

from __future__ import annotations

from trump_putin_call.pipeline.rules.entry import Rule, quote_rule

RULES: tuple[Rule, ...] = (
    quote_rule(
        "rule:colon_introduction",
        ("quotes.introduced.COLON", "quotes.introduced.introduce"),
        "A direct quote with no cue after a colon (ending its own sentence’s opening words, or "
        "the paragraph before when the quote opens its paragraph): its speaker is the colon "
        "sentence’s speaker (the subject of its last cue verb, else of its main verb, resolved "
        "as any cue subject), when that names someone, or when it describes people (“Obama’s "
        "first five questioners ranged from skeptical to hostile:”): then as written.",
        "He then listed his tests:¶“Has the candidate kept her promises?” (no cue)",
        "speaker Tom Reyes",
        "“We will back Ana Ortiz,” Tom Reyes wrote on Monday.\n\nHe then listed the tests he "
        "applies to every candidate:\n\n“Has the candidate kept her promises?”",
    ),
    quote_rule(
        "rule:inverted_introduction",
        ("quotes.introduced.INVERTED", "quotes.introduced._inverted"),
        "A direct quote with no cue after “Continued Ortiz:” or a paragraph “Stated Ortiz:”: a "
        "capitalised speech verb, then a person’s name, then the colon; the name speaks.",
        "Continued Ortiz: “The pier must stay open.” (no cue)",
        "speaker Ana Ortiz",
        "Ana Ortiz spoke on a radio programme on Monday.\n\nContinued Ortiz: “The pier must "
        "stay open to everyone in the town.”",
    ),
    quote_rule(
        "rule:dash_credit",
        ("quotes.credited.CREDIT", "quotes.credited.credit"),
        "A paragraph that is one direct quote with no cue, followed by a paragraph opening with "
        "a dash and a name (titles allowed) that ends the line or is followed by a comma or a "
        "full stop (“- Ortiz.”, “-Mayor Tom Reyes, speaking after …”): the name speaks.",
        "“Every family … pays more for water.” ¶ - Ortiz. (no cue)",
        "speaker Ana Ortiz",
        'Ana Ortiz and Tom Reyes spoke at the debate on Monday.\n\n"Every family in this town '
        'pays more for water than it did a year ago."\n\n- Ortiz.',
    ),
    quote_rule(
        "rule:name_label",
        ("quotes.introduced.LABEL", "quotes.introduced._same_paragraph"),
        "A direct quote with no cue right after a person’s name and a colon, alone since the "
        "paragraph’s start or the last closing mark (“Ortiz: “…” Reyes: “…””): the name speaks.",
        "Ortiz: “Our goal is to rebuild it.” (no cue)",
        "speaker Ana Ortiz",
        'Ana Ortiz and Tom Reyes both reject the plan.\n\nOrtiz: "Our goal is not to delay the '
        'pier, but to rebuild it." Reyes: "The task is to rebuild the pier, not to delay it."',
    ),
    quote_rule(
        "rule:apposed_name",
        ("quotes.apposed.APPOSED", "quotes.apposed.name_before"),
        "A cue the parser left without a subject, right after “X, a description,”: the person "
        "named before the description speaks (a name opening the sentence or following a comma "
        "or the closing mark, titles allowed). A reported clause takes it only after its cue.",
        "“They were rivals,” Tom Reyes, the mayor's former chief of staff, said. (no subject)",
        "speaker Tom Reyes",
        "“They were rivals, but also friends,” Tom Reyes, the mayor's former chief of staff, said.",
    ),
    quote_rule(
        "rule:role_recent_person",
        ("quotes.described.RULE", "quotes.described.person"),
        "A singular description led by “the” (“the candidate”, “the actress”, “the Florida "
        "senator”) that the article never writes as a title or apposition of a name speaks as "
        "the latest person who spoke, or was the subject of a sentence, since the paragraph "
        "two before: one whose gender fits the description’s (its noun, or the only her/his "
        "before it in its sentence), not given another office by a title (“Mayor Leo "
        "Brandt”), not named in the quote. Not after “a …” with the same noun (an unnamed "
        "person).",
        "“We cannot wait,” the Democratic candidate said. (after Dana Whitfield called on "
        "Mayor Leo Brandt …)",
        "speaker Dana Whitfield",
        "Dana Whitfield called on Mayor Leo Brandt to reopen the shelter on Friday. Brandt "
        "closed it in April.\n\n“We cannot wait another winter,” the Democratic candidate "
        "said in an interview.",
    ),
    quote_rule(
        "rule:introducing_clause_speaker",
        ("quotes.fired_back.RULE", "quotes.fired_back.speaker"),
        "A quote opened right after a clause ending in a colon (or in “back,”: “shot back,”), "
        "when the nearest cue before it lies in an earlier clause of the sentence (what "
        "provoked the answer): the introducing clause’s verb and subject speak.",
        "When Reyes suggested that …, Ortiz fired back: “…” (cue suggested, speaker Reyes)",
        "speaker Ana Ortiz, cue fired",
        "When Tom Reyes suggested that the town would sue the port, Ana Ortiz fired back "
        "forcefully: “If they sue us, they are going to lose.”",
    ),
    quote_rule(
        "rule:text_reads_tag",
        ("quotes.reads.RULE", "quotes.reads.tag", "quotes.reads.sender"),
        "“…,” the statement read / it reads: a text noun (statement, letter, email, sign, "
        "suit …) or “it” reading the quote right after its closing mark is its tag. Whoever "
        "the sentence before the quote says sent that text speaks; else the text as "
        "written, with no name (“it” is not the latest organisation).",
        "“…,” it read. (no cue: the speaker of the quote before)",
        "speaker Harbour Trust, cue read",
        "The Harbour Trust sent a letter to the council on Monday.\n\n“We ask you to act "
        "before the winter storms,” it read.",
    ),
    quote_rule(
        "rule:acl_cue_speaker",
        ("quotes.agents.ACL", "quotes.agents.acl_speaker", "quotes.agents.better"),
        "A cue the parser hung as a reduced relative on the noun before it (“one lawmaker "
        "called Reyes “…””, “the campaign called the Gazette’s report a “…””): that noun "
        "speaks, when the cue characterises a name (two complements) or someone’s thing; "
        "not “a group called “…”” (a name), a participle (“an email to supporters stating”) "
        "nor a noun inside a prepositional phrase or a relative clause.",
        "one lawmaker called Reyes “…” (speaker Reyes, the parser’s subject elsewhere)",
        "speaker “one lawmaker”",
        "The plan prompted the council to hold a vote on whether to sell the port; one "
        "lawmaker called Tom Reyes “the harbour’s worst enemy.”",
    ),
    quote_rule(
        "rule:outer_cue_speaker",
        ("quotes.outer.RULE", "quotes.outer.lift", "quotes.agents.better"),
        "A quote whose nearest cue verb has a thing for subject (a common noun that names no "
        "person, organisation, role or document: “the plan should reiterate”, “the bill had "
        "… and arguing”), when that cue’s clause is the content of another cue verb: the "
        "outer cue and its subject speak.",
        "Ortiz said … that the plan should reiterate … its “loyal fishermen,” (speaker “plan”)",
        "speaker Ana Ortiz, cue said",
        "Mayor Ana Ortiz spoke in Leeds on Monday. Ortiz said in her opening remarks that the "
        "plan should reiterate the town’s support for its “loyal fishermen,” naming the "
        "harbour.",
    ),
    quote_rule(
        "rule:participle_outer_cue",
        ("quotes.outer.PARTICIPLE", "quotes.outer.participle"),
        "A participle cue after a comma (“, saying, “…””) that the parser hung from a verb "
        "inside another cue’s content through “to” infinitives (“said Ortiz will have to "
        "choose …, saying”) speaks as the outer cue’s subject.",
        "Dana Whitfield, said Ortiz will have to choose …, saying, “…” (speaker Ortiz)",
        "speaker Dana Whitfield",
        "Even a top adviser, Dana Whitfield, said Ortiz will have to choose whose side she is "
        "on, saying, “At some point, she is going to have to come out.”",
    ),
    quote_rule(
        "rule:passive_cue_agent",
        ("quotes.agents.AGENT", "quotes.agents.agent"),
        "A passive cue verb with a “by” agent (“Ortiz was asked by Tom Reyes whether …”, "
        "“the remarks were echoed by …”) speaks by its agent, not by its subject; not in a "
        "relative clause (“a killing that was claimed by …”).",
        "Ortiz was asked by Tom Reyes whether … “adding another tax …” (speaker Ortiz)",
        "speaker Tom Reyes",
        "Ana Ortiz took questions on Monday. Ortiz was asked by Tom Reyes whether the plan "
        "would risk “adding another tax on the harbour.”",
    ),
    quote_rule(
        "rule:object_control_speaker",
        ("quotes.agents.CONTROL", "quotes.agents.controlled"),
        "A cue verb in the “to” infinitive of a verb that makes its object act (“led her to "
        "declare”, “prompted Ortiz to … call the result “…””: lead, prompt, cause, spur, "
        "drive, inspire, force, push, move, provoke) speaks by that object, not by the "
        "subject; not after verbs that ask or oblige (“requires staffers to promise”).",
        "The surprise win prompted Ortiz to … call the result “…” (speaker “win”)",
        "speaker Ana Ortiz",
        "Mayor Ana Ortiz won by ten points. The surprise win prompted Ortiz to make a joke "
        "about boats and call the result “a new start for the harbour.”",
    ),
    quote_rule(
        "rule:relative_misparse_subject",
        ("quotes.agents.RELATIVE_MISPARSE", "quotes.agents.relative_subject"),
        "A cue with no subject whose content clause the parser gave a noun set off by a comma "
        "and a relative “who” (“said the fisherman, who like many … did not want …”, “One "
        "attendee, who like others spoke …, said”): that noun is the cue’s subject.",
        "“…,” said the fisherman, who like many … (no speaker)",
        "speaker “fisherman”",
        "“We will not leave the pier,” said the fisherman, who like many in the town did not "
        "want to be quoted by name.",
    ),
    quote_rule(
        "rule:person_writing",
        ("quotes.writings.WRITER", "quotes.writings.writer"),
        "A person’s own writing that speaks (“Ortiz’s fundraising email notes that …”, "
        "“according to Axelrod’s memoir”; a document, tweet, post, statement, column, book, "
        "memoir or ad, as subject or after “according to”), owned by a possessive the entity "
        "stage tagged as a person: that person speaks, the phrase stays as written. Not when "
        "the writing is described by others (a passive subject).",
        "Ortiz’s fundraising email … notes that … “…” (no speaker name)",
        "speaker Ana Ortiz",
        "Mayor Ana Ortiz wrote to donors on Monday. Ortiz’s fundraising email to her "
        "supporters notes that the harbour plan “is a civil right for every family.”",
    ),
)
