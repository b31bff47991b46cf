"""Word banks and templates of the benchmark's synthetic corpus (:mod:`.corpus`): invented
people, think tanks, outlets and companies; real countries, cities and international bodies;
sentence templates for narrative, quotes, headings, lists and page furniture. Written for
this project (MIT like the code); changing any of them changes the corpus."""

from __future__ import annotations

from dataclasses import dataclass

_MALE = (
    "James John Robert Michael David William Richard Thomas Daniel Mark Paul Steven Andrew "
    "Peter Stefan Marco Pierre Hans Lars Ahmed George Edward Martin Simon Henry Charles "
    "Anthony Patrick Kevin Brian Gregory Frank Victor Oscar Felix Carlos Luis Antonio Jan"
).split()
_FEMALE = (
    "Mary Sarah Anna Maria Elizabeth Jennifer Laura Emma Claire Julia Sophie Ingrid Fatima "
    "Helen Rachel Monica Olga Natalia Catherine Margaret Susan Karen Linda Patricia Nancy "
    "Barbara Alice Grace Rebecca Lucy Hannah Eva Isabel Carmen Elena Irene Sandra Diana"
).split()
_SURNAMES = (
    "Hartley Okonkwo Lindqvist Moreau Petrenko Castellano Nakamura Brennan Vasquez "
    "Kowalczyk Albrecht Sorensen Whitfield Mendoza Tanaka Ferreira Novak Halvorsen Dubois "
    "Kaminski Romano Fischer Oduya Marchetti Lindgren Abernathy Caldwell Okafor Strand "
    "Vance Delacroix Horvath Bergstrom Quintero Mwangi Ashworth Kessler Rinaldi Sato "
    "Thornton Yilmaz Haddad Larsen Morrow Kovac Pereira Eriksen Blackwood Ivanenko "
    "Moretti Takahashi Harrington Sandoval Fontaine Weller Osei Lambert Kruger Valdez "
    "Hoffmann Nilsen Gallagher Rossi Chandra Duval Hayward Brandt Koenig Ellison Mercer "
    "Navarro Stanek Holloway Amadi Corbett Engel Fairbanks Lachance Wojcik Bauer Hale "
    "Jensen Keller Lowell Madsen Nyberg Ortega Pryce Quinlan Radcliffe Sterling Tolliver "
    "Underwood Vogel Winslow Yates Zeller Ambrose Bianchi Cavanagh Drummond Esposito "
    "Falk Granger Hendricks Iverson Janssen Kerrigan Lutz Montague Norbury Pemberton"
).split()
#: (name, adjective, capital)
_COUNTRIES = (
    ("Russia", "Russian", "Moscow"),
    ("Ukraine", "Ukrainian", "Kyiv"),
    ("the United States", "American", "Washington"),
    ("France", "French", "Paris"),
    ("Germany", "German", "Berlin"),
    ("Poland", "Polish", "Warsaw"),
    ("Turkey", "Turkish", "Ankara"),
    ("China", "Chinese", "Beijing"),
    ("India", "Indian", "New Delhi"),
    ("Brazil", "Brazilian", "Brasília"),
    ("Japan", "Japanese", "Tokyo"),
    ("the United Kingdom", "British", "London"),
    ("Italy", "Italian", "Rome"),
    ("Finland", "Finnish", "Helsinki"),
    ("Estonia", "Estonian", "Tallinn"),
    ("Hungary", "Hungarian", "Budapest"),
    ("Qatar", "Qatari", "Doha"),
    ("Saudi Arabia", "Saudi", "Riyadh"),
    ("South Africa", "South African", "Pretoria"),
    ("Canada", "Canadian", "Ottawa"),
    ("Norway", "Norwegian", "Oslo"),
    ("Sweden", "Swedish", "Stockholm"),
    ("Romania", "Romanian", "Bucharest"),
    ("Moldova", "Moldovan", "Chișinău"),
    ("Georgia", "Georgian", "Tbilisi"),
    ("Kazakhstan", "Kazakh", "Astana"),
    ("Egypt", "Egyptian", "Cairo"),
    ("Indonesia", "Indonesian", "Jakarta"),
    ("Switzerland", "Swiss", "Bern"),
    ("Austria", "Austrian", "Vienna"),
)
_BODIES = (
    "the United Nations",
    "NATO",
    "the European Union",
    "the International Monetary Fund",
    "the World Bank",
    "the International Atomic Energy Agency",
    "the Red Cross",
    "the Organization for Security and Co-operation in Europe",
    "the Group of Seven",
    "the African Union",
)
_THINK_TANKS = (
    "the Meridian Institute",
    "the Halvorsen Centre for Strategic Studies",
    "the Atlantic Policy Forum",
    "Northgate University",
    "the Kessler School of Government",
    "the Eastern Europe Research Group",
    "the Lowell Foundation",
    "the Centre for Energy Security",
)
_OUTLETS = (
    "the Northern Ledger",
    "Global Wire",
    "the Harbour Times",
    "the Continental Review",
    "Capital Radio",
    "the Morning Courier",
)
_COMPANIES = (
    "Gazline Energy",
    "Orion Shipping",
    "Baltic Grain Holdings",
    "Vantor Steel",
    "Helios Power",
    "Northwind Logistics",
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January February March April May June July August September October November December"
).split()


@dataclass(frozen=True)
class _Topic:
    title: str  # for headlines and headings
    nps: tuple[str, ...]  # noun phrases, lower case
    goals: tuple[str, ...]  # verb phrases: what a side wants to do
    risks: tuple[str, ...]  # clauses: what could go wrong


_TOPICS = (
    _Topic(
        "Ceasefire Talks",
        (
            "a ceasefire",
            "the front line",
            "a prisoner exchange",
            "the peace talks",
            "the demarcation line",
            "the monitoring mission",
        ),
        (
            "freeze the fighting along the current front line",
            "exchange prisoners of war",
            "open talks on a lasting settlement",
            "allow observers into the contested districts",
        ),
        (
            "the fighting could flare up again within weeks",
            "a rushed deal would reward the side that moved last",
            "neither army trusts the other to withdraw its heavy weapons",
        ),
    ),
    _Topic(
        "Energy Supplies",
        (
            "gas prices",
            "the pipeline",
            "energy supplies",
            "winter heating costs",
            "the transit agreement",
            "liquefied gas terminals",
        ),
        (
            "secure gas supplies for the coming winter",
            "renew the transit agreement",
            "cap the price of imported energy",
            "build new storage capacity",
        ),
        (
            "households could face higher bills by the new year",
            "the pipeline may be shut for maintenance at the worst moment",
            "industry will move production abroad if prices stay high",
        ),
    ),
    _Topic(
        "Sanctions",
        (
            "the sanctions regime",
            "frozen assets",
            "export controls",
            "the banking restrictions",
            "the oil price cap",
            "the list of designated companies",
        ),
        (
            "tighten the sanctions on the banking sector",
            "release part of the frozen assets",
            "close the loopholes in the export controls",
            "add new companies to the list",
        ),
        (
            "the measures are being evaded through third countries",
            "ordinary people pay more than the governments they target",
            "the restrictions could be lifted before anything changes",
        ),
    ),
    _Topic(
        "Grain Exports",
        (
            "grain exports",
            "the shipping corridor",
            "fertiliser shipments",
            "the port of Odesa",
            "wheat prices",
            "insurance for cargo ships",
        ),
        (
            "keep the shipping corridor open",
            "guarantee safe passage for cargo ships",
            "bring down the price of wheat",
            "restore fertiliser shipments to Africa",
        ),
        (
            "food prices could rise sharply across North Africa",
            "insurers may refuse to cover ships in the region",
            "the harvest will rot in silos if the ports stay closed",
        ),
    ),
    _Topic(
        "Arms Control",
        (
            "the arms control treaty",
            "nuclear weapons",
            "missile deployments",
            "the inspection regime",
            "strategic stability",
            "the test moratorium",
        ),
        (
            "extend the arms control treaty",
            "resume on-site inspections",
            "limit the deployment of intermediate-range missiles",
            "reopen military hotlines",
        ),
        (
            "the last remaining treaty could lapse without a replacement",
            "a new arms race would be far harder to stop than to prevent",
            "misunderstandings between the militaries could escalate quickly",
        ),
    ),
    _Topic(
        "Military Aid",
        (
            "military aid",
            "the aid package",
            "air defence systems",
            "artillery shells",
            "the training mission",
            "long-range missiles",
        ),
        (
            "deliver air defence systems before the winter",
            "speed up the delivery of shells",
            "fund the training mission for another year",
            "lift the limits on long-range strikes",
        ),
        (
            "stockpiles in the donor countries are running low",
            "the package could be blocked in parliament",
            "delays would leave cities exposed to drone attacks",
        ),
    ),
    _Topic(
        "Trade",
        (
            "tariffs",
            "the trade agreement",
            "steel imports",
            "the customs union",
            "export quotas",
            "the dispute settlement panel",
        ),
        (
            "lower tariffs on agricultural goods",
            "protect the domestic steel industry",
            "conclude the trade agreement this year",
            "settle the dispute without retaliation",
        ),
        (
            "a tariff war would hurt exporters on both sides",
            "the agreement may not survive a change of government",
            "small firms cannot absorb the new customs costs",
        ),
    ),
    _Topic(
        "Election",
        (
            "the election",
            "the transition",
            "the new administration",
            "the campaign",
            "the inauguration",
            "the coalition talks",
        ),
        (
            "form a government before the end of the month",
            "keep the transition orderly",
            "review the previous government's commitments",
            "win back voters in the regions",
        ),
        (
            "the coalition could collapse over the budget",
            "the new administration may reverse long-standing policy",
            "turnout was the lowest in two decades",
        ),
    ),
    _Topic(
        "Cyber Security",
        (
            "the cyber attack",
            "critical infrastructure",
            "election interference",
            "the hacking group",
            "the data breach",
            "power grid operators",
        ),
        (
            "protect critical infrastructure from further attacks",
            "identify those responsible",
            "share intelligence with allied agencies",
            "harden the systems of grid operators",
        ),
        (
            "the attackers may still have access to government networks",
            "hospitals were forced to cancel operations for days",
            "the breach exposed the records of millions of citizens",
        ),
    ),
    _Topic(
        "Reconstruction",
        (
            "reconstruction funds",
            "refugees",
            "humanitarian corridors",
            "the donor conference",
            "damaged power stations",
            "temporary housing",
        ),
        (
            "rebuild damaged power stations before winter",
            "return refugees to their homes",
            "raise money for reconstruction at the donor conference",
            "clear mines from farmland",
        ),
        (
            "pledges made at past conferences were never paid in full",
            "millions of people still live in temporary housing",
            "corruption could divert the money from those who need it",
        ),
    ),
)

_ROLES_GOV = (
    "foreign minister",
    "defence minister",
    "prime minister",
    "deputy foreign minister",
    "energy minister",
    "finance minister",
    "national security adviser",
    "ambassador",
    "presidential spokesperson",
    "chief negotiator",
    "trade minister",
    "senator",
)
_ROLES_OTHER = (
    "analyst at {tt}",
    "senior fellow at {tt}",
    "director of {tt}",
    "professor of international relations at Northgate University",
    "chief executive of {co}",
    "spokesperson for {body}",
    "economist at {tt}",
    "former diplomat",
    "correspondent for {outlet}",
)

_LEADS = (
    "{C1_adj} and {C2_adj} officials {met} in {city} on {day} for talks on {np}, the first "
    "such meeting in {n_words} months, as pressure grows on both sides to {goal}.",
    "{P_intro} {warned} on {day} that {risk}, as governments in {C1_cap} and {C2_cap} "
    "struggle to agree on {np}.",
    "Negotiators from {C1} and {C2} {ended} {n_words} days of talks in {city} without a deal "
    "on {np}, although both sides said they would meet again before the end of {month}.",
    "{C1} is ready to {goal} if {C2} makes concessions on {np}, {P_intro} said on {day}, "
    "in the clearest sign yet of a shift in {C1_adj} policy.",
)
_NARRATIVE = (
    "The talks in {city} were the latest attempt to {goal}, after earlier efforts collapsed "
    "over disagreements about {np}.",
    "Officials in {C1_cap} have said for months that they are willing to {goal}, but only if "
    "{C2} first agrees to discuss {np}.",
    "Diplomats familiar with the negotiations said the two delegations spent most of {day} "
    "arguing over the wording of a joint statement on {np}.",
    "The meeting came {n_words} weeks after {body} warned that {risk}.",
    "{S} has repeatedly argued that {C1} cannot afford to ignore {np}, a position that has "
    "made {him} a target of criticism at home.",
    "Critics of the plan point out that {risk}, and that previous agreements on {np} were "
    "broken within months.",
    "In {city}, the mood among officials was described as cautious, with several saying that "
    "{np} remained the main obstacle to any agreement.",
    "Figures published by {tt} last month showed that spending on {np} has doubled since "
    "{year}, while the number of people affected has risen by a third.",
    "The {C2_adj} government has not commented publicly on the proposal, but state media in "
    "{C2_cap} described it as a step in the right direction.",
    "Markets reacted calmly to the news, with the shares of {co} rising slightly in early "
    "trading in {city2}.",
    "{S} is expected to travel to {city2} next week for further talks with {his} "
    "{C2_adj} counterpart.",
    "The issue of {np} has divided the governments of {C1} and {C2} for years, and few "
    "observers expect a breakthrough before the end of {month}.",
    "A joint statement issued after the meeting said both sides had agreed to {goal} and to "
    "set up a working group on {np}.",
    "Opposition lawmakers in {C1_cap} accused the government of giving away too much on "
    "{np} in exchange for vague promises.",
    "Ahead of the meeting, {body} had urged both governments to {goal}.",
    "The last round of talks, held in {city2} in {month}, ended after just {n_words} hours "
    "when one delegation walked out over {np}.",
    "Analysts say the timing is no accident: both governments face elections next year and "
    "want to show progress on {np}.",
    "Some {n_words} thousand people have been affected so far, according to estimates "
    "published by {body} on {day}.",
    "The decision is likely to be discussed when foreign ministers meet in {city2} on {day}, "
    "officials said.",
    "Neither side has published the text of the proposal, and the details of what was "
    "offered on {np} remain unclear.",
    "Business groups in {C1} have lobbied hard for an agreement, warning that {risk}.",
    "The {C1_adj} parliament is due to vote on the measures in {month}, and the outcome is "
    "far from certain.",
)
_QUOTE_SENTENCES = (
    "We are ready to {goal}, but not at any price.",
    "Nobody should be under any illusion about how difficult this will be.",
    "The ball is now in their court.",
    "We have made our position on {np} very clear.",
    "This is a serious proposal and it deserves a serious answer.",
    "If we do nothing, {risk}.",
    "There will be no agreement on {np} that is imposed on us from outside.",
    "We cannot let {np} become a bargaining chip.",
    "I think there is a real chance to {goal} this year.",
    "Our partners in {C2_cap} understand that time is running out.",
    "What matters now is whether words are followed by action.",
    "We have waited long enough for a decision on {np}.",
    "The people of {C1} deserve to know what is being negotiated in their name.",
    "It would be a mistake to expect a quick result.",
    "We will judge them by what they do, not by what they say.",
    "Everyone agrees that we need to {goal}; the question is how.",
    "The situation on the ground has changed, and our approach has to change with it.",
    "I have never seen the two sides this close to a deal on {np}.",
)
_INDIRECT = (
    "{S} said the government would {goal} if the conditions were right.",
    "{S} told reporters in {city} that {risk}.",
    "According to {body}, {risk}.",
    "{S} said that talks on {np} would continue at a technical level.",
    "{P_intro} told {outlet} that {risk}.",
    "The ministry said in a statement that it was prepared to {goal}.",
    "{S} added that {C1} had not yet received a formal response from {C2_cap}.",
    "{He} said {np} had been discussed at length but that no decision had been taken.",
    "According to officials in {C1_cap}, the proposal would {goal}.",
    "{S} said there was no deadline for an agreement on {np}.",
)
_PARTIAL = (
    "{S} described the proposal as “{adj_phrase}” and said it would be studied carefully.",
    "{P_intro} called the talks “{adj_phrase}” but warned against expecting too much.",
    "The plan was “{adj_phrase},” {S} said, adding that {risk}.",
    "{S} said the response from {C2_cap} had been “{adj_phrase}”.",
)
_ADJ_PHRASES = (
    "a step in the right direction",
    "deeply disappointing",
    "constructive but incomplete",
    "a real breakthrough",
    "unacceptable in its current form",
    "frank and useful",
    "too little, too late",
    "a basis for further work",
    "premature",
)
_HEADLINES = (
    "{C1} and {C2} Resume Talks on {Title}",
    "{C1_adj} Officials Signal Shift on {Title}",
    "Talks on {Title} End Without Agreement in {city}",
    "{Title}: What the {city} Meeting Means",
    "Pressure Mounts on {C1_cap} Over {Title}",
    "Allies Divided Over {Title} as Deadline Nears",
)
_HEADINGS = (
    "What Happens Next",
    "A Long Road",
    "The View From {C2_cap}",
    "Reaction in {city2}",
    "{Title} on the Agenda",
    "Questions Remain",
    "The Economic Cost",
    "Divisions at Home",
    "Background",
    "The Numbers",
)
_LIST_LEADS = (
    "The draft agreement, seen by {outlet}, sets out {n} priorities:",
    "According to the joint statement, the two sides agreed to:",
    "Officials listed the main points of disagreement:",
)
_LIST_ITEMS = (
    "{goal_cap}",
    "a timetable for talks on {np}",
    "regular meetings of the working group in {city}",
    "guarantees for {np}",
    "independent monitoring by {body}",
    "{goal_cap} within six months",
    "a review of {np} by the end of {month}",
)
_FURNITURE_START = (
    "We use cookies to improve your experience. Accept all cookies",
    "This website uses cookies. Cookie settings",
)
_FURNITURE_END = (
    "Read more",
    "Read More",
    "Continue reading",
    "Share this article on Facebook",
    "Share on X",
    "Follow us on Twitter for the latest updates",
    "Sign up for our newsletter to get the morning briefing",
    "This website uses cookies.",
)
_TEASERS = (
    "Officials in {city2} say the new rules on {np} will take effect next month after a long…",
    "The shares of {co} fell sharply on {day} after the company warned that its profits for the…",
    "Thousands of people gathered in {city2} on {day} to protest against the government's "
    "plans to…",
    "A new report by {tt} finds that spending on {np} has risen for the third year in a…",
)
