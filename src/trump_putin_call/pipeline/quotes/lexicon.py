"""Word lists the quote rules read: cue verbs, and the nouns and pronouns that speak.

Data, not code: a rule's own short list stays beside the rule.
"""

from __future__ import annotations

#: Lemmas of verbs that report speech.
CUE_LEMMAS = frozenset(
    " ".join(
        (
            "say state tell add claim warn argue write declare note insist explain announce stress",
            "emphasize emphasise hail describe call confirm deny admit suggest predict promise vow",
            "pledge urge ask reply respond answer acknowledge assert maintain contend remark",
            "comment observe tweet post reassure recall caution concede complain testify report",
            "brand label",
            "dub term characterise characterize praise criticise criticize denounce question",
            "conclude joke exclaim reiterate repeat allege accuse mention",
            # news verbs of saying (issue 15, PolNeAR train)
            "blast slam mock tout lament vent boast brag quip decry dismiss shout yell chant",
            "proclaim",
        )
    ).split()
)

#: Cues that introduce reported speech without marks (naming verbs such as "call" do not).
INDIRECT_LEMMAS = CUE_LEMMAS - frozenset(
    "call dub term brand label describe hail praise criticise criticize denounce question "
    "ask urge quote comment blast slam mock tout decry dismiss chant".split()
) | frozenset(
    # verbs that report only with a clause of their own ("revealed that …", "assured
    # them that …", "charged that …"); no cue of a direct quote (issue 15, PolNeAR train)
    "reveal disclose assure inform charge affirm reaffirm counter dispute question recommend "
    "propose comment".split()
)

#: Common nouns that can report speech (besides ORG_VOICES): people, not things.
SPEAKER_NOUNS = frozenset(
    " ".join(
        (
            "source official expert analyst critic other observer diplomat leader minister",
            "lawmaker people resident researcher scientist economist aide adviser advisor person",
            "insider ally supporter opponent member investor executive officer authority police",
            "prosecutor lawyer judge witness doctor manager coach director chief president",
            "secretary spokesman spokeswoman spokesperson campaigner activist voter worker",
            "governor mayor senator ambassador commissioner chairman chairwoman ceo founder head",
            "manufacturer airline carrier maker producer retailer operator owner airline insurer",
            "memo report letter filing document study minutes ruling judgment survey analysis",
            "review note email paper poll audit inquiry investigation",
            # people in political news (issue 15, PolNeAR train)
            "brother sister mother father wife husband son daughter friend colleague neighbor",
            "neighbour candidate nominee strategist consultant pollster caller reporter",
            "journalist editor commentator columnist historian professor student teacher",
            "organizer organiser protester protestor democrat republican conservative liberal",
            "millennial delegate donor attendee participant respondent anchor host",
        )
    ).split()
)

#: Things that carry a finding or a claim, with the verbs they say it by: "the figures
#: suggest", "a lawsuit alleging" ("the figures … stressed" is the parser's mistake).
CARRIERS = frozenset(
    "evidence figure projection data statistic estimate forecast lawsuit complaint "
    "counterproposal proposal indictment message".split()
)
CARRIER_VERBS = frozenset(
    "suggest confirm allege argue claim predict conclude state note warn show indicate".split()
)

#: Nouns naming an organisation's voice: an unnamed one speaks for the organisation.
ORG_VOICES = frozenset(
    " ".join(
        (
            "spokesman spokeswoman spokesperson spokespeople representative representatives",
            "company firm union board bank ministry department government agency group club team",
            "organisation organization authority council regulator court party institute",
            "university hospital office commission committee statement city town county",
            "manufacturer airline carrier maker producer retailer operator insurer lender",
            "campaign administration",
        )
    ).split()
)

#: Words for an organisation that can stand before its name ("team Arcadia Racing").
ORG_CLASSIFIERS = frozenset(
    "team company firm maker carrier group club retailer bank airline manufacturer producer "
    "insurer operator start-up startup chain charity union lender brewer supermarket".split()
)

#: Institutions a place owns, named after it: "Ostrova’s foreign ministry".
INSTITUTIONS = frozenset("ministry department embassy consulate police".split())

#: Titles that name a role ("Mrs Justice Okonjo" is a judge).
ROLE_TITLES = {"judge": ("justice",)}

#: Writings that report what their authors say.
DOCUMENTS = frozenset(
    "memo memorandum report letter filing document study minutes survey analysis review "
    "note email paper audit".split()
)

_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them"})

_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})

_GROUP_PRONOUNS = frozenset({"they", "them", "we", "it"})

#: People named by their office or standing, besides the roles of
#: :data:`.described.ROLE_NOUNS` (``the prince called for …``).
TITLES = frozenset(
    "prince princess king queen pope bishop cardinal rabbi imam cleric priest sheriff "
    "colonel chancellor premier monarch emperor sultan sheikh speaker representative".split()
)
