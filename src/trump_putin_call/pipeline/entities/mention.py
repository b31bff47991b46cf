"""A mention of a named entity, and the label groups the rules reason with."""

from __future__ import annotations

from dataclasses import dataclass, field

from trump_putin_call.pipeline.sentences import Sentence

#: Block types whose prose is mined for entities (headings and titles are title-cased
#: and make the statistical model hallucinate organisations).
MINED_TYPES = ("paragraph", "list_item")

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
