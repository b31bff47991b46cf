"""Labels the words around a name decide: "analysts at Jefferies" (an organisation),
"fast bowler Kagiso Rabada" (a person), "Jackson, the capital of Mississippi" (a place).
"""

from __future__ import annotations

import re

from trump_putin_call.pipeline.entities.gazetteer.lists import (
    is_known_org,
    known_people,
    known_places,
)
from trump_putin_call.pipeline.entities.gazetteer.sports import is_sports_report
from trump_putin_call.pipeline.entities.lexicon import (
    _LEADING_FUNCTION,
    _PERSONAL_BODIES,
    FAC_SUFFIXES,
    LOC_SUFFIXES,
    ORG_SUFFIXES,
    PLACE_ACRONYMS,
    TITLES,
)
from trump_putin_call.pipeline.entities.mention import _GROUPS, _NAMEABLE, MINED_TYPES, Mention
from trump_putin_call.pipeline.sentences import Sentence

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


def person_context(text: str, mentions: list[Mention]) -> None:
    """Organisations the context makes people: a name of two or three words after a word
    for a person, and a one-word name before "administration" or "government". Also two
    forms no person has: an acronym ("RJD") is an organisation (unless a listed person goes
    by it: "JFK", "MBS"), and a word in "-ist"
    ("Peronist") a political group's adjective."""
    for m in mentions:
        if (
            m.label == "PERSON"
            and 2 <= len(m.text) <= 5
            and m.text.isupper()
            and m.text not in known_people()
        ):
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
