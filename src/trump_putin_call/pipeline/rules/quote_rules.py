"""Catalogue entries of the quote stage (`pipeline/quotes`): finding quoted stretches here;
reported speech in :mod:`.reported_rules`, speakers in :mod:`.speaker_rules` (and those
the text's layout names in :mod:`.speaker_layout_rules`). ``RULES`` holds them all, in the
order a quote is found, then its cue and clause, then its speaker
(:func:`trump_putin_call.pipeline.quotes.stage.extract`)."""

from __future__ import annotations

from trump_putin_call.pipeline.rules import reported_rules, speaker_layout_rules, speaker_rules
from trump_putin_call.pipeline.rules.entry import Rule, quote_rule

#: Quotation marks: paired, given a direction, kept or dropped as quotes.
MARKS: tuple[Rule, ...] = (
    quote_rule(
        "rule:quote_marks-1",
        ("quotes.quote.QUOTE_RULES", "quotes.stage.extract", "quotes.reported._indirect"),
        "The quote rules, version 1: quotation marks paired block by block (a direct or "
        "partial quote), or a reported clause (indirect). Every quote row carries it.",
        "“We will talk again,” Trump said.",
        "direct quote “We will talk again,”; speaker Donald Trump (as “Trump”); cue said",
        "“We will talk again,” Trump said.",
    ),
    quote_rule(
        "rule:follow_on",
        "quotes.stage.extract",
        "A direct quote with no cue and no speaker takes the speaker of the quote just "
        "before it, in the same or the previous paragraph.",
        "‘The players’ effort was there after the break.’ (no speaker)",
        "speaker O’Neill (from the quote before)",
        "‘We didn’t turn up,’ O’Neill said. ‘The players’ effort was there after the break.’",
    ),
    quote_rule(
        "rule:multi_paragraph",
        "quotes.stage.extract",
        "A quote whose paragraph ends without a closing mark while the next one opens with a "
        "mark runs on: the next paragraph’s quote keeps its group, type and speaker.",
        "“It will take time…” opens the second paragraph",
        "same quote group, type and speaker as the first paragraph’s quote",
        "“We will rebuild the stadium and the roads around it.\n\n“It will take time, and "
        "money, and patience.”",
    ),
    quote_rule(
        "rule:split_attribution",
        "quotes.stage.extract",
        "“A,” she said, “and B.”: the two pieces are one utterance (one quote group), the "
        "second taking the first’s cue and speaker.",
        "“but nothing is agreed yet.” (no cue)",
        "same group as “The talks were useful,”; speaker Dmitry Peskov; cue said",
        "“The talks were useful,” Peskov said, “but nothing is agreed yet.”",
    ),
    quote_rule(
        "rule:mark_direction",
        ("quotes.marks.DIRECTION", "quotes.marks.find_marks"),
        "A straight mark takes its direction from its neighbours: with a space before and a "
        "word after it opens a new quote, so a quote whose paragraph break was lost stays "
        "unclosed instead of pairing with the next quote’s opening mark.",
        "“We baked all night for the fair. ” paired with the next quote’s opening mark",
        "an unclosed quote “We baked all night for the fair.”, then “Then came the rain,”",
        'Jo Marr said: "We baked all night for the fair. "Then came the rain," she said.',
    ),
    quote_rule(
        "rule:opening_shape_closes",
        ("quotes.marks.SHAPE_CLOSES", "quotes.marks.find_marks"),
        "An opening curly mark (“) typed where the open quote closes, right after a word or "
        "a full stop, comma, ! or ?, and before a space, punctuation or the paragraph’s end, "
        "closes it instead of opening a new quote.",
        "partial quote “in a tweet on Sunday.” (the words after the misshapen mark)",
        "partial quote “abhorrent”; speaker Ida Brenn; cue called",
        "Senator Ida Brenn called the ruling “abhorrent“ in a tweet on Sunday.",
    ),
    quote_rule(
        "rule:apostrophe_marks",
        ("quotes.marks.APOSTROPHES", "quotes.marks.find_marks"),
        "Two apostrophes ('') are a double quotation mark, as the New York Times writes them.",
        "single-mark pairs typed partial",
        "direct quote “We will reopen the mill,”; speaker Ana Vance",
        "''We will reopen the mill,'' Ana Vance said on Monday.",
    ),
    quote_rule(
        "rule:quote_after_quote",
        ("quotes.keep.AFTER_QUOTE", "quotes.keep.opens_sentence"),
        "A quote right after another quote’s closing mark (or after a headline in capitals) "
        "opens a sentence of its own: a direct quote, not words embedded in the author’s "
        "sentence, so it needs no cue of its own.",
        "no quote (a partial quote with no cue)",
        "direct quote “The mill will reopen in the spring.”; speaker Ana Vance",
        "“We are ready,” Ana Vance said on “Morning Hour.” “The mill will reopen in the spring.”",
    ),
    quote_rule(
        "rule:adjacent_cue",
        ("quotes.keep.ADJACENT_CUE", "quotes.keep.cue_beside"),
        "A short title-cased quote that opens a sentence, with an active cue right beside it "
        "(“Really,” she added), is speech, not a title.",
        "no quote (a title in marks)",
        "direct quote “Really,”; speaker Mara Quill; cue added",
        "Mara Quill laughed at the question.\n“Really,” she added.",
    ),
    quote_rule(
        "rule:follow_on_partial",
        ("quotes.keep.FOLLOW_ON", "quotes.keep.just_quoted"),
        "A partial quote of three words or more with no cue, in the sentence right after a "
        "direct quote whose speaker is known (same paragraph), is that speaker’s too, with "
        "the same cue.",
        "no quote (a partial quote with no cue)",
        "partial quote “he just acts like a beaten man.”; speaker Ida Brenn; cue said",
        "“He is supposed to lead,” Ida Brenn said. Instead, “he just acts like a beaten man.”",
    ),
    quote_rule(
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
    quote_rule(
        "rule:speech_tag",
        ("quotes.keep.SPEECH_TAG", "quotes.keep.tag_verb"),
        "A verb that is a cue only as a speech tag (“continued”), standing right beside a "
        "quote with no object or clause of its own, is the quote’s cue: “Honestly,” he "
        "continued, “…”.",
        "no cue (and a one-word quote taken for a title)",
        "direct quote “Honestly,”; speaker Rosa Burton; cue continued",
        "Rosa Burton spoke last. “Honestly,” she continued, “we may be on the brink.”",
    ),
    quote_rule(
        "rule:as_puts_it",
        ("quotes.asputs.AS_PUTS", "quotes.asputs.as_cue"),
        "A writer’s clause “as X puts it”, “as X (has) pointed out” or “in X’s words” (“in "
        "the words of X”) in the sentence of a quote with no cue is its cue, and X its "
        "speaker: the quoted words are X’s, not scare quotes.",
        "no quote (scare quotes: no cue)",
        "partial quote “the best money is the money you never spend”; speaker Ida Brenn; cue puts",
        "Ida Brenn runs the budget office. That is why, as she puts it, “the best money is "
        "the money you never spend” in a crisis.",
    ),
    quote_rule(
        "rule:noun_quote",
        ("quotes.noun_quote.NOUN_QUOTE", "quotes.noun_quote.noun_holder"),
        "A partial quote with no verb of saying near it, inside what a noun of saying "
        "holds (claim, promise, assertion, remark, comment, report, …: its clause, "
        "infinitive or modifier), is the words of the noun’s holder (a possessor, a name "
        "before it or a “by” agent); the noun is the cue. A noun with no holder says "
        "nothing.",
        "no quote (scare quotes: no cue)",
        "partial quote “thousands”; speaker Ida Brenn; cue assertion",
        "Ida Brenn’s assertion that “thousands” of voters were turned away drew a rebuke.",
    ),
    quote_rule(
        "rule:belief_content",
        ("quotes.belief.BELIEF", "quotes.belief.believer"),
        "A partial quote with no verb of saying near it, in what an actor believes or "
        "feels, is the actor’s words: after “be” with an adjective of belief or feeling "
        "(convinced, skeptical, worried, …; the adjective is the cue), or in a “be”/“have” "
        "clause that is the content of a verb whose subject is a person, an organisation "
        "or a personal pronoun (that verb is the cue). With no actor in the parse the "
        "quote stays out (a writer’s scare quote).",
        "no quote (scare quotes: no cue)",
        "partial quote “rigged”; speaker Ida Brenn; cue convinced",
        "Ida Brenn is convinced that the count was “rigged” from the start.",
    ),
    quote_rule(
        "rule:split_sentence",
        ("quotes.split.SPLIT_SENTENCE", "quotes.split.continued"),
        "A quote whose sentence the parser split off mid-sentence (it opens with a "
        "lower-case letter) and has no cue of its own looks for its cue in the sentence "
        "before it, in the same paragraph.",
        "no quote (scare quotes: no cue)",
        "partial quote “great luxury to have.”; speaker Ida Brenn; cue added",
        "Ida Brenn added that she could do without the jet. but it was a “great luxury to have.”",
    ),
    quote_rule(
        "rule:sentence_quote",
        ("quotes.keep.OWN_SENTENCE", "quotes.keep.own_sentence"),
        "A short title-cased quote that is a sentence of its own (a full stop before its "
        "opening mark and at its end), right after another quote in the same paragraph, is "
        "speech that carries on from it, not a name in marks.",
        "no quote (a title in marks)",
        "direct quote “Victor Hale.”; speaker Rosa Burton",
        "“We have a common enemy,” Rosa Burton told delegates. “Victor Hale.”",
    ),
    quote_rule(
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
    quote_rule(
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
    quote_rule(
        "rule:mixed_quote",
        ("quotes.mixed.MIXED", "quotes.reported._reported_row"),
        "A reported clause holding quoted words is recorded twice, linked in one quote group: "
        "as an indirect quote over the whole clause and as the partial quote of the marked "
        "words; a quote opened in the clause that runs on past its sentence, or one right "
        "after it that goes on with “and”, “but” or “or” (“approached her “and said …””), "
        "is taken in whole. So is the object content of a characterising verb with quoted "
        "words inside it (“criticized the “identity politics” on display”), unless the "
        "marks hold the characterisation itself (“called the plan “a disgrace””, “described "
        "it as “bold””: a partial quote only) or no quote is kept from them (a title).",
        "partial quote “a betrayal of the valley” only",
        "indirect “the closure was “a betrayal of the valley” and would be fought” and the "
        "partial, one group; speaker Ines Carrow",
        "Mayor Ines Carrow said the closure was “a betrayal of the valley” and would be fought.",
    ),
    quote_rule(
        "rule:quote_after_colon",
        ("quotes.colon.AFTER_COLON", "quotes.colon.after_colon"),
        "A reported clause that goes on into a quote after a colon takes the quote in: the "
        "indirect row runs to the closing mark and holds the quote (a mixed quote).",
        "indirect “there was a simple explanation” and the direct quote apart",
        "indirect “there was a simple explanation: “The ferry never paid its way.”” and the "
        "direct quote, one group; speaker Ines Rook",
        "Mayor Ines Rook said there was a simple explanation: “The ferry never paid its way.”",
    ),
)

RULES: tuple[Rule, ...] = (
    *MARKS,
    *reported_rules.RULES,
    *speaker_rules.RULES,
    *speaker_layout_rules.RULES,
)
