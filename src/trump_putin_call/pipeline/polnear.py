"""A public benchmark for the quotes table: PolNeAR's hand-annotated attributions.

PolNeAR (Newell, Margolin and Ruths, LREC 2018; public repository
``networkdynamics/PolNeAR``) marks every *attribution* in political news articles: its
``Source`` (who), ``Cue`` (``said``, ``according to``) and ``Content`` (what), in brat
standoff files beside the texts. ``nox -s evaluate -- --polnear DIR`` builds each split's
articles with the real builder (into a temporary folder, reusing an annotation cache) and
scores the quotes table against them. Nothing from PolNeAR is kept in this project.

How attributions map onto the quotes table:

- **Annotator file.** An article annotated by several annotators has one ``.ann`` file per
  annotator (``<article>_<annotator>.ann``); the first in sorted order is used.
- **Left out.** Attributions whose content starts in the headline (the first line: the
  builder reads it as the title, and quotes come from body paragraphs only) or inside a
  ``Discard`` span (editors' notes); predictions there are ignored too.
- **Quoted stretches** (scored against ``direct`` and ``partial`` rows together): the words
  between double quotation marks (curly, straight, or two apostrophes ``''`` as the New
  York Times writes them) that belong to the content of *any* attribution, one stretch per
  paragraph (a quote running over two paragraphs is two rows, as in the table). Marks are
  read on the whole paragraph, and a stretch belongs to a content holding at least half of
  its words (annotators sometimes left the marks out). A curly mark's direction is its
  shape; a straight one opens when whitespace, an opening bracket or a dash stands before
  it (or it starts the line), and closes otherwise; a mark never closed runs to the next
  opening mark or the paragraph's end. Scare quotes and titles in marks are not
  attributions, so predicting them costs precision.
- **Reported speech** (scored against ``indirect`` rows): attributions whose cue holds a
  verb of saying or writing (``SPEECH_VERBS`` in :mod:`.polnear_cues`, any inflection) or
  ``according to``, and whose content in the paragraph where it starts (the clause bound
  to the cue; later paragraphs continue it, often in marks) has at least three words
  outside quotation marks (``the mayor denied it`` names no statement; a content wholly
  in marks is a quoted stretch). A mixed attribution (``said he is "surprised and
  troubled" by …``) is reported speech *and* a quoted stretch.
- **Out of scope**: thoughts, beliefs, intentions, perceptions and decrees (cues such as
  ``believes``, ``wants``, ``fears``, ``showed``, ``ruled``, ``plans``), nouns as cues
  (``his view``), and cues ending with a preposition whose noun phrase is a topic rather
  than a statement (``spoke about the economy``: the quotes table records statements);
  a demand or claim (``called for a ban``, ``warned of a recession``:
  ``polnear_cues.CLAIM_PREPOSITIONS``) is in scope, as the guidelines mark it. An ``indirect`` row
  that matches one of them is neither right nor wrong: it is left out of precision.
- **Rows**: ``indirect`` rows sharing a ``quote_group`` (a statement split by the cue set
  inside it) are one prediction.
- **Matching**, one to one, best overlaps first: a quoted stretch matches a row when their
  word tokens overlap by at least half of the longer of the two (as for the hand-made
  sets); a reported clause matches an ``indirect`` row when the shared words are at least
  half of the shorter span and a quarter of the longer (PolNeAR's content keeps ``that``,
  runs on past ``, but …`` and takes in trailing clauses; the row stops at the clause).
  The stricter figure (half of the longer) is printed beside it.
- **Speaker**: over matched rows, right when the resolved ``speaker_name`` has its last
  word in the gold source (``Trump`` for ``Republican nominee Donald Trump``), or at least
  half of the speaker's words as written, unless a pronoun, are in it (``DNC`` resolved to
  ``Democratic National Committee``; ``congressional report on Wednesday`` for ``a
  congressional report``), or both are empty. PolNeAR links no pronoun to its referent: a
  gold source that is only a pronoun (``he said``) stands for the nearest earlier gold
  source of the article that names someone (has a capitalised word) and whose title (Mr.,
  Mrs., Ms.) or first name, where the project's name list knows it, agrees with the
  pronoun's gender (a one-word name takes the gender the article gives it after a first
  name or title: ``Keyworth`` after ``George Keyworth``); ``he`` or ``she`` skips sources
  opened by "the" and one-word acronyms (``the FBI``, ``CNN``), groups (``Some``, ``Doyle
  and others``, a plural the article also writes in lower case) and documents (``A CNN/ORC
  poll``): no person; when none does, a predicted speaker at that very pronoun is right.
  A relative ``who`` stands for the six words before it. The stand-in is the classic
  "last source" heuristic and is wrong wherever the article has moved on to a person who
  was not a source. It was checked against referents resolved by hand (reading the text
  alone, never the pipeline's output) for three samples of train pronoun sources: right
  for 83%, 90% and 86% of them when its source is written at most
  ``polnear_gold.STAND_IN_REACH`` (2) paragraph breaks before the pronoun, and for 42%,
  29% and 42% beyond that, no better than a guess (:mod:`.polnear_pronouns`). Rows beyond
  that reach are therefore not scored for the speaker (their count, and how they would
  score against the stand-in, are printed); speaker accuracy is also printed apart for
  rows whose gold source is only a pronoun (scored against the stand-in) and rows whose
  gold source is written out (no stand-in).
- **Cue**: over matched rows, right when every word of the predicted cue is in the gold cue
  (``said`` in ``has repeatedly said``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from trump_putin_call.pipeline.evaluation import PRF
from trump_putin_call.pipeline.polnear_gold import (
    _PRONOUNS,
    _WORD,
    GoldArticle,
    GoldItem,
    _words,
)

# --- scoring ------------------------------------------------------------------------------


#: Precision, recall and F1 counts, as for the project's own sets.
Counts = PRF


@dataclass
class PolnearScores:
    quoted: Counts = field(default_factory=Counts)
    reported: Counts = field(default_factory=Counts)
    #: Reported speech matched as the hand-made sets match (≥ 0.5 of the longer span).
    reported_strict: Counts = field(default_factory=Counts)
    speaker: Counts = field(default_factory=Counts)  # tp: right, n_gold: matched rows
    #: ``speaker`` split: rows whose gold source names someone or something as written,
    #: and rows whose gold source is only a pronoun, scored against the stand-in antecedent.
    speaker_named: Counts = field(default_factory=Counts)
    speaker_pronoun: Counts = field(default_factory=Counts)
    #: Pronoun rows whose stand-in is out of reach (``GoldItem.stand_in_far``): not in
    #: ``speaker``; how they would score against the stand-in, printed apart.
    speaker_far: Counts = field(default_factory=Counts)
    cue: Counts = field(default_factory=Counts)
    out_of_scope: int = 0  # gold attributions that are not reported speech
    #: Quoted stretches missed that read as a name (:func:`title_cased`: titles of works,
    #: slogans, nicknames), which the pipeline leaves out by design: counted, never dropped.
    quoted_titles_missed: int = 0
    ignored_pred: int = 0  # indirect rows matching one of them
    left_out: int = 0
    articles: int = 0
    errors: list[str] = field(default_factory=list)


def _overlap(text: str, a: Iterable[tuple[int, int]], b: Iterable[tuple[int, int]]) -> float:
    ta, tb = _words(text, a), _words(text, b)
    return len(ta & tb) / max(len(ta), len(tb)) if ta and tb else 0.0


def _clause_overlap(text: str, a: Iterable[tuple[int, int]], b: Iterable[tuple[int, int]]) -> float:
    """Shared words ÷ the shorter span's, or 0 when they are under a quarter of the longer's."""
    ta, tb = _words(text, a), _words(text, b)
    if not ta or not tb:
        return 0.0
    shared = len(ta & tb)
    return shared / min(len(ta), len(tb)) if 4 * shared >= max(len(ta), len(tb)) else 0.0


def _match(
    text: str, gold: list[GoldItem], pred: list[dict], clause: bool = False
) -> list[tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs overlapping ≥ 0.5, best first.

    ``clause``: overlap relative to the shorter span (:func:`_clause_overlap`).
    """
    measure = _clause_overlap if clause else _overlap
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            score = measure(text, g.ranges, p.get("ranges") or [(p["start_char"], p["end_char"])])
            if score >= 0.5:
                pairs.append((-score, gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in sorted(pairs):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def _last_word(name: str) -> str | None:
    words = [
        w for w in _WORD.findall(name.casefold()) if w not in ("s", "jr", "sr", "ii", "iii", "iv")
    ]
    return words[-1] if words else None


def speaker_right(item: GoldItem, pred: dict) -> bool:
    """Whether a predicted speaker names the gold source (see the module's docstring)."""
    gold = item.source
    name = pred.get("speaker_name") or pred.get("speaker_text")
    if item.pronoun_at is not None and pred.get("speaker_start") is not None:
        a, b = item.pronoun_at
        if a <= pred["speaker_start"] < b:
            return True  # the same pronoun, which PolNeAR does not resolve
    if not gold or not gold.strip():
        return not name
    if not name:
        return False
    gold_words = {w.removesuffix("s") for w in _WORD.findall(gold.casefold().replace("’", "'"))}
    gold_words |= set(_WORD.findall(gold.casefold()))
    # the resolved name, or the mention as written when it is not a pronoun ("the DNC"
    # resolved to "Democratic National Committee")
    if (last := _last_word(name)) is not None and last in gold_words:
        return True
    written = _WORD.findall((pred.get("speaker_text") or "").casefold())
    if not written or " ".join(written) in _PRONOUNS:
        return False
    # an unnamed phrase ("congressional report on Wednesday" for "a congressional report")
    return 2 * sum(w in gold_words for w in written) >= len(written)


def cue_right(gold: str | None, pred: dict) -> bool:
    words = _WORD.findall((pred.get("cue") or "").casefold())
    return bool(words) and set(words) <= set(_WORD.findall((gold or "").casefold()))


def _statements(rows: list[dict]) -> list[dict]:
    """``indirect`` rows with one ``quote_group`` (the pieces of one statement around a cue
    set inside it) as one prediction, with the ``ranges`` of its pieces."""
    groups: dict[object, list[dict]] = {}
    for k, r in enumerate(rows):
        groups.setdefault(r.get("quote_group", ("row", k)), []).append(r)
    out = []
    for pieces in groups.values():
        first = dict(pieces[0])
        first["ranges"] = [(r["start_char"], r["end_char"]) for r in pieces]
        out.append(first)
    return out


def score(articles: Iterable[tuple[GoldArticle, list[dict]]]) -> PolnearScores:
    """Scores of predicted quote rows (dicts with the quotes table's columns) per article."""
    s = PolnearScores()
    for gold, pred in articles:
        text = gold.text
        s.articles += 1
        s.left_out += gold.left_out
        pred = [p for p in pred if not any(a <= p["start_char"] < b for a, b in gold.ignored)]
        marked = [p for p in pred if p["quote_type"] in ("direct", "partial")]
        indirect = _statements([p for p in pred if p["quote_type"] == "indirect"])
        pairs = _match(text, gold.quoted, marked)
        s.quoted.tp += len(pairs)
        s.quoted.n_gold += len(gold.quoted)
        s.quoted.n_pred += len(marked)
        _details(s, "quoted", text, gold.quoted, marked, pairs, gold.article_id)
        hit = {gi for gi, _ in pairs}
        s.quoted_titles_missed += sum(
            1
            for gi, g in enumerate(gold.quoted)
            if gi not in hit and title_cased(" ".join(text[a:b] for a, b in g.ranges))
        )
        strict = _match(text, gold.reported, indirect)
        s.reported_strict.tp += sum(1 for gi, _ in strict if gold.reported[gi].in_scope)
        pairs = _match(text, gold.reported, indirect, clause=True)
        in_scope = [g for g in gold.reported if g.in_scope]
        s.out_of_scope += len(gold.reported) - len(in_scope)
        ignored = {pi for gi, pi in pairs if not gold.reported[gi].in_scope}
        s.ignored_pred += len(ignored)
        pairs = [(gi, pi) for gi, pi in pairs if gold.reported[gi].in_scope]
        s.reported.tp += len(pairs)
        s.reported.n_gold += len(in_scope)
        s.reported.n_pred += len(indirect) - len(ignored)
        s.reported_strict.n_gold, s.reported_strict.n_pred = s.reported.n_gold, s.reported.n_pred
        kept = [g if g.in_scope else None for g in gold.reported]
        _details(s, "reported", text, kept, indirect, pairs, gold.article_id, ignored)
    return s


#: Words a title leaves in lower case ("Game of Thrones", "Make America Great Again").
_SMALL = frozenset("a an and as at but by for from in into of on or the to with vs. v.".split())


def title_cased(words: str) -> bool:
    """A stretch that reads as a name: 2 to 8 words, every one but the small ones capitalised,
    not all in capitals (a headline or a shout) and not a sentence (no final ``.!?`` inside)."""
    ws = words.strip(" ,.;:").split()
    content = [w.strip("‘’'\"()") for w in ws if w.lower() not in _SMALL]
    if not 2 <= len(ws) <= 8 or not content or words.isupper():
        return False
    if any(w.rstrip("”’'\"").endswith(("?", "!")) for w in ws[:-1]):
        return False
    return all(w[:1].isupper() or not w[:1].isalpha() for w in content)


def _details(
    s: PolnearScores,
    kind: str,
    text: str,
    gold: list,
    pred: list[dict],
    pairs: list[tuple[int, int]],
    doc: str,
    ignored: set[int] = frozenset(),  # type: ignore[assignment]
) -> None:
    """Speaker and cue over matched pairs, and the error list."""
    for gi, pi in pairs:
        g, p = gold[gi], pred[pi]
        s.cue.n_gold += 1
        right = speaker_right(g, p)
        if g.stand_in_far:
            s.speaker_far.n_gold += 1
            s.speaker_far.tp += right
        else:
            part = s.speaker_pronoun if g.stand_in else s.speaker_named
            s.speaker.n_gold += 1
            part.n_gold += 1
            s.speaker.tp += right
            part.tp += right
        if not right:
            s.errors.append(
                f"{doc} {kind} speaker {p.get('speaker_name')!r} (at {p.get('speaker_text')!r})"
                f" != {g.source!r}: {p['text'][:60]!r}"
            )
        if cue_right(g.cue, p):
            s.cue.tp += 1
        else:
            s.errors.append(f"{doc} {kind} cue {p.get('cue')!r} != {g.cue!r}")
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs} | set(ignored)
    for gi, g in enumerate(gold):
        if g is not None and gi not in matched_g:
            words = " ".join(text[a:b] for a, b in g.ranges)
            s.errors.append(f"{doc} missed {kind} ({g.cue!r}, {g.source!r}): {words[:90]!r}")
    for pi, p in enumerate(pred):
        if pi not in matched_p:
            s.errors.append(f"{doc} spurious {kind} ({p.get('cue')!r}): {p['text'][:90]!r}")


def figures_of(s: PolnearScores) -> dict[str, float]:
    """The figures the README shows and the quality guard holds (rounded to 3 places)."""
    q, r = s.quoted, s.reported
    values = {
        "direct precision": q.precision,
        "direct recall": q.recall,
        "direct F1": q.f1,
        "speaker accuracy": s.speaker.recall,
        "speaker accuracy, gold source written out": s.speaker_named.recall,
        "speaker accuracy, gold source a pronoun (stand-in)": s.speaker_pronoun.recall,
        "reported precision": r.precision,
        "reported recall": r.recall,
        "cue accuracy": s.cue.recall,
    }
    return {k: round(v, 3) for k, v in values.items()}
