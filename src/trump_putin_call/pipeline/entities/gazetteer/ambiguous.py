"""Listed organisations whose name also means something else ("Boots", "Liverpool",
"Reform"): the organisation only where the sentence or the article says so.
"""

from __future__ import annotations

import re

from trump_putin_call.pipeline.entities.gazetteer.add import _add_names
from trump_putin_call.pipeline.entities.gazetteer.lists import _pattern, context_orgs
from trump_putin_call.pipeline.entities.gazetteer.relabel import _RELABEL_TO_ORG
from trump_putin_call.pipeline.entities.gazetteer.sports import (
    SPORT_KINDS,
    _city_meant,
    is_sports_report,
)
from trump_putin_call.pipeline.entities.gazetteer.wordlike import used_as_word
from trump_putin_call.pipeline.entities.mention import Mention
from trump_putin_call.pipeline.sentences import Sentence

#: Words in the sentence that make an ambiguous listed name the organisation, by kind.
_CUES = {
    "company": frozenset(
        "shares stock stake profit profits revenue revenues sales retailer retailers chain "
        "stores shops lender lenders bank banks airline airlines carrier firm firms company "
        "companies brand ceo executive customers merger takeover bid acquisition investors "
        "analysts dividend earnings staff employees jobs plant factory supermarket "
        "supermarkets insurer fleet flights orders contract deal listed".split()
    ),
    "party": frozenset(
        "party parties seats vote votes voters election elections poll polls coalition "
        "mps lawmakers candidate candidates campaign manifesto opposition ruling "
        "parliament parliamentary".split()
    ),
    "news": frozenset(
        "reported reports report newspaper broadcaster daily told interview editor "
        "columnist published according".split()
    ),
}

_KIND_CUES = {
    **{k: "party" for k in "party parliamentary_group movement".split()},
    "news": "news",
    "news organisation": "news",
    **{
        k: "company"
        for k in (
            "bank_finance insurance professional_services airline automotive energy_mining "
            "pharma_health defence_aerospace tech_telecom retail_consumer industrial "
            "transport_logistics media_entertainment_company food_agri conglomerate company"
        ).split()
    },
}


def by_context(
    text: str, sentences: list[Sentence], mentions: list[Mention], method: str
) -> list[Mention]:
    """Listed organisations whose name also means something else, where the context says
    the organisation is meant: a club's name in a sports report, unless a place is meant
    ("fans in Liverpool"); a company's, party's or news organisation's name in a sentence
    about shares, seats or reports ("Boots said sales rose"). Relabels the model's mention
    or adds the one it missed: ``rule:known_org_context``."""
    names = context_orgs()
    if not names:
        return mentions
    sports = is_sports_report(text)

    def cued(name: str, start: int, sent: Sentence, label: str = "") -> bool:
        kind = names[name].kind
        if kind not in SPORT_KINDS and used_as_word(text, sent, start, start + len(name)):
            return False  # "Together, they …", "USA TODAY's One Nation initiative"
        if (
            names[name].ambiguity == "place"
            and kind not in SPORT_KINDS
            and label not in ("PERSON", "ORG")
        ):
            # "exports to Iceland", "Norwegian": the model's place stays a place, and a
            # name the model left alone is not added
            return False
        if kind in SPORT_KINDS:
            return sports and not _city_meant(text, start, start + len(name))
        group = _KIND_CUES.get(kind, "")
        cues = _CUES.get(group)
        if cues is None or (group == "party" and name.endswith("s") and " " not in name):
            return False  # "the Greens", "the Liberals": members, not the party
        words = set(re.findall(r"[a-z]+", text[sent.start : sent.end].lower()))
        return bool(words & cues)

    for m in mentions:
        org = names.get(m.text)
        if org is None or m.label not in _RELABEL_TO_ORG | {"ORG", "FAC"}:
            continue
        if not cued(m.text, m.start, m.sentence, m.label):
            continue  # "the headquarters in Wolfsburg": not the club
        if m.label != "ORG":
            if m.label == "FAC" and org.kind not in SPORT_KINDS:
                continue
            m.rules.append(f"rule:known_org_context_{m.label.lower()}_org")
            m.label = "ORG"
        if org.canonical_name and m.canonical == m.text:
            m.canonical = org.canonical_name

    def make(name: str, start: int, sent: Sentence) -> Mention | None:
        if not cued(name, start, sent):
            return None
        canonical = names[name].canonical_name or name
        rules = [method, "rule:known_org_context"]
        return Mention(start, start + len(name), name, "ORG", sent, rules, canonical)

    return _add_names(
        text, sentences, mentions, _pattern("context"), make, skip_sentence_start=False
    )
