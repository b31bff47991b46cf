"""A generated reuse corpus whose truth is known by construction (issue 16's reuse test).

Base texts are the project's own hand-written evaluation paragraphs (``eval/**/*.jsonl``,
the two seeds and the cross-article gold excluded): invented news, no sentence copied from
a published article. A seeded generator makes three kinds of article from them:

Base texts that share more than one word 4-gram with an earlier one (the sets hold several
versions of some stories) are left out first (:func:`unrelated`), so that unrelated
articles really share no text.

- ``src_*``: a base text as it is (copied from, or unrelated to everything);
- ``der_*``: a host text (used nowhere else) with one to three paragraphs copied in from
  one or two ``src_*`` articles, each lightly edited: ``verbatim``, ``word`` (one word
  changed), ``drop`` (one sentence dropped) or ``quotes`` (curly and straight quotation
  marks and apostrophes swapped);
- every ``src_*`` nobody copies from is an unrelated article.

The truth is one row per copied sentence that survives in the copy: its span in the source
and in the copy, and the edit. Two copies of the same source paragraph share text too, and
their sentence pairs are truth rows as well. Same seed, same corpus, on every machine.

Run ``python -m trump_putin_call.bench.reuse_corpus OUT`` to write the ``.txt`` files and
``truth.jsonl``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
from collections import defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path

SEED = "trump-putin-call-reuse-1"
DERIVED = 50
EDITS = ("verbatim", "word", "drop", "quotes")
#: Words a "word" edit puts in place of one word of a sentence.
SUBSTITUTES = ("reportedly", "officials", "formally", "quietly", "recently", "sharply", "again")
_SENTENCE = re.compile(r"(?<=[.!?])[”\"’']?\s+(?=[“\"‘'A-Z0-9])")
_EXCLUDE = ("crossarticle", "seeds.jsonl")
_MIN_WORDS = 12


@dataclass(frozen=True)
class Truth:
    """One copied sentence: where it is in each article, and what was done to it."""

    article_a: str
    start_a: int
    end_a: int
    article_b: str
    start_b: int
    end_b: int
    edit: str  # verbatim, word (this sentence), quotes (restyled), drop (a neighbour dropped)


def base_texts(eval_dir: Path) -> list[str]:
    """Distinct texts of the evaluation sets, in sha256 order (not listing order)."""
    found: set[str] = set()
    for path in sorted(Path(eval_dir).rglob("*.jsonl")):
        if any(part in path.as_posix() for part in _EXCLUDE):
            continue
        for line in path.read_text("utf-8").splitlines():
            text = json.loads(line).get("text") if line.strip() else None
            if isinstance(text, str) and text.strip():
                found.add(text.strip())
    if not found:
        raise FileNotFoundError(f"{eval_dir}: no evaluation texts (eval/**/*.jsonl) to build from")
    return sorted(found, key=lambda t: hashlib.sha256(t.encode("utf-8")).hexdigest())


def unrelated(texts: list[str], n: int = 4, most: int = 1) -> list[str]:
    """Texts that share at most ``most`` word ``n``-grams with every text kept before them.

    The evaluation sets hold several versions of some stories (a headline reworded, a
    figure changed): those would be real reuse between "unrelated" articles, so only the
    first version of each is kept (a greedy pass in the given order).
    """
    from trump_putin_call.pipeline.crosslink.text import shingles, words

    owners: dict[str, list[int]] = defaultdict(list)
    kept: list[str] = []
    for text in texts:
        grams = shingles(words(text), n)
        hits: dict[int, int] = defaultdict(int)
        for g in grams:
            for k in owners.get(g, ()):
                hits[k] += 1
        if any(v > most for v in hits.values()):
            continue
        for g in grams:
            owners[g].append(len(kept))
        kept.append(text)
    return kept


def sentences(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of one paragraph (a plain regex: the truth's own split)."""
    out, start = [], 0
    for m in _SENTENCE.finditer(paragraph):
        end = m.start() + len(m.group(0).rstrip())
        out.append((start, end))
        start = m.end()
    out.append((start, len(paragraph)))
    return [(s, e) for s, e in out if paragraph[s:e].strip()]


def _swap_quotes(text: str) -> str:
    if any(c in text for c in "“”‘’"):
        return text.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"}))
    out, opened = [], False
    for c in text:
        if c == '"':
            out.append("”" if opened else "“")
            opened = not opened
        elif c == "'":
            out.append("’")
        else:
            out.append(c)
    return "".join(out)


def _edit(
    paragraph: str, edit: str, rng: random.Random
) -> list[tuple[tuple[int, int] | None, str, str]]:
    """The copied paragraph as (source span or None, new sentence text, sentence edit)."""
    spans = sentences(paragraph)
    out: list[tuple[tuple[int, int] | None, str, str]] = [
        (span, paragraph[span[0] : span[1]], "verbatim") for span in spans
    ]
    if edit == "drop" and len(out) > 1:
        del out[rng.randrange(len(out))]
        out = [(span, text, "drop") for span, text, _ in out]
    elif edit == "word":
        i = rng.randrange(len(out))
        span, text, _ = out[i]
        words = [m for m in re.finditer(r"[A-Za-z]{4,}", text)][1:]
        if words:
            w = rng.choice(words)
            text = text[: w.start()] + rng.choice(SUBSTITUTES) + text[w.end() :]
            out[i] = (span, text, "word")
    elif edit == "quotes":
        out = [
            (span, _swap_quotes(text), "quotes" if _swap_quotes(text) != text else "verbatim")
            for span, text, _ in out
        ]
    return out


def generate(
    eval_dir: Path, seed: str = SEED, derived: int = DERIVED
) -> tuple[dict[str, str], list[Truth]]:
    """The corpus (article id → text) and its truth rows."""
    rng = random.Random(seed)
    texts = unrelated(base_texts(eval_dir))
    rng.shuffle(texts)
    if len(texts) < 2 * derived:
        raise ValueError(f"{eval_dir}: {len(texts)} texts, need at least {2 * derived}")
    hosts, bases = texts[:derived], texts[derived:]
    corpus = {f"src_{i:04d}": t for i, t in enumerate(bases)}
    donors = [
        aid for aid, t in corpus.items() if any(len(p.split()) >= _MIN_WORDS for p in t.split("\n"))
    ]
    # A few popular sources (reprinted by several copies), most copied once.
    popular = donors[: max(1, derived // 10)]
    truth: list[Truth] = []
    copies_of: dict[tuple[str, int, int], list[tuple[str, int, int, str]]] = defaultdict(list)
    for d in range(derived):
        did = f"der_{d:04d}"
        paragraphs: list[tuple[str, list] | str] = [p for p in hosts[d].split("\n") if p.strip()]
        n_sources = 1 + (rng.random() < 0.4)
        chosen = []
        for _ in range(n_sources):
            pool = popular if rng.random() < 0.3 else donors
            src = rng.choice(pool)
            if src in chosen:
                continue
            chosen.append(src)
            text = corpus[src]
            offsets, pos = [], 0
            for p in text.split("\n"):
                if len(p.split()) >= _MIN_WORDS:
                    offsets.append((pos, p))
                pos += len(p) + 1
            for off, para in rng.sample(offsets, min(len(offsets), rng.randint(1, 2))):
                edited = _edit(para, EDITS[rng.randrange(len(EDITS))], rng)
                paragraphs.insert(rng.randint(0, len(paragraphs)), (src, off, edited))
        out, pos = [], 0
        for item in paragraphs:
            if isinstance(item, str):
                out.append(item)
                pos += len(item) + 1
                continue
            src, off, edited = item
            parts = []
            for span, sent, how in edited:
                start = pos + sum(len(x) + 1 for x in parts)
                parts.append(sent)
                key = (src, off + span[0], off + span[1])
                truth.append(Truth(src, key[1], key[2], did, start, start + len(sent), how))
                copies_of[key].append((did, start, start + len(sent), how))
            para_text = " ".join(parts)
            out.append(para_text)
            pos += len(para_text) + 1
        corpus[did] = "\n".join(out) + "\n"
    for copies in copies_of.values():  # copies of one source sentence share it too
        for i, (d1, s1, e1, h1) in enumerate(copies):
            for d2, s2, e2, h2 in copies[i + 1 :]:
                if d1 != d2:
                    how = (
                        "word"
                        if "word" in (h1, h2)
                        else "quotes"
                        if "quotes" in (h1, h2)
                        else "verbatim"
                    )
                    truth.append(
                        Truth(
                            *sorted([(d1, s1, e1), (d2, s2, e2)])[0],
                            *sorted([(d1, s1, e1), (d2, s2, e2)])[1],
                            how,
                        )
                    )
    truth.sort(key=lambda t: (t.article_a, t.start_a, t.article_b, t.start_b))
    return corpus, truth


def write(out: Path, eval_dir: Path, seed: str = SEED, derived: int = DERIVED) -> tuple[int, int]:
    """Write ``OUT/corpus/*.txt`` and ``OUT/truth.jsonl``; returns (articles, truth rows)."""
    corpus, truth = generate(eval_dir, seed, derived)
    folder = Path(out) / "corpus"
    folder.mkdir(parents=True, exist_ok=True)
    for aid, text in corpus.items():
        (folder / f"{aid}.txt").write_text(text, encoding="utf-8", newline="\n")
    lines = "".join(json.dumps(asdict(t)) + "\n" for t in truth)
    (Path(out) / "truth.jsonl").write_text(lines, encoding="utf-8")
    return len(corpus), len(truth)


def main(argv: list[str] | None = None) -> int:
    """Command line: write the corpus and its truth."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("out", type=Path)
    p.add_argument("--eval-dir", type=Path, default=Path("eval"))
    p.add_argument("--seed", default=SEED)
    p.add_argument("--derived", type=int, default=DERIVED)
    args = p.parse_args(argv)
    n, t = write(args.out, args.eval_dir, args.seed, args.derived)
    print(f"{n} articles, {t} truth rows in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
