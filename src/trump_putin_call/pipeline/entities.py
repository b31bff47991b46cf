"""Stage 4: entity mentions from spaCy's NER, cleaned and linked to corpus-wide ids.

Per block: take spaCy's entities, cut possessives, leading articles and titles from the
span. Per article: a surname (or a tail such as ``Trump Jr.``) resolves to the full name
introduced in the article, whatever label spaCy gave it. Across the corpus: a surname left
alone resolves to the one full name that ends with it, each entity gets its majority label,
and the id is a slug of label group and canonical name, so it is stable across rebuilds
and unaffected by unrelated articles.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from trump_putin_call.pipeline.blocks import Block
from trump_putin_call.pipeline.overrides import Override
from trump_putin_call.pipeline.sentences import Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Block types whose prose is mined for entities (headings and titles are title-cased
#: and make the statistical model hallucinate organisations).
MINED_TYPES = ("paragraph", "list_item")

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
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_ARTICLES = frozenset({"the", "a", "an"})
_TRAILING_FUNCTION = frozenset({"of", "and", "the", "in", "for", "at", "on", "to", "&", "from"})
#: Labels linked by name across the corpus; others (dates, numbers...) are their own text.
_GROUPS = {
    "PERSON": "person",
    "ORG": "org",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "norp",
}
#: Labels a bare surname may carry when spaCy mislabels a person.
_NAMEABLE = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"})
#: Fixed order for label votes that tie.
_LABEL_ORDER = (
    "PERSON",
    "ORG",
    "GPE",
    "LOC",
    "NORP",
    "FAC",
    "EVENT",
    "PRODUCT",
    "WORK_OF_ART",
    "LAW",
    "LANGUAGE",
    "DATE",
    "TIME",
    "PERCENT",
    "MONEY",
    "QUANTITY",
    "ORDINAL",
    "CARDINAL",
)


@dataclass
class Mention:
    start: int
    end: int
    text: str
    label: str
    sentence: Sentence
    rules: list[str] = field(default_factory=list)
    canonical: str = ""
    entity_id: str = ""

    @property
    def tokens(self) -> list[str]:
        return self.text.split()


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
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+([A-Z][\w’'\-]+)")
_ABBREVIATION = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,9})\)")
_LOCATIVE = frozenset("in at near outside around across throughout inside".split())
#: Bodies that sit and vote, whatever label the model gave them.
_LEGISLATURES = frozenset(
    "Parliament Congress Senate Bundestag Bundesrat Duma Knesset Majlis Sejm Riksdag Storting "
    "Folketing Eduskunta Althing Oireachtas Dáil Seanad".split()
)
#: Bodies of a state: "X’s Foreign Ministry" makes X a country, not an organisation.
_GOVERNMENT_HEADS = frozenset(
    "Ministry Department Commission Parliament Government Embassy Army Navy Police Cabinet "
    "Senate Congress Treasury".split()
)
#: "Shares in Marlow & Finch": a stake in a company, not a place.
_HOLDINGS = frozenset("shares share stake stakes holding holdings investment investments".split())


_PLACE_PREPOSITIONS = frozenset(
    "in at on near outside inside into to from around across opposite beside behind below "
    "above beneath".split()
)

_STAFF = frozenset(
    "officials staff researchers scientists workers experts forecasters doctors curators "
    "employees analysts economists engineers executives managers lawyers".split()
)


def _after_locative(text: str, m: Mention) -> bool:
    """The mention follows a preposition of place ("displayed in the Acropolis Museum")."""
    before = [w for w in text[max(0, m.start - 40) : m.start].split() if w.lower() not in _ARTICLES]
    if not before or before[-1].lower() not in _PLACE_PREPOSITIONS:
        return False
    # "scientists at the National Flood Centre" work for the institution
    return not (before[-1].lower() == "at" and len(before) > 1 and before[-2].lower() in _STAFF)


def _is_known_place(name: str) -> bool:
    from trump_putin_call.pipeline.known_names import known_places

    return name in known_places()


def is_known_org(m: Mention) -> bool:
    """The gazetteer (``known_names``) made or confirmed this organisation: form and
    context rules leave its label alone."""
    from trump_putin_call.pipeline.known_names import known_orgs

    if m.label != "ORG":
        return False
    return m.text in known_orgs() or any(r.startswith("rule:known_org") for r in m.rules)


#: Portfolios that lead a job title ("Health Secretary", "Interior Minister", "Army
#: spokesman"): part of the title, not an organisation.
_PORTFOLIOS = frozenset(
    "Health Interior Defence Defense Foreign Finance Justice Education Transport Environment "
    "Energy Trade Home Army Navy Culture Agriculture Housing Economy Treasury Commerce".split()
)
_ROLE_AFTER = re.compile(
    r"\s+(?:secretary|minister|spokesman|spokeswoman|spokesperson|chief|commander|"
    r"committee chair|cabinet secretary|leaders|officers|commanders|chiefs)\b",
    re.IGNORECASE,
)


#: Common nouns a sentence opens with that the model takes for a name ("State media said",
#: "Turnout was low").
_OPENING_NOUNS = frozenset(
    "State Army Government Competition Farm Police Turnout Voters Officials Authorities "
    "Prosecutors Investigators Parliament Court Council Party Ministry Cabinet Opposition "
    "Rescuers Residents Troops Fighters Shares Markets Prices".split()
)


def drop_roles(text: str, mentions: list[Mention]) -> list[Mention]:
    """Abbreviations of roles the model tags as organisations ("Gareth Penhaligon KC"), the
    portfolio of a job title ("Health Secretary Owen Pritchard"), a common noun opening a
    sentence ("State media said"), and a name cut at a hyphen ("Fly-")."""
    return [
        m
        for m in mentions
        if not (
            (
                m.label == "ORG"
                and (
                    m.text in _NOT_ORG_ACRONYMS
                    or (m.text in _PORTFOLIOS and _ROLE_AFTER.match(text, m.end))
                )
            )
            or (
                m.label in ("ORG", "PERSON")
                and m.text in _OPENING_NOUNS
                and m.start == m.sentence.start
            )
            or m.text.endswith("-")
        )
    ]


_ABBREVIATED = frozenset("corp. bros. assn. dept. govt.".split())
_HYPHENATED_FIRST = re.compile(r"[A-Z][^\W\d_]+-$")
_WORD_BEFORE_NAME = re.compile(r"(?<![\w\-’'.])([A-Z][^\W\d_]+) $")
_WORD_AFTER_NAME = re.compile(r" ([A-Z][^\W\d_]+)(?=[’']s\b|[,.;:]|\s+[a-z(]|$)")
#: Capitalised words that follow a name without being part of it.
_NOT_NAME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december jr sr administration "
    "government cabinet campaign team said says".split()
)


def person_spans(text: str, mentions: list[Mention]) -> list[Mention]:
    """People's names the model cut: "Jean-Paul Kabeya" read as "Paul Kabeya" (a first name
    joined by a hyphen), and "Mohammed bin Abdulrahman Al Thani" read as two people next to
    each other (two PERSON spans with only a space between are one name)."""
    for m in mentions:
        if m.label != "PERSON":
            continue
        found = _HYPHENATED_FIRST.search(text, max(0, m.start - 20), m.start)
        if found and (found.start() == 0 or not text[found.start() - 1].isalnum()):
            m.start = found.start()
            m.text = text[m.start : m.end]
            m.canonical = " ".join(m.text.split())
            m.rules.append("rule:hyphenated_first_name")
    from trump_putin_call.pipeline import gender

    starts = {m.start for m in mentions}
    for m in mentions:
        if m.label != "PERSON" or len(m.tokens) < 2:
            continue
        # "Pilar Ruiz Ortega" read as "Ruiz Ortega": a first name just before the name
        before = _WORD_BEFORE_NAME.search(text, max(0, m.start - 25), m.start)
        if (
            before
            and m.sentence.start <= before.start()
            and before.group(1).lower() not in _NOT_GIVEN | TITLES
            and gender.of_name(before.group(1)) is not None
            and not any(o.end == before.end() - 1 for o in mentions)
        ):
            m.start = before.start(1)
            m.rules.append("rule:first_name_before")
        # "Jonas Gahr Støre’s" read as "Jonas Gahr": one more capitalised word of the name
        after = _WORD_AFTER_NAME.match(text, m.end)
        if (
            after
            and after.end(1) <= m.sentence.end
            and after.start(1) not in starts
            and not after.group(1).isupper()  # "Gareth Penhaligon KC"
            and after.group(1).lower().strip(".")
            not in _NOT_NAME_WORDS
            | TITLES
            | POSTNOMINALS
            | ORG_SUFFIXES
            | LOC_SUFFIXES
            | FAC_SUFFIXES
        ):
            m.end = after.end(1)
            m.rules.append("rule:surname_after")
        m.text = text[m.start : m.end]
        m.canonical = " ".join(m.text.split())
    for m in mentions:
        # "Pierre Gasly." at the end of a sentence: the full stop is no part of the name
        last = m.tokens[-1] if m.tokens else ""
        if (
            m.label in _GROUPS
            and last.endswith(".")
            and len(last) > 4
            and last[:-1].isalpha()
            and last.lower() not in _ABBREVIATED
        ):
            m.end -= 1
            m.text = text[m.start : m.end]
            m.canonical = " ".join(m.text.split())
            m.rules.append("rule:strip_full_stop")
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        last = out[-1] if out else None
        if (
            last is not None
            and last.label == m.label == "PERSON"
            and text[last.end : m.start] == " "
            and last.sentence is m.sentence
        ):
            last.end, last.text = m.end, text[last.start : m.end]
            last.canonical = " ".join(last.text.split())
            last.rules.append("rule:joined_person")
            continue
        out.append(m)
    return out


#: Words for people that introduce a name: "fast bowler Kagiso Rabada", "a palace
#: spokesman, Osaro Igbinedion", "the then president, Muhammadu Buhari".
_PERSON_NOUNS = TITLES | frozenset(
    "analyst economist professor lawyer researcher director head executive strategist trader "
    "founder adviser advisor correspondent editor reporter scientist expert partner official "
    "bowler batsman batter striker midfielder defender goalkeeper forward winger captain "
    "player coach sculptor artist painter singer actor actress author writer poet novelist "
    "activist journalist photographer designer architect farmer student teacher doctor nurse "
    "priest imam rabbi bishop cardinal monk lawmaker legislator candidate opponent rival "
    "widow son daughter wife husband brother sister mother father chief".split()
)
#: "Deniz Arslan, a journalist held for 19 months": an apposition that says what person.
_PERSON_APPOSITION = re.compile(
    r",\s+(?:a|an|the)\s+(?:[a-z\-]+\s+){0,2}?(?:journalist|reporter|lawyer|activist|"
    r"author|writer|novelist|poet|artist|singer|actor|actress|student|teacher|doctor|nurse|"
    r"priest|businessman|businesswoman|billionaire|banker|diplomat|politician|lawmaker|"
    r"economist|professor|analyst|researcher|scientist|photographer|filmmaker|director|"
    r"footballer|striker|midfielder|defender|goalkeeper|player|athlete|driver|cyclist|"
    r"sprinter|boxer|swimmer|mother|father|son|daughter|widow|man|woman|girl|boy)\b"
)
_IST = re.compile(r"[A-Z][a-z]+ists?")
#: "the Obama administration", "the Biden government": a person's.
_PERSONAL_BODIES = re.compile(r"\s+(?:administration|government|campaign|presidency|era)\b")


def person_context(text: str, mentions: list[Mention]) -> None:
    """Organisations the context makes people: a name of two or three words after a word
    for a person, and a one-word name before "administration" or "government". Also two
    forms no person has: an acronym ("RJD") is an organisation, and a word in "-ist"
    ("Peronist") a political group's adjective."""
    for m in mentions:
        if m.label == "PERSON" and 2 <= len(m.text) <= 5 and m.text.isupper():
            m.rules.append("rule:acronym_person_org")
            m.label = "GPE" if m.text in PLACE_ACRONYMS else "ORG"
        elif m.label == "ORG" and _IST.fullmatch(m.text) and not is_known_org(m):
            m.rules.append("rule:ist_org_norp")
            m.label = "NORP"
    for m in mentions:
        if m.label != "ORG" or is_known_org(m) or m.text.isupper() or "&" in m.text:
            continue
        words = m.tokens
        before = text[max(0, m.start - 30) : m.start].rstrip(", ").split()
        rule = None
        if (
            2 <= len(words) <= 3
            and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
            and words[-1].lower() not in ORG_SUFFIXES | FAC_SUFFIXES | LOC_SUFFIXES
            and before
            and before[-1].lower() in _PERSON_NOUNS
        ):
            rule = "rule:person_noun_org_person"
        elif len(words) == 1 and _PERSONAL_BODIES.match(text, m.end) and m.text.isalpha():
            rule = "rule:personal_body_org_person"
        elif (
            1 <= len(words) <= 3
            and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
            and _PERSON_APPOSITION.match(text, m.end)
        ):
            rule = "rule:person_apposition_org_person"  # "Deniz Arslan, a journalist"
        if rule:
            m.rules.append(rule)
            m.label = "PERSON"


def relabel_by_form(text: str, mentions: list[Mention]) -> None:
    """Labels the name's own form contradicts: "Pearl River" is no person, nor "Goldman Sachs"
    a place; a lone unlinked "Hamilton" after "in" or "near" is a place. Other mentions of
    the article with the same canonical name and old label take the new label too."""
    changed: dict[tuple[str, str], str] = {}
    for m in mentions:
        if is_known_org(m):
            continue
        last = m.tokens[-1].lower().strip(".") if m.tokens else ""
        new, name = None, ""
        if m.label in ("PERSON", "ORG", "GPE") and len(m.tokens) >= 2 and last in LOC_SUFFIXES:
            new = "LOC"

        elif (
            m.label in ("PERSON", "ORG", "GPE", "LOC")
            and len(m.tokens) >= 2
            and last in FAC_SUFFIXES
        ):
            new = "FAC"
            if m.label == "ORG" and last in INSTITUTION_FAC and not _after_locative(text, m):
                new = None  # "the British Museum has opened talks": the institution acts
        elif m.label == "PERSON" and len(m.tokens) >= 2 and last in ORG_SUFFIXES:
            new = "ORG"
        elif m.label in ("GPE", "LOC", "PERSON", "NORP") and m.text in _LEGISLATURES:
            new = "ORG"  # "Parliament voted": the body, not a place
        elif (
            m.label in ("PERSON", "GPE", "LOC", "FAC", "NORP")
            and len(m.tokens) >= 2
            and m.tokens[0] in ORG_PREFIXES
        ):
            new, name = "ORG", f"rule:org_prefix_{m.label.lower()}"
        elif m.label == "PERSON" and len(m.tokens) == 1 and m.canonical == m.text:
            before = text[max(0, m.start - 12) : m.start].split()
            if before and before[-1].lower() in _LOCATIVE:
                new = "GPE"
            elif (
                before
                and before[-1].lower() == "the"
                and m.text.isalpha()
                and not _PERSONAL_BODIES.match(text, m.end)  # "the Trump administration"
            ):
                # "the Louvre in Paris", "below the Acropolis": a person has no article
                new = "FAC" if _after_locative(text, m) else "ORG"
                name = f"rule:article_person_{new.lower()}"
        elif (
            m.label == "ORG"
            and len(m.tokens) == 1
            and not m.text.isupper()
            and text[m.end : m.end + 3] in ("’s ", "'s ")
            and any(
                o.start == m.end + 3 and o.label == "ORG" and o.tokens[-1] in _GOVERNMENT_HEADS
                for o in mentions
            )
        ):
            new, name = "GPE", "rule:possessor_gpe"  # "Qatar’s Foreign Ministry"
        elif (
            m.label == "ORG"
            and len(m.tokens) <= 3
            and m.canonical == m.text
            and last not in ORG_SUFFIXES
            and not m.text.isupper()
            and "&" not in m.text
        ):
            before = text[max(0, m.start - 30) : m.start].split()
            if (
                before
                and before[-1].lower() in _LOCATIVE - {"at"}
                and not (len(before) > 1 and before[-2].lower().strip(".,") in _HOLDINGS)
            ):
                new = "GPE"  # "talks in Oslo": a place, not an organisation
        if new is not None and new != m.label:
            m.rules.append(name or f"rule:form_{m.label.lower()}_{new.lower()}")
            if "FAC" not in (m.label, new):  # building or institution: decided per use
                changed[(m.canonical, m.label)] = new
            m.label = new
    # "Manchester United … United manager": the other mentions of a relabelled name follow it
    for m in mentions:
        new = changed.get((m.canonical, m.label))
        if (
            new is not None
            and not is_known_org(m)
            and not any(r.startswith("rule:form_") for r in m.rules)
        ):
            m.rules.append(f"rule:label_consistency_{m.label.lower()}_{new.lower()}")
            m.label = new


_PLACE_APPOSITION = re.compile(
    r",\s+(?:the|a|an)\s+(?:\w+\s+)?(?:capital|city|town|village|port|province|state|county|"
    r"district|suburb|region)\s+(?:of|in|on|near)\b"
)
_PLACE_OF = re.compile(
    r"\b(?:city|town|village|port|capital|province|state|county|district|suburb)s?\s+of\s+$"
)
_IN_STATE = re.compile(r",\s+(?:in\s+)?(?=[A-Z])")
_LIST_GAP = re.compile(r"(?:,\s+|\s+and\s+|,\s+and\s+|\s+or\s+|,\s+or\s+)")
_LIST_OPENERS = frozenset(
    "in around near across throughout outside to from between via into".split()
)


_PLACE_JOINER = re.compile(r"(?:\s+upon\s+|-upon-|-on-|-under-|-le-)[A-Z][\w\-]*(?![\w\-])")


def joined_place_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Burton upon Trent", "Stratford-upon-Avon": the model often stops before "upon"."""
    out = list(mentions)
    for m in mentions:
        if m.label not in ("GPE", "LOC") or m not in out:
            continue
        found = _PLACE_JOINER.match(text, m.end)
        if found is None:
            continue
        end = found.end()
        out = [o for o in out if o is m or not (o.start < end and m.end <= o.start)]
        m.end, m.text = end, text[m.start : end]
        m.canonical = " ".join(m.text.split())
        m.rules.append("rule:joined_place")
    return out


def place_context(text: str, mentions: list[Mention]) -> None:
    """Names their context makes a place, whatever the model or a surname link said.

    "Jackson, the capital of Mississippi", "the port city of Santos": a place. In a list
    after a preposition of place with a place in it ("seats around Lincoln, Hamilton and
    Chester"), the other one-word names the model took for people or organisations are
    places too.
    """

    def to_place(m: Mention, rule: str) -> None:
        m.rules.append(f"rule:{rule}_{m.label.lower()}_gpe")
        m.label, m.canonical = "GPE", m.text

    places = {m.start: m for m in mentions if m.label == "GPE"}
    for m in mentions:
        if m.label not in ("PERSON", "ORG") or len(m.tokens) > 3 or m.text.isupper():
            continue
        apposition = _PLACE_APPOSITION.match(text, m.end)
        state = _IN_STATE.match(text, m.end)
        if state and state.end() not in places:
            state = None  # "Mackay, in Queensland" only when the second name is a place
        before = text[max(0, m.start - 15) : m.start].split()
        if (
            apposition
            or _PLACE_OF.search(text[max(0, m.start - 25) : m.start])
            or (state and before and before[-1].lower() in _LIST_OPENERS)
        ):
            to_place(m, "place_apposition")
            # "Jackson, the capital of Mississippi", "Mackay, in Queensland": the larger
            # place tells this one apart from the person of the same name
            found = apposition or state
            larger = places.get(found.end() + 1) if found else None
            if larger is None and found is not None:
                larger = places.get(found.end())
            if larger is not None and found is not None:
                m.canonical = f"{m.text}, {larger.canonical}"
    named = sorted((m for m in mentions if m.label in _GROUPS), key=lambda m: m.start)
    groups: list[list[Mention]] = []
    for m in named:
        if groups and m.sentence is groups[-1][-1].sentence:
            gap = text[groups[-1][-1].end : m.start]
            if _LIST_GAP.fullmatch(gap):
                groups[-1].append(m)
                continue
        groups.append([m])
    for group in groups:
        before = text[max(0, group[0].start - 15) : group[0].start].split()
        opened = (before and before[-1].lower() in _LIST_OPENERS) or _PLACE_OF.search(
            text[max(0, group[0].start - 25) : group[0].start]
        )
        if len(group) < 2 or not opened or not any(m.label == "GPE" for m in group):
            continue
        for m in group:
            if (
                m.label in ("PERSON", "ORG")
                and len(m.tokens) == 1
                and m.canonical == m.text
                and not m.text.isupper()
                and not is_known_org(m)
            ):
                to_place(m, "place_list")


_COMPASS = frozenset(
    "north south east west northern southern eastern western central upper lower".split()
)


def _looks_like_person(tokens: list[Token]) -> bool:
    """Two to four capitalised words, the first a well-attested first name."""
    from trump_putin_call.pipeline import gender

    words = [t.text for t in tokens if t.lower_ not in TITLES]
    # "State Representative Gail Horvath": role words before the first name do not count
    while len(words) > 2 and gender.of_name(words[0]) is None and words[0][:1].isupper():
        words = words[1:]
    particles = {"de", "van", "von", "da", "di", "al", "bin", "le", "la", "du", "del", "der"}
    last = words[-1].lower().strip(".") if words else ""
    return (
        2 <= len(words) <= 4
        and last not in ORG_SUFFIXES | FAC_SUFFIXES | LOC_SUFFIXES
        and words[0] not in ("Al", "El")  # "Al Jazeera": the Arabic article, not a first name
        and words[0].lower() not in _COMPASS  # "West Darfur"
        and all(w[:1].isupper() or w in particles for w in words)
        and gender.of_name(words[0]) is not None
    )


def _clean_span(ent: Span, label: str) -> tuple[int, int, str, list[str]] | None:
    """Token range and label of the name inside a spaCy span, and the rules applied."""
    tokens = list(ent)
    rules: list[str] = []
    for i, tok in enumerate(tokens):
        # "’s" always ends a name; a bare "’" only at the end ("the Housebuilders’ Council")
        if i > 0 and (
            tok.text in ("'s", "’s") or (tok.text in _POSSESSIVE and i == len(tokens) - 1)
        ):
            tokens = tokens[:i]
            rules.append("rule:strip_possessive")
            break
    for i, tok in enumerate(tokens):
        if i > 0 and tok.text in ("(", "["):  # "World Health Organization (WHO"
            tokens = tokens[:i]
            rules.append("rule:strip_bracket")
            break
    while tokens and tokens[0].lower_ in _ARTICLES:
        tokens = tokens[1:]
        rules.append("rule:strip_article")
    if label in ("ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART") and (
        _looks_like_person(tokens)
    ):
        rules.append(f"rule:first_name_{label.lower()}_person")
        label = "PERSON"
    if label == "PERSON":
        from trump_putin_call.pipeline import gender

        # "Sprinter Thiago Moraes", "State Representative Gail Horvath": words that are no
        # name, before a first name
        lead = 0
        while lead < len(tokens) - 2 and gender.of_name(tokens[lead].text) is None:
            lead += 1
        if 0 < lead < len(tokens) - 1 and gender.of_name(tokens[lead].text) is not None:
            tokens = tokens[lead:]
            rules.append("rule:strip_role")
        while len(tokens) > 1 and tokens[-1].lower_.strip(".") in POSTNOMINALS:
            tokens = tokens[:-1]
            rules.append("rule:strip_postnominal")
        while len(tokens) > 1 and tokens[0].lower_ in TITLES:
            tokens = tokens[1:]
            if "rule:strip_title" not in rules:
                rules.append("rule:strip_title")
    while tokens and (
        (tokens[-1].is_punct and tokens[-1].text != ".")
        or (label in ("PERSON", "ORG", "GPE") and any(ch.isdigit() for ch in tokens[-1].text))
    ):
        tokens = tokens[:-1]  # "Manchester United 3-1": the score is no part of the name
    while len(tokens) > 1 and tokens[-1].lower_ in _TRAILING_FUNCTION:
        tokens = tokens[:-1]  # "Aryna Voss of Germany": the name stops before "of"
        if "rule:strip_trailing_word" not in rules:
            rules.append("rule:strip_trailing_word")
    if label == "ORG" and len(tokens) > 1 and any(t.text[:1].isupper() for t in tokens[:-1]):
        # "the B3 exchange", "the Unite union": a common noun after the name is no part of it
        while len(tokens) > 1 and tokens[-1].is_alpha and tokens[-1].is_lower:
            tokens = tokens[:-1]
            if "rule:strip_common_noun" not in rules:
                rules.append("rule:strip_common_noun")
    if not tokens or not any(ch.isalnum() for tok in tokens for ch in tok.text):
        return None
    if label in _GROUPS and all(t.is_lower for t in tokens):
        return None  # "bin workers": a name has a capital (scripts without case pass)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text), label, rules


def extract(block: Block, doc: Doc, sentences: list[Sentence], method: str) -> list[Mention]:
    """Cleaned mentions in one block's Doc (article offsets)."""
    if block.type not in MINED_TYPES:
        return []
    offset = block.content[0]
    out: list[Mention] = []
    for ent in doc.ents:
        cleaned = _clean_span(ent, ent.label_)
        if cleaned is None:
            continue
        start, end, label, rules = cleaned
        sentence = next(s for s in sentences if s.token_start <= ent.start < s.token_end)
        text = doc.text[start:end]
        if label != "NORP" and _SPEAKING.match(doc.text, end) and " " not in text:
            rules.append(f"rule:speaking_{label.lower()}_norp")  # "Lekwungen-speaking peoples"
            label = "NORP"
        parts = [(start, end)]
        if label == "NORP" and _DOUBLE_NORP.fullmatch(text):  # "Ghanaian-American"
            cut = start + text.index("-")
            parts = [(start, cut), (cut + 1, end)]
            rules.append("rule:split_hyphen")
        for a, b in parts:
            piece = doc.text[a:b]
            out.append(
                Mention(
                    offset + a,
                    offset + b,
                    piece,
                    label,
                    sentence,
                    [method, *rules],
                    canonical=" ".join(piece.split()),
                )
            )
    return out


_SPEAKING = re.compile(r"-(?:speaking|speakers?|language)\b")
_DOUBLE_NORP = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|i)-[A-Z][a-z]+(?:an|ese|ish|i)")


def propagate(
    text: str, sentences: list[Sentence], mentions: list[Mention], method: str
) -> list[Mention]:
    """Mentions the model missed: other occurrences of names it found in the article.

    Once an article names "Donald Trump", a bare "Trump" elsewhere in its prose is the
    same person even where the statistical model tagged nothing; likewise an
    organisation's name. Returns all mentions, old and new, in document order.
    """
    from trump_putin_call.pipeline.known_names import context_orgs

    ambiguous = context_orgs()  # "Reform" the party is no reason to tag "Reform of …"
    forms: dict[str, str] = {}
    for m in mentions:
        if (
            m.label == "ORG"
            and len(m.canonical) > 2
            and m.canonical[:1].isupper()
            and m.canonical not in ambiguous
        ):
            forms.setdefault(m.canonical, "ORG")
    for m in mentions:
        if m.label == "PERSON" and len(m.tokens) >= 2:
            forms[m.canonical] = "PERSON"
            forms[m.canonical.split()[-1]] = "PERSON"
    if not forms:
        return mentions
    ordered = sorted(forms, key=lambda f: (-len(f), f))
    taken = [(m.start, m.end) for m in mentions]
    pattern = re.compile(
        r"(?<![\w\-’'])(?:" + "|".join(re.escape(f) for f in ordered) + r")(?![\w\-])(?!\s+Jr\b)"
    )
    found = list(mentions)
    for sent in sentences:
        if sent.block.type not in MINED_TYPES:
            continue
        for match in pattern.finditer(text, sent.start, sent.end):
            start, end = match.span()
            if any(a < end and start < b for a, b in taken):
                continue
            found.append(
                Mention(
                    start,
                    end,
                    match.group(),
                    forms[match.group()],
                    sent,
                    [method, "rule:name_propagation"],
                    canonical=match.group(),
                )
            )
            taken.append((start, end))
    return sorted(found, key=lambda m: m.start)


_ORG_HEADS = (
    "Council|Ministry|Department|Committee|Commission|Authority|Agency|Association|Union|"
    "Institute|University|College|Bank|Board|Court|Directorate|Federation|Foundation|Fund|"
    "Party|Office|Service|Corporation|Company|Group|Holdings|Trust|Society|Organisation|"
    "Organization|Bureau|Tribunal|Parliament|Assembly|Senate|Chamber|League|Alliance|"
    "Coalition|Network|Airlines|Airways|Motors|Motor|Labs|Laboratories|Pharmaceuticals|"
    "Therapeutics|Logistics|Energy|Systems|Technologies|Partners|Capital|Investments|"
    "Club|Times|Post|Herald|Gazette|Tribune|Chronicle|Journal|Observer|Hospital|Police|"
    "Exchange"
)
_NAME = r"(?:(?:Women|Men|Children|People)[’']s|[A-Z][\w.&\-]*|[A-Z]{2,})"
_CONN = r"(?:of|and|&)"
#: "Competition and Consumer Board", "Allied Health Union", "Bank of England".
_ORG_NAME = re.compile(
    rf"(?<![\w\-])(?:{_NAME}\s+(?:{_CONN}\s+)*)*?(?:{_NAME}\s+)?(?:{_ORG_HEADS})"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?{_NAME}(?:\s+(?:and\s+)?{_NAME})*)*(?![\w\-])"
)
#: "Fondation Aurelle", "Partido de la Liberación Nacional": an organisation word in
#: another language, then capitalised words (and the particles between them).
_ORG_PREFIXED = re.compile(
    rf"(?<![\w\-])(?:{'|'.join(sorted(ORG_PREFIXES))})"
    r"(?:\s+(?:(?:de|del|de la|des|du|der|di|do|da|für|y|et|e)\s+)?[A-Z][\w\-]*)+(?![\w\-])"
)
#: Roles named after a portfolio ("Mines and Energy Minister", "Culture Secretary").
_PORTFOLIO_ROLES = frozenset("minister ministers secretary commissioner czar tsar".split())
_LEADING_FUNCTION = frozenset({"The", "A", "An", "On", "In", "At", "For", "And", "But", "Its"})


def org_names(
    text: str, sentences: list[Sentence], mentions: list[Mention], method: str
) -> list[Mention]:
    """Organisation names built like names ("… Board", "Bank of …") the model split or missed.

    A capitalised run ending in an organisation head word (or "Ministry of …") replaces the
    model's mentions inside it; a run that cuts through a longer mention is left alone.
    """
    out = list(mentions)
    for sent in sentences:
        if sent.block.type not in MINED_TYPES:
            continue
        found = [
            *_ORG_NAME.finditer(text, sent.start, sent.end),
            *_ORG_PREFIXED.finditer(text, sent.start, sent.end),
        ]
        for match in found:
            start, end = match.span()
            words = text[start:end].split()
            while words and words[0] in _LEADING_FUNCTION:
                start += len(words[0]) + 1
                words = words[1:]
            if words and words[-1].endswith(".") and len(words[-1]) > 4:
                end -= 1  # "… University of South Florida." ends the sentence, not the name
                words[-1] = words[-1][:-1]
            if start == sent.start and len(words) > 3 and words[1] == "of":
                rest = " ".join(words[2:])
                if re.search(rf"\b(?:{_ORG_HEADS})$", rest):  # "Shares of Tata Motors"
                    start += len(words[0]) + len(words[1]) + 2
                    words = words[2:]
            if len(words) < 2 or not words[0][:1].isupper():
                continue
            after = text[end : end + 20].split()
            if after and after[0].lower().strip(".,") in _PORTFOLIO_ROLES:
                # "Mines and Energy Minister": a portfolio, not an organisation
                out = [m for m in out if not (m.label == "ORG" and start <= m.start < end)]
                continue
            inside = [m for m in out if m.start < end and start < m.end]
            if any(m.start < start or m.end > end for m in inside):
                continue
            if any(m.label == "PERSON" and m.start == start and m.end == end for m in inside):
                continue
            if len(inside) == 1 and (inside[0].start, inside[0].end) == (start, end):
                if inside[0].label != "ORG":
                    inside[0].rules.append(f"rule:org_name_{inside[0].label.lower()}")
                    inside[0].label = "ORG"
                continue
            out = [m for m in out if m not in inside]
            name = text[start:end]
            out.append(
                Mention(
                    start,
                    end,
                    name,
                    "ORG",
                    sent,
                    [method, "rule:org_name"],
                    canonical=" ".join(name.split()),
                )
            )
    return sorted(out, key=lambda m: m.start)


_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish|i|an)")


#: Lower-case words after a region's name that are no part of it ("Tete province").
_REGION_NOUNS = frozenset(
    "province provinces county region district prefecture governorate oblast municipality "
    "state territory".split()
)


_SAINT = re.compile(r"\b(?:St|St\.|Saint|San|Santa|São)\s+\Z")


def saint_names(text: str, mentions: list[Mention]) -> None:
    """ "St Thomas’ Hospital", "Santa Cruz": a saint's title before an organisation's or
    place's name is part of it (the model often leaves it out)."""
    for m in mentions:
        found = _SAINT.search(text, max(m.sentence.start, m.start - 8), m.start)
        if m.label in ("ORG", "FAC", "GPE", "LOC") and found and found.start() >= m.sentence.start:
            m.start = found.start()
            m.canonical = text[m.start : m.end] if m.canonical == m.text else m.canonical
            m.text = text[m.start : m.end]
            m.rules.append("rule:saint_name")


#: "the Chenab and Ravi rivers", "the Sutlej river": names before a lower-case river noun.
_RIVER_AFTER = re.compile(
    r"(?:(?:,|,? and|,? or) [A-Z][\w\-]+)* (?:river|rivers|rainforest|basin|delta)\b"
)


def natural_places(mentions: list[Mention], text: str = "") -> None:
    """ "Lake Malawi", "Mount Kenya", "Gulf of Aden": a natural place, whatever the model
    said (and so no person whose surname "Malawi" could take). "Tete province": the
    region's name is "Tete"."""
    from trump_putin_call.pipeline.known_names import known_places

    places = known_places()
    for m in mentions:
        words = m.tokens
        if text and m.label != "LOC" and len(words) <= 2 and _RIVER_AFTER.match(text, m.end):
            m.rules.append(f"rule:river_{m.label.lower()}_loc")
            m.label = "LOC"
            continue
        if m.label in ("GPE", "LOC") and len(words) >= 2 and words[-1] in _REGION_NOUNS:
            name = m.text[: m.text.rindex(words[-1])].rstrip()
            if name[:1].isupper() and not name.endswith(("of", "the")):
                m.end = m.start + len(name)
                m.canonical = name if m.canonical == m.text else m.canonical
                m.text = name
                m.rules.append("rule:region_noun")
        if (
            m.label in ("PERSON", "ORG")
            and len(m.tokens) >= 2
            and m.tokens[0] in LOC_PREFIXES
            and (m.tokens[1][:1].isupper() or m.tokens[1] == "of")
            and m.tokens[-1].lower() not in ORG_SUFFIXES | FAC_SUFFIXES  # "Gulf … Council"
            and m.text not in places  # "Cape Town"
        ):
            m.rules.append(f"rule:place_prefix_{m.label.lower()}_loc")
            m.label = "LOC"


def split_nationality(mentions: list[Mention]) -> list[Mention]:
    """A nationality before a ministry: "Iranian Foreign Ministry" → NORP + ORG.

    A nationality adjective before a ministry's name is a description of whose ministry it
    is, like "Kremlin" in "Kremlin spokesman"; "Ministry of …" names are left whole.
    """
    out: list[Mention] = []
    for m in mentions:
        words = m.tokens
        if not (
            m.label == "ORG"
            and len(words) == 3
            and words[-1] == "Ministry"
            and _DEMONYM.fullmatch(words[0])
            and words[1][:1].isupper()
        ):
            out.append(m)
            continue
        cut = m.text.index(words[1], len(words[0]))
        rules = [*m.rules, "rule:split_nationality"]
        adjective = Mention(
            m.start, m.start + len(words[0]), words[0], "NORP", m.sentence, list(rules), words[0]
        )
        rest = m.text[cut:]
        ministry = Mention(m.start + cut, m.end, rest, "ORG", m.sentence, list(rules), rest)
        out += [adjective, ministry]
    return out


_PARTICLES = r"(?:de|van|von|da|di|al|bin|ibn|le|la|du|del|der|ter|ten|dos|das|ní|nic|mac)"
_GIVEN_NAME = re.compile(
    rf"[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?"
    rf"(?:\s+(?:{_PARTICLES}\s+)?[A-Z][^\W\d_]*(?:[-’'][A-Z]?[^\W\d_]+)*\.?){{1,3}}"
)
#: Words that are first names but far more often something else at the start of a name.
_NOT_GIVEN = frozenset(
    "will may june april august hope faith joy dawn eve chance grace rose mark bill pat "
    "sunny summer autumn winter spring china paris asia america britain brooklyn jordan "
    "israel georgia virginia carolina victoria sydney florence madison austin houston "
    "dallas lincoln warren chelsea liberty justice king prince major general".split()
)


#: All-capital abbreviations that name places, not organisations.
PLACE_ACRONYMS = frozenset("US USA UK UAE DRC GB NYC DC PRC ROK DPRK".split())
#: Capitals that are roles or words, not organisations ("the local MP").
_NOT_ORG_ACRONYMS = frozenset(
    "I A OK TV AM PM MP MPS MEP MSP CEO CFO COO CTO KC QC AG DA GP MD PHD VIP ID AI GDP IT".split()
)
_ACRONYM = re.compile(r"(?<![\w\-’'])[A-Z][A-Z&]{1,5}(?![\w\-])")


def acronyms(
    text: str, sentences: list[Sentence], mentions: list[Mention], method: str
) -> list[Mention]:
    """All-capital abbreviations the model missed ("the ICC", "WTA"): organisations.

    Known place abbreviations (US, UK, …) are left to the model; an abbreviation already
    tagged keeps its mention.
    """
    out = list(mentions)
    taken = [(m.start, m.end) for m in mentions]
    for sent in sentences:
        if sent.block.type not in MINED_TYPES:
            continue
        for match in _ACRONYM.finditer(text, sent.start, sent.end):
            start, end = match.span()
            word = match.group()
            if word in PLACE_ACRONYMS or any(a < end and start < b for a, b in taken):
                continue
            if sent.end - sent.start == end - start or word in _NOT_ORG_ACRONYMS:
                continue
            out.append(
                Mention(start, end, word, "ORG", sent, [method, "rule:acronym"], canonical=word)
            )
            taken.append((start, end))
    return sorted(out, key=lambda m: m.start)


#: Common nouns that introduce an organisation's name ("the Chinese-owned company Landbridge").
_ORG_APPOSITIVES = frozenset(
    "company firm carrier maker carmaker chipmaker lender insurer retailer airline broadcaster "
    "shipper conglomerate startup start-up brewer manufacturer developer operator charity "
    "union club newspaper group bank".split()
)
#: Words after a name that make it an organisation ("Ferrand chief executive", "A Ford
#: spokeswoman", "the Unite union").
_ORG_FOLLOWERS = frozenset(
    "chief executive spokesman spokeswoman spokesperson chairman chairwoman boss founder "
    "co-founder shareholders union coalition alliance federation".split()
)
#: Two words before a name that make it an organisation ("analysts at Jefferies", "a
#: spokesperson for Keller").
_ORG_BEFORE_PAIRS = frozenset(
    (a, b)
    for a in (
        "analyst analysts economist economists strategist strategists researchers "
        "spokesperson spokesman spokeswoman lawyer lawyers executives"
    ).split()
    for b in ("at", "for")
)
#: Words after a name in a sports report that make it a club ("Leverkusen’s striker").
_CLUB_FOLLOWERS = frozenset(
    "coach manager striker midfielder defender goalkeeper captain winger fly-half scrum-half "
    "forward players fans supporters squad boss".split()
)
#: "Maersk, based in Copenhagen, said": a company's seat.
_HEADQUARTERED = re.compile(r",\s+(?:which is\s+)?(?:based|headquartered) in\b")
#: "Medivance, a Boston company that …": an apposition that names the kind of organisation.
_APPOSITION_NOUNS = _ORG_APPOSITIVES | frozenset(
    "federation coalition alliance party movement agency regulator watchdog institute "
    "organisation organization association confederation militia".split()
)
_APPOSITION_AFTER = re.compile(
    r",\s+(?:a|an|the|[A-Z][\w\-]*[’']s)\s+(?:[\w\-’'$£€.]+\s+){0,3}?(?:"
    + "|".join(sorted(_APPOSITION_NOUNS))
    + r")(?:,|\.|;|\s+(?:that|which|with|based|in|whose|founded|owned|run|and|he|she|it|"
    r"they|its|his|her|their)\b)"
)
#: "Sibanye-Stillwater shares fell": a listed company.
_SHARES_MOVED = re.compile(
    r"[’']?s?\s+shares\s+(?:rose|fell|jumped|slid|dropped|climbed|gained|lost|tumbled|"
    r"plunged|soared|surged|sank|slumped|rallied|closed|were|have|had)\b"
)
_CAPITALISED_RUN = re.compile(r"[A-Z][\w’'\-]*(?:\s+(?:&\s+)?[A-Z][\w’'\-]*){0,2}")


def org_context(
    text: str, sentences: list[Sentence], mentions: list[Mention], method: str
) -> list[Mention]:
    """Names that their context makes an organisation, whatever the model said.

    A capitalised run right after "company", "carrier", "maker"… or right before "chief
    executive", "spokeswoman", "union"… is an organisation: a mention there that is no
    person's full name becomes ORG, and a run the model missed is added. Other mentions of
    the article with the same name and old label follow.
    """
    from trump_putin_call.pipeline import gender
    from trump_putin_call.pipeline.known_names import is_sports_report, known_places

    out = list(mentions)
    changed: dict[str, str] = {}
    confirmed: set[str] = set()
    sports = is_sports_report(text)
    places = known_places()
    for sent in sentences:
        if sent.block.type not in MINED_TYPES:
            continue
        for match in _CAPITALISED_RUN.finditer(text, sent.start, sent.end):
            start, end = match.span()
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-’'"):
                continue
            before = text[max(sent.start, start - 30) : start].split()
            after = text[end : min(sent.end, end + 30)].split()
            club = (
                sports
                and text[end - 2 : end] in ("’s", "'s")
                and len(after) > 0
                and after[0] in _CLUB_FOLLOWERS
                and getattr(places.get(text[start : end - 2]), "kind", "")
                not in ("country", "region", "continent", "us_state")  # "England captain"
            )
            if club:
                end -= 2  # "Leverkusen’s striker": the club, not its possessive
            appositive = None
            cue = (
                (before and before[-1] in _ORG_APPOSITIVES)
                or club
                or (len(before) > 1 and (before[-2].lower(), before[-1]) in _ORG_BEFORE_PAIRS)
                or (after and after[0] in _ORG_FOLLOWERS and not text[end : end + 1].isalnum())
                or _HEADQUARTERED.match(text, end)
                or (appositive := _APPOSITION_AFTER.match(text, end))
            )
            shares_only = not cue and bool(_SHARES_MOVED.match(text, end))
            if not cue and not shares_only:
                continue
            words = match.group().split()
            while words and words[0] in _LEADING_FUNCTION:  # "The Unite union"
                start = text.index(words[1], start + len(words[0])) if len(words) > 1 else end
                words = words[1:]
            if not words or any(w.lower() in TITLES or w.lower() == "chief" for w in words):
                continue
            inside = [m for m in out if m.start < end and start < m.end]
            if not inside:
                if words[0] in PLACE_ACRONYMS or shares_only:  # "Bank shares rose"
                    continue
                if gender.of_name(words[0]) is not None and len(words) > 1:
                    continue
                name = text[start:end]
                out.append(
                    Mention(
                        start, end, name, "ORG", sent, [method, "rule:org_context"], canonical=name
                    )
                )
                continue
            if len(inside) != 1 or (inside[0].start, inside[0].end) != (start, end):
                continue
            m = inside[0]
            if m.label == "ORG":
                confirmed.add(m.canonical)  # its other mentions are the organisation too
                continue
            if (m.label == "NORP" and not appositive) or m.label not in _NAMEABLE:
                continue  # "Rengo, Japan’s biggest union federation" only: no "Russian"
            if m.text in PLACE_ACRONYMS:
                continue
            if m.label == "PERSON" and (
                (len(m.tokens) > 1 and gender.of_name(m.tokens[0]) is not None)
                or any(
                    o.label == "PERSON" and len(o.tokens) > 1 and o.tokens[-1] == m.text
                    for o in out
                )
            ):
                continue  # a person's full name, or the surname of one in the article
            changed[m.canonical] = m.label
            confirmed.add(m.canonical)
            m.rules.append(f"rule:org_context_{m.label.lower()}")
            m.label = "ORG"
    surnames = {o.tokens[-1] for o in out if o.label == "PERSON" and len(o.tokens) > 1}
    for m in out:
        if changed.get(m.canonical) == m.label or (
            m.canonical in confirmed
            and m.label == "PERSON"
            and len(m.tokens) == 1
            and m.text not in surnames
        ):
            m.rules.append(f"rule:label_consistency_{m.label.lower()}_org")
            m.label = "ORG"
    return sorted(out, key=lambda m: m.start)


#: Members of a party ("Labour MP", "Conservative backbenchers").
_PARTY_MEMBERS = frozenset(
    "MP MPs MEP MEPs MSP MSPs backbencher backbenchers peer peers councillor councillors".split()
)
_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ive|ic|an|ist|al)")


def party_names(
    text: str, sentences: list[Sentence], mentions: list[Mention], method: str
) -> list[Mention]:
    """The party of "Labour MP Priya Sandhu" or "Conservative leader Harriet Vane".

    One capitalised word before a party member ("MP", "backbenchers"…) is the party: an
    adjective ("Conservative", "Democratic") is NORP, a noun ("Labour") ORG. Before
    "leader" only adjectives count ("Council leader" names no party).
    """
    out = list(mentions)
    taken = [(m.start, m.end) for m in mentions]
    pattern = re.compile(
        r"(?<![\w\-’'])([A-Z][a-z]+) (MPs?|MEPs?|MSPs?|backbenchers?|peers?|"
        r"councillors?|leader)\b"
    )
    for sent in sentences:
        if sent.block.type not in MINED_TYPES:
            continue
        for match in pattern.finditer(text, sent.start, sent.end):
            start, end = match.span(1)
            word = match.group(1)
            if any(a < end and start < b for a, b in taken) or word.lower() in TITLES:
                continue
            adjective = _ADJECTIVE.fullmatch(word) is not None
            if match.group(2) == "leader" and not adjective:
                continue
            if word in _LEADING_FUNCTION:
                continue
            if start == sent.start and not (
                adjective and any(m.label == "PERSON" and m.start == match.end() + 1 for m in out)
            ):
                continue  # "Several MPs said": only "Conservative leader Harriet Vane" opens one
            label = "NORP" if adjective else "ORG"
            out.append(
                Mention(
                    start, end, word, label, sent, [method, "rule:party_member"], canonical=word
                )
            )
            taken.append((start, end))
    return sorted(out, key=lambda m: m.start)


def first_name_people(
    text: str, sentences: list[Sentence], mentions: list[Mention], method: str
) -> list[Mention]:
    """People the model missed: two to four capitalised words led by a well-attested first name.

    "Halina Wojtasik" is a person even when the model tags nothing; names built like
    organisations ("… Airways") and first names that are mostly common words are left out.
    """
    from trump_putin_call.pipeline import gender

    out = list(mentions)
    taken = [(m.start, m.end) for m in mentions]
    for sent in sentences:
        if sent.block.type not in MINED_TYPES:
            continue
        pos = sent.start
        while pos < sent.end:
            match = _GIVEN_NAME.match(text, pos, sent.end)
            if match is None or (pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] in "-’'")):
                pos += 1
                continue
            start, end = match.span()
            name = text[start:end]
            for suffix in ("’s", "'s"):
                if name.endswith(suffix):
                    end -= len(suffix)
                    name = text[start:end]
            words = name.split()
            first = words[0]
            ok = (
                first.lower() not in _NOT_GIVEN
                and first.lower() not in TITLES
                and gender.of_name(first) is not None
                and words[-1].lower().strip(".") not in ORG_SUFFIXES
                and not any(a < end and start < b for a, b in taken)
            )
            if ok:
                out.append(
                    Mention(
                        start,
                        end,
                        name,
                        "PERSON",
                        sent,
                        [method, "rule:first_name"],
                        canonical=" ".join(words),
                    )
                )
                taken.append((start, end))
                pos = end
            else:
                pos += len(first)
    return sorted(out, key=lambda m: m.start)


def apply_overrides(
    text: str,
    sentences: list[Sentence],
    mentions: list[Mention],
    overrides: tuple[Override, ...],
    method: str,
) -> list[Mention]:
    """The curated corrections of ``entity_overrides.csv``, applied to one article.

    A surface form listed there gets the label and canonical name given, wherever it
    occurs in the prose (a mention the model missed is added); an empty label means
    the form is not an entity and its mentions are dropped.
    """
    if not overrides:
        return mentions
    by_form = {o.surface: o for o in overrides}
    kept = []
    for m in mentions:
        o = by_form.get(m.text)
        if o is None:
            kept.append(m)
        elif o.label:
            m.label, m.canonical = o.label, o.canonical_name
            m.rules.append("rule:override")
            kept.append(m)
    taken = [(m.start, m.end) for m in kept]
    pattern = re.compile(
        r"(?<![\w\-])(?:"
        + "|".join(re.escape(f) for f in sorted(by_form, key=lambda f: (-len(f), f)))
        + r")(?![\w\-])"
    )
    for sent in sentences:
        if sent.block.type not in MINED_TYPES:
            continue
        for match in pattern.finditer(text, sent.start, sent.end):
            o = by_form[match.group()]
            start, end = match.span()
            if not o.label or any(a < end and start < b for a, b in taken):
                continue
            kept.append(
                Mention(
                    start,
                    end,
                    match.group(),
                    o.label,
                    sent,
                    [method, "rule:override"],
                    canonical=o.canonical_name,
                )
            )
            taken.append((start, end))
    return sorted(kept, key=lambda m: m.start)


_ARABIC_ARTICLE = re.compile(r"^(?:al|Al|el|El|ad|Ad|as|As|ash|Ash)-(?=[A-Z])")


def _is_tail(short: list[str], full: list[str]) -> bool:
    """``short`` ends ``full``: "Trump" of "Donald Trump", "Burhan" of "… al-Burhan"."""
    if len(short) >= len(full):
        return False
    tail = full[-len(short) :]
    return tail == short or [*tail[:-1], _ARABIC_ARTICLE.sub("", tail[-1])] == short


def resolve_article(mentions: list[Mention], text: str = "") -> None:
    """Within one article: surnames and tails resolve to the full name they end.

    A one-word organisation that opens a longer organisation name of the article
    ("Skyvale" after "Skyvale Airways") is that organisation.
    """
    # "Ms Ajayi" later in the article says "Olamide Ajayi" is a person, whatever the model said
    honorific = set(_HONORIFIC.findall(text)) if text else set()
    for m in mentions:
        words = m.tokens
        if (
            m.label != "PERSON"
            and m.label in _NAMEABLE
            and 1 <= len(words) <= 4
            and (words[-1] in honorific)
        ):
            m.rules.append(f"rule:honorific_{m.label.lower()}_person")
            m.label = "PERSON"
            while len(words) > 1 and words[0].lower().strip(".") in TITLES:
                words = words[1:]
            m.canonical = " ".join(words)
    # "Ama Boateng" tagged ORG in an article about "Kofi Boateng" and "Boateng": a person
    surnames = {m.tokens[-1] for m in mentions if m.label == "PERSON" and m.tokens}
    for m in mentions:
        words = m.tokens
        if (
            m.label == "ORG"
            and 2 <= len(words) <= 3
            and all(w[:1].isupper() and w.isalpha() for w in words)
            and words[-1] in surnames
            and words[-1].lower() not in ORG_SUFFIXES | FAC_SUFFIXES | LOC_SUFFIXES
            and not is_known_org(m)  # "Toronto Maple Leafs" beside a mistaken "Leafs"
        ):
            m.rules.append("rule:family_name_org_person")
            m.label = "PERSON"
    orgs = [m for m in mentions if m.label == "ORG" and len(m.tokens) >= 2]
    # "the Competition and Markets Authority (CMA)": the abbreviation names the organisation
    short: dict[str, str] = {}
    for o in orgs:
        found = _ABBREVIATION.match(text, o.end) if text else None
        if found:
            short.setdefault(found.group(1), o.canonical)
    for m in mentions:
        if m.text in short and m.label in ("ORG", "GPE", "PERSON", "NORP"):
            m.canonical = short[m.text]
            if m.label != "ORG":
                m.rules.append(f"rule:relabel_{m.label.lower()}_org")
                m.label = "ORG"
            m.rules.append("rule:abbreviation")
    people = {w for m in mentions if m.label == "PERSON" and len(m.tokens) >= 2 for w in m.tokens}
    for m in mentions:
        if m.label in ("ORG", "PERSON", "GPE") and len(m.tokens) == 1:
            if m.label == "PERSON" and (m.text in people or m.canonical != m.text):
                continue  # "Ford" in an article about Bill Ford is the person
            if m.label == "GPE" and _is_known_place(m.text):
                continue  # "Washington" beside "Washington Post" is the city
            longer = [o for o in orgs if o.tokens[0] == m.text]
            if m.label != "ORG" and longer and longer[0].tokens[-1].lower() in FAC_SUFFIXES:
                continue  # "the Acropolis" beside "the Acropolis Museum" is the place
            if longer:
                m.canonical = longer[0].canonical
                if m.label != "ORG":
                    m.rules.append(f"rule:relabel_{m.label.lower()}_org")
                    m.label = "ORG"
                m.rules.append("rule:org_short_form")
    full_names = [m for m in mentions if m.label == "PERSON" and len(m.tokens) >= 2]
    for m in mentions:
        if m.label not in _NAMEABLE or "rule:org_short_form" in m.rules:
            continue  # "Ford" after "Ford Motor Company" is the company, not Henry Ford
        tokens = m.tokens
        while len(tokens) > 1 and tokens[0].lower() in TITLES:  # "Ms Carrasco"
            tokens = tokens[1:]
        candidates = [f for f in full_names if _is_tail(tokens, f.tokens)]
        if not candidates:
            continue
        earlier = [f for f in candidates if f.start < m.start]
        # The nearest full name before the mention, else the first one after it.
        chosen = earlier[-1] if earlier else candidates[0]
        m.canonical = chosen.canonical
        if m.label != "PERSON":
            m.rules.append(f"rule:relabel_{m.label.lower()}_person")
            m.label = "PERSON"
        m.rules.append("rule:surname_link")


@functools.lru_cache(maxsize=2**16)
def _slug(label: str, name: str) -> str:
    group = _GROUPS.get(label, label.lower())
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_")
    if not slug:
        slug = "x" + hashlib.sha256(name.encode()).hexdigest()[:12]
    return f"{group}:{slug}"


#: Rules that label a mention from its own context ("Barcelona beat Sevilla", "the port
#: city of Santander"): such a mention keeps its label and casts no corpus-level vote,
#: since the same name can be another entity elsewhere.
_CONTEXT_RULES = (
    "rule:club_result",
    "rule:club_short_name",
    "rule:place_apposition",
    "rule:org_context_",
    "rule:known_org_context",
)


class CorpusNames:
    """Corpus-level linking in two passes that hold name counts, never the mentions.

    :meth:`add` the names of every article's mentions (:func:`names_of`, as the
    per-article stages left them), then
    :meth:`link` each article's mentions: a one-word name becomes the one full person name
    in the corpus that ends with it, each name gets the label most of its mentions have
    (ties: :data:`_LABEL_ORDER`), and every mention its stable ``entity_id``. The result
    depends on the set of mentions only, not on the order they are added or linked in.
    """

    def __init__(self) -> None:
        self._counts: Counter[tuple[str, str]] = Counter()
        self._full: dict[str, str] | None = None
        self._winner: dict[str, str] = {}

    def add(self, names: Iterable[tuple[str, str]]) -> None:
        """Count (canonical name, label) pairs: :func:`names_of` an article's mentions."""
        if self._full is not None:
            raise RuntimeError("CorpusNames.add after link: add every article first")
        self._counts.update(names)

    def _surname_target(self, canonical: str, label: str) -> str | None:
        assert self._full is not None
        words = canonical.split()
        if label not in _NAMEABLE or len(words) != 1:
            return None
        return self._full.get(words[0])

    def _finish(self) -> None:
        people = sorted(
            {c for c, label in self._counts if label == "PERSON" and len(c.split()) >= 2}
        )
        # A one-word name is the tail of exactly the full names that end with it: look
        # them up by last word rather than testing every person for every mention.
        by_last: dict[str, list[str]] = defaultdict(list)
        for p in people:
            by_last[p.split()[-1]].append(p)
        self._full = {last: full[0] for last, full in by_last.items() if len(full) == 1}
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for (canonical, label), n in self._counts.items():
            if (full := self._surname_target(canonical, label)) is not None:
                canonical, label = full, "PERSON"
            if label in _GROUPS:
                votes[canonical][label] += n
        self._winner = {
            name: min(counts, key=lambda lab: (-counts[lab], _LABEL_ORDER.index(lab)))
            for name, counts in votes.items()
        }

    def link(self, mentions: Iterable[Mention]) -> None:
        """Give ``mentions`` (counted by :meth:`add`) their corpus-level names, labels, ids."""
        if self._full is None:
            self._finish()
        for m in mentions:
            if (full := self._surname_target(m.canonical, m.label)) is not None:
                m.canonical = full
                if m.label != "PERSON":
                    m.rules.append(f"rule:relabel_{m.label.lower()}_person")
                    m.label = "PERSON"
                m.rules.append("rule:surname_link_corpus")
            if (
                m.label in _GROUPS
                and not _by_context(m)
                and self._winner.get(m.canonical, m.label) != m.label
            ):
                m.rules.append(f"rule:label_vote_{m.label.lower()}")
                m.label = self._winner[m.canonical]
            m.entity_id = _slug(m.label, m.canonical)


def _by_context(m: Mention) -> bool:
    return any(r.startswith(_CONTEXT_RULES) for r in m.rules)


def names_of(mentions: Iterable[Mention]) -> list[tuple[str, str]]:
    """What corpus-level linking needs of ``mentions``: (canonical name, label) pairs. A
    mention its own context labelled neither takes nor casts a label vote ("Barcelona beat
    Sevilla" leaves the city a place)."""
    return [(m.canonical, m.label) for m in mentions if not _by_context(m)]


def link_corpus(mentions: list[Mention]) -> None:
    """Across the corpus: surnames to unique full names, majority labels, stable ids."""
    names = CorpusNames()
    names.add(names_of(mentions))
    names.link(mentions)
