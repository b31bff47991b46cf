"""A deterministic synthetic news corpus for the benchmark (``nox -s bench``).

Every article is made from the templates and word banks of :mod:`.words` (written for this
project, MIT like the code) by a random generator seeded with the corpus seed and the
article's number, so article ``n`` is the same whatever the corpus size and on every machine, and
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

from trump_putin_call.bench.words import (
    _ADJ_PHRASES,
    _BODIES,
    _COMPANIES,
    _COUNTRIES,
    _DAYS,
    _FEMALE,
    _FURNITURE_END,
    _FURNITURE_START,
    _HEADINGS,
    _HEADLINES,
    _INDIRECT,
    _LEADS,
    _LIST_ITEMS,
    _LIST_LEADS,
    _MALE,
    _MONTHS,
    _NARRATIVE,
    _OUTLETS,
    _PARTIAL,
    _QUOTE_SENTENCES,
    _ROLES_GOV,
    _ROLES_OTHER,
    _SURNAMES,
    _TEASERS,
    _THINK_TANKS,
    _TOPICS,
)

#: Changing the seed (or any template) changes the corpus: the figures in the README were
#: measured on this one.
SEED = "trump-putin-call-bench-1"
#: The benchmark's corpus size, and the smaller one memory is compared with.
ARTICLES = 2000
SMALL = 500
DESKS = ("world", "politics", "business", "europe")


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
