"""Catalogue entries of the gazetteer (`pipeline/entities/gazetteer`), in the order its
steps run (:func:`trump_putin_call.pipeline.entities.stage.gazetteer_rules`)."""

from __future__ import annotations

from trump_putin_call.pipeline.rules.entry import Rule, entity_rule

_r = entity_rule


RULES: tuple[Rule, ...] = (
    _r(
        "rule:split_compound",
        "entities.gazetteer.split.split_merged",
        "A name joined to an organisation by “-run”, “-backed”, “-led”… is two mentions.",
        "“Hamas-run Health Ministry” ORG (joined by `rule:org_name`)",
        "“Hamas” ORG + “Health Ministry” ORG",
        "The Hamas-run Health Ministry said 40 people had died.",
    ),
    _r(
        "rule:split_title",
        "entities.gazetteer.split.split_merged",
        "An organisation, a title and a person’s name read as one organisation are the "
        "organisation and the person.",
        "“Bank of England Governor Andrew Bailey” ORG (joined by `rule:org_name`)",
        "“Bank of England” ORG + “Andrew Bailey” PERSON",
        "Bank of England Governor Andrew Bailey said rates would stay on hold.",
    ),
    _r(
        "rule:split_places",
        "entities.gazetteer.split.split_merged",
        "A comma-separated list of listed places read as one name is one mention per place.",
        "“Mombasa, Kisumu” ORG",
        "“Mombasa” GPE + “Kisumu” GPE",
        "Protests spread to Mombasa, Kisumu and Nakuru on Tuesday.",
    ),
    _r(
        "rule:split_merged",
        "entities.gazetteer.split.split_merged",
        "Two names joined by “and” or “of”, read as one organisation, are split where a known "
        "name or a first name says so (“Søren Holm of Jyske Bank”).",
        "“Søren Holm of Jyske Bank” ORG (joined by `rule:org_name`)",
        "“Søren Holm” PERSON + “Jyske Bank” ORG",
        "Danish analyst Søren Holm of Jyske Bank said the data changed the debate.",
    ),
    _r(
        "rule:dateline",
        "entities.gazetteer.datelines.datelines",
        "A listed place in capitals opening a wire story (“BERLIN (Reuters) -”), which the "
        "model missed, is added, with its usual spelling as canonical name.",
        "“BRASÍLIA” (no mention)",
        "“BRASÍLIA” GPE, canonical “Brasília”",
        "BRASÍLIA (Reuters) - Congress voted on Monday.",
    ),
    _r(
        "rule:dateline_{from}_{to}",
        "entities.gazetteer.datelines.datelines",
        "The model’s mention of such a dateline place takes the place’s label; the token "
        "records the old and the new label.",
        "“BERLIN” ORG (added by `rule:acronym`)",
        "“BERLIN” GPE, canonical “Berlin”",
        "BERLIN (Reuters) - The coalition agreed a budget on Monday after talks.",
    ),
    _r(
        "rule:known_place_unintroduced_person",
        "entities.gazetteer.relabel.relabel",
        "A listed place the model took for a person is the place when the article introduces "
        "nobody of that name and it is built like no person’s name.",
        "“Kyiv” PERSON",
        "“Kyiv” GPE",
        "Zelensky said Kyiv was ready.",
    ),
    _r(
        "rule:known_event_{label}",
        "entities.gazetteer.relabel.relabel",
        "Listed competitions and games (“Champions League”, “World Cup”, “Olympics”…) are events.",
        "“Champions League” ORG",
        "“Champions League” EVENT",
        "Galatasaray beat Bayer Leverkusen 2-1 in the Champions League on Tuesday.",
    ),
    _r(
        "rule:known_person_{label}",
        "entities.gazetteer.relabel.relabel",
        "A listed public figure’s name (`known_people.csv`) the model labelled otherwise is "
        "a person.",
        "“Trump” ORG",
        "“Trump” PERSON",
        "Trump said no to the plan.",
    ),
    _r(
        "rule:known_person",
        ("entities.gazetteer.relabel.relabel", "entities.gazetteer.add.add_people"),
        "A listed public figure: a lone surname gets the full name as canonical name, and one "
        "the model missed is added when it stands on its own.",
        "“Zelensky”, canonical “Zelensky”",
        "“Zelensky” PERSON, canonical “Volodymyr Zelensky”",
        "Zelensky visited Malá Danylivka.",
    ),
    _r(
        "rule:known_org_{from}_{to}",
        "entities.gazetteer.relabel.relabel",
        "A listed organisation’s name (`known_orgs.csv`) the model labelled otherwise is an "
        "organisation (FAC for a seat of power named as the building: “outside the Kremlin”); "
        "the token records the old and the new label.",
        "“Galatasaray” PERSON",
        "“Galatasaray” ORG",
        "Galatasaray beat Bayer Leverkusen 2-1 in the Champions League on Tuesday.",
    ),
    _r(
        "rule:known_place_article",
        "entities.gazetteer.relabel.relabel",
        "“The” before a listed place whose name holds it (“The Hague”) is part of the name.",
        "“Hague” GPE",
        "“The Hague” GPE",
        "Judges in The Hague heard the case, which the Netherlands had brought.",
    ),
    _r(
        "rule:demonym_{label}_norp",
        "entities.gazetteer.relabel.relabel",
        "A nationality word (“Ukrainian”, “Welsh”) is NORP.",
        "“Ukrainian” GPE",
        "“Ukrainian” NORP",
        "Ukrainian officials said the Welsh team had arrived.",
    ),
    _r(
        "rule:known_town_{label}",
        "entities.gazetteer.relabel.relabel",
        "A listed town (GeoNames, 15,000 people or more) the model labelled otherwise is the "
        "place only where the text says a place is meant (“stopped in Stavanger”).",
        "“Stavanger” DATE",
        "“Stavanger” GPE",
        "Buses were stopped in Stavanger on Monday.",
    ),
    _r(
        "rule:known_place_norp",
        "entities.gazetteer.relabel.relabel",
        "A listed place that is no nationality word, which the model took for one, is the place.",
        "“Punjab” NORP",
        "“Punjab” GPE",
        "Farmers in Punjab and Andhra Pradesh protested.",
    ),
    _r(
        "rule:known_place_{label}",
        "entities.gazetteer.relabel.relabel",
        "A listed place (`known_places.csv`) the model took for an organisation, a product "
        "or a work is the place; one it took for a person, only for countries, capitals, "
        "states and continents, or where the text says a place is meant.",
        "“Lyon” PERSON",
        "“Lyon” GPE",
        "SNCF cancelled all high-speed trains to Lyon and Marseille on Friday.",
    ),
    _r(
        "rule:known_org",
        "entities.gazetteer.add.add_missing",
        "A listed organisation the model missed or cut in pieces is added where it stands on "
        "its own.",
        "“Human Rights Watch” (no mention)",
        "“Human Rights Watch” ORG",
        "Human Rights Watch and Amnesty International welcomed the warrant.",
    ),
    _r(
        "rule:known_place",
        "entities.gazetteer.add.add_places",
        "A listed country, capital, state or region the model missed is added; a city only "
        "where a place is meant (“a rally in Cardiff”). Never the first word of a sentence.",
        "“Tuvalu” (no mention)",
        "“Tuvalu” GPE",
        "Power cuts hit Tuvalu on Monday.",
    ),
    _r(
        "rule:known_org_context",
        "entities.gazetteer.ambiguous.by_context",
        "A listed organisation whose name also means something else (“Boots”, “Reform”, "
        "“Liverpool”), which the model missed, is added where the context says the "
        "organisation is meant: a club in a sports report, a company in a sentence about "
        "shares or sales, a party in one about seats or votes.",
        "“Boots” (no mention)",
        "“Boots” ORG",
        "Boots said sales rose 4% at its 1,800 stores over Christmas.",
    ),
    _r(
        "rule:known_org_context_{label}_org",
        "entities.gazetteer.ambiguous.by_context",
        "The model’s mention of such a name, where the context says the organisation is "
        "meant, becomes ORG.",
        "“Novo” GPE",
        "“Novo” ORG, canonical “Novo Nordisk”",
        "Novo Nordisk said its drug cut heart attacks by a fifth. Shares in Novo rose 7 per cent.",
    ),
    _r(
        "rule:club_short_name",
        "entities.gazetteer.sports.club_short_names",
        "In a sports report, the city or nickname of a listed club the article names (“Leafs” "
        "after “Toronto Maple Leafs”), which the model missed, is added as the club.",
        "“Leafs” (no mention)",
        "“Leafs” ORG, canonical “Toronto Maple Leafs”",
        "The Edmonton Oilers beat the Toronto Maple Leafs 4-3 on Saturday. The Leafs had led "
        "3-1 after two periods, and goaltender Anthony Stolarz made 30 saves.",
    ),
    _r(
        "rule:club_short_name_{label}_org",
        "entities.gazetteer.sports.club_short_names",
        "The model’s mention of such a city or nickname becomes the club (ORG), unless the "
        "city is meant (“fans in Toronto”).",
        "“Toronto” GPE",
        "“Toronto” ORG, canonical “Toronto Maple Leafs”",
        "Connor McDavid scored in overtime as the Edmonton Oilers beat the Toronto Maple Leafs "
        "4-3 on Saturday. Toronto led 3-1 after two periods, and goaltender Anthony Stolarz "
        "made 30 saves.",
    ),
    _r(
        "rule:legal_form_{label}_org",
        "entities.gazetteer.split.legal_forms",
        "A name ending in, or followed by, a company’s legal form (SE, AG, plc, Inc, GmbH…) is "
        "an organisation.",
        "“Vantor SE” PERSON",
        "“Vantor SE” ORG",
        "Vantor SE said on Monday that it would sell shares in Volkswagen.",
    ),
    _r(
        "rule:legal_form",
        "entities.gazetteer.split.legal_forms",
        "The legal form after a company’s name joins it.",
        "“Kestrel Dynamics” ORG (its “plc” cut by `rule:strip_common_noun`)",
        "“Kestrel Dynamics plc” ORG",
        "Shares in Kestrel Dynamics plc fell 4% after the chip maker cut its outlook.",
    ),
    _r(
        "rule:club_result_{label}_org",
        "entities.gazetteer.sports.clubs_by_result",
        "Two cities in a match result (“Barcelona beat Sevilla”, “Madrid v Barcelona”) are "
        "clubs; countries stay places (a national team is named by its country).",
        "“Madrid” GPE",
        "“Madrid” ORG",
        "Barcelona beat Sevilla 3-1, and Madrid drew with Valencia.",
    ),
    _r(
        "rule:club_short_form",
        "entities.gazetteer.sports._club_short_forms",
        "A place followed by one word names a club (“Manchester United”), and that word alone "
        "is the club.",
        "“United” ORG, canonical “United”",
        "“United” ORG, canonical “Manchester United”",
        "Arsenal beat Manchester United 3-1 on Sunday. United manager Erik Lund said his side "
        "had been unlucky.",
    ),
)
