"""A deterministic synthetic news corpus for the benchmark (``nox -s bench``).

Every article is made from the templates and word banks below (written for this project,
MIT like the code) by a random generator seeded with the corpus seed and the article's
number, so article ``n`` is the same whatever the corpus size and on every machine, and
the first 500 articles of the 2,000-article corpus are the 500-article corpus. Nothing is
downloaded. The people, think tanks, outlets and companies are invented; countries,
cities and international bodies are real, as in the news the builder is made for.

The articles look like the real thing to the pipeline: a headline, a dateline, lead and
body paragraphs of 15–35-word sentences, direct quotes (split around the attribution,
running over two paragraphs, now and then never closed), partial quotes in the author's
sentence, reported speech with ``said``, ``told``, ``according to``; headings, bullet
lists, curly and straight quotation marks, and page furniture (cookie notices, share
prompts, "Read more" links, truncated teasers) before and after the story.

Run ``python -m trump_putin_call.bench.corpus OUT [--articles N]`` to write one.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

#: Changing the seed (or any template) changes the corpus: the figures in the README were
#: measured on this one.
SEED = "trump-putin-call-bench-1"
#: The benchmark's corpus size, and the smaller one memory is compared with.
ARTICLES = 2000
SMALL = 500
DESKS = ("world", "politics", "business", "europe")

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


@dataclass(frozen=True)
class _Person:
    first: str
    last: str
    female: bool
    role: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


def _cast(rng: random.Random, n: int = 600) -> tuple[_Person, ...]:
    """The recurring people of the corpus: each article quotes a few of them."""
    people, seen = [], set()
    while len(people) < n:
        female = rng.random() < 0.45
        first = rng.choice(_FEMALE if female else _MALE)
        last = rng.choice(_SURNAMES)
        if (first, last) in seen:
            continue
        seen.add((first, last))
        if rng.random() < 0.55:
            country = rng.choice(_COUNTRIES)
            role = f"{country[1]} {rng.choice(_ROLES_GOV)}"
        else:
            role = rng.choice(_ROLES_OTHER).format(
                tt=rng.choice(_THINK_TANKS),
                co=rng.choice(_COMPANIES),
                body=rng.choice(_BODIES),
                outlet=rng.choice(_OUTLETS),
            )
        people.append(_Person(first, last, female, role))
    return tuple(people)


_CAST = _cast(random.Random(f"{SEED}:cast"))
_NUMBER_WORDS = ("two", "three", "four", "five", "six", "eight", "ten", "twelve")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class _Writer:
    """One article: its random generator, its subject, its people and who was named."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.topic = rng.choice(_TOPICS)
        self.c1, self.c2 = rng.sample(_COUNTRIES, 2)
        self.city = rng.choice((self.c1[2], self.c2[2], "Geneva", "Istanbul", "Vienna"))
        self.people = rng.sample(_CAST, rng.randint(3, 6))
        self.named: list[_Person] = []
        self.last: _Person | None = None
        self.curly = rng.random() < 0.8
        self._decks: dict[int, list[str]] = {}

    def draw(self, pool: tuple[str, ...]) -> str:
        """A template from ``pool``, not repeated until the pool is used up."""
        deck = self._decks.get(id(pool))
        if not deck:
            deck = self._decks[id(pool)] = list(pool)
            self.rng.shuffle(deck)
        return deck.pop()

    def _person(self) -> _Person:
        return self.rng.choice(self.people)

    def _intro(self, who: _Person) -> str:
        """``the French foreign minister, Anna Weller,`` on first mention, else the surname."""
        self.last = who
        if who in self.named:
            return who.last
        self.named.append(who)
        if who.role[0].isupper() and self.rng.random() < 0.5:  # "French foreign minister X"
            return f"{who.role} {who.name}"
        return f"{who.name}, {who.role},"

    def fill(self, template: str, speaker: _Person | None = None) -> str:
        rng, topic = self.rng, self.topic
        who = speaker or self._person()
        values = {
            "C1": self.c1[0],
            "C2": self.c2[0],
            "C1_adj": self.c1[1],
            "C2_adj": self.c2[1],
            "C1_cap": self.c1[2],
            "C2_cap": self.c2[2],
            "city": self.city,
            "city2": rng.choice(_COUNTRIES)[2],
            "day": rng.choice(_DAYS),
            "month": rng.choice(_MONTHS),
            "year": str(rng.randint(2015, 2023)),
            "n_words": rng.choice(_NUMBER_WORDS),
            "n": rng.choice(("three", "four", "five")),
            "np": rng.choice(topic.nps),
            "goal": rng.choice(topic.goals),
            "goal_cap": _cap(rng.choice(topic.goals)),
            "risk": rng.choice(topic.risks),
            "Title": topic.title,
            "body": rng.choice(_BODIES),
            "tt": rng.choice(_THINK_TANKS),
            "co": rng.choice(_COMPANIES),
            "outlet": rng.choice(_OUTLETS),
            "met": rng.choice(("met", "gathered", "sat down")),
            "warned": rng.choice(("warned", "said", "cautioned")),
            "ended": rng.choice(("ended", "concluded", "wrapped up")),
            "adj_phrase": rng.choice(_ADJ_PHRASES),
            "him": "her" if who.female else "him",
            "his": "her" if who.female else "his",
            "He": "She" if who.female else "He",
        }
        if "{P_intro}" in template:
            values["P_intro"] = self._intro(who)
        if "{S}" in template:
            values["S"] = self._intro(who)
        text = template.format(**values)
        return _cap(text)

    def quote_words(self, n: int) -> str:
        return " ".join(self.fill(self.draw(_QUOTE_SENTENCES)) for _ in range(n))

    def marks(self) -> tuple[str, str]:
        return ("“", "”") if self.curly else ('"', '"')

    def direct(self) -> list[str]:
        """A direct quote paragraph (sometimes two), in one of the usual shapes."""
        rng = self.rng
        who = self._person()
        o, c = self.marks()
        said = rng.choice(("said", "said", "told reporters", "added", "insisted"))
        shape = rng.randrange(6)
        words = self.quote_words(rng.randint(1, 3))
        name = self._intro(who)
        pron = "she" if who.female else "he"
        if shape == 0:
            return [f"{o}{words[:-1]},{c} {name} {said}."]
        if shape == 1:
            first, second = self.quote_words(1), self.quote_words(rng.randint(1, 2))
            return [f"{o}{first[:-1]},{c} {name} said. {o}{second}{c}"]
        if shape == 2:
            return [f"{_cap(name)} said: {o}{words}{c}"]
        if shape == 3:  # runs over two paragraphs: the first is left open
            return [
                f"{o}{words}",
                f"{o}{self.quote_words(rng.randint(1, 2))[:-1]},{c} {pron} said.",
            ]
        if shape == 4 and rng.random() < 0.3:  # never closed (a scraping error)
            return [f"{_cap(name)} said: {o}{words}"]
        return [
            f"{o}{words[:-1]},{c} {said} {name}, speaking in {self.city} on {rng.choice(_DAYS)}."
        ]

    def paragraph(self) -> list[str]:
        rng = self.rng
        kind = rng.random()
        if kind < 0.4:
            return [" ".join(self.fill(self.draw(_NARRATIVE)) for _ in range(rng.randint(2, 4)))]
        if kind < 0.65:
            return self.direct()
        if kind < 0.85:
            parts = [self.fill(self.draw(_INDIRECT), self.last if rng.random() < 0.4 else None)]
            parts += [self.fill(self.draw(_NARRATIVE)) for _ in range(rng.randint(1, 2))]
            return [" ".join(parts)]
        if not self.curly:
            return [self.fill(self.draw(_NARRATIVE)), self.fill(self.draw(_INDIRECT))]
        return [" ".join([self.fill(self.draw(_PARTIAL)), self.fill(self.draw(_NARRATIVE))])]

    def bullet_list(self) -> list[str]:
        rng = self.rng
        bullet = rng.choice(("- ", "• ", "* ", "1. "))
        items = rng.sample(_LIST_ITEMS, rng.randint(3, 5))
        lines = [self.fill(rng.choice(_LIST_LEADS))]
        for i, item in enumerate(items, start=1):
            mark = f"{i}. " if bullet == "1. " else bullet
            text = self.fill(item)
            lines.append(mark + (text + ";" if i < len(items) else text + "."))
        return lines

    def article(self) -> str:
        rng = self.rng
        lines: list[str] = []
        if rng.random() < 0.08:
            lines.append(rng.choice(_FURNITURE_START))
        if rng.random() < 0.85:
            lines.append(self.fill(rng.choice(_HEADLINES)))
        lead = self.fill(rng.choice(_LEADS))
        dateline = rng.random()
        if dateline < 0.3:
            lead = f"[{self.city.upper()}] {lead}"
        elif dateline < 0.5:
            lead = f"{self.city.upper()} — {lead}"
        lines.append(lead)
        n = rng.choices((3, 5, 8, 11, 16), weights=(2, 4, 5, 3, 1))[0]
        headings = rng.sample(_HEADINGS, 3)
        for i in range(n):
            if i and i % 5 == 0 and headings and rng.random() < 0.7:
                lines.append(self.fill(headings.pop()))
            if i == n // 2 and rng.random() < 0.35:
                lines += self.bullet_list()
            lines += self.paragraph()
        if rng.random() < 0.6:
            tail = [self.fill(t) for t in rng.sample(_TEASERS, rng.randint(0, 3))]
            tail += rng.sample(_FURNITURE_END, rng.randint(1, 3))
            lines += tail
        sep = "\n\n" if rng.random() < 0.5 else "\n"
        return sep.join(lines) + "\n"


@dataclass(frozen=True)
class Article:
    source_path: str  # relative to the corpus folder
    text: str
    outlet: str
    published: str  # ISO date

    @property
    def words(self) -> int:
        return len(self.text.split())


def article(n: int, seed: str = SEED) -> Article:
    """Article number ``n`` (the same whatever the corpus size)."""
    rng = random.Random(f"{seed}:{n}")
    desk = rng.choice(DESKS)
    outlet = _cap(rng.choice(_OUTLETS).removeprefix("the "))
    published = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    text = _Writer(rng).article()
    return Article(f"{desk}/{n:05d}.txt", text, outlet, published)


def articles(count: int = ARTICLES, seed: str = SEED) -> Iterator[Article]:
    for n in range(count):
        yield article(n, seed)


def sources_csv(arts: list[Article]) -> str:
    """``sources.csv`` for the corpus: outlet and date known, URL and licence not."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(("source_path", "outlet", "url", "published", "license"))
    for art in sorted(arts, key=lambda a: a.source_path):
        writer.writerow((art.source_path, art.outlet, "", art.published, ""))
    return buffer.getvalue()


def write(out: Path, count: int = ARTICLES, seed: str = SEED) -> tuple[int, int]:
    """Write the corpus of ``count`` articles into ``out`` (made empty first if it exists).

    Returns (articles, words). Files are UTF-8 with ``\\n`` newlines, so the corpus is
    byte-identical on every platform.
    """
    import shutil

    out = Path(out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    arts = list(articles(count, seed))
    for art in arts:
        path = out / art.source_path
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(art.text.encode("utf-8"))
    (out / "sources.csv").write_bytes(sources_csv(arts).encode("utf-8"))
    return len(arts), sum(a.words for a in arts)


def write_parquet(
    out: Path, count: int = ARTICLES, seed: str = SEED, lines: int | None = None
) -> tuple[int, int]:
    """The corpus as one Parquet file, one article per row with metadata columns
    (``article_id``, ``title``: the headline line, ``outlet``, ``published`` as a date);
    ``lines``: keep only each article's first lines (a shorter corpus for tests).

    Returns (articles, words).
    """
    import datetime as dt

    import pyarrow as pa
    import pyarrow.parquet as pq

    records = []
    for art in articles(count, seed):
        text = art.text if lines is None else "\n".join(art.text.split("\n")[:lines]) + "\n"
        records.append(
            {
                "article_id": art.source_path.removesuffix(".txt").replace("/", "_"),
                "title": text.strip().split("\n", 1)[0],
                "outlet": art.outlet,
                "published": dt.date.fromisoformat(art.published),
                "text": text,
            }
        )
    pq.write_table(pa.Table.from_pylist(records), out, row_group_size=256)
    return len(records), sum(len(r["text"].split()) for r in records)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("out", type=Path)
    p.add_argument("--articles", type=int, default=ARTICLES)
    args = p.parse_args(argv)
    n, words = write(args.out, args.articles)
    print(f"{n} articles, {words:,} words in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
