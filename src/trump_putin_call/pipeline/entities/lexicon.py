"""Word lists that several entity rules read: titles, name endings, abbreviations.

Data, not code: a rule's own short list stays beside the rule.
"""

from __future__ import annotations

import re

#: Words that are a role, not part of a person's name, when they lead a PERSON span.
TITLES = frozenset(
    " ".join(
        (
            "president president-elect vice-president prime minister chancellor senator sen. rep.",
            "governor gov. mayor admiral general gen. colonel col. secretary spokesman spokeswoman",
            "spokesperson minister ambassador chairman chairwoman chair ceo director judge justice",
            "king queen prince princess pope sir dame lord lady mr mr. mrs mrs. ms ms. dr dr. prof",
            "sheikh emir crown",
            "prof. professor former late kremlin leader representative cllr councillor",
            "councilman councilwoman commissioner sheriff inspector detective sergeant captain",
            "coach manager striker sprinter chancellor",
        )
    ).split()
)

#: Post-nominal letters that are not part of a name ("Olusegun Bankole KC").
POSTNOMINALS = frozenset({"kc", "qc", "mp", "mep", "obe", "cbe", "mbe", "phd", "msp", "ms"})

_ARTICLES = frozenset({"the", "a", "an"})

#: Last words that make a name an organisation ("Washington Post", "Ford Motor").
ORG_SUFFIXES = frozenset(
    " ".join(
        (
            "post times journal news herald gazette tribune chronicle telegraph guardian bank",
            "group council committee party union institute university college association agency",
            "ministry department company corporation corp inc ltd llc plc club fund foundation",
            "commission authority board office court motor motors airlines airways partners",
            "capital holdings trust society network media press television radio studios energy",
            "united fc afc rovers athletic wanderers albion hotspur biologics pharma",
            "pharmaceuticals therapeutics labs laboratories technologies systems logistics",
            "solutions industries enterprises ventures airlines",
            "school hospital church army navy force forces police partnership telecom telecoms",
            "insurance resources mining petroleum financial securities brands foods steel",
            "chemicals semiconductor semiconductors software infirmary clinic railways shipping",
            "guard guards co freight cargo precision photonics fasteners robotics aerospace",
            "dynamics analytics biotech instruments electronics devices materials metals",
            "minerals textiles apparel beverages brewing breweries distillers mobility automotive",
            "engineering construction builders properties realty utilities renewables",
            "communications networks entertainment gaming pictures publishing healthcare",
            "diagnostics biosciences genomics air aviation seafood bancorp cooperative",
            "federation confederation congress alliance movement command corps assembly",
            "tribunal service services brigade brigades militia cartel exchange energi",
            "energia énergie energie nieuws zeitung nachrichten noticias dagblad",
        )
    ).split()
)

#: Last words that make a name a work, never a person ("The Rachel Maddow Show": a show
#: named after its host).
WORK_SUFFIXES = frozenset("show hour program programme podcast".split())

#: First words that make a name an organisation in other languages ("Fondation Aurelle",
#: "Banco Santander", "Partido Popular").
ORG_PREFIXES = frozenset(
    "Fondation Fundación Fundação Fondazione Stiftung Banco Banca Banque Grupo Groupe Gruppo "
    "Partido Parti Partito Partei Instituto Institut Istituto Universidad Université "
    "Università Universität Universidade Ministerio Ministère Compagnie Compañía Sociedad "
    "Société Società Federación Fédération Federazione Sindicato Syndicat Confederación "
    "Asociación Associação Associazione Verband Olympique FC AFC VfB VfL SSC".split()
)

#: First words that make a name a natural place ("Lake Malawi", "Mount Kenya").
LOC_PREFIXES = frozenset("Lake Mount Mt Cape Isle Gulf Bay Sea Strait Mont Monte Lac".split())

#: Last words that make a name a place: natural (LOC) or built (FAC).
LOC_SUFFIXES = frozenset(
    "lake river reservoir sea ocean mountains mountain valley bay island islands desert "
    "forest gulf strait coast peninsula basin delta plain plains canyon glacier shoal reef "
    "atoll".split()
)

FAC_SUFFIXES = frozenset(
    "barracks hotel bridge square stadium airport port street road avenue palace museum "
    "tower centre center arena park station dam canal building cathedral mosque temple "
    "prison base highway motorway tunnel harbour harbor gate wall plant complex refinery "
    "terminal ground dock docks hauptbahnhof bahnhof".split()
)

#: Buildings that are also institutions: an organisation unless named as the place.
INSTITUTION_FAC = frozenset("museum centre center street palace gallery library".split())

#: All-capital abbreviations that name places, not organisations.
PLACE_ACRONYMS = frozenset("US USA UK UAE DRC GB NYC DC PRC ROK DPRK".split())

#: Capitals that are roles or words, not organisations ("the local MP").
_NOT_ORG_ACRONYMS = frozenset(
    "I A OK TV AM PM MP MPS MEP MSP CEO CFO COO CTO KC QC AG DA GP MD PHD VIP ID AI GDP IT".split()
)

#: Words that are first names but far more often something else at the start of a name.
_NOT_GIVEN = frozenset(
    "will may june april august hope faith joy dawn eve chance grace rose mark bill pat "
    "sunny summer autumn winter spring china paris asia america britain brooklyn jordan "
    "israel georgia virginia carolina victoria sydney florence madison austin houston "
    "dallas lincoln warren chelsea liberty justice king prince major general".split()
)

_LEADING_FUNCTION = frozenset({"The", "A", "An", "On", "In", "At", "For", "And", "But", "Its"})

#: "the Obama administration", "the Biden government": a person's.
_PERSONAL_BODIES = re.compile(r"\s+(?:administration|government|campaign|presidency|era)\b")
