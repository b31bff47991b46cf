"""Catalogue entries of the quote stage for reported speech without quotation marks: which
clause a cue reports (`pipeline/quotes/reported.py` and the modules it calls)."""

from __future__ import annotations

from trump_putin_call.pipeline.rules.entry import Rule, quote_rule

RULES: tuple[Rule, ...] = (
    quote_rule(
        "rule:indirect_ccomp",
        "quotes.reported._indirect",
        "Reported speech without quotation marks: the content clause of a cue verb (“X warned "
        "that …”), or the clause a trailing “according to X” reports (the nearest one with "
        "a subject: not “will be at stake” in “…, according to X, where 40 seats will be at "
        "stake”). A second clause of the cue after the first is part of it (“said she will "
        "win, so she will have the votes”), and so is a clause with a subject joined to the cue "
        "by a bare “and” (“says Hale is a friend and it is his business …”; not after a comma: "
        "“…, and the board agreed”), and a participle of the cue after the clause and a comma "
        "(“insisted it was a dip, reflecting a wet winter”; not “…, adding that …”). "
        "A “, which …” clause or a “— a modest boost …” apposition "
        "ending it with no cue of its own is the author's aside and left out. The clause stops "
        "where another report inside it starts; when no verb is left before it (“Beyond just "
        "fares, … releases claiming that …, Ashby says”) the cue reports nothing. A clause "
        "the parser made of the speaker after a quote is no content (““…,” said Tom Ashby, "
        "a member of the board, told the Gazette”, ““…,” said the fisherman, who like others "
        "… asked not to be named”).",
        "Peskov said the talks had been useful.",
        "indirect quote “the talks had been useful”; speaker Dmitry Peskov; cue said",
        "Peskov said the talks had been useful.",
    ),
    quote_rule(
        "rule:parenthetical_cue",
        ("quotes.parenthetical.PARENTHETICAL", "quotes.reported._indirect"),
        "A cue set inside the statement (“The plan, she said, is dead”): the words before and "
        "after it are two indirect pieces in one quote group.",
        "no quote (the cue has no content clause)",
        "indirect “In any case” and “the ferry service was never profitable”, one group; "
        "speaker Farrow",
        "In any case, Ms. Farrow said, the ferry service was never profitable.",
    ),
    quote_rule(
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
    quote_rule(
        "rule:stray_that_clause",
        ("quotes.stray.STRAY", "quotes.stray.clause"),
        "A “that” clause with a subject of its own that the parser hung from the noun after "
        "the cue (“said in a statement that …”): the cue's content all the same. Not after "
        "“to”, “about”, “of” … (“responded to claims that …” is the claims' content), "
        "unless their noun is a name, a person or a time, which has no content of its own "
        "(“said on CNN, where …, that …”, “said for the first time that …”). The same for a "
        "clause hung from the person told (“telling host Dana Vance that …”).",
        "no quote (the cue has no content clause)",
        "indirect “the ferry would run again in May”; speaker Ines Rook",
        "Mayor Ines Rook said in a statement that the ferry would run again in May.",
    ),
    quote_rule(
        "rule:as_reported",
        ("quotes.parenthetical.AS_REPORTED", "quotes.parenthetical.as_reported"),
        "A cue in an “as” clause set off by commas, with no content of its own (“…, as the "
        "Gazette reported”): the clause it hangs from is what was reported, in pieces before "
        "and after the cue as for a parenthetical cue. Not “as if to say”, which reports no one.",
        "no quote (the cue has no content clause)",
        "indirect “The old mill closed its doors last spring”; speaker Harlow Gazette",
        "The old mill closed its doors last spring, as the Harlow Gazette reported.",
    ),
    quote_rule(
        "rule:question_passive",
        ("quotes.questions.PASSIVE", "quotes.questions.passive_content"),
        "A question or a request in the passive (“Lind was asked about the dispute”, “was "
        "asked by a caller whether …”, “has been asked to release the letters”): the topic, "
        "the question clause or the “to” infinitive is what was asked; its speaker is the "
        "“by” agent, or no one, never the person asked.",
        "no quote (the subject is the person asked)",
        "indirect “about the ferry dispute”; no speaker; cue asked",
        "Mara Lind spoke in Harlow on Monday. Lind was asked about the ferry dispute.",
    ),
    quote_rule(
        "rule:question_answered",
        ("quotes.questions.ANSWERED", "quotes.questions.answered_content"),
        "A question put to the one who answers it (“Asked whether …, the mayor said …”, "
        "“when asked about …”): “asked” has no subject, so the asker is not named. The "
        "question clause or the “about” topic is an indirect quote whose speaker is the "
        "“by” agent or no one, never the one who answers.",
        "no quote (the answer is the report)",
        "indirect “the ferry would run in winter”; no speaker; cue Asked",
        "Asked whether the ferry would run in winter, Mayor Ines Rook said it would not.",
    ),
    quote_rule(
        "rule:gerund_content",
        ("quotes.gerunds.GERUND", "quotes.gerunds.content"),
        "A cue that reports with a clause of its own, taking a gerund instead (“reported "
        "having $2 million in cash”, “suggested taking action”): the gerund phrase after the "
        "cue is what was said, when words follow the gerund (“recalled smiling” reports "
        "nothing).",
        "no quote (the cue has no content clause)",
        "indirect “having $2 million in cash at the end of March”; cue reported",
        "Harlow Transit reported having $2 million in cash at the end of March.",
    ),
    quote_rule(
        "rule:trailing_cue",
        ("quotes.trailing.TRAILING", "quotes.trailing.content"),
        "A cue of stating set after the statement with no clause of its own (“…, the board "
        "reported on Tuesday.”): the words before the comma that sets off its subject are "
        "what was said, when they hold a clause with a subject. The people told are no "
        "content of the cue's own (“…, he told reporters.”, “…, she told a Senate panel”). "
        "Verbs of stating include posting, tweeting, announcing, revealing and disclosing "
        "(“…, the church posted on Facebook.”). Not after a scene (“In an interview, she "
        "bragged: …”) or with verbs of shouting or answering.",
        "no quote (the cue has no content clause)",
        "indirect “A decade of falling ferry fares will end this year, sooner than "
        "expected”; speaker Harlow Transit Board",
        "A decade of falling ferry fares will end this year, sooner than expected, the Harlow "
        "Transit Board reported on Tuesday.",
    ),
    quote_rule(
        "rule:object_content",
        ("quotes.objects.OBJECT", "quotes.objects.content", "quotes.reported._indirect"),
        "Reported speech whose content is not a clause: the object or infinitive of a verb of "
        "saying (“vowed to …”, “accused X of …”, “announced …”, “called X a …”), or what "
        "follows a demand or claim’s preposition (“called for …”, “called for X to …”, “called "
        "for X to be …”, “called on X to …”, not “called on Monday to …”, “warned of …”, "
        "“argued against …”), with at least three words; “denied it” or “praised "
        "Smith” report no statement, nor does a topic (“spoke about the economy”) or a "
        "withholding (“deny him the nomination”).",
        "no quote (the cue has no content clause)",
        "indirect quote “to block the new pipeline bill”; speaker Mara Lind; cue vowed",
        "Senator Mara Lind vowed to block the new pipeline bill.",
    ),
    quote_rule(
        "rule:according_to_record",
        ("quotes.records.RECORD", "quotes.records.cited", "quotes.reported._reported_row"),
        "The source of “according to” may be a record, a poll or data (“according to harbour "
        "records”, “according to a survey by …”), not only a person or an organisation; a "
        "bare noun (“according to plan”) names no source.",
        "no quote (records do not speak)",
        "indirect quote “The ferry carried 4,000 passengers last year”; cue according to",
        "The ferry carried 4,000 passengers last year, according to harbour records.",
    ),
    quote_rule(
        "rule:question_asked",
        ("quotes.questions.QUESTION", "quotes.questions.content", "quotes.reported._indirect"),
        "A question reported without marks: “asked (X) whether/if/what …” with a subject; the "
        "question clause is the indirect quote, also when the parser hung an if/whether "
        "clause as an adverbial; a topic (“asked the senator about the dispute”) is what was "
        "asked when someone is found for the asker. “Asked whether …, she said …” is "
        "rule:question_answered.",
        "no quote (“ask” names a question, not a statement)",
        "indirect quote “the ferry would run in winter”; speaker Ruth Blane; cue asked",
        "Councillor Ruth Blane asked whether the ferry would run in winter.",
    ),
    quote_rule(
        "rule:continued_content",
        ("quotes.continued.CONTINUED", "quotes.continued.extend"),
        "A quote that opens the sentence right after a reported clause, in the same paragraph, "
        "with no cue of its own (it ends its sentence) and no other speaker, continues that "
        "clause's content (PolNeAR's guidelines: content continuations belong to the same "
        "attribution). The content is written in pieces, as for a cue inside a statement: the "
        "quote, marks included, is a second indirect piece with the clause's speaker and cue, "
        "in one group with the clause and the direct quote; the cue between them is in no "
        "piece.",
        "indirect quote “the ferry would never pay its way” and a direct quote, two groups",
        "indirect pieces “the ferry would never pay its way” and the quote in its marks, and "
        "the direct quote “It loses money on every crossing.”, one group; speaker Mara Lind",
        "The ferry would never pay its way, Mara Lind said. “It loses money on every crossing.”",
    ),
    quote_rule(
        "rule:repeated_cue_speaker",
        ("quotes.cues.SHARED_CUE", "quotes.cues.repeated_cue", "quotes.reported._reported_row"),
        "A second cue with no subject that repeats the first (“He said the crew went … and said "
        "…”), which the parser hung from the first cue's clause: the first cue's subject says "
        "both clauses (not the subject of the clause it hangs in).",
        "no second quote (“the crew” cannot speak)",
        "indirect “its rescue was always a priority”; speaker Tom Ashby; cue said",
        "Tom Ashby said the harbour board immediately went into crisis mode to try to find the "
        "missing ferry and said its rescue was always a priority.",
    ),
    quote_rule(
        "rule:cue_tagged_noun",
        (
            "quotes.nouned.NOUNED",
            "quotes.nouned.subject",
            "quotes.reported._indirect",
            "quotes.stage.extract",
        ),
        "A cue verb in -s that the tagger read as a plural noun (“Trump predicts that …”, "
        "“the memo states “…””) is the cue, with the word before it as its subject, when that "
        "word can speak (a name, a speaking noun) and what follows is a cue's: “that” and a "
        "clause with its own subject (not “states that have voted”), a finite verb, an opening "
        "quotation mark, or, after a quote and its comma, a comma or the sentence end. The "
        "reported clause after “that” runs to the sentence end.",
        "no quote (no verb cue in the sentence)",
        "indirect “the new toll would raise $5 million a year”; speaker campaign; cue projects",
        "The harbour campaign projects that the new toll would raise $5 million a year.",
    ),
    quote_rule(
        "rule:noun_cue_owner",
        ("quotes.nouns.OWNER", "quotes.nouns.owner", "quotes.reported._reported_row"),
        "A noun of saying whose holder is “his” or “her” (“his promise to …”), in a clause "
        "whose subject is a name or a he/she before it, is that subject's statement: the "
        "subject is the speaker, resolved as for any cue.",
        "no quote (“his” alone names no one)",
        "indirect “to build a bridge between the two towns”; speaker Tom Ashby; cue promise",
        "Tom Ashby has gained support with his promise to build a bridge between the two towns.",
    ),
    quote_rule(
        "rule:reported_by_agent",
        ("quotes.agentive.BY_AGENT", "quotes.agentive.content", "quotes.reported._indirect"),
        "A passive report with its source as the “by” agent (“X’s move was first reported by "
        "the Gazette”; “The plan, first reported by the Gazette, is …”): what was reported is "
        "the passive subject, or the clause the participle's noun is the subject of, and the "
        "agent is the speaker. Only “reported”, “revealed” and “disclosed”; no row without "
        "an agent.",
        "no quote (a passive verb has no content clause)",
        "indirect “Mayor Lind’s move”; speaker Harbour Gazette; cue reported",
        "Mayor Lind’s move was first reported by The Harbour Gazette.",
    ),
)
