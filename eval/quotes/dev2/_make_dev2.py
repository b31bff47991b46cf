"""Build dev2.jsonl (+ _meta_dev2.json sidecar) from the hand-annotated source _src_dev2.py.

Same markup and spec syntax as ../_make.py (whose logic this file mirrors, self-contained so that
it never imports the held-out test source):
    ⟦q1|...⟧  quote span (exactly the annotated characters, marks outside)
    ⟨s1|...⟩  speaker mention
    ⟪...⟫     distractor: scare quote / title / nickname in marks that is NOT a quote
Spec line per quote:  <qid> <d|p|i> <speaker id or -> <cue or -> [+<qid>] [open] [#tag ...]

Offsets are computed twice: (1) from the markup positions while stripping, and (2) independently
with str.find from a running cursor over the clean text (quote spans in text order; each speaker
span searched from the start of its paragraph's nearest occurrence).  The two must agree.

Run:  python _make_dev2.py      (then python _verify_dev2.py)
"""
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

LEMMA = {
    "said": "say", "says": "say", "say": "say", "saying": "say",
    "told": "tell", "warned": "warn", "added": "add", "adding": "add",
    "according to": "according to", "claimed": "claim", "stated": "state",
    "arguing": "argue", "argued": "argue", "conceding": "concede", "wrote": "write",
    "writing": "write", "insisted": "insist", "insisting": "insist",
    "described": "describe", "called": "call", "hailed": "hail", "dismissed": "dismiss",
    "reported": "report", "posted": "post", "announced": "announce", "asked": "ask",
    "noted": "note", "acknowledged": "acknowledge", "admitted": "admit", "denied": "deny",
    "predicted": "predict", "stressed": "stress", "explained": "explain",
    "suggested": "suggest", "accused": "accuse", "replied": "reply",
}

OPEN = {"⟦": "q", "⟨": "s", "⟪": "x"}
CLOSE = {"⟧": "q", "⟩": "s", "⟫": "x"}


def parse_markup(marked):
    out = []
    stack = []
    spans = {"q": {}, "s": {}, "x": []}
    i = 0
    while i < len(marked):
        ch = marked[i]
        if ch in OPEN:
            kind = OPEN[ch]
            label = None
            if kind != "x":
                bar = marked.index("|", i)
                label = marked[i + 1:bar]
                assert label and " " not in label, (label, marked[i:i + 40])
                i = bar
            stack.append((kind, label, len(out)))
        elif ch in CLOSE:
            kind, label, start = stack.pop()
            assert kind == CLOSE[ch], f"mismatched markup near {marked[max(0, i - 40):i + 5]!r}"
            if kind == "x":
                spans["x"].append((start, len(out)))
            else:
                assert label not in spans[kind], f"duplicate label {label}"
                spans[kind][label] = (start, len(out))
        else:
            out.append(ch)
        i += 1
    assert not stack, stack
    return "".join(out), spans


def cursor_check(text, spans):
    """Independent offsets: str.find with a running cursor, in text order, on word boundaries.

    Returns the number of spans whose surface also occurs (unannotated) between the cursor and
    the span itself, e.g. a pronoun speaker "he" preceded by an unrelated "he"; for those the
    markup position is kept and only the slice is checked.
    """
    items = sorted([(a, b, "q") for a, b in spans["q"].values()] +
                   [(a, b, "s") for a, b in spans["s"].values()] +
                   [(a, b, "x") for a, b in spans["x"]])
    cursor, later = 0, 0

    def ok(i, n):
        return (i == 0 or not text[i - 1].isalnum()) and (i + n == len(text) or not text[i + n].isalnum())

    for a, b, kind in items:
        surface = text[a:b]
        i = text.find(surface, cursor)
        while i != -1 and not ok(i, len(surface)):
            i = text.find(surface, i + 1)
        assert i != -1 and i <= a, (kind, surface, i, a)
        if i != a:
            later += 1
        assert text[a:b] == surface and ok(a, len(surface)), (kind, surface)
        assert a >= cursor, ("spans overlap or out of order", surface)
        cursor = b
    return later


def build(doc):
    marked = unicodedata.normalize("NFC", doc["text"].strip("\n"))
    assert "\n\n" not in marked and "\r" not in marked
    text, spans = parse_markup(marked)
    n_later = cursor_check(text, spans)
    names = {}
    for part in doc["names"].split(";"):
        part = part.strip()
        if not part:
            continue
        k, v = part.split("=", 1)
        names[k.strip()] = None if v.strip() == "-" else v.strip()
    specs = {}
    for line in doc["specs"].strip().splitlines():
        toks = line.split()
        qid, qtype, spk, cue = toks[:4]
        rest = toks[4:]
        join = next((t[1:] for t in rest if t.startswith("+")), None)
        closed = "open" not in rest
        tags = [t[1:] for t in rest if t.startswith("#")]
        assert all(t.startswith(("+", "#")) or t == "open" for t in rest), line
        assert qid not in specs, qid
        specs[qid] = dict(type={"d": "direct", "p": "partial", "i": "indirect"}[qtype],
                          spk=None if spk == "-" else spk,
                          cue=None if cue == "-" else cue.replace("_", " "),
                          join=join, closed=closed, tags=tags)
    assert set(specs) == set(spans["q"]), (doc["doc_id"], set(specs) ^ set(spans["q"]))
    used = {s["spk"] for s in specs.values() if s["spk"]}
    assert used == set(spans["s"]), (doc["doc_id"], used ^ set(spans["s"]))
    assert used <= set(names), (doc["doc_id"], used - set(names))
    assert set(names) <= set(spans["s"]), (doc["doc_id"], set(names) - set(spans["s"]))

    def root(q):
        seen = set()
        while specs[q]["join"]:
            assert q not in seen
            seen.add(q)
            q = specs[q]["join"]
        return q

    qids = sorted(specs, key=lambda q: spans["q"][q][0])
    group_no = {}
    rows, tags = [], []
    for q in qids:
        s = specs[q]
        r = root(q)
        if r not in group_no:
            group_no[r] = len(group_no) + 1
        st, en = spans["q"][q]
        if s["spk"]:
            ss, se = spans["s"][s["spk"]]
            sp_text, sp_name = text[ss:se], names[s["spk"]]
        else:
            ss = se = sp_text = sp_name = None
        cue = s["cue"]
        if cue is not None:
            assert cue in LEMMA, f"no lemma for cue {cue!r}"
        rows.append({
            "quote_type": s["type"], "start_char": st, "end_char": en, "text": text[st:en],
            "closed": s["closed"], "quote_group": group_no[r],
            "speaker_text": sp_text, "speaker_start": ss, "speaker_end": se,
            "speaker_name": sp_name, "cue": cue, "cue_lemma": LEMMA[cue] if cue else None,
        })
        tags.append(s["tags"])
    distractors = [{"start": a, "end": b, "text": text[a:b]} for a, b in spans["x"]]
    return ({"doc_id": doc["doc_id"], "text": text, "quotes": rows},
            {"distractors": distractors, "quote_tags": tags}, n_later)


def main():
    import _src_dev2
    ids = [d["doc_id"] for d in _src_dev2.DOCS]
    assert len(ids) == len(set(ids))
    meta = {}
    n_rep = 0
    with open(os.path.join(HERE, "dev2.jsonl"), "w", encoding="utf-8") as f:
        for d in _src_dev2.DOCS:
            rec, m, n_later = build(d)
            n_rep += n_later
            meta[rec["doc_id"]] = m
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "_meta_dev2.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
    print(f"dev2: {len(ids)} docs, {sum(len(m['quote_tags']) for m in meta.values())} quote rows; cursor check passed "
          f"({n_rep} spans are a later occurrence of their surface, e.g. pronouns)")


if __name__ == "__main__":
    main()
