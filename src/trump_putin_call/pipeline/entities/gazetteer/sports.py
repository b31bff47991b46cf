"""Sports reports: the article that reports sport, and the clubs in it named by their city
or nickname ("Toronto", "Leafs") or in a match result ("Barcelona beat Sevilla").
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import defaultdict

from trump_putin_call.pipeline.entities.gazetteer.add import _add_names
from trump_putin_call.pipeline.entities.gazetteer.lists import (
    KnownName,
    _names_pattern,
    context_orgs,
    known_orgs,
    known_places,
)
from trump_putin_call.pipeline.entities.gazetteer.relabel import _PLACE_NOUNS, _RELABEL_TO_ORG
from trump_putin_call.pipeline.entities.mention import Mention
from trump_putin_call.pipeline.sentences import Sentence

#: Words that make an article a sports report (:data:`_SPORT_REPORT` distinct ones):
#: only words that rarely appear outside sport ("goal" and "penalty" do).
_SPORT_WORDS = frozenset(
    "striker strikers midfielder midfielders defender goalkeeper goalkeepers winger fly-half "
    "scrum-half innings wicket wickets batter batters batsman bowler bowlers touchdown "
    "touchdowns quarterback playoff playoffs derby relegation relegated kick-off half-time "
    "stoppage-time hat-trick equaliser equalizer referee teammates teammate peloton podium "
    "scored semi-final quarter-final semi-finals quarter-finals goalless unbeaten "
    "midfield scorer scoreline fixture fixtures rebounds matchday laps qualifying scrum "
    "goaltender goalie assists three-point touchline sin-bin".split()
)

_SPORT_REPORT = 2

#: Kinds of listed organisation that are clubs and teams (see ``known_orgs.csv``).
SPORT_KINDS = frozenset(
    "football rugby cricket basketball american_football baseball ice_hockey motor_racing "
    "cycling national_team_nickname".split()
) | {"sports club or body"}

#: Words before a club's city name that make it the city ("fans in Liverpool"), and
#: nouns before "of" that do ("the city of Liverpool", but "clear of Barcelona").
_CITY_BEFORE = frozenset("in at near outside inside around across through".split())

_CITY_OF = frozenset("city town streets centre center outskirts mayor people residents".split())

#: Phrases that count as sports words ("pole position").
_SPORT_PHRASES = re.compile(
    r"\b(?:pole position|team principal|grand prix|fastest lap|penalty spot|free kick|"
    r"own goal|extra time|first innings|second innings|yellow card|red card)\b"
)

#: A result with its score ("beat Leinster 27-24"): one sports word.
_MATCH_SCORE = re.compile(
    r"\b(?:beat|beats|beating|defeated|lost|drew|edged|thrashed|won)\b[^.;\n]{0,60}?"
    r"\b\d{1,3}-\d{1,3}\b"
)


def _city_meant(text: str, start: int, end: int) -> bool:
    """A club's city name where the city is meant: "fans in Liverpool", "the city of
    Liverpool", "Liverpool residents" (but not "three points clear of Barcelona")."""
    before = text[max(0, start - 20) : start].split()
    after = text[end : end + 20].split()
    return bool(
        (len(before) > 1 and before[-1] == "of" and before[-2] in _CITY_OF)
        or (before and before[-1].lower() in _CITY_BEFORE)
        or (after and after[0].lower().strip(".,;:") in _PLACE_NOUNS)
    )


@functools.lru_cache(maxsize=8)  # asked by three stages of the same article
def is_sports_report(text: str) -> bool:
    """The article reports sport: it uses :data:`_SPORT_REPORT` of :data:`_SPORT_WORDS`
    (or :data:`_SPORT_PHRASES`)."""
    low = text.lower()
    found = set(re.findall(r"[a-z][a-z\-]+", low)) & _SPORT_WORDS
    found |= set(_SPORT_PHRASES.findall(low))
    if _MATCH_SCORE.search(text):
        found.add("beat 3-1")
    return len(found) >= _SPORT_REPORT


def club_short_names(
    text: str, sentences: list[Sentence], mentions: list[Mention], method: str
) -> list[Mention]:
    """In a sports report, the city and the nickname of a listed club the article names
    stand for the club: "Toronto" and "Leafs" after "Toronto Maple Leafs", "Mumbai" after
    "Mumbai Indians" (not where the city is meant: "in Toronto"). A city two named clubs
    share ("Manchester") is left alone. ``rule:club_short_name``."""
    if not is_sports_report(text):
        return mentions
    listed = {**context_orgs(), **known_orgs()}
    places = known_places()
    short: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        club = listed.get(m.text)
        if m.label != "ORG" or club is None or club.kind not in SPORT_KINDS:
            continue
        words, canonical = m.text.split(), club.canonical_name or m.text
        for i in range(1, len(words)):
            if " ".join(words[:i]) in places:
                short[" ".join(words[:i])].add(canonical)  # "Toronto"
        if len(words) >= 2 and words[-1].endswith("s") and words[-1][:1].isupper():
            short[words[-1]].add(canonical)  # "Leafs"
            if len(words) >= 3:
                short[" ".join(words[-2:])].add(canonical)  # "Maple Leafs"
    clubs = {name: next(iter(c)) for name, c in short.items() if len(c) == 1}
    if not clubs:
        return mentions

    def club_of(name: str, start: int) -> str | None:
        return None if _city_meant(text, start, start + len(name)) else clubs[name]

    for m in mentions:
        if m.text in clubs and m.label in _RELABEL_TO_ORG | {"ORG", "FAC"}:
            canonical = club_of(m.text, m.start)
            if canonical is None or (m.label == "ORG" and m.canonical != m.text):
                continue
            if m.label != "ORG":
                m.rules.append(f"rule:club_short_name_{m.label.lower()}_org")
                m.label = "ORG"
            m.canonical = canonical

    def make(name: str, start: int, sent: Sentence) -> Mention | None:
        canonical = club_of(name, start)
        if canonical is None:
            return None
        rules = [method, "rule:club_short_name"]
        return Mention(start, start + len(name), name, "ORG", sent, rules, canonical)

    return _add_names(
        text, sentences, mentions, _names_pattern(clubs), make, skip_sentence_start=False
    )


_MATCH_RESULT = re.compile(
    r"\s+(?:beat|beats|defeated|thrashed|edged|edged past|drew with|drew against|lost to|"
    r"knocked out|eliminated|v|vs\.?)\s+"
)


def clubs_by_result(text: str, mentions: list[Mention]) -> None:
    """ "Barcelona beat Sevilla", "Madrid v Barcelona": two cities in a match result are
    clubs. Countries stay places (a national team is named by its country)."""
    places = known_places()
    ordered = sorted(mentions, key=lambda m: m.start)
    for a, b in itertools.pairwise(ordered):
        if a.sentence is not b.sentence or not _MATCH_RESULT.fullmatch(text[a.end : b.start]):
            continue
        pair = [a, b]
        if text[b.end : b.end + 2] in ("’s", "'s"):
            continue  # "Kyiv defeated Moscow’s offensive"
        if all(m.label in ("GPE", "ORG", "PERSON") and _is_city(m.text, places) for m in pair):
            for m in pair:
                if m.label != "ORG":
                    m.rules.append(f"rule:club_result_{m.label.lower()}_org")
                    m.label = "ORG"


def _is_city(name: str, places: dict[str, KnownName]) -> bool:
    place = places.get(name)
    return place is not None and place.kind in ("city", "capital", "subdivision")


def _club_short_forms(mentions: list[Mention]) -> None:
    """ "United" after "Manchester United": a place followed by one word names a club, and
    the word alone is that club."""
    places = known_places()
    clubs = {
        m.tokens[-1]: m.canonical
        for m in mentions
        if m.label == "ORG" and len(m.tokens) >= 2 and " ".join(m.tokens[:-1]) in places
    }
    for m in mentions:
        if m.label == "ORG" and m.text in clubs and m.canonical == m.text:
            m.canonical = clubs[m.text]
            m.rules.append("rule:club_short_form")
